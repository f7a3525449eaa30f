// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

#include <optional>

// The SoC temperature from a thermal zone (millidegrees Celsius in a file).
class CpuThermometer
{
public:
    static QString defaultPath() { return QStringLiteral("/sys/class/thermal/thermal_zone0/temp"); }

    explicit CpuThermometer(const QString &path = defaultPath());

    // degC; nullopt (with lastError) when the file is missing or holds junk.
    std::optional<double> read();
    QString lastError() const { return m_error; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_error;
};
