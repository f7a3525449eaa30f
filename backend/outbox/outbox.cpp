// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "outbox.h"

#include "journalformat.h"
#include "system/logging.h"

#include <QDir>

#include <algorithm>

namespace {

// Released messages take more of the file than this, and more than half of
// it: the file is rewritten with only what is still waiting.
constexpr qint64 CompactAbove = 1 << 20;
// The client gave up on a message while connected: wait this long before
// sending again, so a message the broker always refuses cannot spin.
constexpr std::chrono::milliseconds ResendPause{1000};

} // namespace

Outbox::Outbox(QObject *parent)
    : QObject(parent)
    , m_syncTimer(this)
    , m_retryTimer(this)
    , m_resendTimer(this)
{
    qRegisterMetaType<OutboxMessage>();
    qRegisterMetaType<QList<OutboxMessage>>();
    qRegisterMetaType<Outbox::Options>();
    qRegisterMetaType<Outbox::Counts>();
    m_syncTimer.setSingleShot(true);
    connect(&m_syncTimer, &QTimer::timeout, this, &Outbox::tick);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_file.isOpen())
            flushMemory();
        else
            openJournal();
        countsMayHaveChanged();
        pump();
    });
    m_resendTimer.setSingleShot(true);
    m_resendTimer.setInterval(ResendPause);
    connect(&m_resendTimer, &QTimer::timeout, this, [this] { setConnected(m_connected, m_epoch); });
}

Outbox::~Outbox()
{
    close();
}

void Outbox::open(const Options &options)
{
    close();
    m_options = options;
    m_queue.clear();
    m_nextToSend = 0;
    m_inFlight = 0;
    m_nextSeq = 1;
    m_releasedThrough = m_releaseWritten = 0;
    m_unsynced = false;
    m_memoryBytes = 0;
    m_counts = {};
    m_lastEmitted = {};
    m_problem.clear();
    if (!options.directory.isEmpty() && options.limit > 0)
        openJournal();
    countsMayHaveChanged();
    pump();
}

void Outbox::openJournal()
{
    const bool takeOver = !m_queue.empty() || m_counts.dropped > 0 || m_nextSeq > 1;
    if (!QDir().mkpath(m_options.directory)) {
        setProblem(QStringLiteral("cannot create %1").arg(m_options.directory));
        m_retryTimer.start(m_options.retryInterval);
        return;
    }
    JournalFile::Contents contents;
    const bool writable = m_file.open(QDir(m_options.directory).filePath(journalName()), &contents);
    if (!m_file.warning().isEmpty())
        note(m_file.warning());

    if (!takeOver) {
        // What earlier runs left, oldest first.
        m_nextSeq = contents.lastSeq + 1;
        m_releasedThrough = m_releaseWritten = contents.releasedThrough;
        for (const JournalFile::Entry &entry : contents.messages) {
            Slot slot;
            slot.seq = entry.seq;
            slot.entry = entry;
            if (!writable) {
                // Read-only: keep them in memory, the file is given up below.
                if (!m_file.readRecord(entry, &slot.record))
                    continue;
                m_memoryBytes += slot.record.size();
                ++m_counts.inMemory;
            }
            m_queue.push_back(std::move(slot));
        }
        m_counts.restored = qint64(m_queue.size());
        while (qint64(m_queue.size()) > m_options.limit)
            dropOldest(false);
        while (m_memoryBytes > m_options.memoryBytes)
            dropOldest(true);
        if (m_counts.restored > 0)
            note(QStringLiteral("%1 messages restored from the last run (%2)")
                     .arg(m_counts.restored)
                     .arg(m_file.path()));
    }
    if (!writable) {
        m_file.close();
        setProblem(m_file.error());
        m_retryTimer.start(m_options.retryInterval);
        return;
    }
    if (takeOver) {
        // The card works again after failing at the start: the queue (all in
        // memory) is the truth, and the file becomes a copy of it.
        std::deque<JournalFile::Entry> placed;
        const auto recordAt = [this](size_t i, QByteArray *record) {
            *record = m_queue[i].record;
            return true;
        };
        const quint64 released = m_queue.empty() ? m_nextSeq - 1 : m_queue.front().seq - 1;
        if (!m_file.rewrite(m_queue.size(), recordAt, released, &placed)) {
            m_file.close();
            setProblem(m_file.error());
            m_retryTimer.start(m_options.retryInterval);
            return;
        }
        for (size_t i = 0; i < m_queue.size(); ++i) {
            m_queue[i].entry = placed[i];
            m_queue[i].record.clear();
        }
        m_memoryBytes = 0;
        m_counts.inMemory = 0;
        m_releasedThrough = m_releaseWritten = released;
        m_nextSeq = std::max(m_nextSeq, contents.lastSeq + 1);
        note(QStringLiteral("%1 is writable again: %2 waiting messages moved there")
                 .arg(m_file.path())
                 .arg(m_queue.size()));
    }
    setProblem({});
}

