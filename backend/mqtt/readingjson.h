// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "sensors/sensorreading.h"

#include <QByteArray>
#include <QString>

// The one place a SensorReading becomes the JSON the web page, Home Assistant
// and every other subscriber read. Keys keep the original payload's order:
// the ten original fields (original names, units and rounding, as JSON
// numbers), then "ts" (capture time, Unix ms), "device", then the extras
// (temp_cpu, temp_compensated). An absent or non-finite value is left out,
// never sent as 0 or null.
namespace ReadingJson {

QByteArray toJson(const SensorReading &reading, const QString &device);

// A number as the payload writes it: shortest form that reads back exactly.
QByteArray number(double value);

} // namespace ReadingJson
