// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motionservice.h"

#include "config/settings.h"
#include "system/logging.h"
#include "video/frame.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace {

// A frame counts as due this much before its period is over, so that a
// 30 fps camera gives exactly every sixth frame at 5 fps despite jitter.
constexpr qint64 SlackNs = 8'000'000;

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

MotionService::MotionService(const Settings &settings, QObject *parent)
    : Service(QStringLiteral("motion"), parent)
    , m_settings(settings)
    , m_enabled(settings.boolValue(QStringLiteral("motion/enabled")))
{
    qRegisterMetaType<MotionInfo>();
    m_thread.setObjectName(QStringLiteral("motion"));
}

MotionService::~MotionService()
{
    stopWorker();
}

void MotionService::startService()
{
    stopWorker();
    m_config = MotionDetector::Config::fromSettings(m_settings);
    const int fps = std::max(1, m_settings.intValue(QStringLiteral("motion/fps")));
    m_periodNs = 1'000'000'000LL / fps;
    m_lastTakenNs = 0;
    m_wallOffsetMs = QDateTime::currentMSecsSinceEpoch() - Frame::monotonicNowNs() / 1'000'000;
    m_detector = std::make_unique<MotionDetector>(m_config);
    m_workerEnabled = m_enabled;
    {
        QMutexLocker lock(&m_mailboxMutex);
        m_pending.reset();
        m_posted = false;
        m_workerContext = new QObject;
        m_workerContext->moveToThread(&m_thread);
    }
    m_thread.start();
    m_accepting = m_enabled;
    qCInfo(lcMotion).noquote()
        << QStringLiteral("motion detection %1: %2 pictures/s of %3 px wide; a pixel changed at %4 "
                          "levels, motion at %5 of the picture, %6 frame(s) in a row start an "
                          "event, %7 s without motion end it; %8 masked area(s)")
               .arg(m_enabled ? QStringLiteral("on") : QStringLiteral("off (switched on later)"))
               .arg(fps)
               .arg(LumaDownscaler::DefaultWidth)
               .arg(MotionDetector::threshold(m_config.sensitivity))
               .arg(percent(m_config.minArea))
               .arg(m_config.startFrames)
               .arg(double(m_config.endMs) / 1000.0)
               .arg(m_config.mask.size());
    reportRunning();
}

void MotionService::stopService()
{
    stopWorker();
}

void MotionService::stopWorker()
{
    m_accepting = false;
    {
        QMutexLocker lock(&m_mailboxMutex);
        if (!m_workerContext)
            return;
    }
    m_thread.quit();
    m_thread.wait();
    {
        QMutexLocker lock(&m_mailboxMutex);
        delete m_workerContext; // the capture thread posts to it only under the lock
        m_workerContext = nullptr;
        m_pending.reset();
        m_posted = false;
    }
    // What the detector said before it stopped comes first; then an event
    // still going on ends now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    const std::optional<MotionInfo> ended = m_detector ? m_detector->finish() : std::nullopt;
    if (ended && m_eventOpen) {
        m_eventOpen = false;
        qCInfo(lcMotion).noquote() << QStringLiteral("motion ended (detection stopped)");
        emit motionEnded(*ended);
    }
    setActivity(0, false, {}, m_lastActivityMs, true);
    qCInfo(lcMotion).noquote() << QStringLiteral("motion detection stopped: %1 pictures analysed, "
                                                 "%2 dropped, %3 event(s)")
                                      .arg(m_analysed.load())
                                      .arg(m_dropped.load())
                                      .arg(m_events);
}

void MotionService::setDetectionEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    qCInfo(lcMotion).noquote() << "motion detection switched" << (on ? "on" : "off");
    QMutexLocker lock(&m_mailboxMutex);
    if (m_workerContext) {
        m_lastTakenNs = 0;
        m_accepting = on;
        // In order with the pictures already handed over: those before it
        // are analysed, those after it wait for detection to be on again.
        QMetaObject::invokeMethod(
            m_workerContext, [this, on] { resetDetector(on); }, Qt::QueuedConnection);
    }
    lock.unlock();
    emit detectionEnabledChanged(on);
}

