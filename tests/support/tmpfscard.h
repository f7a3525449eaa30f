// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

namespace TestSupport {

// A small SD card for the tests of a full or read-only card: as root a tmpfs
// of its own (really full with ENOSPC, remounted read-only with EROFS);
// otherwise a plain directory, made read-only by its permissions (EACCES),
// and a FileSizeLimit stands in for full.
class TmpfsCard
{
public:
    TmpfsCard(const QString &path, int kib);
    ~TmpfsCard();
    TmpfsCard(const TmpfsCard &) = delete;
    TmpfsCard &operator=(const TmpfsCard &) = delete;

    bool isTmpfs() const { return m_mounted; }
    bool setReadOnly(bool on);

private:
    QString m_path;
    bool m_mounted;
};

} // namespace TestSupport
