// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QString>

#include <optional>

// A Linux IIO device read through sysfs (/sys/bus/iio/devices/iio:deviceN).
// Used for a Sense HAT chip whose I2C address a kernel driver has claimed.
// Values come in IIO units: value = (in_<chan>_raw + offset) * scale.
class IioDevice
{
public:
    static QString defaultRoot() { return QStringLiteral("/sys/bus/iio/devices"); }

    // Every device under `root` whose `name` file starts with `namePrefix`
    // (the kernel names them e.g. "hts221", "lps25h", "lsm9ds1_magn").
    static QList<IioDevice> find(const QString &root, const QString &namePrefix);

    IioDevice(const QString &path, const QString &name);

    QString path() const { return m_path; }
    QString name() const { return m_name; }

    // Whether the device has in_<channel>_raw or in_<channel>_input.
    bool hasChannel(const QString &channel) const;
    // The channel in IIO units; scale and offset may be per channel
    // (in_accel_x_scale) or per type (in_accel_scale). nullopt with *error
    // when a file is missing or holds no number.
    std::optional<double> value(const QString &channel, QString *error) const;

private:
    std::optional<double> readNumber(const QString &file, QString *error) const;
    QString attribute(const QString &channel, const QString &what) const;

    QString m_path;
    QString m_name;
};
