// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

// The one table every setting is described in. Defaults, validation and the
// error text, --print-config, the README's reference and the on-screen panel
// all read it, so a key is added here and nowhere else.
namespace SettingsSchema {

enum class Type { Bool, Integer, Real, Choice, Text };

struct Spec
{
    QString key; // "group/name"
    Type type = Type::Text;
    QString defaultText; // as it would be written in the file
    QString allowed;     // what is allowed, in words; ends every error message
    QString description; // one line for the README and the panel
    QStringList choices; // Type::Choice
    double minimum = 0;  // Integer and Real
    double maximum = 0;
    QString unit;           // Integer and Real, in words ("seconds"); may be empty
    bool even = false;      // Integer: must be even
    bool secret = false;    // never printed or logged
    bool userFacing = true; // shown in the settings panel
    QString service;        // service restarted when it changes ("" = none)
    // Extra rule for Text values; returns true when acceptable.
    std::function<bool(const QString &)> accepts;
};

const QList<Spec> &all();
const Spec *find(const QString &key);
QStringList groups();

struct Parsed
{
    QVariant value; // typed: bool, int, double or QString
    QString error;  // empty when valid
    bool ok() const { return error.isEmpty(); }
};

// Validates text as it comes from a file, --set or the panel. The error is one
// line naming the key, the value (as Redact::quotedValue shows it; never for
// secrets) and what is allowed. Control characters are refused in every value.
Parsed parse(const Spec &spec, const QString &text);
Parsed parse(const QString &key, const QString &text);

// Canonical text of a typed value, as written to a file.
QString toText(const Spec &spec, const QVariant &value);

// The host name reduced to what device/name allows.
QString defaultDeviceName();

} // namespace SettingsSchema
