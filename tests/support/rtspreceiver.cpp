// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "rtspreceiver.h"

#include "freeport.h"
#include "networknamespace.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <csignal>

namespace TestSupport {

RtspReceiver::RtspReceiver(quint16 port)
    : m_port(port ? port : freePort())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RtspReceiver::~RtspReceiver()
{
    kill();
}

void RtspReceiver::runInside(const NetworkNamespace *ns)
{
    m_namespace = ns;
    m_host = ns ? ns->address() : QStringLiteral("127.0.0.1");
}

QString RtspReceiver::url() const
{
    return QStringLiteral("rtsp://%1:%2/cam").arg(m_host).arg(m_port);
}

bool RtspReceiver::isListening(quint16 port)
{
    return listensIn(QStringLiteral("/proc/net/tcp"), port);
}

bool RtspReceiver::listening() const
{
    // `ip netns exec` becomes ffmpeg (same process), inside the namespace.
    if (m_namespace)
        return listensIn(QStringLiteral("/proc/%1/net/tcp").arg(m_process.processId()), m_port);
    return isListening(m_port);
}

bool RtspReceiver::listensIn(const QString &procNetTcp, quint16 port)
{
    const QString hexPort = QStringLiteral(":%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    QFile f(procNetTcp);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local_address rem_address st ...; st 0A = LISTEN
        if (fields.size() > 3 && fields[1].endsWith(hexPort.toLatin1()) && fields[3] == "0A")
            return true;
    }
    return false;
}

bool RtspReceiver::start(int timeoutMs)
{
    kill();
    ++m_runs;
    m_output = m_dir.filePath(QStringLiteral("received-%1.h264").arg(m_runs));
    QStringList command = {
        QStringLiteral("ffmpeg"), QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"),
        QStringLiteral("-loglevel"), QStringLiteral("info"), QStringLiteral("-rtsp_flags"),
        QStringLiteral("listen"), QStringLiteral("-i"), url(),
        // Keep everything as received, including whatever
        // arrives before the first keyframe: tests check it.
        QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-copyinkf"),
        QStringLiteral("-flush_packets"), QStringLiteral("1"), QStringLiteral("-f"),
        QStringLiteral("h264"), QStringLiteral("-y"), m_output};
    if (m_namespace)
        command = m_namespace->command(command.first(), command.mid(1));
    m_process.start(command.first(), command.mid(1));
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (listening())
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QThread::msleep(50);
    }
    return false;
}

void RtspReceiver::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGCONT);
    m_process.kill();
    m_process.waitForFinished(5000);
    m_log += QString::fromLocal8Bit(m_process.readAll());
}

void RtspReceiver::pause()
{
    ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void RtspReceiver::resume()
{
    ::kill(pid_t(m_process.processId()), SIGCONT);
}

bool RtspReceiver::waitForExit(int timeoutMs)
{
    const bool exited =
        m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    m_log += QString::fromLocal8Bit(m_process.readAll());
    return exited;
}

qint64 RtspReceiver::bytesReceived() const
{
    return QFileInfo(m_output).size();
}

bool RtspReceiver::waitForBytes(qint64 bytes, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (bytesReceived() >= bytes)
            return true;
        QThread::msleep(50);
    }
    return bytesReceived() >= bytes;
}

QString RtspReceiver::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    return m_log;
}

int RtspReceiver::Analysis::maxKeyframeDistance() const
{
    int last = -1;
    int maxDistance = 0;
    for (int i = 0; i < keyframes.size(); ++i) {
        if (!keyframes[i])
            continue;
        if (last >= 0)
            maxDistance = qMax(maxDistance, i - last);
        last = i;
    }
    // Frames after the last keyframe count too.
    if (last >= 0)
        maxDistance = qMax(maxDistance, int(keyframes.size()) - last - 1);
    return maxDistance;
}

RtspReceiver::Analysis RtspReceiver::analyse(const QString &path)
{
    Analysis a;
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                 QStringLiteral("v:0"), QStringLiteral("-show_streams"),
                 QStringLiteral("-show_frames"), QStringLiteral("-show_format"),
                 QStringLiteral("-show_entries"),
                 QStringLiteral("frame=key_frame,pict_type:stream=codec_name,profile,width,"
                                "height,has_b_frames:format=duration"),
                 QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!probe.waitForFinished(60000)) {
        a.error = QStringLiteral("ffprobe did not finish");
        probe.kill();
        return a;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(probe.readAllStandardOutput());
    a.messages = QString::fromLocal8Bit(probe.readAllStandardError());
    a.duration = doc[QStringLiteral("format")][QStringLiteral("duration")].toString().toDouble();
    const QJsonArray streams = doc[QStringLiteral("streams")].toArray();
    if (streams.isEmpty()) {
        a.error = QStringLiteral("no video stream: ") + a.messages;
        return a;
    }
    const QJsonObject s = streams.first().toObject();
    a.codec = s[QStringLiteral("codec_name")].toString();
    a.profile = s[QStringLiteral("profile")].toString();
    a.width = s[QStringLiteral("width")].toInt();
    a.height = s[QStringLiteral("height")].toInt();
    a.hasBFrames = s[QStringLiteral("has_b_frames")].toInt(-1);
    for (const QJsonValue &v : doc[QStringLiteral("frames")].toArray()) {
        const QJsonObject f = v.toObject();
        a.pictTypes << f[QStringLiteral("pict_type")].toString();
        a.keyframes << (f[QStringLiteral("key_frame")].toInt() == 1);
    }
    a.frames = int(a.keyframes.size());
    a.ok = true;
    return a;
}

} // namespace TestSupport
