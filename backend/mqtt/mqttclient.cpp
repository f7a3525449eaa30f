// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "mqttclient.h"

#include "connectionprobe.h"
#include "system/logging.h"
#include "system/redact.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QUrl>

#include <mqtt/async_client.h>
#include <mutex>

namespace {

// Paho calls back on its own threads. A Gate posts those calls to the Qt
// thread and is closed before the Paho client goes away, so a late callback
// posts nothing; a posted call whose target was deleted is dropped by Qt.
class Gate
{
public:
    explicit Gate(QObject *target)
        : m_target(target)
    {}
    template<typename Function> void post(Function &&function)
    {
        std::lock_guard lock(m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::forward<Function>(function),
                                      Qt::QueuedConnection);
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_target = nullptr;
    }

private:
    std::mutex m_mutex;
    QObject *m_target;
};

class Listener : public mqtt::iaction_listener
{
public:
    // context: what the caller passed to publish() as the user context.
    using Handler = std::function<void(bool ok, int code, void *context)>;
    explicit Listener(Handler handler)
        : m_handler(std::move(handler))
    {}
    void on_success(const mqtt::token &token) override
    {
        m_handler(true, 0, token.get_user_context());
    }
    void on_failure(const mqtt::token &token) override
    {
        m_handler(false, token.get_return_code(), token.get_user_context());
    }

private:
    Handler m_handler;
};

QString connackReason(int code, const QString &username)
{
    const QString user = username.isEmpty() ? QStringLiteral("anonymous access")
                                            : QStringLiteral("user \"%1\"").arg(username);
    switch (code) {
    case 1:
        return QStringLiteral("the broker refused MQTT 3.1.1 (unacceptable protocol version)");
    case 2:
        return QStringLiteral("the broker refused the client id (identifier rejected)");
    case 3:
        return QStringLiteral("the broker is unavailable (server unavailable)");
    case 4:
        return QStringLiteral("bad user name or password for %1").arg(user);
    case 5:
        return QStringLiteral("not authorised: the broker refused %1 "
                              "(wrong user name or password?)")
            .arg(user);
    default:
        return {};
    }
}

} // namespace

struct MqttClient::Paho : public mqtt::callback
{
    // Posts f(owner) to the Qt thread, unless the owner has moved on to
    // another Paho client by the time it runs.
    template<typename Function>
    static void post(const std::shared_ptr<Gate> &gate, MqttClient *owner, int generation,
                     Function function)
    {
        gate->post([owner, generation, function] {
            if (owner->m_generation == generation)
                function(owner);
        });
    }

    Paho(MqttClient *owner, int generation, const Options &options)
        : gate(std::make_shared<Gate>(owner))
        , owner(owner)
        , generation(generation)
        , publishListener([g = gate, owner, generation](bool ok, int, void *context) {
            // The id travels as Paho's user context (a pointer-sized integer).
            const auto id = quint64(reinterpret_cast<quintptr>(context));
            post(g, owner, generation, [ok, id](MqttClient *o) { emit o->delivered(id, ok); });
        })
        , liveListener([](bool, int, void *) {})
        , connectListener([g = gate, owner, generation](bool ok, int code, void *) {
            if (ok)
                post(g, owner, generation, [](MqttClient *o) { o->onConnected(); });
            else
                post(g, owner, generation, [code](MqttClient *o) { o->onConnectFailed(code); });
        })
    {
        // Nothing is kept here: no persistence, no sending while
        // disconnected (the Outbox keeps what must survive). Paho counts
        // publishes it has not written yet against max_buffered_messages
        // even while connected: room for the Outbox's window and the live
        // messages, with plenty to spare.
        const auto create = mqtt::create_options_builder()
                                .mqtt_version(MQTTVERSION_3_1_1)
                                .send_while_disconnected(false)
                                .max_buffered_messages(MaxQueued)
                                .finalize();
        client = std::make_unique<mqtt::async_client>(
            options.url.toStdString(), options.clientId.toStdString(), create, nullptr);
        client->set_callback(*this);

        auto builder = mqtt::connect_options_builder()
                           .mqtt_version(MQTTVERSION_3_1_1)
                           // A clean session: the Outbox sends again what was
                           // in flight, so neither side keeps old state.
                           .clean_session(true)
                           .keep_alive_interval(options.keepAlive)
                           .connect_timeout(options.connectTimeout)
                           .automatic_reconnect(false);
        if (!options.username.isEmpty())
            builder.user_name(options.username.toStdString());
        if (!options.password.isEmpty())
            builder.password(options.password.toStdString());
        if (!options.willTopic.isEmpty())
            builder.will(mqtt::message(options.willTopic.toStdString(),
                                       options.willPayload.constData(),
                                       size_t(options.willPayload.size()), 1, true));
        const QString scheme = QUrl(options.url).scheme();
        if (scheme == QLatin1String("ssl") || scheme == QLatin1String("wss")) {
            // No error_handler or psk_handler: setting either crashes Paho
            // 1.3.12 / C++ 1.2.0.
            mqtt::ssl_options ssl;
            if (!options.caFile.isEmpty())
                ssl.set_trust_store(QFile::encodeName(options.caFile).toStdString());
            if (!options.certFile.isEmpty())
                ssl.set_key_store(QFile::encodeName(options.certFile).toStdString());
            if (!options.keyFile.isEmpty())
                ssl.set_private_key(QFile::encodeName(options.keyFile).toStdString());
            ssl.set_enable_server_cert_auth(true);
            ssl.set_verify(true);
            builder.ssl(std::move(ssl));
        }
        connectOptions = builder.finalize();
    }

