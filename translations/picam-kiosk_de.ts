<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccelBars</name>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
</context>
<context>
    <name>ArcGauge</name>
    <message>
        <source>no reading</source>
        <translation>kein Messwert</translation>
    </message>
</context>
<context>
    <name>AttitudeIndicator</name>
    <message>
        <source>P %1°  R %2°</source>
        <translation>N %1°  R %2°</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>kein Messwert</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>kein Messwert</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Streamen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PIN set</source>
        <translation>PIN gesetzt</translation>
    </message>
    <message>
        <source>Photo saved: %1</source>
        <translation>Foto gespeichert: %1</translation>
    </message>
    <message>
        <source>Photo not saved: %1</source>
        <translation>Foto nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>MotionRow</name>
    <message>
        <source>Attitude</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN must be %1 to %2 digits</source>
        <translation>Die PIN muss %1 bis %2 Ziffern haben</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>New settings PIN</source>
        <translation>Neue Einstellungs-PIN</translation>
    </message>
    <message>
        <source>Settings PIN</source>
        <translation>Einstellungs-PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Locked for %n s.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Gesperrt für %n s.</numerusform>
            <numerusform>Zu viele Fehlversuche. Gesperrt für %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 bis %2 Ziffern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Warte auf die Kamera…</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>Kein Kamerabild</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
