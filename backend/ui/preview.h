// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QVideoSink>

#include <functional>

class Settings;

// The preview as QML sees it. QML hands over its VideoOutput's sink; main()
// passes it on to the video branch's PreviewBridge (videoSinkChanged ->
// PreviewBridge::setVideoSink) and feeds back the displayed frame rate.
// Snapshots come from the bridge when one is set (its own copy of the frame
// on screen, never a camera buffer), else from the sink's current frame, and
// are saved as JPEG into ui/snapshot_dir.
class Preview : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool sourceAvailable READ sourceAvailable NOTIFY sourceAvailableChanged)
    Q_PROPERTY(bool hasFrame READ hasFrame NOTIFY hasFrameChanged)
    Q_PROPERTY(double displayFps READ displayFps NOTIFY displayFpsChanged)
    Q_PROPERTY(QString lastSnapshot READ lastSnapshot NOTIFY snapshotSaved)
    // A second sink that gets every frame the preview's sink gets, the last
    // one at once (the zone editor's picture); null for none. The frames are
    // shared, not copied, and nothing is done per frame while there is none.
    Q_PROPERTY(QVideoSink *mirrorSink READ mirrorSink WRITE setMirrorSink NOTIFY mirrorSinkChanged)

public:
    using SnapshotSource = std::function<QImage()>;

    explicit Preview(const Settings *settings = nullptr, QObject *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    QVideoSink *mirrorSink() const { return m_mirror; }
    void setMirrorSink(QVideoSink *sink);
    // True when a camera feeds the sink (a PreviewBridge exists).
    bool sourceAvailable() const { return m_sourceAvailable; }
    bool hasFrame() const { return m_hasFrame; }
    double displayFps() const { return m_displayFps; }
    QString lastSnapshot() const { return m_lastSnapshot; }

    void setSnapshotSource(SnapshotSource source) { m_snapshotSource = std::move(source); }

    // Saves the current picture; answers with snapshotSaved or snapshotFailed.
    Q_INVOKABLE void takeSnapshot();

public slots:
    void setSourceAvailable(bool available);
    void setDisplayFps(double fps);

signals:
    void videoSinkChanged(QVideoSink *sink);
    void mirrorSinkChanged();
    void sourceAvailableChanged();
    void hasFrameChanged();
    void displayFpsChanged();
    void snapshotSaved(const QString &path);
    void snapshotFailed(const QString &message);

private:
    void setHasFrame(bool has);
    void connectMirror();

    const Settings *m_settings;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_firstFrame;
    QPointer<QVideoSink> m_mirror;
    QMetaObject::Connection m_mirroring;
    SnapshotSource m_snapshotSource;
    bool m_sourceAvailable = false;
    bool m_hasFrame = false;
    double m_displayFps = 0;
    QString m_lastSnapshot;
};
