#pragma once

#include <QString>

namespace SettingsSchema {

// The settings table as Markdown, for the README's settings reference; a
// test keeps the README in step with the schema.
QString markdownReference();

} // namespace SettingsSchema
