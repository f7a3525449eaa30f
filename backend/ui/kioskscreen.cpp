// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "kioskscreen.h"

#include "config/settings.h"
#include "system/logging.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString RotationKey = QStringLiteral("ui/rotation");
} // namespace

KioskScreen::KioskScreen(const Settings *settings, QObject *parent)
    : QObject(parent)
    , m_startPage(qEnvironmentVariable(StartPageVariable))
{
    setLanguage(settings ? settings->text(LanguageKey) : QStringLiteral("en"));
    if (settings) {
        readRotation(*settings);
        connect(settings, &Settings::valueChanged, this, [this, settings](const QString &key) {
            if (key == LanguageKey)
                setLanguage(settings->text(LanguageKey));
            else if (key == RotationKey)
                readRotation(*settings);
        });
    }
}

void KioskScreen::readRotation(const Settings &settings)
{
    // The schema admits only 0, 90, 180 and 270.
    const int rotation = settings.text(RotationKey).toInt();
    if (rotation == m_rotation)
        return;
    m_rotation = rotation;
    qCInfo(lcUi) << "screen turned by" << rotation << "degrees";
    emit rotationChanged();
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
    // Built in by qt_add_translations. English is the source text; its
    // catalogue holds only the plural forms ("1 try left", "2 tries left").
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/picam-kiosk_%1.qm").arg(language);
    if (!translator->load(file)) {
        qCWarning(lcUi).noquote() << "cannot load the translation" << file;
        if (language != QLatin1String("en"))
            return false;
        translator.reset(); // English without its plural forms rather than nothing
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    m_language = language;
    // Numbers and dates made with QLocale() (the facades' texts, QML's
    // Qt.locale()) follow the screen's language: a decimal comma in German.
    QLocale::setDefault(QLocale(language));
    qCInfo(lcUi).noquote() << "language" << language;
    if (m_retranslate)
        m_retranslate();
    emit languageChanged();
    return true;
}
