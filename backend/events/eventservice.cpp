// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "eventservice.h"

#include "config/settings.h"
#include "system/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

EventService::EventService(const Settings &settings, SnapshotGrabber *snapshots, QObject *parent)
    : Service(QStringLiteral("events"), parent)
    , m_settings(settings)
    , m_snapshots(snapshots)
    , m_directory(defaultDirectory())
    , m_detection(settings.boolValue(QStringLiteral("motion/enabled")))
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<MotionInfo>();
    qRegisterMetaType<TamperInfo>();
    if (snapshots)
        connect(snapshots, &SnapshotGrabber::taken, this, &EventService::onSnapshot);
    // The setting switches detection like the screen and MQTT do.
    connect(&settings, &Settings::valueChanged, this, [this](const QString &key) {
        if (key == QLatin1String("motion/enabled"))
            setDetectionEnabled(m_settings.boolValue(key));
    });
}

QString EventService::defaultDirectory()
{
    const QByteArray state = qgetenv("STATE_DIRECTORY");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                        : QFile::decodeName(state.split(':').constFirst());
    return base + QStringLiteral("/events");
}

void EventService::startService()
{
    m_device = m_settings.text(QStringLiteral("device/name"));
    m_tamperDegrees = m_settings.realValue(QStringLiteral("tamper/degrees"));
    m_tamperG = m_settings.realValue(QStringLiteral("tamper/g"));
    EventLog::Limits limits;
    limits.maxCount = m_settings.intValue(QStringLiteral("events/keep"));
    limits.maxBytes = qint64(m_settings.intValue(QStringLiteral("events/max_megabytes"))) << 20;
    m_reportedProblem.clear();
    m_log.open(m_directory, limits, m_device);
    qCInfo(lcEvents).noquote() << QStringLiteral(
                                      "events: %1 in the log at %2 (%3 KiB; keeping up to %4 "
                                      "events and %5 MiB)")
                                      .arg(m_log.events().size())
                                      .arg(m_directory)
                                      .arg(m_log.bytes() / 1024)
                                      .arg(limits.maxCount)
                                      .arg(limits.maxBytes >> 20);
    if (m_log.skippedLines() > 0)
        qCWarning(lcEvents) << "events: skipped" << m_log.skippedLines()
                            << "unreadable line(s) of the event log";
    if (m_log.removedOrphans() > 0)
        qCInfo(lcEvents) << "events: removed" << m_log.removedOrphans()
                         << "snapshot(s) of events that were never logged";
    reportRunning();
    noteLogProblem();
    emit logChanged();
}

void EventService::setDetectionEnabled(bool on)
{
    if (on == m_detection)
        return;
    m_detection = on;
    qCInfo(lcEvents) << "detection" << (on ? "on" : "off");
    if (!on)
        endAll();
    emit detectionEnabledChanged(on);
}

void EventService::stopService()
{
    endAll();
}

void EventService::endAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Event::Type type : {Event::Type::Motion, Event::Type::Tamper}) {
        if (!m_active[index(type)])
            continue;
        Active &a = *m_active[index(type)];
        if (!a.ended)
            end(type, now);
        if (m_active[index(type)])
            finish(type); // without waiting for the snapshot
    }
}

void EventService::startMotion(const MotionInfo &info)
{
    if (state() != State::Running || !m_detection)
        return;
    Event e;
    e.type = Event::Type::Motion;
    e.startMs = info.startMs > 0 ? info.startMs : QDateTime::currentMSecsSinceEpoch();
    e.peakScore = info.peakScore;
    e.zones = info.zones;
    begin(e);
}

void EventService::endMotion(const MotionInfo &info)
{
    Active *a =
        m_active[index(Event::Type::Motion)] ? &*m_active[index(Event::Type::Motion)] : nullptr;
    if (!a || a->ended)
        return;
    a->event.peakScore = std::max(a->event.peakScore, info.peakScore);
    if (!info.zones.isEmpty())
        a->event.zones = info.zones;
    end(Event::Type::Motion, info.endMs > 0 ? info.endMs : QDateTime::currentMSecsSinceEpoch());
}

void EventService::startTamper(const TamperInfo &info)
{
    if (state() != State::Running || !m_detection)
        return;
    Event e;
    e.type = Event::Type::Tamper;
    e.startMs = info.startMs > 0 ? info.startMs : QDateTime::currentMSecsSinceEpoch();
    e.degrees = info.peakDegrees;
    e.g = info.peakG;
    e.peakScore = std::max(info.peakDegrees / m_tamperDegrees, info.peakG / m_tamperG);
    begin(e);
}

