// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "connectiontest.h"

#include "settingseditor.h"
#include "system/logging.h"

namespace {
const QString StreamUrlKey = QStringLiteral("stream/url");
const QString MqttUrlKey = QStringLiteral("mqtt/url");
} // namespace

ConnectionTest::ConnectionTest(SettingsEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    connect(&m_rtsp, &RtspProbe::finished, this, &ConnectionTest::streamDone);
    connect(&m_broker, &ConnectionProbe::finished, this, [this](const QString &reason) {
        m_detail = reason;
        end(reason.isEmpty() ? Found::BrokerReachable : Found::BrokerFailed, reason.isEmpty());
    });
}

void ConnectionTest::begin(const QString &target)
{
    m_rtsp.abort();
    m_broker.abort();
    m_target = target;
    m_busy = true;
    m_ok = false;
    m_found = Found::Testing;
    m_detail.clear();
    emit changed();
}

void ConnectionTest::end(Found found, bool ok)
{
    m_found = found;
    m_busy = false;
    m_ok = ok;
    // The URL only: it may hold a user name, never a password here.
    qCInfo(lcUi).noquote() << "connection test of" << m_target << hostPort()
                           << (ok ? "passed" : "failed");
    emit changed();
    emit finished(ok);
}

void ConnectionTest::testStream()
{
    begin(QStringLiteral("stream"));
    const QString text = m_editor->pendingValue(StreamUrlKey);
    m_url = QUrl(text);
    if (const QString error = m_editor->validate(StreamUrlKey, text); !error.isEmpty()) {
        m_detail = error;
        end(Found::BadUrl, false);
        return;
    }
    m_rtsp.start(m_url, m_timeoutMs);
}

void ConnectionTest::testBroker()
{
    begin(QStringLiteral("mqtt"));
    const QString text = m_editor->pendingValue(MqttUrlKey);
    m_url = QUrl(text);
    if (const QString error = m_editor->validate(MqttUrlKey, text); !error.isEmpty()) {
        m_detail = error;
        end(Found::BadUrl, false);
        return;
    }
    m_broker.start(m_url, m_editor->pendingValue(QStringLiteral("mqtt/ca_file")), m_timeoutMs);
}

void ConnectionTest::streamDone(const RtspProbe::Result &r)
{
    m_rtspResult = r;
    end(r.outcome == RtspProbe::Outcome::Answered ? Found::RtspAnswered : Found::Rtsp,
        r.outcome == RtspProbe::Outcome::Answered);
}

void ConnectionTest::reset()
{
    m_rtsp.abort();
    m_broker.abort();
    m_target.clear();
    m_busy = false;
    m_ok = false;
    m_found = Found::Nothing;
    emit changed();
}

void ConnectionTest::retranslate()
{
    emit changed();
}

QString ConnectionTest::hostPort() const
{
    return m_url.port() < 0 ? m_url.host()
                            : QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port());
}

QString ConnectionTest::result() const
{
    using O = RtspProbe::Outcome;
    switch (m_found) {
    case Found::Nothing:
        return {};
    case Found::Testing:
        return tr("Testing the connection to %1 …").arg(hostPort());
    case Found::BadUrl:
        return tr("Cannot test: %1").arg(m_detail);
    case Found::RtspAnswered:
        if (m_rtspResult.statusCode == 401)
            return tr("RTSP server reachable at %1 (it asks for a user name and password)")
                .arg(hostPort());
        return tr("RTSP server reachable at %1").arg(hostPort());
    case Found::Rtsp:
        switch (m_rtspResult.outcome) {
        case O::UnknownHost:
            return tr("Not reachable: the name %1 is not known").arg(m_url.host());
        case O::Refused:
            return tr("Not reachable: nothing listens at %1").arg(hostPort());
        case O::NoAnswer:
            return tr("Not reachable: no answer from %1 within %2 s")
                .arg(hostPort())
                .arg(m_timeoutMs / 1000.0);
        case O::NotRtsp:
            return tr("%1 answered, but not as an RTSP server").arg(hostPort());
        case O::TlsFailed:
            return tr("Not reachable: TLS failed with %1: %2").arg(hostPort(), m_rtspResult.detail);
        case O::Failed:
        case O::Answered:
            break;
        }
        return tr("Not reachable: %1").arg(m_rtspResult.detail);
    case Found::BrokerReachable:
        return tr("Broker reachable at %1").arg(hostPort());
    case Found::BrokerFailed:
        return tr("Broker not reachable: %1").arg(m_detail);
    }
    return {};
}
