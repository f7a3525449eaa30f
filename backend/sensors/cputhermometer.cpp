// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "cputhermometer.h"

#include <QFile>

CpuThermometer::CpuThermometer(const QString &path)
    : m_path(path)
{}

std::optional<double> CpuThermometer::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.read(32).trimmed();
    bool ok = false;
    const long long milli = text.toLongLong(&ok);
    // A SoC below -60 or above 200 degC is a broken file, not a reading.
    if (!ok || milli < -60000 || milli > 200000) {
        m_error = QStringLiteral("%1 holds no temperature: \"%2\"")
                      .arg(m_path, QString::fromLatin1(text.left(16)));
        return std::nullopt;
    }
    m_error.clear();
    return double(milli) / 1000.0;
}
