// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "mosquittosubscriber.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace TestSupport {

MosquittoSubscriber::~MosquittoSubscriber()
{
    stop();
}

bool MosquittoSubscriber::start(quint16 port, const QStringList &topics, const QString &clientId,
                                int qos)
{
    // Tab-separated: receive time, retained flag, topic, payload.
    QStringList args{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(port),
                     QStringLiteral("-q"), QString::number(qos),
                     QStringLiteral("-F"), QStringLiteral("%U\t%r\t%t\t%p")};
    if (!clientId.isEmpty())
        args << QStringLiteral("-c") << QStringLiteral("-i") << clientId;
    for (const QString &t : topics)
        args << QStringLiteral("-t") << t;
    // mosquitto_sub says nothing once subscribed: it is ready when a marker
    // published after its start comes back.
    const QString marker = QStringLiteral("picam-test/marker/%1").arg(quintptr(this));
    args << QStringLiteral("-t") << marker;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(QStringLiteral("mosquitto_sub"), args);
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        publish(port, marker, "ready");
        QTest::qWait(100);
        readLines();
        for (const Message &m : std::as_const(m_messages))
            if (m.topic == marker) {
                m_messages.removeIf([&marker](const Message &x) { return x.topic == marker; });
                return true;
            }
        if (m_process.state() != QProcess::Running)
            return false;
    }
    return false;
}

void MosquittoSubscriber::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    readLines();
}

void MosquittoSubscriber::readLines()
{
    m_partial += m_process.readAllStandardOutput();
    qsizetype start = 0;
    qsizetype nl;
    // One pass, one removal: a bench reads tens of thousands of lines at once.
    const auto consumed = qScopeGuard([&] { m_partial.remove(0, start); });
    while ((nl = m_partial.indexOf('\n', start)) >= 0) {
        const QByteArray line = m_partial.mid(start, nl - start);
        start = nl + 1;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() < 4)
            continue;
        Message m;
        m.receivedAt = parts[0].toDouble();
        m.retained = parts[1] == "1";
        m.topic = QString::fromUtf8(parts[2]);
        m.payload = line.mid(parts[0].size() + parts[1].size() + parts[2].size() + 3);
        m_messages << m;
    }
}

QList<MosquittoSubscriber::Message> MosquittoSubscriber::messages(const QString &topic)
{
    readLines();
    if (topic.isEmpty())
        return m_messages;
    QList<Message> out;
    for (const Message &m : std::as_const(m_messages))
        if (m.topic == topic)
            out << m;
    return out;
}

bool MosquittoSubscriber::waitForCount(int count, const QString &topic, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // Keeps the event loop running: the code under test lives on this thread.
    while (messages(topic).size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

QByteArray MosquittoSubscriber::retained(quint16 port, const QString &topic, bool *ok,
                                         int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral("mosquitto_sub"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(port), QStringLiteral("-t"), topic, QStringLiteral("-C"),
             QStringLiteral("1"), QStringLiteral("--retained-only"), QStringLiteral("-W"),
             QString::number(qMax(1, timeoutMs / 1000))});
    p.waitForFinished(timeoutMs + 5000);
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && !out.isEmpty();
    return out;
}

bool MosquittoSubscriber::publish(quint16 port, const QString &topic, const QByteArray &payload,
                                  bool retain)
{
    QStringList args{QStringLiteral("-h"),  QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(port), QStringLiteral("-t"),        topic,
                     QStringLiteral("-m"),  QString::fromUtf8(payload)};
    if (retain)
        args << QStringLiteral("-r");
    QProcess p;
    p.start(QStringLiteral("mosquitto_pub"), args);
    return p.waitForFinished(10000) && p.exitCode() == 0;
}

} // namespace TestSupport
