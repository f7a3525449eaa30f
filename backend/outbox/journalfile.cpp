// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "journalfile.h"

#include "journalformat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Reads a file front to back in large pieces.
class Reader
{
public:
    Reader(int fd, qint64 size)
        : m_fd(fd)
        , m_size(size)
    {}
    qint64 position() const { return m_position; }
    // The next n bytes, or nullptr when the file ends (or fails) before them.
    const char *take(qint64 n)
    {
        if (n > m_size - m_position)
            return nullptr;
        if (m_bufferStart + m_buffer.size() < m_position + n || m_position < m_bufferStart) {
            const qint64 want = std::max<qint64>(n, 1 << 16);
            m_buffer.resize(qsizetype(std::min(want, m_size - m_position)));
            qint64 got = 0;
            while (got < m_buffer.size()) {
                const ssize_t r = pread(m_fd, m_buffer.data() + got, size_t(m_buffer.size() - got),
                                        off_t(m_position + got));
                if (r < 0 && errno == EINTR)
                    continue;
                if (r <= 0)
                    break;
                got += r;
            }
            m_buffer.resize(qsizetype(got));
            m_bufferStart = m_position;
            if (got < n)
                return nullptr;
        }
        const char *p = m_buffer.constData() + (m_position - m_bufferStart);
        m_position += n;
        return p;
    }

private:
    int m_fd;
    qint64 m_size;
    qint64 m_position = 0;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
};

} // namespace

JournalFile::~JournalFile()
{
    close();
}

void JournalFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_size = 0;
    m_tailDirty = false;
}

bool JournalFile::fail(const QString &what, int error)
{
    m_error = QStringLiteral("%1 %2: %3").arg(what, m_path, errnoText(error));
    return false;
}

JournalFile::Contents JournalFile::scan(int fd, qint64 fileSize)
{
    using namespace JournalFormat;
    Contents c;
    Reader reader(fd, fileSize);
    const char *magic = reader.take(MagicSize);
    if (!magic || std::memcmp(magic, Magic, MagicSize) != 0) {
        c.discarded = fileSize;
        c.discardReason = QStringLiteral("no journal header");
        return c;
    }
    c.validSize = MagicSize;
    while (reader.position() < fileSize) {
        const qint64 start = reader.position();
        const char *head = reader.take(HeaderSize);
        const std::optional<Header> header = head ? readHeader(head) : std::nullopt;
        if (!header) {
            c.discardReason = head ? QStringLiteral("a record header that cannot be right")
                                   : QStringLiteral("a torn record header");
            break;
        }
        const char *body = reader.take(header->bodySize);
        if (!body) {
            c.discardReason = QStringLiteral("a torn record");
            break;
        }
        if (!checksumMatches(*header, body)) {
            c.discardReason = QStringLiteral("a record whose checksum does not match");
            break;
        }
        // No seq may be the largest there is: the outbox numbers the next
        // message lastSeq + 1, which would wrap to 0 and read as out of order.
        constexpr quint64 NoSeq = std::numeric_limits<quint64>::max();
        if (header->type == Type::Message) {
            const auto m = decodeMessage(body, header->bodySize);
            if (!m || m->seq <= c.lastSeq || m->seq == NoSeq) {
                c.discardReason = QStringLiteral("a message out of order");
                break;
            }
            c.lastSeq = m->seq;
            if (m->seq > c.releasedThrough)
                c.messages.push_back({m->seq, start, quint32(HeaderSize + header->bodySize)});
        } else {
            const auto released = decodeRelease(body, header->bodySize);
            if (!released || *released == NoSeq) {
                c.discardReason = QStringLiteral("a release mark that cannot be right");
                break;
            }
            c.releasedThrough = std::max(c.releasedThrough, *released);
            c.lastSeq = std::max(c.lastSeq, c.releasedThrough);
            while (!c.messages.empty() && c.messages.front().seq <= c.releasedThrough)
                c.messages.pop_front();
        }
        c.validSize = reader.position();
    }
    c.discarded = fileSize - c.validSize;
    if (c.discarded == 0)
        c.discardReason.clear();
    return c;
}