    ~Paho() override
    {
        gate->close();
        try {
            // Paho refuses this while a connect is in progress; the closed
            // gate already keeps late callbacks away.
            if (client)
                client->disable_callbacks();
        } catch (const mqtt::exception &) {
        }
    }

    void connected(const std::string &) override {}
    void connection_lost(const std::string &cause) override
    {
        const QString text = QString::fromStdString(cause);
        post(gate, owner, generation, [text](MqttClient *o) { o->onConnectionLost(text); });
    }
    void message_arrived(mqtt::const_message_ptr message) override
    {
        if (!message)
            return;
        const QString topic = QString::fromStdString(message->get_topic());
        const std::string &payload = message->get_payload_str();
        const QByteArray bytes(payload.data(), qsizetype(payload.size()));
        post(gate, owner, generation,
             [topic, bytes](MqttClient *o) { emit o->messageReceived(topic, bytes); });
    }
    void delivery_complete(mqtt::delivery_token_ptr) override {}

    std::shared_ptr<Gate> gate;
    MqttClient *owner;
    int generation;
    Listener publishListener;
    Listener liveListener;
    Listener connectListener;
    std::unique_ptr<mqtt::async_client> client;
    mqtt::connect_options connectOptions;
};

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &MqttClient::attemptConnect);
}

MqttClient::~MqttClient()
{
    destroyPaho();
}

QString MqttClient::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return QStringLiteral("Disconnected");
    case State::Connecting:
        return QStringLiteral("Connecting");
    case State::Connected:
        return QStringLiteral("Connected");
    case State::Retrying:
        return QStringLiteral("Retrying");
    case State::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

bool MqttClient::open(const Options &options)
{
    destroyPaho();
    m_options = options;
    m_backoff = Backoff(options.initialRetry, options.maximumRetry);
    m_attempts = 0;
    m_connections = 0;

    for (const auto &[key, path] :
         {std::pair{"mqtt/ca_file", options.caFile}, std::pair{"mqtt/cert_file", options.certFile},
          std::pair{"mqtt/key_file", options.keyFile}}) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable()) {
            setState(State::Failed, QStringLiteral("%1: cannot read \"%2\"").arg(key, path));
            return false;
        }
    }
    if (options.certFile.isEmpty() != options.keyFile.isEmpty()) {
        setState(State::Failed,
                 QStringLiteral("mqtt/cert_file and mqtt/key_file must be set together"));
        return false;
    }
    try {
        m_paho = std::make_unique<Paho>(this, m_generation, options);
    } catch (const mqtt::exception &e) {
        m_paho.reset();
        setState(State::Failed, QStringLiteral("cannot create the MQTT client for %1: %2")
                                    .arg(Redact::url(options.url), QString::fromUtf8(e.what())));
        return false;
    }
    attemptConnect();
    return true;
}

void MqttClient::close(const QString &lastWordsTopic, const QByteArray &lastWords,
                       std::chrono::milliseconds timeout)
{
    m_retryTimer.stop();
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_paho && m_state == State::Connected) {
        const QDeadlineTimer deadline(timeout);
        const auto remaining = [&deadline] {
            return std::chrono::milliseconds(qMax<qint64>(1, deadline.remainingTime()));
        };
        try {
            if (!lastWordsTopic.isEmpty()) {
                auto token =
                    m_paho->client->publish(lastWordsTopic.toStdString(), lastWords.constData(),
                                            size_t(lastWords.size()), 1, true);
                if (!token->wait_for(remaining() / 2))
                    qCWarning(lcMqtt) << "the broker did not confirm the last message in time";
            }
            m_paho->client->disconnect(int(remaining().count()))->wait_for(remaining());
        } catch (const mqtt::exception &e) {
            qCWarning(lcMqtt) << "orderly disconnect failed:" << e.what();
        }
    }
    destroyPaho();
    setState(State::Disconnected);
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retained,
                         quint64 id)
{
    if (!m_paho || m_state != State::Connected)
        return false;
    try {
        m_paho->client->publish(topic.toStdString(), payload.constData(), size_t(payload.size()),
                                qos, retained, reinterpret_cast<void *>(quintptr(id)),
                                m_paho->publishListener);
    } catch (const mqtt::exception &e) {
        qCWarning(lcMqtt) << "message not accepted by the MQTT client:" << e.what();
        return false;
    }
    return true;
}