void MotionService::consumeFrame(const Frame &frame)
{
    if (!m_accepting.load(std::memory_order_relaxed))
        return;
    const qint64 t = frame.timestampNs();
    const qint64 last = m_lastTakenNs.load(std::memory_order_relaxed);
    if (last != 0 && t >= last && t - last < m_periodNs.load(std::memory_order_relaxed) - SlackNs)
        return;
    m_lastTakenNs.store(t, std::memory_order_relaxed);

    std::unique_ptr<Sample> sample;
    {
        QMutexLocker lock(&m_mailboxMutex);
        sample = std::move(m_spare);
    }
    if (!sample)
        sample = std::make_unique<Sample>(); // the first two or three pictures only
    // The frame is read here and nowhere else: nothing of it is kept.
    m_downscaler.downscale(frame.plane(0), frame.stride(0), frame.width(), frame.height(),
                           sample->image);
    sample->timeMs = t / 1'000'000 + m_wallOffsetMs.load(std::memory_order_relaxed);

    QMutexLocker lock(&m_mailboxMutex);
    if (!m_workerContext)
        return;
    if (m_pending) {
        ++m_dropped; // the detector is behind: the newer picture replaces it
        m_spare = std::move(m_pending);
    }
    m_pending = std::move(sample);
    if (!m_posted) {
        m_posted = true;
        QMetaObject::invokeMethod(
            m_workerContext, [this] { analysePending(); }, Qt::QueuedConnection);
    }
}

void MotionService::analysePending()
{
    std::unique_ptr<Sample> sample;
    {
        QMutexLocker lock(&m_mailboxMutex);
        sample = std::move(m_pending);
        m_posted = false;
    }
    if (!sample)
        return;
    if (m_workerEnabled && m_detector) {
        const MotionDetector::Result result = m_detector->analyse(sample->image, sample->timeMs);
        if (result.verdict == MotionDetector::Verdict::LightChange ||
            result.verdict == MotionDetector::Verdict::GlobalChange)
            qCDebug(lcMotion).noquote()
                << QStringLiteral("%1: %2 of the picture changed (light model: gain %3, "
                                  "offset %4), not motion")
                       .arg(result.verdict == MotionDetector::Verdict::LightChange
                                ? QStringLiteral("light change")
                                : QStringLiteral("global change"),
                            percent(result.changedShare))
                       .arg(result.gain, 0, 'f', 2)
                       .arg(result.offset, 0, 'f', 1);
        ++m_analysed;
        QMetaObject::invokeMethod(
            this, [this, result, t = sample->timeMs] { report(result, t); }, Qt::QueuedConnection);
    }
    QMutexLocker lock(&m_mailboxMutex);
    if (!m_spare)
        m_spare = std::move(sample);
}

void MotionService::resetDetector(bool enabled)
{
    m_workerEnabled = enabled;
    const std::optional<MotionInfo> ended = m_detector ? m_detector->finish() : std::nullopt;
    // The background starts again from the next picture.
    m_detector = std::make_unique<MotionDetector>(m_config);
    QMetaObject::invokeMethod(
        this,
        [this, ended] {
            if (ended && m_eventOpen) {
                m_eventOpen = false;
                qCInfo(lcMotion).noquote() << QStringLiteral("motion ended (detection off)");
                emit motionEnded(*ended);
            }
            setActivity(0, false, {}, m_lastActivityMs, true);
        },
        Qt::QueuedConnection);
}

void MotionService::report(const MotionDetector::Result &result, qint64 timeMs)
{
    if (result.started) {
        m_eventOpen = true;
        ++m_events;
        qCInfo(lcMotion).noquote()
            << QStringLiteral("motion started: %1 of the picture, %2 zone(s)")
                   .arg(percent(result.started->peakScore))
                   .arg(result.started->zones.size());
        emit motionStarted(*result.started);
    }
    if (result.ended && m_eventOpen) {
        m_eventOpen = false;
        const MotionInfo &info = *result.ended;
        qCInfo(lcMotion).noquote()
            << QStringLiteral("motion ended after %1 s, peak %2 of the picture")
                   .arg(double(info.endMs - info.startMs) / 1000.0, 0, 'f', 1)
                   .arg(percent(info.peakScore));
        emit motionEnded(info);
    }
    setActivity(result.score, result.active, result.zones, timeMs,
                result.started.has_value() || result.ended.has_value());
}

void MotionService::setActivity(double score, bool active, const QList<QRectF> &zones,
                                qint64 timeMs, bool forced)
{
    const bool changed =
        active != m_active || std::abs(score - m_score) >= 0.001 || zones != m_zones;
    if (!changed)
        return;
    // A quarter of slack, so that 5 pictures a second are all reported.
    if (!forced && active == m_active && timeMs - m_lastActivityMs < ActivityIntervalMs * 3 / 4 &&
        timeMs >= m_lastActivityMs)
        return;
    m_score = score;
    m_active = active;
    m_lastActivityMs = timeMs;
    if (zones != m_zones) {
        m_zones = zones;
        emit zonesChanged(zones);
    }
    emit activityChanged(score, active);
}
