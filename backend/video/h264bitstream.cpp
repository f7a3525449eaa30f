// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "h264bitstream.h"

namespace H264Bitstream {

QList<Nal> nalUnits(const uint8_t *data, int size)
{
    QList<Nal> units;
    int i = 0;
    int start = -1;
    while (i + 2 < size) {
        if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
            if (start >= 0) {
                int end = i;
                while (end > start && data[end - 1] == 0)
                    --end;
                units.append({data[start] & 0x1f, start, end - start});
            }
            i += 3;
            start = i;
        } else {
            ++i;
        }
    }
    if (start >= 0 && start < size)
        units.append({data[start] & 0x1f, start, size - start});
    return units;
}

bool contains(const uint8_t *data, int size, NalType type)
{
    for (const Nal &nal : nalUnits(data, size)) {
        if (nal.type == type)
            return true;
    }
    return false;
}

int profileIdc(const uint8_t *data, int size)
{
    for (const Nal &nal : nalUnits(data, size)) {
        if (nal.type == Sps && nal.size > 1)
            return data[nal.offset + 1];
    }
    return -1;
}

bool constrained(const uint8_t *data, int size)
{
    for (const Nal &nal : nalUnits(data, size)) {
        if (nal.type == Sps && nal.size > 2)
            return data[nal.offset + 2] & 0x40;
    }
    return false;
}

} // namespace H264Bitstream