bool JournalFile::setAside(const QString &reason)
{
    const QString aside = m_path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(aside).constData()) != 0)
        return fail(QStringLiteral("cannot set aside"), errno);
    m_warning = QStringLiteral("%1 is no outbox journal (%2): set aside as %3 and started afresh")
                    .arg(m_path, reason, aside);
    return true;
}

bool JournalFile::open(const QString &path, Contents *contents)
{
    close();
    m_path = path;
    m_error.clear();
    m_warning.clear();
    *contents = {};
    const QByteArray name = QFile::encodeName(path);
    int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        // A read-only card: what was kept before can still be read (and sent);
        // the file stays open for read() only.
        const int readOnly = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        struct stat st = {};
        if (readOnly >= 0 && fstat(readOnly, &st) == 0) {
            *contents = scan(readOnly, st.st_size);
            m_fd = readOnly;
            m_size = contents->validSize;
        } else if (readOnly >= 0) {
            ::close(readOnly);
        }
        return fail(QStringLiteral("cannot open"), error);
    }
    struct stat st = {};
    if (fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(QStringLiteral("cannot read"), error);
    }
    *contents = scan(fd, st.st_size);
    if (st.st_size > 0 && contents->validSize == 0) {
        // Not a journal at all: keep it for a person to look at, start anew.
        ::close(fd);
        if (!setAside(contents->discardReason))
            return false;
        *contents = {};
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(QStringLiteral("cannot create"), errno);
    }
    m_fd = fd;
    if (contents->validSize == 0) {
        if (!writeAll(m_fd, JournalFormat::Magic, JournalFormat::MagicSize, 0)) {
            const int error = errno;
            close();
            return fail(QStringLiteral("cannot write"), error);
        }
        contents->validSize = JournalFormat::MagicSize;
    } else if (contents->discarded > 0) {
        m_warning = QStringLiteral("%1: %2 bytes after the last whole record cut off (%3)")
                        .arg(path)
                        .arg(contents->discarded)
                        .arg(contents->discardReason);
        if (ftruncate(m_fd, off_t(contents->validSize)) != 0) {
            const int error = errno;
            close();
            return fail(QStringLiteral("cannot cut the torn tail off"), error);
        }
    }
    m_size = contents->validSize;
    return true;
}

bool JournalFile::writeAll(int fd, const char *data, qint64 size, qint64 offset)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t w = pwrite(fd, data + done, size_t(size - done), off_t(offset + done));
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return false;
        if (w == 0) {
            errno = ENOSPC;
            return false;
        }
        done += w;
    }
    return true;
}

bool JournalFile::append(const QByteArray &record, qint64 *offset)
{
    if (m_fd < 0)
        return fail(QStringLiteral("not open:"), EBADF);
    if (m_tailDirty) {
        if (ftruncate(m_fd, off_t(m_size)) != 0)
            return fail(QStringLiteral("cannot cut a failed write off"), errno);
        m_tailDirty = false;
    }
    if (!writeAll(m_fd, record.constData(), record.size(), m_size)) {
        const int error = errno;
        // Part of the record may be there: take it back now, or before the
        // next append, so the file never holds a torn record mid-way.
        m_tailDirty = ftruncate(m_fd, off_t(m_size)) != 0;
        return fail(QStringLiteral("cannot write"), error);
    }
    if (offset)
        *offset = m_size;
    m_size += record.size();
    return true;
}

bool JournalFile::sync()
{
    if (m_fd < 0)
        return fail(QStringLiteral("not open:"), EBADF);
    if (fdatasync(m_fd) != 0)
        return fail(QStringLiteral("cannot sync"), errno);
    return true;
}

