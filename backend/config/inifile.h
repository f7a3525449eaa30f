// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

// Reading and writing the INI settings file. Both are done here, strictly:
// the reader accepts only what the writer could have written or a person
// would write by hand (UTF-8 lines, each a comment, a [group] or key=value
// under a group), and refuses anything else with the line it is on, so a
// binary file, UTF-16 or /etc/passwd is an error instead of "valid settings".
// (QSettings, which read the file before, accepts nearly any bytes, ends
// values at ';', joins lines ending in '\', and deserialises "@Variant(...)".)
// Writing replaces the file atomically (QSaveFile) with the permissions
// chosen before any secret touches the disk.
namespace IniFile {

// A settings file is small; a larger one is refused before it is parsed.
inline constexpr qsizetype MaxBytes = 1024 * 1024;

struct Contents
{
    QMap<QString, QString> values; // "group/key" -> the value (unquoted)
    QStringList errors;            // one line each; empty when the file was read
};

// A group or key name: 1 or more of A-Z, a-z, 0-9, _ and -.
bool isName(const QString &name);
// "group/key" made of two names.
bool isKeyPath(const QString &key);

// Parses text as read from a file; messages start with "name:LINE: ".
Contents parse(const QByteArray &bytes, const QString &name);
Contents read(const QString &path);

// Writes values grouped by the part of the key before '/', in the given order
// of groups; returns an error message or an empty string. The mode is 0600
// when privateFile, else 0644 as the umask allows; and never looser than the
// file it replaces (the stricter of both, always readable and writable by its
// owner), so a file once private stays private.
QString write(const QString &path, const QList<QPair<QString, QString>> &orderedValues,
              bool privateFile);
// The mode write() gives the file, from the mode of the file it replaces (-1:
// none) and the umask.
unsigned modeFor(bool privateFile, int existingMode, unsigned umask);

// A value quoted where a reader would otherwise trim or misread it.
QString quote(const QString &value);

} // namespace IniFile
