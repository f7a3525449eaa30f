// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "redact.h"

#include <QRegularExpression>

namespace Redact {

namespace {
// scheme://user:password@ ; the password runs to the last '@' before the host
// so passwords containing '@' or ':' are masked whole.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@]*):[^\s/]*@)"));
    return re;
}
} // namespace

QString url(const QString &url)
{
    return credentialsInText(url);
}

QString credentialsInText(const QString &text)
{
    if (!text.contains(QLatin1String("://")))
        return text;
    QString out = text;
    out.replace(userInfoPattern(), QStringLiteral("\\1:%1@").arg(QLatin1String(Mask)));
    return out;
}

} // namespace Redact
