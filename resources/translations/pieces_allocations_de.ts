<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ABOUT_DIALOG</name>
    <message>
        <source>About Pieces Allocations</source>
        <translation>Über Pieces Allocations</translation>
    </message>
    <message>
        <source>Pieces Allocations</source>
        <translation>Pieces Allocations</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Shows the personal-cloud allocations of Pieces OS, and connects and disconnects them.</source>
        <translation>Zeigt die Zuweisungen der persönlichen Cloud von Pieces OS an, verbindet und trennt sie.</translation>
    </message>
    <message>
        <source>Connected to Pieces OS at {address}</source>
        <translation>Verbunden mit Pieces OS auf {address}</translation>
    </message>
    <message>
        <source>Not connected to a Pieces OS.</source>
        <translation>Mit keinem Pieces OS verbunden.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>No log file.</source>
        <translation>Keine Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>ADDRESS_DIALOG</name>
    <message>
        <source>Pieces OS address</source>
        <translation>Pieces-OS-Adresse</translation>
    </message>
    <message>
        <source>Pieces OS listens on this computer, on the first free port from 39300 to 39333. The app can find it, or you can give its address.</source>
        <translation>Pieces OS lauscht auf diesem Computer am ersten freien Port von 39300 bis 39333. Die App kann es selbst finden, oder Sie geben seine Adresse an.</translation>
    </message>
</context>
<context>
    <name>ADDRESS_PICKER</name>
    <message>
        <source>Find Pieces OS a&amp;utomatically</source>
        <translation>Pieces OS automatisch &amp;finden</translation>
    </message>
    <message>
        <source>Find Pieces OS automatically</source>
        <translation>Pieces OS automatisch finden</translation>
    </message>
    <message>
        <source>Use this &amp;address:</source>
        <translation>Diese Adre&amp;sse verwenden:</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Diese Adresse verwenden</translation>
    </message>
    <message>
        <source>Pieces OS address</source>
        <translation>Pieces-OS-Adresse</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Adresse leeren</translation>
    </message>
    <message>
        <source>This address is not on this computer: the app will send your profile there when you connect. Use it only if you trust that machine.</source>
        <translation>Diese Adresse liegt nicht auf diesem Computer: Die App sendet beim Verbinden Ihr Profil dorthin. Verwenden Sie sie nur, wenn Sie diesem Rechner vertrauen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The app will read the Pieces OS port file, then try ports 39300 to 39333.</source>
        <translation>Die App liest die Portdatei von Pieces OS und probiert dann die Ports 39300 bis 39333.</translation>
    </message>
    <message>
        <source>Type an address, for example http://127.0.0.1:39300.</source>
        <translation>Geben Sie eine Adresse ein, zum Beispiel http://127.0.0.1:39300.</translation>
    </message>
    <message>
        <source>This address cannot be used: {reason}.</source>
        <translation>Diese Adresse kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The app will use {address}.</source>
        <translation>Die App verwendet {address}.</translation>
    </message>
</context>
<context>
    <name>ALLOCATIONS_PAGE</name>
    <message>
        <source>Filter by status, URL, id, project, region…</source>
        <translation>Nach Status, URL, ID, Projekt, Region filtern…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Filter allocations</source>
        <translation>Zuweisungen filtern</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Number of allocations shown</source>
        <translation>Anzahl der angezeigten Zuweisungen</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Zuweisungen</translation>
    </message>
    <message numerus="yes">
        <source>%n allocations</source>
        <translation>
            <numerusform>%Ln Zuweisung</numerusform>
            <numerusform>%Ln Zuweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
</context>
<context>
    <name>ALLOCATION_CELLS</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Personal URL</source>
        <translation>Persönliche URL</translation>
    </message>
    <message>
        <source>URL status</source>
        <translation>URL-Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>The status of the cloud itself; sorts the worst first.</source>
        <translation>Der Status der Cloud selbst; sortiert die schlechtesten zuerst.</translation>
    </message>
    <message>
        <source>The address you know your cloud by: its vanity URL, else its id URL.</source>
        <translation>Die Adresse, unter der Sie Ihre Cloud kennen: ihre Wunsch-URL, sonst ihre ID-URL.</translation>
    </message>
    <message>
        <source>Each URL (vanity, id, base) has its own status; it can differ from the cloud&apos;s.</source>
        <translation>Jede URL (Wunsch, ID, Basis) hat ihren eigenen Status; er kann von dem der Cloud abweichen.</translation>
    </message>
    <message>
        <source>The cloud project the allocation lives in.</source>
        <translation>Das Cloud-Projekt, in dem die Zuweisung liegt.</translation>
    </message>
    <message>
        <source>The cloud region the allocation runs in.</source>
        <translation>Die Cloud-Region, in der die Zuweisung läuft.</translation>
    </message>
    <message>
        <source>The version of the cloud software.</source>
        <translation>Die Version der Cloud-Software.</translation>
    </message>
    <message>
        <source>When Pieces OS last updated the allocation; hover a cell for the exact time.</source>
        <translation>Wann Pieces OS die Zuweisung zuletzt aktualisiert hat; für die genaue Zeit mit der Maus über eine Zelle fahren.</translation>
    </message>
    <message>
        <source>vanity</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>All connected</source>
        <translation>Alle verbunden</translation>
    </message>
    <message>
        <source>All connecting</source>
        <translation>Alle werden verbunden</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>Alle mit Fehler</translation>
    </message>
    <message>
        <source>All disconnected</source>
        <translation>Alle getrennt</translation>
    </message>
    <message>
        <source>All unknown</source>
        <translation>Alle unbekannt</translation>
    </message>
    <message>
        <source>Pieces OS did not say when this allocation was updated.</source>
        <translation>Pieces OS hat nicht angegeben, wann diese Zuweisung aktualisiert wurde.</translation>
    </message>
    <message>
        <source>Not given by Pieces OS</source>
        <translation>Nicht von Pieces OS angegeben</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>ANNOUNCER</name>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS ist nicht erreichbar</translation>
    </message>
    <message>
        <source>{status}: {url}</source>
        <translation>{status}: {url}</translation>
    </message>
    <message>
        <source>No personal cloud yet</source>
        <translation>Noch keine persönliche Cloud</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Niemand ist bei Pieces OS angemeldet</translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation>Pieces OS antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>Pieces OS is migrating its data</source>
        <translation>Pieces OS migriert seine Daten</translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation>Pieces OS benötigt ein Update</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_BASE</name>
    <message>
        <source>Could not {action} {where}: {reason}.</source>
        <translation>Es ist nicht gelungen, {action} ({where}): {reason}.</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_LAUNCHAGENT</name>
    <message>
        <source>write the login item</source>
        <translation>das Anmeldeobjekt zu schreiben</translation>
    </message>
    <message>
        <source>remove the login item</source>
        <translation>das Anmeldeobjekt zu entfernen</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_WINDOWS</name>
    <message>
        <source>write the start-up entry</source>
        <translation>den Autostart-Eintrag zu schreiben</translation>
    </message>
    <message>
        <source>remove the start-up entry</source>
        <translation>den Autostart-Eintrag zu entfernen</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_XDG</name>
    <message>
        <source>write the autostart entry</source>
        <translation>den Autostart-Eintrag zu schreiben</translation>
    </message>
    <message>
        <source>read the autostart entry</source>
        <translation>den Autostart-Eintrag zu lesen</translation>
    </message>
    <message>
        <source>remove the autostart entry</source>
        <translation>den Autostart-Eintrag zu entfernen</translation>
    </message>
</context>
<context>
    <name>BODIES</name>
    <message>
        <source>it is compressed as {encoding}, which this app cannot unpack</source>
        <translation>sie ist als {encoding} komprimiert, was diese App nicht entpacken kann</translation>
    </message>
    <message>
        <source>it is not valid {encoding}</source>
        <translation>sie ist kein gültiges {encoding}</translation>
    </message>
</context>
<context>
    <name>BOOTSTRAP</name>
    <message>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft weiter</translation>
    </message>
