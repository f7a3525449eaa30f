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
    <name>ConfirmBar</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing the connection to %1 …</source>
        <translation>Verbindung zu %1 wird geprüft …</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>RTSP server reachable at %1 (it asks for a user name and password)</source>
        <translation>RTSP-Server unter %1 erreichbar (er verlangt Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>RTSP server reachable at %1</source>
        <translation>RTSP-Server unter %1 erreichbar</translation>
    </message>
    <message>
        <source>Not reachable: the name %1 is not known</source>
        <translation>Nicht erreichbar: der Name %1 ist unbekannt</translation>
    </message>
    <message>
        <source>Not reachable: nothing listens at %1</source>
        <translation>Nicht erreichbar: unter %1 lauscht nichts</translation>
    </message>
    <message>
        <source>Not reachable: no answer from %1 within %2 s</source>
        <translation>Nicht erreichbar: keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1 answered, but not as an RTSP server</source>
        <translation>%1 hat geantwortet, aber nicht als RTSP-Server</translation>
    </message>
    <message>
        <source>Not reachable: TLS failed with %1: %2</source>
        <translation>Nicht erreichbar: TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Broker reachable at %1</source>
        <translation>Broker unter %1 erreichbar</translation>
    </message>
    <message>
        <source>Broker not reachable: %1</source>
        <translation>Broker nicht erreichbar: %1</translation>
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
    <message>
        <source>Motion on</source>
        <translation>Bewegung an</translation>
    </message>
    <message>
        <source>Motion off</source>
        <translation>Bewegung aus</translation>
    </message>
    <message>
        <source>Motion detection is not available</source>
        <translation>Bewegungserkennung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>No camera picture to take a photo of</source>
        <translation>Kein Kamerabild für ein Foto</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
</context>
<context>
    <name>DeviceInfo</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>none since boot</source>
        <translation>nichts seit dem Start</translation>
    </message>
    <message>
        <source>under-voltage now</source>
        <translation>Unterspannung jetzt</translation>
    </message>
    <message>
        <source>under-voltage since boot</source>
        <translation>Unterspannung seit dem Start</translation>
    </message>
    <message>
        <source>throttled now</source>
        <translation>jetzt gedrosselt</translation>
    </message>
    <message>
        <source>throttled since boot</source>
        <translation>seit dem Start gedrosselt</translation>
    </message>
    <message>
        <source>frequency capped now</source>
        <translation>Takt jetzt begrenzt</translation>
    </message>
    <message>
        <source>frequency capped since boot</source>
        <translation>Takt seit dem Start begrenzt</translation>
    </message>
    <message>
        <source>temperature limit now</source>
        <translation>Temperaturgrenze jetzt erreicht</translation>
    </message>
    <message>
        <source>temperature limit since boot</source>
        <translation>Temperaturgrenze seit dem Start erreicht</translation>
    </message>
    <message>
        <source>unknown flags 0x%1</source>
        <translation>unbekannte Flags 0x%1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no network address</source>
        <translation>keine Netzwerkadresse</translation>
    </message>
    <message>
        <source>%1 (picam-kiosk %2)</source>
        <translation>%1 (picam-kiosk %2)</translation>
    </message>
    <message>
        <source>picam-kiosk %1</source>
        <translation>picam-kiosk %1</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3 %)</source>
        <translation>%1 frei von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 ms from capture to network (99 %: %2 ms)</source>
        <translation>%1 ms von der Aufnahme bis ins Netz (99 %: %2 ms)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>(streaming is off)</source>
        <translation>(Streaming ist aus)</translation>
    </message>
    <message>
        <source>RTSP</source>
        <translation>RTSP</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Stromversorgung</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Scan to watch the stream in a browser</source>
        <translation>Scannen, um den Stream im Browser anzusehen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>DisplayPower</name>
    <message>
        <source>No backlight found: brightness, dimming and blanking are off</source>
        <translation>Keine Hintergrundbeleuchtung gefunden: Helligkeit, Dimmen und Abschalten sind aus</translation>
    </message>
    <message>
        <source>Backlight %1 is not writable by this user: brightness, dimming and blanking are off</source>
        <translation>Hintergrundbeleuchtung %1 ist für diesen Benutzer nicht schreibbar: Helligkeit, Dimmen und Abschalten sind aus</translation>
    </message>
    <message>
        <source>Backlight %1 could not be set (%2): brightness, dimming and blanking are off</source>
        <translation>Hintergrundbeleuchtung %1 ließ sich nicht setzen (%2): Helligkeit, Dimmen und Abschalten sind aus</translation>
    </message>
    <message>
        <source>night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>dimmed</source>
        <translation>gedimmt</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Backlight %1: %2, %3 %</source>
        <translation>Hintergrundbeleuchtung %1: %2, %3 %</translation>
    </message>
