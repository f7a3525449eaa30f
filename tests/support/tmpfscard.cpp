// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "tmpfscard.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace TestSupport {
namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(10000) || p.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(QLatin1Char(' ')) << p.readAll();
        return false;
    }
    return true;
}

} // namespace

TmpfsCard::TmpfsCard(const QString &path, int kib)
    : m_path(path)
    , m_mounted(geteuid() == 0)
{
    QDir().mkpath(path);
    if (m_mounted)
        m_mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=%1k,mode=0755").arg(kib),
                         QStringLiteral("picam-test"), path});
}

TmpfsCard::~TmpfsCard()
{
    setReadOnly(false);
    if (m_mounted)
        run(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
}

bool TmpfsCard::setReadOnly(bool on)
{
    if (m_mounted)
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"),
                    on ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"), m_path});
    // Without root: the directory and its files may not be written.
    const auto files = QDir(m_path).entryList(QDir::Files);
    for (const QString &name : files)
        QFile::setPermissions(QDir(m_path).filePath(name),
                              on ? QFileDevice::ReadOwner
                                 : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QFile::setPermissions(m_path, on ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                            : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner);
}

} // namespace TestSupport
