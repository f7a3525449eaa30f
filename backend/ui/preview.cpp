// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "preview.h"

#include "config/settings.h"
#include "snapshotfile.h"
#include "system/logging.h"

#include <QVideoFrame>

Preview::Preview(const Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

void Preview::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_firstFrame);
    m_sink = sink;
    setHasFrame(false);
    if (sink) {
        // Only the first frame matters here; no per-frame work in the facade.
        m_firstFrame = connect(
            sink, &QVideoSink::videoFrameChanged, this, [this] { setHasFrame(true); },
            Qt::SingleShotConnection);
    }
    connectMirror();
    emit videoSinkChanged(sink);
}

void Preview::setMirrorSink(QVideoSink *sink)
{
    if (sink == m_mirror)
        return;
    m_mirror = sink;
    connectMirror();
    emit mirrorSinkChanged();
}

void Preview::connectMirror()
{
    disconnect(m_mirroring);
    if (!m_sink || !m_mirror)
        return;
    m_mirror->setVideoFrame(m_sink->videoFrame());
    m_mirroring =
        connect(m_sink, &QVideoSink::videoFrameChanged, m_mirror, &QVideoSink::setVideoFrame);
}

void Preview::setSourceAvailable(bool available)
{
    if (available == m_sourceAvailable)
        return;
    m_sourceAvailable = available;
    emit sourceAvailableChanged();
}

void Preview::setDisplayFps(double fps)
{
    if (qFuzzyCompare(fps + 1, m_displayFps + 1))
        return;
    m_displayFps = fps;
    emit displayFpsChanged();
}

void Preview::setHasFrame(bool has)
{
    if (has == m_hasFrame)
        return;
    m_hasFrame = has;
    emit hasFrameChanged();
}

void Preview::takeSnapshot()
{
    QImage image;
    if (m_snapshotSource)
        image = m_snapshotSource();
    else if (m_sink)
        image = m_sink->videoFrame().toImage();
    const QString dir =
        m_settings ? m_settings->text(QStringLiteral("ui/snapshot_dir")) : QString();
    const QString device =
        m_settings ? m_settings->text(QStringLiteral("device/name")) : QStringLiteral("picam");
    const auto result = SnapshotFile::save(image, dir, device);
    if (!result.ok()) {
        qCWarning(lcUi).noquote() << "snapshot not saved:" << result.error;
        emit snapshotFailed(result.error);
        return;
    }
    qCInfo(lcUi).noquote() << "snapshot saved to" << result.path;
    m_lastSnapshot = result.path;
    emit snapshotSaved(result.path);
}
