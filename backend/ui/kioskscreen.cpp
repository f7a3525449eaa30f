// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "kioskscreen.h"

#include "config/settings.h"
#include "system/logging.h"

#include <QCoreApplication>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
} // namespace

KioskScreen::KioskScreen(const Settings *settings, QObject *parent)
    : QObject(parent)
    , m_startPage(qEnvironmentVariable(StartPageVariable))
{
    if (settings) {
        setLanguage(settings->text(LanguageKey));
        connect(settings, &Settings::valueChanged, this, [this, settings](const QString &key) {
            if (key == LanguageKey)
                setLanguage(settings->text(LanguageKey));
        });
    }
}

KioskScreen::~KioskScreen()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList KioskScreen::languages() const
{
    return {QStringLiteral("en"), QStringLiteral("ga"), QStringLiteral("de")};
}

QString KioskScreen::keyboardLocale() const
{
    return m_language == QLatin1String("de") ? QStringLiteral("de_DE") : QStringLiteral("en_GB");
}

bool KioskScreen::setLanguage(const QString &language)
{
    if (language == m_language)
        return true;
    if (!languages().contains(language)) {
        qCWarning(lcUi).noquote() << "no translation for language" << language;
        return false;
    }
    std::unique_ptr<QTranslator> translator;
    if (language != QLatin1String("en")) {
        // English is the source text; the others are built in by qt_add_translations.
        translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/picam-kiosk_%1.qm").arg(language);
        if (!translator->load(file)) {
            qCWarning(lcUi).noquote() << "cannot load the translation" << file;
            return false;
        }
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    m_language = language;
    qCInfo(lcUi).noquote() << "language" << language;
    if (m_retranslate)
        m_retranslate();
    emit languageChanged();
    return true;
}
