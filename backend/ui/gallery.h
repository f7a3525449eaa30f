// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "galleryscan.h"

#include <QAbstractListModel>
#include <QPointer>

class EventService;
class RecordingService;
class Settings;

// The kiosk screen's gallery: the events, recordings and photos on the card,
// newest first (GalleryScan), as a list model with the words the screen
// shows. It reads the card while the gallery is on screen (active): when it
// opens and when an event is logged, a clip opens or closes or a photo is
// saved; a file the recorder's retention took meanwhile is shown as gone.
//
// Deleting goes through the owners: an event leaves the event log with its
// snapshot (EventService), and its clip goes unless another event shows
// it; a clip still being written is never deleted. What could not be
// deleted is said in message.
class Gallery : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // Why the last delete did not (fully) happen; empty when it did.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        // "motion", "tamper", "recording" or "photo"
        KindRole,
        TitleRole,
        // The start in local time, "Sun 29 Nov 14:23:55" in the screen's language.
        TimeTextRole,
        // "12 s", "2 min 05 s"; empty when there is none.
        DurationTextRole,
        // A line about the clip ("Still recording", "Clip no longer on the
        // card", "No clip"); empty when there is nothing to say.
        NoteRole,
        PictureRole, // file URL; empty: none
        ClipRole,    // file URL; empty: none to play
        ClipOffsetRole,
        RecordingRole,
    };
    Q_ENUM(Role)

    explicit Gallery(const Settings *settings, QObject *parent = nullptr);

    // Where the events and clips come from; either may be null (no events
    // service: no events; no recording service: no clips).
    void setEventService(EventService *events);
    void setRecordingService(RecordingService *recording);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    bool active() const { return m_active; }
    void setActive(bool active);
    QString message() const { return m_message; }
    const QList<GalleryEntry> &entries() const { return m_entries; }

    // Reads the card again (rows that stayed keep their place).
    Q_INVOKABLE void refresh();
    // Deletes the entry with key (KeyRole) and its files; false, with
    // message saying why, when it is not (or not fully) gone.
    Q_INVOKABLE bool remove(const QString &key);
    // Deletes every entry that can go; message names what stayed.
    Q_INVOKABLE void removeAll();

public slots:
    void retranslate();
    // Something on the card changed (a photo saved): read it again while
    // the gallery is on screen.
    void cardChanged();

signals:
    void countChanged();
    void activeChanged();
    void messageChanged();

private:
    GalleryScan::Sources sources() const;
    void setEntries(QList<GalleryEntry> entries);
    void setMessage(const QString &message);
    // Removes a clip or photo file (gone already is fine); false, and why
    // in error, when it cannot go.
    bool removeFile(const QString &path, QString *error) const;
    QString title(const GalleryEntry &entry) const;
    QString note(const GalleryEntry &entry) const;

    const Settings *m_settings;
    QPointer<EventService> m_events;
    QPointer<RecordingService> m_recording;
    QList<GalleryEntry> m_entries;
    QString m_message;
    bool m_active = false;
};
