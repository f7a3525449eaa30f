// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

namespace SettingsSchema {

// The settings table as Markdown, for the README's settings reference; a
// test keeps the README in step with the schema.
QString markdownReference();

} // namespace SettingsSchema