bool JournalFile::truncate()
{
    if (m_fd < 0)
        return fail(QStringLiteral("not open:"), EBADF);
    if (ftruncate(m_fd, JournalFormat::MagicSize) != 0)
        return fail(QStringLiteral("cannot truncate"), errno);
    m_size = JournalFormat::MagicSize;
    m_tailDirty = false;
    return true;
}

bool JournalFile::readRecord(const Entry &entry, QByteArray *record)
{
    if (m_fd < 0)
        return fail(QStringLiteral("not open:"), EBADF);
    record->resize(qsizetype(entry.size));
    qint64 got = 0;
    while (got < record->size()) {
        const ssize_t r = pread(m_fd, record->data() + got, size_t(record->size() - got),
                                off_t(entry.offset + got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return fail(QStringLiteral("cannot read"), r < 0 ? errno : EIO);
        got += r;
    }
    return true;
}

std::optional<OutboxMessage> JournalFile::read(const Entry &entry)
{
    QByteArray bytes;
    if (entry.size < quint32(JournalFormat::HeaderSize) || !readRecord(entry, &bytes))
        return std::nullopt;
    const auto header = JournalFormat::readHeader(bytes.constData());
    const char *body = bytes.constData() + JournalFormat::HeaderSize;
    if (!header || header->type != JournalFormat::Type::Message ||
        header->bodySize != entry.size - JournalFormat::HeaderSize ||
        !JournalFormat::checksumMatches(*header, body)) {
        fail(QStringLiteral("a record changed under us in"), EIO);
        return std::nullopt;
    }
    return JournalFormat::decodeMessage(body, header->bodySize);
}

bool JournalFile::rewrite(size_t count, const RecordSource &recordAt, quint64 releasedThrough,
                          std::deque<Entry> *entries)
{
    if (m_fd < 0)
        return fail(QStringLiteral("not open:"), EBADF);
    const QString temporary = m_path + QStringLiteral(".new");
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const int fd = ::open(temporaryName.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot create a new copy of"), errno);
    const auto abandon = [&](const QString &what) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporaryName.constData());
        return fail(what, error);
    };
    // The release mark first: it keeps seq growing across restarts.
    QByteArray out = QByteArray(JournalFormat::Magic, JournalFormat::MagicSize) +
                     JournalFormat::encodeRelease(releasedThrough);
    qint64 written = 0;
    std::deque<Entry> placed;
    QByteArray record;
    for (size_t i = 0; i < count; ++i) {
        if (!recordAt(i, &record)) {
            errno = EIO;
            return abandon(QStringLiteral("cannot read a record for a new copy of"));
        }
        const auto header = JournalFormat::readHeader(record.constData());
        const auto message =
            header ? JournalFormat::decodeMessage(record.constData() + JournalFormat::HeaderSize,
                                                  header->bodySize)
                   : std::nullopt;
        placed.push_back(
            {message ? message->seq : 0, written + out.size(), quint32(record.size())});
        out += record;
        if (out.size() >= (1 << 16)) {
            if (!writeAll(fd, out.constData(), out.size(), written))
                return abandon(QStringLiteral("cannot write a new copy of"));
            written += out.size();
            out.clear();
        }
    }
    if (!writeAll(fd, out.constData(), out.size(), written))
        return abandon(QStringLiteral("cannot write a new copy of"));
    written += out.size();
    if (fdatasync(fd) != 0)
        return abandon(QStringLiteral("cannot sync a new copy of"));
    if (::rename(temporaryName.constData(), QFile::encodeName(m_path).constData()) != 0)
        return abandon(QStringLiteral("cannot replace"));
    // The rename itself must reach the card before the old file is trusted gone.
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        fsync(dirFd);
        ::close(dirFd);
    }
    ::close(m_fd);
    m_fd = fd;
    m_size = written;
    m_tailDirty = false;
    *entries = std::move(placed);
    return true;
}
