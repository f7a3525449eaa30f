// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: a quiet Qt and a scratch directory. Each
// target defines libFuzzer's two entry points; fuzz/replaymain.cpp calls the
// same two, so the corpus runs in every ordinary build too.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace FuzzSupport {

// A QCoreApplication (as the program has) and no log output: the targets
// run millions of inputs, and a warning per input would drown the fuzzer's
// own lines.
void initialize();

// A file name that no earlier input used, in a directory removed at exit.
// (QSettings caches what it read by file name, size and modification time:
// reusing one name could hand an input the contents of the one before.)
QString freshPath(const char *suffix);

// Writes bytes to path; aborts when it cannot, as the target would
// otherwise test nothing.
void writeFile(const QString &path, const QByteArray &bytes);

// Like assert(), also in release builds: a broken invariant is a finding.
[[noreturn]] void fail(const char *what, const char *file, int line);

} // namespace FuzzSupport

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            FuzzSupport::fail(#condition, __FILE__, __LINE__);                                     \
    } while (false)