</context>
<context>
    <name>EventNotice</name>
    <message>
        <source>Camera moved or knocked</source>
        <translation>Kamera bewegt oder angestoßen</translation>
    </message>
    <message>
        <source>Motion detected</source>
        <translation>Bewegung erkannt</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>under 1 s</source>
        <translation>unter 1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Camera moved or knocked</source>
        <translation>Kamera bewegt oder angestoßen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>Wird noch aufgenommen</translation>
    </message>
    <message>
        <source>Clip no longer on the card</source>
        <translation>Clip nicht mehr auf der Karte</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Kein Clip</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>It was already deleted</source>
        <translation>Es war schon gelöscht</translation>
    </message>
    <message>
        <source>This clip is still being recorded; it can be deleted when it is finished</source>
        <translation>Dieser Clip wird noch aufgenommen; er kann gelöscht werden, sobald er fertig ist</translation>
    </message>
    <message>
        <source>The event log on the card could not be changed: %1</source>
        <translation>Das Ereignisprotokoll auf der Karte ließ sich nicht ändern: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) still being recorded were kept</source>
        <translation>
            <numerusform>%n Clip, der noch aufgenommen wird, wurde behalten</numerusform>
            <numerusform>%n Clips, die noch aufgenommen werden, wurden behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <source>Delete every event, clip and photo? Clips still being recorded are kept.</source>
        <translation>Alle Ereignisse, Clips und Fotos löschen? Clips, die noch aufgenommen werden, bleiben.</translation>
    </message>
    <message>
        <source>Delete this clip and its picture?</source>
        <translation>Diesen Clip und sein Bild löschen?</translation>
    </message>
    <message>
        <source>Delete this picture?</source>
        <translation>Dieses Bild löschen?</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Nothing here yet. Events with their clips, recordings and photos from the Photo button show up here.</source>
        <translation>Noch nichts da. Ereignisse mit ihren Clips, Aufnahmen und Fotos der Foto-Taste erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>GalleryViewer</name>
    <message>
        <source>Cannot play this clip: %1</source>
        <translation>Dieser Clip lässt sich nicht abspielen: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Neither a clip nor a picture of this is on the card any more.</source>
        <translation>Weder ein Clip noch ein Bild davon ist noch auf der Karte.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message numerus="yes">
        <source>Settings locked again after %n s without a touch</source>
        <translation>
            <numerusform>Einstellungen nach %n s ohne Berührung wieder gesperrt</numerusform>
            <numerusform>Einstellungen nach %n s ohne Berührung wieder gesperrt</numerusform>
        </translation>
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
    <name>NumberPad</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN must be %1 to %2 digits</source>
        <translation>Die PIN muss %1 bis %2 Ziffern haben</translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed. Enter the new PIN again.</source>
        <translation>Die beiden Eingaben sind verschieden; nichts wurde geändert. Neue PIN noch einmal eingeben.</translation>
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
    <message>
        <source>Enter the new PIN again</source>
        <translation>Neue PIN noch einmal eingeben</translation>
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
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>MOTION</source>
        <translation>BEWEGUNG</translation>
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
    <name>ServiceStatus</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
    <message>
        <source>In the settings file: %1. The default is used until Apply saves it.</source>
        <translation>In der Einstellungsdatei: %1. Bis „Übernehmen“ gilt der Standardwert.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the settings file could not be used and run on their defaults until Apply</source>
        <translation>
            <numerusform>%n Wert der Einstellungsdatei war ungültig und gilt bis „Übernehmen“ als Standardwert</numerusform>
            <numerusform>%n Werte der Einstellungsdatei waren ungültig und gelten bis „Übernehmen“ als Standardwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN: saved with Apply</source>
        <translation>Neue PIN: wird mit „Übernehmen“ gespeichert</translation>
    </message>
    <message>
        <source>PIN removed with Apply</source>
        <translation>PIN wird mit „Übernehmen“ entfernt</translation>
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
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
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
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>more than %1 rectangles</source>
        <translation>mehr als %1 Rechtecke</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;) has %3 numbers, not 4 (x,y,w,h)</source>
        <translation>Rechteck %1 („%2“) hat %3 Zahlen statt 4 (x,y,w,h)</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;): &quot;%3&quot; is not a number</source>
        <translation>Rechteck %1 („%2“): „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;): x and y must be from 0 to 1</source>
        <translation>Rechteck %1 („%2“): x und y müssen zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;): width and height must be more than 0</source>
        <translation>Rechteck %1 („%2“): Breite und Höhe müssen größer als 0 sein</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;) reaches past the right edge (x + w &gt; 1)</source>
        <translation>Rechteck %1 („%2“) reicht über den rechten Rand hinaus (x + w &gt; 1)</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;) reaches past the bottom edge (y + h &gt; 1)</source>
        <translation>Rechteck %1 („%2“) reicht über den unteren Rand hinaus (y + h &gt; 1)</translation>
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
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>Steuerzeichen %1</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation>%1: %2 ist nicht zulässig; erwartet: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed: %3; expected %4</source>
        <translation>%1: %2 ist nicht zulässig: %3; erwartet: %4</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed (%3); expected %4</source>
        <translation>%1: %2 ist nicht zulässig (%3); erwartet: %4</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>1 to 64 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>1 bis 64 Zeichen aus A-Z, a-z, 0-9, _ und -</translation>
    </message>
    <message>
        <source>Name of this device in topics, discovery and on screen (default: the host name)</source>
        <translation>Name dieses Geräts in Topics, Discovery und auf dem Bildschirm (Standard: der Hostname)</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH</source>
        <translation>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern oder file:PFAD</translation>
    </message>
    <message>
        <source>Where frames come from</source>
        <translation>Woher die Bilder kommen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>pixels, even</source>
        <translation>Pixel, gerade</translation>
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
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Bildbreite</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Bildhöhe</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Capture frame rate</source>
        <translation>Aufnahme-Bildrate</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Picture rotation in degrees</source>
        <translation>Bilddrehung in Grad</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Push the camera as H.264 over RTSP</source>
        <translation>Kamera als H.264 über RTSP senden</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>an rtsp:// or rtsps:// URL with a host and a path</source>
        <translation>eine rtsp://- oder rtsps://-URL mit Host und Pfad</translation>
    </message>
    <message>
        <source>MediaMTX publish URL</source>
        <translation>MediaMTX-Veröffentlichungs-URL</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>at most 63 bytes</source>
        <translation>höchstens 63 Bytes</translation>
    </message>
    <message>
        <source>User name MediaMTX expects from the publisher</source>
        <translation>Benutzername, den MediaMTX vom Sender erwartet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password for stream/username</source>
        <translation>Passwort für stream/username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>H.264 encoder (auto: hardware when it opens)</source>
        <translation>H.264-Encoder (auto: Hardware, wenn sie sich öffnen lässt)</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>Target average bit rate</source>
        <translation>Angestrebte mittlere Bitrate</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Time between keyframes</source>
        <translation>Zeit zwischen Keyframes</translation>
    </message>
    <message>
        <source>Keyframe interval</source>
        <translation>Keyframe-Abstand</translation>
    </message>
    <message>
        <source>Publish sensor readings over MQTT</source>
        <translation>Sensorwerte über MQTT veröffentlichen</translation>
    </message>
    <message>
        <source>Send readings</source>
        <translation>Messwerte senden</translation>
    </message>
    <message>
        <source>a tcp://, ssl://, ws:// or wss:// URL with a host</source>
        <translation>eine tcp://-, ssl://-, ws://- oder wss://-URL mit Host</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>Broker-URL</translation>
    </message>
    <message>
        <source>Broker address</source>
        <translation>Broker-Adresse</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>MQTT client id ({device} is replaced by device/name)</source>
        <translation>MQTT-Client-ID ({device} wird durch device/name ersetzt)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
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
        <source>empty or a readable file</source>
        <translation>leer oder eine lesbare Datei</translation>
    </message>
    <message>
        <source>CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)</source>
        <translation>CA-Zertifikat (PEM) für ssl:// und wss:// (leer: Zertifikatsspeicher des Systems)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Client certificate (PEM), optional</source>
        <translation>Client-Zertifikat (PEM), optional</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client private key (PEM), optional</source>
        <translation>Privater Client-Schlüssel (PEM), optional</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>an MQTT topic without + or #</source>
        <translation>ein MQTT-Topic ohne + oder #</translation>
    </message>
    <message>
        <source>Topic of the sensor readings</source>
        <translation>Topic der Sensorwerte</translation>
    </message>
    <message>
        <source>Readings topic</source>
        <translation>Topic der Messwerte</translation>
    </message>
    <message>
        <source>Retained online/offline availability topic</source>
        <translation>Gespeichertes Verfügbarkeits-Topic (online/offline)</translation>
    </message>
    <message>
        <source>Status topic</source>
        <translation>Status-Topic</translation>
    </message>
    <message>
        <source>Time between published readings</source>
        <translation>Zeit zwischen veröffentlichten Werten</translation>
    </message>
    <message>
        <source>Send every</source>
        <translation>Senden alle</translation>
    </message>
    <message>
        <source>QoS of the readings</source>
        <translation>QoS der Messwerte</translation>
    </message>
    <message>
        <source>Delivery (QoS)</source>
        <translation>Zustellung (QoS)</translation>
    </message>
    <message>
        <source>0: at most once</source>
        <translation>0: höchstens einmal</translation>
    </message>
    <message>
        <source>1: at least once</source>
        <translation>1: mindestens einmal</translation>
    </message>
    <message>
        <source>2: exactly once</source>
        <translation>2: genau einmal</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Readings kept while the broker is away (oldest dropped first)</source>
        <translation>Gepufferte Werte, solange der Broker fehlt (älteste werden zuerst verworfen)</translation>
    </message>
    <message>
        <source>Readings kept offline</source>
        <translation>Offline gepufferte Messwerte</translation>
    </message>
    <message>
        <source>Longest time a waiting reading stays off the SD card (0: each one at once). Longer: less wear, more lost in a power cut</source>
        <translation>Längste Zeit, die ein wartender Messwert nicht auf der SD-Karte steht (0: jeder sofort). Länger: weniger Verschleiß, mehr Verlust bei Stromausfall</translation>
    </message>
    <message>
        <source>Write to card within</source>
        <translation>Auf Karte schreiben nach</translation>
    </message>
    <message>
        <source>Announce the sensors to Home Assistant (MQTT discovery)</source>
        <translation>Sensoren bei Home Assistant anmelden (MQTT Discovery)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Take commands on picam/{device}/set/... (snapshot, stream, detection)</source>
        <translation>Befehle auf picam/{device}/set/... annehmen (Foto, Stream, Erkennung)</translation>
    </message>
    <message>
        <source>Remote commands</source>
        <translation>Fernbefehle</translation>
    </message>
    <message>
        <source>Where sensor readings come from</source>
        <translation>Woher die Sensorwerte kommen</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>an absolute device path</source>
        <translation>ein absoluter Gerätepfad</translation>
    </message>
    <message>
        <source>I2C bus of the Sense HAT</source>
        <translation>I2C-Bus des Sense HAT</translation>
    </message>
    <message>
        <source>I2C bus</source>
        <translation>I2C-Bus</translation>
    </message>
    <message>
        <source>Seed of the simulated sensors, for repeatable runs (0 = random)</source>
        <translation>Startwert der simulierten Sensoren, für wiederholbare Läufe (0 = zufällig)</translation>
    </message>
    <message>
        <source>Simulation seed</source>
        <translation>Startwert der Simulation</translation>
    </message>
    <message>
        <source>Report when the camera is moved or knocked (Sense HAT)</source>
        <translation>Melden, wenn die Kamera bewegt oder angestoßen wird (Sense HAT)</translation>
    </message>
    <message>
        <source>Tamper alarm</source>
        <translation>Manipulationsalarm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>A turn or tilt larger than this within seconds is tampering</source>
        <translation>Eine Drehung oder Neigung, größer als dies innerhalb von Sekunden, ist Manipulation</translation>
    </message>
    <message>
        <source>Turn or tilt</source>
        <translation>Drehung oder Neigung</translation>
    </message>
    <message>
        <source>A shock larger than this (change of the acceleration from 1 g) is tampering</source>
        <translation>Ein Stoß, größer als dies (Änderung der Beschleunigung gegenüber 1 g), ist Manipulation</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>Stoß</translation>
    </message>
    <message>
        <source>Quiet time that ends a tamper event</source>
        <translation>Ruhezeit, die ein Manipulationsereignis beendet</translation>
    </message>
    <message>
        <source>Tamper ends after</source>
        <translation>Manipulation endet nach</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Events kept in the event log (oldest dropped first)</source>
        <translation>Im Ereignisprotokoll behaltene Ereignisse (älteste zuerst verworfen)</translation>
    </message>
    <message>
        <source>Events kept</source>
        <translation>Behaltene Ereignisse</translation>
    </message>
    <message>
        <source>Most space the event log and its snapshots take</source>
        <translation>Höchster Platz für Ereignisprotokoll und Fotos</translation>
    </message>
    <message>
        <source>Event log size</source>
        <translation>Größe des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>Language of the kiosk screen</source>
        <translation>Sprache des Bildschirms</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Screen rotation in degrees, clockwise, for a display mounted sideways or upside down (not the camera picture)</source>
        <translation>Bildschirmdrehung in Grad, im Uhrzeigersinn, für einen seitlich oder kopfüber montierten Bildschirm (nicht das Kamerabild)</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Bildschirmdrehung</translation>
    </message>
    <message>
        <source>Unit of the temperatures on screen</source>
        <translation>Einheit der Temperaturen auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>empty or an absolute directory path</source>
        <translation>leer oder ein absoluter Verzeichnispfad</translation>
    </message>
    <message>
        <source>Where snapshots are saved (empty: the Pictures folder)</source>
        <translation>Speicherort für Fotos (leer: der Bilder-Ordner)</translation>
    </message>
    <message>
        <source>Photo folder</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>Time without a touch after which the settings need the PIN again (0 = never)</source>
        <translation>Zeit ohne Berührung, nach der die Einstellungen wieder die PIN verlangen (0 = nie)</translation>
    </message>
    <message>
        <source>Lock settings after</source>
        <translation>Einstellungen sperren nach</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Screen brightness (a display with a backlight only)</source>
        <translation>Bildschirmhelligkeit (nur Bildschirme mit Hintergrundbeleuchtung)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Time without a touch before the screen dims (0 = never)</source>
        <translation>Zeit ohne Berührung, bis der Bildschirm dunkler wird (0 = nie)</translation>
    </message>
    <message>
        <source>Dim after</source>
        <translation>Abdunkeln nach</translation>
    </message>
    <message>
        <source>Brightness of the dimmed screen</source>
        <translation>Helligkeit des gedimmten Bildschirms</translation>
    </message>
    <message>
        <source>Dimmed brightness</source>
        <translation>Gedimmte Helligkeit</translation>
    </message>
    <message>
        <source>Time without a touch before the screen goes dark (0 = never); a touch or the joystick wakes it</source>
        <translation>Zeit ohne Berührung, bis der Bildschirm ausgeht (0 = nie); Berührung oder Joystick wecken ihn</translation>
    </message>
    <message>
        <source>Screen off after</source>
        <translation>Bildschirm aus nach</translation>
    </message>
    <message>
        <source>empty or a time of day HH:MM</source>
        <translation>leer oder eine Uhrzeit HH:MM</translation>
    </message>
    <message>
        <source>When the night begins (empty: no night)</source>
        <translation>Beginn der Nacht (leer: keine Nacht)</translation>
    </message>
    <message>
        <source>Night from</source>
        <translation>Nacht ab</translation>
    </message>
    <message>
        <source>When the night ends</source>
        <translation>Ende der Nacht</translation>
    </message>
    <message>
        <source>Night until</source>
        <translation>Nacht bis</translation>
    </message>
    <message>
        <source>Screen brightness at night</source>
        <translation>Bildschirmhelligkeit nachts</translation>
    </message>
    <message>
        <source>Night brightness</source>
        <translation>Helligkeit nachts</translation>
    </message>
    <message>
        <source>empty or a PIN hash made by the settings panel</source>
        <translation>leer oder ein von den Einstellungen erzeugter PIN-Hash</translation>
    </message>
    <message>
        <source>Detect motion in the camera picture (the screen and MQTT can switch it off and on while running)</source>
        <translation>Bewegung im Kamerabild erkennen (Bildschirm und MQTT können sie im Betrieb aus- und einschalten)</translation>
    </message>
    <message>
        <source>Motion detection</source>
        <translation>Bewegungserkennung</translation>
    </message>
    <message>
        <source>How often the picture is analysed for motion</source>
        <translation>Wie oft das Bild auf Bewegung untersucht wird</translation>
    </message>
    <message>
        <source>Analysis rate</source>
        <translation>Analyserate</translation>
    </message>
    <message>
        <source>How small a change of brightness counts (100: 4 levels of 255, 50: 22, 1: 40)</source>
        <translation>Wie kleine Helligkeitsänderungen zählen (100: 4 Stufen von 255, 50: 22, 1: 40)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>% of the picture</source>
        <translation>% des Bildes</translation>
    </message>
    <message>
        <source>How much of the picture outside the mask must change to count as motion</source>
        <translation>Wie viel des Bildes außerhalb der Maske sich ändern muss, damit es als Bewegung zählt</translation>
    </message>
    <message>
        <source>Smallest area</source>
        <translation>Kleinste Fläche</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Analysed frames in a row with motion that start an event</source>
        <translation>Untersuchte Bilder mit Bewegung in Folge, die ein Ereignis beginnen</translation>
    </message>
    <message>
        <source>Frames to start</source>
        <translation>Bilder bis zum Start</translation>
    </message>
    <message>
        <source>Time without motion that ends an event</source>
        <translation>Zeit ohne Bewegung, die ein Ereignis beendet</translation>
    </message>
    <message>
        <source>Event ends after</source>
        <translation>Ereignis endet nach</translation>
    </message>
    <message>
        <source>empty, or up to 16 rectangles x,y,w,h in fractions of the picture (0 to 1), separated by ;</source>
        <translation>leer oder bis zu 16 Rechtecke x,y,w,h in Bruchteilen des Bildes (0 bis 1), getrennt durch ;</translation>
    </message>
    <message>
        <source>Areas of the picture where motion is ignored</source>
        <translation>Bildbereiche, in denen Bewegung ignoriert wird</translation>
    </message>
    <message>
        <source>Ignored areas</source>
        <translation>Ignorierte Bereiche</translation>
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
        <source>Motion</source>
        <translation>Bewegung</translation>
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
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Clips on the card: none, one per event, or all the time in segments</source>
        <translation>Clips auf der Karte: keine, einer je Ereignis oder durchgehend in Abschnitten</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Time an event&apos;s clip starts before the event (from the keyframe before)</source>
        <translation>So lange beginnt der Clip eines Ereignisses vor dem Ereignis (ab dem Schlüsselbild davor)</translation>
    </message>
    <message>
        <source>Clip starts before</source>
        <translation>Clip beginnt vorher</translation>
    </message>
    <message>
        <source>Time an event&apos;s clip goes on after the event ends</source>
        <translation>So lange läuft der Clip nach dem Ende des Ereignisses weiter</translation>
    </message>
    <message>
        <source>Clip ends after</source>
        <translation>Clip endet danach</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Length of one file in continuous recording</source>
        <translation>Länge einer Datei bei durchgehender Aufnahme</translation>
    </message>
    <message>
        <source>Segment length</source>
        <translation>Abschnittslänge</translation>
    </message>
    <message>
        <source>Most space the clips and the event snapshots take (oldest removed first)</source>
        <translation>Höchstens so viel Platz für Clips und Ereignisbilder (die ältesten gehen zuerst)</translation>
    </message>
    <message>
        <source>Space for clips</source>
        <translation>Platz für Clips</translation>
    </message>
    <message>
        <source>Free space kept on the card (oldest clips and snapshots removed first)</source>
        <translation>So viel bleibt auf der Karte frei (die ältesten Clips und Bilder gehen zuerst)</translation>
    </message>
    <message>
        <source>Keep free on the card</source>
        <translation>Auf der Karte frei lassen</translation>
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
    <name>StatusDetails</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Statusdetails</translation>
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
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>Streaming is not available</source>
        <translation>Streamen ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Streaming is off in Settings</source>
        <translation>Streamen ist in den Einstellungen aus</translation>
    </message>
    <message>
        <source>Sensors not available</source>
        <translation>Sensoren nicht verfügbar</translation>
    </message>
    <message>
        <source>Sensors off</source>
        <translation>Sensoren aus</translation>
    </message>
    <message>
        <source>Sensors starting…</source>
        <translation>Sensoren starten…</translation>
    </message>
    <message>
        <source>Sensors working</source>
        <translation>Sensoren arbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Sensors retrying in %n s</source>
        <translation>
            <numerusform>Sensoren: neuer Versuch in %n s</numerusform>
            <numerusform>Sensoren: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensors failed</source>
        <translation>Sensoren ausgefallen</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <source>No camera picture</source>
        <translation>Kein Kamerabild</translation>
    </message>
    <message>
        <source>Masked areas</source>
        <translation>Maskierte Bereiche</translation>
    </message>
    <message>
        <source>The mask text below is not valid: fix it or clear all.</source>
        <translation>Der Maskentext unten ist ungültig: korrigieren oder alle entfernen.</translation>
    </message>
    <message>
        <source>No room for more areas.</source>
        <translation>Kein Platz für weitere Bereiche.</translation>
    </message>
    <message>
        <source>Motion is not looked for in these areas. Drag on the picture to add one; tap one to select it.</source>
        <translation>In diesen Bereichen wird keine Bewegung gesucht. Zum Hinzufügen über das Bild ziehen, zum Auswählen antippen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
</context>
</TS>
