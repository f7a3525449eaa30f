// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The faults a Pi in the field meets, with the whole program (picam-kiosk
// --headless, simulated sensors, a real mosquitto): a full and a read-only
// state directory during a broker outage, and a SIGKILL while readings are
// being written. Nothing crashes, the state says why, and every reading that
// could be kept arrives, in order.
//
// As root the state directory is a tmpfs of its own (16 KiB, really full with
// ENOSPC; remounted read-only with EROFS); otherwise a file size limit for
// the program (EFBIG) and a directory it may not write (EACCES) stand in.

#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "outbox/journalfile.h"
#include "outbox/outbox.h"
#include "programprocess.h"
#include "readingcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;
using TestSupport::ProgramProcess;
namespace ReadingCheck = TestSupport::ReadingCheck;

namespace {

const QString readingsTopic = QStringLiteral("sensors/metrics");

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(10000) || p.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(QLatin1Char(' '))
                             << "failed:" << p.readAll();
        return false;
    }
    return true;
}

// The program's state directory, and the fault it is given.
class StateDirectory
{
public:
    explicit StateDirectory(const QString &path)
        : m_path(path)
        , m_mounted(geteuid() == 0)
    {
        QDir().mkpath(path);
        if (m_mounted)
            m_mounted =
                run(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=16k,mode=0755"), QStringLiteral("picam-test"), path});
    }
    ~StateDirectory()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    QString path() const { return m_path; }
    QString fault() const { return m_mounted ? QStringLiteral("tmpfs") : QStringLiteral("limit"); }

    // The program started inside this may not write more than 16 KiB.
    void startFull(ProgramProcess &program, const QStringList &arguments)
    {
        if (m_mounted) {
            program.start(arguments);
            return;
        }
        std::signal(SIGXFSZ, SIG_IGN); // inherited: EFBIG instead of a signal
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limited = saved;
        limited.rlim_cur = 16 * 1024;
        setrlimit(RLIMIT_FSIZE, &limited);
        program.start(arguments);
        setrlimit(RLIMIT_FSIZE, &saved);
    }
    bool makeReadOnly()
    {
        if (m_mounted)
            return run(QStringLiteral("mount"),
                       {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path});
        return QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }

private:
    QString m_path;
    bool m_mounted;
};

} // namespace

class TestMqttFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &state) const
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STATE_DIRECTORY"), state);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("picam.sensors.debug=true"));
        return env;
    }

    static QStringList arguments(quint16 port)
    {
        QStringList args{QStringLiteral("--headless")};
        for (const QString &a :
             {QStringLiteral("device/name=faults"), QStringLiteral("camera/source=testpattern"),
              QStringLiteral("camera/width=320"), QStringLiteral("camera/height=240"),
              QStringLiteral("camera/framerate=5"), QStringLiteral("stream/enabled=false"),
              QStringLiteral("sensors/source=simulated"), QStringLiteral("mqtt/interval=0.1"),
              QStringLiteral("mqtt/homeassistant=false"),
              // Readings only: the test pattern moves, and motion events
              // would share the journal.
              QStringLiteral("motion/enabled=false"),
              QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port)})
            args << QStringLiteral("--set") << a;
        return args;
    }

