// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "service.h"

#include <QAbstractListModel>
#include <QList>

// Owns the program's services, starts them in the order they were added and
// stops them in reverse, and lists their live state for the UI.
class Supervisor : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, StateRole, StateNameRole, LastErrorRole, RetryAtRole };

    explicit Supervisor(QObject *parent = nullptr);
    ~Supervisor() override;

    // Takes ownership.
    void addService(Service *service);
    Q_INVOKABLE Service *service(const QString &name) const;
    QList<Service *> services() const { return m_services; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void startAll();
    void stopAll();
    // Restarts the named services, e.g. those whose settings changed.
    void restart(const QStringList &names);

signals:
    void countChanged();

private:
    QList<Service *> m_services;
};
