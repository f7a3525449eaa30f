// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <functional>
#include <memory>

class Settings;

// The screen as a whole: its language (ui/language, switched live by
// installing a QTranslator and asking the QML engine to re-evaluate its
// texts; it also sets the default QLocale, so numbers follow it), the
// on-screen keyboard's layout that goes with it, its rotation (ui/rotation,
// for a display mounted sideways or upside down; live) and the page it opens
// on.
class KioskScreen : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString keyboardLocale READ keyboardLocale NOTIFY languageChanged)
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(int rotation READ rotation NOTIFY rotationChanged)

public:
    // The environment variable that opens a page at start ("settings"), for
    // screenshots and demonstrations.
    static constexpr const char *StartPageVariable = "PICAM_KIOSK_START_PAGE";

    explicit KioskScreen(const Settings *settings = nullptr, QObject *parent = nullptr);
    ~KioskScreen() override;

    QString language() const { return m_language; }
    QStringList languages() const;
    // Qt Virtual Keyboard's layout: German QWERTZ with umlauts for German;
    // the UK and Irish QWERTY for English and Irish (there is no Irish one).
    QString keyboardLocale() const;
    QString startPage() const { return m_startPage; }
    // Degrees clockwise the whole screen is turned: 0, 90, 180 or 270.
    int rotation() const { return m_rotation; }

    // Called after a language switch; the kiosk screen module sets it to the
    // QML engine's retranslate(). The C++ facades listen to languageChanged.
    void setRetranslator(std::function<void()> retranslate)
    {
        m_retranslate = std::move(retranslate);
    }

public slots:
    // "en", "ga" or "de"; false when there is no translation for it.
    bool setLanguage(const QString &language);

signals:
    void languageChanged();
    void rotationChanged();

private:
    void readRotation(const Settings &settings);

    QString m_language; // set by the constructor: "en" unless the settings say otherwise
    QString m_startPage;
    int m_rotation = 0;
    std::unique_ptr<QTranslator> m_translator;
    std::function<void()> m_retranslate;
};