private slots:
    void fullStateDirectoryDuringAnOutage()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("full-subscriber")));
        StateDirectory state(m_home.filePath(QStringLiteral("full")));
        qInfo().noquote() << "full state directory by" << state.fault();

        ProgramProcess program;
        program.setEnvironment(environment(state.path()));
        state.startFull(program, arguments(port));
        QVERIFY2(program.waitForOutput(QStringLiteral("connected to")),
                 qPrintable(program.output()));
        QVERIFY(broker.stop());
        // 16 KiB hold about 50 readings: 10 a second fill it within seconds.
        QVERIFY2(program.waitForOutput(QStringLiteral("readings kept in memory only"), 30000),
                 qPrintable(program.output()));
        const int atFull = int(ReadingCheck::logged(program.output()).size());
        QTRY_VERIFY_WITH_TIMEOUT(ReadingCheck::logged(program.output()).size() >= atFull + 20,
                                 10000);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QVERIFY2(program.waitForOutput(QStringLiteral("connected to"), 40000),
                 qPrintable(program.output()));
        // Everything made before the broker came back arrives: what went on
        // the card and what waited in memory.
        const QList<qint64> made = ReadingCheck::logged(program.output());
        const QString missing = ReadingCheck::missing(sub, readingsTopic, made);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY(program.process().state() == QProcess::Running);
        program.terminate();
        QVERIFY(program.waitForExit(5000));
        QVERIFY(!program.crashed());
        QCOMPARE(program.exitCode(), 0);
    }

    void readOnlyStateDirectory()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("readonly-subscriber")));
        StateDirectory state(m_home.filePath(QStringLiteral("readonly")));
        QVERIFY(state.makeReadOnly());

        ProgramProcess program;
        program.setEnvironment(environment(state.path()));
        program.start(arguments(port));
        QVERIFY2(program.waitForOutput(QStringLiteral("readings kept in memory only")),
                 qPrintable(program.output()));
        QVERIFY2(program.waitForOutput(QStringLiteral("connected to")),
                 qPrintable(program.output()));
        // Readings flow while the broker is up, and are kept (in memory)
        // through an outage.
        QVERIFY(sub.waitForCount(10, readingsTopic, 15000));
        QVERIFY(broker.stop());
        QVERIFY2(program.waitForOutput(QStringLiteral("mqtt failed")),
                 qPrintable(program.output()));
        const int atOutage = int(ReadingCheck::logged(program.output()).size());
        QTRY_VERIFY_WITH_TIMEOUT(ReadingCheck::logged(program.output()).size() >= atOutage + 10,
                                 10000);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        const QList<qint64> made = ReadingCheck::logged(program.output());
        const QString missing = ReadingCheck::missing(sub, readingsTopic, made, 40000);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        program.terminate();
        QVERIFY(program.waitForExit(5000));
        QCOMPARE(program.exitCode(), 0);
    }

    void killedWhileWritingKeepsEveryCompleteRecord()
    {
        // The broker never comes up in the first run: every reading goes into
        // the journal. SIGKILL lands wherever it lands.
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        const QString state = m_home.filePath(QStringLiteral("killed"));
        ProgramProcess first;
        first.setEnvironment(environment(state));
        first.start(arguments(port));
        QTRY_VERIFY_WITH_TIMEOUT(ReadingCheck::logged(first.output()).size() >= 40, 20000);
        first.kill();
        QVERIFY(first.waitForExit(5000));
        const QList<qint64> made = ReadingCheck::logged(first.output());

        // What the journal holds: complete records only, and every reading
        // but the last one or two (made, not yet handed to the outbox thread).
        const QString journal =
            QDir(state).filePath(QStringLiteral("mqtt/") + Outbox::journalName());
        const int fd = ::open(QFile::encodeName(journal).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        struct stat st = {};
        QCOMPARE(fstat(fd, &st), 0);
        const JournalFile::Contents contents = JournalFile::scan(fd, st.st_size);
        ::close(fd);
        qInfo() << made.size() << "readings made," << contents.messages.size() << "in the journal,"
                << contents.discarded << "bytes of a torn tail";
        QVERIFY(qsizetype(contents.messages.size()) >= made.size() - 2);
        QVERIFY(qsizetype(contents.messages.size()) <= made.size());

        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("killed-subscriber")));
        ProgramProcess second;
        second.setEnvironment(environment(state));
        second.start(arguments(port));
        QVERIFY2(second.waitForOutput(QStringLiteral("restored from the last run")),
                 qPrintable(second.output()));
        const QString missing = ReadingCheck::missing(
            sub, readingsTopic, made.mid(0, qsizetype(contents.messages.size())), 40000);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        // In capture order.
        QList<qint64> order;
        for (const auto &m : sub.messages(readingsTopic))
            order << QJsonDocument::fromJson(m.payload)
                         .object()
                         .value(QStringLiteral("ts"))
                         .toInteger();
        QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
        second.terminate();
        QVERIFY(second.waitForExit(5000));
    }
};

QTEST_GUILESS_MAIN(TestMqttFaults)
#include "test_mqttfaults.moc"
