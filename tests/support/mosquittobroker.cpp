// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "mosquittobroker.h"

#include "freeport.h"

#include <QFile>
#include <QTextStream>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace TestSupport {

MosquittoBroker::MosquittoBroker()
{
    // The log goes to a file: an unread pipe would fill and stall the broker.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    // A crashed test must not leave its broker behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

MosquittoBroker::~MosquittoBroker()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 MosquittoBroker::addListener(Protocol protocol, bool tls, bool passwords,
                                     bool clientCertificates)
{
    quint16 port = 0;
    do
        port = freePort();
    while (std::any_of(m_listeners.cbegin(), m_listeners.cend(),
                       [port](const Listener &l) { return l.port == port; }));
    m_listeners << Listener{protocol, tls, passwords, port, clientCertificates};
    return port;
}

bool MosquittoBroker::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool MosquittoBroker::addUser(const QString &user, const QString &password)
{
    const QString file = m_dir.filePath(QStringLiteral("passwords"));
    QStringList args{QStringLiteral("-b")};
    if (!m_hasUsers)
        args << QStringLiteral("-c");
    args << file << user << password;
    m_hasUsers = run(QStringLiteral("mosquitto_passwd"), args) || m_hasUsers;
    // mosquitto 2.0.21 warns that later versions refuse a file others can read.
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return m_hasUsers;
}

namespace {
QString certificateScript()
{
    return QStringLiteral(PICAM_SOURCE_DIR) + QStringLiteral("/deploy/server/make-certificates");
}
} // namespace

bool MosquittoBroker::makeCertificates()
{
    // The recipe the README gives users, so the tests prove it works.
    return run(certificateScript(), {m_dir.path(), QStringLiteral("server"),
                                     QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
}

bool MosquittoBroker::makeClientCertificate()
{
    return run(certificateScript(),
               {m_dir.path(), QStringLiteral("client"), QStringLiteral("picam-test")});
}

bool MosquittoBroker::writeConfig()
{
    QFile f(m_dir.filePath(QStringLiteral("mosquitto.conf")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&f);
    // Started as root, mosquitto would switch to the "mosquitto" user, who
    // cannot read this temporary directory.
    if (::geteuid() == 0)
        out << "user root\n";
    out << "per_listener_settings true\n";
    // Keep every QoS 1 message for a persistent subscriber, however many.
    out << "max_queued_messages 0\n";
    out << "log_dest file " << m_dir.filePath(QStringLiteral("mosquitto.log")) << "\n";
    out << "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n";
    if (m_persistence) {
        out << "persistence true\n";
        out << "persistence_location " << m_dir.path() << "/\n";
        out << "autosave_interval 1\n";
    }
    for (const Listener &l : std::as_const(m_listeners)) {
        if (l.protocol == Protocol::WebSockets) {
            // A websockets listener ignores an IP address: bind it to lo.
            out << "listener " << l.port << " lo\n";
            out << "protocol websockets\n";
        } else {
            out << "listener " << l.port << " 127.0.0.1\n";
        }
        if (l.passwords) {
            out << "allow_anonymous false\n";
            out << "password_file " << m_dir.filePath(QStringLiteral("passwords")) << "\n";
        } else {
            out << "allow_anonymous true\n";
        }
        if (l.tls) {
            out << "cafile " << caFile() << "\n";
            out << "certfile " << m_dir.filePath(QStringLiteral("server.crt")) << "\n";
            out << "keyfile " << m_dir.filePath(QStringLiteral("server.key")) << "\n";
            if (l.clientCertificates)
                out << "require_certificate true\n";
        }
    }
    return true;
}

bool MosquittoBroker::start(int timeoutMs)
{
    if (m_listeners.isEmpty())
        addListener(Protocol::Mqtt);
    if (!writeConfig()) {
        m_error = QStringLiteral("cannot write the mosquitto config");
        return false;
    }
    m_process.start(QStringLiteral("mosquitto"),
                    {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("mosquitto.conf"))});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("mosquitto did not start: ") + m_process.errorString();
        return false;
    }
    for (const Listener &l : std::as_const(m_listeners)) {
        if (!waitForPort(l.port, timeoutMs)) {
            m_error = QStringLiteral("mosquitto is not listening on %1: %2").arg(l.port).arg(log());
            return false;
        }
    }
    return true;
}

bool MosquittoBroker::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process.terminate();
    const bool done = m_process.waitForFinished(timeoutMs);
    log();
    return done;
}

QString MosquittoBroker::url(const QString &scheme, quint16 port) const
{
    return QStringLiteral("%1://localhost:%2").arg(scheme).arg(port);
}

QString MosquittoBroker::log()
{
    QFile f(m_dir.filePath(QStringLiteral("mosquitto.log")));
    if (f.open(QIODevice::ReadOnly))
        m_log = QString::fromLocal8Bit(f.readAll());
    return m_log;
}

} // namespace TestSupport
