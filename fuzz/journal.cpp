// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The outbox journal: any bytes as the journal file a power cut, a failing SD
// card or a person left behind. JournalFile::scan reads them from a memfd,
// and JournalFile::open takes a copy on disk over as the outbox does at
// start (torn tail cut off, or the file set aside). Both are checked against
// what the format promises: every record kept is whole and in order, and a
// journal that was opened takes a new record and gives it back.
//
// Mutated bytes almost never carry a matching CRC-32C, which would stop the
// fuzzer at the first checksum; so every input is read twice: as it is, and
// with each record's checksum made to match (the fuzzer then gets at the
// record decoding behind it).

#include "fuzzsupport.h"
#include "outbox/crc32c.h"
#include "outbox/journalfile.h"
#include "outbox/journalformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sys/mman.h>
#include <unistd.h>

namespace {

using namespace JournalFormat;

// The input with every record's checksum recomputed, as far as the layout
// of journalformat.h can be followed (a header whose size runs past the end
// ends it).
QByteArray withMatchingChecksums(QByteArray bytes)
{
    qsizetype at = MagicSize;
    while (at + HeaderSize <= bytes.size()) {
        char *head = bytes.data() + at;
        const uint32_t bodySize = qFromLittleEndian<uint32_t>(head);
        if (bodySize > uint32_t(bytes.size() - at - HeaderSize))
            break;
        const auto type = uint8_t(head[4]);
        const uint32_t crc = crc32c(head + HeaderSize, bodySize, crc32c(&type, 1));
        qToLittleEndian<uint32_t>(crc, head + 5);
        at += HeaderSize + qsizetype(bodySize);
    }
    return bytes;
}

// What scan() says about bytes must hold for any bytes.
void checkContents(const JournalFile::Contents &c, const QByteArray &bytes)
{
    FUZZ_CHECK(c.validSize >= 0 && c.discarded >= 0);
    FUZZ_CHECK(c.validSize + c.discarded == bytes.size());
    FUZZ_CHECK(c.validSize == 0 || c.validSize >= MagicSize);
    FUZZ_CHECK(c.discarded == 0 || !c.discardReason.isEmpty());
    FUZZ_CHECK(c.validSize == 0 || c.discarded > 0 || c.discardReason.isEmpty());
    FUZZ_CHECK(c.releasedThrough <= c.lastSeq);
    quint64 previous = c.releasedThrough;
    for (const JournalFile::Entry &e : c.messages) {
        FUZZ_CHECK(e.seq > previous && e.seq <= c.lastSeq);
        previous = e.seq;
        FUZZ_CHECK(e.offset >= MagicSize && e.size >= quint32(HeaderSize));
        FUZZ_CHECK(e.offset + qint64(e.size) <= c.validSize);
        const char *record = bytes.constData() + e.offset;
        const auto header = readHeader(record);
        FUZZ_CHECK(header && header->type == Type::Message);
        FUZZ_CHECK(header->bodySize + quint32(HeaderSize) == e.size);
        FUZZ_CHECK(checksumMatches(*header, record + HeaderSize));
        const auto message = decodeMessage(record + HeaderSize, header->bodySize);
        FUZZ_CHECK(message && message->seq == e.seq && message->qos <= 2);
    }
}

JournalFile::Contents scanInMemory(const QByteArray &bytes)
{
    const int fd = memfd_create("journal", MFD_CLOEXEC);
    FUZZ_CHECK(fd >= 0);
    FUZZ_CHECK(write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size());
    JournalFile::Contents c = JournalFile::scan(fd, bytes.size());
    close(fd);
    checkContents(c, bytes);
    return c;
}

// open() on a copy: what it keeps is what scan() found, the file is left a
// clean journal (or set aside and started anew), and it takes a record.
void openCopy(const QByteArray &bytes, const JournalFile::Contents &scanned)
{
    const QString path = FuzzSupport::scratchPath("outbox.journal");
    FuzzSupport::writeFile(path, bytes);
    JournalFile file;
    JournalFile::Contents opened;
    FUZZ_CHECK(file.open(path, &opened));
    const bool setAside = !bytes.isEmpty() && scanned.validSize == 0;
    FUZZ_CHECK(QFileInfo::exists(path + QStringLiteral(".corrupt")) == setAside);
    if (setAside) {
        FUZZ_CHECK(opened.messages.empty() && opened.lastSeq == 0);
    } else {
        FUZZ_CHECK(opened.messages.size() == scanned.messages.size());
        FUZZ_CHECK(opened.lastSeq == scanned.lastSeq);
        FUZZ_CHECK(opened.releasedThrough == scanned.releasedThrough);
    }
    FUZZ_CHECK(file.size() == QFileInfo(path).size());
    for (const JournalFile::Entry &e : opened.messages) {
        const auto message = file.read(e);
        FUZZ_CHECK(message && message->seq == e.seq);
    }

    // The outbox numbers its next message lastSeq + 1 (Outbox::openJournal);
    // the next start must find it.
    const quint64 next = opened.lastSeq + 1;
    FUZZ_CHECK(file.append(encodeMessage({next, QStringLiteral("t"), "p", 1, false})));
    file.close();
    JournalFile reopened;
    JournalFile::Contents again;
    FUZZ_CHECK(reopened.open(path, &again));
    FUZZ_CHECK(again.discarded == 0);
    FUZZ_CHECK(again.messages.size() == opened.messages.size() + 1);
    FUZZ_CHECK(again.messages.back().seq == next);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".corrupt"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    openCopy(bytes, scanInMemory(bytes));
    const QByteArray fixed = withMatchingChecksums(bytes);
    if (fixed != bytes)
        openCopy(fixed, scanInMemory(fixed));
    return 0;
}
