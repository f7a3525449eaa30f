// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "privatememory.h"

#include <QStringList>

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

QString keepMemoryPrivate()
{
    QStringList failed;
    // The limit first: should the flag fail, no core is still better than one.
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
        failed << QStringLiteral("RLIMIT_CORE 0: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        failed << QStringLiteral("PR_SET_DUMPABLE 0: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return failed.join(QStringLiteral("; "));
}
