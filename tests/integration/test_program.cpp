// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// picam-kiosk as a process: the command-line contract, systemd notification,
// shutdown on SIGTERM and the kiosk screen under Xvfb.

#include "freeport.h"
#include "programprocess.h"
#include "xvfbserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <grp.h>
#include <optional>
#include <poll.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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

// Another unprivileged user, as the service's own user "picam" would be.
constexpr uid_t NobodyUid = 65534;

// Whether any user may run the program where it was built: every directory
// above it searchable by others (a clone under /root, mode 0700, is not).
bool othersCanRun(const QString &program)
{
    QString path = program;
    for (;;) {
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !(st.st_mode & S_IXOTH))
            return false;
        if (path == QLatin1String("/"))
            return true;
        path = QFileInfo(path).absolutePath();
    }
}
constexpr gid_t NobodyGid = 65534;
// The exit code of a forked helper that could not even become its user.
constexpr int CouldNotSwitchUser = 250;

// In a child just forked: become uid:gid with no supplementary groups.
bool becomeUser(uid_t uid, gid_t gid)
{
    return ::setgroups(0, nullptr) == 0 && ::setresgid(gid, gid, gid) == 0 &&
           ::setresuid(uid, uid, uid) == 0;
}

// Runs what in a forked child as uid:gid; the child's exit code (an errno,
// 0 for success) and what it wrote to the pipe.
struct Attempt
{
    int error = -1;
    QByteArray data;
};
Attempt attemptAs(uid_t uid, gid_t gid, const std::function<int(int)> &what)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return {};
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        if (!becomeUser(uid, gid))
            ::_exit(CouldNotSwitchUser);
        ::_exit(what(fds[1]));
    }
    ::close(fds[1]);
    Attempt out;
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
        out.data.append(buf, int(n));
    ::close(fds[0]);
    int status = 0;
    if (child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status))
        out.error = WEXITSTATUS(status);
    return out;
}

// What a process of uid gets from reading path (64 bytes at offset, or the
// start): the bytes, or the errno of open() or read().
Attempt readAs(uid_t uid, gid_t gid, const QByteArray &path, qint64 offset = -1)
{
    const auto readPath = [&path, offset](int out) {
        const int fd = ::open(path.constData(), O_RDONLY);
        if (fd < 0)
            return errno;
        char buf[4096];
        const ssize_t n = offset >= 0 ? ::pread(fd, buf, 64, offset) : ::read(fd, buf, sizeof buf);
        if (n < 0)
            return errno;
        return ::write(out, buf, size_t(n)) == n ? 0 : EIO;
    };
    return attemptAs(uid, gid, readPath);
}

// What a process of uid gets from attaching to pid as a debugger (gdb, gcore).
int ptraceAs(uid_t uid, gid_t gid, pid_t pid)
{
    const auto attach = [pid](int) {
        if (::ptrace(PTRACE_ATTACH, pid, nullptr, nullptr) != 0)
            return errno;
        int status = 0;
        ::waitpid(pid, &status, __WALL);
        ::ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
        return 0;
    };
    return attemptAs(uid, gid, attach).error;
}

// A program started as another user in a directory of its own, with no
// limit on the size of a core; forked here rather than by QProcess so its
// exact wait status (core dumped or not) can be seen.
class ProcessAs
{
public:
    ~ProcessAs()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }

    // True once the program runs (its exec succeeded); output goes to log.
    bool start(const QStringList &command, const QProcessEnvironment &env, const QString &dir,
               const QString &log, uid_t uid, gid_t gid)
    {
        QList<QByteArray> argStore;
        for (const QString &a : command)
            argStore << QFile::encodeName(a);
        QList<QByteArray> envStore;
        for (const QString &e : env.toStringList())
            envStore << e.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &a : argStore)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<char *> envp;
        for (QByteArray &e : envStore)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        const QByteArray cwd = QFile::encodeName(dir);
        const int logFd = ::open(QFile::encodeName(log).constData(),
                                 O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        int execPipe[2];
        if (logFd < 0 || ::pipe2(execPipe, O_CLOEXEC) != 0)
            return false;

        m_pid = ::fork();
        if (m_pid == 0) {
            // Only system calls from here: this is a copy of a threaded process.
            sigset_t all;
            sigemptyset(&all);
            ::sigprocmask(SIG_SETMASK, &all, nullptr);
            const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_CORE, &unlimited);
            ::dup2(logFd, STDOUT_FILENO);
            ::dup2(logFd, STDERR_FILENO);
            if (::chdir(cwd.constData()) == 0 && becomeUser(uid, gid))
                ::execve(argv[0], argv.data(), envp.data());
            const int error = errno;
            (void)!::write(execPipe[1], &error, sizeof error);
            ::_exit(127);
        }
        ::close(logFd);
        ::close(execPipe[1]);
        // The pipe closes on exec (EOF) or brings the errno of a failure.
        int error = 0;
        const ssize_t n = ::read(execPipe[0], &error, sizeof error);
        ::close(execPipe[0]);
        if (m_pid < 0 || n != 0) {
            qWarning("could not start %s: %s", qPrintable(command.first()), strerror(error));
            return false;
        }
        return true;
    }

    pid_t pid() const { return m_pid; }

    // Sends signal and returns the wait status.
    int signalAndWait(int signal)
    {
        int status = 0;
        ::kill(m_pid, signal);
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return status;
    }

