// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// --set group/key=value: the input is the list of assignments of one command
// line, separated by NUL bytes (which no argument can contain). Each goes
// through Settings::override as main() sends it, its problem is formatted
// as printed, and the effective settings are printed as --print-config does.

#include "config/settings.h"
#include "config/settingsschema.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Settings settings;
    QByteArray printed;
    int problems = 0;
    for (const QByteArray &argument : bytes.split('\0')) {
        const Settings::Problem p = settings.override(QString::fromLocal8Bit(argument));
        if (p.message.isEmpty()) {
            // Accepted: only a warning-free, valid override says nothing.
            FUZZ_CHECK(!p.isError());
            continue;
        }
        ++problems;
        printed += (p.isError() ? "error: " : "warning: ") + p.message.toLocal8Bit() + '\n';
    }
    FUZZ_CHECK(settings.problems().size() == problems);
    printed += settings.toIni(true).toUtf8();
    printed += settings.toIni(false).toUtf8();
    for (const SettingsSchema::Spec &spec : SettingsSchema::all()) {
        FUZZ_CHECK(settings.value(spec.key).isValid());
        printed += settings.expanded(spec.key).toUtf8();
    }
    FUZZ_CHECK(!printed.isEmpty());
    return 0;
}
