// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "gallery.h"

#include "config/settings.h"
#include "events/eventservice.h"
#include "recording/recordingservice.h"
#include "snapshotfile.h"
#include "system/logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QUrl>

namespace {

QString kindName(GalleryEntry::Kind kind)
{
    switch (kind) {
    case GalleryEntry::Kind::Motion:
        return QStringLiteral("motion");
    case GalleryEntry::Kind::Tamper:
        return QStringLiteral("tamper");
    case GalleryEntry::Kind::Recording:
        return QStringLiteral("recording");
    case GalleryEntry::Kind::Photo:
        break;
    }
    return QStringLiteral("photo");
}

QUrl fileUrl(const QString &path)
{
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

} // namespace

Gallery::Gallery(const Settings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{}

void Gallery::setEventService(EventService *events)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = events;
    if (events)
        connect(events, &EventService::logChanged, this, &Gallery::cardChanged);
    cardChanged();
}

void Gallery::setRecordingService(RecordingService *recording)
{
    if (m_recording)
        disconnect(m_recording, nullptr, this, nullptr);
    m_recording = recording;
    if (recording) {
        connect(recording, &RecordingService::clipOpened, this, &Gallery::cardChanged);
        connect(recording, &RecordingService::clipClosed, this, &Gallery::cardChanged);
    }
    cardChanged();
}

int Gallery::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QHash<int, QByteArray> Gallery::roleNames() const
{
    return {
        {KeyRole, "key"},
        {KindRole, "kind"},
        {TitleRole, "title"},
        {TimeTextRole, "timeText"},
        {DurationTextRole, "durationText"},
        {NoteRole, "note"},
        {PictureRole, "picture"},
        {ClipRole, "clip"},
        {ClipOffsetRole, "clipOffset"},
        {RecordingRole, "recording"},
    };
}

QVariant Gallery::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GalleryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case KeyRole:
        return entry.key;
    case KindRole:
        return kindName(entry.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return title(entry);
    case TimeTextRole:
        // The screen's language decides the names of day and month
        // (KioskScreen sets the default locale).
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.startMs).toLocalTime(),
                                  QStringLiteral("ddd d MMM HH:mm:ss"));
    case DurationTextRole: {
        if (entry.durationMs < 0)
            return QString();
        if (entry.durationMs < 1000)
            return tr("under 1 s");
        const qint64 seconds = (entry.durationMs + 500) / 1000;
        if (seconds < 60)
            return tr("%1 s").arg(seconds);
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    case NoteRole:
        return note(entry);
    case PictureRole:
        return fileUrl(entry.picture);
    case ClipRole:
        return fileUrl(entry.clip);
    case ClipOffsetRole:
        return entry.clipOffsetMs;
    case RecordingRole:
        return entry.recording;
    default:
        return {};
    }
}

QString Gallery::title(const GalleryEntry &entry) const
{
    switch (entry.kind) {
    case GalleryEntry::Kind::Motion:
        return tr("Motion");
    case GalleryEntry::Kind::Tamper:
        return tr("Camera moved or knocked");
    case GalleryEntry::Kind::Recording:
        return tr("Recording");
    case GalleryEntry::Kind::Photo:
        break;
    }
    return tr("Photo");
}

QString Gallery::note(const GalleryEntry &entry) const
{
    if (entry.recording)
        return tr("Still recording");
    if (entry.clipGone)
        return tr("Clip no longer on the card");
    if (entry.kind != GalleryEntry::Kind::Photo && entry.clip.isEmpty())
        return tr("No clip");
    return {};
}

void Gallery::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    if (active) {
        setMessage({}); // about the last visit
        refresh();
    }
}

void Gallery::cardChanged()
{
    if (m_active)
        refresh();
}

GalleryScan::Sources Gallery::sources() const
{
    GalleryScan::Sources s;
    if (m_events) {
        s.events = m_events->loggedEvents();
        s.eventDirectory = m_events->directory();
    }
    if (m_recording) {
        s.clipDirectory = m_recording->directory();
        s.openClips = m_recording->openClips();
    }
    if (m_settings)
        s.photoDirectory =
            SnapshotFile::folder(m_settings->text(QStringLiteral("ui/snapshot_dir")));
    return s;
}

void Gallery::refresh()
{
    setEntries(GalleryScan::scan(sources(), QDateTime::currentMSecsSinceEpoch()));
}

void Gallery::setEntries(QList<GalleryEntry> entries)
{
    const auto sameKeys = [&] {
        if (entries.size() != m_entries.size())
            return false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).key != m_entries.at(i).key)
                return false;
        }
        return true;
    };
    if (sameKeys()) {
        // The same rows (a clip closed, a duration grew): the list keeps its
        // place and the row the joystick is on.
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i) == m_entries.at(i))
                continue;
            m_entries[i] = entries.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    emit countChanged();
}

void Gallery::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

bool Gallery::removeFile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    *error = tr("Could not delete %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

bool Gallery::remove(const QString &key)
{
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [&key](const GalleryEntry &e) { return e.key == key; });
    if (found == m_entries.cend()) {
        setMessage(tr("It was already deleted"));
        refresh();
        return false;
    }
    const GalleryEntry entry = *found;
    if (entry.recording) {
        setMessage(tr("This clip is still being recorded; it can be deleted when it is finished"));
        return false;
    }
    QString error;
    bool ok = true;
    if (entry.kind == GalleryEntry::Kind::Photo) {
        ok = removeFile(entry.picture, &error);
    } else {
        if (!entry.eventId.isEmpty() && m_events) {
            m_events->forgetEvent(entry.eventId);
            if (!m_events->logProblem().isEmpty())
                error = tr("The event log on the card could not be changed: %1")
                            .arg(m_events->logProblem());
        }
        // A continuous segment can show several events: it goes with the last.
        const QString clipName = QFileInfo(entry.clip).fileName();
        const bool shared =
            m_events &&
            std::any_of(m_events->loggedEvents().cbegin(), m_events->loggedEvents().cend(),
                        [&clipName](const Event &e) { return e.clip == clipName; });
        if (!entry.clip.isEmpty() && !shared)
            ok = removeFile(entry.clip, &error);
        ok = ok && error.isEmpty();
    }
    qCInfo(lcUi).noquote() << "gallery: deleted" << entry.key << (ok ? "" : "(not fully)");
    setMessage(error);
    refresh();
    return ok;
}

void Gallery::removeAll()
{
    refresh();
    const QList<GalleryEntry> entries = m_entries;
    QString error;
    QSet<QString> kept; // clips: events can share a continuous segment
    if (m_events) {
        m_events->forgetAllEvents();
        if (!m_events->logProblem().isEmpty())
            error = tr("The event log on the card could not be changed: %1")
                        .arg(m_events->logProblem());
    }
    for (const GalleryEntry &entry : entries) {
        if (entry.recording) {
            kept.insert(entry.clip);
            continue;
        }
        if (entry.kind == GalleryEntry::Kind::Photo) {
            removeFile(entry.picture, &error);
        } else if (!entry.clip.isEmpty()) {
            removeFile(entry.clip, &error);
        }
    }
    qCInfo(lcUi) << "gallery: deleted everything but" << kept.size() << "clip(s) being recorded";
    if (error.isEmpty() && !kept.isEmpty())
        error = tr("%n clip(s) still being recorded were kept", nullptr, int(kept.size()));
    setMessage(error);
    refresh();
}

void Gallery::retranslate()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    if (!m_message.isEmpty())
        emit messageChanged();
}
