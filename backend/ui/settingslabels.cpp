// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "settingslabels.h"

#include "config/settingsschema.h"
#include "system/redact.h"

#include <QCoreApplication>

#include <cmath>

namespace SettingsLabels {
namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate(SettingsSchema::TranslationContext, source);
}

bool scaled(const SettingsSchema::Spec &spec)
{
    return spec.panelScale != 1;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

QString translate(const QString &source)
{
    return source.isEmpty() ? source : tr(source.toUtf8().constData());
}

QString groupTitle(const QString &group)
{
    for (const SettingsSchema::PanelGroup &g : SettingsSchema::panelGroups()) {
        if (g.id == group)
            return translate(g.title);
    }
    return group;
}

QString label(const SettingsSchema::Spec &spec)
{
    return translate(spec.label);
}

QString description(const SettingsSchema::Spec &spec)
{
    return translate(spec.description);
}

QString unit(const SettingsSchema::Spec &spec)
{
    return translate(spec.panelUnit);
}

QString choiceLabel(const SettingsSchema::Spec &spec, int index)
{
    if (index < 0 || index >= spec.choices.size())
        return {};
    return index < spec.choiceLabels.size() ? translate(spec.choiceLabels.at(index))
                                            : spec.choices.at(index);
}

QString toPanel(const SettingsSchema::Spec &spec, const QString &stored)
{
    bool ok = false;
    const double v = stored.trimmed().toDouble(&ok);
    if (!scaled(spec) || !ok)
        return stored;
    return number(v / spec.panelScale);
}

QString fromPanel(const SettingsSchema::Spec &spec, const QString &typed)
{
    bool ok = false;
    const double v = typed.trimmed().toDouble(&ok);
    if (!scaled(spec) || !ok || !std::isfinite(v))
        return typed;
    const double stored = v * spec.panelScale;
    return spec.type == SettingsSchema::Type::Integer ? QString::number(std::llround(stored))
                                                      : number(stored);
}

QString allowed(const SettingsSchema::Spec &spec)
{
    using SettingsSchema::Type;
    namespace Words = SettingsSchema::Words;
    switch (spec.type) {
    case Type::Bool:
        return translate(spec.allowed);
    case Type::Integer:
    case Type::Real: {
        // Typed in the panel's unit, a scaled integer takes decimals.
        const bool integer = spec.type == Type::Integer && !scaled(spec);
        const QString range = tr(integer ? Words::IntegerRange : Words::NumberRange)
                                  .arg(number(spec.minimum / spec.panelScale),
                                       number(spec.maximum / spec.panelScale));
        const QString unitWords = scaled(spec) ? unit(spec) : translate(spec.unit);
        return unitWords.isEmpty() ? range : range + QLatin1Char(' ') + unitWords;
    }
    case Type::Choice:
        return tr(Words::OneOf).arg(spec.choices.join(QStringLiteral(", ")));
    case Type::Text:
        return translate(spec.allowed);
    }
    return spec.allowed;
}

QString refusal(const SettingsSchema::Spec &spec, const QString &typed)
{
    namespace Words = SettingsSchema::Words;
    // The value is shown as in every other message: masked and escaped.
    const QString shown = spec.secret ? tr(Words::ValueGiven) : Redact::quotedValue(typed);
    if (const qsizetype at = Redact::firstControl(typed); at >= 0) {
        const QString which = spec.secret
                                  ? tr(Words::AControlCharacter)
                                  : tr(Words::ControlCharacter).arg(Redact::escaped(typed.at(at)));
        return tr(Words::NotAllowedControl).arg(spec.key, shown, which, allowed(spec));
    }
    const SettingsSchema::Detail detail = spec.type == SettingsSchema::Type::Text && spec.explain
                                              ? spec.explain(typed)
                                              : SettingsSchema::Detail();
    // A value the plain rule refuses gets no detail, as in SettingsSchema::parse.
    const bool plainRefusal = spec.accepts && !spec.accepts(typed);
    if (!detail.isEmpty() && !plainRefusal)
        return tr(Words::NotAllowedDetail)
            .arg(spec.key, shown, detail.withArgs(translate(detail.words)), allowed(spec));
    return tr(Words::NotAllowed).arg(spec.key, shown, allowed(spec));
}

} // namespace SettingsLabels
