// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "clipwriter.h"
#include "prerollring.h"
#include "recordingstats.h"
#include "retention.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <map>
#include <memory>

class PacketInbox;

// The recorder's disk side, on the recording thread: takes the encoder's
// packets from the inbox, keeps the pre-roll, and writes clips. Nothing it
// does can hold up the stream (the inbox drops instead) or the network.
//
// - events: beginEvent(name) opens <directory>/<name> with the pre-roll and
//   writes on; endEvent(name) writes post-roll seconds more (of the
//   stream's own clock) and closes it. Two events at once (motion and
//   tamper) are two files.
// - continuous: one file after the other, each about segment minutes,
//   cut at a keyframe.
//
// A directory that cannot be written (full, read-only, gone) is a problem
// (problemChanged), not a failure: the clip ends where the writing failed
// (what is in it plays), retention runs, and the next keyframe after the
// retry delay tries again.
class Recorder : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, Events, Continuous };
    struct Config
    {
        Mode mode = Mode::Events;
        QString directory;         // the clips
        QString snapshotDirectory; // the events' snapshots (retention only)
        double preSeconds = 5;
        double postSeconds = 5;
        double segmentSeconds = 600;
        qint64 preRollMaxBytes = qint64(16) << 20;
        Retention::Limits limits;
        std::chrono::milliseconds retryDelay{10000};
        std::chrono::milliseconds retentionInterval{10000};
    };

    Recorder(const Config &config, PacketInbox *inbox);
    ~Recorder() override;

    // Clip names: "20250516-142355-123-motion.mp4" (UTC), as event ids.
    static QString segmentName(const QDateTime &utc);

public slots:
    void drain();
    void beginEvent(const QString &name);
    void endEvent(const QString &name);
    // Closes every clip (the recorder is stopping).
    void closeAll();

signals:
    void clipOpened(const QString &name);
    void clipClosed(const QString &name, double seconds, qint64 bytes);
    // Empty when the directory can be written again.
    void problemChanged(const QString &problem);
    void statsUpdated(const RecordingStats &stats);

private:
    struct Clip
    {
        std::unique_ptr<ClipWriter> writer;
        qint64 stopPts = -1; // -1: while the event lasts
        bool fromPreRoll = true;
    };

    void handle(const EncodedPacket &packet);
    void formatChanged(const std::shared_ptr<const StreamFormat> &format);
    void rollSegment(const EncodedPacket &packet);
    // Opens a clip and writes the pre-roll (or just the packet); false on
    // a problem (reported).
    bool openClip(const QString &name, Clip &clip, const EncodedPacket *first);
    bool writeTo(const QString &name, Clip &clip, const EncodedPacket &packet);
    void closeClip(const QString &name, Clip &clip);
    void enforceRetention();
    void setProblem(const QString &problem);
    bool mayRetry() const;
    void publishStats();

    Config m_config;
    PacketInbox *m_inbox;
    PreRollRing m_ring;
    Retention m_retention;
    std::shared_ptr<const StreamFormat> m_format;
    std::map<QString, Clip> m_clips; // events mode: by name
    QString m_segmentName;           // continuous mode
    Clip m_segment;
    qint64 m_segmentStartPts = 0;
    qint64 m_lastPts = -1;
    QString m_problem;
    std::chrono::steady_clock::time_point m_retryAt{};
    std::chrono::steady_clock::time_point m_nextRetention{};
    std::chrono::steady_clock::time_point m_nextStats{};
    RecordingStats m_stats;
};
