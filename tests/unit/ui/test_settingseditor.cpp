// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "config/settingsschema.h"
#include "ui/settingseditor.h"
#include "ui/settingslabels.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
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
        QCOMPARE(editor.groups(), (QStringList{"camera", "stream", "mqtt", "device", "display"}));
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

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSettingsEditor)
#include "test_settingseditor.moc"
