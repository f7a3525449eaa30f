// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The settings file: any bytes as the file --config names. Loads it the way
// the program does, formats every problem as --check-config prints it, and
// prints the effective settings as --print-config does (masked and not).
// Then saves what was loaded and loads that again, as the settings panel's
// Apply and the next start would: nothing may change on the way.

#include "config/settings.h"
#include "config/settingsschema.h"
#include "fuzzsupport.h"

#include <algorithm>

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
    const QString path = FuzzSupport::scratchPath("input.conf");
    FuzzSupport::writeFile(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));

    Settings settings;
    const QList<Settings::Problem> problems = settings.loadFile(path);
    QByteArray printed = format(problems);
    printed += settings.toIni(true).toUtf8();
    printed += settings.toIni(false).toUtf8();
    for (const SettingsSchema::Spec &spec : SettingsSchema::all()) {
        FUZZ_CHECK(settings.value(spec.key).isValid());
        printed += settings.expanded(spec.key).toUtf8();
    }

    // Saved (the panel's Apply) and read back (the next start): every setting
    // keeps its value. Not checked when the file had unknown keys: those are
    // saved with their names as read, which can be lines of their own (the
    // README's fuzzing section says more).
    const QString saved = FuzzSupport::scratchPath("saved.conf");
    if (settings.saveAs(saved).isEmpty()) {
        FuzzSupport::newModificationTime(saved);
        Settings again;
        const QList<Settings::Problem> reread = again.loadFile(saved);
        printed += format(reread);
        printed += again.toIni(false).toUtf8();
        const bool unknownKeys = std::any_of(problems.cbegin(), problems.cend(),
                                             [](const auto &p) { return !p.isError(); });
        if (!unknownKeys) {
            for (const auto &p : reread)
                if (p.isError())
                    FuzzSupport::fail(qPrintable(p.message), __FILE__, __LINE__);
            for (const SettingsSchema::Spec &spec : SettingsSchema::all())
                if (settings.value(spec.key) != again.value(spec.key))
                    FuzzSupport::fail(qPrintable(spec.key), __FILE__, __LINE__);
            FUZZ_CHECK(again.toIni(false) == settings.toIni(false));
        }
    }
    FUZZ_CHECK(!printed.isEmpty()); // toIni() always prints every key
    return 0;
}
