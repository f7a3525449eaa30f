// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The README's settings reference is generated from the schema; this keeps
// the two in step. Run with PICAM_UPDATE_README=1 to rewrite the README block.

#include "config/settingsreference.h"

#include <QFile>
#include <QTest>

class TestReadme : public QObject
{
    Q_OBJECT
private slots:
    void settingsReferenceMatchesTheSchema()
    {
        const QString path = QStringLiteral(PICAM_SOURCE_DIR "/README.md");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString readme = QString::fromUtf8(file.readAll());
        file.close();
        const QString begin = QStringLiteral("<!-- settings-reference:begin -->\n");
        const QString end = QStringLiteral("<!-- settings-reference:end -->");
        const qsizetype from = readme.indexOf(begin);
        const qsizetype to = readme.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "README.md lacks the settings-reference markers");
        const QString current = readme.mid(from + begin.size(), to - from - begin.size());
        const QString expected = SettingsSchema::markdownReference();
        if (current != expected && qEnvironmentVariableIntValue("PICAM_UPDATE_README")) {
            readme.replace(from + begin.size(), current.size(), expected);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(readme.toUtf8());
            return;
        }
        QVERIFY2(current == expected, "README.md's settings reference is out of date: run "
                                      "PICAM_UPDATE_README=1 build/bin/test_readme");
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "test_readme.moc"
