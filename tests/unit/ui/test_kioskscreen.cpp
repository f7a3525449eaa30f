#include "config/settings.h"
#include "ui/kioskscreen.h"
#include "ui/settingseditor.h"

#include <QCoreApplication>
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