</context>
<context>
    <name>CLIENT</name>
    <message>
        <source>list the allocations</source>
        <extracomment>What Pieces OS was asked, to fill &quot;Pieces OS could not {what}&quot;: an infinitive phrase.</extracomment>
        <translation>die Zuweisungen aufzulisten</translation>
    </message>
    <message>
        <source>show the allocation</source>
        <translation>die Zuweisung anzuzeigen</translation>
    </message>
    <message>
        <source>connect your cloud</source>
        <translation>Ihre Cloud zu verbinden</translation>
    </message>
    <message>
        <source>reconnect the cloud</source>
        <translation>die Cloud erneut zu verbinden</translation>
    </message>
    <message>
        <source>disconnect the cloud</source>
        <translation>die Cloud zu trennen</translation>
    </message>
    <message>
        <source>create the allocation</source>
        <translation>die Zuweisung zu erstellen</translation>
    </message>
    <message>
        <source>delete the allocation</source>
        <translation>die Zuweisung zu löschen</translation>
    </message>
    <message>
        <source>tell who is signed in</source>
        <translation>zu sagen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>report its health</source>
        <translation>seinen Zustand zu melden</translation>
    </message>
    <message>
        <source>report its version</source>
        <translation>seine Version zu melden</translation>
    </message>
    <message>
        <source>it redirected elsewhere (HTTP {status}), which this app refuses</source>
        <translation>es hat auf eine andere Adresse umgeleitet (HTTP&#xa0;{status}), was diese App ablehnt</translation>
    </message>
    <message>
        <source>when asked to {what}</source>
        <translation>auf die Bitte, {what}</translation>
    </message>
    <message>
        <source>the exchange failed ({error})</source>
        <translation>der Austausch ist fehlgeschlagen ({error})</translation>
    </message>
</context>
<context>
    <name>CLOUD_OPERATION_DIALOG</name>
    <message>
        <source>No allocation is selected</source>
        <translation>Keine Zuweisung ausgewählt</translation>
    </message>
    <message>
        <source>Send a create request for {url}</source>
        <translation>Eine Erstellungsanfrage für {url} senden</translation>
    </message>
    <message>
        <source>Send a delete request for {url}</source>
        <translation>Eine Löschanfrage für {url} senden</translation>
    </message>
    <message>
        <source>Create allocation (advanced)</source>
        <translation>Zuweisung erstellen (erweitert)</translation>
    </message>
    <message>
        <source>Delete allocation (advanced)</source>
        <translation>Zuweisung löschen (erweitert)</translation>
    </message>
    <message>
        <source>This is a cloud-side operation. Pieces OS documents this as used only within the cloud; a local Pieces OS is expected to refuse it. The answer is shown below as Pieces OS gave it.</source>
        <translation>Dies ist ein cloudseitiger Vorgang. Laut Pieces OS wird er nur innerhalb der Cloud verwendet; ein lokales Pieces OS lehnt ihn voraussichtlich ab. Die Antwort wird unten so angezeigt, wie Pieces OS sie gegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Send create request</source>
        <translation>Erstellungsanfrage &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send delete request</source>
        <translation>Löschanfrage &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Answer from Pieces OS:</source>
        <translation>Ant&amp;wort von Pieces OS:</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Answer from Pieces OS</source>
        <translation>Antwort von Pieces OS</translation>
    </message>
    <message>
        <source>Select an allocation in the table first.</source>
        <translation>Wählen Sie zuerst eine Zuweisung in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Sending the create request…</source>
        <translation>Erstellungsanfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Sending the delete request…</source>
        <translation>Löschanfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still act on the request; the allocations table will show it.</source>
        <translation>Warten beendet. Pieces OS kann die Anfrage noch ausführen; die Zuweisungstabelle zeigt es dann.</translation>
    </message>
    <message>
        <source>Pieces OS accepted the request. Its answer is shown above.</source>
        <translation>Pieces OS hat die Anfrage angenommen. Die Antwort steht oben.</translation>
    </message>
    <message>
        <source>HTTP {status}
{text}</source>
        <translation>HTTP&#xa0;{status}
{text}</translation>
    </message>
    <message>
        <source>Pieces OS refused the request (HTTP {status}). Its answer is shown above.</source>
        <translation>Pieces OS hat die Anfrage abgelehnt (HTTP&#xa0;{status}). Die Antwort steht oben.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
</context>
<context>
    <name>CLOUD_WATCH</name>
    <message>
        <source>Pieces OS no longer lists this cloud: it was disconnected or removed while this window was open.</source>
        <translation>Pieces OS führt diese Cloud nicht mehr auf: Sie wurde getrennt oder entfernt, während dieses Fenster offen war.</translation>
    </message>
    <message>
        <source>Its status changed to {word} while this window was open.</source>
        <translation>Ihr Status wurde zu {word}, während dieses Fenster offen war.</translation>
    </message>
</context>
<context>
    <name>CONNECTION</name>
    <message>
        <source>Pieces OS has not been found yet.</source>
        <translation>Pieces OS wurde noch nicht gefunden.</translation>
    </message>
    <message>
        <source>Wait for the window to find it, or give its address with File &gt; Change Pieces OS address.</source>
        <translation>Warten Sie, bis das Fenster es findet, oder geben Sie seine Adresse über Datei &gt; Pieces-OS-Adresse ändern an.</translation>
    </message>
</context>
<context>
    <name>CONNECT_DIALOG</name>
    <message>
        <source>Connect your cloud</source>
        <translation>Cloud verbinden</translation>
    </message>
    <message>
        <source>Connect your personal cloud</source>
        <translation>Ihre persönliche Cloud verbinden</translation>
    </message>
    <message>
        <source>Pieces OS starts your personal cloud and links it to this computer. This usually takes 10 to 15 seconds, sometimes longer.</source>
        <translation>Pieces OS startet Ihre persönliche Cloud und verknüpft sie mit diesem Computer. Das dauert meist 10 bis 15 Sekunden, manchmal länger.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again who is signed in</source>
        <translation>Erneut prüfen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>Checking who is signed in to Pieces OS…</source>
        <translation>Es wird geprüft, wer bei Pieces OS angemeldet ist…</translation>
    </message>
    <message>
        <source>Checking who is signed in…</source>
        <translation>Es wird geprüft, wer angemeldet ist…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still finish connecting your cloud; the allocations table will show the result.</source>
        <translation>Warten beendet. Pieces OS kann Ihre Cloud noch fertig verbinden; die Zuweisungstabelle zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Angemeldet als {name}</translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation>E-Mail: {email}</translation>
    </message>
    <message>
        <source>Username: {username}</source>
        <translation>Benutzername: {username}</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS.
Connecting needs a signed-in user: the cloud belongs to that user. Open Pieces Desktop or the Pieces OS menu and sign in, then press Check again.</source>
        <translation>Niemand ist bei Pieces OS angemeldet.
Zum Verbinden muss ein Benutzer angemeldet sein: Die Cloud gehört diesem Benutzer. Öffnen Sie Pieces Desktop oder das Pieces-OS-Menü, melden Sie sich an und klicken Sie dann auf „Erneut&#xa0;prüfen“.</translation>
    </message>
    <message>
        <source>Could not tell who is signed in.</source>
        <translation>Es konnte nicht festgestellt werden, wer angemeldet ist.</translation>
    </message>
    <message>
        <source>Stopped checking who is signed in.</source>
        <translation>Prüfung, wer angemeldet ist, beendet.</translation>
    </message>
</context>
<context>
    <name>CRASH_WINDOW</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong inside Pieces Allocations. The app keeps running, but what you were doing may not have finished: try it again. If it happens again, copy the details and send them with your report.</source>
        <translation>In Pieces Allocations ist etwas schiefgelaufen. Die App läuft weiter, aber Ihre letzte Aktion wurde vielleicht nicht abgeschlossen: Versuchen Sie es erneut. Wenn es wieder passiert, kopieren Sie die Details und senden Sie sie mit Ihrem Bericht.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>DATABASE</name>
    <message>
        <source>The history file was written by a newer version of the app (format {version}). Update the app to keep recording the history.</source>
        <translation>Die Verlaufsdatei wurde von einer neueren Version der App geschrieben (Format {version}). Aktualisieren Sie die App, um den Verlauf weiter aufzuzeichnen.</translation>
    </message>
    <message>
        <source>The status history is paused: its file {file} cannot be written to. Make the file writable; the app goes on without recording until then.</source>
        <translation>Der Statusverlauf ist angehalten: In seine Datei {file} kann nicht geschrieben werden. Machen Sie die Datei beschreibbar; bis dahin läuft die App ohne Aufzeichnung weiter.</translation>
    </message>
    <message>
        <source>The status history is paused: its folder {folder} cannot be written to. Make the folder writable; the app goes on without recording until then.</source>
        <translation>Der Statusverlauf ist angehalten: In seinen Ordner {folder} kann nicht geschrieben werden. Machen Sie den Ordner beschreibbar; bis dahin läuft die App ohne Aufzeichnung weiter.</translation>
    </message>
    <message>
        <source>The status history is paused: the disk is full. Free some space; the app goes on without recording until then.</source>
        <translation>Der Statusverlauf ist angehalten: Der Datenträger ist voll. Geben Sie Speicherplatz frei; bis dahin läuft die App ohne Aufzeichnung weiter.</translation>
    </message>
    <message>
        <source>The status history is paused: {why}. Check the folder; the app goes on without recording until then.</source>
        <translation>Der Statusverlauf ist angehalten: {why}. Prüfen Sie den Ordner; bis dahin läuft die App ohne Aufzeichnung weiter.</translation>
    </message>
    <message>
        <source>No status history is kept yet ({path} does not exist).</source>
        <translation>Es wird noch kein Statusverlauf geführt ({path} existiert nicht).</translation>
    </message>
    <message>
        <source>The status history at {path} cannot be read: {error}.</source>
        <translation>Der Statusverlauf unter {path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The status history at {path} is in format {version}; this app reads format {ours}.</source>
        <translation>Der Statusverlauf unter {path} hat das Format {version}; diese App liest Format {ours}.</translation>
    </message>
</context>
<context>
    <name>DETAILS_PANE</name>
    <message>
        <source>Allocation details</source>
        <translation>Details der Zuweisung</translation>
    </message>
    <message>
        <source>Select an allocation to see its details.</source>
        <translation>Wählen Sie eine Zuweisung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Personal URL</source>
        <translation>Persönliche URL</translation>
    </message>
    <message>
        <source>Cloud status</source>
        <translation>Cloud-Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Updated, in words</source>
        <translation>Stand im Klartext</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>Klartext:</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
</context>
<context>
    <name>DISCONNECT_DIALOG</name>
    <message>
        <source>Disconnect cloud</source>
        <translation>Cloud trennen</translation>
    </message>
    <message>
        <source>Disconnect {url}?</source>
        <translation>{url} trennen?</translation>
    </message>
    <message>
        <source>Pieces OS will stop using this cloud, and it will not sync until it is connected again. You can connect it again later.</source>
        <translation>Pieces OS verwendet diese Cloud dann nicht mehr, und sie wird nicht synchronisiert, bis sie wieder verbunden ist. Sie können sie später erneut verbinden.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still disconnect the cloud; the allocations table will show the result.</source>
        <translation>Warten beendet. Pieces OS kann die Cloud noch trennen; die Zuweisungstabelle zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Pieces OS disconnected {url}.</source>
        <translation>Pieces OS hat {url} getrennt.</translation>
    </message>
    <message>
        <source>Pieces OS disconnected cloud {uuid}.</source>
        <translation>Pieces OS hat die Cloud {uuid} getrennt.</translation>
    </message>
    <message>
        <source>Pieces OS disconnected the cloud (its answer named no cloud).</source>
        <translation>Pieces OS hat die Cloud getrennt (die Antwort nannte keine Cloud).</translation>
    </message>
</context>
<context>
    <name>DISCOVERY</name>
    <message>
        <source>another user&apos;s Pieces OS, left alone</source>
        <translation>Pieces OS eines anderen Benutzers, bleibt unangetastet</translation>
    </message>
    <message>
        <source>given with --base-url</source>
        <translation>mit --base-url angegeben</translation>
    </message>
    <message>
        <source>given in PIECES_OS_URL</source>
        <translation>in PIECES_OS_URL angegeben</translation>
    </message>
    <message>
        <source>saved in the settings</source>
        <translation>in den Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>the built-in demo</source>
        <translation>die eingebaute Demo</translation>
    </message>
    <message>
        <source>read from the Pieces OS port file</source>
        <translation>aus der Portdatei von Pieces OS gelesen</translation>
    </message>
    <message>
        <source>found by probing ports 39300-39333</source>
        <translation>durch Abfragen der Ports 39300–39333 gefunden</translation>
    </message>
    <message>
        <source>found by probing ports 39300-39333; it may be another user&apos;s Pieces OS</source>
        <translation>durch Abfragen der Ports 39300–39333 gefunden; es kann das Pieces OS eines anderen Benutzers sein</translation>
    </message>
    <message>
        <source>found on a legacy port</source>
        <translation>auf einem alten Port gefunden</translation>
    </message>
    <message>
        <source>The --base-url option</source>
        <translation>Die Option --base-url</translation>
    </message>
    <message>
        <source>Start the app again with a correct address (for example --base-url http://127.0.0.1:39300), or without the option so that it finds Pieces OS by itself.</source>
        <translation>Starten Sie die App erneut mit einer korrekten Adresse (z. B. --base-url http://127.0.0.1:39300) oder ohne die Option, damit sie Pieces OS selbst findet.</translation>
    </message>
    <message>
        <source>The PIECES_OS_URL environment variable</source>
        <translation>Die Umgebungsvariable PIECES_OS_URL</translation>
    </message>
    <message>
        <source>Correct it (for example PIECES_OS_URL=http://127.0.0.1:39300) or unset it so that the app finds Pieces OS by itself, then start the app again: while it is set, it beats any address chosen in the app.</source>
        <translation>Korrigieren Sie sie (zum Beispiel PIECES_OS_URL=http://127.0.0.1:39300) oder entfernen Sie sie, damit die App Pieces OS selbst findet, und starten Sie die App dann erneut: Solange sie gesetzt ist, hat sie Vorrang vor jeder in der App gewählten Adresse.</translation>
    </message>
    <message>
        <source>The Pieces OS address in the settings file</source>
        <translation>Die Pieces-OS-Adresse in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Choose the address again with Change address… (or let the app find Pieces OS by itself): that replaces what the file holds.</source>
        <translation>Wählen Sie die Adresse erneut über „Adresse&#xa0;ändern…“ (oder lassen Sie die App Pieces OS selbst finden): Das ersetzt den Inhalt der Datei.</translation>
    </message>
    <message>
        <source>The Pieces OS address</source>
        <translation>Die Pieces-OS-Adresse</translation>
    </message>
    <message>
        <source>Give a correct address.</source>
        <translation>Geben Sie eine korrekte Adresse an.</translation>
    </message>
    <message>
        <source>{text} is not an http:// or https:// address</source>
        <translation>{text} ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>{text} names no host</source>
        <translation>{text} nennt keinen Host</translation>
    </message>
    <message>
        <source>{text} has a host name with characters a host name cannot have</source>
        <translation>{text} hat einen Hostnamen mit Zeichen, die ein Hostname nicht haben kann</translation>
    </message>
    <message>
        <source>{text} has a port that is not a number from 0 to 65535</source>
        <translation>{text} hat einen Port, der keine Zahl von 0 bis 65535 ist</translation>
    </message>
    <message>
        <source>{text} should be just an address, like {example}</source>
        <translation>{text} sollte nur eine Adresse sein, wie {example}</translation>
    </message>
    <message>
        <source>ports {first}-{last}</source>
        <translation>Ports {first}–{last}</translation>
    </message>
    <message>
        <source>ports {ports}</source>
        <translation>Ports {ports}</translation>
    </message>
    <message>
        <source>{address} (from {file}): {why}</source>
        <translation>{address} (aus {file}): {why}</translation>
    </message>
    <message>
        <source>{address} (from {file})</source>
        <translation>{address} (aus {file})</translation>
    </message>
    <message>
        <source>{how}; {count} instances answered, using {address} (healthy first, then lowest port)</source>
        <translation>{how}; {count} Instanzen haben geantwortet, verwendet wird {address} (bereite zuerst, dann der niedrigste Port)</translation>
    </message>
    <message>
        <source>{how}; this system does not tell whose it is: it may be another user&apos;s Pieces OS</source>
        <translation>{how}; dieses System verrät nicht, wem es gehört: Es kann das Pieces OS eines anderen Benutzers sein</translation>
    </message>
</context>
<context>
    <name>ERRORS</name>
    <message>
        <source>Pieces OS is not reachable at {address} ({reason}).</source>
        <translation>Pieces OS ist auf {address} nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable at {address}.</source>
        <translation>Pieces OS ist auf {address} nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check that Pieces OS is running, then try again.</source>
        <translation>Prüfen Sie, ob Pieces OS läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Start Pieces OS, or give its address (for example --base-url {example}).</source>
        <translation>Starten Sie Pieces OS oder geben Sie seine Adresse an (z. B. --base-url {example}).</translation>
    </message>
    <message>
        <source>Another user&apos;s Pieces OS on this computer is left alone. Start your own Pieces OS, or give its address (for example --base-url {example}).</source>
        <translation>Das Pieces OS eines anderen Benutzers auf diesem Computer bleibt unangetastet. Starten Sie Ihr eigenes Pieces OS oder geben Sie seine Adresse an (z. B. --base-url {example}).</translation>
    </message>
    <message>
        <source>No Pieces OS answered. Tried: {addresses}.</source>
        <translation>Kein Pieces OS hat geantwortet. Versucht: {addresses}.</translation>
    </message>
    <message>
        <source>{where} is not an address: {problem}.</source>
        <translation>{where} ist keine Adresse: {problem}.</translation>
    </message>
    <message>
        <source>Pieces OS closed the connection before it finished answering when asked to {what}.</source>
        <translation>Pieces OS hat die Verbindung geschlossen, bevor es auf die Bitte, {what}, fertig geantwortet hatte.</translation>
    </message>
    <message>
        <source>It may have stopped or restarted: check that it is running, then try again.</source>
        <translation>Es wurde vielleicht beendet oder neu gestartet: Prüfen Sie, ob es läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection to Pieces OS was closed before it could {what}: its address changed or the app is quitting.</source>
        <translation>Die Verbindung zu Pieces OS wurde geschlossen, bevor es Gelegenheit hatte, {what}: Die Adresse hat sich geändert oder die App wird beendet.</translation>
    </message>
    <message>
        <source>Nothing to do: the app opens a new connection when it needs one.</source>
        <translation>Nichts zu tun: Die App öffnet bei Bedarf eine neue Verbindung.</translation>
    </message>
    <message>
        <source>Live status from Pieces OS at {address} stopped: {reason}.</source>
        <translation>Der Live-Status von Pieces OS auf {address} ist abgebrochen: {reason}.</translation>
    </message>
    <message>
        <source>The app reconnects by itself and keeps checking meanwhile; if this keeps happening, restart Pieces OS.</source>
        <translation>Die App verbindet sich von selbst neu und prüft inzwischen weiter; wenn das immer wieder passiert, starten Sie Pieces OS neu.</translation>
    </message>
    <message>
        <source>Pieces OS did not answer {what} within {seconds} s.</source>
        <translation>Pieces OS hat nicht innerhalb von {seconds}&#xa0;s geantwortet ({what}).</translation>
    </message>
    <message>
        <source>It may be busy or starting up; try again in a moment.</source>
        <translation>Es ist vielleicht beschäftigt oder startet gerade; versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart Pieces OS.</source>
        <translation>Versuchen Sie es erneut; wenn es immer wieder passiert, starten Sie Pieces OS neu.</translation>
    </message>
    <message>
        <source>Pieces OS could not {what} (HTTP {status}): &quot;{text}&quot;</source>
        <translation>Es ist Pieces OS nicht gelungen, {what} (HTTP&#xa0;{status}): „{text}“</translation>
    </message>
    <message>
        <source>Pieces OS could not {what} (HTTP {status}): &quot;{text}&quot;.</source>
        <translation>Es ist Pieces OS nicht gelungen, {what} (HTTP&#xa0;{status}): „{text}“.</translation>
    </message>
    <message>
        <source>Pieces OS could not {what} (HTTP {status}).</source>
        <translation>Es ist Pieces OS nicht gelungen, {what} (HTTP&#xa0;{status}).</translation>
    </message>
    <message>
        <source>Sign in to Pieces OS (in Pieces Desktop or the Pieces OS menu), then try again.</source>
        <translation>Melden Sie sich bei Pieces OS an (in Pieces Desktop oder im Pieces-OS-Menü) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>It may have been removed already; refresh to see the current allocations.</source>
        <translation>Vielleicht wurde sie schon entfernt; aktualisieren Sie, um die aktuellen Zuweisungen zu sehen.</translation>
    </message>
    <message>
        <source>This Pieces OS has no live status stream, so the app checks for changes every few seconds instead; updating Pieces OS brings changes at once.</source>
        <translation>Dieses Pieces OS hat keinen Live-Status, daher prüft die App stattdessen alle paar Sekunden auf Änderungen; nach einem Update von Pieces OS erscheinen Änderungen sofort.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, restart Pieces OS.</source>
        <translation>Versuchen Sie es gleich erneut; wenn es weiter fehlschlägt, starten Sie Pieces OS neu.</translation>
    </message>
    <message>
        <source>Pieces OS gave up waiting for your cloud. It may still come up: refresh in a minute, or try again.</source>
        <translation>Pieces OS hat es aufgegeben, auf Ihre Cloud zu warten. Vielleicht startet sie noch: Aktualisieren Sie in einer Minute oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Update Pieces OS to the latest version, then try again.</source>
        <translation>Aktualisieren Sie Pieces OS auf die neueste Version und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Pieces OS gave an answer to {what} that this app cannot read: {detail}.</source>
        <translation>Pieces OS hat auf die Bitte, {what}, eine Antwort gegeben, die diese App nicht lesen kann: {detail}.</translation>
    </message>
    <message>
        <source>Pieces OS may be a newer or older version than expected; updating both may help.</source>
        <translation>Pieces OS ist vielleicht neuer oder älter als erwartet; ein Update von beiden kann helfen.</translation>
    </message>
    <message>
        <source>the answer is larger than {size} MiB</source>
        <translation>die Antwort ist größer als {size}&#xa0;MiB</translation>
    </message>
</context>
<context>
    <name>FOLLOW_DIALOG</name>
    <message>
        <source>Cloud status: {word}</source>
        <translation>Cloud-Status: {word}</translation>
    </message>
    <message>
        <source>Your cloud is connected at {url}</source>
        <translation>Ihre Cloud ist verbunden unter {url}</translation>
    </message>
    <message>
        <source>The cloud failed to connect.</source>
        <translation>Die Cloud konnte nicht verbunden werden.</translation>
    </message>
    <message>
        <source>Pieces OS answered, but the cloud&apos;s status is {word}. The allocations table will show it when it changes.</source>
        <translation>Pieces OS hat geantwortet, aber der Status der Cloud ist {word}. Die Zuweisungstabelle zeigt es, sobald er sich ändert.</translation>
    </message>
    <message>
        <source>Pieces OS gave up waiting for the cloud to answer (HTTP 504). The cloud may still come up: refresh in a minute, or try again.</source>
        <translation>Pieces OS hat es aufgegeben, auf die Antwort der Cloud zu warten (HTTP&#xa0;504). Die Cloud kann noch starten: Aktualisieren Sie in einer Minute oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cloud failed to connect. Pieces OS said: &quot;{text}&quot;</source>
        <translation>Die Cloud konnte nicht verbunden werden. Pieces OS meldete: „{text}“</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Try again in a minute. If it keeps failing, check this computer&apos;s internet connection and restart Pieces OS.</source>
        <translation>Versuchen Sie es in einer Minute erneut. Wenn es weiter fehlschlägt, prüfen Sie die Internetverbindung dieses Computers und starten Sie Pieces OS neu.</translation>
    </message>
</context>
<context>
    <name>FORMATTING</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n&#xa0;s</numerusform>
            <numerusform>vor %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n&#xa0;Min.</numerusform>
            <numerusform>vor %n&#xa0;Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n&#xa0;Std.</numerusform>
            <numerusform>vor %n&#xa0;Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n&#xa0;Tag</numerusform>
            <numerusform>vor %n&#xa0;Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}&#xa0;Tg. {hours}&#xa0;Std.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}&#xa0;Tg.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;Std. {minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}&#xa0;Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
</context>
<context>
    <name>HELP_ACTIONS</name>
    <message>
        <source>The log folder could not be opened; it is {folder}</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden; er liegt unter {folder}</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your report</source>
        <translation>Diagnosedaten kopiert: Fügen Sie sie in Ihren Bericht ein</translation>
    </message>
</context>
<context>
    <name>HISTORY</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Nicht beobachtet</translation>
    </message>
    <message>
        <source>Pieces OS answering since {time}</source>
        <translation>Pieces OS antwortet seit {time}</translation>
    </message>
    <message>
        <source>Pieces OS answering with errors since {time}</source>
        <translation>Pieces OS antwortet seit {time} mit Fehlern</translation>
    </message>
    <message>
        <source>Pieces OS not reachable since {time}</source>
        <translation>Pieces OS seit {time} nicht erreichbar</translation>
    </message>
    <message>
        <source>Pieces OS migrating its data since {time}</source>
        <translation>Pieces OS migriert seit {time} seine Daten</translation>
    </message>
    <message>
        <source>Pieces OS needing an update since {time}</source>
        <translation>Pieces OS benötigt seit {time} ein Update</translation>
    </message>
    <message>
        <source>Pieces OS answering, nobody signed in since {time}</source>
        <translation>Pieces OS antwortet, seit {time} niemand angemeldet</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Not watched now; last seen {status} since {time}</source>
        <translation>Derzeit nicht beobachtet; zuletzt gesehen: {status} seit {time}</translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation>{status} seit {time}</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>durch Sie</translation>
    </message>
    <message>
        <source>for {duration}</source>
        <translation>für {duration}</translation>
    </message>
    <message>
        <source>for {duration} so far</source>
        <translation>bisher {duration}</translation>
    </message>
    <message>
        <source>Uptime: not known (nobody watched it in this period)</source>
        <translation>Verfügbarkeit: unbekannt (in diesem Zeitraum nicht beobachtet)</translation>
    </message>
    <message>
        <source>Uptime {percent} %: connected {connected} of {watched} watched (not counting {disconnected} you had it disconnected)</source>
        <translation>Verfügbarkeit {percent}&#xa0;%: {connected} von {watched} beobachteter Zeit verbunden (ohne {disconnected}, in denen Sie sie getrennt hatten)</translation>
    </message>
    <message>
        <source>Uptime {percent} %: connected {connected} of {watched} watched</source>
        <translation>Verfügbarkeit {percent}&#xa0;%: {connected} von {watched} beobachteter Zeit verbunden</translation>
    </message>
    <message>
        <source>Status history of the last {period} (since {time}), watched {watched} of it</source>
        <translation>Statusverlauf der letzten {period} (seit {time}), davon {watched} beobachtet</translation>
    </message>
    <message>
        <source>Pieces OS {status} since {time}</source>
        <translation>Pieces OS {status} seit {time}</translation>
    </message>
    <message>
        <source>Your operations</source>
        <translation>Ihre Vorgänge</translation>
    </message>
</context>
<context>
    <name>HISTORY_PANEL</name>
    <message>
        <source>All incidents…</source>
        <translation>Störungen…</translation>
    </message>
    <message>
        <source>Every cloud&apos;s incidents and your operations, to filter and export</source>
        <translation>Die Störungen jeder Cloud und Ihre Vorgänge, zum Filtern und Exportieren</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24&#xa0;Std.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Show the last {period}</source>
        <translation>Die letzten {period} zeigen</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>und %n frühere</numerusform>
            <numerusform>und %n frühere</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Keine Störungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Nothing recorded for this cloud yet.</source>
        <translation>Für diese Cloud wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not watched since {time}.</source>
        <translation>Seit {time} nicht beobachtet.</translation>
    </message>
    <message>
        <source>{status} for {duration}</source>
        <translation>{status} seit {duration}</translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation>{status} seit {time}</translation>
    </message>
    <message>
        <source>Uptime: not known, nobody watched it in this period.</source>
        <translation>Verfügbarkeit: unbekannt, in diesem Zeitraum nicht beobachtet.</translation>
    </message>
    <message>
        <source>Uptime {percent} % of {watched} watched</source>
        <translation>Verfügbarkeit {percent}&#xa0;% (beobachtet: {watched})</translation>
    </message>
    <message>
        <source>, not counting {duration} you had it disconnected</source>
        <translation>, ohne {duration}, in denen Sie sie getrennt hatten</translation>
    </message>
    <message>
        <source>{status} at {time}, {duration} so far</source>
        <translation>{status} am {time} (bisher {duration})</translation>
    </message>
    <message>
        <source>{status} at {time}, {duration}</source>
        <translation>{status} am {time} ({duration})</translation>
    </message>
    <message>
        <source>, by you</source>
        <translation>, durch Sie</translation>
    </message>
</context>
<context>
    <name>HISTORY_STRIP</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation>Unbekannt ({status})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Nicht beobachtet</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>{status}
{start} – {end} ({duration})</source>
        <translation>{status}
{start} – {end} ({duration})</translation>
    </message>
    <message>
        <source>You disconnected it.</source>
        <translation>Sie haben sie getrennt.</translation>
    </message>
</context>
<context>
    <name>HISTORY_WINDOW</name>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 400 days</source>
        <translation>Letzte 400 Tage</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Verlauf löschen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Incidents and operations</source>
        <translation>Störungen und Vorgänge</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>Alle Clouds</translation>
    </message>
    <message>
        <source>Disconnected by you</source>
        <translation>Von Ihnen getrennt</translation>
    </message>
    <message>
        <source>{duration} so far</source>
        <translation>bisher {duration}</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>{operation}: {outcome}</source>
        <translation>{operation}: {outcome}</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>nicht beobachtet</translation>
    </message>
    <message>
        <source>{cloud}: uptime {uptime}</source>
        <translation>{cloud}: Verfügbarkeit {uptime}</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>In diesem Zeitraum wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Export the status history</source>
        <translation>Statusverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Clear the status history?</source>
        <translation>Statusverlauf löschen?</translation>
    </message>
    <message>
        <source>Every recorded status, incident and operation is forgotten. This cannot be undone.</source>
        <translation>Alle aufgezeichneten Status, Störungen und Vorgänge werden vergessen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>HOST_BANNER</name>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension (package gnome-shell-extension-appindicator). Install and turn it on to keep Pieces Allocations in the tray; until then it runs as this window.</source>
        <translation>GNOME zeigt Symbole im Infobereich nur mit der Erweiterung „AppIndicator and KStatusNotifierItem Support“ (Paket gnome-shell-extension-appindicator). Installieren und aktivieren Sie sie, damit Pieces Allocations im Infobereich bleibt; bis dahin läuft es als dieses Fenster.</translation>
    </message>
    <message>
        <source>The system tray has gone, so Pieces Allocations shows its window. Its icon comes back when the tray does.</source>
        <translation>Der Infobereich ist verschwunden, daher zeigt Pieces Allocations sein Fenster. Das Symbol kehrt zurück, sobald der Infobereich wieder da ist.</translation>
    </message>
    <message>
        <source>About the system tray</source>
        <translation>Über den Infobereich</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MAIN_WINDOW</name>
    <message>
        <source>Pieces Allocations</source>
        <translation>Pieces Allocations</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>{text} kopiert</translation>
    </message>
</context>
<context>
    <name>MENU</name>
    <message>
        <source>wait: connecting now</source>
        <translation>bitte warten: wird gerade verbunden</translation>
    </message>
    <message>
        <source>wait: reconnecting now</source>
        <translation>bitte warten: wird gerade erneut verbunden</translation>
    </message>
    <message>
        <source>wait: disconnecting now</source>
        <translation>bitte warten: wird gerade getrennt</translation>
    </message>
    <message>
        <source>wait: creating now</source>
        <translation>bitte warten: wird gerade erstellt</translation>
    </message>
    <message>
        <source>wait: deleting now</source>
        <translation>bitte warten: wird gerade gelöscht</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>{url}: {status}</source>
        <translation>{url}: {status}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Erneut verbinden…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Open my personal cloud</source>
        <translation>Meine persönliche Cloud öffnen</translation>
    </message>
    <message>
        <source>Open personal cloud</source>
        <translation>Persönliche Cloud öffnen</translation>
    </message>
    <message>
        <source>Status history…</source>
        <translation>Statusverlauf…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>OPERATIONS</name>
    <message>
        <source>This cloud is busy: a connect is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Diese Cloud ist beschäftigt: Der Vorgang „Verbinden“ läuft noch. Warten Sie, bis er fertig ist, oder brechen Sie ihn in seinem Fenster ab.</translation>
    </message>
    <message>
        <source>This cloud is busy: a reconnect is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Diese Cloud ist beschäftigt: Der Vorgang „Erneut&#xa0;verbinden“ läuft noch. Warten Sie, bis er fertig ist, oder brechen Sie ihn in seinem Fenster ab.</translation>
    </message>
    <message>
        <source>This cloud is busy: a disconnect is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Diese Cloud ist beschäftigt: Der Vorgang „Trennen“ läuft noch. Warten Sie, bis er fertig ist, oder brechen Sie ihn in seinem Fenster ab.</translation>
    </message>
    <message>
        <source>This cloud is busy: a create is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Diese Cloud ist beschäftigt: Der Vorgang „Erstellen“ läuft noch. Warten Sie, bis er fertig ist, oder brechen Sie ihn in seinem Fenster ab.</translation>
    </message>
    <message>
        <source>This cloud is busy: a delete is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Diese Cloud ist beschäftigt: Der Vorgang „Löschen“ läuft noch. Warten Sie, bis er fertig ist, oder brechen Sie ihn in seinem Fenster ab.</translation>
    </message>
    <message>
        <source>A connect is already running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Es läuft bereits ein Verbindungsvorgang. Warten Sie, bis er fertig ist, oder brechen Sie ihn in seinem Fenster ab.</translation>
    </message>
    <message>
        <source>Pieces OS no longer lists this cloud.</source>
        <translation>Pieces OS führt diese Cloud nicht mehr auf.</translation>
    </message>
    <message>
        <source>It may have been disconnected or removed meanwhile; see the allocations table.</source>
        <translation>Vielleicht wurde sie inzwischen getrennt oder entfernt; siehe Zuweisungstabelle.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed unexpectedly</source>
        <translation>Unerwartet fehlgeschlagen</translation>
    </message>
    <message>
        <source>with a settled cloud</source>
        <translation>mit einer Cloud, deren Status feststeht</translation>
    </message>
</context>
<context>
    <name>OPERATION_DIALOG</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Something went wrong inside Pieces Allocations. Details are in the log file (Help &gt; About shows where); please try again.</source>
        <translation>In Pieces Allocations ist etwas schiefgelaufen. Einzelheiten stehen in der Protokolldatei (Hilfe &gt; Über zeigt, wo); bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{status} {seconds} s</source>
        <translation>{status} {seconds}&#xa0;s</translation>
    </message>
</context>
<context>
    <name>OPTIONS</name>
    <message>
        <source>{text} is not a positive number of milliseconds</source>
        <translation>{text} ist keine positive Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>{text} is not a language of the app: use one of {codes}</source>
        <translation>{text} ist keine Sprache der App: Verwenden Sie eine von {codes}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>See and manage the personal-cloud allocations of Pieces OS.</source>
        <translation>Die Zuweisungen der persönlichen Cloud von Pieces OS ansehen und verwalten.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>the Pieces OS address, e.g. http://127.0.0.1:39300 (default: find it)</source>
        <translation>die Pieces-OS-Adresse, z. B. http://127.0.0.1:39300 (Standard: selbst finden)</translation>
    </message>
    <message>
        <source>run against a built-in demo Pieces OS with sample allocations</source>
        <translation>mit einem eingebauten Demo-Pieces-OS mit Beispielzuweisungen laufen</translation>
    </message>
    <message>
        <source>keep settings and state in DIR</source>
        <translation>Einstellungen und Zustand in DIR ablegen</translation>
    </message>
    <message>
        <source>quit cleanly after N ms</source>
        <translation>nach N ms sauber beenden</translation>
    </message>
    <message>
        <source>how much to log to stderr (default: WARNING)</source>
        <translation>wie viel auf stderr protokolliert wird (Standard: WARNING)</translation>
    </message>
    <message>
        <source>start with the window hidden, in the system tray</source>
        <translation>mit verborgenem Fenster im Infobereich starten</translation>
    </message>
    <message>
        <source>print the state of each allocation and exit: 0 only when your own cloud is connected</source>
        <translation>den Zustand jeder Zuweisung ausgeben und beenden: 0 nur, wenn Ihre eigene Cloud verbunden ist</translation>
    </message>
    <message>
        <source>with --status: keep running, and print a line (a JSON object with --json) at each change</source>
        <translation>mit --status: weiterlaufen und bei jeder Änderung eine Zeile ausgeben (mit --json ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>print each cloud&apos;s status history (uptime, incidents, your operations) and exit</source>
        <translation>den Statusverlauf jeder Cloud ausgeben (Verfügbarkeit, Störungen, Ihre Vorgänge) und beenden</translation>
    </message>
    <message>
        <source>with --history: how far back, as 90m, 24h, 7d or 2w (default: 7d)</source>
        <translation>mit --history: wie weit zurück, als 90m, 24h, 7d oder 2w (Standard: 7d)</translation>
    </message>
    <message>
        <source>with --status or --history: print JSON for scripts</source>
        <translation>mit --status oder --history: JSON für Skripte ausgeben</translation>
    </message>
    <message>
        <source>with --history: print CSV, a row per incident and operation</source>
        <translation>mit --history: CSV ausgeben, eine Zeile je Störung und Vorgang</translation>
    </message>
    <message>
        <source>the language to show: {codes} (default: the system&apos;s), or pseudo and pseudo-rtl to see which texts are translated</source>
        <translation>die anzuzeigende Sprache: {codes} (Standard: die des Systems), oder pseudo und pseudo-rtl, um zu sehen, welche Texte übersetzt sind</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>die Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>--json goes with --status or --history</source>
        <translation>--json geht nur mit --status oder --history</translation>
    </message>
    <message>
        <source>--follow goes with --status</source>
        <translation>--follow geht nur mit --status</translation>
    </message>
    <message>
        <source>--csv goes with --history</source>
        <translation>--csv geht nur mit --history</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>wählen Sie entweder --json oder --csv</translation>
    </message>
    <message>
        <source>choose one of --status and --history</source>
        <translation>wählen Sie entweder --status oder --history</translation>
    </message>
    <message>
        <source>--since goes with --history</source>
        <translation>--since geht nur mit --history</translation>
    </message>
    <message>
        <source>--history prints the history and exits: it takes no --tray or --quit-after-ms</source>
        <translation>--history gibt den Verlauf aus und beendet sich: ohne --tray oder --quit-after-ms</translation>
    </message>
    <message>
        <source>--status prints the state and exits: it takes no --tray or --quit-after-ms</source>
        <translation>--status gibt den Zustand aus und beendet sich: ohne --tray oder --quit-after-ms</translation>
    </message>
</context>
<context>
    <name>PARSING</name>
    <message>
        <source>no declared type</source>
        <translation>ohne angegebenen Typ</translation>
    </message>
    <message>
        <source>{count} bytes of {kind}</source>
        <translation>{count} Bytes, {kind}</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 ({size})</source>
        <translation>sie ist kein gültiges UTF-8 ({size})</translation>
    </message>
    <message>
        <source>it is not JSON ({error} at byte {position}; {size})</source>
        <translation>sie ist kein JSON ({error} bei Byte {position}; {size})</translation>
    </message>
    <message>
        <source>it is nested too deeply ({size})</source>
        <translation>sie ist zu tief verschachtelt ({size})</translation>
    </message>
    <message>
        <source>expected a JSON object, got {kind}</source>
        <translation>JSON-Objekt erwartet, {kind} erhalten</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
</context>
<context>
    <name>PERIOD</name>
    <message>
        <source>{text} is not a period: use a number and m, h, d or w, as in 24h or 7d</source>
        <translation>{text} ist kein Zeitraum: Verwenden Sie eine Zahl und m, h, d oder w, wie in 24h oder 7d</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}&#xa0;Tg. {hours}&#xa0;Std.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}&#xa0;Tg.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;Std. {minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}&#xa0;Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
</context>
<context>
    <name>PRESENTATION</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation>Unbekannt ({status})</translation>
    </message>
</context>
<context>
    <name>PROBE</name>
    <message>
        <source>healthy</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>migrating its data (not ready yet)</source>
        <translation>migriert seine Daten (noch nicht bereit)</translation>
    </message>
    <message>
        <source>answering, with a health this app does not know</source>
        <translation>antwortet, mit einem Zustand, den diese App nicht kennt</translation>
    </message>
    <message>
        <source>Pieces OS {version} at {address}, {health}</source>
        <translation>Pieces OS {version} auf {address}, {health}</translation>
    </message>
    <message>
        <source>Pieces OS at {address}, {health}</source>
        <translation>Pieces OS auf {address}, {health}</translation>
    </message>
</context>
<context>
    <name>RECONNECT_DIALOG</name>
    <message>
        <source>Reconnect cloud</source>
        <translation>Cloud erneut verbinden</translation>
    </message>
    <message>
        <source>Reconnect {url}?</source>
        <translation>{url} erneut verbinden?</translation>
    </message>
    <message>
        <source>Pieces OS will try to bring this cloud back up. This usually takes 10 to 15 seconds, sometimes longer.</source>
        <translation>Pieces OS versucht, diese Cloud wieder in Betrieb zu nehmen. Das dauert meist 10 bis 15 Sekunden, manchmal länger.</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Its status when last read: {word}</source>
        <translation>Status beim letzten Abruf: {word}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Wird erneut verbunden…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still finish reconnecting the cloud; the allocations table will show the result.</source>
        <translation>Warten beendet. Pieces OS kann die Cloud noch fertig erneut verbinden; die Zuweisungstabelle zeigt das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>SERVICES_HISTORY</name>
    <message>
        <source>The status history could not be read, so a new one was started; the old file is kept as {name} beside it.</source>
        <translation>Der Statusverlauf konnte nicht gelesen werden, daher wurde ein neuer begonnen; die alte Datei liegt als {name} daneben.</translation>
    </message>
    <message>
        <source>The status history is not open.</source>
        <translation>Der Statusverlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>SETTINGS</name>
    <message>
        <source>The settings file {path} could not be read, and could not be moved aside ({reason}). The app uses its default settings for now.</source>
        <translation>Die Einstellungsdatei {path} konnte weder gelesen noch beiseitegelegt werden ({reason}). Die App verwendet vorerst ihre Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the app started with its default settings. The old file was kept as {path}.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden, daher wurde die App mit den Standardeinstellungen gestartet. Die alte Datei wurde als {path} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SETTINGS_DIALOG</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the Pieces OS address</source>
        <translation>Die Pieces-OS-Adresse testen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>PIECES_OS_URL is set to {url}: the app uses that address, not the one above.</source>
        <translation>PIECES_OS_URL ist auf {url} gesetzt: Die App verwendet diese Adresse, nicht die obige.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Show &amp;notifications when a cloud&apos;s status changes</source>
        <translation>&amp;Benachrichtigen, wenn sich der Status einer Cloud ändert</translation>
    </message>
    <message>
        <source>Start &amp;in the tray, with the window hidden</source>
        <translation>&amp;Im Infobereich starten, ohne Fenster</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei der A&amp;nmeldung starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>Problem beim Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Pieces OS</source>
        <translation>Pieces OS</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Diese App</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>Aktualisie&amp;rung:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Untick the box to keep things as they are, or Cancel.</source>
        <translation>Entfernen Sie das Häkchen, um alles zu lassen, wie es ist, oder klicken Sie auf „Abbrechen“.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Asking Pieces OS at {where}…</source>
        <translation>Pieces OS auf {where} wird gefragt…</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The log has the details.</source>
        <translation>Der Test ist unerwartet fehlgeschlagen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Every {n:g} seconds</source>
        <translation>Alle {n:g} Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every {n:g} minutes</source>
        <translation>Alle {n:g} Minuten</translation>
    </message>
</context>
<context>
    <name>STALE_BANNER</name>
    <message>
        <source>Stale data warning</source>
        <translation>Warnung: veraltete Daten</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry the refresh</source>
        <translation>Aktualisierung erneut versuchen</translation>
    </message>
    <message>
        <source>Showing data from {age}. {why}</source>
        <translation>Angezeigter Stand: {age}. {why}</translation>
    </message>
    <message>
        <source>Showing data from {age}.</source>
        <translation>Angezeigter Stand: {age}.</translation>
    </message>
</context>
<context>
    <name>STATE_PANEL</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation>Versuchte Adressen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Change a&amp;ddress…</source>
        <translation>Adresse ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>De&amp;mo öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Waiting for Pieces OS…</source>
        <translation>Warten auf Pieces OS…</translation>
    </message>
    <message>
        <source>Found Pieces OS at {address}; waiting for it to answer.</source>
        <translation>Pieces OS auf {address} gefunden; warten auf Antwort.</translation>
    </message>
    <message>
        <source>Reading the allocations…</source>
        <translation>Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>Pieces OS answered at {address}; waiting for the list of clouds.</source>
        <translation>Pieces OS hat auf {address} geantwortet; warten auf die Liste der Clouds.</translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation>Pieces OS wird gesucht…</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>No Pieces OS answered at any of these addresses:</source>
        <translation>Unter keiner dieser Adressen hat ein Pieces OS geantwortet:</translation>
    </message>
    <message>
        <source>Check that Pieces OS is running, then press Retry.</source>
        <translation>Prüfen Sie, ob Pieces OS läuft, und klicken Sie dann auf „Erneut&#xa0;versuchen“.</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Press Retry; if it keeps failing, restart Pieces OS.</source>
        <translation>Klicken Sie auf „Erneut&#xa0;versuchen“; wenn es weiter fehlschlägt, starten Sie Pieces OS neu.</translation>
    </message>
    <message>
        <source>Pieces OS answered with an error</source>
        <translation>Pieces OS hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>Pieces OS is updating its data…</source>
        <translation>Pieces OS aktualisiert seine Daten…</translation>
    </message>
    <message>
        <source>It is running but not ready yet. This usually takes a minute or two.</source>
        <translation>Es läuft, ist aber noch nicht bereit. Das dauert meist ein bis zwei Minuten.</translation>
    </message>
    <message>
        <source>Press Retry in a moment.</source>
        <translation>Klicken Sie gleich auf „Erneut&#xa0;versuchen“.</translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation>Pieces OS benötigt ein Update</translation>
    </message>
    <message>
        <source>This version of Pieces OS asked to be updated before it answers.</source>
        <translation>Diese Version von Pieces OS muss aktualisiert werden, bevor sie antwortet.</translation>
    </message>
    <message>
        <source>Update Pieces OS (from Pieces Desktop or pieces.app), then press Retry.</source>
        <translation>Aktualisieren Sie Pieces OS (über Pieces Desktop oder pieces.app) und klicken Sie dann auf „Erneut&#xa0;versuchen“.</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Niemand ist bei Pieces OS angemeldet</translation>
    </message>
    <message>
        <source>Open Pieces Desktop, or the Pieces OS menu in the system tray, and sign in.</source>
        <translation>Öffnen Sie Pieces Desktop oder das Pieces-OS-Menü im Infobereich und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Then press Retry.</source>
        <translation>Klicken Sie dann auf „Erneut&#xa0;versuchen“.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>No cloud yet</source>
        <translation>Noch keine Cloud</translation>
    </message>
    <message>
        <source>You are signed in as {name} but have no cloud yet.</source>
        <translation>Sie sind als {name} angemeldet, haben aber noch keine Cloud.</translation>
    </message>
    <message>
        <source>Connect sets up your personal cloud; it can take a minute.</source>
        <translation>„Verbinden“ richtet Ihre persönliche Cloud ein; das kann eine Minute dauern.</translation>
    </message>
</context>
<context>
    <name>STATUS</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Signed in, no personal cloud yet</source>
        <translation>Angemeldet, noch keine persönliche Cloud</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Niemand ist bei Pieces OS angemeldet</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation>Pieces OS antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>Pieces OS is not ready (migrating its data, or it needs an update)</source>
        <translation>Pieces OS ist nicht bereit (es migriert seine Daten oder benötigt ein Update)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>vanity</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>{status}: {url} (your cloud)</source>
        <translation>{status}: {url} (Ihre Cloud)</translation>
    </message>
    <message>
        <source>{status}: {url} (the cloud that needs attention most)</source>
        <translation>{status}: {url} (die Cloud, die am meisten Aufmerksamkeit braucht)</translation>
    </message>
    <message>
        <source>{status} (old data)</source>
        <translation>{status} (alte Daten)</translation>
    </message>
</context>
<context>
    <name>STATUS_BAR</name>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Pieces OS address</source>
        <translation>Pieces-OS-Adresse</translation>
    </message>
    <message>
        <source>Pieces OS version</source>
        <translation>Pieces-OS-Version</translation>
    </message>
    <message>
        <source>Pieces OS health</source>
        <translation>Pieces-OS-Zustand</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation>Pieces OS wird gesucht…</translation>
    </message>
    <message>
        <source>No Pieces OS</source>
        <translation>Kein Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS at {url}</source>
        <translation>Pieces OS auf {url}</translation>
    </message>
    <message>
        <source> (maybe not yours)</source>
        <translation> (vielleicht nicht Ihres)</translation>
    </message>
    <message>
        <source>How it was found: {how}</source>
        <translation>Wie es gefunden wurde: {how}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The version Pieces OS reports</source>
        <translation>Die Version, die Pieces OS meldet</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>Sign in from Pieces Desktop or the Pieces OS menu</source>
        <translation>Melden Sie sich über Pieces Desktop oder das Pieces-OS-Menü an</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Angemeldet als {name}</translation>
    </message>
    <message>
        <source>Health: no answer</source>
        <translation>Zustand: keine Antwort</translation>
    </message>
    <message>
        <source>Pieces OS did not answer its health check: {why}</source>
        <translation>Pieces OS hat auf die Zustandsprüfung nicht geantwortet: {why}</translation>
    </message>
    <message>
        <source>Health: unknown</source>
        <translation>Zustand: unbekannt</translation>
    </message>
    <message>
        <source>Health: Migrating</source>
        <translation>Zustand: Migration</translation>
    </message>
    <message>
        <source>Health: OK</source>
        <translation>Zustand: OK</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Pieces OS health check said: {said}</source>
        <translation>Zustandsprüfung von Pieces OS meldete: {said}</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Stale — last updated {age}</source>
        <translation>Veraltet – Stand: {age}</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Aktualisiert {age}</translation>
    </message>
</context>
<context>
    <name>STREAM</name>
    <message>
        <source>report live status</source>
        <translation>den Live-Status zu melden</translation>
    </message>
    <message>
        <source>Pieces OS did not answer a ping within {seconds} s</source>
        <translation>Pieces OS hat innerhalb von {seconds}&#xa0;s nicht auf einen Ping geantwortet</translation>
    </message>
    <message>
        <source>a binary message came where text was expected</source>
        <translation>statt Text kam eine Binärnachricht</translation>
    </message>
    <message>
        <source>expected a JSON object, got {kind}</source>
        <translation>JSON-Objekt erwartet, {kind} erhalten</translation>
    </message>
    <message>
        <source>it redirected to {url}</source>
        <translation>es hat auf {url} umgeleitet</translation>
    </message>
    <message>
        <source>it redirected elsewhere</source>
        <translation>es hat auf eine andere Adresse umgeleitet</translation>
    </message>
    <message>
        <source>it answered HTTP {status} instead of opening the stream</source>
        <translation>es hat mit HTTP&#xa0;{status} geantwortet, statt den Datenstrom zu öffnen</translation>
    </message>
    <message>
        <source>Pieces OS closed it (code {code}: {reason})</source>
        <translation>Pieces OS hat ihn geschlossen (Code {code}: {reason})</translation>
    </message>
    <message>
        <source>Pieces OS closed it (code {code})</source>
        <translation>Pieces OS hat ihn geschlossen (Code {code})</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>when asked to {what}</source>
        <translation>auf die Bitte, {what}</translation>
    </message>
    <message>
        <source>the connection broke off before the stream opened ({reason})</source>
        <translation>die Verbindung ist abgebrochen, bevor der Datenstrom geöffnet war ({reason})</translation>
    </message>
    <message>
        <source>it failed unexpectedly ({reason})</source>
        <translation>er ist unerwartet fehlgeschlagen ({reason})</translation>
    </message>
</context>
<context>
    <name>TOOLTIP</name>
    <message>
        <source>{status} for {duration}</source>
        <translation>{status} seit {duration}</translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation>{status} seit {time}</translation>
    </message>
    <message>
        <source>Pieces Allocations: {status}</source>
        <translation>Pieces Allocations: {status}</translation>
    </message>
    <message>
        <source>(not up to date)</source>
        <translation>(nicht aktuell)</translation>
    </message>
    <message>
        <source>{url}: {status}</source>
        <translation>{url}: {status}</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(Ihre)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Refreshing fails: {error}</source>
        <translation>Aktualisierung schlägt fehl: {error}</translation>
    </message>
</context>
<context>
    <name>URL_ROW</name>
    <message>
        <source>Vanity URL</source>
        <translation>Wunsch-URL</translation>
    </message>
    <message>
        <source>ID URL</source>
        <translation>ID-URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the {name} URL</source>
        <translation>Die {name}-URL kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the {name} URL in the browser</source>
        <translation>Die {name}-URL im Browser öffnen</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Only http and https addresses can be opened</source>
        <translation>Nur http- und https-Adressen können geöffnet werden</translation>
    </message>
</context>
<context>
    <name>USER_STREAM</name>
    <message>
        <source>Live status stopped because of an internal error.</source>
        <translation>Der Live-Status wurde wegen eines internen Fehlers beendet.</translation>
    </message>
    <message>
        <source>The app keeps checking for changes; the log file has the details.</source>
        <translation>Die App prüft weiter auf Änderungen; Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>WINDOW_ACTIONS</name>
    <message>
        <source>Change Pieces OS &amp;address…</source>
        <translation>Pieces-OS-&amp;Adresse ändern…</translation>
    </message>
    <message>
        <source>Type the address of the Pieces OS to use</source>
        <translation>Die Adresse des zu verwendenden Pieces OS eingeben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Pieces OS address, refresh, notifications, start at login</source>
        <translation>Pieces-OS-Adresse, Aktualisierung, Benachrichtigungen, Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Use the &amp;demo</source>
        <translation>&amp;Demo verwenden</translation>
    </message>
    <message>
        <source>Switch to the built-in demo Pieces OS, with made-up allocations</source>
        <translation>Zum eingebauten Demo-Pieces-OS mit erfundenen Zuweisungen wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask Pieces OS for the allocations now</source>
        <translation>Pieces OS jetzt nach den Zuweisungen fragen</translation>
    </message>
    <message>
        <source>Every &amp;5 seconds</source>
        <translation>Alle &amp;5 Sekunden</translation>
    </message>
    <message>
        <source>Every &amp;15 seconds</source>
        <translation>Alle &amp;15 Sekunden</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <source>Every 5 m&amp;inutes</source>
        <translation>Alle 5 M&amp;inuten</translation>
    </message>
    <message>
        <source>Status &amp;history…</source>
        <translation>Status&amp;verlauf…</translation>
    </message>
    <message>
        <source>Every cloud&apos;s incidents and your operations, to filter and export</source>
        <translation>Die Störungen jeder Cloud und Ihre Vorgänge, zum Filtern und Exportieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter the allocations by any text they show, their URLs or ids</source>
        <translation>Die Zuweisungen nach angezeigtem Text, URLs oder IDs filtern</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect the signed-in user&apos;s personal cloud</source>
        <translation>Die persönliche Cloud des angemeldeten Benutzers verbinden</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Erneut verbinden…</translation>
    </message>
    <message>
        <source>Reconnect the selected cloud</source>
        <translation>Die ausgewählte Cloud erneut verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Disconnect the selected cloud</source>
        <translation>Die ausgewählte Cloud trennen</translation>
    </message>
    <message>
        <source>Co&amp;py personal URL</source>
        <translation>Persönliche URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cloud&apos;s personal URL to the clipboard</source>
        <translation>Die persönliche URL der ausgewählten Cloud in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the selected cloud&apos;s personal URL in the browser</source>
        <translation>Die persönliche URL der ausgewählten Cloud im Browser öffnen</translation>
    </message>
    <message>
        <source>A cloud-side operation: a local Pieces OS does not implement it and answers with an error.</source>
        <translation>Ein cloudseitiger Vorgang: Ein lokales Pieces OS beherrscht ihn nicht und antwortet mit einem Fehler.</translation>
    </message>
    <message>
        <source>C&amp;reate allocation… (cloud-side)</source>
        <translation>Zuweisung e&amp;rstellen… (cloudseitig)</translation>
    </message>
    <message>
        <source>De&amp;lete allocation… (cloud-side)</source>
        <translation>Zuweisung &amp;löschen… (cloudseitig)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the app&apos;s log files, to send with a report</source>
        <translation>Die Protokolldateien der App zeigen, um sie einem Bericht beizulegen</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy versions, settings and recent errors (nothing of your profile) for a report</source>
        <translation>Versionen, Einstellungen und letzte Fehler für einen Bericht kopieren (nichts aus Ihrem Profil)</translation>
    </message>
    <message>
        <source>&amp;About Pieces Allocations</source>
        <translation>Ü&amp;ber Pieces Allocations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Allocation</source>
        <translation>&amp;Zuweisung</translation>
    </message>
    <message>
        <source>Ad&amp;vanced (cloud-side)</source>
        <translation>Er&amp;weitert (cloudseitig)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>WORDING</name>
    <message>
        <source>Pieces OS is migrating its data</source>
        <translation>Pieces OS migriert seine Daten</translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation>Pieces OS benötigt ein Update</translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation>Pieces OS wird gesucht…</translation>
    </message>
    <message>
        <source>Waiting for Pieces OS…</source>
        <translation>Warten auf Pieces OS…</translation>
    </message>
    <message>
        <source>Reading the allocations…</source>
        <translation>Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>No personal cloud yet</source>
        <translation>Noch keine persönliche Cloud</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Niemand ist bei Pieces OS angemeldet</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation>Pieces OS antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Pieces OS: looking for it…</source>
        <translation>Pieces OS: wird gesucht…</translation>
    </message>
    <message>
        <source>Pieces OS: not found yet</source>
        <translation>Pieces OS: noch nicht gefunden</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: not reachable</source>
        <translation>Pieces OS auf {url}: nicht erreichbar</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: answers with an error</source>
        <translation>Pieces OS auf {url}: antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: needs an update</source>
        <translation>Pieces OS auf {url}: benötigt ein Update</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: migrating its data</source>
        <translation>Pieces OS auf {url}: migriert seine Daten</translation>
    </message>
    <message>
        <source>Pieces OS {version} at {url}</source>
        <translation>Pieces OS {version} auf {url}</translation>
    </message>
    <message>
        <source>Pieces OS at {url}</source>
        <translation>Pieces OS auf {url}</translation>
    </message>
    <message>
        <source>No system tray was found, so Pieces Allocations runs as a window. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Es wurde kein Infobereich gefunden, daher läuft Pieces Allocations als Fenster. Unter GNOME fügt die Erweiterung AppIndicator einen Infobereich hinzu.</translation>
    </message>
    <message>
        <source>Pieces Allocations keeps watching your cloud from the tray. Click the icon to open the window; choose Quit in its menu to stop.</source>
        <translation>Pieces Allocations beobachtet Ihre Cloud im Infobereich weiter. Klicken Sie auf das Symbol, um das Fenster zu öffnen; wählen Sie „Beenden“ in seinem Menü, um die App zu beenden.</translation>
    </message>
    <message>
        <source>Your personal cloud</source>
        <translation>Ihre persönliche Cloud</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>seiner Adresse</translation>
    </message>
    <message>
        <source>Personal cloud connected</source>
        <translation>Persönliche Cloud verbunden</translation>
    </message>
    <message>
        <source>{url} is connected.</source>
        <translation>{url} ist verbunden.</translation>
    </message>
    <message>
        <source>Personal cloud failed</source>
        <translation>Fehler der persönlichen Cloud</translation>
    </message>
    <message>
        <source>{url} could not connect. Choose Reconnect in the tray menu to try again.</source>
        <translation>{url} konnte keine Verbindung herstellen. Wählen Sie „Erneut&#xa0;verbinden“ im Menü des Infobereichs, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Personal cloud disconnected</source>
        <translation>Persönliche Cloud getrennt</translation>
    </message>
    <message>
        <source>{url} was disconnected. Choose Reconnect in the tray menu to connect it again.</source>
        <translation>{url} wurde getrennt. Wählen Sie „Erneut&#xa0;verbinden“ im Menü des Infobereichs, um sie wieder zu verbinden.</translation>
    </message>
    <message>
        <source>Pieces OS stopped</source>
        <translation>Pieces OS wurde beendet</translation>
    </message>
    <message>
        <source>Pieces OS at {address} is not answering. Start Pieces OS; this app finds it again by itself.</source>
        <translation>Pieces OS auf {address} antwortet nicht. Starten Sie Pieces OS; diese App findet es von selbst wieder.</translation>
    </message>
    <message>
        <source>Pieces OS is running again at {address}.</source>
        <translation>Pieces OS läuft wieder auf {address}.</translation>
    </message>
    <message>
        <source>Pieces OS is back</source>
        <translation>Pieces OS ist wieder da</translation>
    </message>
    <message>
        <source>{url} is connecting.</source>
        <translation>{url} wird verbunden.</translation>
    </message>
    <message>
        <source>{url} has failed: choose Reconnect in the tray menu.</source>
        <translation>{url} ist fehlgeschlagen: Wählen Sie „Erneut&#xa0;verbinden“ im Menü des Infobereichs.</translation>
    </message>
    <message>
        <source>{url} is disconnected.</source>
        <translation>{url} ist getrennt.</translation>
    </message>
    <message>
        <source>The state of {url} is not known yet.</source>
        <translation>Der Zustand von {url} ist noch nicht bekannt.</translation>
    </message>
</context>
</TS>
