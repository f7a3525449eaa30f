// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "inifile.h"

#include "system/redact.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>

namespace IniFile {
namespace {

const QString NotIni = QStringLiteral("not INI text: ");
// Beyond this many bad lines the file is plainly not a settings file.
constexpr int MaxLineErrors = 5;

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

QString trimmedBlanks(const QString &s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && isBlank(s.at(from)))
        ++from;
    while (to > from && isBlank(s.at(to - 1)))
        --to;
    return s.mid(from, to - from);
}

QString hexByte(unsigned char b)
{
    return QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
}

// The first byte of a line that is not UTF-8 text: an invalid or overlong
// sequence, a surrogate, or a control character (tab is a blank here; inside
// a key or value it is refused later). Empty when the line is text.
QString firstBadByte(const QByteArray &line)
{
    const auto *p = reinterpret_cast<const unsigned char *>(line.constData());
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        char32_t cp = 0;
        int length = 1;
        unsigned char lo = 0x80;
        unsigned char hi = 0xbf;
        if (b < 0x80) {
            cp = b;
        } else if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
            cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            cp = b & 0x0f;
            lo = b == 0xe0 ? 0xa0 : 0x80; // no overlong forms
            hi = b == 0xed ? 0x9f : 0xbf; // no surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            cp = b & 0x07;
            lo = b == 0xf0 ? 0x90 : 0x80;
            hi = b == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
        } else {
            return QStringLiteral("%1 at byte %2 is not UTF-8; expected UTF-8 text")
                .arg(hexByte(b))
                .arg(i + 1);
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char c = i + k < n ? p[i + k] : 0;
            const bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xbf);
            if (!ok) {
                return QStringLiteral("%1 at byte %2 is not UTF-8; expected UTF-8 text")
                    .arg(hexByte(b))
                    .arg(i + 1);
            }
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp != U'\t' && cp <= 0xffff && Redact::isControl(QChar(char16_t(cp)))) {
            return QStringLiteral("control character %1 at byte %2; expected printable text")
                .arg(Redact::escaped(QChar(char16_t(cp))))
                .arg(i + 1);
        }
        i += length;
    }
    return {};
}

// UTF-16 without a byte order mark: ASCII text with a NUL before or after
// every character.
bool looksLikeUtf16(const QByteArray &bytes)
{
    const qsizetype pairs = qMin<qsizetype>(bytes.size(), 256) / 2;
    if (pairs < 2)
        return false;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < pairs * 2; ++i)
        (i % 2 ? oddNul : evenNul) += bytes.at(i) == '\0';
    const qsizetype most = qMax(evenNul, oddNul);
    const qsizetype least = qMin(evenNul, oddNul);
    return most * 4 >= pairs * 3 && least * 8 <= pairs;
}

struct Line
{
    QString key;   // "group/key" when the line is key=value
    QString value; // unquoted
    QString error; // empty when the line is fine
};

Line notIni(const QString &what)
{
    return {{}, {}, NotIni + what};
}

// A quoted value without its quotes; the error when it is not one.
Line unquoted(const QString &path, const QString &raw)
{
    QString value;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('"')) {
            if (i + 1 != raw.size()) {
                return notIni(QStringLiteral("text after the closing quote of the value of %1; "
                                             "expected nothing more on the line")
                                  .arg(path));
            }
            return {path, value, {}};
        }
        if (c == QLatin1Char('\\')) {
            const QChar next = i + 1 < raw.size() ? raw.at(i + 1) : QChar();
            if (next != QLatin1Char('"') && next != QLatin1Char('\\')) {
                return notIni(
                    QStringLiteral("unknown escape in the value of %1; expected \\\" or \\\\ only")
                        .arg(path));
            }
            value += next;
            ++i;
            continue;
        }
        value += c;
    }
    return notIni(
        QStringLiteral("the value of %1 has no closing quote; expected \"...\"").arg(path));
}

