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
    <name>ConfirmBar</name>
    <message>
        <source>Delete</source>
        <translation>Scrios</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Coinnigh</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing the connection to %1 …</source>
        <translation>Ag tástáil an cheangail le %1 …</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Ní féidir tástáil: %1</translation>
    </message>
    <message>
        <source>RTSP server reachable at %1 (it asks for a user name and password)</source>
        <translation>Freastalaí RTSP ar fáil ag %1 (iarrann sé ainm úsáideora agus pasfhocal)</translation>
    </message>
    <message>
        <source>RTSP server reachable at %1</source>
        <translation>Freastalaí RTSP ar fáil ag %1</translation>
    </message>
    <message>
        <source>Not reachable: the name %1 is not known</source>
        <translation>Níl sé ar fáil: ní aithnítear an t-ainm %1</translation>
    </message>
    <message>
        <source>Not reachable: nothing listens at %1</source>
        <translation>Níl sé ar fáil: níl aon rud ag éisteacht ag %1</translation>
    </message>
    <message>
        <source>Not reachable: no answer from %1 within %2 s</source>
        <translation>Níl sé ar fáil: gan freagra ó %1 laistigh de %2 s</translation>
    </message>
    <message>
        <source>%1 answered, but not as an RTSP server</source>
        <translation>D&apos;fhreagair %1, ach ní mar fhreastalaí RTSP</translation>
    </message>
    <message>
        <source>Not reachable: TLS failed with %1: %2</source>
        <translation>Níl sé ar fáil: theip ar TLS le %1: %2</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Níl sé ar fáil: %1</translation>
    </message>
    <message>
        <source>Broker reachable at %1</source>
        <translation>Bróicéir ar fáil ag %1</translation>
    </message>
    <message>
        <source>Broker not reachable: %1</source>
        <translation>Níl an bróicéir ar fáil: %1</translation>
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
    <message>
        <source>Motion on</source>
        <translation>Gluaiseacht air</translation>
    </message>
    <message>
        <source>Motion off</source>
        <translation>Gluaiseacht as</translation>
    </message>
    <message>
        <source>Motion detection is not available</source>
        <translation>Níl brath gluaiseachta ar fáil</translation>
    </message>
    <message>
        <source>No camera picture to take a photo of</source>
        <translation>Níl pictiúr ceamara ann le grianghraf a ghlacadh</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Gailearaí</translation>
    </message>
</context>
<context>
    <name>DeviceInfo</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 l %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 nóim</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 nóim</translation>
    </message>
    <message>
        <source>none since boot</source>
        <translation>dada ón tosú</translation>
    </message>
    <message>
        <source>under-voltage now</source>
        <translation>faoi-voltas anois</translation>
    </message>
    <message>
        <source>under-voltage since boot</source>
        <translation>faoi-voltas ón tosú</translation>
    </message>
    <message>
        <source>throttled now</source>
        <translation>srianta anois</translation>
    </message>
    <message>
        <source>throttled since boot</source>
        <translation>srianta ón tosú</translation>
    </message>
    <message>
        <source>frequency capped now</source>
        <translation>minicíocht teoranta anois</translation>
    </message>
    <message>
        <source>frequency capped since boot</source>
        <translation>minicíocht teoranta ón tosú</translation>
    </message>
    <message>
        <source>temperature limit now</source>
        <translation>teorainn teochta anois</translation>
    </message>
    <message>
        <source>temperature limit since boot</source>
        <translation>teorainn teochta ón tosú</translation>
    </message>
    <message>
        <source>unknown flags 0x%1</source>
        <translation>bratacha anaithnid 0x%1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>as</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>níl ar fáil</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoptha</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>ag ceangal</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>ceangailte</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>ag athcheangal</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>theip air</translation>
    </message>
    <message>
        <source>no network address</source>
        <translation>gan seoladh líonra</translation>
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
        <translation>%1 saor as %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 ms from capture to network (99 %: %2 ms)</source>
        <translation>%1 ms ón ngabháil go dtí an líonra (99 %: %2 ms)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Device</source>
        <translation>Gléas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dún</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Seoltaí</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Féach</translation>
    </message>
    <message>
        <source>(streaming is off)</source>
        <translation>(tá an sruthú as)</translation>
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
        <translation>Leagan</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>Ar siúl le</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cárta</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>LAP</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Cumhacht</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Taispeáint</translation>
    </message>
    <message>
        <source>Scan to watch the stream in a browser</source>
        <translation>Scan chun an sruth a fheiceáil i mbrabhsálaí</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Moill</translation>
    </message>
