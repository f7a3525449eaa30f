// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "video/timecode.h"

#include <QList>

#include <optional>

// What a receiver of bench/latency counts: each decoded picture, whether its
// time code could be read, and how old the code was when it arrived.
struct TimeCodeTally
{
    int frames = 0;
    int unreadable = 0;
    QList<double> latencies;

    // How long before nowMs a code was drawn (codes wrap at 2^DataBits ms).
    static double ageMs(qint64 nowMs, qint64 code)
    {
        const qint64 mask = (qint64(1) << TimeCode::DataBits) - 1;
        return double((nowMs - code) & mask);
    }

    // One decoded picture whose code read as `code` at nowMs.
    void add(qint64 nowMs, const std::optional<qint64> &code)
    {
        ++frames;
        if (code)
            latencies << ageMs(nowMs, *code);
        else
            ++unreadable;
    }
};
