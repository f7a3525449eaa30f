// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "outboxmessage.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

// The byte layout of the outbox journal, apart from any file: what a record
// looks like and how a run of bytes is read back. Little endian throughout.
//
//   file    := Magic record*
//   record  := u32 bodySize, u8 type, u32 crc32c(type, body), body
//   Message := u64 seq, u8 flags (qos | retained << 2), u16 topicSize, topic, payload
//   Release := u64 seq   (every message up to and including seq is done with)
//
// A record is only believed when its whole body is there and its checksum
// matches: a power cut mid-write leaves a torn tail that is cut off, and
// every complete record before it is kept.
namespace JournalFormat {

inline constexpr char Magic[8] = {'P', 'C', 'K', 'J', 'R', 'N', 'L', '1'};
inline constexpr int MagicSize = int(sizeof(Magic));
inline constexpr int HeaderSize = 9;
// Larger bodies are taken for corruption (a reading is well under 1 KiB).
inline constexpr uint32_t MaxBodySize = 1u << 20;

enum class Type : uint8_t { Message = 1, Release = 2 };

QByteArray encodeMessage(const OutboxMessage &message);
QByteArray encodeRelease(quint64 seq);

struct Header
{
    uint32_t bodySize = 0;
    Type type = Type::Message;
    uint32_t crc = 0;
};
// The header at the start of bytes (HeaderSize of them); nullopt when its
// type or size cannot be right.
std::optional<Header> readHeader(const char *bytes);
bool checksumMatches(const Header &header, const char *body);

std::optional<OutboxMessage> decodeMessage(const char *body, uint32_t size);
std::optional<quint64> decodeRelease(const char *body, uint32_t size);

} // namespace JournalFormat