void MqttClient::publishLive(const QString &topic, const QByteArray &payload, bool retained)
{
    if (!m_paho || m_state != State::Connected)
        return;
    try {
        m_paho->client->publish(topic.toStdString(), payload.constData(), size_t(payload.size()), 1,
                                retained, nullptr, m_paho->liveListener);
    } catch (const mqtt::exception &e) {
        qCWarning(lcMqtt) << "cannot publish to" << topic << e.what();
    }
}

void MqttClient::subscribe(const QString &topicFilter)
{
    if (!m_subscriptions.contains(topicFilter))
        m_subscriptions << topicFilter;
    if (m_paho && m_state == State::Connected) {
        try {
            m_paho->client->subscribe(topicFilter.toStdString(), 1);
        } catch (const mqtt::exception &e) {
            qCWarning(lcMqtt) << "cannot subscribe to" << topicFilter << e.what();
        }
    }
}

void MqttClient::attemptConnect()
{
    if (!m_paho)
        return;
    ++m_attempts;
    setState(State::Connecting, m_reason);
    qCDebug(lcMqtt).noquote() << "connecting to" << Redact::url(m_options.url) << "attempt"
                              << m_attempts;
    try {
        m_paho->client->connect(m_paho->connectOptions, nullptr, m_paho->connectListener);
    } catch (const mqtt::exception &e) {
        retry(QStringLiteral("cannot start connecting to %1: %2")
                  .arg(Redact::url(m_options.url), QString::fromUtf8(e.what())));
    }
}

void MqttClient::onConnected()
{
    if (!m_paho || m_state == State::Connected)
        return;
    m_backoff.reset();
    ++m_connections;
    qCInfo(lcMqtt).noquote() << "connected to" << Redact::url(m_options.url);
    setState(State::Connected);
    for (const QString &filter : std::as_const(m_subscriptions)) {
        try {
            m_paho->client->subscribe(filter.toStdString(), 1);
        } catch (const mqtt::exception &e) {
            qCWarning(lcMqtt) << "cannot subscribe to" << filter << e.what();
        }
    }
    emit connected();
}

void MqttClient::onConnectFailed(int code)
{
    if (!m_paho || m_state != State::Connecting)
        return;
    const QString connack = connackReason(code, m_options.username);
    if (!connack.isEmpty()) {
        retry(connack);
        return;
    }
    // Paho says only "TCP/TLS connect failure": find out which step failed.
    // When every step works with Qt, the server is no MQTT broker for this
    // scheme (e.g. ws:// to a plain MQTT port) or the failure was passing.
    const QString fallback =
        QStringLiteral("the MQTT connect to %1 failed although the server accepts connections "
                       "(Paho code %2): is it an MQTT broker, with this scheme and port?")
            .arg(Redact::url(m_options.url))
            .arg(code);
    if (!m_probe)
        m_probe = new ConnectionProbe(this);
    m_probe->disconnect(this);
    connect(m_probe, &ConnectionProbe::finished, this, [this, fallback](const QString &reason) {
        if (m_state == State::Connecting)
            retry(reason.isEmpty() ? fallback : reason);
    });
    m_probe->start(QUrl(m_options.url), m_options.caFile,
                   int(std::chrono::milliseconds(m_options.connectTimeout).count()));
}

void MqttClient::onConnectionLost(const QString &cause)
{
    if (!m_paho || m_state != State::Connected)
        return;
    retry(cause.isEmpty() ? QStringLiteral("connection to the broker lost")
                          : QStringLiteral("connection to the broker lost: %1").arg(cause));
}

void MqttClient::retry(const QString &reason)
{
    m_retryDelay = m_backoff.next();
    setState(State::Retrying, reason);
    m_retryTimer.start(m_retryDelay);
}

void MqttClient::setState(State state, const QString &reason)
{
    if (m_state == state && m_reason == reason && state != State::Retrying)
        return;
    const bool lost = m_state == State::Connected && state != State::Connected;
    m_state = state;
    m_reason = reason;
    emit stateChanged(state, reason);
    if (lost)
        emit connectionLost();
}

void MqttClient::destroyPaho()
{
    m_retryTimer.stop();
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    ++m_generation;
    if (m_paho) {
        try {
            m_paho.reset();
        } catch (const std::exception &e) {
            qCWarning(lcMqtt) << "closing the MQTT client:" << e.what();
        }
    }
}
