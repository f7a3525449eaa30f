// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {
namespace {

// In memory where there is a tmpfs: saving the settings syncs the file, which
// on a disk would make syncing, not parsing, what the fuzzer spends its time on.
QTemporaryDir *scratch()
{
    static const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                    ? QStringLiteral("/dev/shm")
                                    : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/picam-fuzz-XXXXXX"));
    return &dir;
}

void ignoreMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

void initialize()
{
    static int argc = 1;
    static char name[] = "picam-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(ignoreMessage);
    if (!scratch()->isValid())
        fail("a scratch directory", __FILE__, __LINE__);
}

QString scratchPath(const char *name)
{
    return scratch()->filePath(QLatin1String(name));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush())
        fail("writing the input to a file", __FILE__, __LINE__);
    file.close();
    newModificationTime(path);
}

void newModificationTime(const QString &path)
{
    // Counted up from an arbitrary day, a second apart.
    static qint64 seconds = 1700000000;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) ||
        !file.setFileTime(QDateTime::fromSecsSinceEpoch(++seconds),
                          QFileDevice::FileModificationTime))
        fail("setting the modification time of an input", __FILE__, __LINE__);
}

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

} // namespace FuzzSupport
