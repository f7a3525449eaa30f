// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "streamservice.h"

#include "avlog.h"
#include "config/settings.h"
#include "framebudget.h"
#include "rtsppublisher.h"
#include "streamworker.h"
#include "system/logging.h"
#include "system/redact.h"

#include <QUrl>

#include <algorithm>
#include <csignal>

StreamService::StreamService(const Settings &settings, QObject *parent)
    : Service(QStringLiteral("stream"), parent)
    , m_settings(settings)
    , m_queue(MaxQueue)
{
    AvLog::install();
    // A server closing the connection must end in EPIPE, not kill us.
    std::signal(SIGPIPE, SIG_IGN);
    m_thread.setObjectName(QStringLiteral("stream"));
    m_logTimer.setInterval(std::chrono::seconds(60));
    connect(&m_logTimer, &QTimer::timeout, this,
            [this] { qCInfo(lcStream).noquote() << statsText(m_stats); });
}

StreamService::~StreamService()
{
    stopWorker();
}

void StreamService::pushFrame(const Frame &frame)
{
    if (!m_queueCopies.load(std::memory_order_relaxed)) {
        m_queue.push(frame);
        return;
    }
    if (!m_queue.isOpen())
        return; // no copy for nobody
    if (!m_copies || m_copies->width() != frame.width() || m_copies->height() != frame.height())
        m_copies = std::make_unique<FramePool>(frame.width(), frame.height());
    const Frame copy = m_copies->copy(frame);
    if (!copy.isNull())
        m_queue.push(copy);
}

void StreamService::setFrameShare(int frames)
{
    const bool copies = frames < Encoding + MinQueue;
    const int depth = copies ? MaxQueue : std::min(MaxQueue, frames - Encoding);
    m_queue.setCapacity(depth);
    m_queueCopies = copies;
    if (frames == FrameBudget::Unlimited)
        qCInfo(lcStream).noquote()
            << QStringLiteral("stream queue: %1 frames (the source's buffers are not limited)")
                   .arg(depth);
    else if (!copies)
        qCInfo(lcStream).noquote()
            << QStringLiteral("stream queue: %1 frames and %2 being encoded, its share of the "
                              "camera's buffers (%3)")
                   .arg(depth)
                   .arg(Encoding)
                   .arg(frames);
    else
        qCInfo(lcStream).noquote()
            << QStringLiteral("stream queue: %1 copied frames; its share of the camera's "
                              "buffers (%2) has no room for %3 being encoded and a queue of %4")
                   .arg(depth)
                   .arg(frames)
                   .arg(Encoding)
                   .arg(MinQueue);
}

QString StreamService::statsText(const StreamStats &s)
{
    return QStringLiteral("stream stats: captured %1, encoded %2, sent %3, dropped %4, "
                          "%5 fps, %6 kbit/s, reconnects %7, %8%9")
        .arg(s.framesCaptured)
        .arg(s.framesEncoded)
        .arg(s.framesSent)
        .arg(s.framesDropped)
        .arg(s.fps, 0, 'f', 1)
        .arg(s.bitrate / 1000, 0, 'f', 0)
        .arg(s.reconnects)
        .arg(s.connected ? QStringLiteral("connected") : QStringLiteral("not connected"))
        .arg(s.lastError.isEmpty() ? QString() : QStringLiteral(", last error: ") + s.lastError);
}

