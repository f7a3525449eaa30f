// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/cputhermometer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCpuThermometer : public QObject
{
    Q_OBJECT
private slots:
    void readsMillidegrees()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("temp"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("48312\n");
        f.close();
        CpuThermometer cpu(path);
        QCOMPARE(cpu.read(), std::optional<double>(48.312));
    }

    void missingOrJunkFileIsNoValue_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("text") << QByteArray("hot\n") << true;
        QTest::newRow("absurd") << QByteArray("999999999\n") << true;
    }
    void missingOrJunkFileIsNoValue()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("temp"));
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        CpuThermometer cpu(path);
        QVERIFY(!cpu.read());
        QVERIFY2(cpu.lastError().contains(path), qPrintable(cpu.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestCpuThermometer)
#include "test_cputhermometer.moc"
