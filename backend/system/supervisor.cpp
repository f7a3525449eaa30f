// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "supervisor.h"

#include "logging.h"

Supervisor::Supervisor(QObject *parent)
    : QAbstractListModel(parent)
{}

Supervisor::~Supervisor()
{
    stopAll();
}

void Supervisor::addService(Service *service)
{
    const int row = int(m_services.size());
    beginInsertRows({}, row, row);
    service->setParent(this);
    m_services.append(service);
    endInsertRows();
    auto changed = [this, service] {
        const QModelIndex idx = index(int(m_services.indexOf(service)));
        emit dataChanged(idx, idx);
    };
    connect(service, &Service::stateChanged, this, changed);
    connect(service, &Service::lastErrorChanged, this, changed);
    emit countChanged();
}

Service *Supervisor::service(const QString &name) const
{
    for (Service *s : m_services)
        if (s->name() == name)
            return s;
    return nullptr;
}

int Supervisor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant Supervisor::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const Service *s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s->name();
    case StateRole:
        return int(s->state());
    case StateNameRole:
        return s->stateName();
    case LastErrorRole:
        return s->lastError();
    case RetryAtRole:
        return s->retryAt();
    }
    return {};
}

QHash<int, QByteArray> Supervisor::roleNames() const
{
    return {{NameRole, "name"},
            {StateRole, "state"},
            {StateNameRole, "stateName"},
            {LastErrorRole, "lastError"},
            {RetryAtRole, "retryAt"}};
}

void Supervisor::startAll()
{
    for (Service *s : std::as_const(m_services))
        s->start();
}

void Supervisor::stopAll()
{
    for (auto it = m_services.crbegin(); it != m_services.crend(); ++it)
        (*it)->stop();
}

void Supervisor::restart(const QStringList &names)
{
    for (Service *s : std::as_const(m_services)) {
        if (names.contains(s->name())) {
            qCInfo(lcSystem).noquote() << "restarting" << s->name() << "for changed settings";
            s->restart();
        }
    }
}
