// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "mqttservice.h"

#include "config/settings.h"
#include "events/eventjson.h"
#include "homeassistantdiscovery.h"
#include "readingjson.h"
#include "streamjson.h"
#include "system/logging.h"
#include "system/redact.h"
#include "version.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

MqttService::MqttService(const Settings &settings, QObject *parent)
    : Service(QStringLiteral("mqtt"), parent)
    , m_settings(settings)
    , m_bufferDirectory(defaultBufferDirectory())
{
    qRegisterMetaType<MqttStats>();
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(200);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] {
        const MqttStats now = stats();
        if (now == m_lastEmitted)
            return;
        m_lastEmitted = now;
        emit statsChanged(now);
    });
    m_streamTimer.setSingleShot(true);
    connect(&m_streamTimer, &QTimer::timeout, this, &MqttService::sendStreamState);

    m_outbox = new Outbox;
    m_outbox->moveToThread(&m_outboxThread);
    m_outboxThread.setObjectName(QStringLiteral("outbox"));
    connect(this, &MqttService::outboxOpen, m_outbox, &Outbox::open);
    connect(this, &MqttService::outboxAdd, m_outbox, &Outbox::add);
    connect(this, &MqttService::outboxConnected, m_outbox, &Outbox::setConnected);
    connect(this, &MqttService::outboxAcknowledge, m_outbox, &Outbox::acknowledge);
    connect(m_outbox, &Outbox::send, this, &MqttService::sendFromOutbox);
    connect(m_outbox, &Outbox::countsChanged, this, &MqttService::onOutboxCounts);
    connect(m_outbox, &Outbox::problemChanged, this, &MqttService::onOutboxProblem);
    m_outboxThread.start();
}

MqttService::~MqttService()
{
    stop();
    m_outboxThread.quit();
    m_outboxThread.wait();
    delete m_outbox;
}

QString MqttService::defaultBufferDirectory()
{
    const QByteArray state = qgetenv("STATE_DIRECTORY");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                        : QFile::decodeName(state.split(':').constFirst());
    return base + QStringLiteral("/mqtt");
}

MqttStats MqttService::stats() const
{
    MqttStats s;
    s.published = m_published;
    s.delivered = m_counts.delivered;
    s.buffered = m_counts.waiting;
    s.dropped = m_counts.dropped;
    s.inMemory = m_counts.inMemory;
    s.storageProblem = m_outboxProblem;
    return s;
}

MqttClient::State MqttService::connectionState() const
{
    return m_client ? m_client->state() : MqttClient::State::Disconnected;
}

