// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "readingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace ReadingJson {
namespace {

QByteArray jsonString(const QString &text)
{
    // QJsonDocument does the escaping; strip the array brackets around it.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray number(double value)
{
    if (value == 0.0)
        return QByteArrayLiteral("0"); // no "-0" from rounding a small negative value
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray toJson(const SensorReading &reading, const QString &device)
{
    QByteArray out;
    out.reserve(320);
    out += '{';
    bool first = true;
    const auto append = [&out, &first](const QByteArray &key, const QByteArray &value) {
        if (!first)
            out += ',';
        first = false;
        out += '"' + key + "\":" + value;
    };
    const auto appendField = [&reading, &append](int f) {
        const auto field = SensorReading::Field(f);
        const auto value = reading.rounded(field);
        if (value && std::isfinite(*value))
            append(SensorReading::info(field).name, number(*value));
    };

    for (int f = 0; f < SensorReading::OriginalFieldCount; ++f)
        appendField(f);
    append("ts", QByteArray::number(reading.timestampMs));
    append("device", jsonString(device));
    for (int f = SensorReading::OriginalFieldCount; f < SensorReading::FieldCount; ++f)
        appendField(f);
    out += '}';
    return out;
}

} // namespace ReadingJson
