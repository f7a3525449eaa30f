// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "config/settings.h"

#include <QAbstractListModel>
#include <QStringList>
namespace SettingsSchema {
struct Spec;
}

// The settings panel's model: every user-facing key of the schema, grouped
// Camera, Stream, Motion, MQTT, Device, Display, with what the panel needs to pick a
// control (type, choices, range, secret). Edits are checked by
// SettingsSchema::parse, so the panel shows the same message as the file and
// --set. apply() saves atomically through Settings and asks for a restart of
// exactly the services whose keys changed; cancel() forgets the edits.
//
// Values the settings file held but the schema refused at start run on their
// defaults: the panel marks them with the reason (problemKeys, the "problem"
// role, and the "error" role while the field has no message of its own) and
// counts them as edits, so Apply writes the defaults over the bad values.
// The PIN (ui/pin, not a field) is changed here too, with Apply and Cancel
// like every other setting: stagePin() and removePin().
class SettingsEditor : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList groups READ groups CONSTANT)
    Q_PROPERTY(QStringList groupTitles READ groupTitles NOTIFY groupTitlesChanged)
    Q_PROPERTY(bool edited READ edited NOTIFY editedChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY editedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QStringList problemKeys READ problemKeys NOTIFY problemsChanged)
    Q_PROPERTY(bool pinSetAfterApply READ pinSetAfterApply NOTIFY pinChangeChanged)
    Q_PROPERTY(QString pinStatus READ pinStatus NOTIFY pinChangeChanged)
    // Whether message() reports something wrong (red) or done (green).
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // Basic shows what most people set; Advanced adds the technical keys
    // (Spec::advanced) and shows each key's name.
    Q_PROPERTY(bool advanced READ advanced WRITE setAdvanced NOTIFY advancedChanged)
    // Tabs with a field that needs attention (a refused edit or a value of
    // the file that was refused), for a mark on the tab.
    Q_PROPERTY(QStringList attentionGroups READ attentionGroups NOTIFY editedChanged)

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
        ProblemRole,
        HelpRole,     // the schema's description
        UnitRole,     // short unit next to the field ("s", "Mbit/s")
        AdvancedRole, // shown only in the Advanced view
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
    QString message() const;
    // Keys whose values in the settings file were refused at start, in panel
    // order; each stays listed until Apply saves it.
    QStringList problemKeys() const;
    // The PIN as it will be once the panel is applied, and the words for a
    // change not applied yet ("" when there is none).
    bool pinSetAfterApply() const;
    QString pinStatus() const;
    bool messageIsError() const;
    bool advanced() const { return m_advanced; }
    void setAdvanced(bool advanced);
    QStringList attentionGroups() const;
    // The value of key as Apply would save it (in the file's units), for
    // trying it before it is saved ("Test connection"). A secret not typed
    // again is the stored one; never handed to QML.
    QString pendingValue(const QString &key) const;

    // The problems Settings::loadFile reported; those with a key mark it.
    void setStartupProblems(const QList<Settings::Problem> &problems);

    // The schema's message for text, or "" when it is acceptable.
    Q_INVOKABLE QString validate(const QString &key, const QString &text) const;
    // An edit from the panel; checked at once.
    Q_INVOKABLE void setText(const QString &key, const QString &text);
    // A secret is never shown, so "clear" is its own action.
    Q_INVOKABLE void clearSecret(const QString &key);
    Q_INVOKABLE QString textOf(const QString &key) const;
    Q_INVOKABLE QString errorOf(const QString &key) const;
    // Why the file's value of key was refused ("" when it was not).
    Q_INVOKABLE QString problemOf(const QString &key) const;
    // The panel group ("camera", ...) key is shown in; "" when not shown.
    Q_INVOKABLE QString groupOf(const QString &key) const;
    // The PIN goes with the next Apply: removed (Cancel keeps it).
    Q_INVOKABLE void removePin();
    // Saves every edit or, if one is invalid, none. True when saved.
    Q_INVOKABLE bool apply();
    Q_INVOKABLE void cancel();
    // Starts a fresh edit from the current settings.
    Q_INVOKABLE void reload();

public slots:
    void retranslate();
    // A new PIN (its hash, from PinLock) to be saved with the next Apply.
    void stagePin(const QString &hash);

signals:
    void groupTitlesChanged();
    void editedChanged();
    void messageChanged();
    void problemsChanged();
    void advancedChanged();
    void pinChangeChanged();
    // Names of the services whose keys changed ("video", "stream", ...).
    void restartRequested(const QStringList &services);
    void applied();
    // The language chosen in the panel, shown before Apply (and the saved
    // one again after Cancel).
    void languagePreviewRequested(const QString &language);

private:
    struct Row
    {
        const SettingsSchema::Spec *spec = nullptr;
        QString group;
        QString text;
        QString error;
        bool edited = false;
        bool clearSecret = false;
        bool problem = false; // the file's value was refused at start
        QString problemValue; // that value (never shown for a secret)
    };
    enum class PinChange { None, Set, Remove };
    // The last action's outcome, kept as what happened rather than as text:
    // the words are made when read, in the screen's language, and "needs
    // attention" goes away when nothing does any more.
    enum class Note { None, NeedsAttention, NothingToSave, Saved, SaveFailed };
    int rowOf(const QString &key) const;
    QString originalText(const Row &row) const;
    void setNote(Note note, const QString &detail = QString());
    void rowChanged(int row);
    QString problemText(const Row &row) const;
    void setPinChange(PinChange change, const QString &hash);

    Settings *m_settings;
    QList<Row> m_rows;
    Note m_note = Note::None;
    QString m_noteDetail; // Saved: the services restarted; SaveFailed: why
    bool m_advanced = false;
    PinChange m_pinChange = PinChange::None;
    QString m_pinHash;
};
