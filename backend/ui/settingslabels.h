// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

namespace SettingsSchema {
struct Spec;
}

// The settings panel's words in the screen's language: group titles, the
// schema's one-line descriptions, what each setting allows, the message for a
// refused value and names for choices such as languages. In English they are
// the schema's own words (the README, the log and --check-config use those);
// a key added to the schema later shows English until its words are added
// here.
namespace SettingsLabels {

QString groupTitle(const QString &group);
QString description(const SettingsSchema::Spec &spec);
QString choiceLabel(const QString &key, const QString &choice);
// What the setting allows ("an integer from 1 to 60 frames per second").
QString allowed(const SettingsSchema::Spec &spec);
// SettingsSchema::parse's message for a value it refused.
QString refusal(const SettingsSchema::Spec &spec, const QString &rawText);

} // namespace SettingsLabels