void MqttService::startService()
{
    // start() on a Retrying or Failed service: never two clients with one id.
    closeClient();
    if (!m_settings.boolValue(QStringLiteral("mqtt/enabled"))) {
        qCInfo(lcMqtt) << "MQTT is off (mqtt/enabled=false)";
        QMetaObject::invokeMethod(this, &Service::stop, Qt::QueuedConnection);
        return;
    }

    m_device = m_settings.text(QStringLiteral("device/name"));
    m_topic = m_settings.expanded(QStringLiteral("mqtt/topic"));
    m_statusTopic = m_settings.expanded(QStringLiteral("mqtt/status_topic"));
    m_streamTopic = QStringLiteral("picam/%1/stream").arg(m_device);
    m_eventTopic = QStringLiteral("picam/%1/event").arg(m_device);
    m_snapshotTopic = QStringLiteral("picam/%1/snapshot").arg(m_device);
    m_commands = m_settings.boolValue(QStringLiteral("mqtt/commands"));
    m_qos = m_settings.text(QStringLiteral("mqtt/qos")).toInt();
    m_homeAssistant = m_settings.boolValue(QStringLiteral("mqtt/homeassistant"));
    m_published = 0;
    m_lastEmitted = {};
    m_streamWasSent = false;

    MqttClient::Options o;
    QUrl url(m_settings.text(QStringLiteral("mqtt/url")));
    o.username = m_settings.text(QStringLiteral("mqtt/username"));
    o.password = m_settings.text(QStringLiteral("mqtt/password"));
    // Credentials written into the URL work too; Paho wants them apart.
    if (o.username.isEmpty() && !url.userName().isEmpty()) {
        o.username = url.userName(QUrl::FullyDecoded);
        o.password = url.password(QUrl::FullyDecoded);
    }
    url.setUserInfo({});
    o.url = url.toString();
    o.clientId = m_settings.expanded(QStringLiteral("mqtt/client_id"));
    o.caFile = m_settings.text(QStringLiteral("mqtt/ca_file"));
    o.certFile = m_settings.text(QStringLiteral("mqtt/cert_file"));
    o.keyFile = m_settings.text(QStringLiteral("mqtt/key_file"));
    o.willTopic = m_statusTopic;
    o.willPayload = QByteArrayLiteral("offline");

    Outbox::Options box;
    box.directory = m_bufferDirectory;
    box.limit = m_settings.intValue(QStringLiteral("mqtt/buffer_limit"));
    box.syncInterval = std::chrono::milliseconds(
        qRound64(m_settings.realValue(QStringLiteral("mqtt/sync_interval")) * 1000));
    m_counts = {};
    m_outboxProblem.clear();
    emit outboxOpen(box);

    m_client = new MqttClient(this);
    connect(m_client, &MqttClient::stateChanged, this, &MqttService::onClientState);
    connect(m_client, &MqttClient::connected, this, &MqttService::onConnected);
    connect(m_client, &MqttClient::connectionLost, this,
            [this] { emit outboxConnected(false, m_client->connections()); });
    connect(m_client, &MqttClient::delivered, this, &MqttService::outboxAcknowledge);
    connect(m_client, &MqttClient::messageReceived, this, &MqttService::onMessage);
    if (m_homeAssistant)
        m_client->subscribe(QString::fromLatin1(HomeAssistantDiscovery::StatusTopic));
    if (m_commands)
        m_client->subscribe(MqttCommand::filter(m_device));
    qCInfo(lcMqtt).noquote() << "publishing to" << Redact::url(o.url) << "topic" << m_topic << "QoS"
                             << m_qos << "keeping up to" << box.limit << "readings in"
                             << box.directory;
    m_client->open(o);
}

void MqttService::stopService()
{
    closeClient();
}

void MqttService::closeClient()
{
    m_streamTimer.stop();
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client->close(m_statusTopic, QByteArrayLiteral("offline"), ShutdownTimeout);
    m_client->deleteLater();
    m_client = nullptr;
    // What is still unconfirmed is on the card for the next start before
    // this returns (the release mark written, the journal synced).
    QMetaObject::invokeMethod(m_outbox, &Outbox::close, Qt::BlockingQueuedConnection);
}

void MqttService::publishReading(const SensorReading &reading)
{
    if (!m_client)
        return;
    ++m_published;
    emit outboxAdd(m_topic, ReadingJson::toJson(reading, m_device), m_qos, false);
    emitStatsSoon();
}

void MqttService::publishStreamStats(const StreamStats &stats)
{
    m_stream = stats;
    m_haveStream = true;
    if (m_streamWasSent && stats == m_streamSent)
        return;
    const bool important = !m_streamWasSent || stats.connected != m_streamSent.connected ||
                           stats.lastError != m_streamSent.lastError;
    const qint64 since = m_streamClock.isValid() ? m_streamClock.elapsed() : StreamInterval.count();
    if (important || since >= StreamInterval.count())
        sendStreamState();
    else if (!m_streamTimer.isActive())
        m_streamTimer.start(int(StreamInterval.count() - since));
}

void MqttService::sendStreamState()
{
    m_streamTimer.stop();
    if (!m_client || !m_haveStream || m_client->state() != MqttClient::State::Connected)
        return; // sent on the next connect
    m_client->publishLive(m_streamTopic,
                          StreamJson::toJson(m_stream, QDateTime::currentMSecsSinceEpoch()), true);
    m_streamSent = m_stream;
    m_streamWasSent = true;
    m_streamClock.start();
}

void MqttService::onClientState(MqttClient::State state, const QString &reason)
{
    switch (state) {
    case MqttClient::State::Connected:
        reportRunning();
        if (!m_outboxProblem.isEmpty())
            setLastError(m_outboxProblem);
        break;
    case MqttClient::State::Retrying:
        reportRetrying(reason, m_client ? m_client->retryDelay() : std::chrono::seconds(1));
        break;
    case MqttClient::State::Failed:
        reportFailed(reason);
        break;
    case MqttClient::State::Connecting:
    case MqttClient::State::Disconnected:
        break;
    }
}