void Outbox::close()
{
    m_syncTimer.stop();
    m_retryTimer.stop();
    m_resendTimer.stop();
    if (m_file.isOpen()) {
        const bool anyOnCard = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                           [](const Slot &s) { return !s.inMemory(); });
        if (!anyOnCard) {
            m_file.truncate();
        } else {
            if (m_releasedThrough > m_releaseWritten &&
                m_file.append(JournalFormat::encodeRelease(m_releasedThrough)))
                m_releaseWritten = m_releasedThrough;
            m_file.sync();
        }
        m_file.close();
    }
    if (m_counts.inMemory > 0)
        note(QStringLiteral("%1 messages were only in memory (the card could not be "
                            "written) and are lost at exit")
                 .arg(m_counts.inMemory));
    m_connected = false;
}

bool Outbox::store(Slot &slot)
{
    qint64 offset = 0;
    if (!m_file.append(slot.record, &offset)) {
        setProblem(m_file.error());
        m_retryTimer.start(m_options.retryInterval);
        return false;
    }
    slot.entry = {slot.seq, offset, quint32(slot.record.size())};
    slot.record.clear();
    m_unsynced = true;
    scheduleTick();
    return true;
}

void Outbox::add(const QString &topic, const QByteArray &payload, int qos, bool retained)
{
    if (m_options.limit <= 0 && !m_connected) {
        ++m_counts.dropped; // nothing is kept while the broker is away
        countsMayHaveChanged();
        return;
    }
    Slot slot;
    slot.seq = m_nextSeq++;
    slot.record = JournalFormat::encodeMessage({slot.seq, topic, payload, qos, retained});
    // Messages only in memory are a suffix of the queue: while there are
    // any, a new one joins them, or the file would no longer be in order.
    const bool toCard = m_options.limit > 0 && m_file.isOpen() && m_counts.inMemory == 0;
    if (!toCard || !store(slot)) {
        m_memoryBytes += slot.record.size();
        ++m_counts.inMemory;
    }
    m_queue.push_back(std::move(slot));
    while (qint64(m_queue.size()) > std::max<qint64>(m_options.limit, m_inFlight + 1))
        dropOldest(false);
    while (m_memoryBytes > m_options.memoryBytes && m_counts.inMemory > 1)
        dropOldest(true);
    pump();
    countsMayHaveChanged();
}

void Outbox::dropOldest(bool memoryOnly)
{
    auto it = m_queue.begin();
    if (memoryOnly)
        it = std::find_if(m_queue.begin(), m_queue.end(),
                          [](const Slot &s) { return s.inMemory(); });
    if (it == m_queue.end())
        return;
    const size_t index = size_t(it - m_queue.begin());
    if (it->sent && !it->acked)
        --m_inFlight;
    if (it->inMemory()) {
        m_memoryBytes -= it->record.size();
        --m_counts.inMemory;
    }
    if (index < m_nextToSend)
        --m_nextToSend;
    m_queue.erase(it);
    ++m_counts.dropped;
    if (index == 0)
        m_releasedThrough = m_queue.empty() ? m_nextSeq - 1 : m_queue.front().seq - 1;
    scheduleTick();
}

void Outbox::releaseFront()
{
    while (!m_queue.empty() && m_queue.front().acked) {
        const Slot &front = m_queue.front();
        if (front.inMemory()) {
            m_memoryBytes -= front.record.size();
            --m_counts.inMemory;
        }
        m_releasedThrough = front.seq;
        m_queue.pop_front();
        if (m_nextToSend > 0)
            --m_nextToSend;
    }
}

void Outbox::setConnected(bool connected, int epoch)
{
    m_connected = connected;
    m_epoch = epoch;
    m_resendTimer.stop();
    // Whatever was in flight is unconfirmed: it goes again, in order.
    for (Slot &slot : m_queue)
        slot.sent = false;
    m_inFlight = 0;
    m_nextToSend = 0;
    pump();
}

void Outbox::acknowledge(quint64 seq, bool delivered)
{
    const auto it = std::lower_bound(m_queue.begin(), m_queue.end(), seq,
                                     [](const Slot &s, quint64 value) { return s.seq < value; });
    if (it == m_queue.end() || it->seq != seq || !it->sent || it->acked)
        return; // from an earlier connection, or dropped meanwhile
    if (!delivered) {
        if (!m_resendTimer.isActive())
            m_resendTimer.start();
        return;
    }
    it->acked = true;
    --m_inFlight;
    ++m_counts.delivered;
    releaseFront();
    scheduleTick();
    pump();
    countsMayHaveChanged();
}

