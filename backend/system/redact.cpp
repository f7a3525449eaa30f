// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "redact.h"

#include <QRegularExpression>

namespace Redact {

namespace {
// scheme://user:password@ ; the user name runs to the first ':' and the
// password to the last '@' before a blank, so passwords containing '@', ':'
// or an unencoded '/' are masked whole.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^\s:@]*):\S*@)"));
    return re;
}

// A settings value is one token, blanks and all: its password runs to the
// last '@' of the value.
const QRegularExpression &valueUserInfoPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^:@]*):.*@)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &anyUserInfoPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z][A-Za-z0-9+.\-]*://.*@)"),
                                       QRegularExpression::DotMatchesEverythingOption);
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

bool hasUrlUserInfo(const QString &text)
{
    return text.contains(QLatin1String("://")) && anyUserInfoPattern().match(text).hasMatch();
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text.at(i)))
            return i;
    return -1;
}

QString escaped(QChar c)
{
    const char16_t u = c.unicode();
    if (u > 0xff)
        return QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
}

QString escapeControl(const QString &text)
{
    if (firstControl(text) < 0)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text)
        out += isControl(c) ? escaped(c) : QString(c);
    return out;
}

QString value(const QString &text)
{
    // Escaped first, so a newline cannot end the URL before its password.
    QString shown = escapeControl(text);
    if (shown.contains(QLatin1String("://")))
        shown.replace(valueUserInfoPattern(), QStringLiteral("\\1:%1@").arg(QLatin1String(Mask)));
    return shown;
}

QString quotedValue(const QString &text)
{
    return QLatin1Char('"') + value(text) + QLatin1Char('"');
}

} // namespace Redact
