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

// A file in a scratch directory that is removed at exit.
QString scratchPath(const char *name);

// Writes bytes to path, with a modification time no earlier input had (see
// newModificationTime); aborts when it cannot, as the target would otherwise
// test nothing.
void writeFile(const QString &path, const QByteArray &bytes);

// Gives path a modification time no earlier input had. QSettings keeps what
// it read of a file and reads it again only when its size or modification
// time changed: two inputs of one size in the same millisecond would
// otherwise read as the first. (A new file name per input would do too, but
// then QSettings' cache grows with every input, and libFuzzer runs its leak
// check after every input that freed less than it allocated.)
void newModificationTime(const QString &path);

// Like assert(), also in release builds: a broken invariant is a finding.
[[noreturn]] void fail(const char *what, const char *file, int line);

} // namespace FuzzSupport

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            FuzzSupport::fail(#condition, __FILE__, __LINE__);                                     \
    } while (false)
