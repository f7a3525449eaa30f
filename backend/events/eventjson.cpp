// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace EventJson {
namespace {

double rounded(double value, double scale)
{
    return std::isfinite(value) ? std::round(value * scale) / scale : 0.0;
}

bool isTime(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e15 &&
           v.toDouble() == std::floor(v.toDouble());
}

} // namespace

QByteArray toJson(const Event &event, const QString &device, Phase phase)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), event.id);
    o.insert(QStringLiteral("type"), Event::typeName(event.type));
    o.insert(QStringLiteral("phase"),
             phase == Phase::Start ? QStringLiteral("start") : QStringLiteral("end"));
    o.insert(QStringLiteral("device"), device);
    o.insert(QStringLiteral("start"), event.startMs);
    o.insert(QStringLiteral("end"), phase == Phase::End && event.endMs != 0
                                        ? QJsonValue(event.endMs)
                                        : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("peak_score"), rounded(event.peakScore, 1000));
    o.insert(QStringLiteral("snapshot"), phase == Phase::End && !event.snapshot.isEmpty()
                                             ? QJsonValue(event.snapshot)
                                             : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("clip"),
             event.clip.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.clip));
    if (event.type == Event::Type::Motion) {
        QJsonArray zones;
        for (const QRectF &r : event.zones)
            zones.append(QJsonObject{{QStringLiteral("x"), rounded(r.x(), 10000)},
                                     {QStringLiteral("y"), rounded(r.y(), 10000)},
                                     {QStringLiteral("w"), rounded(r.width(), 10000)},
                                     {QStringLiteral("h"), rounded(r.height(), 10000)}});
        o.insert(QStringLiteral("zones"), zones);
    } else {
        o.insert(QStringLiteral("degrees"), rounded(event.degrees, 10));
        o.insert(QStringLiteral("g"), rounded(event.g, 100));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Event> fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto type = Event::typeFromName(o.value(QStringLiteral("type")).toString());
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QJsonValue start = o.value(QStringLiteral("start"));
    const QJsonValue end = o.value(QStringLiteral("end"));
    if (!type || !id.isString() || id.toString().isEmpty() || !isTime(start) ||
        !(end.isNull() || isTime(end)))
        return std::nullopt;
    Event e;
    e.id = id.toString();
    e.type = *type;
    e.startMs = qint64(start.toDouble());
    e.endMs = end.isNull() ? 0 : qint64(end.toDouble());
    e.peakScore = o.value(QStringLiteral("peak_score")).toDouble();
    const QJsonValue snapshot = o.value(QStringLiteral("snapshot"));
    if (snapshot.isString())
        e.snapshot = snapshot.toString();
    const QJsonValue clip = o.value(QStringLiteral("clip"));
    // A plain file name only: whoever opens it must stay in the clips
    // directory whatever a garbled log says.
    if (clip.isString() && !clip.toString().contains(QLatin1Char('/')) &&
        clip.toString().endsWith(QLatin1String(".mp4")))
        e.clip = clip.toString();
    for (const QJsonValue &z : o.value(QStringLiteral("zones")).toArray()) {
        const QJsonObject r = z.toObject();
        e.zones << QRectF(
            r.value(QStringLiteral("x")).toDouble(), r.value(QStringLiteral("y")).toDouble(),
            r.value(QStringLiteral("w")).toDouble(), r.value(QStringLiteral("h")).toDouble());
    }
    e.degrees = o.value(QStringLiteral("degrees")).toDouble();
    e.g = o.value(QStringLiteral("g")).toDouble();
    return e;
}

} // namespace EventJson
