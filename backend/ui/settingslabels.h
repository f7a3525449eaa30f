#pragma once

#include <QString>

namespace SettingsSchema {
struct Spec;
}

// The settings panel's words in the screen's language: group titles, the
// schema's one-line descriptions and names for choices such as languages.
// A key added to the schema later shows its English description until a
// translation for it is added here.
namespace SettingsLabels {

QString groupTitle(const QString &group);
QString description(const SettingsSchema::Spec &spec);
QString choiceLabel(const QString &key, const QString &choice);

} // namespace SettingsLabels