// One line, its blanks already trimmed; group is the current [group].
Line parseLine(const QString &t, QString &group, bool &keyBeforeGroupSeen)
{
    if (t.isEmpty() || t.startsWith(QLatin1Char(';')) || t.startsWith(QLatin1Char('#')))
        return {};
    if (t.startsWith(QLatin1Char('['))) {
        if (!t.endsWith(QLatin1Char(']')))
            return notIni(QStringLiteral("\"[\" without a closing \"]\"; expected [group]"));
        const QString name = t.mid(1, t.size() - 2);
        if (!isName(name)) {
            return notIni(QStringLiteral("group name %1 is not 1 or more of A-Z, a-z, 0-9, _ and "
                                         "-; expected [group]")
                              .arg(Redact::quotedValue(name)));
        }
        group = name;
        return {};
    }
    const qsizetype eq = t.indexOf(QLatin1Char('='));
    if (eq < 0) {
        return notIni(QStringLiteral("no \"=\" in the line; expected key=value, a [group] header "
                                     "or a comment (; or #)"));
    }
    const QString key = trimmedBlanks(t.left(eq));
    if (key.isEmpty())
        return notIni(QStringLiteral("no key before \"=\"; expected key=value"));
    if (const qsizetype at = Redact::firstControl(key); at >= 0) {
        return notIni(QStringLiteral("control character %1 in the key; expected printable text")
                          .arg(Redact::escaped(key.at(at))));
    }
    if (!isName(key)) {
        return notIni(QStringLiteral("key %1 is not 1 or more of A-Z, a-z, 0-9, _ and -; expected "
                                     "key=value")
                          .arg(Redact::quotedValue(key)));
    }
    if (group.isEmpty()) {
        // Said once: every key of a file without groups would repeat it.
        if (keyBeforeGroupSeen)
            return {};
        keyBeforeGroupSeen = true;
        return notIni(QStringLiteral("key=value before any [group]; expected a [group] header "
                                     "first"));
    }
    const QString path = group + QLatin1Char('/') + key;
    const QString raw = trimmedBlanks(t.mid(eq + 1));
    if (const qsizetype at = Redact::firstControl(raw); at >= 0) {
        return notIni(QStringLiteral("control character %1 in the value of %2; expected printable "
                                     "text")
                          .arg(Redact::escaped(raw.at(at)), path));
    }
    if (raw.startsWith(QLatin1Char('"')))
        return unquoted(path, raw);
    // QSettings ended a value at ';' and read escapes after '\': a value that
    // means different things to different readers is refused.
    static const QRegularExpression ambiguous(QStringLiteral("[;\"\\\\]"));
    if (raw.contains(ambiguous)) {
        return notIni(QStringLiteral("; \" or \\ in the value of %1; expected the value in double "
                                     "quotes, with \\\" and \\\\ for \" and \\")
                          .arg(path));
    }
    return {path, raw, {}};
}

unsigned currentUmask()
{
    // From /proc rather than umask(2), which can only be read by setting it
    // and would change it for a moment for every thread.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const unsigned mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mask & 0777;
            }
        }
    }
    return 022;
}

} // namespace

bool isName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re.match(name).hasMatch();
}

bool isKeyPath(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return slash > 0 && isName(key.left(slash)) && isName(key.mid(slash + 1));
}

