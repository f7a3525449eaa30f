// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <cstddef>
#include <cstdint>

// CRC-32C (Castagnoli), the checksum of the journal's records: it catches the
// torn and bit-flipped tails a power cut or a failing SD card leaves behind.
uint32_t crc32c(const void *data, size_t size, uint32_t crc = 0);
