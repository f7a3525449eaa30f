// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>
#include <QStringList>

namespace TestSupport {

// A network namespace of the test's own, joined to this one by a veth pair,
// so a peer started inside it is "another machine": its kernel has its own
// TCP settings (buffer sizes) and the link to it can be cut (every packet
// dropped). Needs root and `ip netns`; removed again by the destructor (stop
// the processes inside first: they keep it alive).
class NetworkNamespace
{
public:
    NetworkNamespace();
    ~NetworkNamespace();
    NetworkNamespace(const NetworkNamespace &) = delete;
    NetworkNamespace &operator=(const NetworkNamespace &) = delete;

    // Empty when namespaces can be made here, else why not (for QSKIP).
    static QString unavailable();

    // Creates the namespace, the veth pair and the addresses; false with
    // error() on failure.
    bool create();
    QString error() const { return m_error; }

    QString name() const { return m_name; }
    // The address of the namespace's side (where its peers listen).
    QString address() const { return m_inner; }
    // program and arguments, run inside the namespace.
    QStringList command(const QString &program, const QStringList &arguments) const;
    // Runs a command inside the namespace; false (with error()) if it fails.
    bool run(const QStringList &command, QString *output = nullptr);
    // A sysctl of the namespace's own kernel network stack.
    bool setSysctl(const QString &key, const QString &value);

    // Drops every packet into and out of the namespace (iptables, or the
    // link taken down where iptables is missing); restore() undoes it.
    bool cut();
    bool restore();
    QString cutMethod() const { return m_cutMethod; }
    // Limits what the host sends into the namespace (tc token bucket).
    bool limitRate(int kbitPerSecond);

private:
    static bool runHere(const QString &program, const QStringList &arguments, QString *output,
                        QString *error);

    QString m_name;
    QString m_hostLink;
    QString m_innerLink;
    QString m_host;
    QString m_inner;
    QString m_error;
    QString m_cutMethod;
    int m_index = 0;
    bool m_created = false;
};

} // namespace TestSupport