void EventService::endTamper(const TamperInfo &info)
{
    Active *a =
        m_active[index(Event::Type::Tamper)] ? &*m_active[index(Event::Type::Tamper)] : nullptr;
    if (!a || a->ended)
        return;
    a->event.degrees = std::max(a->event.degrees, info.peakDegrees);
    a->event.g = std::max(a->event.g, info.peakG);
    a->event.peakScore = std::max(a->event.degrees / m_tamperDegrees, a->event.g / m_tamperG);
    end(Event::Type::Tamper, info.endMs > 0 ? info.endMs : QDateTime::currentMSecsSinceEpoch());
}

void EventService::begin(Event e)
{
    const int i = index(e.type);
    if (m_active[i]) {
        // A new start before the end: the old one ends here.
        if (!m_active[i]->ended)
            end(e.type, e.startMs);
        if (m_active[i])
            finish(e.type);
    }
    e.id = Event::makeId(e.type, e.startMs);
    for (int n = 2; e.id == m_lastId[i]; ++n)
        e.id = Event::makeId(e.type, e.startMs) + QStringLiteral("-%1").arg(n);
    m_lastId[i] = e.id;
    if (m_clipNaming)
        e.clip = m_clipNaming(e);
    Active a;
    a.event = e;
    if (m_snapshots)
        a.snapshotRequest =
            m_snapshots->request(QDir(m_directory).filePath(e.id + QStringLiteral(".jpg")));
    m_active[i] = a;
    qCInfo(lcEvents).noquote() << "event started:" << e.id;
    emit activeChanged(e.type, true);
    emit eventStarted(e);
}

void EventService::end(Event::Type type, qint64 endMs)
{
    Active &a = *m_active[index(type)];
    a.event.endMs = std::max(endMs, a.event.startMs);
    a.ended = true;
    emit activeChanged(type, false);
    if (a.snapshotRequest == 0)
        finish(type);
}

void EventService::finish(Event::Type type)
{
    const Event e = m_active[index(type)]->event;
    m_active[index(type)].reset();
    m_log.append(e);
    noteLogProblem();
    qCInfo(lcEvents).noquote() << QStringLiteral("event ended: %1 after %2 s, peak score %3%4")
                                      .arg(e.id)
                                      .arg(double(e.endMs - e.startMs) / 1000, 0, 'f', 1)
                                      .arg(e.peakScore, 0, 'f', 2)
                                      .arg(e.snapshot.isEmpty() ? QStringLiteral(", no snapshot")
                                                                : QString());
    // The log may have dropped the snapshot (no room): say what it kept.
    const Event &logged = m_log.events().isEmpty() ? e : m_log.events().constLast();
    emit eventEnded(logged.id == e.id ? logged : e);
    emit logChanged();
}

void EventService::takeSnapshot()
{
    if (!m_snapshots) {
        emit snapshotFailed(QStringLiteral("no camera"));
        return;
    }
    m_remoteRequests << m_snapshots->request();
}

void EventService::onSnapshot(const SnapshotGrabber::Result &result)
{
    if (m_remoteRequests.remove(result.id)) {
        if (result.jpeg.isEmpty())
            emit snapshotFailed(result.error);
        else
            emit snapshotReady(result.small);
        return;
    }
    for (Event::Type type : {Event::Type::Motion, Event::Type::Tamper}) {
        auto &slot = m_active[index(type)];
        if (!slot || slot->snapshotRequest != result.id)
            continue;
        slot->snapshotRequest = 0;
        if (!result.path.isEmpty()) {
            slot->event.snapshot = QFileInfo(result.path).fileName();
            emit eventSnapshotSaved(slot->event.id, result.path);
        }
        if (!result.jpeg.isEmpty())
            emit snapshotReady(result.small);
        if (slot->ended)
            finish(type);
        return;
    }
    // The event it was for is over (the service stopped): nobody needs it.
    if (!result.path.isEmpty())
        QFile::remove(result.path);
}

void EventService::noteLogProblem()
{
    const QString problem = m_log.problem();
    if (problem == m_reportedProblem)
        return;
    m_reportedProblem = problem;
    if (problem.isEmpty()) {
        qCInfo(lcEvents) << "events: the event log can be written again";
        setLastError({});
    } else {
        const QString text = QStringLiteral("event log kept in memory only: %1").arg(problem);
        qCWarning(lcEvents).noquote() << text;
        setLastError(text);
    }
}

bool EventService::forgetEvent(const QString &id)
{
    if (!m_log.remove(id))
        return false;
    noteLogProblem();
    emit logChanged();
    return true;
}

void EventService::forgetAllEvents()
{
    m_log.clear();
    noteLogProblem();
    emit logChanged();
}
