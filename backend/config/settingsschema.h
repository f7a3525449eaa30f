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
//
// Words a person reads on screen (labels, descriptions, units, what is
// allowed, choice names, tab titles) are marked here with
// QT_TRANSLATE_NOOP("SettingsSchema", ...): the table holds the English
// source, which --print-config, the README and error messages use as they
// are, and the panel translates them (SettingsLabels) in the same context.
namespace SettingsSchema {

// The translation context of the words in the table.
inline constexpr const char *TranslationContext = "SettingsSchema";

enum class Type { Bool, Integer, Real, Choice, Text };

// The patterns of what is allowed and of the error messages, in English
// (parse() uses them as they are; the panel translates them).
namespace Words {
extern const char *const IntegerRange;      // "an integer from %1 to %2"
extern const char *const NumberRange;       // "a number from %1 to %2"
extern const char *const OneOf;             // "one of %1"
extern const char *const ValueGiven;        // a secret's value, never shown
extern const char *const AControlCharacter; // in a secret
extern const char *const ControlCharacter;  // "control character %1"
extern const char *const NotAllowed;        // key, value, allowed
extern const char *const NotAllowedDetail;  // key, value, detail, allowed
extern const char *const NotAllowedControl; // key, value, which character, allowed
} // namespace Words

// Which part of a value is wrong, for rules that can say so: English words
// with %1, %2, ... and what goes in them. Kept apart so that the settings
// panel can say the words in the screen's language (SettingsLabels).
struct Detail
{
    QString words;
    QStringList args;
    bool isEmpty() const { return words.isEmpty(); }
    // The words with the arguments in place.
    QString text() const { return withArgs(words); }
    // The same for other (translated) words with the same placeholders.
    QString withArgs(const QString &words) const;
};

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
    // The settings panel.
    QString group;            // its tab (panelGroups()); "" = by the key's prefix
    QString label;            // short name ("Bit rate"); "" = the key
    bool advanced = false;    // shown only in the panel's Advanced view
    QString panelUnit;        // short unit next to the field ("s", "Mbit/s")
    double panelScale = 1;    // stored value = typed value x panelScale (Mbit/s -> bit/s)
    QStringList choiceLabels; // names of the choices, parallel to choices; empty = as written
    // Extra rule for Text values; returns true when acceptable.
    std::function<bool(const QString &)> accepts;
    // Extra rule for Text values that names the bad part; empty when
    // acceptable. Its detail goes into the error message.
    std::function<Detail(const QString &)> explain;
};

const QList<Spec> &all();

// The settings panel's tabs, in order: an id ("stream") and its title.
struct PanelGroup
{
    QString id;
    QString title; // translation source
};
const QList<PanelGroup> &panelGroups();
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
// secrets), the bad part where the rule can name it, and what is allowed.
// Control characters are refused in every value.
Parsed parse(const Spec &spec, const QString &text);
Parsed parse(const QString &key, const QString &text);

// Canonical text of a typed value, as written to a file.
QString toText(const Spec &spec, const QVariant &value);

// The host name reduced to what device/name allows.
QString defaultDeviceName();

} // namespace SettingsSchema
