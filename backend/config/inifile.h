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
// of groups; returns an error message or an empty string.
QString write(const QString &path, const QList<QPair<QString, QString>> &orderedValues,
              bool privateFile);

// A value quoted where a reader would otherwise trim or misread it.
QString quote(const QString &value);

} // namespace IniFile
