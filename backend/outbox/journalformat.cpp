// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "journalformat.h"

#include "crc32c.h"

#include <QtEndian>

#include <cstring>

namespace JournalFormat {

namespace {

uint32_t checksum(Type type, const char *body, uint32_t size)
{
    const auto t = uint8_t(type);
    return crc32c(body, size, crc32c(&t, 1));
}

QByteArray record(Type type, const QByteArray &body)
{
    QByteArray out(HeaderSize + body.size(), Qt::Uninitialized);
    char *p = out.data();
    qToLittleEndian<uint32_t>(uint32_t(body.size()), p);
    p[4] = char(type);
    qToLittleEndian<uint32_t>(checksum(type, body.constData(), uint32_t(body.size())), p + 5);
    std::memcpy(p + HeaderSize, body.constData(), size_t(body.size()));
    return out;
}

} // namespace

QByteArray encodeMessage(const OutboxMessage &message)
{
    const QByteArray topic = message.topic.toUtf8().left(0xFFFF);
    QByteArray body(8 + 1 + 2 + topic.size() + message.payload.size(), Qt::Uninitialized);
    char *p = body.data();
    qToLittleEndian<quint64>(message.seq, p);
    p[8] = char((message.qos & 3) | (message.retained ? 4 : 0));
    qToLittleEndian<uint16_t>(uint16_t(topic.size()), p + 9);
    std::memcpy(p + 11, topic.constData(), size_t(topic.size()));
    std::memcpy(p + 11 + topic.size(), message.payload.constData(), size_t(message.payload.size()));
    return record(Type::Message, body);
}

QByteArray encodeRelease(quint64 seq)
{
    QByteArray body(8, Qt::Uninitialized);
    qToLittleEndian<quint64>(seq, body.data());
    return record(Type::Release, body);
}

std::optional<Header> readHeader(const char *bytes)
{
    Header h;
    h.bodySize = qFromLittleEndian<uint32_t>(bytes);
    const auto type = uint8_t(bytes[4]);
    h.crc = qFromLittleEndian<uint32_t>(bytes + 5);
    if (type != uint8_t(Type::Message) && type != uint8_t(Type::Release))
        return std::nullopt;
    h.type = Type(type);
    if (h.bodySize > MaxBodySize)
        return std::nullopt;
    return h;
}

bool checksumMatches(const Header &header, const char *body)
{
    return checksum(header.type, body, header.bodySize) == header.crc;
}

std::optional<OutboxMessage> decodeMessage(const char *body, uint32_t size)
{
    if (size < 11)
        return std::nullopt;
    OutboxMessage m;
    m.seq = qFromLittleEndian<quint64>(body);
    const auto flags = uint8_t(body[8]);
    m.qos = flags & 3;
    m.retained = flags & 4;
    const uint16_t topicSize = qFromLittleEndian<uint16_t>(body + 9);
    if (m.qos > 2 || (flags & ~7) || 11u + topicSize > size)
        return std::nullopt;
    m.topic = QString::fromUtf8(body + 11, topicSize);
    m.payload = QByteArray(body + 11 + topicSize, qsizetype(size - 11 - topicSize));
    return m;
}

std::optional<quint64> decodeRelease(const char *body, uint32_t size)
{
    if (size != 8)
        return std::nullopt;
    return qFromLittleEndian<quint64>(body);
}

} // namespace JournalFormat
