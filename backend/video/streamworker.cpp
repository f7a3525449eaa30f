// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "streamworker.h"

#include "framequeue.h"
#include "packettap.h"
#include "rtsppublisher.h"
#include "system/backoff.h"
#include "system/logging.h"

extern "C" {
#include <libavcodec/packet.h>
}

using Clock = std::chrono::steady_clock;

StreamWorker::StreamWorker(const Config &config, FrameQueue *queue)
    : m_config(config)
    , m_queue(queue)
    , m_publish(config.publish)
{}

void StreamWorker::run()
{
    H264Encoder encoder;
    RtspPublisher publisher;
    publisher.setAbortFlag(&m_stop);
    publisher.setIoTimeout(m_config.ioTimeout);
    publisher.setExpectedRate(m_config.encoder.bitrate / 8);
    Backoff backoff;
    Clock::time_point nextAttempt = Clock::now();
    bool everConnected = false;
    bool waitingForKeyframe = true;
    bool keyframeRequested = false;
    m_lastPublish = Clock::now();
    const auto started = Clock::now();
    bool saidWaiting = false;
    int encodedWidth = 0;
    int encodedHeight = 0;
    PacketTap *const tap = m_config.tap;
    bool publishing = m_publish;

    while (!m_stop) {
        const Frame frame = m_queue->pop(std::chrono::milliseconds(200));
        if (m_stop)
            break;
        if (publishing != m_publish) {
            publishing = m_publish;
            if (!publishing && publisher.isOpen()) {
                publisher.close();
                m_stats.connected = false;
                publishStats(true);
            }
            backoff.reset();
            nextAttempt = Clock::now();
        }
        if (frame.isNull() && !encoder.isOpen() && !saidWaiting &&
            Clock::now() - started > std::chrono::seconds(5)) {
            saidWaiting = true;
            emit waitingForFrames(QStringLiteral("waiting for frames: the video service delivers "
                                                 "none"));
        }
        if (!frame.isNull() && encoder.isOpen() &&
            (frame.width() != encodedWidth || frame.height() != encodedHeight)) {
            // Capture restarted with another size: the SDP changes too.
            qCInfo(lcStream) << "picture size changed to" << frame.width() << "x" << frame.height()
                             << "- new encoder and session";
            publisher.close();
            m_stats.connected = false;
            encoder.close();
            nextAttempt = Clock::now();
        }
        if (!frame.isNull() && !encoder.isOpen()) {
            encodedWidth = frame.width();
            encodedHeight = frame.height();
            H264Encoder::Config config = m_config.encoder;
            config.width = frame.width();
            config.height = frame.height();
            if (!encoder.open(config)) {
                emit failed(encoder.error());
                break;
            }
            qCInfo(lcStream).noquote() << "encoding with" << encoder.description();
            if (tap)
                tap->encoderOpened(encoder.context());
        }
        if (publishing && encoder.isOpen() && !publisher.isOpen() && Clock::now() >= nextAttempt) {
            if (publisher.open(m_config.url, encoder.context())) {
                backoff.reset();
                if (everConnected)
                    ++m_stats.reconnects;
                everConnected = true;
                waitingForKeyframe = true;
                keyframeRequested = false;
                m_latency.reset();
                m_stats.connected = true;
                // Recovered: the error that made it reconnect is history
                // (picam/{device}/stream said it long after the stream was back).
                m_stats.lastError.clear();
                emit connected(encoder.description());
                publishStats(true);
            } else {
                const auto delay = backoff.next();
                nextAttempt = Clock::now() + delay;
                m_stats.lastError = publisher.error();
                emit retrying(publisher.error(), delay.count());
                publishStats(true);
            }
        }
        // Without a session the frame is encoded for the tap alone.
        if (frame.isNull() || (!publisher.isOpen() && !(tap && tap->wantsPackets()))) {
            publishStats(false);
            continue;
        }

        // The first frame a receiver gets after (re)connecting is a keyframe:
        // ask for one, and skip anything the encoder had in flight before it.
        const bool forceKeyframe = publisher.isOpen() && waitingForKeyframe && !keyframeRequested;
        if (publisher.isOpen())
            keyframeRequested = true;
        bool lost = false;
        m_latency.dequeued(frame.timestampNs(), Frame::monotonicNowNs());
        const bool encoded = encoder.encode(frame, forceKeyframe, [&](AVPacket *packet) {
            ++m_stats.framesEncoded;
            const qint64 captureNs = encoder.captureTimestampNs(packet);
            m_latency.encoded(captureNs, Frame::monotonicNowNs());
            // The tap first: it queues and returns, the network may block.
            if (tap)
                tap->packetEncoded(packet);
            if (!publisher.isOpen())
                return true;
            if (waitingForKeyframe && !(packet->flags & AV_PKT_FLAG_KEY))
                return true;
            waitingForKeyframe = false;
            const int size = packet->size;
            if (!publisher.write(packet)) {
                lost = true;
                return false;
            }
            if (captureNs > 0)
                m_latency.sent(captureNs, Frame::monotonicNowNs());
            ++m_stats.framesSent;
            m_bytes += quint64(size);
            return true;
        });
        if (!encoded) {
            emit failed(encoder.error());
            break;
        }
        if (lost) {
            const QString reason = publisher.error();
            publisher.close();
            m_stats.connected = false;
            m_stats.lastError = reason;
            if (m_stop)
                break;
            const auto delay = backoff.next();
            nextAttempt = Clock::now() + delay;
            emit retrying(reason, delay.count());
            publishStats(true);
            continue;
        }
        publishStats(false);
    }
    publisher.close();
    m_stats.connected = false;
    publishStats(true);
    emit finished();
}

void StreamWorker::publishStats(bool force)
{
    const auto now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_lastPublish).count();
    if (!force && elapsed < 1.0)
        return;
    m_stats.framesCaptured = m_queue->pushed();
    m_stats.framesDropped = m_queue->dropped();
    if (elapsed >= 0.5) {
        m_stats.fps = double(m_stats.framesSent - m_sentAtLastPublish) / elapsed;
        m_stats.bitrate = double(m_bytes - m_bytesAtLastPublish) * 8 / elapsed;
        m_sentAtLastPublish = m_stats.framesSent;
        m_bytesAtLastPublish = m_bytes;
        m_lastPublish = now;
    }
    m_latency.summarise(Frame::monotonicNowNs(), m_stats);
    if (m_stats == m_lastPublished)
        return;
    m_lastPublished = m_stats;
    emit statsUpdated(m_stats);
}