std::optional<OutboxMessage> Outbox::load(const Slot &slot)
{
    if (slot.inMemory()) {
        const auto header = JournalFormat::readHeader(slot.record.constData());
        if (!header)
            return std::nullopt;
        return JournalFormat::decodeMessage(slot.record.constData() + JournalFormat::HeaderSize,
                                            header->bodySize);
    }
    return m_file.read(slot.entry);
}

void Outbox::pump()
{
    if (!m_connected || m_resendTimer.isActive())
        return;
    QList<OutboxMessage> batch;
    bool lost = false;
    while (m_inFlight < m_options.window && m_nextToSend < m_queue.size()) {
        Slot &slot = m_queue[m_nextToSend++];
        if (slot.sent || slot.acked)
            continue;
        std::optional<OutboxMessage> message = load(slot);
        if (!message) {
            // The card no longer gives back what was written: nothing to send.
            note(QStringLiteral("message %1 unreadable, given up: %2")
                     .arg(slot.seq)
                     .arg(m_file.error()));
            slot.acked = true;
            ++m_counts.dropped;
            lost = true;
            continue;
        }
        slot.sent = true;
        ++m_inFlight;
        batch << std::move(*message);
    }
    if (lost)
        releaseFront();
    if (!batch.isEmpty())
        emit send(batch, m_epoch);
}

void Outbox::scheduleTick()
{
    if (m_file.isOpen() && !m_syncTimer.isActive())
        m_syncTimer.start(m_options.syncInterval);
}

void Outbox::tick()
{
    if (!m_file.isOpen())
        return;
    const auto firstOnCard =
        std::find_if(m_queue.cbegin(), m_queue.cend(), [](const Slot &s) { return !s.inMemory(); });
    if (firstOnCard == m_queue.cend()) {
        // Nothing on the card is still needed: empty the file rather than
        // sync it. Delivered messages never reach the card this way.
        if (m_file.size() > JournalFormat::MagicSize && !m_file.truncate())
            note(m_file.error());
        m_unsynced = false;
        m_releaseWritten = m_releasedThrough;
        if (m_counts.inMemory > 0)
            flushMemory();
        return;
    }
    if (m_releasedThrough > m_releaseWritten &&
        m_file.append(JournalFormat::encodeRelease(m_releasedThrough))) {
        m_releaseWritten = m_releasedThrough;
    }
    if (m_unsynced) {
        if (!m_file.sync())
            note(m_file.error());
        m_unsynced = false;
    }
    const qint64 released = firstOnCard->entry.offset - JournalFormat::MagicSize;
    if (released > CompactAbove && released > m_file.size() / 2) {
        std::vector<size_t> onCard;
        for (size_t i = 0; i < m_queue.size(); ++i)
            if (!m_queue[i].inMemory())
                onCard.push_back(i);
        std::deque<JournalFile::Entry> placed;
        const auto recordAt = [this, &onCard](size_t i, QByteArray *record) {
            return m_file.readRecord(m_queue[onCard[i]].entry, record);
        };
        if (m_file.rewrite(onCard.size(), recordAt, m_releasedThrough, &placed)) {
            for (size_t i = 0; i < onCard.size(); ++i)
                m_queue[onCard[i]].entry = placed[i];
            m_releaseWritten = m_releasedThrough;
        } else {
            note(m_file.error());
        }
    }
}

void Outbox::flushMemory()
{
    const bool hadProblem = !m_problem.isEmpty();
    const auto firstInMemory =
        std::find_if(m_queue.begin(), m_queue.end(), [](const Slot &s) { return s.inMemory(); });
    qint64 moved = 0;
    for (auto it = firstInMemory; it != m_queue.end(); ++it) {
        const qint64 size = it->record.size();
        if (!store(*it))
            return;
        m_memoryBytes -= size;
        --m_counts.inMemory;
        ++moved;
    }
    if (hadProblem) {
        setProblem({});
        note(QStringLiteral("%1 is writable again: %2 waiting messages moved there")
                 .arg(m_file.path())
                 .arg(moved));
    }
}

void Outbox::note(const QString &text)
{
    qCInfo(lcMqtt).noquote() << text;
}

void Outbox::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

void Outbox::countsMayHaveChanged()
{
    m_counts.waiting = qint64(m_queue.size());
    if (m_counts == m_lastEmitted)
        return;
    m_lastEmitted = m_counts;
    emit countsChanged(m_counts);
}
