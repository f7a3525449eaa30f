// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "config/settingsschema.h"
#include "ui/settingseditor.h"
#include "ui/settingslabels.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
// A stand-in catalogue: "Saved" and one schema label in Irish.
class IrishWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(source) == QLatin1String("Saved"))
            return QStringLiteral("Sábháilte");
        if (QLatin1String(context) == QLatin1String(SettingsSchema::TranslationContext) &&
            QLatin1String(source) == QLatin1String("Bit rate"))
            return QStringLiteral("Ráta giotán");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestSettingsEditor : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("picam-kiosk.conf"));
        QFile::remove(m_path);
    }

    void listsUserFacingKeysInGroups()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        QCOMPARE(editor.groups(),
                 (QStringList{"camera", "stream", "motion", "mqtt", "device", "display"}));
        QStringList keys;
        QString lastGroup;
        QStringList groupsSeen;
        for (int i = 0; i < editor.rowCount(); ++i) {
            const QModelIndex idx = editor.index(i);
            keys << idx.data(SettingsEditor::KeyRole).toString();
            const QString group = idx.data(SettingsEditor::GroupRole).toString();
            if (group != lastGroup)
                groupsSeen << group;
            lastGroup = group;
        }
        QCOMPARE(groupsSeen, editor.groups()); // each group in one block, in order
        QVERIFY(!keys.contains(QStringLiteral("ui/pin")));
        for (const auto &spec : SettingsSchema::all())
            QCOMPARE(keys.contains(spec.key), spec.userFacing);
        const QModelIndex rotation = editor.index(keys.indexOf(QStringLiteral("camera/rotation")));
        QCOMPARE(rotation.data(SettingsEditor::TypeRole).toString(), QStringLiteral("choice"));
        QCOMPARE(rotation.data(SettingsEditor::ChoicesRole).toStringList(),
                 (QStringList{"0", "180"}));
        const QModelIndex width = editor.index(keys.indexOf(QStringLiteral("camera/width")));
        QCOMPARE(width.data(SettingsEditor::MaximumRole).toDouble(), 3840.0);
    }

    void secretsAreNeverShown()
    {
        Settings settings;
        settings.setPath(m_path);
        QCOMPARE(settings.setValue(QStringLiteral("mqtt/password"), QStringLiteral("hunter2")),
                 QString());
        SettingsEditor editor(&settings);
        QCOMPARE(editor.textOf(QStringLiteral("mqtt/password")), QString());
        for (int i = 0; i < editor.rowCount(); ++i) {
            for (int role : editor.roleNames().keys())
                QVERIFY(!editor.index(i).data(role).toString().contains(QStringLiteral("hunter2")));
        }
        // Leaving the field empty keeps the password.
        QVERIFY(editor.apply());
        QCOMPARE(settings.text(QStringLiteral("mqtt/password")), QStringLiteral("hunter2"));
    }

    void invalidEditGivesTheSchemaMessageAndSavesNothing()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        QSignalSpy data(&editor, &QAbstractItemModel::dataChanged);
        QSignalSpy restart(&editor, &SettingsEditor::restartRequested);
        QSignalSpy message(&editor, &SettingsEditor::messageChanged);
        editor.setText(QStringLiteral("camera/width"), QStringLiteral("1281"));
        editor.setText(QStringLiteral("stream/url"), QStringLiteral("http://x/y"));
        QVERIFY(data.count() >= 2);
        const QString expected =
            SettingsSchema::parse(QStringLiteral("stream/url"), QStringLiteral("http://x/y")).error;
        QCOMPARE(editor.errorOf(QStringLiteral("stream/url")), expected);
        QCOMPARE(editor.errorCount(), 2);

        QVERIFY(!editor.apply());
        QVERIFY(message.count() >= 1);
        QVERIFY(editor.message().contains(QStringLiteral("2")));
        QCOMPARE(restart.count(), 0);
        QVERIFY(!QFile::exists(m_path));
        QCOMPARE(settings.intValue(QStringLiteral("camera/width")), 1280);
    }

    // The panel says what is allowed, and why a value was refused, in the
    // screen's language; in English that must be word for word what the
    // schema says in the README, the log and --check-config.
    void panelWordsInEnglishAreTheSchemas()
    {
        int refusals = 0;
        for (const auto &spec : SettingsSchema::all()) {
            if (spec.panelScale != 1)
                continue; // typed in another unit: panelUnitsAreTypedAndSaved
            QCOMPARE(SettingsLabels::allowed(spec), spec.allowed);
            for (const QString &bad :
                 {QStringLiteral("not valid"), QStringLiteral("-1"), QString(),
                  QStringLiteral("a\x1b[2Jb"), QStringLiteral("x\nerror: forged"),
                  QStringLiteral("rtsp://u:secret@h")}) {
                const QString error = SettingsSchema::parse(spec, bad).error;
                if (error.isEmpty())
                    continue;
                QCOMPARE(SettingsLabels::refusal(spec, bad), error);
                ++refusals;
            }
        }
        QVERIFY2(refusals > 30, qPrintable(QString::number(refusals)));
    }

    // What the panel shows for a refused value is one line, masked and
    // escaped as everywhere else.
    void refusalOnScreenIsOneMaskedLine()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        QSignalSpy data(&editor, &QAbstractItemModel::dataChanged);
        editor.setText(QStringLiteral("mqtt/username"), QStringLiteral("me\x1b[2J"));
        editor.setText(QStringLiteral("stream/url"), QStringLiteral("rtsp://u:secret@h:8554"));
        editor.setText(QStringLiteral("mqtt/password"), QStringLiteral("hunter2\n"));
        QCOMPARE(data.count(), 3);
        QCOMPARE(editor.errorOf(QStringLiteral("mqtt/username")),
                 QStringLiteral("mqtt/username: \"me\\x1b[2J\" is not allowed (control "
                                "character \\x1b); expected any text"));
        QCOMPARE(editor.errorOf(QStringLiteral("stream/url")),
                 QStringLiteral("stream/url: \"rtsp://u:***@h:8554\" is not allowed; expected an "
                                "rtsp:// or rtsps:// URL with a host and a path"));
        QCOMPARE(editor.errorOf(QStringLiteral("mqtt/password")),
                 QStringLiteral("mqtt/password: the value given is not allowed (a control "
                                "character); expected any text"));
        QVERIFY(!editor.apply());
        QVERIFY(!QFile::exists(m_path));
    }

    void applySavesAtomicallyAndRestartsOnlyChangedServices()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        QSignalSpy restart(&editor, &SettingsEditor::restartRequested);
        QSignalSpy applied(&editor, &SettingsEditor::applied);
        QSignalSpy edited(&editor, &SettingsEditor::editedChanged);
        editor.setText(QStringLiteral("camera/width"), QStringLiteral("640"));
        editor.setText(QStringLiteral("camera/height"), QStringLiteral("480"));
        editor.setText(QStringLiteral("mqtt/interval"), QStringLiteral("5"));
        editor.setText(QStringLiteral("ui/temperature_unit"), QStringLiteral("F"));
        QVERIFY(edited.count() >= 4);
        QVERIFY(editor.edited());

        QVERIFY(editor.apply());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(restart.count(), 1);
        QCOMPARE(restart.at(0).at(0).toStringList(), (QStringList{"video", "sensors"}));
        QVERIFY(!editor.edited());
        const QString saved = fileText(m_path);
        QVERIFY2(saved.contains(QStringLiteral("width=640")), qPrintable(saved));
        QVERIFY(saved.contains(QStringLiteral("temperature_unit=F")));
        QCOMPARE(settings.intValue(QStringLiteral("camera/width")), 640);

        // Setting a value back to what it is restarts nothing.
        restart.clear();
        editor.setText(QStringLiteral("camera/width"), QStringLiteral("640"));
        QVERIFY(!editor.edited());
        QVERIFY(editor.apply());
        QCOMPARE(restart.count(), 0);
    }

    void cancelForgetsEditsAndRevertsTheLanguagePreview()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        QSignalSpy language(&editor, &SettingsEditor::languagePreviewRequested);
        editor.setText(QStringLiteral("ui/language"), QStringLiteral("de"));
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("de"));
        editor.setText(QStringLiteral("device/name"), QStringLiteral("no spaces allowed"));
        editor.cancel();
        QCOMPARE(language.count(), 2);
        QCOMPARE(language.at(1).at(0).toString(), QStringLiteral("en"));
        QVERIFY(!editor.edited());
        QCOMPARE(editor.errorCount(), 0);
        QCOMPARE(editor.textOf(QStringLiteral("ui/language")), QStringLiteral("en"));
        QVERIFY(!QFile::exists(m_path));
    }

    void failedSaveLeavesSettingsAsTheyWere()
    {
        Settings settings;
        // A regular file where the folder should be: the save cannot succeed.
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        settings.setPath(
            m_dir.filePath(QStringLiteral("blocker/picam-kiosk.conf"))); // not a writable path
        SettingsEditor editor(&settings);
        QSignalSpy restart(&editor, &SettingsEditor::restartRequested);
        editor.setText(QStringLiteral("camera/framerate"), QStringLiteral("15"));
        QVERIFY(!editor.apply());
        QCOMPARE(restart.count(), 0);
        QCOMPARE(settings.intValue(QStringLiteral("camera/framerate")), 30);
        QVERIFY(editor.message().startsWith(QStringLiteral("Not saved")));
    }

    // The kiosk starts on a file with bad values: they run on their
    // defaults, the panel marks them and Apply writes the defaults over them.
    void refusedFileValuesAreMarkedAndFixedByApply()
    {
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[camera]\nwidth=641\nframerate=15\n[mqtt]\npassword=x\nurl=http://b\n"
                    "[ui]\nzoom=2\n");
        }
        Settings settings;
        const auto problems = settings.loadFile(m_path);
        QCOMPARE(problems.size(), 3);
        SettingsEditor editor(&settings);
        QSignalSpy changed(&editor, &SettingsEditor::problemsChanged);
        editor.setStartupProblems(problems);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(editor.problemKeys(), (QStringList{"camera/width", "mqtt/url"}));
        QCOMPARE(editor.groupOf(QStringLiteral("camera/width")), QStringLiteral("camera"));
        QCOMPARE(editor.groupOf(QStringLiteral("mqtt/url")), QStringLiteral("mqtt"));
        // The reason, as the file's check gave it, in the field's error.
        const QString why = editor.problemOf(QStringLiteral("camera/width"));
        QVERIFY2(why.contains(QStringLiteral("\"641\"")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("default")), qPrintable(why));
        const int row = [&editor] {
            for (int i = 0; i < editor.rowCount(); ++i)
                if (editor.index(i).data(SettingsEditor::KeyRole) == QStringLiteral("camera/width"))
                    return i;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(editor.index(row).data(SettingsEditor::ErrorRole).toString(), why);
        QVERIFY(editor.index(row).data(SettingsEditor::EditedRole).toBool());
        QCOMPARE(editor.textOf(QStringLiteral("camera/width")), QStringLiteral("1280"));
        QCOMPARE(editor.errorCount(), 0);
        QVERIFY(editor.edited());
        QVERIFY2(editor.message().startsWith(QStringLiteral("2 value")),
                 qPrintable(editor.message()));
        // Cancel keeps them marked: the file still holds them.
        editor.cancel();
        QCOMPARE(editor.problemKeys().size(), 2);
        QVERIFY(editor.edited());

        QVERIFY(editor.apply());
        QCOMPARE(changed.count(), 2);
        QVERIFY(editor.problemKeys().isEmpty());
        QVERIFY(!editor.edited());
        const QString saved = fileText(m_path);
        QVERIFY2(!saved.contains(QStringLiteral("641")), qPrintable(saved));
        QVERIFY2(!saved.contains(QStringLiteral("http://b")), qPrintable(saved));
        QVERIFY2(saved.contains(QStringLiteral("framerate=15")), qPrintable(saved));
        Settings reloaded;
        const auto after = reloaded.loadFile(m_path);
        for (const auto &p : after)
            QVERIFY2(!p.isError(), qPrintable(p.message));
        QCOMPARE(reloaded.text(QStringLiteral("mqtt/password")), QStringLiteral("x"));
    }

    // Set PIN and Clear PIN wait for Apply like every other setting.
    void pinChangesFollowApplyAndCancel()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        QSignalSpy pin(&editor, &SettingsEditor::pinChangeChanged);
        QVERIFY(!editor.pinSetAfterApply());
        editor.stagePin(QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$aGFzaA=="));
        QVERIFY(pin.count() >= 1);
        QVERIFY(editor.pinSetAfterApply());
        QVERIFY(editor.edited());
        QCOMPARE(editor.pinStatus(), QStringLiteral("New PIN: saved with Apply"));
        QVERIFY(settings.text(QStringLiteral("ui/pin")).isEmpty());
        editor.cancel();
        QVERIFY(!editor.pinSetAfterApply());
        QVERIFY(!editor.edited());
        QVERIFY(!QFile::exists(m_path));

        editor.stagePin(QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$aGFzaA=="));
        QSignalSpy restart(&editor, &SettingsEditor::restartRequested);
        QVERIFY(editor.apply());
        QCOMPARE(settings.text(QStringLiteral("ui/pin")),
                 QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$aGFzaA=="));
        QVERIFY(fileText(m_path).contains(QStringLiteral("pbkdf2-sha256$")));
        QCOMPARE(editor.pinStatus(), QString());
        QVERIFY(restart.isEmpty() || restart.at(0).at(0).toStringList().isEmpty());

        editor.removePin();
        QVERIFY(!editor.pinSetAfterApply());
        QCOMPARE(editor.pinStatus(), QStringLiteral("PIN removed with Apply"));
        QVERIFY(!settings.text(QStringLiteral("ui/pin")).isEmpty());
        editor.cancel();
        QVERIFY(editor.pinSetAfterApply());
        editor.removePin();
        QVERIFY(editor.apply());
        QVERIFY(settings.text(QStringLiteral("ui/pin")).isEmpty());
        QVERIFY(!fileText(m_path).contains(QStringLiteral("pbkdf2")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Every field has a label, a tab and a view from the schema itself.
    void panelWordsComeFromTheSchema()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        for (int i = 0; i < editor.rowCount(); ++i) {
            const QModelIndex idx = editor.index(i);
            const QString key = idx.data(SettingsEditor::KeyRole).toString();
            const SettingsSchema::Spec *spec = SettingsSchema::find(key);
            QVERIFY(spec);
            QVERIFY2(!spec->label.isEmpty() && spec->label != key, qPrintable(key));
            QCOMPARE(idx.data(SettingsEditor::LabelRole).toString(), spec->label);
            QCOMPARE(idx.data(SettingsEditor::HelpRole).toString(), spec->description);
            QCOMPARE(idx.data(SettingsEditor::GroupRole).toString(), spec->group);
            QVERIFY2(editor.groups().contains(spec->group), qPrintable(key));
            QVERIFY(spec->choiceLabels.isEmpty() ||
                    spec->choiceLabels.size() == spec->choices.size());
        }
        const auto row = [&editor](const QString &key) {
            for (int i = 0; i < editor.rowCount(); ++i)
                if (editor.index(i).data(SettingsEditor::KeyRole).toString() == key)
                    return editor.index(i);
            return QModelIndex();
        };
        QCOMPARE(row(QStringLiteral("sensors/seed")).data(SettingsEditor::AdvancedRole).toBool(),
                 true);
        QCOMPARE(row(QStringLiteral("sensors/i2c_bus")).data(SettingsEditor::AdvancedRole).toBool(),
                 true);
        QCOMPARE(row(QStringLiteral("stream/url")).data(SettingsEditor::AdvancedRole).toBool(),
                 false);
        QCOMPARE(row(QStringLiteral("stream/keyframe_interval"))
                     .data(SettingsEditor::UnitRole)
                     .toString(),
                 QStringLiteral("s"));
        QCOMPARE(row(QStringLiteral("stream/encoder"))
                     .data(SettingsEditor::ChoiceLabelsRole)
                     .toStringList(),
                 (QStringList{"automatic", "software", "hardware"}));
        QCOMPARE(row(QStringLiteral("camera/framerate")).data(SettingsEditor::TypeRole).toString(),
                 QStringLiteral("integer"));

        QSignalSpy advanced(&editor, &SettingsEditor::advancedChanged);
        QVERIFY(!editor.advanced());
        editor.setAdvanced(true);
        editor.setAdvanced(true);
        QCOMPARE(advanced.count(), 1);
        QVERIFY(editor.advanced());
    }

    // Bit rates are typed in Mbit/s and saved in bit/s, as the file has them.
    void panelUnitsAreTypedAndSaved()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        const QString key = QStringLiteral("stream/bitrate");
        QCOMPARE(editor.textOf(key), QStringLiteral("1"));
        const SettingsSchema::Spec &spec = *SettingsSchema::find(key);
        QCOMPARE(SettingsLabels::allowed(spec), QStringLiteral("a number from 0.1 to 20 Mbit/s"));
        editor.setText(key, QStringLiteral("0.05"));
        QCOMPARE(editor.errorOf(key),
                 QStringLiteral("stream/bitrate: \"0.05\" is not allowed; expected a number from "
                                "0.1 to 20 Mbit/s"));
        editor.setText(key, QStringLiteral("2.5"));
        QCOMPARE(editor.errorOf(key), QString());
        QCOMPARE(editor.pendingValue(key), QStringLiteral("2500000"));
        QVERIFY(editor.apply());
        QCOMPARE(settings.intValue(key), 2500000);
        QVERIFY(fileText(m_path).contains(QStringLiteral("bitrate=2500000")));
        QCOMPARE(editor.textOf(key), QStringLiteral("2.5"));
    }

    // A tab is marked while one of its values needs attention, and "Not
    // saved: ..." goes away once nothing does.
    void attentionAndMessageFollowTheFields()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        QSignalSpy edited(&editor, &SettingsEditor::editedChanged);
        QSignalSpy message(&editor, &SettingsEditor::messageChanged);
        QCOMPARE(editor.attentionGroups(), QStringList());
        editor.setText(QStringLiteral("camera/width"), QStringLiteral("1281"));
        QVERIFY(edited.count() >= 1);
        QCOMPARE(editor.attentionGroups(), QStringList{QStringLiteral("camera")});
        QVERIFY(!editor.apply());
        QCOMPARE(editor.message(), QStringLiteral("Not saved: 1 setting(s) need attention"));
        QVERIFY(editor.messageIsError());

        message.clear();
        editor.setText(QStringLiteral("camera/width"), QStringLiteral("1280"));
        QVERIFY(message.count() >= 1);
        QCOMPARE(editor.message(), QString());
        QVERIFY(!editor.messageIsError());
        QCOMPARE(editor.attentionGroups(), QStringList());
    }

    // Messages are made when read: after a change of language they are in
    // the new one, not in the one they were first said in.
    void messagesFollowTheLanguage()
    {
        Settings settings;
        settings.setPath(m_path);
        SettingsEditor editor(&settings);
        IrishWords irish;
        QVERIFY(QCoreApplication::installTranslator(&irish));
        editor.setText(QStringLiteral("ui/temperature_unit"), QStringLiteral("F"));
        QVERIFY(editor.apply());
        QCOMPARE(editor.message(), QStringLiteral("Sábháilte"));
        QCOMPARE(editor.index(editor.rowCount() - 1).isValid(), true);

        QSignalSpy message(&editor, &SettingsEditor::messageChanged);
        QSignalSpy data(&editor, &QAbstractItemModel::dataChanged);
        QCoreApplication::removeTranslator(&irish);
        editor.retranslate();
        QCOMPARE(message.count(), 1);
        QVERIFY(data.count() >= 1);
        QCOMPARE(editor.message(), QStringLiteral("Saved"));
        QVERIFY(!editor.messageIsError());

        // An edit makes "Saved" untrue.
        editor.setText(QStringLiteral("ui/temperature_unit"), QStringLiteral("C"));
        QCOMPARE(editor.message(), QString());
    }

    // The schema's labels are translated in its own context.
    void labelsAreTranslatedFromTheSchema()
    {
        const SettingsSchema::Spec &spec = *SettingsSchema::find(QStringLiteral("stream/bitrate"));
        QCOMPARE(SettingsLabels::label(spec), QStringLiteral("Bit rate"));
        IrishWords irish;
        QVERIFY(QCoreApplication::installTranslator(&irish));
        QCOMPARE(SettingsLabels::label(spec), QStringLiteral("Ráta giotán"));
        QCoreApplication::removeTranslator(&irish);
    }
};

QTEST_GUILESS_MAIN(TestSettingsEditor)
#include "test_settingseditor.moc"
