// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "eventlog.h"

#include "eventjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
// A line longer than this is no event of ours (an event is a few hundred bytes).
constexpr qint64 MaxLine = 64 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

bool EventLog::isSnapshotName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,200}\\.jpg$"));
    return pattern.match(name).hasMatch();
}

QString EventLog::logPath() const
{
    return QDir(m_directory).filePath(fileName());
}

QString EventLog::snapshotPath(const Event &event) const
{
    if (event.snapshot.isEmpty() || !isSnapshotName(event.snapshot))
        return {};
    return QDir(m_directory).filePath(event.snapshot);
}

void EventLog::setProblem(const QString &problem)
{
    m_problem = problem;
}

QByteArray EventLog::line(const Event &event) const
{
    return EventJson::toJson(event, m_device, EventJson::Phase::End) + '\n';
}

bool EventLog::open(const QString &directory, const Limits &limits, const QString &device)
{
    m_directory = directory;
    m_device = device;
    m_limits = limits;
    m_events.clear();
    m_entries.clear();
    m_unwritten = 0;
    m_rewriteNeeded = false;
    m_bytes = 0;
    m_skipped = 0;
    m_orphans = 0;
    m_problem.clear();

    if (!QDir().mkpath(directory)) {
        setProblem(QStringLiteral("cannot create the event directory %1").arg(directory));
        return false;
    }

    QFile file(logPath());
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            QByteArray text = file.readLine(MaxLine);
            const bool whole = text.endsWith('\n');
            if (!whole && !file.atEnd()) {
                // Longer than any event: skip the rest of it.
                while (!file.atEnd() && !file.readLine(MaxLine).endsWith('\n')) {
                }
                ++m_skipped;
                m_rewriteNeeded = true;
                continue;
            }
            const auto event = EventJson::fromJson(text.trimmed());
            if (text.trimmed().isEmpty())
                continue;
            if (!event || !event->isOver()) {
                ++m_skipped;
                m_rewriteNeeded = true;
                continue;
            }
            if (!whole)
                m_rewriteNeeded = true; // the file gets its last newline
            Event e = *event;
            Entry entry;
            const QString snapshot = snapshotPath(e);
            const QFileInfo info(snapshot);
            if (snapshot.isEmpty() || !info.isFile()) {
                if (!e.snapshot.isEmpty())
                    m_rewriteNeeded = true;
                e.snapshot.clear();
            } else {
                entry.snapshotBytes = info.size();
            }
            entry.lineBytes = line(e).size();
            m_bytes += entry.lineBytes + entry.snapshotBytes;
            m_events << e;
            m_entries << entry;
        }
    } else if (file.exists()) {
        setProblem(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }

    // Snapshots whose event never made it into the log.
    QSet<QString> referenced;
    for (const Event &e : std::as_const(m_events))
        referenced << e.snapshot;
    const QStringList jpegs =
        QDir(directory).entryList({QStringLiteral("*.jpg")}, QDir::Files | QDir::Hidden);
    for (const QString &name : jpegs) {
        if (!referenced.contains(name) && QFile::remove(QDir(directory).filePath(name)))
            ++m_orphans;
    }

    prune();
    if (m_rewriteNeeded)
        rewrite();
    if (m_problem.isEmpty()) {
        QFile probe(logPath());
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append))
            setProblem(
                QStringLiteral("cannot write %1: %2").arg(probe.fileName(), probe.errorString()));
    }
    return m_problem.isEmpty();
}

bool EventLog::append(const Event &event)
{
    Event e = event;
    Entry entry;
    const QFileInfo info(snapshotPath(e));
    if (e.snapshot.isEmpty() || !info.isFile())
        e.snapshot.clear();
    else
        entry.snapshotBytes = info.size();
    entry.lineBytes = line(e).size();
    m_events << e;
    m_entries << entry;
    m_bytes += entry.lineBytes + entry.snapshotBytes;
    ++m_unwritten;
    prune();
    if (m_rewriteNeeded)
        rewrite();
    else
        writePending();
    return m_problem.isEmpty();
}

