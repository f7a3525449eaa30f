// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "event.h"
#include "eventlog.h"
#include "motion/motioninfo.h"
#include "sensors/tamperdetector.h"
#include "system/service.h"
#include "video/snapshotgrabber.h"

#include <QPointer>
#include <QSet>

#include <array>
#include <functional>
#include <optional>

class Settings;

// Service "events": turns what the detectors say (motion from the motion
// detector, tamper from the Sense HAT) into Events. An event starts with a
// snapshot of that moment (SnapshotGrabber, saved beside the event log) and
// ends when its detector says so; the finished event goes into the event
// log (bounded by events/keep and events/max_megabytes). What the MQTT
// service, the screen and the log need comes out as signals.
//
// At most one event of each type at a time. Stopping the service ends the
// events going on (logged and signalled as they are).
class EventService : public Service
{
    Q_OBJECT
public:
    // snapshots may be null (no camera): events then have no snapshot.
    explicit EventService(const Settings &settings, SnapshotGrabber *snapshots = nullptr,
                          QObject *parent = nullptr);

    // $STATE_DIRECTORY (systemd's StateDirectory=) or the user's application
    // data directory, + "/events".
    static QString defaultDirectory();
    // Names the clip an event's pictures go to (the recorder); an event
    // without one has none. Asked when the event starts.
    using ClipNaming = std::function<QString(const Event &)>;
    void setClipNaming(ClipNaming naming) { m_clipNaming = std::move(naming); }
    // For tests; takes effect on the next start.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const { return m_directory; }

    // The logged events, oldest first, and the file of one's snapshot.
    const QList<Event> &loggedEvents() const { return m_log.events(); }
    QString snapshotPath(const Event &event) const { return m_log.snapshotPath(event); }
    // A person deleted a logged event (the gallery): it leaves the log with
    // its snapshot. False when it is not logged. Its clip is the
    // recorder's and stays.
    bool forgetEvent(const QString &id);
    void forgetAllEvents();
    // Why the log is only in memory (empty while it is on the card).
    QString logProblem() const { return m_log.problem(); }

    bool isActive(Event::Type type) const { return m_active[index(type)].has_value(); }
    // The detection switch, the one place its state lives: the screen's
    // switch, the MQTT command and a change of motion/enabled (its value at
    // start) all set it here, and the motion detector follows it
    // (MotionLink). Off, what the detectors report is no event.
    bool detectionEnabled() const { return m_detection; }
    // Whether snapshots can be taken at all (a camera is wired).
    bool hasCamera() const { return !m_snapshots.isNull(); }

public slots:
    void startMotion(const MotionInfo &info);
    void endMotion(const MotionInfo &info);
    void startTamper(const TamperInfo &info);
    void endTamper(const TamperInfo &info);
    // A snapshot now (remote control): snapshotReady() or snapshotFailed(),
    // not kept on the card.
    void takeSnapshot();
    // Off ends the events going on (logged and signalled as they are).
    void setDetectionEnabled(bool on);

signals:
    void eventStarted(const Event &event);
    // Finished and logged, with its snapshot if one was taken.
    void eventEnded(const Event &event);
    void activeChanged(Event::Type type, bool active);
    // A new snapshot (of an event, or asked for): the JPEG to publish.
    void snapshotReady(const QByteArray &jpeg);
    void snapshotFailed(const QString &reason);
    void logChanged();
    void detectionEnabledChanged(bool on);
    // The snapshot of an event going on is on the card (path: the file).
    void eventSnapshotSaved(const QString &eventId, const QString &path);

protected:
    void startService() override;
    void stopService() override;

private:
    struct Active
    {
        Event event;
        bool ended = false;
        quint64 snapshotRequest = 0; // 0: none waiting
    };
    static int index(Event::Type type) { return type == Event::Type::Tamper ? 1 : 0; }

    void begin(Event event);
    void end(Event::Type type, qint64 endMs);
    void finish(Event::Type type);
    // Ends what goes on now, without waiting for snapshots.
    void endAll();
    void onSnapshot(const SnapshotGrabber::Result &result);
    void noteLogProblem();

    const Settings &m_settings;
    QPointer<SnapshotGrabber> m_snapshots;
    ClipNaming m_clipNaming;
    QString m_directory;
    QString m_device;
    EventLog m_log;
    QString m_reportedProblem;
    std::array<std::optional<Active>, 2> m_active;
    std::array<QString, 2> m_lastId;
    QSet<quint64> m_remoteRequests;
    double m_tamperDegrees = 10;
    double m_tamperG = 0.5;
    bool m_detection;
};
