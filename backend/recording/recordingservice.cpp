// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "recordingservice.h"

#include "config/settings.h"
#include "events/eventservice.h"
#include "packetinbox.h"
#include "recorder.h"
#include "system/logging.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <utility>

RecordingService::RecordingService(const Settings &settings, PacketInbox &inbox, QObject *parent)
    : Service(QStringLiteral("recording"), parent)
    , m_settings(settings)
    , m_inbox(inbox)
    , m_directory(defaultDirectory())
    , m_snapshotDirectory(EventService::defaultDirectory())
{
    qRegisterMetaType<RecordingStats>();
    m_thread.setObjectName(QStringLiteral("recording"));
}

RecordingService::~RecordingService()
{
    stopRecorder();
}

QString RecordingService::defaultDirectory()
{
    // Beside the events: the state directory's "clips".
    return QFileInfo(EventService::defaultDirectory()).path() + QStringLiteral("/clips");
}

QString RecordingService::clipName(const Event &event) const
{
    if (!m_recorder)
        return {};
    if (m_mode == QLatin1String("continuous"))
        return m_segment;
    return event.id + QStringLiteral(".mp4");
}

void RecordingService::startService()
{
    stopRecorder();
    m_mode = m_settings.text(QStringLiteral("recording/mode"));
    if (m_mode == QLatin1String("off")) {
        qCInfo(lcRecording) << "recording is off (recording/mode=off)";
        QMetaObject::invokeMethod(this, &RecordingService::stop, Qt::QueuedConnection);
        return;
    }
    Recorder::Config config;
    config.mode =
        m_mode == QLatin1String("continuous") ? Recorder::Mode::Continuous : Recorder::Mode::Events;
    config.directory = m_directory;
    config.snapshotDirectory = m_snapshotDirectory;
    config.preSeconds = m_settings.realValue(QStringLiteral("recording/pre_seconds"));
    config.postSeconds = m_settings.realValue(QStringLiteral("recording/post_seconds"));
    config.segmentSeconds = 60.0 * m_settings.intValue(QStringLiteral("recording/segment_minutes"));
    config.limits.maxBytes = qint64(m_settings.intValue(QStringLiteral("recording/max_megabytes")))
                             << 20;
    config.limits.minFreeBytes =
        qint64(m_settings.intValue(QStringLiteral("recording/min_free_megabytes"))) << 20;
    // Room for the pre-roll and a keyframe interval at three times the
    // target rate (x264's ultrafast overshoots on detail), and never less
    // than 2 MiB.
    const double bitrate = m_settings.intValue(QStringLiteral("stream/bitrate"));
    const double seconds =
        config.preSeconds + m_settings.realValue(QStringLiteral("stream/keyframe_interval"));
    config.preRollMaxBytes = std::max<qint64>(qint64(2) << 20, qint64(3 * seconds * bitrate / 8));
    config.retryDelay = m_retryDelay;

    m_problem.clear();
    m_segment.clear();
    m_stats = {};
    m_recorder = new Recorder(config, &m_inbox);
    m_recorder->moveToThread(&m_thread);
    connect(m_recorder, &Recorder::problemChanged, this, &RecordingService::onProblem);
    // A clip the last recorder opened may still be queued when it is gone.
    const quint64 generation = ++m_generation;
    connect(m_recorder, &Recorder::clipOpened, this, [this, generation](const QString &name) {
        if (generation != m_generation)
            return;
        if (m_mode == QLatin1String("continuous"))
            m_segment = name;
        m_openClips.insert(name);
        emit clipOpened(name);
    });
    connect(m_recorder, &Recorder::clipClosed, this,
            [this, generation](const QString &name, double seconds, qint64 bytes) {
                if (generation != m_generation)
                    return; // stopRecorder() said so already
                m_openClips.remove(name);
                emit clipClosed(name, seconds, bytes);
            });
    connect(m_recorder, &Recorder::statsUpdated, this, [this](const RecordingStats &s) {
        m_stats = s;
        emit statsChanged(s);
    });
    m_thread.start();
    Recorder *recorder = m_recorder;
    m_inbox.setReceiver(recorder, [recorder] { recorder->drain(); });
    qCInfo(lcRecording).noquote()
        << QStringLiteral("recording %1 to %2 (%3 s before, %4 s after; at most %5 MiB, "
                          "keeping %6 MiB free)")
               .arg(m_mode == QLatin1String("continuous") ? QStringLiteral("continuously")
                                                          : QStringLiteral("events"),
                    m_directory)
               .arg(config.preSeconds)
               .arg(config.postSeconds)
               .arg(config.limits.maxBytes >> 20)
               .arg(config.limits.minFreeBytes >> 20);
    setEncodingWanted(true);
    reportRunning();
}

void RecordingService::stopService()
{
    stopRecorder();
}

void RecordingService::stopRecorder()
{
    setEncodingWanted(false);
    if (!m_recorder)
        return;
    m_inbox.setReceiver(nullptr, {});
    m_thread.quit();
    m_thread.wait();
    // The thread is over: the recorder's last work runs here.
    m_recorder->closeAll();
    qCInfo(lcRecording).noquote()
        << QStringLiteral("recording stats: %1 clip(s), %2 KiB written, %3 packet(s) dropped, "
                          "%4 file(s) removed by retention")
               .arg(m_stats.clips)
               .arg(m_stats.bytesWritten / 1024)
               .arg(m_stats.packetsDropped)
               .arg(m_stats.removedFiles);
    delete m_recorder;
    m_recorder = nullptr;
    // Its clipOpened and clipClosed still queued here are over.
    ++m_generation;
    m_segment.clear();
    // Whatever closeAll() did not report is not being written any more.
    for (const QString &name : std::exchange(m_openClips, {}))
        emit clipClosed(name, 0, 0);
}

void RecordingService::setEncodingWanted(bool wanted)
{
    if (wanted == m_encodingWanted)
        return;
    m_encodingWanted = wanted;
    emit encodingWantedChanged(wanted);
}

void RecordingService::onEventStarted(const Event &event)
{
    if (!m_recorder || event.clip.isEmpty() || m_mode == QLatin1String("continuous"))
        return;
    Recorder *recorder = m_recorder;
    const QString name = event.clip;
    QMetaObject::invokeMethod(recorder, [recorder, name] { recorder->beginEvent(name); });
}

void RecordingService::onEventEnded(const Event &event)
{
    if (!m_recorder || event.clip.isEmpty() || m_mode == QLatin1String("continuous"))
        return;
    Recorder *recorder = m_recorder;
    const QString name = event.clip;
    QMetaObject::invokeMethod(recorder, [recorder, name] { recorder->endEvent(name); });
}

void RecordingService::onProblem(const QString &problem)
{
    if (!m_recorder)
        return;
    m_problem = problem;
    emit problemChanged(problem);
    if (problem.isEmpty())
        reportRunning();
    else
        reportRetrying(problem, m_retryDelay);
}