</context>
<context>
    <name>SensorGrid</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>humidity sensor</source>
        <translation>Feuchtesensor</translation>
    </message>
    <message>
        <source>pressure sensor</source>
        <translation>Drucksensor</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Luftfeuchte</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>air pressure</source>
        <translation>Luftdruck</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>Prozessor</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message numerus="yes">
        <source>Not saved: %n setting(s) need attention</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Einstellung ist zu korrigieren</numerusform>
            <numerusform>Nicht gespeichert: %n Einstellungen sind zu korrigieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved; restarting %1</source>
        <translation>Gespeichert; %1 wird neu gestartet</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>set (hidden)</source>
        <translation>gesetzt (verborgen)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <source>Name of this device in topics, discovery and on screen (default: the host name)</source>
        <translation>Name dieses Geräts in Topics, Discovery und auf dem Bildschirm (Standard: der Hostname)</translation>
    </message>
    <message>
        <source>Where frames come from</source>
        <translation>Woher die Bilder kommen</translation>
    </message>
    <message>
        <source>Capture width</source>
        <translation>Aufnahmebreite</translation>
    </message>
    <message>
        <source>Capture height</source>
        <translation>Aufnahmehöhe</translation>
    </message>
    <message>
        <source>Capture frame rate</source>
        <translation>Aufnahme-Bildrate</translation>
    </message>
    <message>
        <source>Picture rotation in degrees</source>
        <translation>Bilddrehung in Grad</translation>
    </message>
    <message>
        <source>Push the camera as H.264 over RTSP</source>
        <translation>Kamera als H.264 über RTSP senden</translation>
    </message>
    <message>
        <source>MediaMTX publish URL</source>
        <translation>MediaMTX-Veröffentlichungs-URL</translation>
    </message>
    <message>
        <source>User name MediaMTX expects from the publisher</source>
        <translation>Benutzername, den MediaMTX vom Sender erwartet</translation>
    </message>
    <message>
        <source>Password for stream/username</source>
        <translation>Passwort für stream/username</translation>
    </message>
    <message>
        <source>H.264 encoder (auto: hardware when it opens)</source>
        <translation>H.264-Encoder (auto: Hardware, wenn sie sich öffnen lässt)</translation>
    </message>
    <message>
        <source>Target average bit rate</source>
        <translation>Angestrebte mittlere Bitrate</translation>
    </message>
    <message>
        <source>Time between keyframes</source>
        <translation>Zeit zwischen Keyframes</translation>
    </message>
    <message>
        <source>Publish sensor readings over MQTT</source>
        <translation>Sensorwerte über MQTT veröffentlichen</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>Broker-URL</translation>
    </message>
    <message>
        <source>MQTT client id ({device} is replaced by device/name)</source>
        <translation>MQTT-Client-ID ({device} wird durch device/name ersetzt)</translation>
    </message>
    <message>
        <source>Broker user name</source>
        <translation>Benutzername für den Broker</translation>
    </message>
    <message>
        <source>Broker password</source>
        <translation>Passwort für den Broker</translation>
    </message>
    <message>
        <source>CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)</source>
        <translation>CA-Zertifikat (PEM) für ssl:// und wss:// (leer: Zertifikatsspeicher des Systems)</translation>
    </message>
    <message>
        <source>Client certificate (PEM), optional</source>
        <translation>Client-Zertifikat (PEM), optional</translation>
    </message>
    <message>
        <source>Client private key (PEM), optional</source>
        <translation>Privater Client-Schlüssel (PEM), optional</translation>
    </message>
    <message>
        <source>Topic of the sensor readings</source>
        <translation>Topic der Sensorwerte</translation>
    </message>
    <message>
        <source>Retained online/offline availability topic</source>
        <translation>Gespeichertes Verfügbarkeits-Topic (online/offline)</translation>
    </message>
    <message>
        <source>Time between published readings</source>
        <translation>Zeit zwischen veröffentlichten Werten</translation>
    </message>
    <message>
        <source>QoS of the readings</source>
        <translation>QoS der Messwerte</translation>
    </message>
    <message>
        <source>Readings kept while the broker is away (oldest dropped first)</source>
        <translation>Gepufferte Werte, solange der Broker fehlt (älteste werden zuerst verworfen)</translation>
    </message>
    <message>
        <source>Announce the sensors to Home Assistant (MQTT discovery)</source>
        <translation>Sensoren bei Home Assistant anmelden (MQTT Discovery)</translation>
    </message>
    <message>
        <source>Where sensor readings come from</source>
        <translation>Woher die Sensorwerte kommen</translation>
    </message>
    <message>
        <source>I2C bus of the Sense HAT</source>
        <translation>I2C-Bus des Sense HAT</translation>
    </message>
    <message>
        <source>Language of the kiosk screen</source>
        <translation>Sprache des Bildschirms</translation>
    </message>
    <message>
        <source>Unit of the temperatures on screen</source>
        <translation>Einheit der Temperaturen auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Where snapshots are saved (empty: the Pictures folder)</source>
        <translation>Speicherort für Fotos (leer: der Bilder-Ordner)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>1 to 64 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>1 bis 64 Zeichen aus A-Z, a-z, 0-9, _ und -</translation>
    </message>
    <message>
        <source>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH</source>
        <translation>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern oder file:PFAD</translation>
    </message>
    <message>
        <source>an rtsp:// or rtsps:// URL with a host and a path</source>
        <translation>eine rtsp://- oder rtsps://-URL mit Host und Pfad</translation>
    </message>
    <message>
        <source>at most 63 bytes</source>
        <translation>höchstens 63 Bytes</translation>
    </message>
    <message>
        <source>a tcp://, ssl://, ws:// or wss:// URL with a host</source>
        <translation>eine tcp://-, ssl://-, ws://- oder wss://-URL mit Host</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>empty or a readable file</source>
        <translation>leer oder eine lesbare Datei</translation>
    </message>
    <message>
        <source>an MQTT topic without + or #</source>
        <translation>ein MQTT-Topic ohne + oder #</translation>
    </message>
    <message>
        <source>an absolute device path</source>
        <translation>ein absoluter Gerätepfad</translation>
    </message>
    <message>
        <source>empty or an absolute directory path</source>
        <translation>leer oder ein absoluter Verzeichnispfad</translation>
    </message>
    <message>
        <source>empty or a PIN hash made by the settings panel</source>
        <translation>leer oder ein von den Einstellungen erzeugter PIN-Hash</translation>
    </message>
    <message>
        <source>pixels, even</source>
        <translation>Pixel, gerade</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>the value given</source>
        <translation>der angegebene Wert</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation>%1: %2 ist nicht zulässig; erwartet: %3</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>Steuerzeichen %1</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed (%3); expected %4</source>
        <translation>%1: %2 ist nicht zulässig (%3); erwartet: %4</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>PIN cleared</source>
        <translation>PIN gelöscht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Sensors: %1</source>
        <translation>Sensoren: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>No picture to save yet</source>
        <translation>Noch kein Bild zum Speichern</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Stream not available</source>
        <translation>Stream nicht verfügbar</translation>
    </message>
    <message>
        <source>Stream off</source>
        <translation>Stream aus</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Live · %1 fps · %2</source>
        <translation>Live · %1 fps · %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream failed</source>
        <translation>Stream fehlgeschlagen</translation>
    </message>
    <message>
        <source>MQTT not available</source>
        <translation>MQTT nicht verfügbar</translation>
    </message>
    <message>
        <source>MQTT off</source>
        <translation>MQTT aus</translation>
    </message>
    <message>
        <source>MQTT connecting…</source>
        <translation>MQTT verbindet…</translation>
    </message>
    <message numerus="yes">
        <source>MQTT buffering %n reading(s)</source>
        <translation>
            <numerusform>MQTT puffert %n Wert</numerusform>
            <numerusform>MQTT puffert %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT connected · the card cannot be written</source>
        <translation>MQTT verbunden · Karte nicht beschreibbar</translation>
    </message>
    <message numerus="yes">
        <source>MQTT keeping %n reading(s) in memory: the card cannot be written</source>
        <translation>
            <numerusform>MQTT hält %n Wert im Speicher: Karte nicht beschreibbar</numerusform>
            <numerusform>MQTT hält %n Werte im Speicher: Karte nicht beschreibbar</numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT connected</source>
        <translation>MQTT verbunden</translation>
    </message>
    <message numerus="yes">
        <source>MQTT reconnecting in %n s</source>
        <translation>
            <numerusform>MQTT: neuer Versuch in %n s</numerusform>
            <numerusform>MQTT: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT failed</source>
        <translation>MQTT fehlgeschlagen</translation>
    </message>
</context>
</TS>
