// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "hts221.h"

#include <algorithm>

namespace {
qint16 le16(const quint8 *p)
{
    return qint16(quint16(p[0]) | quint16(p[1]) << 8);
}

// Beyond what the chip can report even uncalibrated: junk on the bus.
constexpr double MinTemperature = -60;
constexpr double MaxTemperature = 150;
constexpr double MinHumidity = -50;
constexpr double MaxHumidity = 150;
} // namespace

Hts221::Hts221(RegisterDevice &device)
    : m_device(device)
{}

bool Hts221::fail(const QString &message)
{
    m_error = QStringLiteral("HTS221: ") + message;
    return false;
}

std::optional<Hts221::Calibration> Hts221::parseCalibration(const quint8 *r, QString *error)
{
    // r[i] is register 0x30 + i.
    Calibration c;
    c.h0rH = r[0x0] / 2.0;
    c.h1rH = r[0x1] / 2.0;
    // The temperature points are 10 bits: 8 in 0x32/0x33, the MSBs in 0x35.
    c.t0degC = double((int(r[0x5] & 0x03) << 8) | r[0x2]) / 8.0;
    c.t1degC = double((int(r[0x5] & 0x0C) >> 2 << 8) | r[0x3]) / 8.0;
    c.h0t0Out = le16(r + 0x6);
    c.h1t0Out = le16(r + 0xA);
    c.t0Out = le16(r + 0xC);
    c.t1Out = le16(r + 0xE);
    if (c.h1t0Out == c.h0t0Out || c.t1Out == c.t0Out || c.h0rH == c.h1rH || c.t0degC == c.t1degC) {
        *error = QStringLiteral("invalid calibration (the two calibration points coincide)");
        return std::nullopt;
    }
    return c;
}

double Hts221::humidity(const Calibration &c, qint16 hOut)
{
    return c.h0rH +
           (double(hOut) - c.h0t0Out) * (c.h1rH - c.h0rH) / (double(c.h1t0Out) - c.h0t0Out);
}

double Hts221::temperature(const Calibration &c, qint16 tOut)
{
    return c.t0degC +
           (double(tOut) - c.t0Out) * (c.t1degC - c.t0degC) / (double(c.t1Out) - c.t0Out);
}

bool Hts221::init()
{
    m_last.reset();
    if (!m_device.checkWhoAmI(WhoAmIRegister, WhoAmIValue, QStringLiteral("an HTS221")))
        return fail(m_device.lastError());
    if (!m_device.writeRegister(AvConf, AvConfValue) ||
        !m_device.writeRegister(CtrlReg1, CtrlReg1Value))
        return fail(m_device.lastError());
    quint8 raw[CalibrationSize];
    if (!m_device.read(CalibrationStart, raw, CalibrationSize))
        return fail(m_device.lastError());
    QString error;
    const auto calibration = parseCalibration(raw, &error);
    if (!calibration)
        return fail(error);
    m_calibration = *calibration;
    m_error.clear();
    return true;
}

Hts221::Result Hts221::read(Measurement *out)
{
    quint8 raw[4];
    switch (m_device.readConversion(Status, HumidityOut, raw, sizeof raw)) {
    case RegisterDevice::Conversion::Failed:
        fail(m_device.lastError());
        return Result::Error;
    case RegisterDevice::Conversion::Pending:
        // The previous values are still the latest.
        if (!m_last)
            return Result::NotReady;
        *out = *m_last;
        return Result::Ok;
    case RegisterDevice::Conversion::Done:
        break;
    }
    const qint16 hOut = le16(raw);
    const qint16 tOut = le16(raw + 2);
    Measurement m;
    m.temperature = temperature(m_calibration, tOut);
    m.rawHumidity = humidity(m_calibration, hOut);
    if (m.temperature < MinTemperature || m.temperature > MaxTemperature ||
        m.rawHumidity < MinHumidity || m.rawHumidity > MaxHumidity) {
        fail(QStringLiteral("implausible values %1 %rH, %2 degC (H_OUT %3, T_OUT %4)")
                 .arg(m.rawHumidity, 0, 'f', 1)
                 .arg(m.temperature, 0, 'f', 1)
                 .arg(hOut)
                 .arg(tOut));
        return Result::Error;
    }
    // The interpolation runs past 0 and 100 near the ends; a relative
    // humidity cannot, so clamp and say so.
    m.humidity = std::clamp(m.rawHumidity, 0.0, 100.0);
    m.humidityClamped = m.humidity != m.rawHumidity;
    m_last = m;
    m_error.clear();
    *out = m;
    return Result::Ok;
}
