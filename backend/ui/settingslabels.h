// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

namespace SettingsSchema {
struct Spec;
}

// The schema's words in the screen's language, for the settings panel: tab
// titles, labels, descriptions, units, choice names, what a setting allows
// and the message for a refused value. The words themselves are in the
// schema (marked for lupdate in the "SettingsSchema" context); this only
// translates them and puts numbers in the panel's units. In English they are
// the schema's own words (the README, the log and --check-config use those).
namespace SettingsLabels {

QString translate(const QString &source);
QString groupTitle(const QString &group);
QString label(const SettingsSchema::Spec &spec);
QString description(const SettingsSchema::Spec &spec);
QString unit(const SettingsSchema::Spec &spec); // the panel's unit ("Mbit/s")
QString choiceLabel(const SettingsSchema::Spec &spec, int index);

// A stored value as typed in the panel (bit/s shown as Mbit/s), and back.
// fromPanel gives text itself when it is not a number.
QString toPanel(const SettingsSchema::Spec &spec, const QString &stored);
QString fromPanel(const SettingsSchema::Spec &spec, const QString &typed);

// What the setting allows, in the panel's units ("an integer from 1 to 60
// frames per second", "a number from 0.1 to 20 Mbit/s").
QString allowed(const SettingsSchema::Spec &spec);
// SettingsSchema::parse's message for a value it refused; typed in the
// panel's units.
QString refusal(const SettingsSchema::Spec &spec, const QString &typed);

} // namespace SettingsLabels