bool EventLog::remove(const QString &id)
{
    const auto found = std::find_if(m_events.cbegin(), m_events.cend(),
                                    [&id](const Event &e) { return e.id == id; });
    if (found == m_events.cend())
        return false;
    const qsizetype index = found - m_events.cbegin();
    const Event event = m_events.takeAt(index);
    const Entry entry = m_entries.takeAt(index);
    m_bytes -= entry.lineBytes + entry.snapshotBytes;
    if (const QString path = snapshotPath(event); !path.isEmpty())
        QFile::remove(path);
    if (index >= m_events.size() - m_unwritten + 1)
        --m_unwritten; // it never reached the file
    else
        m_rewriteNeeded = true;
    if (m_rewriteNeeded)
        rewrite();
    return true;
}

void EventLog::clear()
{
    for (const Event &e : std::as_const(m_events)) {
        if (const QString path = snapshotPath(e); !path.isEmpty())
            QFile::remove(path);
    }
    m_events.clear();
    m_entries.clear();
    m_bytes = 0;
    m_unwritten = 0;
    // Until the card takes the empty file, the old lines are on it: an
    // append must not add to them.
    m_rewriteNeeded = true;
    rewrite();
}

void EventLog::prune()
{
    while (!m_events.isEmpty() &&
           (m_events.size() > m_limits.maxCount || m_bytes > m_limits.maxBytes)) {
        const Event oldest = m_events.takeFirst();
        const Entry entry = m_entries.takeFirst();
        m_bytes -= entry.lineBytes + entry.snapshotBytes;
        if (const QString path = snapshotPath(oldest); !path.isEmpty())
            QFile::remove(path);
        if (m_events.size() < m_unwritten)
            m_unwritten = int(m_events.size()); // it never reached the file
        else
            m_rewriteNeeded = true; // it is in the file
    }
}

bool EventLog::writePending()
{
    if (m_unwritten == 0)
        return true;
    QDir().mkpath(m_directory); // gone, or never made: the card may take it now
    QFile file(logPath());
    // A line torn by a full card or a power cut: end it, so the next one
    // starts on a line of its own.
    QByteArray data;
    if (file.open(QIODevice::ReadOnly) && file.size() > 0 && file.seek(file.size() - 1) &&
        file.read(1) != "\n")
        data = "\n";
    file.close();
    for (qsizetype i = m_events.size() - m_unwritten; i < m_events.size(); ++i)
        data += line(m_events.at(i));
    // Written with write(2): a full card's short write and then ENOSPC
    // come out as they are (QFile reports a short write without a reason).
    const QByteArray path = QFile::encodeName(file.fileName());
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        setProblem(QStringLiteral("cannot write %1: %2").arg(file.fileName(), errnoText(errno)));
        return false;
    }
    struct stat st = {};
    const off_t before = ::fstat(fd, &st) == 0 ? st.st_size : -1;
    qsizetype done = 0;
    int error = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? errno : ENOSPC;
            break;
        }
        done += n;
    }
    if (error != 0 && before >= 0) {
        // No torn line, where the card lets us (the next append ends one otherwise).
        [[maybe_unused]] const int truncated = ::ftruncate(fd, before);
    }
    ::close(fd);
    if (error != 0) {
        setProblem(QStringLiteral("cannot write %1: %2").arg(file.fileName(), errnoText(error)));
        return false;
    }
    m_unwritten = 0;
    setProblem({});
    return true;
}

bool EventLog::rewrite()
{
    QDir().mkpath(m_directory);
    QSaveFile file(logPath());
    QByteArray data;
    for (const Event &e : std::as_const(m_events))
        data += line(e);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        setProblem(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    m_unwritten = 0;
    m_rewriteNeeded = false;
    setProblem({});
    return true;
}
