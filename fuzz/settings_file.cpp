// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The settings file: any bytes as the file --config names. Loads it the way
// the program does, formats every problem as --check-config prints it, and
// prints the effective settings as --print-config does (masked and not).
// Then saves what was loaded and loads that again, as the settings panel's
// Apply and the next start would.

#include "config/settings.h"
#include "config/settingsschema.h"
#include "fuzzsupport.h"

#include <QFile>

namespace {

QByteArray format(const QList<Settings::Problem> &problems)
{
    QByteArray out;
    for (const auto &p : problems) {
        FUZZ_CHECK(!p.message.isEmpty());
        out += (p.isError() ? "error: " : "warning: ") + p.message.toLocal8Bit() + '\n';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::freshPath(".conf");
    FuzzSupport::writeFile(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));

    Settings settings;
    QByteArray printed = format(settings.loadFile(path));
    printed += settings.toIni(true).toUtf8();
    printed += settings.toIni(false).toUtf8();
    for (const SettingsSchema::Spec &spec : SettingsSchema::all()) {
        FUZZ_CHECK(settings.value(spec.key).isValid());
        printed += settings.expanded(spec.key).toUtf8();
    }

    const QString saved = FuzzSupport::freshPath(".conf");
    if (settings.saveAs(saved).isEmpty()) {
        Settings again;
        printed += format(again.loadFile(saved));
        printed += again.toIni(false).toUtf8();
    }
    QFile::remove(path);
    QFile::remove(saved);
    FUZZ_CHECK(!printed.isEmpty()); // toIni() always prints every key
    return 0;
}
