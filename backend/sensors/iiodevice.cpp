// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "iiodevice.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cmath>

QList<IioDevice> IioDevice::find(const QString &root, const QString &namePrefix)
{
    QList<IioDevice> found;
    const QDir dir(root);
    const QStringList entries = dir.entryList({QStringLiteral("iio:device*")},
                                              QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        QFile nameFile(dir.filePath(entry) + QStringLiteral("/name"));
        if (!nameFile.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(nameFile.read(256)).trimmed();
        if (name.startsWith(namePrefix, Qt::CaseInsensitive))
            found << IioDevice(dir.filePath(entry), name);
    }
    return found;
}

IioDevice::IioDevice(const QString &path, const QString &name)
    : m_path(path)
    , m_name(name)
{}

bool IioDevice::hasChannel(const QString &channel) const
{
    return QFile::exists(m_path + QStringLiteral("/in_") + channel + QStringLiteral("_raw")) ||
           QFile::exists(m_path + QStringLiteral("/in_") + channel + QStringLiteral("_input"));
}

QString IioDevice::attribute(const QString &channel, const QString &what) const
{
    // Per channel first (in_accel_x_scale), then shared by type (in_accel_scale).
    const QString own = m_path + QStringLiteral("/in_") + channel + QLatin1Char('_') + what;
    if (QFile::exists(own))
        return own;
    static const QRegularExpression axis(QStringLiteral("_[xyz]$"));
    QString type = channel;
    type.remove(axis);
    const QString shared = m_path + QStringLiteral("/in_") + type + QLatin1Char('_') + what;
    return QFile::exists(shared) ? shared : QString();
}

std::optional<double> IioDevice::readNumber(const QString &file, QString *error) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    const QByteArray text = f.read(64).trimmed();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error = QStringLiteral("%1 holds no number: \"%2\"")
                     .arg(file, QString::fromLatin1(text.left(32)));
        return std::nullopt;
    }
    return v;
}

std::optional<double> IioDevice::value(const QString &channel, QString *error) const
{
    const QString base = m_path + QStringLiteral("/in_") + channel;
    if (!QFile::exists(base + QStringLiteral("_raw"))) {
        if (QFile::exists(base + QStringLiteral("_input")))
            return readNumber(base + QStringLiteral("_input"), error);
        *error = QStringLiteral("%1 (%2) has no channel %3").arg(m_path, m_name, channel);
        return std::nullopt;
    }
    const auto raw = readNumber(base + QStringLiteral("_raw"), error);
    if (!raw)
        return std::nullopt;
    double offset = 0;
    double scale = 1;
    if (const QString file = attribute(channel, QStringLiteral("offset")); !file.isEmpty()) {
        const auto v = readNumber(file, error);
        if (!v)
            return std::nullopt;
        offset = *v;
    }
    if (const QString file = attribute(channel, QStringLiteral("scale")); !file.isEmpty()) {
        const auto v = readNumber(file, error);
        if (!v)
            return std::nullopt;
        scale = *v;
    }
    return (*raw + offset) * scale;
}
