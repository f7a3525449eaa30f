<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ga">
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
        <translation>gan léamh</translation>
    </message>
</context>
<context>
    <name>AttitudeIndicator</name>
    <message>
        <source>P %1°  R %2°</source>
        <translation>C %1°  R %2°</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>gan léamh</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>T</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <source>W</source>
        <translation>I</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>gan léamh</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Stop</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Sruthaigh</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Grianghraf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Socruithe</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PIN set</source>
        <translation>UAP socraithe</translation>
    </message>
    <message>
        <source>Photo saved: %1</source>
        <translation>Grianghraf sábháilte: %1</translation>
    </message>
    <message>
        <source>Photo not saved: %1</source>
        <translation>Níor sábháladh an grianghraf: %1</translation>
    </message>
</context>
<context>
    <name>MotionRow</name>
    <message>
        <source>Attitude</source>
        <translation>Treoshuíomh</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Treo</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Luasghéarú</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN must be %1 to %2 digits</source>
        <translation>Caithfidh %1 go %2 digit a bheith san UAP</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>UAP mícheart. %n iarracht fágtha.</numerusform>
            <numerusform>UAP mícheart. %n iarracht fágtha.</numerusform>
            <numerusform>UAP mícheart. %n iarracht fágtha.</numerusform>
        </translation>
    </message>
    <message>
        <source>New settings PIN</source>
        <translation>UAP nua na socruithe</translation>
    </message>
    <message>
        <source>Settings PIN</source>
        <translation>UAP na socruithe</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Locked for %n s.</source>
        <translation>
            <numerusform>An iomarca iarrachtaí míchearta. Faoi ghlas ar feadh %n s.</numerusform>
            <numerusform>An iomarca iarrachtaí míchearta. Faoi ghlas ar feadh %n s.</numerusform>
            <numerusform>An iomarca iarrachtaí míchearta. Faoi ghlas ar feadh %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 go %2 digit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cealaigh</translation>
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
        <translation>Ag fanacht leis an gceamara…</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>Gan pictiúr ceamara</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>BEO</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>AS LÍNE</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 f/s</translation>
    </message>
