// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QMetaType>

// What the recorder has done since it started.
struct RecordingStats
{
    quint64 clips = 0;          // files opened
    quint64 bytesWritten = 0;   // packet bytes handed to files
    quint64 packetsDropped = 0; // by the inbox (the disk was behind)
    quint64 removedFiles = 0;   // by retention
    int openClips = 0;

    bool operator==(const RecordingStats &) const = default;
};

Q_DECLARE_METATYPE(RecordingStats)
