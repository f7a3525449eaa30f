// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "screenchoice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestScreenChoice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dri;

    static QProcessEnvironment environment(std::initializer_list<std::pair<QString, QString>> vars)
    {
        QProcessEnvironment env;
        for (const auto &[name, value] : vars)
            env.insert(name, value);
        return env;
    }

    void addCard()
    {
        QFile card(m_dri.filePath(QStringLiteral("card0")));
        QVERIFY(card.open(QIODevice::WriteOnly));
    }

    ScreenChoice detect(const QProcessEnvironment &env, const QStringList &args = {})
    {
        return ScreenChoice::detect(env, QStringList{QStringLiteral("picam-kiosk")} + args,
                                    m_dri.path());
    }

private slots:
    void init()
    {
        QVERIFY(m_dri.isValid());
        QFile::remove(m_dri.filePath(QStringLiteral("card0")));
    }

    void nothingAtAllIsNoScreen()
    {
        const ScreenChoice c = detect({});
        QCOMPARE(c.kind, ScreenChoice::NoScreen);
        QVERIFY2(c.reason.contains(m_dri.path()), qPrintable(c.reason));
        QVERIFY(c.reason.contains(QStringLiteral("DISPLAY")));
    }

    void anEmptyDisplayVariableIsNoDesktop()
    {
        QCOMPARE(detect(environment({{QStringLiteral("DISPLAY"), QString()}})).kind,
                 ScreenChoice::NoScreen);
    }

    void aDrmDeviceWithoutADesktopMeansEglfs()
    {
        addCard();
        const ScreenChoice c = detect({});
        QCOMPARE(c.kind, ScreenChoice::Console);
        QVERIFY2(c.reason.contains(QStringLiteral("card0")), qPrintable(c.reason));
    }

    void aDesktopSessionWins()
    {
        addCard();
        QCOMPARE(detect(environment({{QStringLiteral("DISPLAY"), QStringLiteral(":0")}})).kind,
                 ScreenChoice::Desktop);
        QCOMPARE(
            detect(environment({{QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("wayland-0")}}))
                .kind,
            ScreenChoice::Desktop);
    }

    // What the user or the kiosk unit asked for is left to Qt, even on a
    // machine where nothing else suggests a screen.
    void anExplicitPlatformIsLeftAlone()
    {
        QCOMPARE(
            detect(environment({{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}))
                .kind,
            ScreenChoice::AsConfigured);
        QCOMPARE(detect({}, {QStringLiteral("-platform"), QStringLiteral("vnc")}).kind,
                 ScreenChoice::AsConfigured);
    }
};

QTEST_GUILESS_MAIN(TestScreenChoice)
#include "test_screenchoice.moc"