</context>
<context>
    <name>SensorGrid</name>
    <message>
        <source>Temperature</source>
        <translation>Teocht</translation>
    </message>
    <message>
        <source>humidity sensor</source>
        <translation>braiteoir taise</translation>
    </message>
    <message>
        <source>pressure sensor</source>
        <translation>braiteoir brú</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>ceartaithe</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Taise</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>coibhneasta</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Brú</translation>
    </message>
    <message>
        <source>air pressure</source>
        <translation>brú aeir</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>LAP</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>próiseálaí</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message numerus="yes">
        <source>Not saved: %n setting(s) need attention</source>
        <translation>
            <numerusform>Níor sábháladh: tá %n socrú le ceartú</numerusform>
            <numerusform>Níor sábháladh: tá %n socrú le ceartú</numerusform>
            <numerusform>Níor sábháladh: tá %n socrú le ceartú</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Níl aon rud le sábháil</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Níor sábháladh: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sábháilte</translation>
    </message>
    <message>
        <source>Saved; restarting %1</source>
        <translation>Sábháilte; %1 á atosú</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>set (hidden)</source>
        <translation>socraithe (i bhfolach)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>gan socrú</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Glan</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <source>Name of this device in topics, discovery and on screen (default: the host name)</source>
        <translation>Ainm an ghléis seo i dtopaicí, sa bhrath agus ar an scáileán (réamhshocrú: ainm an óstríomhaire)</translation>
    </message>
    <message>
        <source>Where frames come from</source>
        <translation>Foinse na bhfrámaí</translation>
    </message>
    <message>
        <source>Capture width</source>
        <translation>Leithead gabhála</translation>
    </message>
    <message>
        <source>Capture height</source>
        <translation>Airde gabhála</translation>
    </message>
    <message>
        <source>Capture frame rate</source>
        <translation>Ráta frámaí gabhála</translation>
    </message>
    <message>
        <source>Picture rotation in degrees</source>
        <translation>Rothlú an phictiúir i gcéimeanna</translation>
    </message>
    <message>
        <source>Push the camera as H.264 over RTSP</source>
        <translation>Seol an ceamara mar H.264 thar RTSP</translation>
    </message>
    <message>
        <source>MediaMTX publish URL</source>
        <translation>URL foilsithe MediaMTX</translation>
    </message>
    <message>
        <source>User name MediaMTX expects from the publisher</source>
        <translation>An t-ainm úsáideora a bhíonn MediaMTX ag súil leis ón bhfoilsitheoir</translation>
    </message>
    <message>
        <source>Password for stream/username</source>
        <translation>Pasfhocal do stream/username</translation>
    </message>
    <message>
        <source>H.264 encoder (auto: hardware when it opens)</source>
        <translation>Ionchódóir H.264 (auto: crua-earraí más féidir iad a oscailt)</translation>
    </message>
    <message>
        <source>Target average bit rate</source>
        <translation>Meánráta giotán sprice</translation>
    </message>
    <message>
        <source>Time between keyframes</source>
        <translation>Am idir eochairfhrámaí</translation>
    </message>
    <message>
        <source>Publish sensor readings over MQTT</source>
        <translation>Foilsigh léamha braiteora thar MQTT</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>URL an bhróicéara</translation>
    </message>
    <message>
        <source>MQTT client id ({device} is replaced by device/name)</source>
        <translation>Aitheantas cliaint MQTT (cuirtear device/name in ionad {device})</translation>
    </message>
    <message>
        <source>Broker user name</source>
        <translation>Ainm úsáideora an bhróicéara</translation>
    </message>
    <message>
        <source>Broker password</source>
        <translation>Pasfhocal an bhróicéara</translation>
    </message>
    <message>
        <source>CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)</source>
        <translation>Teastas CA (PEM) do ssl:// agus wss:// (folamh: stór iontaobhais an chórais)</translation>
    </message>
    <message>
        <source>Client certificate (PEM), optional</source>
        <translation>Teastas cliaint (PEM), roghnach</translation>
    </message>
    <message>
        <source>Client private key (PEM), optional</source>
        <translation>Eochair phríobháideach an chliaint (PEM), roghnach</translation>
    </message>
    <message>
        <source>Topic of the sensor readings</source>
        <translation>Topaic na léamh braiteora</translation>
    </message>
    <message>
        <source>Retained online/offline availability topic</source>
        <translation>Topaic choinnithe infhaighteachta (ar líne/as líne)</translation>
    </message>
    <message>
        <source>Time between published readings</source>
        <translation>Am idir léamha foilsithe</translation>
    </message>
    <message>
        <source>QoS of the readings</source>
        <translation>QoS na léamh</translation>
    </message>
    <message>
        <source>Readings kept while the broker is away (oldest dropped first)</source>
        <translation>Léamha a choinnítear fad atá an bróicéir as láthair (caitear an ceann is sine amach ar dtús)</translation>
    </message>
    <message>
        <source>Announce the sensors to Home Assistant (MQTT discovery)</source>
        <translation>Fógair na braiteoirí do Home Assistant (brath MQTT)</translation>
    </message>
    <message>
        <source>Where sensor readings come from</source>
        <translation>Foinse na léamh braiteora</translation>
    </message>
    <message>
        <source>I2C bus of the Sense HAT</source>
        <translation>Bus I2C an Sense HAT</translation>
    </message>
    <message>
        <source>Language of the kiosk screen</source>
        <translation>Teanga an scáileáin</translation>
    </message>
    <message>
        <source>Unit of the temperatures on screen</source>
        <translation>Aonad na dteochtaí ar an scáileán</translation>
    </message>
    <message>
        <source>Where snapshots are saved (empty: the Pictures folder)</source>
        <translation>Áit a sábháiltear grianghraif (folamh: an fillteán Pictiúir)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Ceamara</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Sruth</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gléas</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Taispeáint</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>uathoibríoch</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>ionsamhlaithe</translation>
    </message>
    <message>
        <source>1 to 64 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>1 go 64 carachtar as A-Z, a-z, 0-9, _ agus -</translation>
    </message>
    <message>
        <source>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH</source>
        <translation>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern nó file:CONAIR</translation>
    </message>
    <message>
        <source>an rtsp:// or rtsps:// URL with a host and a path</source>
        <translation>URL rtsp:// nó rtsps:// le hóstach agus conair</translation>
    </message>
    <message>
        <source>at most 63 bytes</source>
        <translation>63 beart ar a mhéad</translation>
    </message>
    <message>
        <source>a tcp://, ssl://, ws:// or wss:// URL with a host</source>
        <translation>URL tcp://, ssl://, ws:// nó wss:// le hóstach</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 go 64 carachtar</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>téacs ar bith</translation>
    </message>
    <message>
        <source>empty or a readable file</source>
        <translation>folamh nó comhad inléite</translation>
    </message>
    <message>
        <source>an MQTT topic without + or #</source>
        <translation>topaic MQTT gan + ná #</translation>
    </message>
    <message>
        <source>an absolute device path</source>
        <translation>conair iomlán gléis</translation>
    </message>
    <message>
        <source>empty or an absolute directory path</source>
        <translation>folamh nó conair iomlán fillteáin</translation>
    </message>
    <message>
        <source>empty or a PIN hash made by the settings panel</source>
        <translation>folamh nó haiseáil UAP a rinne na socruithe</translation>
    </message>
    <message>
        <source>pixels, even</source>
        <translation>picteilín, uimhir chothrom</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>fráma sa soicind</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>giotán/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>soicind</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>léamh</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nó false</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>slánuimhir ó %1 go %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>uimhir ó %1 go %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>ceann de %1</translation>
    </message>
    <message>
        <source>the value given</source>
        <translation>an luach a tugadh</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation>%1: níl %2 ceadaithe; táthar ag súil le: %3</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>carachtar rialaithe</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>carachtar rialaithe %1</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed (%3); expected %4</source>
        <translation>%1: níl %2 ceadaithe (%3); táthar ag súil le: %4</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Socruithe</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>Glan an UAP</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Socraigh UAP</translation>
    </message>
    <message>
        <source>PIN cleared</source>
        <translation>UAP glanta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cealaigh</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cuir i bhfeidhm</translation>
    </message>
    <message>
        <source>Sensors: %1</source>
        <translation>Braiteoirí: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>No picture to save yet</source>
        <translation>Níl pictiúr ann le sábháil fós</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Ní féidir an fillteán %1 a chruthú</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Ní féidir %1 a scríobh: %2</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>CPU %1</source>
        <translation>LAP %1</translation>
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
        <translation>Níl an sruth ar fáil</translation>
    </message>
    <message>
        <source>Stream off</source>
        <translation>Sruth as</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ag ceangal…</translation>
    </message>
    <message>
        <source>Live · %1 fps · %2</source>
        <translation>Beo · %1 f/s · %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Athcheangal i gceann %n s</numerusform>
            <numerusform>Athcheangal i gceann %n s</numerusform>
            <numerusform>Athcheangal i gceann %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream failed</source>
        <translation>Theip ar an sruth</translation>
    </message>
    <message>
        <source>MQTT not available</source>
        <translation>Níl MQTT ar fáil</translation>
    </message>
    <message>
        <source>MQTT off</source>
        <translation>MQTT as</translation>
    </message>
    <message>
        <source>MQTT connecting…</source>
        <translation>MQTT ag ceangal…</translation>
    </message>
    <message numerus="yes">
        <source>MQTT buffering %n reading(s)</source>
        <translation>
            <numerusform>MQTT: %n léamh sa mhaolán</numerusform>
            <numerusform>MQTT: %n léamh sa mhaolán</numerusform>
            <numerusform>MQTT: %n léamh sa mhaolán</numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT connected · the card cannot be written</source>
        <translation>MQTT ceangailte · ní féidir scríobh ar an gcárta</translation>
    </message>
    <message numerus="yes">
        <source>MQTT keeping %n reading(s) in memory: the card cannot be written</source>
        <translation>
            <numerusform>MQTT: %n léamh sa chuimhne, ní féidir scríobh ar an gcárta</numerusform>
            <numerusform>MQTT: %n léamh sa chuimhne, ní féidir scríobh ar an gcárta</numerusform>
            <numerusform>MQTT: %n léamh sa chuimhne, ní féidir scríobh ar an gcárta</numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT connected</source>
        <translation>MQTT ceangailte</translation>
    </message>
    <message numerus="yes">
        <source>MQTT reconnecting in %n s</source>
        <translation>
            <numerusform>MQTT: athcheangal i gceann %n s</numerusform>
            <numerusform>MQTT: athcheangal i gceann %n s</numerusform>
            <numerusform>MQTT: athcheangal i gceann %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>MQTT failed</source>
        <translation>Theip ar MQTT</translation>
    </message>
</context>
</TS>
