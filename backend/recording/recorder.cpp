// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "recorder.h"

#include "packetinbox.h"
#include "system/logging.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>

using Clock = std::chrono::steady_clock;

Recorder::Recorder(const Config &config, PacketInbox *inbox)
    : m_config(config)
    , m_inbox(inbox)
{
    m_retention.setPlaces({{config.directory, {QStringLiteral("*.mp4")}},
                           {config.snapshotDirectory, {QStringLiteral("*.jpg")}}});
}

Recorder::~Recorder()
{
    closeAll();
}

QString Recorder::segmentName(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
           QStringLiteral("-continuous.mp4");
}

void Recorder::drain()
{
    std::deque<EncodedPacket> batch = m_inbox->takeAll();
    for (const EncodedPacket &p : batch) {
        if (p.format() != m_format)
            formatChanged(p.format());
        handle(p);
    }
    const auto now = Clock::now();
    const bool writing = !m_clips.empty() || m_segment.writer;
    if (writing && now >= m_nextRetention)
        enforceRetention();
    if (now >= m_nextStats)
        publishStats();
}

void Recorder::formatChanged(const std::shared_ptr<const StreamFormat> &format)
{
    // A new encoder (the picture size changed): a file holds one format,
    // so what is being written ends here.
    if (m_format)
        qCInfo(lcRecording) << "the encoder changed: clips being written end here";
    for (auto &[name, clip] : m_clips) {
        closeClip(name, clip);
        clip.fromPreRoll = false;
    }
    closeClip(m_segmentName, m_segment);
    m_format = format;
    m_ring.clear();
    m_ring.setLimits(format->ticks(m_config.preSeconds), m_config.preRollMaxBytes);
}

void Recorder::handle(const EncodedPacket &packet)
{
    m_lastPts = packet.pts();
    if (m_config.mode == Mode::Continuous) {
        rollSegment(packet);
        return;
    }
    m_ring.push(packet);
    for (auto it = m_clips.begin(); it != m_clips.end();) {
        const QString &name = it->first;
        Clip &clip = it->second;
        if (clip.writer)
            writeTo(name, clip, packet);
        else if (clip.fromPreRoll && packet.isKey() && mayRetry())
            openClip(name, clip, &packet);
        if (clip.stopPts >= 0 && packet.pts() >= clip.stopPts) {
            closeClip(name, clip);
            it = m_clips.erase(it);
            publishStats();
            continue;
        }
        ++it;
    }
}

void Recorder::rollSegment(const EncodedPacket &packet)
{
    if (m_segment.writer) {
        const bool long_enough =
            packet.pts() - m_segmentStartPts >= m_format->ticks(m_config.segmentSeconds);
        if (!packet.isKey() || !long_enough) {
            writeTo(m_segmentName, m_segment, packet);
            return;
        }
        closeClip(m_segmentName, m_segment);
    }
    if (!packet.isKey() || !mayRetry())
        return;
    m_segmentName = segmentName(QDateTime::currentDateTimeUtc());
    m_segment = Clip{};
    m_segment.fromPreRoll = false;
    if (openClip(m_segmentName, m_segment, &packet))
        m_segmentStartPts = packet.pts();
}

void Recorder::beginEvent(const QString &name)
{
    if (m_config.mode != Mode::Events || name.isEmpty())
        return;
    auto found = m_clips.find(name);
    if (found != m_clips.end()) {
        found->second.stopPts = -1;
        return;
    }
    Clip &clip = m_clips[name];
    if (m_format && !m_ring.packets().empty() && mayRetry())
        openClip(name, clip, nullptr);
    // else: opened at the next keyframe
    publishStats();
}

void Recorder::endEvent(const QString &name)
{
    auto found = m_clips.find(name);
    if (found == m_clips.end())
        return;
    Clip &clip = found->second;
    if (!m_format || m_config.postSeconds <= 0 || (!clip.writer && !clip.fromPreRoll)) {
        closeClip(name, clip);
        m_clips.erase(found);
        publishStats();
        return;
    }
    clip.stopPts = std::max<qint64>(m_lastPts, 0) + m_format->ticks(m_config.postSeconds);
}

void Recorder::closeAll()
{
    for (auto &[name, clip] : m_clips)
        closeClip(name, clip);
    m_clips.clear();
    closeClip(m_segmentName, m_segment);
    publishStats();
}

