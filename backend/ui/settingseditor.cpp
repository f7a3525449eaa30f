// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "settingseditor.h"

#include "config/settings.h"
#include "config/settingsschema.h"
#include "settingslabels.h"
#include "system/logging.h"

using SettingsSchema::Spec;
using SettingsSchema::Type;

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString PinKey = QStringLiteral("ui/pin");

// The control the panel shows: a number typed in a scaled unit (Mbit/s for
// bit/s) takes decimals even when the file holds an integer.
QString typeName(const Spec &spec)
{
    switch (spec.type) {
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Integer:
        return spec.panelScale == 1 ? QStringLiteral("integer") : QStringLiteral("real");
    case Type::Real:
        return QStringLiteral("real");
    case Type::Choice:
        return QStringLiteral("choice");
    case Type::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}
} // namespace

SettingsEditor::SettingsEditor(Settings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    for (const QString &group : groups()) {
        for (const Spec &spec : SettingsSchema::all()) {
            if (!spec.userFacing || spec.group != group)
                continue;
            Row row;
            row.spec = &spec;
            row.group = group;
            m_rows.append(row);
        }
    }
    reload();
}

QStringList SettingsEditor::groups() const
{
    QStringList ids;
    for (const SettingsSchema::PanelGroup &g : SettingsSchema::panelGroups())
        ids << g.id;
    return ids;
}

QStringList SettingsEditor::groupTitles() const
{
    QStringList titles;
    for (const QString &g : groups())
        titles << SettingsLabels::groupTitle(g);
    return titles;
}

int SettingsEditor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> SettingsEditor::roleNames() const
{
    return {
        {KeyRole, "key"},         {GroupRole, "group"},       {LabelRole, "label"},
        {TypeRole, "type"},       {ChoicesRole, "choices"},   {ChoiceLabelsRole, "choiceLabels"},
        {MinimumRole, "minimum"}, {MaximumRole, "maximum"},   {AllowedRole, "allowed"},
        {SecretRole, "secret"},   {HasValueRole, "hasValue"}, {TextRole, "text"},
        {ErrorRole, "error"},     {EditedRole, "edited"},     {ProblemRole, "problem"},
        {HelpRole, "help"},       {UnitRole, "unit"},         {AdvancedRole, "advanced"}};
}

QVariant SettingsEditor::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Spec &spec = *row.spec;
    switch (role) {
    case KeyRole:
        return spec.key;
    case GroupRole:
        return row.group;
    case LabelRole:
        return SettingsLabels::label(spec);
    case HelpRole:
        return SettingsLabels::description(spec);
    case UnitRole:
        return SettingsLabels::unit(spec);
    case AdvancedRole:
        return spec.advanced;
    case TypeRole:
        return typeName(spec);
    case ChoicesRole:
        return spec.choices;
    case ChoiceLabelsRole: {
        QStringList labels;
        for (int i = 0; i < spec.choices.size(); ++i)
            labels << SettingsLabels::choiceLabel(spec, i);
        return labels;
    }
    case MinimumRole:
        return spec.minimum / spec.panelScale;
    case MaximumRole:
        return spec.maximum / spec.panelScale;
    case AllowedRole:
        return SettingsLabels::allowed(spec);
    case SecretRole:
        return spec.secret;
    case HasValueRole:
        return !row.clearSecret && !m_settings->text(spec.key).isEmpty();
    case TextRole:
        return row.text;
    case ErrorRole:
        // A field's own message first; else why the file's value was refused.
        return row.error.isEmpty() ? problemText(row) : row.error;
    case EditedRole:
        return row.edited;
    case ProblemRole:
        return problemText(row);
    }
    return {};
}

int SettingsEditor::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).spec->key == key)
            return i;
    return -1;
}

QString SettingsEditor::originalText(const Row &row) const
{
    // Secrets are never handed to the screen.
    return row.spec->secret ? QString()
                            : SettingsLabels::toPanel(*row.spec, m_settings->text(row.spec->key));
}

QString SettingsEditor::validate(const QString &key, const QString &text) const
{
    const SettingsSchema::Spec *spec = SettingsSchema::find(key);
    if (!spec)
        return SettingsSchema::parse(key, text).error;
    // The schema decides; the message is said in the screen's language and
    // the panel's units.
    return SettingsSchema::parse(*spec, SettingsLabels::fromPanel(*spec, text)).error.isEmpty()
               ? QString()
               : SettingsLabels::refusal(*spec, text);
}

QString SettingsEditor::textOf(const QString &key) const
{
    const int i = rowOf(key);
    return i < 0 ? QString() : m_rows.at(i).text;
}

QString SettingsEditor::errorOf(const QString &key) const
{
    const int i = rowOf(key);
    return i < 0 ? QString() : m_rows.at(i).error;
}