void MqttService::onConnected()
{
    emit outboxConnected(true, m_client->connections());
    m_client->publishLive(m_statusTopic, QByteArrayLiteral("online"), true);
    if (m_homeAssistant)
        sendDiscovery();
    if (m_haveStream)
        sendStreamState();
    sendStates();
    if (m_snapshotUnsent)
        sendSnapshot();
}

void MqttService::onMessage(const QString &topic, const QByteArray &payload)
{
    if (m_homeAssistant && topic == QLatin1String(HomeAssistantDiscovery::StatusTopic)) {
        if (HomeAssistantDiscovery::isBirthMessage(payload)) {
            qCInfo(lcMqtt) << "Home Assistant is online: sending discovery again";
            sendDiscovery();
        } else {
            qCDebug(lcMqtt) << "ignored on" << topic << ":" << payload.left(64);
        }
        return;
    }
    if (m_commands && topic.startsWith(QStringLiteral("picam/%1/set/").arg(m_device))) {
        handleCommand(topic, payload);
        return;
    }
    qCDebug(lcMqtt) << "ignored message on" << topic;
}

void MqttService::handleCommand(const QString &topic, const QByteArray &payload)
{
    const MqttCommand::Parsed parsed = MqttCommand::parse(m_device, topic, payload);
    if (!parsed.command) {
        refuseCommand(topic, parsed.error);
        return;
    }
    const MqttCommand::Command command = *parsed.command;
    if (!m_commandHandler) {
        refuseCommand(topic, QStringLiteral("remote control is not available"));
        return;
    }
    m_commandInProgress = command.kind;
    const CommandOutcome outcome = m_commandHandler(command);
    m_commandInProgress.reset();
    if (!outcome.ok) {
        refuseCommand(topic, outcome.error);
        return;
    }
    const QString value = command.kind == MqttCommand::Kind::Snapshot
                              ? QString()
                              : (command.on ? QStringLiteral(" ON") : QStringLiteral(" OFF"));
    qCInfo(lcMqtt).noquote() << QStringLiteral("command %1%2 from %3")
                                    .arg(MqttCommand::name(command.kind), value, topic);
    if (command.kind == MqttCommand::Kind::Snapshot)
        return; // acknowledged on state/snapshot when it is taken
    // The acknowledgement: the switch's state as it is now, even unchanged.
    m_switches[switchIndex(command.kind)] = outcome.on;
    sendState(MqttCommand::stateTopic(m_device, command.kind), outcome.on);
}

void MqttService::refuseCommand(const QString &topic, const QString &reason)
{
    const QString shownTopic = Redact::escapeControl(topic.left(200));
    qCWarning(lcMqtt).noquote() << "refused the command on" << shownTopic + ":" << reason;
    if (m_client) {
        const QJsonObject o{{QStringLiteral("topic"), shownTopic},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()}};
        m_client->publishLive(MqttCommand::refusedTopic(m_device),
                              QJsonDocument(o).toJson(QJsonDocument::Compact), false);
    }
    emit commandRefused(topic, reason);
}

void MqttService::publishEventStarted(const Event &event)
{
    if (!m_client)
        return;
    ++m_published;
    emit outboxAdd(m_eventTopic, EventJson::toJson(event, m_device, EventJson::Phase::Start), 1,
                   false);
    m_active[event.type == Event::Type::Tamper ? 1 : 0] = true;
    sendState(QStringLiteral("picam/%1/state/%2").arg(m_device, Event::typeName(event.type)), true);
    emitStatsSoon();
}

void MqttService::publishEventEnded(const Event &event)
{
    if (!m_client)
        return;
    ++m_published;
    emit outboxAdd(m_eventTopic, EventJson::toJson(event, m_device, EventJson::Phase::End), 1,
                   false);
    m_active[event.type == Event::Type::Tamper ? 1 : 0] = false;
    sendState(QStringLiteral("picam/%1/state/%2").arg(m_device, Event::typeName(event.type)),
              false);
    emitStatsSoon();
}

