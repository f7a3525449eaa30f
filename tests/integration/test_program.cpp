// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// picam-kiosk as a process: the command-line contract, systemd notification,
// shutdown on SIGTERM and the kiosk screen under Xvfb.

#include "programprocess.h"
#include "xvfbserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using TestSupport::ProgramProcess;

namespace {

// A unix datagram socket standing in for systemd's notification socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, QFile::encodeName(path).constData(), sizeof addr.sun_path);
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    bool isBound() const { return m_bound; }

    // Collects datagrams until one contains text or the deadline passes.
    bool waitFor(const QByteArray &text, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_received.contains(text) && timer.elapsed() < timeoutMs) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, int(timeoutMs - timer.elapsed())) <= 0)
                break;
            char buf[4096];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n > 0)
                m_received += QByteArray(buf, int(n)) + '\n';
        }
        return m_received.contains(text);
    }
    QByteArray received() const { return m_received; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    QByteArray m_received;
};

} // namespace

class TestProgram : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;

    // A settings file for runs that must not touch the network or hardware.
    QString quietConfig()
    {
        const QString path = m_dir.filePath(QStringLiteral("quiet.conf"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("[camera]\nsource=testpattern\nwidth=320\nheight=240\nframerate=10\n"
                    "[stream]\nenabled=false\n[mqtt]\nenabled=false\n"
                    "[sensors]\nsource=simulated\n");
        return path;
    }

    QProcessEnvironment isolatedEnvironment() const
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.remove(QStringLiteral("NOTIFY_SOCKET"));
        return env;
    }

    // Starts --headless as systemd would, with a notification socket and
    // WATCHDOG_USEC (absent WATCHDOG_PID: systemd is watching); true once it
    // sent READY=1.
    bool startHeadlessUntilReady(ProgramProcess &p, NotifySocket &notify, const QString &socketPath)
    {
        if (!notify.isBound()) {
            qWarning("could not bind the notification socket %s", qPrintable(socketPath));
            return false;
        }
        auto env = isolatedEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), socketPath);
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("2000000"));
        p.setEnvironment(env);
        p.start({QStringLiteral("--config"), m_config, QStringLiteral("--headless")});
        if (notify.waitFor("READY=1", 15000))
            return true;
        qWarning("no READY=1; output:\n%s", qPrintable(p.output()));
        return false;
    }

    // As on a machine with no screen at all: no desktop session, no platform
    // asked for. Empty when this machine has a DRM device (then the program
    // would rightly try eglfs).
    std::optional<QProcessEnvironment> screenlessEnvironment() const
    {
        if (!QDir(QStringLiteral("/dev/dri"))
                 .entryList({QStringLiteral("card*")}, QDir::System)
                 .isEmpty())
            return std::nullopt;
        auto env = isolatedEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(variable));
        return env;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = quietConfig();
    }

    void version()
    {
        ProgramProcess p;
        QCOMPARE(p.run({QStringLiteral("--version")}), 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^picam-kiosk \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(p.output())
                     .hasMatch(),
                 qPrintable(p.output()));
    }

    void help()
    {
        ProgramProcess p;
        QCOMPARE(p.run({QStringLiteral("--help")}), 0);
        for (const char *opt :
             {"--headless", "--config", "--set", "--check-config", "--print-config", "--windowed"})
            QVERIFY2(p.output().contains(QLatin1String(opt)), opt);
    }

    void unknownOptionIsAUsageError()
    {
        ProgramProcess p;
        QCOMPARE(p.run({QStringLiteral("--headles")}), 2);
        QVERIFY(p.output().contains(QStringLiteral("headles")));
    }

    void checkConfigAcceptsAGoodFile()
    {
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), m_config, QStringLiteral("--check-config")}),
                 0);
        QVERIFY(p.output().contains(QStringLiteral("settings are valid")));
    }

    void checkConfigNamesEveryBadKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[camera]\nframerate=120\n[mqtt]\nurl=http://broker\nqos=1\nzoom=3\n");
        f.close();
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), path, QStringLiteral("--check-config")}), 2);
        const QString out = p.output();
        QVERIFY2(out.contains(QStringLiteral("error: camera/framerate: \"120\"")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("error: mqtt/url: \"http://broker\"")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("warning: mqtt/zoom")), qPrintable(out));
    }

    void invalidSetRefusesToStart()
    {
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), m_config, QStringLiteral("--headless"),
                        QStringLiteral("--set"), QStringLiteral("camera/width=641")}),
                 2);
        QVERIFY(p.output().contains(QStringLiteral("camera/width: \"641\"")));
    }

    void missingExplicitConfigIsAnError()
    {
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("absent.conf")),
                        QStringLiteral("--check-config")}),
                 2);
        QVERIFY(p.output().contains(QStringLiteral("absent.conf: no such file")));
    }

    void printConfigMasksSecrets()
    {
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), m_config, QStringLiteral("--print-config"),
                        QStringLiteral("--set"), QStringLiteral("mqtt/password=hunter2"),
                        QStringLiteral("--set"),
                        QStringLiteral("stream/url=rtsp://me:urlpass@h:8554/cam"),
                        QStringLiteral("--set"), QStringLiteral("camera/framerate=12")}),
                 0);
        const QString out = p.output();
        QVERIFY(!out.contains(QStringLiteral("hunter2")));
        QVERIFY(!out.contains(QStringLiteral("urlpass")));
        QVERIFY(out.contains(QStringLiteral("password=***")));
        QVERIFY(out.contains(QStringLiteral("framerate=12")));
        QVERIFY(out.contains(QStringLiteral("source=testpattern"))); // from the file
    }

    void headlessStopsWithinThreeSecondsOfSigterm()
    {
        const QString socketPath = m_dir.filePath(QStringLiteral("notify.sock"));
        NotifySocket notify(socketPath);
        ProgramProcess p;
        QVERIFY(startHeadlessUntilReady(p, notify, socketPath));
        // Watchdog pings at half the period.
        QVERIFY2(notify.waitFor("WATCHDOG=1", 5000), notify.received().constData());

        QElapsedTimer timer;
        timer.start();
        p.terminate();
        QVERIFY2(p.waitForExit(3000), qPrintable(p.output()));
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(!p.crashed());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(notify.waitFor("STOPPING=1", 1000), notify.received().constData());
        QVERIFY(notify.received().indexOf("READY=1") < notify.received().indexOf("STOPPING=1"));
    }

    // The service must not carry the kiosk screen's libraries: they are in a
    // module that only a program with a screen loads.
    void headlessMapsNoQtQuickOrQml()
    {
        const QString socketPath = m_dir.filePath(QStringLiteral("notify-maps.sock"));
        NotifySocket notify(socketPath);
        ProgramProcess p;
        QVERIFY(startHeadlessUntilReady(p, notify, socketPath));

        QFile maps(QStringLiteral("/proc/%1/maps").arg(p.process().processId()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libpicam-backend.so"));
        for (const char *library : {"libQt6Quick.so", "libQt6Qml.so", "libpicam-kioskui.so"})
            QVERIFY2(!mapped.contains(library), library);
        p.terminate();
        QVERIFY(p.waitForExit(3000));
    }

    void kioskWithoutItsModuleSaysWhatIsMissing()
    {
        // The program alone, without lib/picam-kiosk/ next to its directory.
        // (It still finds the backend library through its build-tree RUNPATH.)
        const QString bin = m_dir.filePath(QStringLiteral("alone/bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString program = bin + QStringLiteral("/picam-kiosk");
        QVERIFY(QFile::copy(QStringLiteral(PICAM_KIOSK_BINARY), program));

        ProgramProcess p(program);
        auto env = isolatedEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setEnvironment(env);
        QCOMPARE(p.run({QStringLiteral("--config"), m_config, QStringLiteral("--windowed")}), 1);
        const QString out = p.output();
        QVERIFY2(out.contains(QStringLiteral("the kiosk screen module could not be loaded from ") +
                              m_dir.filePath(QStringLiteral("alone/lib/picam-kiosk/"))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--headless runs without it")), qPrintable(out));
    }

    void sigintAlsoStopsCleanly()
    {
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        p.start({QStringLiteral("--config"), m_config, QStringLiteral("--headless")});
        QVERIFY2(p.waitForOutput(QStringLiteral("starting headless")), qPrintable(p.output()));
        ::kill(pid_t(p.process().processId()), SIGINT);
        QVERIFY(p.waitForExit(3000));
        QCOMPARE(p.exitCode(), 0);
    }

    // The README's ./scripts/run on a server or over SSH: the program does its
    // job headless and says why, rather than Qt aborting for want of a display.
    void withNoScreenAtAllTheProgramRunsHeadless()
    {
        const auto env = screenlessEnvironment();
        if (!env)
            QSKIP("this machine has a DRM device: the program would use eglfs");
        ProgramProcess p;
        p.setEnvironment(*env);
        p.start({QStringLiteral("--config"), m_config});
        QVERIFY2(p.waitForOutput(QStringLiteral("starting headless")), qPrintable(p.output()));
        QVERIFY2(p.output().contains(QStringLiteral("no screen to show the kiosk on (no DISPLAY")),
                 qPrintable(p.output()));
        p.terminate();
        QVERIFY(p.waitForExit(3000));
        QCOMPARE(p.exitCode(), 0);
    }

    void windowedWithNoScreenIsAnError()
    {
        const auto env = screenlessEnvironment();
        if (!env)
            QSKIP("this machine has a DRM device: the program would use eglfs");
        ProgramProcess p;
        p.setEnvironment(*env);
        QCOMPARE(p.run({QStringLiteral("--config"), m_config, QStringLiteral("--windowed")}), 1);
        QVERIFY2(p.output().contains(QStringLiteral("--windowed needs a screen: no DISPLAY")),
                 qPrintable(p.output()));
        QVERIFY(!p.crashed());
    }

    void kioskLoadsWithoutQmlWarnings()
    {
        TestSupport::XvfbServer xvfb;
        if (!xvfb.isRunning())
            QFAIL(qPrintable(xvfb.error()));
        ProgramProcess p;
        auto env = isolatedEnvironment();
        env.insert(QStringLiteral("DISPLAY"), xvfb.display());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
#ifdef __SANITIZE_ADDRESS__
        // Under Xvfb the window draws through Mesa's software OpenGL driver,
        // which keeps a few blocks to the end and is unloaded (dlclose)
        // before LeakSanitizer looks: its blocks then have no library to be
        // suppressed by. So no leak check for this one program; the
        // screen's code is leak-checked in test_kioskscreen and test_qml.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
#endif
        p.setEnvironment(env);
        p.start({QStringLiteral("--config"), m_config, QStringLiteral("--windowed")});
        QVERIFY2(p.waitForOutput(QStringLiteral("kiosk window shown"), 30000),
                 qPrintable(p.output()));
        // Let the first frames render so binding errors surface.
        QVERIFY(!p.waitForOutput(QStringLiteral("qrc:/"), 1500));
        p.terminate();
        QVERIFY(p.waitForExit(5000));
        QCOMPARE(p.exitCode(), 0);
        // QML problems name their file (qrc:/...) and come through the
        // qml, js or default categories; none may appear.
        const QString out = p.output();
        static const QRegularExpression qmlProblem(
            QStringLiteral("qrc:/|^(qml|js|picam) (warning|error|fatal):"),
            QRegularExpression::MultilineOption);
        QVERIFY2(!qmlProblem.match(out).hasMatch(), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestProgram)
#include "test_program.moc"
