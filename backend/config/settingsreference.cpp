// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "settingsreference.h"

#include "settingsschema.h"

namespace SettingsSchema {

QString markdownReference()
{
    QString out = QStringLiteral("| key | default | allowed | meaning |\n|---|---|---|---|\n");
    for (const Spec &spec : all()) {
        QString def = spec.defaultText.isEmpty() ? QStringLiteral("(empty)")
                                                 : QStringLiteral("`%1`").arg(spec.defaultText);
        if (spec.key == QLatin1String("device/name"))
            def = QStringLiteral("the host name");
        QString meaning = spec.description;
        if (spec.secret)
            meaning += QStringLiteral(" (secret: never printed)");
        out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                   .arg(spec.key, def,
                        QString(spec.allowed).replace(QLatin1Char('|'), QLatin1Char('/')), meaning);
    }
    return out;
}

} // namespace SettingsSchema