private:
    pid_t m_pid = -1;
};

// The owner of /proc/PID/status: the process's user while it is dumpable,
// root once it is not (the kernel's task_dump_owner).
uid_t procOwner(pid_t pid)
{
    struct stat st = {};
    if (::stat(QByteArray("/proc/" + QByteArray::number(pid) + "/status").constData(), &st) != 0)
        return uid_t(-1);
    return st.st_uid;
}

// Reads every private writable mapping of pid (as root) looking for text.
bool memoryHolds(pid_t pid, const QByteArray &text)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QFile mem(QStringLiteral("/proc/%1/mem").arg(pid));
    if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || fields.at(1) != "rw-p")
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const qulonglong from = range.value(0).toULongLong(nullptr, 16);
        const qulonglong to = range.value(1).toULongLong(nullptr, 16);
        if (to - from > 256ull * 1024 * 1024 || !mem.seek(qint64(from)))
            continue;
        const QByteArray bytes = mem.read(qint64(to - from));
        if (bytes.contains(text))
            return true;
    }
    return false;
}

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
    bool startHeadlessUntilReady(ProgramProcess &p, NotifySocket &notify, const QString &socketPath,
                                 QProcessEnvironment env = {})
    {
        if (!notify.isBound()) {
            qWarning("could not bind the notification socket %s", qPrintable(socketPath));
            return false;
        }
        if (env.isEmpty())
            env = isolatedEnvironment();
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

    // Credentials written inside a URL never reach the output, whether the
    // file is valid, refused, or the values come from --set.
    void checkConfigNeverShowsCredentials_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QByteArray valid =
            "[mqtt]\nurl=tcp://u:secret@h:1883\n[stream]\nurl=rtsp://u:secret@h:8554/cam\n";
        const QByteArray refused = "[mqtt]\nurl=tcp://u:sec/ret@h:1883\nold_url=tcp://u:secret@h\n"
                                   "[stream]\nurl=rtsp://u:secret@h:8554\n";
        const QString check = QStringLiteral("--check-config");
        const QString set = QStringLiteral("--set");
        QStringList sets = {check};
        sets << set << QStringLiteral("mqtt/url=mqtt://u:secret@h");
        sets << set << QStringLiteral("mqtt/password secret");
        sets << set << QStringLiteral("stream/password=secret\x1b");
        QTest::newRow("valid file") << valid << QStringList{check} << 0;
        QTest::newRow("refused file") << refused << QStringList{check} << 2;
        QTest::newRow("headless start")
            << refused << QStringList{QStringLiteral("--headless")} << 2;
        QTest::newRow("--set") << valid << sets << 2;
    }
    void checkConfigNeverShowsCredentials()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString path = m_dir.filePath(QStringLiteral("credentials.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run(QStringList{QStringLiteral("--config"), path} + arguments), exitCode);
        const QString out = p.output();
        QVERIFY2(!out.contains(QStringLiteral("secret")) && !out.contains(QStringLiteral("ret@")),
                 qPrintable(out));
        if (exitCode != 0)
            QVERIFY2(out.contains(QStringLiteral("u:***@h")), qPrintable(out));
    }

    void checkConfigRefusesWhatIsNotIni_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("says");
        const QByteArray utf16("\xff\xfe[\0c\0a\0m\0]\0\n\0", 14);
        QTest::newRow("/etc/passwd") << "/etc/passwd" << QByteArray() << ":1: not INI text: ";
        QTest::newRow("UTF-16") << QString() << utf16 << ":1: not INI text: UTF-16";
        QTest::newRow("no group") << QString() << QByteArray("; settings\nframerate=10\n")
                                  << ":2: not INI text: key=value before any [group]";
    }
    void checkConfigRefusesWhatIsNotIni()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contents);
        QFETCH(QString, says);
        if (path.isEmpty()) {
            path = m_dir.filePath(QStringLiteral("not-ini.conf"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        if (!QFile::exists(path))
            QSKIP("no such file here");
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), path, QStringLiteral("--check-config")}), 2);
        const QString out = p.output();
        QVERIFY2(out.contains(QStringLiteral("error: ") + path + says), qPrintable(out));
        QVERIFY2(out.contains(path + QStringLiteral(": invalid settings")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("settings are valid")), qPrintable(out));
    }

    // A value cannot forge a line of its own, nor drive the terminal: every
    // problem is one line, control characters shown as \xHH.
    void everyProblemIsOneLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("control.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[mqtt]\nusername=x\x1b[2J\n");
        f.close();
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(p.run({QStringLiteral("--config"), path, QStringLiteral("--check-config")}), 2);
        QVERIFY2(p.output().contains(path + QStringLiteral(":2: not INI text: control character "
                                                           "\\x1b at byte 11")),
                 qPrintable(p.output()));
        QVERIFY(!p.output().contains(QChar(0x1b)));

        ProgramProcess set;
        set.setEnvironment(isolatedEnvironment());
        QCOMPARE(set.run({QStringLiteral("--config"), m_config, QStringLiteral("--check-config"),
                          QStringLiteral("--set"),
                          QStringLiteral("device/name=x\nerror: camera/width: forged")}),
                 2);
        const QStringList lines = set.output().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 QStringLiteral("error: device/name: \"x\\x0aerror: camera/width: forged\" is not "
                                "allowed (control character \\x0a); expected 1 to 64 characters "
                                "of A-Z, a-z, 0-9, _ and -"));
        QCOMPARE(lines.at(1), m_config + QStringLiteral(": invalid settings"));
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

    // A service refuses bad settings (exit 2, systemd shows why); the
    // kiosk, where a person can fix them, starts on the defaults for the bad
    // keys and opens the settings panel on them.
    QString writeBadConfig()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad-value.conf"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("[camera]\nsource=testpattern\nwidth=641\nheight=240\nframerate=10\n"
                    "[stream]\nenabled=false\n[mqtt]\nenabled=false\n"
                    "[sensors]\nsource=simulated\n");
        return path;
    }

    void headlessRefusesInvalidSettings()
    {
        ProgramProcess p;
        p.setEnvironment(isolatedEnvironment());
        QCOMPARE(
            p.run({QStringLiteral("--config"), writeBadConfig(), QStringLiteral("--headless")}), 2);
        QVERIFY2(p.output().contains(QStringLiteral("error: camera/width: \"641\"")),
                 qPrintable(p.output()));
    }

    void kioskStartsOnInvalidSettings()
    {
        const QString path = writeBadConfig();
        ProgramProcess p;
        auto env = isolatedEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setEnvironment(env);
        p.start({QStringLiteral("--config"), path, QStringLiteral("--windowed")});
        QVERIFY2(p.waitForOutput(QStringLiteral("kiosk window shown"), 30000),
                 qPrintable(p.output()));
        const QString out = p.output();
        QVERIFY2(out.contains(QStringLiteral("error: camera/width: \"641\"")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("invalid settings: camera/width use their defaults "
                                             "until fixed in the settings panel")),
                 qPrintable(out));
        p.terminate();
        QVERIFY(p.waitForExit(5000));
        QCOMPARE(p.exitCode(), 0);
        // The file is left as it was until the panel saves it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("width=641"));
    }

    // A bad --set is the command line's own mistake: refused with the screen too.
    void kioskRefusesABadSet()
    {
        ProgramProcess p;
        auto env = isolatedEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setEnvironment(env);
        QCOMPARE(p.run({QStringLiteral("--config"), m_config, QStringLiteral("--windowed"),
                        QStringLiteral("--set"), QStringLiteral("camera/width=641")}),
                 2);
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
    // module that only a program with a screen loads. The evidence is the
    // dynamic linker's own record of every object it loaded, at start and
    // by dlopen (LD_DEBUG=files): /proc/PID/maps, read here before, is
    // refused to a test that does not run as root now that the program is
    // not dumpable (see privateMemory below).
    void headlessLoadsNoQtQuickOrQml()
    {
        const QString socketPath = m_dir.filePath(QStringLiteral("notify-maps.sock"));
        NotifySocket notify(socketPath);
        ProgramProcess p;
        auto env = isolatedEnvironment();
        const QString record = m_dir.filePath(QStringLiteral("loaded"));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), record);
        QVERIFY(startHeadlessUntilReady(p, notify, socketPath, env));

        QFile loaded(record + QStringLiteral(".%1").arg(p.process().processId()));
        QVERIFY2(loaded.open(QIODevice::ReadOnly), qPrintable(loaded.fileName()));
        const QByteArray objects = loaded.readAll();
        QVERIFY(objects.contains("file=libpicam-backend.so"));
        for (const char *library : {"libQt6Quick.so", "libQt6Qml.so", "libpicam-kioskui.so"})
            QVERIFY2(!objects.contains(library), library);
        p.terminate();
        QVERIFY(p.waitForExit(3000));
    }

    // The program holds mqtt/password in its memory, as any MQTT client must.
    // Run as an unprivileged user (as the service runs as picam), nothing
    // else running as that same user, nor any other unprivileged user, can
    // read that memory (/proc/PID/mem), its environment, attach a debugger
    // (gdb, gcore) or get a core dump from it. A control process, sleep(1)
    // started the same way, shows each of those reads works here on an
    // ordinary (dumpable) process, so the refusals are the program's doing.
    void privateMemory()
    {
        if (::geteuid() != 0)
            QSKIP("running programs as another user needs root");
        if (!othersCanRun(QStringLiteral(PICAM_KIOSK_BINARY)))
            QSKIP("the build is in a directory other users cannot enter (under /root?)");
        const QString sleepProgram = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        QVERIFY(!sleepProgram.isEmpty());

        // A directory of nobody's own: settings, state, and the cwd where a
        // core would land.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), NobodyUid, NobodyGid) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const QString cores = dir.filePath(QStringLiteral("cores"));
        QVERIFY(QDir().mkpath(cores));
        QVERIFY(::chown(QFile::encodeName(cores).constData(), NobodyUid, NobodyGid) == 0);

        const QByteArray password =
            "pw-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QByteArray marker =
            "env-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QString config = dir.filePath(QStringLiteral("private.conf"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // MQTT towards a port nothing listens on: the client holds the
            // password and keeps retrying.
            f.write("[camera]\nsource=testpattern\nwidth=320\nheight=240\nframerate=10\n"
                    "[stream]\nenabled=false\n[sensors]\nsource=simulated\n[mqtt]\n"
                    "url=tcp://127.0.0.1:" +
                    QByteArray::number(TestSupport::freePort()) +
                    "\nusername=picam\npassword=" + password + "\n");
        }
        QVERIFY(::chown(QFile::encodeName(config).constData(), NobodyUid, NobodyGid) == 0);
        QVERIFY(::chmod(QFile::encodeName(config).constData(), 0600) == 0);

        const QString socketPath = dir.filePath(QStringLiteral("notify.sock"));
        NotifySocket notify(socketPath);
        QVERIFY(notify.isBound());
        QVERIFY(::chmod(QFile::encodeName(socketPath).constData(), 0666) == 0);

        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("NOTIFY_SOCKET"), socketPath);
        env.insert(QStringLiteral("PICAM_TEST_MARKER"), QString::fromLatin1(marker));
        // In a sanitizer build, ASan would catch the SIGSEGV below and exit;
        // the signal must end the program as it ends a release build.
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("handle_segv=0"));

        ProcessAs control;
        QVERIFY(control.start({sleepProgram, QStringLiteral("60")}, env, cores,
                              dir.filePath(QStringLiteral("sleep.log")), NobodyUid, NobodyGid));
        ProcessAs program;
        const QString log = dir.filePath(QStringLiteral("program.log"));
        QVERIFY(program.start({QStringLiteral(PICAM_KIOSK_BINARY), QStringLiteral("--config"),
                               config, QStringLiteral("--headless")},
                              env, cores, log, NobodyUid, NobodyGid));
        const auto programLog = [&log] {
            QFile f(log);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY2(notify.waitFor("READY=1", 15000), programLog().constData());

        // The premise: the password is in there (root, with CAP_SYS_PTRACE,
        // may look).
        QVERIFY2(memoryHolds(program.pid(), password), "the password is not in memory");

        // Not dumpable: /proc/PID/ files belong to root, not to nobody.
        QCOMPARE(procOwner(control.pid()), NobodyUid);
        QCOMPARE(procOwner(program.pid()), uid_t(0));
        QFile limits(QStringLiteral("/proc/%1/limits").arg(program.pid()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QVERIFY2(QRegularExpression(QStringLiteral("Max core file size +0 +0 "))
                     .match(QString::fromLatin1(limits.readAll()))
                     .hasMatch(),
                 "RLIMIT_CORE is not 0");

        // Yama (when the kernel has it) may restrict ptrace and /proc/PID/mem
        // further for every process; the control says whether it does here.
        QFile yama(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope"));
        const bool yamaRestricts =
            yama.open(QIODevice::ReadOnly) && yama.readAll().trimmed() != "0";

        const auto refused = [](int error) { return error == EACCES || error == EPERM; };
        const auto proc = [](pid_t pid, const char *file) {
            return "/proc/" + QByteArray::number(pid) + '/' + file;
        };
        // The same user as the program, and another unprivileged user.
        for (const uid_t reader : {NobodyUid, NobodyUid - 1}) {
            const gid_t group = reader == NobodyUid ? NobodyGid : NobodyGid - 1;
            const QByteArray who = reader == NobodyUid ? "the same user" : "another user";

            const Attempt environ = readAs(reader, group, proc(program.pid(), "environ"));
            QVERIFY2(refused(environ.error), who + ": environ: " + strerror(environ.error));
            QVERIFY(!environ.data.contains(marker));
            const Attempt mem = readAs(reader, group, proc(program.pid(), "mem"), 0x10000);
            QVERIFY2(refused(mem.error), who + ": mem: " + strerror(mem.error));
            const Attempt maps = readAs(reader, group, proc(program.pid(), "maps"));
            QVERIFY2(refused(maps.error), who + ": maps: " + strerror(maps.error));
            const int attach = ptraceAs(reader, group, program.pid());
            QVERIFY2(refused(attach), who + ": ptrace: " + strerror(attach));
        }

        // The control, same user: every one of those reads works.
        const Attempt environ = readAs(NobodyUid, NobodyGid, proc(control.pid(), "environ"));
        QCOMPARE(environ.error, 0);
        QVERIFY(environ.data.contains(marker));
        QFile controlMaps(QString::fromLatin1(proc(control.pid(), "maps")));
        QVERIFY(controlMaps.open(QIODevice::ReadOnly));
        const qint64 mapped = controlMaps.readLine().split('-').value(0).toLongLong(nullptr, 16);
        const Attempt mem = readAs(NobodyUid, NobodyGid, proc(control.pid(), "mem"), mapped);
        if (yamaRestricts) {
            qInfo("Yama restricts ptrace here: the control's /proc/PID/mem and ptrace refusals "
                  "are Yama's, not only non-dumpable's");
        } else {
            QCOMPARE(mem.error, 0);
            QCOMPARE(mem.data.size(), 64);
            QCOMPARE(ptraceAs(NobodyUid, NobodyGid, control.pid()), 0);
        }

        // Cores: the program crashing leaves none; the control does, where
        // the kernel writes cores to the working directory.
        const int programStatus = program.signalAndWait(SIGSEGV);
        QVERIFY(WIFSIGNALED(programStatus) && WTERMSIG(programStatus) == SIGSEGV);
        QVERIFY2(!WCOREDUMP(programStatus), "the program dumped a core");
        QVERIFY(QDir(cores).isEmpty());
        QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
        const QByteArray corePattern = pattern.open(QIODevice::ReadOnly) ? pattern.readAll() : "";
        if (corePattern.startsWith('|') || corePattern.contains('/')) {
            qInfo("core_pattern %s hands cores elsewhere: the control is not crashed",
                  corePattern.trimmed().constData());
        } else {
            const int controlStatus = control.signalAndWait(SIGSEGV);
            QVERIFY(WIFSIGNALED(controlStatus));
            QVERIFY2(WCOREDUMP(controlStatus), "the control dumped no core: nothing is proven");
            QVERIFY(!QDir(cores).isEmpty());
        }
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
