// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <array>
#include <atomic>
#include <chrono>

// Hands camera frames to the QVideoSink of the on-screen VideoOutput. It
// never slows capture: a frame is copied once into one of three reused
// QVideoFrames, and only when the screen took the previous one and the
// rate limit allows; every other frame is skipped. It keeps no camera frame
// once present() returns (the camera's buffers are a budget, FrameBudget):
// snapshots come from its own copy of the frame on screen.
class PreviewBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(double displayFps READ displayFps NOTIFY displayFpsChanged)
public:
    explicit PreviewBridge(QObject *parent = nullptr);
    ~PreviewBridge() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    double displayFps() const { return m_displayFps; }
    void setMaximumFps(double fps);

    // The frame on screen as an RGB image, from the bridge's own copy (empty
    // before the first frame is shown). On the bridge's thread only.
    Q_INVOKABLE QImage snapshot() const;
    // Any thread (the capture source's): a frame that may be shown.
    void present(const Frame &frame);

    quint64 framesShown() const { return m_shown; }
    // Frames given to present(), shown or skipped.
    quint64 framesOffered() const { return m_offered; }
    // How often every ring slot was still held by the renderer.
    quint64 replacedSlots() const { return m_replacedSlots; }
    // "preview: N of M frames shown, X fps, R ring slots replaced".
    QString statsText() const;

signals:
    void videoSinkChanged();
    void displayFpsChanged();

private:
    void show(int slot);
    QVideoFrame *writableSlot(int width, int height);
    static QVideoFrame newFrame(int width, int height);

    QPointer<QVideoSink> m_sink;
    std::atomic_bool m_hasSink{false};
    std::atomic_bool m_pending{false};
    std::atomic<qint64> m_minIntervalNs{1000000000 / 30};
    qint64 m_lastShownNs = 0;
    std::array<QVideoFrame, 3> m_ring;
    int m_next = 0;
    int m_onScreen = -1;                     // the slot last handed to the sink (bridge's thread)
    std::atomic<quint64> m_replacedSlots{0}; // ring slots the renderer still held
    std::atomic<quint64> m_shown{0};
    std::atomic<quint64> m_offered{0};
    quint64 m_shownAtLastTick = 0;
    int m_ticks = 0;
    double m_displayFps = 0;
    QTimer m_fpsTimer;
};