</context>
<context>
    <name>DisplayPower</name>
    <message>
        <source>No backlight found: brightness, dimming and blanking are off</source>
        <translation>Níor aimsíodh cúlsolas: tá gile, maolú agus múchadh as</translation>
    </message>
    <message>
        <source>Backlight %1 is not writable by this user: brightness, dimming and blanking are off</source>
        <translation>Ní féidir leis an úsáideoir seo cúlsolas %1 a athrú: tá gile, maolú agus múchadh as</translation>
    </message>
    <message>
        <source>Backlight %1 could not be set (%2): brightness, dimming and blanking are off</source>
        <translation>Níorbh fhéidir cúlsolas %1 a shocrú (%2): tá gile, maolú agus múchadh as</translation>
    </message>
    <message>
        <source>night</source>
        <translation>oíche</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ar siúl</translation>
    </message>
    <message>
        <source>dimmed</source>
        <translation>maolaithe</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>múchta</translation>
    </message>
    <message>
        <source>Backlight %1: %2, %3 %</source>
        <translation>Cúlsolas %1: %2, %3 %</translation>
    </message>
</context>
<context>
    <name>EventNotice</name>
    <message>
        <source>Camera moved or knocked</source>
        <translation>Bogadh nó buaileadh an ceamara</translation>
    </message>
    <message>
        <source>Motion detected</source>
        <translation>Gluaiseacht aimsithe</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>under 1 s</source>
        <translation>faoi 1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 nóim %2 s</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Gluaiseacht</translation>
    </message>
    <message>
        <source>Camera moved or knocked</source>
        <translation>Bogadh nó buaileadh an ceamara</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Taifeadadh</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Grianghraf</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>Á thaifeadadh fós</translation>
    </message>
    <message>
        <source>Clip no longer on the card</source>
        <translation>Níl an ghearrthóg ar an gcárta a thuilleadh</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Gan ghearrthóg</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Níorbh fhéidir %1 a scriosadh: %2</translation>
    </message>
    <message>
        <source>It was already deleted</source>
        <translation>Bhí sé scriosta cheana</translation>
    </message>
    <message>
        <source>This clip is still being recorded; it can be deleted when it is finished</source>
        <translation>Tá an ghearrthóg seo á taifeadadh fós; is féidir í a scriosadh nuair a bheidh sí críochnaithe</translation>
    </message>
    <message>
        <source>The event log on the card could not be changed: %1</source>
        <translation>Níorbh fhéidir loga na dteagmhas ar an gcárta a athrú: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) still being recorded were kept</source>
        <translation>
            <numerusform>Coinníodh %n ghearrthóg atá á taifeadadh fós</numerusform>
            <numerusform>Coinníodh %n ghearrthóg atá á dtaifeadadh fós</numerusform>
            <numerusform>Coinníodh %n gearrthóg atá á dtaifeadadh fós</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <source>Delete every event, clip and photo? Clips still being recorded are kept.</source>
        <translation>Gach teagmhas, gearrthóg agus grianghraf a scriosadh? Coinneofar gearrthóga atá á dtaifeadadh fós.</translation>
    </message>
    <message>
        <source>Delete this clip and its picture?</source>
        <translation>An ghearrthóg seo agus a pictiúr a scriosadh?</translation>
    </message>
    <message>
        <source>Delete this picture?</source>
        <translation>An pictiúr seo a scriosadh?</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Gailearaí</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mhír</numerusform>
            <numerusform>%n mhír</numerusform>
            <numerusform>%n mír</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Scrios gach rud</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Beo</translation>
    </message>
    <message>
        <source>Nothing here yet. Events with their clips, recordings and photos from the Photo button show up here.</source>
        <translation>Níl aon rud anseo fós. Taispeántar anseo teagmhais lena ngearrthóga, taifeadtaí agus grianghraif ón gcnaipe Grianghraf.</translation>
    </message>