bool Recorder::openClip(const QString &name, Clip &clip, const EncodedPacket *first)
{
    const bool preRoll = clip.fromPreRoll && !m_ring.packets().empty();
    enforceRetention();
    const auto retry = [this](const QString &reason) {
        setProblem(reason);
        m_retryAt = Clock::now() + m_config.retryDelay;
        return false;
    };
    if (!m_problem.isEmpty() && Clock::now() < m_retryAt)
        return false; // retention found the card too full
    if (!QDir().mkpath(m_config.directory))
        return retry(
            QStringLiteral("cannot create the recording directory %1").arg(m_config.directory));
    const QString path = QDir(m_config.directory).filePath(name);
    clip.writer = std::make_unique<ClipWriter>();
    if (!clip.writer->open(path, *m_format)) {
        const QString error = clip.writer->error();
        clip.writer.reset();
        return retry(
            QStringLiteral("clips cannot be written to %1: %2").arg(m_config.directory, error));
    }
    // A clip whose file was created is not started again under the same
    // name when writing fails later (its first part is on the card).
    clip.fromPreRoll = false;
    ++m_stats.clips;
    qCInfo(lcRecording).noquote() << "recording" << path
                                  << (preRoll
                                          ? QStringLiteral("with %1 s of pre-roll")
                                                .arg(double(m_ring.span()) * m_format->timeBaseNum /
                                                         m_format->timeBaseDen,
                                                     0, 'f', 1)
                                          : QString());
    emit clipOpened(name);
    if (preRoll) {
        for (const EncodedPacket &p : m_ring.packets()) {
            if (!writeTo(name, clip, p))
                return false;
        }
        return true;
    }
    return first && writeTo(name, clip, *first);
}

bool Recorder::writeTo(const QString &name, Clip &clip, const EncodedPacket &packet)
{
    if (!clip.writer)
        return false;
    if (!clip.writer->write(packet)) {
        setProblem(QStringLiteral("clips cannot be written to %1: %2")
                       .arg(m_config.directory, clip.writer->error()));
        m_retryAt = Clock::now() + m_config.retryDelay;
        closeClip(name, clip);
        return false;
    }
    m_stats.bytesWritten += quint64(packet.size());
    if (!m_problem.isEmpty())
        setProblem({});
    return true;
}

void Recorder::closeClip(const QString &name, Clip &clip)
{
    if (!clip.writer)
        return;
    const bool finished = clip.writer->close();
    qCInfo(lcRecording).noquote() << QStringLiteral("clip %1: %2 s, %3 KiB%4")
                                         .arg(name)
                                         .arg(clip.writer->seconds(), 0, 'f', 1)
                                         .arg(clip.writer->bytes() / 1024)
                                         .arg(finished ? QString()
                                                       : QStringLiteral(
                                                             " (cut short: what is in it plays)"));
    emit clipClosed(name, clip.writer->seconds(), clip.writer->bytes());
    clip.writer.reset();
}

void Recorder::enforceRetention()
{
    m_nextRetention = Clock::now() + m_config.retentionInterval;
    QSet<QString> inUse;
    for (const auto &[name, clip] : m_clips)
        if (clip.writer)
            inUse << clip.writer->path();
    if (m_segment.writer)
        inUse << m_segment.writer->path();
    const Retention::Outcome out = m_retention.enforce(m_config.limits, inUse);
    if (out.removed > 0) {
        m_stats.removedFiles += quint64(out.removed);
        qCInfo(lcRecording).noquote()
            << QStringLiteral("retention: removed the %1 oldest file(s), %2 MiB; %3 MiB kept")
                   .arg(out.removed)
                   .arg(double(out.removedBytes) / (1 << 20), 0, 'f', 1)
                   .arg(double(out.keptBytes) / (1 << 20), 0, 'f', 1);
    }
    if (out.freeBytes >= 0 && out.freeBytes < m_config.limits.minFreeBytes) {
        // Nothing of ours is left to remove: stop writing rather than fill
        // the card the MQTT journal and the settings need too.
        for (auto &[name, clip] : m_clips)
            closeClip(name, clip);
        closeClip(m_segmentName, m_segment);
        setProblem(QStringLiteral("the card has %1 MiB free, less than "
                                  "recording/min_free_megabytes (%2), and no older clip is left "
                                  "to remove")
                       .arg(out.freeBytes >> 20)
                       .arg(m_config.limits.minFreeBytes >> 20));
        m_retryAt = Clock::now() + m_config.retryDelay;
    }
}

bool Recorder::mayRetry() const
{
    return m_problem.isEmpty() || Clock::now() >= m_retryAt;
}

void Recorder::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    // Said once per state (by the service, which goes Retrying): a full
    // card fails every retry the same way.
    if (problem.isEmpty())
        qCInfo(lcRecording) << "clips can be written again";
    emit problemChanged(problem);
}

void Recorder::publishStats()
{
    m_nextStats = Clock::now() + std::chrono::seconds(1);
    m_stats.packetsDropped = m_inbox->dropped();
    int open = m_segment.writer ? 1 : 0;
    for (const auto &[name, clip] : m_clips)
        open += clip.writer ? 1 : 0;
    m_stats.openClips = open;
    emit statsUpdated(m_stats);
}
