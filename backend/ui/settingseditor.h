// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QAbstractListModel>
#include <QStringList>

class Settings;
namespace SettingsSchema {
struct Spec;
}

// The settings panel's model: every user-facing key of the schema, grouped
// Camera, Stream, Motion, MQTT, Device, Display, with what the panel needs to pick a
// control (type, choices, range, secret). Edits are checked by
// SettingsSchema::parse, so the panel shows the same message as the file and
// --set. apply() saves atomically through Settings and asks for a restart of
// exactly the services whose keys changed; cancel() forgets the edits.
class SettingsEditor : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList groups READ groups CONSTANT)
    Q_PROPERTY(QStringList groupTitles READ groupTitles NOTIFY groupTitlesChanged)
    Q_PROPERTY(bool edited READ edited NOTIFY editedChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY editedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        GroupRole,
        LabelRole,
        TypeRole,
        ChoicesRole,
        ChoiceLabelsRole,
        MinimumRole,
        MaximumRole,
        AllowedRole,
        SecretRole,
        HasValueRole,
        TextRole,
        ErrorRole,
        EditedRole,
    };

    explicit SettingsEditor(Settings *settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Panel groups: "camera", "stream", "motion", "mqtt", "device", "display".
    QStringList groups() const;
    QStringList groupTitles() const;
    bool edited() const;
    int errorCount() const;
    QString message() const { return m_message; }

    // The schema's message for text, or "" when it is acceptable.
    Q_INVOKABLE QString validate(const QString &key, const QString &text) const;
    // An edit from the panel; checked at once.
    Q_INVOKABLE void setText(const QString &key, const QString &text);
    // A secret is never shown, so "clear" is its own action.
    Q_INVOKABLE void clearSecret(const QString &key);
    Q_INVOKABLE QString textOf(const QString &key) const;
    Q_INVOKABLE QString errorOf(const QString &key) const;
    // Saves every edit or, if one is invalid, none. True when saved.
    Q_INVOKABLE bool apply();
    Q_INVOKABLE void cancel();
    // Starts a fresh edit from the current settings.
    Q_INVOKABLE void reload();

public slots:
    void retranslate();

signals:
    void groupTitlesChanged();
    void editedChanged();
    void messageChanged();
    // Names of the services whose keys changed ("video", "stream", ...).
    void restartRequested(const QStringList &services);
    void applied();
    // The language chosen in the panel, shown before Apply (and the saved
    // one again after Cancel).
    void languagePreviewRequested(const QString &language);

private:
    struct Row
    {
        const SettingsSchema::Spec *spec;
        QString group;
        QString text;
        QString error;
        bool edited = false;
        bool clearSecret = false;
    };
    int rowOf(const QString &key) const;
    QString originalText(const Row &row) const;
    void setMessage(const QString &message);
    void rowChanged(int row);

    Settings *m_settings;
    QList<Row> m_rows;
    QString m_message;
};
