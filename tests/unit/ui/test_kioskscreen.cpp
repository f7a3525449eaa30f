// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/kioskscreen.h"
#include "ui/settingseditor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

// Language switching uses the translations built into the PiCam module
// (qt_add_translations); this test links it for them.
class TestKioskScreen : public QObject
{
    Q_OBJECT
private slots:
    void switchesLanguageLive()
    {
        Settings settings;
        KioskScreen screen(&settings);
        int retranslations = 0;
        screen.setRetranslator([&retranslations] { ++retranslations; });
        QSignalSpy changed(&screen, &KioskScreen::languageChanged);
        QCOMPARE(screen.language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ControlBar", "Settings"), QStringLiteral("Settings"));

        QCOMPARE(settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de")), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(retranslations, 1);
        QCOMPARE(screen.language(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("ControlBar", "Settings"),
                 QStringLiteral("Einstellungen"));

        QVERIFY(screen.setLanguage(QStringLiteral("ga")));
        QCOMPARE(QCoreApplication::translate("ControlBar", "Settings"),
                 QStringLiteral("Socruithe"));
        // Facade texts are translated too.
        SettingsEditor editor(&settings);
        QCOMPARE(editor.groupTitles().constFirst(), QStringLiteral("Ceamara"));

        QVERIFY(!screen.setLanguage(QStringLiteral("fr")));
        QCOMPARE(screen.language(), QStringLiteral("ga"));
        QVERIFY(screen.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ControlBar", "Settings"), QStringLiteral("Settings"));
        QCOMPARE(changed.count(), 3);
    }

    // Numbers made with QLocale() follow the language: a decimal comma in
    // German, a point in Irish and English.
    void numbersFollowTheLanguage()
    {
        KioskScreen screen;
        QCOMPARE(QLocale().toString(20.5, 'f', 1), QStringLiteral("20.5"));
        QVERIFY(screen.setLanguage(QStringLiteral("de")));
        QCOMPARE(QLocale().toString(20.5, 'f', 1), QStringLiteral("20,5"));
        QVERIFY(screen.setLanguage(QStringLiteral("ga")));
        QCOMPARE(QLocale().toString(20.5, 'f', 1), QStringLiteral("20.5"));
        QVERIFY(screen.setLanguage(QStringLiteral("en")));
    }

    // The on-screen keyboard follows the language: German gets QWERTZ with
    // umlauts, Irish and English the UK/Irish QWERTY.
    void keyboardLayoutFollowsTheLanguage()
    {
        KioskScreen screen;
        QCOMPARE(screen.keyboardLocale(), QStringLiteral("en_GB"));
        QVERIFY(screen.setLanguage(QStringLiteral("de")));
        QCOMPARE(screen.keyboardLocale(), QStringLiteral("de_DE"));
        QVERIFY(screen.setLanguage(QStringLiteral("ga")));
        QCOMPARE(screen.keyboardLocale(), QStringLiteral("en_GB"));
    }

    // What a setting allows and why a value was refused are said in the
    // screen's language, and said again when it changes.
    void settingsPanelMessagesFollowTheLanguage()
    {
        Settings settings;
        KioskScreen screen(&settings);
        SettingsEditor editor(&settings);
        QObject::connect(&screen, &KioskScreen::languageChanged, &editor,
                         &SettingsEditor::retranslate);
        const auto allowedOf = [&editor](const QString &key) {
            for (int row = 0; row < editor.rowCount(); ++row) {
                const QModelIndex index = editor.index(row);
                if (editor.data(index, SettingsEditor::KeyRole).toString() == key)
                    return editor.data(index, SettingsEditor::AllowedRole).toString();
            }
            return QString();
        };
        editor.setText(QStringLiteral("stream/url"), QStringLiteral("http://cam"));
        QCOMPARE(editor.errorOf(QStringLiteral("stream/url")),
                 QStringLiteral("stream/url: \"http://cam\" is not allowed; expected an rtsp:// "
                                "or rtsps:// URL with a host and a path"));

        QSignalSpy changed(&editor, &SettingsEditor::dataChanged);
        QVERIFY(screen.setLanguage(QStringLiteral("de")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(editor.errorOf(QStringLiteral("stream/url")),
                 QStringLiteral("stream/url: \"http://cam\" ist nicht zulässig; erwartet: eine "
                                "rtsp://- oder rtsps://-URL mit Host und Pfad"));
        QCOMPARE(allowedOf(QStringLiteral("camera/framerate")),
                 QStringLiteral("eine ganze Zahl von 1 bis 60 Bilder pro Sekunde"));
        QCOMPARE(allowedOf(QStringLiteral("stream/enabled")), QStringLiteral("true oder false"));

        QVERIFY(screen.setLanguage(QStringLiteral("ga")));
        QCOMPARE(allowedOf(QStringLiteral("stream/username")),
                 QStringLiteral("63 beart ar a mhéad"));
        QVERIFY(screen.setLanguage(QStringLiteral("en")));
    }

    // ui/rotation turns the screen at once: no restart.
    void rotationFollowsTheSetting()
    {
        Settings settings;
        KioskScreen screen(&settings);
        QSignalSpy changed(&screen, &KioskScreen::rotationChanged);
        QCOMPARE(screen.rotation(), 0);
        for (const int degrees : {90, 180, 270, 0}) {
            QCOMPARE(settings.setValue(QStringLiteral("ui/rotation"), QString::number(degrees)),
                     QString());
            QCOMPARE(screen.rotation(), degrees);
        }
        QCOMPARE(changed.count(), 4);
        QVERIFY(!settings.setValue(QStringLiteral("ui/rotation"), QStringLiteral("45")).isEmpty());
        QCOMPARE(screen.rotation(), 0);
        QCOMPARE(changed.count(), 4);

        // A kiosk started on a turned screen starts turned.
        QCOMPARE(settings.setValue(QStringLiteral("ui/rotation"), QStringLiteral("270")),
                 QString());
        QCOMPARE(KioskScreen(&settings).rotation(), 270);
        QCOMPARE(KioskScreen().rotation(), 0);
    }

    void startPageFromTheEnvironment()
    {
        qputenv(KioskScreen::StartPageVariable, "settings");
        KioskScreen screen;
        QCOMPARE(screen.startPage(), QStringLiteral("settings"));
        qunsetenv(KioskScreen::StartPageVariable);
        QCOMPARE(KioskScreen().startPage(), QString());
    }
};

QTEST_GUILESS_MAIN(TestKioskScreen)
#include "test_kioskscreen.moc"
