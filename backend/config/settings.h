// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "settingsschema.h"

#include <QMap>
#include <QObject>
#include <QVariant>

// The effective settings of this run: schema defaults, overlaid by the
// settings file, overlaid by --set overrides (which are never saved).
class Settings : public QObject
{
    Q_OBJECT
public:
    struct Problem
    {
        enum class Kind { Error, Warning };
        Kind kind;
        QString message;
        bool isError() const { return kind == Kind::Error; }
    };

    explicit Settings(QObject *parent = nullptr);

    // /etc/picam-kiosk/picam-kiosk.conf if it exists, else the user's config dir.
    static QString defaultPath();

    // Reads a settings file. Invalid values are reported and keep their
    // default; unknown keys are reported as warnings and kept for saving.
    QList<Problem> loadFile(const QString &path);
    QString path() const { return m_path; }
    // Where save() writes, when no file was loaded.
    void setPath(const QString &path) { m_path = path; }

    // One --set override for this run only; "group/key=value".
    Problem override(const QString &assignment);

    // Sets a value to be saved (the on-screen panel); returns the error text
    // or an empty string. Drops an override of the same key.
    QString setValue(const QString &key, const QString &text);
    // Saves the file atomically; mode 0600 when any value may hold a secret
    // (a secret setting, a URL with user info, an unknown key), and never
    // looser than the file it replaces (see IniFile::write). Returns the
    // error text or an empty string.
    QString save() const;
    QString saveAs(const QString &path);

    QVariant value(const QString &key) const;
    QString text(const QString &key) const;
    bool boolValue(const QString &key) const { return value(key).toBool(); }
    int intValue(const QString &key) const { return value(key).toInt(); }
    double realValue(const QString &key) const { return value(key).toDouble(); }
    // The text with "{device}" replaced by device/name.
    QString expanded(const QString &key) const;

    // Every problem of the effective settings, for --check-config.
    QList<Problem> problems() const { return m_problems; }

    // The effective settings as INI; secrets as *** when masked.
    QString toIni(bool maskSecrets = true) const;

signals:
    void valueChanged(const QString &key);

private:
    QMap<QString, QVariant> m_fileValues; // typed, from the file or the panel
    QMap<QString, QVariant> m_overrides;  // typed, from --set
    QMap<QString, QString> m_unknown;     // kept so saving loses nothing
    QList<Problem> m_problems;
    QString m_path;
};
