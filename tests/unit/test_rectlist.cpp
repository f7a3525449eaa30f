// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/rectlist.h"
#include "config/settingsschema.h"

#include <QTest>

class TestRectList : public QObject
{
    Q_OBJECT
private slots:
    void parsesRectangles()
    {
        const RectList::Parsed p =
            RectList::parse(QStringLiteral(" 0,0,0.5,0.25 ; 0.5, 0.5, 0.5, 0.5;"));
        QVERIFY(p.ok());
        QCOMPARE(p.rects.size(), 2);
        QCOMPARE(p.rects[0], QRectF(0, 0, 0.5, 0.25));
        QCOMPARE(p.rects[1], QRectF(0.5, 0.5, 0.5, 0.5));
        QVERIFY(RectList::parse(QString()).ok());
        QVERIFY(RectList::parse(QString()).rects.isEmpty());
    }

    void formatRoundsAndStaysInsideThePicture()
    {
        QCOMPARE(RectList::format({QRectF(0.1, 0.2, 0.3, 0.4), QRectF(0.12345, 0, 0.5, 1.0)}),
                 QStringLiteral("0.1,0.2,0.3,0.4;0.123,0,0.5,1"));
        // Rounding each number on its own could put x + w past 1.
        for (double x = 0.1; x < 0.2; x += 0.00005) {
            const QString text = RectList::format({QRectF(x, x, 1 - x, 1 - x)});
            QVERIFY2(RectList::parse(text).ok(), qPrintable(text));
        }
        QCOMPARE(RectList::format({}), QString());
    }

    // Each error names the rectangle, shows it and says what is wrong.
    void errorsNameTheBadPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("count") << "0,0,1,1;0,0,0.5"
                               << "rectangle 2 (\"0,0,0.5\") has 3 numbers, not 4 (x,y,w,h)";
        QTest::newRow("number") << "0,0,x,1"
                                << "rectangle 1 (\"0,0,x,1\"): \"x\" is not a number";
        QTest::newRow("origin")
            << "0.2,-0.1,0.5,0.5"
            << "rectangle 1 (\"0.2,-0.1,0.5,0.5\"): x and y must be from 0 to 1";
        QTest::newRow("empty")
            << "0.2,0.1,0,0.5"
            << "rectangle 1 (\"0.2,0.1,0,0.5\"): width and height must be more than 0";
        QTest::newRow("right")
            << "0.6,0,0.5,1"
            << "rectangle 1 (\"0.6,0,0.5,1\") reaches past the right edge (x + w > 1)";
        QTest::newRow("bottom")
            << "0,0.6,1,0.5"
            << "rectangle 1 (\"0,0.6,1,0.5\") reaches past the bottom edge (y + h > 1)";
        QTest::newRow("many") << QStringLiteral("0,0,0.1,0.1;").repeated(17)
                              << "more than 16 rectangles";
    }

    void errorsNameTheBadPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const RectList::Parsed p = RectList::parse(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.problem.text(), message);
        // The setting's message: key, value, the bad part, what is allowed.
        const QString error = SettingsSchema::parse(QStringLiteral("motion/mask"), text).error;
        QVERIFY2(
            error.startsWith(QStringLiteral("motion/mask: \"%1\" is not allowed: %2; expected ")
                                 .arg(text, message)),
            qPrintable(error));
    }

    // An argument holding a placeholder stays as typed.
    void argumentsArePutInOnce()
    {
        const RectList::Parsed p = RectList::parse(QStringLiteral("0,0,%2,1"));
        QCOMPARE(p.problem.text(),
                 QStringLiteral("rectangle 1 (\"0,0,%2,1\"): \"%2\" is not a number"));
    }
};

QTEST_GUILESS_MAIN(TestRectList)
#include "test_rectlist.moc"