void StreamService::startService()
{
    m_publishing = m_settings.boolValue(QStringLiteral("stream/enabled"));
    if (!m_publishing) {
        stopWorker();
        qCInfo(lcStream) << "streaming is off (stream/enabled=false)";
        // stop() keeps the encoder for the recorder when it wants packets.
        QMetaObject::invokeMethod(this, &StreamService::stop, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcStream).noquote()
        << "publishing to"
        << QUrl(m_settings.text(QStringLiteral("stream/url"))).toString(QUrl::RemoveUserInfo)
        << "over RTSP/TCP";
    // The encoder running for the recorder with the same settings goes on
    // and starts publishing: a clip being written does not end.
    if (m_worker && m_thread.isRunning() && sameWorkerConfig(workerConfig(true), m_workerConfig)) {
        m_workerConfig.publish = true;
        m_worker->setPublishing(true);
        return;
    }
    stopWorker();
    startWorker(true);
}

void StreamService::stopService()
{
    m_publishing = false;
    if (m_tap && m_encodingWanted) {
        if (m_worker) {
            m_worker->setPublishing(false);
            qCInfo(lcStream) << "streaming stopped; the encoder runs on for recording";
        } else {
            startWorker(false);
        }
        return;
    }
    stopWorker();
}

void StreamService::setEncodingWanted(bool wanted)
{
    m_encodingWanted = wanted;
    if (wanted && m_tap && !m_worker)
        startWorker(false);
    else if (!wanted && m_worker && !m_publishing)
        stopWorker();
}

bool StreamService::sameWorkerConfig(const StreamWorker::Config &a, const StreamWorker::Config &b)
{
    return a.url == b.url && a.encoder.encoder == b.encoder.encoder &&
           a.encoder.fps == b.encoder.fps && a.encoder.bitrate == b.encoder.bitrate &&
           a.encoder.keyframeInterval == b.encoder.keyframeInterval && a.tap == b.tap;
}

StreamWorker::Config StreamService::workerConfig(bool publish) const
{
    StreamWorker::Config config;
    const QString url = m_settings.text(QStringLiteral("stream/url"));
    config.url =
        RtspPublisher::urlWithCredentials(url, m_settings.text(QStringLiteral("stream/username")),
                                          m_settings.text(QStringLiteral("stream/password")));
    config.encoder.encoder = m_settings.text(QStringLiteral("stream/encoder"));
    config.encoder.fps = m_settings.intValue(QStringLiteral("camera/framerate"));
    config.encoder.bitrate = m_settings.intValue(QStringLiteral("stream/bitrate"));
    config.encoder.keyframeInterval =
        m_settings.realValue(QStringLiteral("stream/keyframe_interval"));
    config.publish = publish;
    config.tap = m_tap;
    return config;
}

void StreamService::startWorker(bool publish)
{
    const StreamWorker::Config config = workerConfig(publish);
    m_workerConfig = config;
    if (!publish)
        qCInfo(lcStream) << "encoding for recording only (streaming is off)";

    m_stats = {};
    m_queue.open();
    m_worker = new StreamWorker(config, &m_queue);
    m_worker->moveToThread(&m_thread);
    // What the worker says of its session counts only while it publishes:
    // an encode-only worker leaves the service Stopped.
    connect(m_worker, &StreamWorker::connected, this, [this](const QString &encoder) {
        if (!m_publishing)
            return;
        qCInfo(lcStream).noquote() << QStringLiteral("streaming (%1)").arg(encoder);
        reportRunning();
    });
    connect(m_worker, &StreamWorker::retrying, this, [this](const QString &reason, qint64 ms) {
        if (m_publishing)
            reportRetrying(reason, std::chrono::milliseconds(ms));
    });
    connect(m_worker, &StreamWorker::waitingForFrames, this, [this](const QString &reason) {
        qCWarning(lcStream).noquote() << reason;
        if (m_publishing)
            setLastError(reason);
    });
    connect(m_worker, &StreamWorker::failed, this, [this](const QString &reason) {
        if (m_publishing)
            reportFailed(reason);
        else
            qCWarning(lcStream).noquote() << "encoder for recording failed:" << reason;
    });
    connect(m_worker, &StreamWorker::statsUpdated, this, &StreamService::onStats);
    connect(m_worker, &StreamWorker::finished, &m_thread, &QThread::quit);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &StreamWorker::run, Qt::QueuedConnection);
    m_logTimer.start();
}

void StreamService::stopWorker()
{
    m_logTimer.stop();
    if (!m_worker)
        return;
    m_worker->requestStop();
    m_queue.close();
    m_thread.quit();
    m_thread.wait();
    // Take the worker's last figures: its final queued signal would arrive
    // after the worker is gone.
    m_stats = m_worker->finalStats();
    delete m_worker;
    m_worker = nullptr;
    m_stats.framesCaptured = m_queue.pushed();
    m_stats.framesDropped = m_queue.dropped();
    m_stats.connected = false;
    qCInfo(lcStream).noquote() << statsText(m_stats);
    emit statsChanged(m_stats);
}

void StreamService::onStats(const StreamStats &stats)
{
    if (!m_worker)
        return;
    m_stats = stats;
    emit statsChanged(stats);
}
