// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {
namespace {

QTemporaryDir *scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/picam-fuzz-XXXXXX"));
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

QString freshPath(const char *suffix)
{
    static quint64 counter = 0;
    return scratch()->filePath(
        QStringLiteral("input-%1%2").arg(++counter).arg(QLatin1String(suffix)));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush())
        fail("writing the input to a file", __FILE__, __LINE__);
}

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

} // namespace FuzzSupport
