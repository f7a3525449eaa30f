// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "eventnotice.h"

#include <QDateTime>

EventNotice::EventNotice(QObject *parent)
    : QObject(parent)
{}

QString EventNotice::type() const
{
    return hasEvent() ? Event::typeName(m_event.type) : QString();
}

QString EventNotice::title() const
{
    if (!hasEvent())
        return {};
    return m_event.type == Event::Type::Tamper ? tr("Camera moved or knocked")
                                               : tr("Motion detected");
}

QString EventNotice::timeText() const
{
    if (!hasEvent())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_event.startMs)
        .toLocalTime()
        .toString(QStringLiteral("HH:mm:ss"));
}

void EventNotice::showStart(const Event &event)
{
    m_event = event;
    emit changed();
    if (!m_snapshot.isEmpty()) {
        m_snapshot.clear();
        emit snapshotChanged();
    }
    emit started();
}

void EventNotice::setSnapshot(const QString &eventId, const QString &path)
{
    if (eventId != m_event.id || path.isEmpty())
        return;
    m_snapshot = QUrl::fromLocalFile(path);
    emit snapshotChanged();
}

void EventNotice::retranslate()
{
    if (hasEvent())
        emit changed();
}
