// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/maskeditor.h"
#include "ui/settingseditor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The zone editor's geometry: pixels of the picture as drawn to fractions,
// taps and drags told apart, and every edit through the settings editor's
// motion/mask field (so the schema checks it and Apply/Cancel decide).
class TestMaskEditor : public QObject
{
    Q_OBJECT

    const QSizeF picture{400, 225};

private slots:
    void aDragIsARectangleInFractionsOfThePicture()
    {
        QTemporaryDir dir;
        Settings settings;
        settings.setPath(dir.filePath(QStringLiteral("picam-kiosk.conf")));
        SettingsEditor editor(&settings);
        MaskEditor mask(&editor);
        QSignalSpy rects(&mask, &MaskEditor::rectsChanged);
        QVERIFY(mask.valid());
        QCOMPARE(mask.rectList().size(), 0);

        // Dragged up and to the left, and past the picture's edge: clamped.
        QCOMPARE(mask.dragRect({300, 180}, {100, -40}, picture), QRectF(0.25, 0, 0.5, 0.8));
        QVERIFY(mask.finishGesture({300, 180}, {100, -40}, picture));
        QCOMPARE(rects.count(), 1);
        QCOMPARE(editor.textOf(MaskEditor::Key), QStringLiteral("0.25,0,0.5,0.8"));
        QCOMPARE(editor.errorOf(MaskEditor::Key), QString());
        QCOMPARE(mask.rectList(), (QList<QRectF>{QRectF(0.25, 0, 0.5, 0.8)}));
        QCOMPARE(mask.rects().constFirst().toRectF(), QRectF(0.25, 0, 0.5, 0.8));
        // Drawn, selected (Delete undoes a slip), and not saved before Apply.
        QCOMPARE(mask.selected(), 0);
        QCOMPARE(settings.text(MaskEditor::Key), QString());
        QVERIFY(editor.apply());
        QCOMPARE(settings.text(MaskEditor::Key), QStringLiteral("0.25,0,0.5,0.8"));
    }

    void tapsSelectTheTopRectangle()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        MaskEditor mask(&editor);
        editor.setText(MaskEditor::Key, QStringLiteral("0,0,0.5,0.5;0.25,0.25,0.5,0.5"));
        QCOMPARE(mask.rectList().size(), 2);
        QCOMPARE(mask.selected(), -1);
        QSignalSpy selected(&mask, &MaskEditor::selectedChanged);
        // Both cover (150, 80): the one drawn last is on top.
        QCOMPARE(mask.rectAt({150, 80}, picture), 1);
        QCOMPARE(mask.rectAt({20, 20}, picture), 0);
        QCOMPARE(mask.rectAt({390, 10}, picture), -1);
        // A finger that moved a little is still a tap, and adds nothing.
        QVERIFY(!mask.finishGesture({20, 20}, {28, 25}, picture));
        QCOMPARE(mask.selected(), 0);
        QCOMPARE(selected.count(), 1);
        QVERIFY(!mask.finishGesture({390, 10}, {390, 10}, picture));
        QCOMPARE(mask.selected(), -1);
        QCOMPARE(editor.textOf(MaskEditor::Key), QStringLiteral("0,0,0.5,0.5;0.25,0.25,0.5,0.5"));

        mask.select(0);
        mask.removeSelected();
        QCOMPARE(editor.textOf(MaskEditor::Key), QStringLiteral("0.25,0.25,0.5,0.5"));
        QCOMPARE(mask.selected(), -1);
        mask.removeSelected(); // nothing selected: nothing happens
        QCOMPARE(mask.rectList().size(), 1);
        mask.clear();
        QCOMPARE(editor.textOf(MaskEditor::Key), QString());
        QCOMPARE(mask.rectList().size(), 0);
    }

    // A slip of the finger, a full mask and an invalid text add nothing.
    void refusedDrawings()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        MaskEditor mask(&editor);
        // 40 px wide but 3 px high: under MinimumSide of 225 px.
        QVERIFY(!mask.finishGesture({10, 10}, {50, 13}, picture));
        QCOMPARE(editor.textOf(MaskEditor::Key), QString());

        QStringList sixteen;
        for (int i = 0; i < 16; ++i)
            sixteen << QStringLiteral("%1,0,0.05,0.05").arg(i * 0.05);
        editor.setText(MaskEditor::Key, sixteen.join(QLatin1Char(';')));
        QVERIFY(mask.full());
        QVERIFY(!mask.finishGesture({0, 100}, {200, 200}, picture));
        QCOMPARE(mask.rectList().size(), 16);

        // Typed wrong: shown as nothing, drawing waits, Clear all fixes it.
        editor.setText(MaskEditor::Key, QStringLiteral("0,0,2,1"));
        QVERIFY(!mask.valid());
        QVERIFY(!editor.errorOf(MaskEditor::Key).isEmpty());
        QCOMPARE(mask.rectList().size(), 0);
        QVERIFY(!mask.finishGesture({0, 100}, {200, 200}, picture));
        QCOMPARE(editor.textOf(MaskEditor::Key), QStringLiteral("0,0,2,1"));
        mask.clear();
        QVERIFY(mask.valid());
        QCOMPARE(editor.errorOf(MaskEditor::Key), QString());
    }

    // Cancel and a reload show the saved mask again.
    void followsCancel()
    {
        Settings settings;
        QCOMPARE(settings.setValue(MaskEditor::Key, QStringLiteral("0,0,1,0.25")), QString());
        SettingsEditor editor(&settings);
        MaskEditor mask(&editor);
        QCOMPARE(mask.rectList(), (QList<QRectF>{QRectF(0, 0, 1, 0.25)}));
        QSignalSpy rects(&mask, &MaskEditor::rectsChanged);
        QVERIFY(mask.finishGesture({0, 100}, {200, 200}, picture));
        QCOMPARE(mask.rectList().size(), 2);
        editor.cancel();
        QCOMPARE(mask.rectList(), (QList<QRectF>{QRectF(0, 0, 1, 0.25)}));
        QCOMPARE(mask.selected(), -1);
        QCOMPARE(rects.count(), 2);
    }

    void anEmptyPictureHasNoGeometry()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        MaskEditor mask(&editor);
        QCOMPARE(mask.dragRect({0, 0}, {10, 10}, QSizeF()), QRectF());
        QCOMPARE(mask.rectAt({0, 0}, QSizeF()), -1);
        QVERIFY(!mask.finishGesture({0, 0}, {100, 100}, QSizeF()));
    }
};

QTEST_GUILESS_MAIN(TestMaskEditor)
#include "test_maskeditor.moc"
