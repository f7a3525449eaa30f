// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "mqtt/connectionprobe.h"
#include "video/rtspprobe.h"

#include <QObject>

class SettingsEditor;

// The settings panel's "Test connection": tries the stream's RTSP server or
// the MQTT broker with the values typed in the panel (before Apply) and says
// what it found in the screen's language. One test at a time; a new one
// replaces the one running.
class ConnectionTest : public QObject
{
    Q_OBJECT
    // "stream" or "mqtt": what the result is about ("" before a test).
    Q_PROPERTY(QString target READ target NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool ok READ ok NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)

public:
    explicit ConnectionTest(SettingsEditor *editor, QObject *parent = nullptr);

    QString target() const { return m_target; }
    bool busy() const { return m_busy; }
    bool ok() const { return m_ok; }
    QString result() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Q_INVOKABLE void testStream();
    Q_INVOKABLE void testBroker();
    // Forgets the result (the panel opened again) and stops a test.
    Q_INVOKABLE void reset();

public slots:
    void retranslate();

signals:
    void changed();
    void finished(bool ok);

private:
    // What was found, kept as facts so the words follow the language.
    enum class Found {
        Nothing,
        Testing,
        BadUrl,
        RtspAnswered,
        Rtsp,
        BrokerReachable,
        BrokerFailed
    };
    void begin(const QString &target);
    void end(Found found, bool ok);
    void streamDone(const RtspProbe::Result &r);
    QString hostPort() const;

    SettingsEditor *m_editor;
    RtspProbe m_rtsp;
    ConnectionProbe m_broker;
    int m_timeoutMs = 5000;
    QString m_target;
    bool m_busy = false;
    bool m_ok = false;
    Found m_found = Found::Nothing;
    RtspProbe::Result m_rtspResult;
    QString m_detail; // the URL's error or the broker probe's reason
    QUrl m_url;
};