Contents parse(const QByteArray &bytes, const QString &name)
{
    Contents out;
    const QString shownName = Redact::escapeControl(name);
    const auto lineError = [&out, &shownName](qsizetype number, const QString &what) {
        out.errors << QStringLiteral("%1:%2: %3").arg(shownName).arg(number).arg(what);
    };
    if (bytes.size() > MaxBytes) {
        out.errors << QStringLiteral("%1: not INI text: more than %2 bytes; expected a settings "
                                     "file")
                          .arg(shownName)
                          .arg(MaxBytes);
        return out;
    }
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        lineError(1, NotIni + QStringLiteral("UTF-16 (byte order mark); expected UTF-8 text"));
        return out;
    }
    if (looksLikeUtf16(bytes)) {
        lineError(1, NotIni + QStringLiteral("UTF-16 (a NUL byte beside every character); "
                                             "expected UTF-8 text"));
        return out;
    }
    QByteArray text = bytes;
    if (text.startsWith("\xef\xbb\xbf")) // UTF-8 byte order mark, as some editors write
        text.remove(0, 3);

    QString group;
    bool keyBeforeGroupSeen = false;
    int badLines = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        QString error = firstBadByte(line);
        Line parsed;
        if (error.isEmpty()) {
            parsed = parseLine(trimmedBlanks(QString::fromUtf8(line)), group, keyBeforeGroupSeen);
            error = parsed.error;
        } else {
            error = NotIni + error;
        }
        if (!error.isEmpty()) {
            if (++badLines <= MaxLineErrors)
                lineError(n + 1, error);
            continue;
        }
        if (!parsed.key.isEmpty())
            out.values.insert(parsed.key, parsed.value); // a later line wins
    }
    if (badLines > MaxLineErrors) {
        out.errors << QStringLiteral("%1: %2 more lines are not INI text")
                          .arg(shownName)
                          .arg(badLines - MaxLineErrors);
    }
    if (!out.errors.isEmpty())
        out.values.clear();
    return out;
}

Contents read(const QString &path)
{
    Contents out;
    const QString shown = Redact::escapeControl(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        out.errors << QStringLiteral("%1: no such file").arg(shown);
        return out;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        out.errors << QStringLiteral("%1: cannot be read (permissions?)").arg(shown);
        return out;
    }
    // One byte more than allowed, so too large is told from just right.
    return parse(file.read(MaxBytes + 1), path);
}

QString quote(const QString &value)
{
    // Beyond what this reader needs (; " \ and outer blanks), also what
    // QSettings would misread, so an older picam-kiosk reads the file too.
    static const QString special = QStringLiteral(",;=\"\\#");
    bool needs = value.startsWith(QLatin1Char('@')) || value != trimmedBlanks(value);
    for (QChar c : value)
        needs = needs || special.contains(c);
    if (!needs)
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

unsigned modeFor(bool privateFile, int existingMode, unsigned umask)
{
    unsigned mode = privateFile ? 0600u : (0644u & ~umask);
    if (existingMode >= 0)
        mode &= unsigned(existingMode) & 0777u;
    return mode | 0600u;
}

QString write(const QString &path, const QList<QPair<QString, QString>> &orderedValues,
              bool privateFile)
{
    const QString shown = Redact::escapeControl(path);
    // Only what read() accepts is written, so a saved file always loads.
    for (const auto &[key, value] : orderedValues) {
        if (!isKeyPath(key))
            return QStringLiteral("%1: cannot be written: %2 is not group/key")
                .arg(shown, Redact::quotedValue(key));
        if (Redact::firstControl(value) >= 0)
            return QStringLiteral("%1: cannot be written: control character in the value of %2")
                .arg(shown, key);
    }

    QDir().mkpath(QFileInfo(path).absolutePath());
    struct stat before = {};
    const int existingMode = ::stat(QFile::encodeName(path).constData(), &before) == 0
                                 ? int(before.st_mode & 07777)
                                 : -1;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot be written: %2").arg(shown, file.errorString());
    // The final mode is set before a byte is written. On Linux QSaveFile's
    // new file has no name until commit() (O_TMPFILE), so nobody can open it
    // while its mode is still the umask's; on a filesystem without O_TMPFILE
    // it is a named, empty file for that moment (the units' /etc/picam-kiosk
    // is 0770 root:picam, so no other user reaches it there either).
    if (::fchmod(file.handle(), modeFor(privateFile, existingMode, currentUmask())) != 0)
        return QStringLiteral("%1: cannot be written: %2").arg(shown, qt_error_string(errno));

    QString text;
    QString currentGroup;
    for (const auto &[key, value] : orderedValues) {
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        if (group != currentGroup) {
            if (!currentGroup.isNull())
                text += QLatin1Char('\n');
            text += QStringLiteral("[%1]\n").arg(group);
            currentGroup = group;
        }
        text += QStringLiteral("%1=%2\n").arg(name, quote(value));
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return QStringLiteral("%1: cannot be written: %2").arg(shown, file.errorString());
    return {};
}

} // namespace IniFile
