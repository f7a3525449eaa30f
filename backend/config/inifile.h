// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QMap>
#include <QString>

// Reading and writing the INI settings file. Reading goes through QSettings;
// writing is done here so the file is replaced atomically (QSaveFile) with
// the permissions chosen before any secret touches the disk.
namespace IniFile {

struct Contents
{
    QMap<QString, QString> values; // "group/key" -> text as written
    QString error;                 // empty when the file was read
};

Contents read(const QString &path);

// Writes values grouped by the part of the key before '/', in the given order
// of groups; returns an error message or an empty string.
QString write(const QString &path, const QList<QPair<QString, QString>> &orderedValues,
              bool privateFile);

// A value quoted where QSettings would otherwise split or unescape it.
QString quote(const QString &value);

} // namespace IniFile
