// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "settings.h"

#include "inifile.h"
#include "system/logging.h"
#include "system/redact.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using SettingsSchema::Spec;

namespace {
const QString SystemPath = QStringLiteral("/etc/picam-kiosk/picam-kiosk.conf");
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{}

QString Settings::defaultPath()
{
    if (QFileInfo::exists(SystemPath))
        return SystemPath;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/picam-kiosk/picam-kiosk.conf");
}

QList<Settings::Problem> Settings::loadFile(const QString &path)
{
    m_path = path;
    QList<Problem> found;
    const IniFile::Contents contents = IniFile::read(path);
    if (!contents.errors.isEmpty()) {
        for (const QString &error : contents.errors)
            found << Problem{Problem::Kind::Error, error};
    } else {
        for (auto it = contents.values.cbegin(); it != contents.values.cend(); ++it) {
            const Spec *spec = SettingsSchema::find(it.key());
            if (!spec) {
                m_unknown.insert(it.key(), it.value());
                found << Problem{Problem::Kind::Warning,
                                 QStringLiteral("%1: unknown setting in %2, ignored")
                                     .arg(it.key(), Redact::escapeControl(path))};
                continue;
            }
            const auto parsed = SettingsSchema::parse(*spec, it.value());
            if (parsed.ok())
                m_fileValues.insert(spec->key, parsed.value);
            else
                found << Problem{Problem::Kind::Error, parsed.error};
        }
    }
    m_problems << found;
    return found;
}

Settings::Problem Settings::override(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    // Checked before trimming, which would drop a newline or tab unseen.
    const QString rawKey = eq > 0 ? assignment.left(eq) : QString();
    const QString key = rawKey.trimmed();
    Problem problem{Problem::Kind::Error, {}};
    if (key.isEmpty()) {
        // Without '=' there is no telling key from value ("mqtt/password
        // hunter2"): only the leading run of key characters is shown.
        static const QRegularExpression keyLike(QStringLiteral("^[A-Za-z0-9_/.-]*"));
        const QString head = keyLike.match(assignment).captured();
        problem.message =
            QStringLiteral("--set %1: expected group/key=value")
                .arg(Redact::quotedValue(
                    head.size() < assignment.size() ? head + QStringLiteral("...") : head));
    } else if (const qsizetype at = Redact::firstControl(rawKey); at >= 0) {
        problem.message = QStringLiteral("--set %1: control character %2 in the key; expected "
                                         "group/key=value")
                              .arg(Redact::quotedValue(rawKey), Redact::escaped(rawKey.at(at)));
    } else if (!IniFile::isKeyPath(key)) {
        problem.message = QStringLiteral("--set %1: not a group/key; expected group/key=value")
                              .arg(Redact::quotedValue(key));
    } else {
        const Spec *spec = SettingsSchema::find(key);
        if (!spec) {
            problem = {Problem::Kind::Warning,
                       QStringLiteral("%1: unknown setting, ignored").arg(key)};
        } else {
            const auto parsed = SettingsSchema::parse(*spec, assignment.mid(eq + 1));
            if (parsed.ok()) {
                m_overrides.insert(key, parsed.value);
                return {Problem::Kind::Warning, {}};
            }
            problem.message = parsed.error;
        }
    }
    m_problems << problem;
    return problem;
}

QString Settings::setValue(const QString &key, const QString &text)
{
    const auto parsed = SettingsSchema::parse(key, text);
    if (!parsed.ok())
        return parsed.error;
    const QVariant before = value(key);
    m_fileValues.insert(key, parsed.value);
    m_overrides.remove(key);
    if (value(key) != before)
        emit valueChanged(key);
    return {};
}

QString Settings::save() const
{
    QList<QPair<QString, QString>> ordered;
    // Private whenever a value may hold a secret: a secret setting, a URL
    // with user info in any setting, or any unknown key (whatever it holds is
    // unknown too).
    bool mayHoldSecret = !m_unknown.isEmpty();
    for (const Spec &spec : SettingsSchema::all()) {
        if (!m_fileValues.contains(spec.key))
            continue;
        const QString text = SettingsSchema::toText(spec, m_fileValues.value(spec.key));
        mayHoldSecret =
            mayHoldSecret || (spec.secret && !text.isEmpty()) || Redact::hasUrlUserInfo(text);
        ordered.append({spec.key, text});
    }
    for (auto it = m_unknown.cbegin(); it != m_unknown.cend(); ++it)
        ordered.append({it.key(), it.value()});
    // Keep groups together: the schema order within each group.
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        const QStringList groups = SettingsSchema::groups();
        auto rank = [&groups](const QString &key) {
            const qsizetype i = groups.indexOf(key.section(QLatin1Char('/'), 0, 0));
            return i < 0 ? groups.size() : i;
        };
        return rank(a.first) < rank(b.first);
    });
    const QString error = IniFile::write(m_path, ordered, mayHoldSecret);
    if (error.isEmpty())
        qCInfo(lcConfig).noquote() << "settings saved to" << m_path;
    return error;
}

QString Settings::saveAs(const QString &path)
{
    m_path = path;
    return save();
}

QVariant Settings::value(const QString &key) const
{
    if (auto it = m_overrides.constFind(key); it != m_overrides.cend())
        return *it;
    if (auto it = m_fileValues.constFind(key); it != m_fileValues.cend())
        return *it;
    const Spec *spec = SettingsSchema::find(key);
    Q_ASSERT_X(spec, "Settings::value", qPrintable(key));
    return spec ? SettingsSchema::parse(*spec, spec->defaultText).value : QVariant();
}

QString Settings::text(const QString &key) const
{
    const Spec *spec = SettingsSchema::find(key);
    return spec ? SettingsSchema::toText(*spec, value(key)) : QString();
}

QString Settings::expanded(const QString &key) const
{
    QString t = text(key);
    t.replace(QLatin1String("{device}"), text(QStringLiteral("device/name")));
    return t;
}

QString Settings::toIni(bool maskSecrets) const
{
    QString out;
    QString currentGroup;
    for (const Spec &spec : SettingsSchema::all()) {
        const QString group = spec.key.section(QLatin1Char('/'), 0, 0);
        if (group != currentGroup) {
            out += (currentGroup.isNull() ? QString() : QStringLiteral("\n")) +
                   QStringLiteral("[%1]\n").arg(group);
            currentGroup = group;
        }
        QString t = text(spec.key);
        if (maskSecrets && spec.secret && !t.isEmpty())
            t = QLatin1String(Redact::Mask);
        else if (maskSecrets)
            t = Redact::value(t);
        out +=
            QStringLiteral("%1=%2\n").arg(spec.key.section(QLatin1Char('/'), 1), IniFile::quote(t));
    }
    return out;
}
