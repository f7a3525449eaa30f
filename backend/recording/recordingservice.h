// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "events/event.h"
#include "recordingstats.h"
#include "system/service.h"

#include <QSet>
#include <QThread>

class PacketInbox;
class Recorder;
class Settings;

// Service "recording": clips of the events (or continuous segments) from the
// stream encoder's packets, with pre-roll and post-roll, on the card under
// the state directory, kept within recording/max_megabytes and
// recording/min_free_megabytes. Reads recording/* when it starts.
//
// The disk work runs on the service's own thread (a Recorder); the stream
// thread only leaves packet references in the PacketInbox. While recording
// is on, encodingWantedChanged(true) asks the stream service to keep its
// encoder running even when streaming is off.
//
// Running while clips can be written; Retrying (with the reason) while the
// directory is full or read-only; the stream and MQTT go on either way.
class RecordingService : public Service
{
    Q_OBJECT
public:
    RecordingService(const Settings &settings, PacketInbox &inbox, QObject *parent = nullptr);
    ~RecordingService() override;

    // $STATE_DIRECTORY/clips or the user's application data directory.
    static QString defaultDirectory();
    // For tests; take effect on the next start.
    void setDirectory(const QString &directory) { m_directory = directory; }
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }
    QString directory() const { return m_directory; }
    // How long a directory that failed rests before the next attempt.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // The file name (in directory()) that will hold event's pictures; empty
    // when none will (recording off or stopped). In continuous mode the
    // segment being written when it started.
    QString clipName(const Event &event) const;
    bool encodingWanted() const { return m_encodingWanted; }
    // The clips being written (file names in directory()): not to be
    // deleted or played as finished.
    const QSet<QString> &openClips() const { return m_openClips; }
    // Why clips cannot be written now; empty while they can.
    QString problem() const { return m_problem; }
    RecordingStats stats() const { return m_stats; }

public slots:
    void onEventStarted(const Event &event);
    void onEventEnded(const Event &event);

signals:
    void encodingWantedChanged(bool wanted);
    void problemChanged(const QString &problem);
    void statsChanged(const RecordingStats &stats);
    void clipOpened(const QString &name);
    void clipClosed(const QString &name, double seconds, qint64 bytes);

protected:
    void startService() override;
    void stopService() override;

private:
    void stopRecorder();
    void setEncodingWanted(bool wanted);
    void onProblem(const QString &problem);

    const Settings &m_settings;
    PacketInbox &m_inbox;
    QString m_directory;
    QString m_snapshotDirectory;
    QThread m_thread;
    Recorder *m_recorder = nullptr;
    QString m_mode;
    QString m_segment; // continuous: the file being written
    QSet<QString> m_openClips;
    quint64 m_generation = 0; // of m_recorder
    QString m_problem;
    RecordingStats m_stats;
    bool m_encodingWanted = false;
    std::chrono::milliseconds m_retryDelay{10000};
};
