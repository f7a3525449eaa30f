// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "lumadownscaler.h"
#include "motiondetector.h"
#include "motioninfo.h"
#include "system/service.h"

#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

class Frame;
class Settings;

// Service "motion": motion detection on the frames capture already delivers
// (no second capture, no decode). consumeFrame() runs on the capture thread
// (CaptureWiring::connectMotion): at motion/fps it shrinks the frame's luma
// plane at once into a small picture of its own (LumaDownscaler, 160 wide)
// and hands that to the detector on this service's own thread; it keeps no
// frame and never waits. Signals arrive on the thread the service lives on.
// Detection can be switched off and on while running (setDetectionEnabled);
// motion/enabled is where it starts. The switch itself belongs to the
// events service (EventService::detectionEnabled: the screen, MQTT and a
// change of motion/enabled set it there), which this follows through
// MotionLink.
class MotionService : public Service
{
    Q_OBJECT
    Q_PROPERTY(bool detectionEnabled READ detectionEnabled WRITE setDetectionEnabled NOTIFY
                   detectionEnabledChanged)
public:
    explicit MotionService(const Settings &settings, QObject *parent = nullptr);
    ~MotionService() override;

    // The capture consumer: the source's thread, never waits, keeps no frame.
    void consumeFrame(const Frame &frame);

    bool detectionEnabled() const { return m_enabled; }

    // The last activity reported (activityChanged) and its boxes.
    double score() const { return m_score; }
    bool active() const { return m_active; }
    QList<QRectF> zones() const { return m_zones; }

    // Pictures analysed and pictures dropped because the detector was still
    // busy with the one before (any thread; for tests and the log).
    quint64 framesAnalysed() const { return m_analysed.load(); }
    quint64 framesDropped() const { return m_dropped.load(); }

    // Activity is reported at most this often (and whenever "active" changes).
    static constexpr int ActivityIntervalMs = 200;

public slots:
    void setDetectionEnabled(bool on);

signals:
    // MotionInfo (motioninfo.h, shared with the events) as filled here:
    // startMs is the wall clock (Unix ms) of the first analysed frame of the
    // run of motion that started the event; endMs is 0 in motionStarted and,
    // in motionEnded, the wall clock of the last analysed frame with motion
    // (not the moment motion/end_seconds of quiet ran out); peakScore is the
    // largest share (0..1) of the unmasked picture that changed in one frame
    // so far; zones are boxes (normalised 0..1, largest first, at most
    // MotionDetector::MaxZones) around what changed during the event so far.
    void motionStarted(const MotionInfo &info);
    void motionEnded(const MotionInfo &info);
    // score: share of the unmasked picture that changed in the last analysed
    // frame; active: an event is going on. At most every ActivityIntervalMs.
    void activityChanged(double score, bool active);
    // The boxes that changed in the last analysed frame (normalised), sent
    // with activityChanged: for the screen's outlines.
    void zonesChanged(const QList<QRectF> &zones);
    void detectionEnabledChanged(bool on);

protected:
    void startService() override;
    void stopService() override;

private:
    struct Sample
    {
        LumaImage image;
        qint64 timeMs = 0;
    };
    void stopWorker();
    void analysePending();                                            // the worker's thread
    void resetDetector(bool enabled);                                 // the worker's thread
    void report(const MotionDetector::Result &result, qint64 timeMs); // this object's thread
    void setActivity(double score, bool active, const QList<QRectF> &zones, qint64 timeMs,
                     bool forced);

    const Settings &m_settings;
    bool m_enabled;

    // The capture thread's side.
    std::atomic_bool m_accepting{false};
    std::atomic<qint64> m_periodNs{200'000'000};
    std::atomic<qint64> m_lastTakenNs{0};
    std::atomic<qint64> m_wallOffsetMs{0};
    LumaDownscaler m_downscaler;

    // Handing pictures over: at most three exist (being filled, waiting,
    // being analysed); a waiting one is replaced by a newer one.
    QMutex m_mailboxMutex;
    std::unique_ptr<Sample> m_spare;
    std::unique_ptr<Sample> m_pending;
    bool m_posted = false;
    std::atomic<quint64> m_analysed{0};
    std::atomic<quint64> m_dropped{0};

    // The worker's side: the detector lives on m_thread.
    QThread m_thread;
    QObject *m_workerContext = nullptr;
    std::unique_ptr<MotionDetector> m_detector;
    MotionDetector::Config m_config;
    bool m_workerEnabled = false;

    // This object's thread: what was last said.
    bool m_eventOpen = false;
    double m_score = 0;
    bool m_active = false;
    QList<QRectF> m_zones;
    qint64 m_lastActivityMs = 0;
    quint64 m_events = 0;
};