QString SettingsEditor::problemOf(const QString &key) const
{
    const int i = rowOf(key);
    return i < 0 ? QString() : problemText(m_rows.at(i));
}

QString SettingsEditor::groupOf(const QString &key) const
{
    const int i = rowOf(key);
    return i < 0 ? QString() : m_rows.at(i).group;
}

QString SettingsEditor::problemText(const Row &row) const
{
    if (!row.problem)
        return {};
    return tr("In the settings file: %1. The default is used until Apply saves it.")
        .arg(SettingsLabels::refusal(*row.spec, row.problemValue));
}

QStringList SettingsEditor::problemKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        if (row.problem)
            keys << row.spec->key;
    return keys;
}

void SettingsEditor::setStartupProblems(const QList<Settings::Problem> &problems)
{
    bool any = false;
    for (const Settings::Problem &p : problems) {
        const int i = p.isError() ? rowOf(p.key) : -1;
        if (i < 0)
            continue;
        m_rows[i].problem = true;
        m_rows[i].problemValue = p.value;
        any = true;
    }
    if (!any)
        return;
    reload();
    emit problemsChanged();
    emit messageChanged();
}

QString SettingsEditor::message() const
{
    switch (m_note) {
    case Note::NeedsAttention:
        // True only while a field still needs it.
        if (const int errors = errorCount(); errors > 0)
            return tr("Not saved: %n setting(s) need attention", nullptr, errors);
        break;
    case Note::NothingToSave:
        return tr("Nothing to save");
    case Note::Saved:
        return m_noteDetail.isEmpty() ? tr("Saved") : tr("Saved; restarting %1").arg(m_noteDetail);
    case Note::SaveFailed:
        return tr("Not saved: %1").arg(m_noteDetail);
    case Note::None:
        break;
    }
    const int problems = int(problemKeys().size());
    if (problems == 0)
        return {};
    return tr("%n value(s) in the settings file could not be used and run on their defaults "
              "until Apply",
              nullptr, problems);
}

bool SettingsEditor::messageIsError() const
{
    switch (m_note) {
    case Note::NeedsAttention:
        if (errorCount() > 0)
            return true;
        break;
    case Note::NothingToSave:
    case Note::Saved:
        return false;
    case Note::SaveFailed:
        return true;
    case Note::None:
        break;
    }
    return !problemKeys().isEmpty();
}

void SettingsEditor::setAdvanced(bool advanced)
{
    if (advanced == m_advanced)
        return;
    m_advanced = advanced;
    emit advancedChanged();
}

QStringList SettingsEditor::attentionGroups() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if ((!row.error.isEmpty() || row.problem) && !out.contains(row.group))
            out << row.group;
    }
    return out;
}

QString SettingsEditor::pendingValue(const QString &key) const
{
    const int i = rowOf(key);
    if (i < 0)
        return m_settings->text(key);
    const Row &row = m_rows.at(i);
    if (row.clearSecret)
        return {};
    if (row.spec->secret && !row.edited)
        return m_settings->text(key);
    return SettingsLabels::fromPanel(*row.spec, row.text);
}

bool SettingsEditor::pinSetAfterApply() const
{
    switch (m_pinChange) {
    case PinChange::Set:
        return true;
    case PinChange::Remove:
        return false;
    case PinChange::None:
        break;
    }
    return !m_settings->text(PinKey).isEmpty();
}

QString SettingsEditor::pinStatus() const
{
    switch (m_pinChange) {
    case PinChange::Set:
        return tr("New PIN: saved with Apply");
    case PinChange::Remove:
        return tr("PIN removed with Apply");
    case PinChange::None:
        break;
    }
    return {};
}

void SettingsEditor::setPinChange(PinChange change, const QString &hash)
{
    if (change == m_pinChange && hash == m_pinHash)
        return;
    m_pinChange = change;
    m_pinHash = hash;
    if (change != PinChange::None && m_note != Note::NeedsAttention)
        setNote(Note::None); // "Saved" is no longer true
    emit pinChangeChanged();
    emit editedChanged();
}

void SettingsEditor::stagePin(const QString &hash)
{
    if (hash.isEmpty())
        removePin();
    else
        setPinChange(PinChange::Set, hash);
}

void SettingsEditor::removePin()
{
    // Removing a PIN that is not saved yet only forgets it.
    setPinChange(m_settings->text(PinKey).isEmpty() ? PinChange::None : PinChange::Remove,
                 QString());
}

void SettingsEditor::rowChanged(int row)
{
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx);
    // An edit makes "Saved" or "Nothing to save" untrue; "needs attention"
    // is counted again when read.
    if (m_note == Note::NeedsAttention)
        emit messageChanged();
    else if (m_note != Note::None)
        setNote(Note::None);
    emit editedChanged();
}

