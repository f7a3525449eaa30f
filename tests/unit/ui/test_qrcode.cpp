// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "ui/qrcode.h"

#include <QTest>

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void oneBlackOrWhitePixelPerModuleWithAQuietZone()
    {
        const QImage code = QrCode::image(QStringLiteral("http://192.168.1.20:8889/cam"));
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), code.height());
        const int modules = code.width() - 2 * QrCode::QuietZone;
        QCOMPARE((modules - 17) % 4, 0); // a QR version: 21, 25, 29, ... modules
        QVERIFY(modules >= 21);
        // White all around (the quiet zone), only black and white inside.
        for (int i = 0; i < code.width(); ++i) {
            for (int q = 0; q < QrCode::QuietZone; ++q) {
                QCOMPARE(qGray(code.pixel(i, q)), 255);
                QCOMPARE(qGray(code.pixel(q, i)), 255);
            }
        }
        int dark = 0;
        for (int y = 0; y < code.height(); ++y)
            for (int x = 0; x < code.width(); ++x) {
                const int g = qGray(code.pixel(x, y));
                QVERIFY(g == 0 || g == 255);
                dark += g == 0;
            }
        QVERIFY(dark > modules * modules / 4);
        // The finder pattern's corner: a dark 7x7 frame at the top left.
        const int o = QrCode::QuietZone;
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(qGray(code.pixel(o + i, o)), 0);
            QCOMPARE(qGray(code.pixel(o, o + i)), 0);
        }
        QCOMPARE(qGray(code.pixel(o + 1, o + 1)), 255);
        QCOMPARE(qGray(code.pixel(o + 3, o + 3)), 0);
    }

    void nothingForNothing()
    {
        QVERIFY(QrCode::image(QString()).isNull());
        QVERIFY(QrCode::image(QString(8000, QLatin1Char('x'))).isNull()); // too long
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "test_qrcode.moc"
