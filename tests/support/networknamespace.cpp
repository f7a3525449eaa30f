// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "networknamespace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

#include <atomic>
#include <sys/stat.h>
#include <unistd.h>

namespace TestSupport {

namespace {

std::atomic_int instances{0};

} // namespace

NetworkNamespace::NetworkNamespace()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const int n = instances++ % 100;
    m_index = n;
    m_name = QStringLiteral("picam-test-%1-%2").arg(pid).arg(n);
    // Interface names have at most 15 characters.
    m_hostLink = QStringLiteral("pk%1h%2").arg(pid % 10000000).arg(n);
    m_innerLink = QStringLiteral("pk%1n%2").arg(pid % 10000000).arg(n);
}

NetworkNamespace::~NetworkNamespace()
{
    if (!m_created)
        return;
    runHere(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), m_hostLink},
            nullptr, nullptr);
    runHere(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name}, nullptr,
            nullptr);
}

bool NetworkNamespace::runHere(const QString &program, const QStringList &arguments,
                               QString *output, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(15000);
    const QString text = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (output)
        *output = text;
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    if (error)
        *error = QStringLiteral("%1 %2: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          finished ? text : QStringLiteral("timed out"));
    return false;
}

QString NetworkNamespace::unavailable()
{
    static const QString reason = [] {
        if (geteuid() != 0)
            return QStringLiteral("network namespaces need root");
        if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
            return QStringLiteral("no ip command (iproute2)");
        // In a chroot (a root that is not init's) a namespace cannot be
        // entered, and trying leaves a mount on the chroot's /run/netns.
        struct stat root = {};
        struct stat initRoot = {};
        if (::stat("/", &root) == 0 && ::stat("/proc/1/root/.", &initRoot) == 0 &&
            (root.st_dev != initRoot.st_dev || root.st_ino != initRoot.st_ino))
            return QStringLiteral("network namespaces cannot be entered in a chroot");
        const QString probe =
            QStringLiteral("picam-probe-%1").arg(QCoreApplication::applicationPid());
        QString error;
        if (!runHere(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), probe},
                     nullptr, &error))
            return QStringLiteral("ip netns is unavailable: ") + error;
        // Entering it remounts /, which a chroot (no mount point at /) refuses.
        const bool enters =
            runHere(QStringLiteral("ip"),
                    {QStringLiteral("-n"), probe, QStringLiteral("link"), QStringLiteral("set"),
                     QStringLiteral("lo"), QStringLiteral("up")},
                    nullptr, &error);
        runHere(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), probe},
                nullptr, nullptr);
        if (!enters)
            return QStringLiteral("a network namespace cannot be entered here: ") + error;
        return QString();
    }();
    return reason;
}

bool NetworkNamespace::create()
{
    // A /30 of 10.231.0.0/16 that no interface here uses yet.
    const qint64 pid = QCoreApplication::applicationPid();
    for (int attempt = 0; attempt < 64 && m_inner.isEmpty(); ++attempt) {
        const int block = int((pid * 7 + m_index * 131 + attempt * 17) % 16384);
        const QString net = QStringLiteral("10.231.%1.%2").arg(block / 64).arg(block % 64 * 4);
        QString used;
        runHere(QStringLiteral("ip"),
                {QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr"),
                 QStringLiteral("show"), QStringLiteral("to"), net + QStringLiteral("/30")},
                &used, nullptr);
        if (!used.isEmpty())
            continue;
        m_host = QStringLiteral("10.231.%1.%2").arg(block / 64).arg(block % 64 * 4 + 1);
        m_inner = QStringLiteral("10.231.%1.%2").arg(block / 64).arg(block % 64 * 4 + 2);
    }
    if (m_inner.isEmpty()) {
        m_error = QStringLiteral("no free address block in 10.231.0.0/16");
        return false;
    }
    // A namespace left behind by a crashed run with this pid goes first.
    runHere(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name}, nullptr,
            nullptr);
    if (!runHere(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), m_name},
                 nullptr, &m_error))
        return false;
    m_created = true;
    const QString ip = QStringLiteral("ip");
    const QList<QStringList> steps = {
        {QStringLiteral("link"), QStringLiteral("add"), m_hostLink, QStringLiteral("type"),
         QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), m_innerLink},
        {QStringLiteral("link"), QStringLiteral("set"), m_innerLink, QStringLiteral("netns"),
         m_name},
        {QStringLiteral("addr"), QStringLiteral("add"), m_host + QStringLiteral("/30"),
         QStringLiteral("dev"), m_hostLink},
        {QStringLiteral("link"), QStringLiteral("set"), m_hostLink, QStringLiteral("up")},
        {QStringLiteral("-n"), m_name, QStringLiteral("addr"), QStringLiteral("add"),
         m_inner + QStringLiteral("/30"), QStringLiteral("dev"), m_innerLink},
        {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), m_innerLink,
         QStringLiteral("up")},
        {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"),
         QStringLiteral("lo"), QStringLiteral("up")},
    };
    for (const QStringList &step : steps) {
        if (!runHere(ip, step, nullptr, &m_error))
            return false;
    }
    return true;
}

QStringList NetworkNamespace::command(const QString &program, const QStringList &arguments) const
{
    return QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                       m_name, program} +
           arguments;
}

bool NetworkNamespace::run(const QStringList &command, QString *output)
{
    return runHere(QStringLiteral("ip"),
                   QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_name} + command,
                   output, &m_error);
}

bool NetworkNamespace::setSysctl(const QString &key, const QString &value)
{
    return run({QStringLiteral("sysctl"), QStringLiteral("-q"), QStringLiteral("-w"),
                key + QLatin1Char('=') + value});
}

bool NetworkNamespace::cut()
{
    if (run({QStringLiteral("iptables"), QStringLiteral("-w"), QStringLiteral("-A"),
             QStringLiteral("INPUT"), QStringLiteral("-j"), QStringLiteral("DROP")}) &&
        run({QStringLiteral("iptables"), QStringLiteral("-w"), QStringLiteral("-A"),
             QStringLiteral("OUTPUT"), QStringLiteral("-j"), QStringLiteral("DROP")})) {
        m_cutMethod = QStringLiteral("iptables DROP");
        return true;
    }
    run({QStringLiteral("iptables"), QStringLiteral("-w"), QStringLiteral("-F")});
    // No iptables: the link goes down, and what the host sends is dropped.
    if (!runHere(QStringLiteral("ip"),
                 {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"),
                  m_innerLink, QStringLiteral("down")},
                 nullptr, &m_error))
        return false;
    m_cutMethod = QStringLiteral("link down");
    return true;
}

bool NetworkNamespace::limitRate(int kbitPerSecond)
{
    return runHere(QStringLiteral("tc"),
                   {QStringLiteral("qdisc"), QStringLiteral("replace"), QStringLiteral("dev"),
                    m_hostLink, QStringLiteral("root"), QStringLiteral("tbf"),
                    QStringLiteral("rate"), QStringLiteral("%1kbit").arg(kbitPerSecond),
                    QStringLiteral("burst"), QStringLiteral("16kb"), QStringLiteral("latency"),
                    QStringLiteral("400ms")},
                   nullptr, &m_error);
}

bool NetworkNamespace::restore()
{
    if (m_cutMethod == QLatin1String("iptables DROP"))
        return run({QStringLiteral("iptables"), QStringLiteral("-w"), QStringLiteral("-F")});
    if (m_cutMethod == QLatin1String("link down"))
        return runHere(QStringLiteral("ip"),
                       {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"),
                        m_innerLink, QStringLiteral("up")},
                       nullptr, &m_error);
    return true;
}

} // namespace TestSupport