</context>
<context>
    <name>GalleryViewer</name>
    <message>
        <source>Cannot play this clip: %1</source>
        <translation>Ní féidir an ghearrthóg seo a sheinm: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Siar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Scrios</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Beo</translation>
    </message>
    <message>
        <source>Neither a clip nor a picture of this is on the card any more.</source>
        <translation>Níl gearrthóg ná pictiúr de seo ar an gcárta a thuilleadh.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Cuir ar sos</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Seinn</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message numerus="yes">
        <source>Settings locked again after %n s without a touch</source>
        <translation>
            <numerusform>Socruithe faoi ghlas arís tar éis %n s gan teagmháil</numerusform>
            <numerusform>Socruithe faoi ghlas arís tar éis %n s gan teagmháil</numerusform>
            <numerusform>Socruithe faoi ghlas arís tar éis %n s gan teagmháil</numerusform>
        </translation>
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
        <translation>Claonadh</translation>
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
    <name>NumberPad</name>
    <message>
        <source>Done</source>
        <translation>Déanta</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>The PIN must be %1 to %2 digits</source>
        <translation>Caithfidh %1 go %2 digit a bheith san UAP</translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed. Enter the new PIN again.</source>
        <translation>Ní hionann an dá iontráil; níor athraíodh aon rud. Cuir isteach an UAP nua arís.</translation>
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
    <message>
        <source>Enter the new PIN again</source>
        <translation>Cuir isteach an UAP nua arís</translation>
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
        <source>%1 fps</source>
        <translation>%1 f/s</translation>
    </message>
    <message>
        <source>MOTION</source>
        <translation>GLUAISEACHT</translation>
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
    <name>ServiceStatus</name>
    <message>
        <source>Stopped</source>
        <translation>Stoptha</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Ag tosú</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ag rith</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Ag triail arís</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Theip air</translation>
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
    <message>
        <source>In the settings file: %1. The default is used until Apply saves it.</source>
        <translation>Sa chomhad socruithe: %1. Úsáidtear an réamhshocrú go sábhálann Cuir i bhfeidhm é.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the settings file could not be used and run on their defaults until Apply</source>
        <translation>
            <numerusform>Níorbh fhéidir %n luach sa chomhad socruithe a úsáid; úsáidtear an réamhshocrú go dtí Cuir i bhfeidhm</numerusform>
            <numerusform>Níorbh fhéidir %n luach sa chomhad socruithe a úsáid; úsáidtear an réamhshocrú go dtí Cuir i bhfeidhm</numerusform>
            <numerusform>Níorbh fhéidir %n luach sa chomhad socruithe a úsáid; úsáidtear an réamhshocrú go dtí Cuir i bhfeidhm</numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN: saved with Apply</source>
        <translation>UAP nua: sábháiltear le Cuir i bhfeidhm</translation>
    </message>
    <message>
        <source>PIN removed with Apply</source>
        <translation>Bainfear an UAP le Cuir i bhfeidhm</translation>
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
    <message>
        <source>Hide</source>
        <translation>Folaigh</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Taispeáin</translation>
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
    <message>
        <source>Advanced</source>
        <translation>Ardroghanna</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tástáil ceangal</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>more than %1 rectangles</source>
        <translation>níos mó ná %1 dronuilleog</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;) has %3 numbers, not 4 (x,y,w,h)</source>
        <translation>tá %3 uimhir i ndronuilleog %1 (&quot;%2&quot;), ní 4 (x,y,w,h)</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;): &quot;%3&quot; is not a number</source>
        <translation>dronuilleog %1 (&quot;%2&quot;): ní uimhir í &quot;%3&quot;</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;): x and y must be from 0 to 1</source>
        <translation>dronuilleog %1 (&quot;%2&quot;): caithfidh x agus y a bheith idir 0 agus 1</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;): width and height must be more than 0</source>
        <translation>dronuilleog %1 (&quot;%2&quot;): caithfidh an leithead agus an airde a bheith níos mó ná 0</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;) reaches past the right edge (x + w &gt; 1)</source>
        <translation>téann dronuilleog %1 (&quot;%2&quot;) thar an imeall ar dheis (x + w &gt; 1)</translation>
    </message>
    <message>
        <source>rectangle %1 (&quot;%2&quot;) reaches past the bottom edge (y + h &gt; 1)</source>
        <translation>téann dronuilleog %1 (&quot;%2&quot;) thar an imeall íochtair (y + h &gt; 1)</translation>
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
        <source>a control character</source>
        <translation>carachtar rialaithe</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>carachtar rialaithe %1</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation>%1: níl %2 ceadaithe; táthar ag súil le: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed: %3; expected %4</source>
        <translation>%1: níl %2 ceadaithe: %3; táthar ag súil le: %4</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed (%3); expected %4</source>
        <translation>%1: níl %2 ceadaithe (%3); táthar ag súil le: %4</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nó false</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fss</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>uathoibríoch</translation>
    </message>
    <message>
        <source>1 to 64 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>1 go 64 carachtar as A-Z, a-z, 0-9, _ agus -</translation>
    </message>
    <message>
        <source>Name of this device in topics, discovery and on screen (default: the host name)</source>
        <translation>Ainm an ghléis seo i dtopaicí, sa bhrath agus ar an scáileán (réamhshocrú: ainm an óstríomhaire)</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Ainm an ghléis</translation>
    </message>
    <message>
        <source>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern or file:PATH</source>
        <translation>auto, libcamera, libcamera:ID, v4l2:/dev/videoN, testpattern nó file:CONAIR</translation>
    </message>
    <message>
        <source>Where frames come from</source>
        <translation>Foinse na bhfrámaí</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Foinse</translation>
    </message>
    <message>
        <source>pixels, even</source>
        <translation>picteilín, uimhir chothrom</translation>
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
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Leithead an phictiúir</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Airde an phictiúir</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>fráma sa soicind</translation>
    </message>
    <message>
        <source>Capture frame rate</source>
        <translation>Ráta frámaí gabhála</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Ráta frámaí</translation>
    </message>
    <message>
        <source>Picture rotation in degrees</source>
        <translation>Rothlú an phictiúir i gcéimeanna</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rothlú</translation>
    </message>
    <message>
        <source>Push the camera as H.264 over RTSP</source>
        <translation>Seol an ceamara mar H.264 thar RTSP</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Sruthú</translation>
    </message>
    <message>
        <source>an rtsp:// or rtsps:// URL with a host and a path</source>
        <translation>URL rtsp:// nó rtsps:// le hóstach agus conair</translation>
    </message>
    <message>
        <source>MediaMTX publish URL</source>
        <translation>URL foilsithe MediaMTX</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Seoladh an fhreastalaí</translation>
    </message>
    <message>
        <source>at most 63 bytes</source>
        <translation>63 beart ar a mhéad</translation>
    </message>
    <message>
        <source>User name MediaMTX expects from the publisher</source>
        <translation>An t-ainm úsáideora a bhíonn MediaMTX ag súil leis ón bhfoilsitheoir</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ainm úsáideora</translation>
    </message>
    <message>
        <source>Password for stream/username</source>
        <translation>Pasfhocal do stream/username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Pasfhocal</translation>
    </message>
    <message>
        <source>H.264 encoder (auto: hardware when it opens)</source>
        <translation>Ionchódóir H.264 (auto: crua-earraí más féidir iad a oscailt)</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Ionchódóir</translation>
    </message>
    <message>
        <source>software</source>
        <translation>bogearraí</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>crua-earraí</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>giotán/s</translation>
    </message>
    <message>
        <source>Target average bit rate</source>
        <translation>Meánráta giotán sprice</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Ráta giotán</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>soicind</translation>
    </message>
    <message>
        <source>Time between keyframes</source>
        <translation>Am idir eochairfhrámaí</translation>
    </message>
    <message>
        <source>Keyframe interval</source>
        <translation>Eatramh eochairfhrámaí</translation>
    </message>
    <message>
        <source>Publish sensor readings over MQTT</source>
        <translation>Foilsigh léamha braiteora thar MQTT</translation>
    </message>
    <message>
        <source>Send readings</source>
        <translation>Seol léamha</translation>
    </message>
    <message>
        <source>a tcp://, ssl://, ws:// or wss:// URL with a host</source>
        <translation>URL tcp://, ssl://, ws:// nó wss:// le hóstach</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>URL an bhróicéara</translation>
    </message>
    <message>
        <source>Broker address</source>
        <translation>Seoladh an bhróicéara</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 go 64 carachtar</translation>
    </message>
    <message>
        <source>MQTT client id ({device} is replaced by device/name)</source>
        <translation>Aitheantas cliaint MQTT (cuirtear device/name in ionad {device})</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Aitheantas cliaint</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>téacs ar bith</translation>
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
        <source>empty or a readable file</source>
        <translation>folamh nó comhad inléite</translation>
    </message>
    <message>
        <source>CA certificate (PEM) for ssl:// and wss:// (empty: system trust store)</source>
        <translation>Teastas CA (PEM) do ssl:// agus wss:// (folamh: stór iontaobhais an chórais)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Teastas CA</translation>
    </message>
    <message>
        <source>Client certificate (PEM), optional</source>
        <translation>Teastas cliaint (PEM), roghnach</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Teastas cliaint</translation>
    </message>
    <message>
        <source>Client private key (PEM), optional</source>
        <translation>Eochair phríobháideach an chliaint (PEM), roghnach</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Eochair chliaint</translation>
    </message>
    <message>
        <source>an MQTT topic without + or #</source>
        <translation>topaic MQTT gan + ná #</translation>
    </message>
    <message>
        <source>Topic of the sensor readings</source>
        <translation>Topaic na léamh braiteora</translation>
    </message>
    <message>
        <source>Readings topic</source>
        <translation>Ábhar na léamh</translation>
    </message>
    <message>
        <source>Retained online/offline availability topic</source>
        <translation>Topaic choinnithe infhaighteachta (ar líne/as líne)</translation>
    </message>
    <message>
        <source>Status topic</source>
        <translation>Ábhar stádais</translation>
    </message>
    <message>
        <source>Time between published readings</source>
        <translation>Am idir léamha foilsithe</translation>
    </message>
    <message>
        <source>Send every</source>
        <translation>Seol gach</translation>
    </message>
    <message>
        <source>QoS of the readings</source>
        <translation>QoS na léamh</translation>
    </message>
    <message>
        <source>Delivery (QoS)</source>
        <translation>Seachadadh (QoS)</translation>
    </message>
    <message>
        <source>0: at most once</source>
        <translation>0: uair amháin ar a mhéad</translation>
    </message>
    <message>
        <source>1: at least once</source>
        <translation>1: uair amháin ar a laghad</translation>
    </message>
    <message>
        <source>2: exactly once</source>
        <translation>2: díreach uair amháin</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>léamh</translation>
    </message>
    <message>
        <source>Readings kept while the broker is away (oldest dropped first)</source>
        <translation>Léamha a choinnítear fad atá an bróicéir as láthair (caitear an ceann is sine amach ar dtús)</translation>
    </message>
    <message>
        <source>Readings kept offline</source>
        <translation>Léamha coinnithe as líne</translation>
    </message>
    <message>
        <source>Longest time a waiting reading stays off the SD card (0: each one at once). Longer: less wear, more lost in a power cut</source>
        <translation>An t-am is faide a fhanann léamh atá ag fanacht den chárta SD (0: gach ceann láithreach). Níos faide: níos lú caithimh, níos mó caillte i gcliseadh cumhachta</translation>
    </message>
    <message>
        <source>Write to card within</source>
        <translation>Scríobh chuig an gcárta laistigh de</translation>
    </message>
    <message>
        <source>Announce the sensors to Home Assistant (MQTT discovery)</source>
        <translation>Fógair na braiteoirí do Home Assistant (brath MQTT)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Take commands on picam/{device}/set/... (snapshot, stream, detection)</source>
        <translation>Glac le horduithe ar picam/{device}/set/... (grianghraf, sruth, brath)</translation>
    </message>
    <message>
        <source>Remote commands</source>
        <translation>Orduithe cianda</translation>
    </message>
    <message>
        <source>Where sensor readings come from</source>
        <translation>Foinse na léamh braiteora</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Braiteoirí</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>ionsamhlaithe</translation>
    </message>
    <message>
        <source>an absolute device path</source>
        <translation>conair iomlán gléis</translation>
    </message>
    <message>
        <source>I2C bus of the Sense HAT</source>
        <translation>Bus I2C an Sense HAT</translation>
    </message>
    <message>
        <source>I2C bus</source>
        <translation>Bus I2C</translation>
    </message>
    <message>
        <source>Seed of the simulated sensors, for repeatable runs (0 = random)</source>
        <translation>Síol na mbraiteoirí ionsamhlaithe, le haghaidh rith in-athdhéanta (0 = randamach)</translation>
    </message>
    <message>
        <source>Simulation seed</source>
        <translation>Síol an ionsamhlaithe</translation>
    </message>
    <message>
        <source>Report when the camera is moved or knocked (Sense HAT)</source>
        <translation>Tuairiscigh nuair a bhogtar nó a bhuailtear an ceamara (Sense HAT)</translation>
    </message>
    <message>
        <source>Tamper alarm</source>
        <translation>Aláram cur isteach</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>céim</translation>
    </message>
    <message>
        <source>A turn or tilt larger than this within seconds is tampering</source>
        <translation>Is cur isteach é casadh nó claonadh níos mó ná seo laistigh de shoicindí</translation>
    </message>
    <message>
        <source>Turn or tilt</source>
        <translation>Casadh nó claonadh</translation>
    </message>
    <message>
        <source>A shock larger than this (change of the acceleration from 1 g) is tampering</source>
        <translation>Is cur isteach é turraing níos mó ná seo (athrú ar an luasghéarú ó 1 g)</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>Turraing</translation>
    </message>
    <message>
        <source>Quiet time that ends a tamper event</source>
        <translation>Am ciúin a chuireann deireadh le teagmhas cur isteach</translation>
    </message>
    <message>
        <source>Tamper ends after</source>
        <translation>Críochnaíonn cur isteach tar éis</translation>
    </message>
    <message>
        <source>events</source>
        <translation>teagmhais</translation>
    </message>
    <message>
        <source>Events kept in the event log (oldest dropped first)</source>
        <translation>Teagmhais a choinnítear sa loga (na cinn is sine scriosta ar dtús)</translation>
    </message>
    <message>
        <source>Events kept</source>
        <translation>Teagmhais coinnithe</translation>
    </message>
    <message>
        <source>Most space the event log and its snapshots take</source>
        <translation>An spás is mó a thógann an loga agus a ghrianghraif</translation>
    </message>
    <message>
        <source>Event log size</source>
        <translation>Méid an loga</translation>
    </message>
    <message>
        <source>Language of the kiosk screen</source>
        <translation>Teanga an scáileáin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Teanga</translation>
    </message>
    <message>
        <source>Screen rotation in degrees, clockwise, for a display mounted sideways or upside down (not the camera picture)</source>
        <translation>Rothlú an scáileáin i gcéimeanna, deiseal, do scáileán atá suite ar a thaobh nó bun os cionn (ní pictiúr an cheamara)</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Rothlú an scáileáin</translation>
    </message>
    <message>
        <source>Unit of the temperatures on screen</source>
        <translation>Aonad na dteochtaí ar an scáileán</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Teocht</translation>
    </message>
    <message>
        <source>empty or an absolute directory path</source>
        <translation>folamh nó conair iomlán fillteáin</translation>
    </message>
    <message>
        <source>Where snapshots are saved (empty: the Pictures folder)</source>
        <translation>Áit a sábháiltear grianghraif (folamh: an fillteán Pictiúir)</translation>
    </message>
    <message>
        <source>Photo folder</source>
        <translation>Fillteán grianghraf</translation>
    </message>
    <message>
        <source>Time without a touch after which the settings need the PIN again (0 = never)</source>
        <translation>Am gan teagmháil a dteastaíonn an UAP arís ina dhiaidh (0 = riamh)</translation>
    </message>
    <message>
        <source>Lock settings after</source>
        <translation>Glasáil socruithe tar éis</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>faoin gcéad</translation>
    </message>
    <message>
        <source>Screen brightness (a display with a backlight only)</source>
        <translation>Gile an scáileáin (scáileán le cúlsolas amháin)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Gile</translation>
    </message>
    <message>
        <source>Time without a touch before the screen dims (0 = never)</source>
        <translation>Am gan teagmháil sula maolaítear an scáileán (0 = riamh)</translation>
    </message>
    <message>
        <source>Dim after</source>
        <translation>Maolaigh tar éis</translation>
    </message>
    <message>
        <source>Brightness of the dimmed screen</source>
        <translation>Gile an scáileáin mhaolaithe</translation>
    </message>
    <message>
        <source>Dimmed brightness</source>
        <translation>Gile mhaolaithe</translation>
    </message>
    <message>
        <source>Time without a touch before the screen goes dark (0 = never); a touch or the joystick wakes it</source>
        <translation>Am gan teagmháil sula múchtar an scáileán (0 = riamh); dúisíonn teagmháil nó an luamhán é</translation>
    </message>
    <message>
        <source>Screen off after</source>
        <translation>Scáileán as tar éis</translation>
    </message>
    <message>
        <source>empty or a time of day HH:MM</source>
        <translation>folamh nó am den lá HH:MM</translation>
    </message>
    <message>
        <source>When the night begins (empty: no night)</source>
        <translation>Tús na hoíche (folamh: gan oíche)</translation>
    </message>
    <message>
        <source>Night from</source>
        <translation>Oíche ó</translation>
    </message>
    <message>
        <source>When the night ends</source>
        <translation>Deireadh na hoíche</translation>
    </message>
    <message>
        <source>Night until</source>
        <translation>Oíche go dtí</translation>
    </message>
    <message>
        <source>Screen brightness at night</source>
        <translation>Gile an scáileáin san oíche</translation>
    </message>
    <message>
        <source>Night brightness</source>
        <translation>Gile san oíche</translation>
    </message>
    <message>
        <source>empty or a PIN hash made by the settings panel</source>
        <translation>folamh nó haiseáil UAP a rinne na socruithe</translation>
    </message>
    <message>
        <source>Detect motion in the camera picture (the screen and MQTT can switch it off and on while running)</source>
        <translation>Brath gluaiseachta i bpictiúr an cheamara (is féidir leis an scáileán agus le MQTT é a mhúchadh agus a chasadh air le linn oibre)</translation>
    </message>
    <message>
        <source>Motion detection</source>
        <translation>Brath gluaiseachta</translation>
    </message>
    <message>
        <source>How often the picture is analysed for motion</source>
        <translation>Cé chomh minic a scrúdaítear an pictiúr le haghaidh gluaiseachta</translation>
    </message>
    <message>
        <source>Analysis rate</source>
        <translation>Ráta anailíse</translation>
    </message>
    <message>
        <source>How small a change of brightness counts (100: 4 levels of 255, 50: 22, 1: 40)</source>
        <translation>Cé chomh beag is a áirítear athrú gile (100: 4 leibhéal as 255, 50: 22, 1: 40)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Íogaireacht</translation>
    </message>
    <message>
        <source>% of the picture</source>
        <translation>% den phictiúr</translation>
    </message>
    <message>
        <source>How much of the picture outside the mask must change to count as motion</source>
        <translation>An méid den phictiúr lasmuigh den mhasc a chaithfidh athrú le go n-áireofar é mar ghluaiseacht</translation>
    </message>
    <message>
        <source>Smallest area</source>
        <translation>An limistéar is lú</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>frámaí</translation>
    </message>
    <message>
        <source>Analysed frames in a row with motion that start an event</source>
        <translation>Frámaí scrúdaithe as a chéile le gluaiseacht a thosaíonn teagmhas</translation>
    </message>
    <message>
        <source>Frames to start</source>
        <translation>Frámaí le tosú</translation>
    </message>
    <message>
        <source>Time without motion that ends an event</source>
        <translation>Am gan ghluaiseacht a chuireann deireadh le teagmhas</translation>
    </message>
    <message>
        <source>Event ends after</source>
        <translation>Críochnaíonn teagmhas tar éis</translation>
    </message>
    <message>
        <source>empty, or up to 16 rectangles x,y,w,h in fractions of the picture (0 to 1), separated by ;</source>
        <translation>folamh, nó suas le 16 dronuilleog x,y,w,h i gcodáin den phictiúr (0 go 1), scartha le ;</translation>
    </message>
    <message>
        <source>Areas of the picture where motion is ignored</source>
        <translation>Limistéir den phictiúr ina ndéantar neamhaird de ghluaiseacht</translation>
    </message>
    <message>
        <source>Ignored areas</source>
        <translation>Limistéir neamhairde</translation>
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
        <source>Motion</source>
        <translation>Gluaiseacht</translation>
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
        <source>min</source>
        <translation>nóim</translation>
    </message>
    <message>
        <source>Clips on the card: none, one per event, or all the time in segments</source>
        <translation>Gearrthóga ar an gcárta: gan aon cheann, ceann in aghaidh an teagmhais, nó an t-am ar fad i míreanna</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Taifeadadh</translation>
    </message>
    <message>
        <source>off</source>
        <translation>as</translation>
    </message>
    <message>
        <source>always</source>
        <translation>i gcónaí</translation>
    </message>
    <message>
        <source>Time an event&apos;s clip starts before the event (from the keyframe before)</source>
        <translation>An t-am a thosaíonn gearrthóg teagmhais roimh an teagmhas (ón eochairfhráma roimhe)</translation>
    </message>
    <message>
        <source>Clip starts before</source>
        <translation>Tosaíonn an ghearrthóg roimh</translation>
    </message>
    <message>
        <source>Time an event&apos;s clip goes on after the event ends</source>
        <translation>An t-am a leanann gearrthóg teagmhais ar aghaidh tar éis don teagmhas críochnú</translation>
    </message>
    <message>
        <source>Clip ends after</source>
        <translation>Críochnaíonn an ghearrthóg tar éis</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>nóiméid</translation>
    </message>
    <message>
        <source>Length of one file in continuous recording</source>
        <translation>Fad comhaid amháin sa taifeadadh leanúnach</translation>
    </message>
    <message>
        <source>Segment length</source>
        <translation>Fad míre</translation>
    </message>
    <message>
        <source>Most space the clips and the event snapshots take (oldest removed first)</source>
        <translation>An spás is mó a thógann na gearrthóga agus pictiúir na dteagmhas (na cinn is sine bainte ar dtús)</translation>
    </message>
    <message>
        <source>Space for clips</source>
        <translation>Spás do ghearrthóga</translation>
    </message>
    <message>
        <source>Free space kept on the card (oldest clips and snapshots removed first)</source>
        <translation>Spás saor a choinnítear ar an gcárta (na gearrthóga agus pictiúir is sine bainte ar dtús)</translation>
    </message>
    <message>
        <source>Keep free on the card</source>
        <translation>Coinnigh saor ar an gcárta</translation>
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
    <name>StatusDetails</name>
    <message>
        <source>Status</source>
        <translation>Stádas</translation>
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
        <source>Sensors</source>
        <translation>Braiteoirí</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>An earráid dheireanach</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dún</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>CPU %1</source>
        <translation>LAP %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gléas</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Sonraí stádais</translation>
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
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>Streaming is not available</source>
        <translation>Níl sruthú ar fáil</translation>
    </message>
    <message>
        <source>Streaming is off in Settings</source>
        <translation>Tá sruthú as sna Socruithe</translation>
    </message>
    <message>
        <source>Sensors not available</source>
        <translation>Níl braiteoirí ar fáil</translation>
    </message>
    <message>
        <source>Sensors off</source>
        <translation>Braiteoirí as</translation>
    </message>
    <message>
        <source>Sensors starting…</source>
        <translation>Braiteoirí ag tosú…</translation>
    </message>
    <message>
        <source>Sensors working</source>
        <translation>Braiteoirí ag obair</translation>
    </message>
    <message numerus="yes">
        <source>Sensors retrying in %n s</source>
        <translation>
            <numerusform>Braiteoirí: iarracht eile i gceann %n s</numerusform>
            <numerusform>Braiteoirí: iarracht eile i gceann %n s</numerusform>
            <numerusform>Braiteoirí: iarracht eile i gceann %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensors failed</source>
        <translation>Theip ar na braiteoirí</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <source>No camera picture</source>
        <translation>Gan pictiúr ceamara</translation>
    </message>
    <message>
        <source>Masked areas</source>
        <translation>Limistéir faoi mhasc</translation>
    </message>
    <message>
        <source>The mask text below is not valid: fix it or clear all.</source>
        <translation>Níl téacs an mhaisc thíos bailí: ceartaigh é nó glan iad uile.</translation>
    </message>
    <message>
        <source>No room for more areas.</source>
        <translation>Níl spás do thuilleadh limistéar.</translation>
    </message>
    <message>
        <source>Motion is not looked for in these areas. Drag on the picture to add one; tap one to select it.</source>
        <translation>Ní lorgaítear gluaiseacht sna limistéir seo. Tarraing ar an bpictiúr chun ceann a chur leis; tapáil ceann chun é a roghnú.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Scrios</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Glan iad uile</translation>
    </message>
</context>
</TS>