void MqttService::publishSnapshot(const QByteArray &jpeg)
{
    if (jpeg.isEmpty())
        return;
    m_snapshot = jpeg;
    m_snapshotUnsent = true;
    sendSnapshot();
}

void MqttService::sendSnapshot()
{
    if (!m_client || m_client->state() != MqttClient::State::Connected)
        return; // the latest goes on the next connect
    m_client->publishLive(m_snapshotTopic, m_snapshot, true);
    m_snapshotUnsent = false;
    const QJsonObject o{{QStringLiteral("ok"), true},
                        {QStringLiteral("bytes"), qint64(m_snapshot.size())},
                        {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()}};
    m_client->publishLive(MqttCommand::stateTopic(m_device, MqttCommand::Kind::Snapshot),
                          QJsonDocument(o).toJson(QJsonDocument::Compact), false);
}

void MqttService::publishSnapshotFailed(const QString &reason)
{
    qCWarning(lcMqtt).noquote() << "no snapshot to publish:" << reason;
    if (!m_client)
        return;
    const QJsonObject o{{QStringLiteral("ok"), false},
                        {QStringLiteral("error"), reason},
                        {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()}};
    m_client->publishLive(MqttCommand::stateTopic(m_device, MqttCommand::Kind::Snapshot),
                          QJsonDocument(o).toJson(QJsonDocument::Compact), false);
}

void MqttService::setSwitchState(MqttCommand::Kind kind, bool on)
{
    if (kind == MqttCommand::Kind::Snapshot)
        return;
    auto &state = m_switches[switchIndex(kind)];
    if (state == on)
        return;
    state = on;
    // A command's own change goes out once, as its acknowledgement.
    if (m_commandInProgress != kind)
        sendState(MqttCommand::stateTopic(m_device, kind), on);
}

void MqttService::sendState(const QString &topic, bool on)
{
    if (m_client && m_client->state() == MqttClient::State::Connected)
        m_client->publishLive(topic, on ? QByteArrayLiteral("ON") : QByteArrayLiteral("OFF"), true);
}

// The retained states: motion, tamper, and the switches that are known.
void MqttService::sendStates()
{
    sendState(QStringLiteral("picam/%1/state/motion").arg(m_device), m_active[0]);
    sendState(QStringLiteral("picam/%1/state/tamper").arg(m_device), m_active[1]);
    for (MqttCommand::Kind kind : {MqttCommand::Kind::Stream, MqttCommand::Kind::Detection}) {
        if (const auto on = m_switches[switchIndex(kind)])
            sendState(MqttCommand::stateTopic(m_device, kind), *on);
    }
}

void MqttService::sendDiscovery()
{
    if (!m_client)
        return;
    const HomeAssistantDiscovery::Device device{m_device, m_topic, m_statusTopic,
                                                QStringLiteral(PICAM_VERSION)};
    for (const auto &message : HomeAssistantDiscovery::configs(device) +
                                   HomeAssistantDiscovery::guardianConfigs(device, m_commands))
        m_client->publishLive(message.topic, message.payload, true);
}

void MqttService::sendFromOutbox(const QList<OutboxMessage> &batch, int epoch)
{
    // A batch for an earlier connection: the outbox sends it again anyway.
    if (!m_client || epoch != m_client->connections())
        return;
    for (const OutboxMessage &m : batch) {
        if (!m_client->publish(m.topic, m.payload, m.qos, m.retained, m.seq))
            return; // not connected any more: it all goes again after the next connect
    }
}

void MqttService::onOutboxCounts(const Outbox::Counts &counts)
{
    m_counts = counts;
    emitStatsSoon();
}

void MqttService::onOutboxProblem(const QString &problem)
{
    m_outboxProblem =
        problem.isEmpty()
            ? QString()
            : QStringLiteral("readings kept in memory only: %1 (retrying)").arg(problem);
    if (problem.isEmpty())
        qCInfo(lcMqtt) << "the reading journal can be written again";
    else
        qCWarning(lcMqtt).noquote() << m_outboxProblem;
    if (state() == State::Running)
        setLastError(m_outboxProblem);
    emitStatsSoon();
}

void MqttService::emitStatsSoon()
{
    if (!m_statsTimer.isActive())
        m_statsTimer.start();
}