void SettingsEditor::setText(const QString &key, const QString &text)
{
    const int i = rowOf(key);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    if (row.text == text && (row.edited || text == originalText(row)))
        return;
    row.text = text;
    row.clearSecret = false;
    // An untouched secret field (empty) means "keep the stored one".
    row.edited = row.problem || (row.spec->secret ? !text.isEmpty() : text != originalText(row));
    row.error = row.edited ? validate(key, text) : QString();
    rowChanged(i);
    if (key == LanguageKey && row.error.isEmpty())
        emit languagePreviewRequested(text);
}

void SettingsEditor::clearSecret(const QString &key)
{
    const int i = rowOf(key);
    if (i < 0 || !m_rows.at(i).spec->secret)
        return;
    Row &row = m_rows[i];
    row.text.clear();
    row.error.clear();
    row.clearSecret = true;
    row.edited = row.problem || !m_settings->text(key).isEmpty();
    rowChanged(i);
}

bool SettingsEditor::edited() const
{
    return m_pinChange != PinChange::None ||
           std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.edited; });
}

int SettingsEditor::errorCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return !r.error.isEmpty(); }));
}

void SettingsEditor::setNote(Note note, const QString &detail)
{
    m_note = note;
    m_noteDetail = detail;
    emit messageChanged();
}

bool SettingsEditor::apply()
{
    // Everything is checked first: either every edit is saved or none is.
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString error =
            row.edited && !row.clearSecret ? validate(row.spec->key, row.text) : QString();
        if (error != row.error) {
            row.error = error;
            rowChanged(i);
        }
    }
    if (errorCount() > 0) {
        setNote(Note::NeedsAttention);
        return false;
    }

    struct Change
    {
        QString key;
        QString before;
        QString after;
    };
    QList<Change> changes;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.edited)
            changes.append(
                {row.spec->key, m_settings->text(row.spec->key),
                 row.clearSecret ? QString() : SettingsLabels::fromPanel(*row.spec, row.text)});
    }
    if (m_pinChange != PinChange::None)
        changes.append({PinKey, m_settings->text(PinKey), m_pinHash});
    if (changes.isEmpty()) {
        setNote(Note::NothingToSave);
        return true;
    }

    QStringList services;
    for (const Change &c : std::as_const(changes)) {
        const QVariant before = m_settings->value(c.key);
        if (const QString error = m_settings->setValue(c.key, c.after); !error.isEmpty()) {
            qCWarning(lcUi).noquote() << "settings panel:" << error; // not reached: validated
            continue;
        }
        const QString service = SettingsSchema::find(c.key)->service;
        if (m_settings->value(c.key) != before && !service.isEmpty() && !services.contains(service))
            services << service;
    }
    if (const QString error = m_settings->save(); !error.isEmpty()) {
        // Leave the running settings as they were, like the file.
        for (const Change &c : std::as_const(changes))
            m_settings->setValue(c.key, c.before);
        setNote(Note::SaveFailed, error);
        return false;
    }

    qCInfo(lcUi).noquote() << "settings panel saved" << changes.size() << "value(s); restarting"
                           << (services.isEmpty() ? QStringLiteral("nothing")
                                                  : services.join(QStringLiteral(", ")));
    if (m_pinChange != PinChange::None)
        qCInfo(lcUi) << (m_pinChange == PinChange::Set ? "settings PIN set"
                                                       : "settings PIN removed");
    // What was saved replaced the file's bad values.
    const bool hadProblems = !problemKeys().isEmpty();
    for (Row &row : m_rows)
        row.problem = false;
    reload();
    if (hadProblems)
        emit problemsChanged();
    setNote(Note::Saved, services.join(QStringLiteral(", ")));
    if (!services.isEmpty())
        emit restartRequested(services);
    emit applied();
    return true;
}

void SettingsEditor::cancel()
{
    reload();
    emit languagePreviewRequested(m_settings->text(LanguageKey));
}

void SettingsEditor::reload()
{
    // The rows stay (the schema does not change at run time), so the panel
    // keeps its delegates: only their data changes.
    for (Row &row : m_rows) {
        row.text = originalText(row);
        row.error.clear();
        // A value the file held but the schema refused is replaced by the
        // default with the next Apply: an edit from the start.
        row.edited = row.problem;
        row.clearSecret = row.problem && row.spec->secret;
    }
    setPinChange(PinChange::None, QString());
    // A panel opened again starts without the last visit's message.
    setNote(Note::None);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit editedChanged();
}

void SettingsEditor::retranslate()
{
    emit groupTitlesChanged();
    // Messages already shown are said again in the new language.
    for (Row &row : m_rows) {
        if (!row.error.isEmpty())
            row.error = validate(row.spec->key, row.text);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(
            index(0), index(int(m_rows.size()) - 1),
            {LabelRole, HelpRole, UnitRole, ChoiceLabelsRole, AllowedRole, ErrorRole, ProblemRole});
    emit messageChanged();
    emit pinChangeChanged();
}
