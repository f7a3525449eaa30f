// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

// Writes a fake IIO sysfs tree (iio:deviceN/name, in_*_raw, ...) into a
// directory, as the kernel's st_sensors and hts221 drivers lay it out.
namespace FakeSysfs {
inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

inline QString addDevice(const QString &root, int index, const QString &name,
                         const QMap<QString, QByteArray> &files)
{
    const QString dir = root + QStringLiteral("/iio:device%1").arg(index);
    QDir().mkpath(dir);
    writeFile(dir + QStringLiteral("/name"), name.toUtf8() + '\n');
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(dir + QLatin1Char('/') + it.key(), it.value() + '\n');
    return dir;
}
} // namespace FakeSysfs
