// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "event.h"

#include <QDateTime>
#include <QTimeZone>

QString Event::typeName(Type type)
{
    return type == Type::Tamper ? QStringLiteral("tamper") : QStringLiteral("motion");
}

std::optional<Event::Type> Event::typeFromName(const QString &name)
{
    if (name == QLatin1String("motion"))
        return Type::Motion;
    if (name == QLatin1String("tamper"))
        return Type::Tamper;
    return std::nullopt;
}

QString Event::makeId(Type type, qint64 startMs)
{
    return QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc())
               .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) +
           typeName(type);
}
