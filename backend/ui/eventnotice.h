// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "events/event.h"

#include <QObject>
#include <QUrl>

// The newest event as the kiosk screen's toast shows it: what it is (in the
// screen's language), when it started (local time) and its snapshot once
// that is on the card. Fed by the events service (GuardianWiring): started()
// is the toast's cue; the snapshot usually follows within a second.
class EventNotice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasEvent READ hasEvent NOTIFY changed)
    // "motion" or "tamper" (Event::typeName).
    Q_PROPERTY(QString type READ type NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // The start as the wall clock showed it, "14:23:55".
    Q_PROPERTY(QString timeText READ timeText NOTIFY changed)
    // The snapshot file; empty until it is saved (and for events without).
    Q_PROPERTY(QUrl snapshot READ snapshot NOTIFY snapshotChanged)

public:
    explicit EventNotice(QObject *parent = nullptr);

    bool hasEvent() const { return !m_event.id.isEmpty(); }
    QString type() const;
    QString title() const;
    QString timeText() const;
    QUrl snapshot() const { return m_snapshot; }

public slots:
    void showStart(const Event &event);
    // The snapshot of eventId is at path; ignored for an older event.
    void setSnapshot(const QString &eventId, const QString &path);
    void retranslate();

signals:
    void changed();
    void snapshotChanged();
    // A new event began: show it.
    void started();

private:
    Event m_event;
    QUrl m_snapshot;
};
