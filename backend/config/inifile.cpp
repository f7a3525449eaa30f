// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "inifile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace IniFile {

Contents read(const QString &path)
{
    Contents out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.error = QStringLiteral("%1: no such file").arg(path);
        return out;
    }
    if (!info.isFile() || !info.isReadable()) {
        out.error = QStringLiteral("%1: cannot be read (permissions?)").arg(path);
        return out;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() == QSettings::FormatError) {
        out.error = QStringLiteral("%1: not a valid INI file").arg(path);
        return out;
    }
    for (const QString &key : ini.allKeys()) {
        const QVariant v = ini.value(key);
        // An unquoted value with commas comes back as a list; the file meant
        // the text as written.
        out.values.insert(key, v.typeId() == QMetaType::QStringList
                                   ? v.toStringList().join(QLatin1Char(','))
                                   : v.toString());
    }
    return out;
}

QString quote(const QString &value)
{
    static const QString special = QStringLiteral(",;=\"\\#");
    bool needs = value.startsWith(QLatin1Char('@')) || value != value.trimmed();
    for (QChar c : value)
        needs = needs || special.contains(c) || c.unicode() < 0x20;
    if (!needs)
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString write(const QString &path, const QList<QPair<QString, QString>> &orderedValues,
              bool privateFile)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
    const auto perms =
        privateFile ? (QFile::ReadOwner | QFile::WriteOwner)
                    : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    file.setPermissions(perms);

    QString text;
    QString currentGroup;
    for (const auto &[key, value] : orderedValues) {
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        if (group != currentGroup) {
            if (!currentGroup.isNull())
                text += QLatin1Char('\n');
            text += QStringLiteral("[%1]\n").arg(group);
            currentGroup = group;
        }
        text += QStringLiteral("%1=%2\n").arg(name, quote(value));
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace IniFile
