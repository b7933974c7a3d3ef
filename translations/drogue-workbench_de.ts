<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Lab cloud</source>
        <translation>z. B. Labor-Cloud</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>https://api.example.net</source>
        <translation>https://api.example.net</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>drg_…</source>
        <translation>drg_…</translation>
    </message>
    <message>
        <source>Server &amp;CA:</source>
        <translation>Server-&amp;CA:</translation>
    </message>
    <message>
        <source>optional: PEM file of a local CA</source>
        <translation>optional: PEM-Datei einer lokalen CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>AnchorBackupActions</name>
    <message>
        <source>Passphrase that protects %1:</source>
        <translation>Passphrase zum Schutz von %1:</translation>
    </message>
    <message>
        <source>An empty passphrase is refused: nothing was written.</source>
        <translation>Eine leere Passphrase wird abgelehnt: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase erneut:</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Back Up Trust Anchor</source>
        <translation>Vertrauensanker sichern</translation>
    </message>
    <message>
        <source>CA key of the trust anchor</source>
        <translation>CA-Schlüssel des Vertrauensankers</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der *.p8);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem *.der *.p8);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passphrase of the CA key %1:</source>
        <translation>Passphrase des CA-Schlüssels %1:</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>%1 exists already: it is not overwritten. Choose another file.</source>
        <translation>%1 existiert bereits und wird nicht überschrieben. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The trust anchor &quot;%1&quot; and its CA key are in %2 (mode 0600). Keep the file and its passphrase apart.</source>
        <translation>Der Vertrauensanker „%1“ und sein CA-Schlüssel befinden sich in %2 (Modus 0600). Bewahren Sie die Datei und ihre Passphrase getrennt auf.</translation>
    </message>
    <message>
        <source>Restore Trust Anchor</source>
        <translation>Vertrauensanker wiederherstellen</translation>
    </message>
    <message>
        <source>Trust anchor backup</source>
        <translation>Sicherung des Vertrauensankers</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>Save the CA key as</source>
        <translation>CA-Schlüssel speichern unter</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem)</source>
        <translation>Schlüssel (*.key *.pem)</translation>
    </message>
    <message>
        <source>The CA key of &quot;%1&quot; is in %2 (mode 0600). It is a trust anchor of %3.</source>
        <translation>Der CA-Schlüssel von „%1“ befindet sich in %2 (Modus 0600). Er ist ein Vertrauensanker von %3.</translation>
    </message>
    <message>
        <source>The CA key of &quot;%1&quot; is in %2 (mode 0600). It is not a trust anchor of %3 (any more).</source>
        <translation>Der CA-Schlüssel von „%1“ befindet sich in %2 (Modus 0600). Er ist kein Vertrauensanker von %3 (mehr).</translation>
    </message>
</context>
<context>
    <name>AnchorResultPage</name>
    <message>
        <source>Trust Anchor Created</source>
        <translation>Vertrauensanker angelegt</translation>
    </message>
    <message>
        <source>The application trusts device certificates issued with this CA key.</source>
        <translation>Die Anwendung vertraut Gerätezertifikaten, die mit diesem CA-Schlüssel ausgestellt wurden.</translation>
    </message>
    <message>
        <source>&amp;Enroll a Device…</source>
        <translation>Ein Gerät &amp;registrieren…</translation>
    </message>
    <message>
        <source>Close this wizard and enroll a device of this application with the new CA key</source>
        <translation>Diesen Assistenten schließen und ein Gerät dieser Anwendung mit dem neuen CA-Schlüssel registrieren</translation>
    </message>
</context>
<context>
    <name>AnchorStoragePage</name>
    <message>
        <source>Where to Keep the CA Key</source>
        <translation>Wo der CA-Schlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <source>Whoever has this key can enroll devices in the application: keep it safe. The file is readable by you only (0600).</source>
        <translation>Wer diesen Schlüssel hat, kann Geräte in der Anwendung registrieren: Bewahren Sie ihn sicher auf. Die Datei ist nur für Sie lesbar (0600).</translation>
    </message>
    <message>
        <source>&amp;Keep the key where it is</source>
        <translation>Schlüssel &amp;bleibt, wo er ist</translation>
    </message>
    <message>
        <source>CA &amp;key file:</source>
        <translation>CA-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>optional: encrypts the key file</source>
        <translation>optional: verschlüsselt die Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Anchor certificate copy:</source>
        <translation>&amp;Kopie des Ankerzertifikats:</translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>There is no access token of %1 for this session.</source>
        <translation>Für %1 gibt es in dieser Sitzung kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>There is no saved sign-in for %1 in the %2.</source>
        <translation>Für %1 ist keine Anmeldung gespeichert (%2).</translation>
    </message>
    <message>
        <source>key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 is damaged.</source>
        <translation>Die gespeicherte Anmeldung von %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>%1 is not a sandbox description.</source>
        <translation>%1 ist keine Sandbox-Beschreibung.</translation>
    </message>
    <message>
        <source>%1 does not name the sandbox&apos;s API URL and user.</source>
        <translation>%1 nennt weder die API-URL noch den Benutzer der Sandbox.</translation>
    </message>
</context>
<context>
    <name>EnrollCaPage</name>
    <message>
        <source>CA Key</source>
        <translation>CA-Schlüssel</translation>
    </message>
    <message>
        <source>The key of one of the application&apos;s trust anchors signs the device certificate.</source>
        <translation>Der Schlüssel eines der Vertrauensanker der Anwendung signiert das Gerätezertifikat.</translation>
    </message>
    <message>
        <source>CA &amp;key file:</source>
        <translation>CA-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
</context>
<context>
    <name>EnrollOutputPage</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;PEM files: key and certificate</source>
        <translation>&amp;PEM-Dateien: Schlüssel und Zertifikat</translation>
    </message>
    <message>
        <source>PKCS#&amp;12 file (key, certificate and anchor)</source>
        <translation>PKCS#&amp;12-Datei (Schlüssel, Zertifikat und Anker)</translation>
    </message>
    <message>
        <source>PKCS#12 pa&amp;ssphrase:</source>
        <translation>PKCS#12-Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;DER file: the certificate DER-encoded, for a board that takes DER</source>
        <translation>&amp;DER-Datei: das Zertifikat DER-kodiert, für ein Board, das DER erwartet</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Edit Labels</source>
        <translation>Labels bearbeiten</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drogue Workbench</source>
        <translation>Drogue Workbench</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Filter by name, alias or label…</source>
        <translation>Nach Name, Alias oder Label filtern…</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The application name is empty.</source>
        <translation>Der Anwendungsname ist leer.</translation>
    </message>
    <message>
        <source>The application name &apos;%1&apos; is longer than 63 characters.</source>
        <translation>Der Anwendungsname „%1“ ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>The application name &apos;%1&apos; is not valid: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>Der Anwendungsname „%1“ ist ungültig: Verwenden Sie Kleinbuchstaben, Ziffern und „-“, beginnend und endend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The device name is empty.</source>
        <translation>Der Gerätename ist leer.</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; must not contain &apos;/&apos;.</source>
        <translation>Der Gerätename „%1“ darf kein „/“ enthalten.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>memory of this session only</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>SecretStores</name>
    <message>
        <source>The secret is kept for this session only.</source>
        <translation>Das Geheimnis wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The secret is kept in %1, readable only by you (plain text).</source>
        <translation>Das Geheimnis wird in %1 abgelegt, nur für Sie lesbar (Klartext).</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Das Geheimnis nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Store it in a file readable only by me (plain text on disk)</source>
        <translation>In einer nur für mich lesbaren Datei speichern (Klartext auf der Festplatte)</translation>
    </message>
    <message>
        <source>No Key Store</source>
        <translation>Kein Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Where should the secret be kept?</source>
        <translation>Wo soll das Geheimnis aufbewahrt werden?</translation>
    </message>
    <message>
        <source>Store Secrets in a File</source>
        <translation>Geheimnisse in einer Datei speichern</translation>
    </message>
    <message>
        <source>The secrets will be written in plain text to
%1
(mode 0600: readable only by you, but by any program you run, and in backups of your home folder).</source>
        <translation>Die Geheimnisse werden im Klartext geschrieben nach
%1
(Modus 0600: nur für Sie lesbar, aber auch für jedes Programm, das Sie ausführen, und in Sicherungen Ihres Home-Ordners).</translation>
    </message>
    <message>
        <source>Store in File</source>
        <translation>In Datei speichern</translation>
    </message>
    <message>
        <source>Cancelled: the secret was not stored.</source>
        <translation>Abgebrochen: Das Geheimnis wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>dwb</name>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation>Der Server hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>check the user and token, or log in again.</source>
        <translation>prüfen Sie Benutzer und Token oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>the application or device does not exist.</source>
        <translation>die Anwendung oder das Gerät existiert nicht.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>the name is taken or the object was changed meanwhile.</source>
        <translation>der Name ist vergeben oder das Objekt wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>the request was not accepted (HTTP %1).</source>
        <translation>die Anfrage wurde nicht angenommen (HTTP %1).</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1); try again later.</source>
        <translation>der Server ist fehlgeschlagen (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>the server answered with HTTP %1.</source>
        <translation>der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>drg&apos;s configuration</source>
        <translation>Konfiguration von drg</translation>
    </message>
    <message>
        <source>%1 is not a drg configuration file: %2</source>
        <translation>%1 ist keine drg-Konfigurationsdatei: %2</translation>
    </message>
    <message>
        <source>it is not a YAML mapping.</source>
        <translation>sie ist keine YAML-Zuordnung.</translation>
    </message>
    <message>
        <source>it has no &apos;contexts&apos; list.</source>
        <translation>sie hat keine „contexts“-Liste.</translation>
    </message>
    <message>
        <source>a context is not a mapping.</source>
        <translation>ein Kontext ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>a context has no name.</source>
        <translation>ein Kontext hat keinen Namen.</translation>
    </message>
    <message>
        <source>the context &apos;%1&apos; has no valid drogue_cloud_url.</source>
        <translation>der Kontext „%1“ hat keine gültige drogue_cloud_url.</translation>
    </message>
    <message>
        <source>the context &apos;%1&apos; has an empty access_token.</source>
        <translation>der Kontext „%1“ hat ein leeres access_token.</translation>
    </message>
    <message>
        <source>the context &apos;%1&apos; has an access token without id or token.</source>
        <translation>der Kontext „%1“ hat ein Zugriffstoken ohne ID oder Token.</translation>
    </message>
    <message>
        <source>the token of the context &apos;%1&apos; is neither an access token nor an OAuth token.</source>
        <translation>das Token des Kontexts „%1“ ist weder ein Zugriffstoken noch ein OAuth-Token.</translation>
    </message>
    <message>
        <source>the token of the context &apos;%1&apos; is not a mapping.</source>
        <translation>das Token des Kontexts „%1“ ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>it is not valid YAML.</source>
        <translation>sie ist kein gültiges YAML.</translation>
    </message>
    <message>
        <source>There is no drg configuration file at %1.</source>
        <translation>Unter %1 gibt es keine drg-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>No system key store is available (no Secret Service or KWallet answers on D-Bus). Secrets can be kept for this session only, or, after an explicit choice, in a file readable only by you (plain text on disk).</source>
        <translation>Kein Systemschlüsselspeicher verfügbar (weder Secret Service noch KWallet antworten über D-Bus). Geheimnisse können nur für diese Sitzung behalten werden oder, nach ausdrücklicher Wahl, in einer nur für Sie lesbaren Datei (Klartext auf der Festplatte).</translation>
    </message>
    <message>
        <source>%1 is encrypted: a passphrase is needed.</source>
        <translation>%1 ist verschlüsselt: Eine Passphrase wird benötigt.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>Die Passphrase öffnet %1 nicht.</translation>
    </message>
    <message>
        <source>A PEM block starts but its header line is cut short.</source>
        <translation>Ein PEM-Block beginnt, aber seine Kopfzeile ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; has no END line: the file is cut short.</source>
        <translation>Der PEM-Block „%1“ hat keine END-Zeile: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is damaged or cut short.</source>
        <translation>Der PEM-Block „%1“ ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>Der private Schlüssel</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>der private Schlüssel</translation>
    </message>
    <message>
        <source>the PKCS#12 file</source>
        <translation>die PKCS#12-Datei</translation>
    </message>
    <message>
        <source>The PKCS#12 file</source>
        <translation>Die PKCS#12-Datei</translation>
    </message>
    <message>
        <source>The decrypted private key is damaged.</source>
        <translation>Der entschlüsselte private Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>The data looks like DER, but it is cut short (its length runs past the end).</source>
        <translation>Die Daten sehen wie DER aus, sind aber abgeschnitten (die Länge reicht über das Ende hinaus).</translation>
    </message>
    <message>
        <source>The data is empty.</source>
        <translation>Die Daten sind leer.</translation>
    </message>
    <message>
        <source>The data holds no private key.</source>
        <translation>Die Daten enthalten keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The data holds no certificate.</source>
        <translation>Die Daten enthalten kein Zertifikat.</translation>
    </message>
    <message>
        <source>A PKCS#12 file needs a key and its certificate.</source>
        <translation>Eine PKCS#12-Datei benötigt einen Schlüssel und sein Zertifikat.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot create the PKCS#12 file.</source>
        <translation>Die PKCS#12-Datei kann nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot encode the PKCS#12 file.</source>
        <translation>Die PKCS#12-Datei kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>There is no certificate.</source>
        <translation>Es gibt kein Zertifikat.</translation>
    </message>
    <message>
        <source>It is a version %1 certificate; Drogue needs version 3.</source>
        <translation>Es ist ein Zertifikat der Version %1; Drogue benötigt Version 3.</translation>
    </message>
    <message>
        <source>It is not valid yet (valid from %1).</source>
        <translation>Es ist noch nicht gültig (gültig ab %1).</translation>
    </message>
    <message>
        <source>It has expired (valid until %1).</source>
        <translation>Es ist abgelaufen (gültig bis %1).</translation>
    </message>
    <message>
        <source>It is a CA certificate; a device certificate must not be one.</source>
        <translation>Es ist ein CA-Zertifikat; ein Gerätezertifikat darf keines sein.</translation>
    </message>
    <message>
        <source>Its extended key usage does not include client authentication (clientAuth).</source>
        <translation>Seine erweiterte Schlüsselverwendung enthält keine Client-Authentifizierung (clientAuth).</translation>
    </message>
    <message>
        <source>Its key (%1, %2 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>Sein Schlüssel (%1, %2 Bit) wird von Drogue nicht akzeptiert: EC P-256, EC P-384, Ed25519 oder RSA mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>Es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The application has no trust anchor to check against.</source>
        <translation>Die Anwendung hat keinen Vertrauensanker, gegen den geprüft werden kann.</translation>
    </message>
    <message>
        <source>Cannot set up the chain check.</source>
        <translation>Die Kettenprüfung kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as %2 in a certificate name.</source>
        <translation>„%1“ kann nicht als %2 in einem Zertifikatsnamen verwendet werden.</translation>
    </message>
    <message>
        <source>The certificate&apos;s common name (CN) is empty.</source>
        <translation>Der allgemeine Name (CN) des Zertifikats ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; a certificate&apos;s common name (CN) holds at most %3.</source>
        <translation>„%1“ ist %2 Zeichen lang; der allgemeine Name (CN) eines Zertifikats fasst höchstens %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; a certificate&apos;s organizational unit (OU) holds at most %3.</source>
        <translation>„%1“ ist %2 Zeichen lang; die Organisationseinheit (OU) eines Zertifikats fasst höchstens %3.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>No random numbers available.</source>
        <translation>Keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>Cannot set the serial number.</source>
        <translation>Die Seriennummer kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot add the extension %1.</source>
        <translation>Die Erweiterung %1 kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and %1 days (it was %2).</source>
        <translation>Die Gültigkeit muss zwischen 1 und %1 Tagen liegen (sie war %2).</translation>
    </message>
    <message>
        <source>Cannot fill in the certificate.</source>
        <translation>Das Zertifikat kann nicht ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Signing the certificate failed.</source>
        <translation>Das Signieren des Zertifikats ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A trust anchor needs a private key to sign it.</source>
        <translation>Ein Vertrauensanker benötigt einen privaten Schlüssel zum Signieren.</translation>
    </message>
    <message>
        <source>The device certificate needs the device&apos;s key.</source>
        <translation>Das Gerätezertifikat benötigt den Schlüssel des Geräts.</translation>
    </message>
    <message>
        <source>Signing needs the CA certificate and its private key.</source>
        <translation>Das Signieren benötigt das CA-Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a CA certificate (basicConstraints CA:TRUE); it cannot sign devices.</source>
        <translation>Das Zertifikat „%1“ ist kein CA-Zertifikat (basicConstraints CA:TRUE); es kann keine Geräte signieren.</translation>
    </message>
    <message>
        <source>The CA key does not belong to the CA certificate &quot;%1&quot;.</source>
        <translation>Der CA-Schlüssel gehört nicht zum CA-Zertifikat „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot make the files in %1 durable: %2.</source>
        <translation>Die Dateien in %1 können nicht dauerhaft gesichert werden: %2.</translation>
    </message>
    <message>
        <source>The list is not UTF-8 text.</source>
        <translation>Die Liste ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The CSV list has no header line.</source>
        <translation>Die CSV-Liste hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The CSV header has no &apos;name&apos; column.</source>
        <translation>Die CSV-Kopfzeile hat keine Spalte „name“.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The line has %1 fields, the header %2 (quote fields that contain commas).</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile %2 (setzen Sie Felder mit Kommas in Anführungszeichen).</translation>
    </message>
    <message>
        <source>The label &apos;%1&apos; is not of the form key=value.</source>
        <translation>Das Label „%1“ hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; a certificate&apos;s common name (CN) holds at most %3.</source>
        <translation>„%1“ ist %2 Zeichen lang; der allgemeine Name (CN) eines Zertifikats fasst höchstens %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (first on line %2).</source>
        <translation>„%1“ ist doppelt aufgeführt (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would use the same file names as the device on line %2.</source>
        <translation>„%1“ würde dieselben Dateinamen wie das Gerät in Zeile %2 verwenden.</translation>
    </message>
    <message>
        <source>The list names no device.</source>
        <translation>Die Liste nennt kein Gerät.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation>%1 enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The key written to %1 does not read back correctly; nothing was registered.</source>
        <translation>Der nach %1 geschriebene Schlüssel lässt sich nicht korrekt zurücklesen; nichts wurde registriert.</translation>
    </message>
    <message>
        <source>The CA key %1 belongs to an anchor of application &apos;%2&apos; that the server marks as invalid (expired or malformed). Create a new trust anchor.</source>
        <translation>Der CA-Schlüssel %1 gehört zu einem Anker der Anwendung „%2“, den der Server als ungültig markiert (abgelaufen oder fehlerhaft). Legen Sie einen neuen Vertrauensanker an.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchor. Create one first (Registry &gt; Create Trust Anchor…).</source>
        <translation>Die Anwendung „%1“ hat keinen Vertrauensanker. Legen Sie zuerst einen an (Registry &gt; Vertrauensanker anlegen…).</translation>
    </message>
    <message>
        <source>The CA key %1 belongs to none of the %2 trust anchor(s) of application &apos;%3&apos;. Choose the key of one of its anchors.</source>
        <translation>Der CA-Schlüssel %1 gehört zu keinem der %2 Vertrauensanker der Anwendung „%3“. Wählen Sie den Schlüssel eines ihrer Anker.</translation>
    </message>
    <message>
        <source>Could not set up TLS.</source>
        <translation>TLS konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Invalid broker host name.</source>
        <translation>Ungültiger Broker-Hostname.</translation>
    </message>
    <message>
        <source>A device login needs both a certificate and its private key.</source>
        <translation>Eine Geräteanmeldung benötigt ein Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The device certificate cannot be used for TLS.</source>
        <translation>Das Gerätezertifikat kann nicht für TLS verwendet werden.</translation>
    </message>
    <message>
        <source>The device key cannot be used for TLS.</source>
        <translation>Der Geräteschlüssel kann nicht für TLS verwendet werden.</translation>
    </message>
    <message>
        <source>The private key does not belong to the device certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Gerätezertifikat.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 existiert bereits; es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 ist zu groß (%2 Bytes; höchstens %3 werden gelesen).</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 bytes are read).</source>
        <translation>%1 ist zu groß (höchstens %2 Bytes werden gelesen).</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Fehlendes Argument.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>Enroll a list of devices (keys, certificates, registry)</source>
        <translation>Eine Liste von Geräten registrieren (Schlüssel, Zertifikate, Registry)</translation>
    </message>
    <message>
        <source>Publish a message as a device (--verify: prove it arrives)</source>
        <translation>Eine Nachricht als Gerät veröffentlichen (--verify: Ankunft nachweisen)</translation>
    </message>
    <message>
        <source>Print an application&apos;s events as they arrive</source>
        <translation>Die Ereignisse einer Anwendung bei Ankunft ausgeben</translation>
    </message>
    <message>
        <source>Create an application&apos;s trust anchor (CA key + certificate)</source>
        <translation>Den Vertrauensanker einer Anwendung anlegen (CA-Schlüssel + Zertifikat)</translation>
    </message>
    <message>
        <source>List the saved contexts</source>
        <translation>Die gespeicherten Kontexte auflisten</translation>
    </message>
    <message>
        <source>Show a context (never its secret)</source>
        <translation>Einen Kontext anzeigen (nie sein Geheimnis)</translation>
    </message>
    <message>
        <source>Make a context the default</source>
        <translation>Einen Kontext zum Standardkontext machen</translation>
    </message>
    <message>
        <source>Delete a context and its secret</source>
        <translation>Einen Kontext und sein Geheimnis löschen</translation>
    </message>
    <message>
        <source>Set the default key algorithm of a context</source>
        <translation>Den Standard-Schlüsselalgorithmus eines Kontexts festlegen</translation>
    </message>
    <message>
        <source>Set the default application of a context</source>
        <translation>Die Standardanwendung eines Kontexts festlegen</translation>
    </message>
    <message>
        <source>Import drg&apos;s contexts and move its tokens into the key store</source>
        <translation>Die Kontexte von drg importieren und ihre Tokens in den Schlüsselspeicher verschieben</translation>
    </message>
    <message>
        <source>Sign in (browser, or an access token) and save a context</source>
        <translation>Anmelden (Browser oder Zugriffstoken) und einen Kontext speichern</translation>
    </message>
    <message>
        <source>%1 asks for a key derivation far costlier than any real file (%2); it is refused.</source>
        <translation>%1 verlangt eine Schlüsselableitung, die weit aufwendiger ist als bei jeder echten Datei (%2); sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>PBKDF2 with more than %L1 iterations</source>
        <translation>PBKDF2 mit mehr als %L1 Iterationen</translation>
    </message>
    <message>
        <source>scrypt with N*r*p above %L1</source>
        <translation>scrypt mit N*r*p über %L1</translation>
    </message>
    <message>
        <source>more than %L1 iterations</source>
        <translation>mehr als %L1 Iterationen</translation>
    </message>
    <message>
        <source>a MAC with more than %L1 iterations</source>
        <translation>ein MAC mit mehr als %L1 Iterationen</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not sent, registration stopped: %1 Their keys and certificates are written; run the same command again to finish.</source>
        <translation>
            <numerusform>%n Gerät nicht gesendet, Registrierung angehalten: %1 Schlüssel und Zertifikat sind geschrieben; führen Sie denselben Befehl erneut aus, um abzuschließen.</numerusform>
            <numerusform>%n Geräte nicht gesendet, Registrierung angehalten: %1 Ihre Schlüssel und Zertifikate sind geschrieben; führen Sie denselben Befehl erneut aus, um abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a device certificate with the app&apos;s CA key, or register one</source>
        <translation>Ein Gerätezertifikat mit dem CA-Schlüssel der Anwendung ausstellen oder ein vorhandenes registrieren</translation>
    </message>
    <message>
        <source>%1 (the file uses %2)</source>
        <translation>%1 (die Datei verwendet %2)</translation>
    </message>
    <message>
        <source>%1 is protected with an algorithm that this build of OpenSSL cannot use.</source>
        <translation>%1 ist mit einem Algorithmus geschützt, den dieser OpenSSL-Build nicht verwenden kann.</translation>
    </message>
    <message>
        <source>%1 is protected with an algorithm that this build of OpenSSL cannot use: %2.</source>
        <translation>%1 ist mit einem Algorithmus geschützt, den dieser OpenSSL-Build nicht verwenden kann: %2.</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s legacy provider, which has the older algorithms (RC2, DES), could not be loaded: install the Debian package libssl3 (ossl-modules/legacy.so).</source>
        <translation>Der Legacy-Provider von OpenSSL, der die älteren Algorithmen (RC2, DES) enthält, konnte nicht geladen werden: Installieren Sie das Debian-Paket libssl3 (ossl-modules/legacy.so).</translation>
    </message>
    <message>
        <source>Choose the device certificate to register.</source>
        <translation>Wählen Sie das zu registrierende Gerätezertifikat.</translation>
    </message>
    <message>
        <source>Drogue Cloud would refuse &apos;%1&apos; as a device certificate: %2</source>
        <translation>Drogue Cloud würde „%1“ als Gerätezertifikat ablehnen: %2</translation>
    </message>
    <message>
        <source>The device key does not belong to the certificate &apos;%1&apos;.</source>
        <translation>Der Geräteschlüssel gehört nicht zum Zertifikat „%1“.</translation>
    </message>
    <message>
        <source>The CA key %1 does not belong to trust anchor #%2 (%3), under which &apos;%4&apos; was issued.</source>
        <translation>Der CA-Schlüssel %1 gehört nicht zum Vertrauensanker #%2 (%3), unter dem „%4“ ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>Validity now</source>
        <translation>Aktuelle Gültigkeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Version and CA</source>
        <translation>Version und CA</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchor: register the CA that issued &apos;%2&apos; first.</source>
        <translation>Die Anwendung „%1“ hat keinen Vertrauensanker: Registrieren Sie zuerst die CA, die „%2“ ausgestellt hat.</translation>
    </message>
    <message>
        <source>anchor #%1 cannot be read</source>
        <translation>Anker #%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>anchor #%1 (%2) is marked invalid by the server</source>
        <translation>Anker #%1 (%2) ist vom Server als ungültig markiert</translation>
    </message>
    <message>
        <source>anchor #%1 (%2): %3</source>
        <translation>Anker #%1 (%2): %3</translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; (issuer &apos;%2&apos;) was not issued under a trust anchor of application &apos;%3&apos;: %4.</source>
        <translation>Das Zertifikat „%1“ (Aussteller „%2“) wurde nicht unter einem Vertrauensanker der Anwendung „%3“ ausgestellt: %4.</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>Es wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 (%3).</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2 (%3).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>eine Datei steht im Weg</translation>
    </message>
    <message>
        <source>This needs a server: give --sandbox DIR, --url URL --token USER:TOKEN or --context NAME (or make a context the default), or use --offline.</source>
        <translation>Dies benötigt einen Server: Geben Sie --sandbox DIR, --url URL --token USER:TOKEN oder --context NAME an (oder legen Sie einen Standardkontext fest), oder verwenden Sie --offline.</translation>
    </message>
    <message>
        <source>Show certificates, keys and certificate requests in any format</source>
        <translation>Zertifikate, Schlüssel und Zertifikatsanforderungen in jedem Format anzeigen</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Eine Anwendung anlegen</translation>
    </message>
    <message>
        <source>Create a device (--cert: named by its certificate subject)</source>
        <translation>Ein Gerät anlegen (--cert: benannt nach dem Subjekt seines Zertifikats)</translation>
    </message>
    <message>
        <source>Delete an application with its devices</source>
        <translation>Eine Anwendung mit ihren Geräten löschen</translation>
    </message>
    <message>
        <source>Delete a device</source>
        <translation>Ein Gerät löschen</translation>
    </message>
    <message>
        <source>List the applications</source>
        <translation>Die Anwendungen auflisten</translation>
    </message>
    <message>
        <source>List the devices of an application</source>
        <translation>Die Geräte einer Anwendung auflisten</translation>
    </message>
    <message>
        <source>List an application&apos;s trust anchors</source>
        <translation>Die Vertrauensanker einer Anwendung auflisten</translation>
    </message>
    <message>
        <source>Remove a trust anchor from an application</source>
        <translation>Einen Vertrauensanker aus einer Anwendung entfernen</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>usage: dwb COMMAND [OPTIONS]  (dwb --help lists the commands)</source>
        <translation>Aufruf: dwb COMMAND [OPTIONS]  (dwb --help listet die Befehle auf)</translation>
    </message>
    <message>
        <source>The system key store is locked: the secrets in it cannot be read or added until it is unlocked. Unlock it (log in to the desktop again, or unlock the “Login” keyring in your password manager), then try again.</source>
        <translation>Der Systemschlüsselspeicher ist gesperrt: Die Geheimnisse darin können erst gelesen oder hinzugefügt werden, wenn er entsperrt ist. Entsperren Sie ihn (melden Sie sich erneut am Desktop an oder entsperren Sie den Schlüsselbund „Login“ in Ihrer Passwortverwaltung) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The data is not a certificate, key, certificate request, PKCS#7 or PKCS#12 in any format the workbench knows (PEM or DER).</source>
        <translation>Die Daten sind kein Zertifikat, kein Schlüssel, keine Zertifikatsanforderung und kein PKCS#7 oder PKCS#12 in einem der Workbench bekannten Format (PEM oder DER).</translation>
    </message>
    <message>
        <source>The PEM text holds no certificate, key, certificate request or PKCS#7 block.</source>
        <translation>Der PEM-Text enthält keinen Zertifikats-, Schlüssel-, Zertifikatsanforderungs- oder PKCS#7-Block.</translation>
    </message>
    <message>
        <source>The key (%1, %2 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>Der Schlüssel (%1, %2 Bit) wird von Drogue nicht akzeptiert: EC P-256, EC P-384, Ed25519 oder RSA mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>The key in %1 (%2, %3 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>Der Schlüssel in %1 (%2, %3 Bit) wird von Drogue nicht akzeptiert: EC P-256, EC P-384, Ed25519 oder RSA mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>Cannot copy the subject alternative names.</source>
        <translation>Die alternativen Subjektnamen können nicht kopiert werden.</translation>
    </message>
    <message>
        <source>There is no certificate request to sign.</source>
        <translation>Es gibt keine Zertifikatsanforderung zum Signieren.</translation>
    </message>
    <message>
        <source>The request is refused, nothing was signed: %1</source>
        <translation>Die Anforderung wird abgelehnt, nichts wurde signiert: %1</translation>
    </message>
    <message>
        <source>There is no certificate request.</source>
        <translation>Es gibt keine Zertifikatsanforderung.</translation>
    </message>
    <message>
        <source>Its signature does not verify with its own key: it does not prove that the board holds the key (the request was changed or damaged on the way).</source>
        <translation>Ihre Signatur lässt sich mit ihrem eigenen Schlüssel nicht verifizieren: Sie beweist nicht, dass das Board den Schlüssel besitzt (die Anforderung wurde unterwegs verändert oder beschädigt).</translation>
    </message>
    <message>
        <source>It has no subject: make the request again with at least a common name (CN).</source>
        <translation>Sie hat kein Subjekt: Erstellen Sie die Anforderung erneut mit mindestens einem allgemeinen Namen (CN).</translation>
    </message>
    <message>
        <source>Cancelled while generating the key: nothing was written or registered.</source>
        <translation>Während der Schlüsselerzeugung abgebrochen: Nichts wurde geschrieben oder registriert.</translation>
    </message>
    <message>
        <source>The CA key %1 belongs to no CA certificate in %2: refusing to sign with it.</source>
        <translation>Der CA-Schlüssel %1 gehört zu keinem CA-Zertifikat in %2: Es wird nicht damit signiert.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 holds no certificate request (*.csr, *.req, *.pem, *.der, *.txt).</source>
        <translation>Der Ordner %1 enthält keine Zertifikatsanforderung (*.csr, *.req, *.pem, *.der, *.txt).</translation>
    </message>
    <message>
        <source>the request has no common name (CN) to name the device: name the devices after their files instead (dwb: --name-from file).</source>
        <translation>die Anforderung hat keinen allgemeinen Namen (CN), nach dem das Gerät benannt werden kann: Benennen Sie die Geräte stattdessen nach ihren Dateien (dwb: --name-from file).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a device name: %2</source>
        <translation>„%1“ kann kein Gerätename sein: %2</translation>
    </message>
    <message>
        <source>the device name &apos;%1&apos; is also that of %2: each board needs a name of its own.</source>
        <translation>der Gerätename „%1“ ist auch der von %2: Jedes Board braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>List the certificates in the ledger, with their expiry</source>
        <translation>Zertifikate im Journal mit ihrem Ablaufdatum auflisten</translation>
    </message>
    <message>
        <source>Back up an application&apos;s trust anchor (CA key + certificate) into a PKCS#12 file with a passphrase</source>
        <translation>Vertrauensanker einer Anwendung (CA-Schlüssel + Zertifikat) in einer PKCS#12-Datei mit Passphrase sichern</translation>
    </message>
    <message>
        <source>Restore a trust anchor&apos;s CA key from its PKCS#12 backup</source>
        <translation>CA-Schlüssel eines Vertrauensankers aus seiner PKCS#12-Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Record certificates made before the ledger existed</source>
        <translation>Zertifikate erfassen, die vor dem Journal erstellt wurden</translation>
    </message>
    <message>
        <source>%1 exists already: it is not overwritten.</source>
        <translation>%1 existiert bereits und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>1 device certificate</source>
        <translation>1 Gerätezertifikat</translation>
    </message>
    <message>
        <source>%1 device certificates</source>
        <translation>%1 Gerätezertifikate</translation>
    </message>
    <message>
        <source>the trust anchor of %1</source>
        <translation>der Vertrauensanker von %1</translation>
    </message>
    <message>
        <source>the trust anchors of %1</source>
        <translation>die Vertrauensanker von %1</translation>
    </message>
    <message>
        <source>%1 trust anchors of %2</source>
        <translation>%1 Vertrauensanker von %2</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>expires in 1 day</source>
        <translation>läuft in 1 Tag ab</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>vor 1 Tag abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>larger than 4 MiB: not a certificate file</source>
        <translation>größer als 4 MiB: keine Zertifikatsdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>encrypted (a key or PKCS#12 file): not read</source>
        <translation>verschlüsselt (Schlüssel- oder PKCS#12-Datei): nicht gelesen</translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>a certificate request</source>
        <translation>eine Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>%1 Nothing was registered.</source>
        <translation>%1 Es wurde nichts registriert.</translation>
    </message>
    <message>
        <source>%1 Nothing was registered; the files written stay: %2.</source>
        <translation>%1 Es wurde nichts registriert; die geschriebenen Dateien bleiben erhalten: %2.</translation>
    </message>
    <message>
        <source>Send a command to a device</source>
        <translation>Befehl an ein Gerät senden</translation>
    </message>
    <message>
        <source>Write a device&apos;s credentials for its firmware</source>
        <translation>Zugangsdaten eines Geräts für seine Firmware schreiben</translation>
    </message>
    <message>
        <source>Renew devices&apos; certificates (same or new key, same subject)</source>
        <translation>Zertifikate von Geräten erneuern (gleicher oder neuer Schlüssel, gleicher Subject)</translation>
    </message>
    <message>
        <source>No initialised token found.</source>
        <translation>Kein initialisiertes Token gefunden.</translation>
    </message>
    <message>
        <source>List PKCS#11 tokens and their keys</source>
        <translation>PKCS#11-Token und ihre Schlüssel auflisten</translation>
    </message>
    <message>
        <source>Cannot add the SHA-1 MAC to the PKCS#12 file.</source>
        <translation>Der SHA-1-MAC kann der PKCS#12-Datei nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>Es wurde kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <source>The validity must be at least one day.</source>
        <translation>Die Gültigkeit muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>PKCS#12 files need a passphrase.</source>
        <translation>PKCS#12-Dateien benötigen eine Passphrase.</translation>
    </message>
    <message>
        <source>Online enrollment needs a connection to the registry.</source>
        <translation>Die Online-Registrierung benötigt eine Verbindung zur Registry.</translation>
    </message>
    <message>
        <source>Offline enrollment needs the CA certificate (--ca-cert).</source>
        <translation>Die Offline-Registrierung benötigt das CA-Zertifikat (--ca-cert).</translation>
    </message>
    <message>
        <source>Boards that keep their key get certificates only: a PKCS#12 file would need the key.</source>
        <translation>Boards, die ihren Schlüssel behalten, erhalten nur Zertifikate: Eine PKCS#12-Datei bräuchte den Schlüssel.</translation>
    </message>
    <message>
        <source>DER certificates are written for a folder of certificate requests (--csr-dir).</source>
        <translation>Für einen Ordner mit Zertifikatsanforderungen (--csr-dir) werden DER-Zertifikate geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The requests in %1 have %n problem(s); nothing was signed.</source>
        <translation>
            <numerusform>Die Anforderungen in %1 haben %n Problem; nichts wurde signiert.</numerusform>
            <numerusform>Die Anforderungen in %1 haben %n Probleme; nichts wurde signiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device list %1 has %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>Die Geräteliste %1 hat %n Problem; nichts wurde geschrieben.</numerusform>
            <numerusform>Die Geräteliste %1 hat %n Probleme; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not make the certificate request.</source>
        <translation>Die Zertifikatsanforderung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Name the devices to renew, or choose all or those expiring.</source>
        <translation>Geben Sie die zu erneuernden Geräte an oder wählen Sie alle bzw. die ablaufenden.</translation>
    </message>
    <message>
        <source>New keys need an output folder.</source>
        <translation>Neue Schlüssel benötigen einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The ledger holds no certificate of this device in application &apos;%1&apos;.</source>
        <translation>Das Journal enthält kein Zertifikat dieses Geräts in der Anwendung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Its certificate file is not at hand (the ledger lists: %1), so its subject cannot be kept.</source>
        <translation>Seine Zertifikatsdatei ist nicht verfügbar (das Journal verzeichnet: %1), daher kann sein Subject nicht beibehalten werden.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>keine Dateien</translation>
    </message>
    <message>
        <source>Its key algorithm (%1) is not one the workbench makes.</source>
        <translation>Sein Schlüsselalgorithmus (%1) wird von der Workbench nicht erzeugt.</translation>
    </message>
    <message>
        <source>Its key file %1 is protected by a passphrase; renew it with a new key (--new-key).</source>
        <translation>Seine Schlüsseldatei %1 ist durch eine Passphrase geschützt; erneuern Sie es mit einem neuen Schlüssel (--new-key).</translation>
    </message>
    <message>
        <source>Its key file is not at hand (the ledger lists: %1); renew it with a new key (--new-key), or give it the key file back.</source>
        <translation>Seine Schlüsseldatei ist nicht verfügbar (das Journal verzeichnet: %1); erneuern Sie es mit einem neuen Schlüssel (--new-key) oder stellen Sie die Schlüsseldatei wieder bereit.</translation>
    </message>
    <message>
        <source>Choose the folder the package is written to.</source>
        <translation>Wählen Sie den Ordner, in den das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>The %1 format needs a passphrase.</source>
        <translation>Das Format %1 benötigt eine Passphrase.</translation>
    </message>
    <message>
        <source>%1: a &apos;%&apos; must be followed by two hex digits.</source>
        <translation>%1: Auf ein &apos;%&apos; müssen zwei Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>%1 names no key: give object= (and id=).</source>
        <translation>%1 nennt keinen Schlüssel: Geben Sie object= (und id=) an.</translation>
    </message>
    <message>
        <source>No token matches %1 (module %2).</source>
        <translation>Kein Token entspricht %1 (Modul %2).</translation>
    </message>
    <message>
        <source>Cannot open a read-write session on token &apos;%1&apos;.</source>
        <translation>Auf Token &apos;%1&apos; kann keine Lese-/Schreibsitzung geöffnet werden.</translation>
    </message>
    <message>
        <source>The token &apos;%1&apos; refused the PIN (not retried). Token state: %2.</source>
        <translation>Das Token &apos;%1&apos; hat die PIN abgelehnt (kein erneuter Versuch). Token-Status: %2.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; already has a key &apos;%2&apos;.</source>
        <translation>Token &apos;%1&apos; hat bereits einen Schlüssel &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; already has a key with that id.</source>
        <translation>Token &apos;%1&apos; hat bereits einen Schlüssel mit dieser ID.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; could not make the %2 key pair (PKCS#11 error 0x%3).</source>
        <translation>Token &apos;%1&apos; konnte das %2-Schlüsselpaar nicht erzeugen (PKCS#11-Fehler 0x%3).</translation>
    </message>
    <message>
        <source>token &quot;%1&quot; (%2, %3, serial %4): %5</source>
        <translation>Token &quot;%1&quot; (%2, %3, Seriennummer %4): %5</translation>
    </message>
    <message>
        <source>  %1 %2 key &quot;%3&quot; id %4</source>
        <translation>  %1 %2 Schlüssel &quot;%3&quot; ID %4</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>, sensitive: %1, extractable: %2</source>
        <translation>, sensitiv: %1, extrahierbar: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  (private keys are listed with a PIN: --pin-file or DWB_PKCS11_PIN)</source>
        <translation>  (private Schlüssel werden mit einer PIN aufgelistet: --pin-file oder DWB_PKCS11_PIN)</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module %1.</source>
        <translation>Das PKCS#11-Modul %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 lists no slots.</source>
        <translation>Das PKCS#11-Modul %1 listet keine Slots auf.</translation>
    </message>
    <message>
        <source>Cannot read the PIN file %1.</source>
        <translation>Die PIN-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The token &apos;%1&apos; needs its user PIN: give --pin-file or DWB_PKCS11_PIN.</source>
        <translation>Das Token &apos;%1&apos; benötigt seine Benutzer-PIN: Geben Sie --pin-file oder DWB_PKCS11_PIN an.</translation>
    </message>
    <message>
        <source>user PIN count low (a wrong PIN was entered)</source>
        <translation>wenige Benutzer-PIN-Versuche übrig (eine falsche PIN wurde eingegeben)</translation>
    </message>
    <message>
        <source>final try (one more wrong PIN locks it)</source>
        <translation>letzter Versuch (eine weitere falsche PIN sperrt es)</translation>
    </message>
    <message>
        <source>user PIN locked</source>
        <translation>Benutzer-PIN gesperrt</translation>
    </message>
    <message>
        <source>no PIN warnings</source>
        <translation>keine PIN-Warnungen</translation>
    </message>
    <message>
        <source>%1 names no key: give object= or id=.</source>
        <translation>%1 nennt keinen Schlüssel: Geben Sie object= oder id= an.</translation>
    </message>
    <message>
        <source>The user PIN of token &apos;%1&apos; is locked.</source>
        <translation>Die Benutzer-PIN von Token &apos;%1&apos; ist gesperrt.</translation>
    </message>
    <message>
        <source>Cannot list the keys of token &apos;%1&apos;.</source>
        <translation>Die Schlüssel von Token &apos;%1&apos; können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The key %1 on token &apos;%2&apos; cannot sign here.</source>
        <translation>Der Schlüssel %1 auf Token &apos;%2&apos; kann hier nicht signieren.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; has no private key %2.</source>
        <translation>Token &apos;%1&apos; hat keinen privaten Schlüssel %2.</translation>
    </message>
    <message>
        <source>The trust anchor &quot;%1&quot; expired on %2: a certificate it signs would not be accepted. Create a new anchor (Rotate Trust Anchor…, or dwb trust create) and use its key.</source>
        <translation>Der Vertrauensanker „%1“ ist am %2 abgelaufen: Ein von ihm signiertes Zertifikat würde nicht akzeptiert. Erstellen Sie einen neuen Anker (Vertrauensanker austauschen… oder dwb trust create) und verwenden Sie dessen Schlüssel.</translation>
    </message>
    <message>
        <source>key type 0x%1</source>
        <translation>Schlüsseltyp 0x%1</translation>
    </message>
    <message>
        <source>Cannot open a session on token &apos;%1&apos;.</source>
        <translation>Auf Token &apos;%1&apos; kann keine Sitzung geöffnet werden.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; has no public key object beside the Ed25519 key %2 (the same CKA_ID or CKA_LABEL): the public key is read from it.</source>
        <translation>Token &apos;%1&apos; hat neben dem Ed25519-Schlüssel %2 kein Objekt mit dem öffentlichen Schlüssel (gleiche CKA_ID oder gleiches CKA_LABEL): Aus ihm wird der öffentliche Schlüssel gelesen.</translation>
    </message>
    <message>
        <source>The key %1 on token &apos;%2&apos; is an Ed448 key; Drogue takes Ed25519, ECDSA or RSA keys.</source>
        <translation>Der Schlüssel %1 auf Token &apos;%2&apos; ist ein Ed448-Schlüssel; Drogue nimmt Ed25519-, ECDSA- oder RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>The public key beside the Ed25519 key %1 on token &apos;%2&apos; is not an Ed25519 point.</source>
        <translation>Der öffentliche Schlüssel neben dem Ed25519-Schlüssel %1 auf Token &apos;%2&apos; ist kein Ed25519-Punkt.</translation>
    </message>
    <message>
        <source>The Ed25519 key on the token has no public key.</source>
        <translation>Der Ed25519-Schlüssel auf dem Token hat keinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>OpenSSL does not take the workbench&apos;s token provider.</source>
        <translation>OpenSSL nimmt den Token-Provider der Workbench nicht an.</translation>
    </message>
    <message>
        <source>Cannot make an OpenSSL key of the Ed25519 key on the token.</source>
        <translation>Aus dem Ed25519-Schlüssel auf dem Token lässt sich kein OpenSSL-Schlüssel machen.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; holds RSA or ECDSA keys (&apos;%2&apos;), which libp11 0.4.12 reads no more once an Ed25519 key is beside them: make the Ed25519 key on a token of its own, or choose ECDSA or RSA.</source>
        <translation>Token &apos;%1&apos; enthält RSA- oder ECDSA-Schlüssel (&apos;%2&apos;), die libp11 0.4.12 nicht mehr liest, sobald ein Ed25519-Schlüssel daneben liegt: Erzeugen Sie den Ed25519-Schlüssel auf einem eigenen Token, oder wählen Sie ECDSA oder RSA.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; holds a key of another type (&apos;%2&apos;, %3), and libp11 0.4.12 then reads no RSA or ECDSA key of it: make this key on another token, or choose Ed25519.</source>
        <translation>Token &apos;%1&apos; enthält einen Schlüssel anderen Typs (&apos;%2&apos;, %3), und libp11 0.4.12 liest dann keinen RSA- oder ECDSA-Schlüssel davon: Erzeugen Sie diesen Schlüssel auf einem anderen Token, oder wählen Sie Ed25519.</translation>
    </message>
    <message>
        <source>The key %1 on token &apos;%2&apos; cannot sign here: %3</source>
        <translation>Der Schlüssel %1 auf Token &apos;%2&apos; kann hier nicht signieren: %3</translation>
    </message>
    <message>
        <source>libp11 0.4.12 reads no RSA or ECDSA key of a token that also holds a key of another type (&apos;%1&apos;, %2). Keep RSA and ECDSA keys on a token without such keys, or use an Ed25519 key.</source>
        <translation>libp11 0.4.12 liest keinen RSA- oder ECDSA-Schlüssel eines Tokens, das auch einen Schlüssel anderen Typs enthält (&apos;%1&apos;, %2). Bewahren Sie RSA- und ECDSA-Schlüssel auf einem Token ohne solche Schlüssel auf, oder verwenden Sie einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>the workbench signs with Ed25519, ECDSA and RSA keys; this is %1.</source>
        <translation>die Workbench signiert mit Ed25519-, ECDSA- und RSA-Schlüsseln; dies ist %1.</translation>
    </message>
</context>
<context>
    <name>dwb::AnchorBackup</name>
    <message>
        <source>A backup of a CA key needs a passphrase: an empty one is refused.</source>
        <translation>Die Sicherung eines CA-Schlüssels erfordert eine Passphrase: Eine leere wird abgelehnt.</translation>
    </message>
    <message>
        <source>Choose the file the backup is written to.</source>
        <translation>Wählen Sie die Datei, in die die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a CA certificate: it is no trust anchor.</source>
        <translation>Das Zertifikat „%1“ ist kein CA-Zertifikat und damit kein Vertrauensanker.</translation>
    </message>
    <message>
        <source>The CA key does not belong to the trust anchor &quot;%1&quot;.</source>
        <translation>Der CA-Schlüssel gehört nicht zum Vertrauensanker „%1“.</translation>
    </message>
    <message>
        <source>The PKCS#12 file made for the backup does not read back.</source>
        <translation>Die für die Sicherung erstellte PKCS#12-Datei lässt sich nicht wieder einlesen.</translation>
    </message>
    <message>
        <source>%1 needs its passphrase.</source>
        <translation>%1 erfordert die zugehörige Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>Die Passphrase öffnet %1 nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a backup: %2</source>
        <translation>%1 kann nicht als Sicherung gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file (it is %2): a backup is one.</source>
        <translation>%1 ist keine PKCS#12-Datei (sondern %2): Eine Sicherung ist eine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>%1 holds no private key: there is nothing to restore.</source>
        <translation>%1 enthält keinen privaten Schlüssel: Es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 holds no certificate: the key cannot be checked against its anchor.</source>
        <translation>%1 enthält kein Zertifikat: Der Schlüssel kann nicht mit seinem Anker abgeglichen werden.</translation>
    </message>
    <message>
        <source>The key in %1 does not belong to its certificate &quot;%2&quot;: refusing to restore it.</source>
        <translation>Der Schlüssel in %1 gehört nicht zu seinem Zertifikat „%2“: Wiederherstellung abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is not a CA certificate: the file is no trust anchor backup.</source>
        <translation>Das Zertifikat „%1“ in %2 ist kein CA-Zertifikat: Die Datei ist keine Sicherung eines Vertrauensankers.</translation>
    </message>
    <message>
        <source>Choose the file the CA key is written to.</source>
        <translation>Wählen Sie die Datei, in die der CA-Schlüssel geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>dwb::AnchorJob</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Generating the %1 key…</source>
        <translation>Erzeuge den %1-Schlüssel…</translation>
    </message>
    <message>
        <source>Preparing the anchor certificate…</source>
        <translation>Bereite das Ankerzertifikat vor…</translation>
    </message>
    <message>
        <source>Generating the %1 key… (%2 candidates tried)</source>
        <translation>Erzeuge den %1-Schlüssel… (%2 Kandidaten geprüft)</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for the CA key (nothing is overwritten).</source>
        <translation>%1 existiert bereits: Wählen Sie eine andere Datei für den CA-Schlüssel (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for the anchor certificate.</source>
        <translation>%1 existiert bereits: Wählen Sie eine andere Datei für das Ankerzertifikat.</translation>
    </message>
    <message>
        <source>Choose a file for the new CA key.</source>
        <translation>Wählen Sie eine Datei für den neuen CA-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose the CA key to use.</source>
        <translation>Wählen Sie den zu verwendenden CA-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose the CA certificate to register.</source>
        <translation>Wählen Sie das zu registrierende CA-Zertifikat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CA certificate (basicConstraints CA:TRUE is missing): it cannot be a trust anchor.</source>
        <translation>„%1“ ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt): Es kann kein Vertrauensanker sein.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate &apos;%2&apos;.</source>
        <translation>Der Schlüssel %1 gehört nicht zum Zertifikat „%2“.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation>Abgebrochen: Nichts wurde geschrieben oder registriert.</translation>
    </message>
    <message>
        <source> The CA key is kept at %1.</source>
        <translation> Der CA-Schlüssel liegt in %1.</translation>
    </message>
    <message>
        <source>Cancelled before the anchor was sent: nothing was registered.</source>
        <translation>Abgebrochen, bevor der Anker gesendet wurde: Nichts wurde registriert.</translation>
    </message>
    <message>
        <source>The connection was closed: the anchor was not added.</source>
        <translation>Die Verbindung wurde geschlossen: Der Anker wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding the anchor to application &apos;%1&apos;…</source>
        <translation>Füge den Anker zur Anwendung „%1“ hinzu…</translation>
    </message>
    <message>
        <source>The server did not add the anchor: %1.</source>
        <translation>Der Server hat den Anker nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list the new anchor.</source>
        <translation>Die Antwort des Servers enthält den neuen Anker nicht.</translation>
    </message>
    <message>
        <source>The server stored the anchor but marks it invalid: %1 %2.</source>
        <translation>Der Server hat den Anker gespeichert, markiert ihn aber als ungültig: %1 %2.</translation>
    </message>
    <message>
        <source>The anchor was added, but the ledger could not record it: %1</source>
        <translation>Der Anker wurde hinzugefügt, konnte aber nicht im Journal erfasst werden: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was made or registered.</source>
        <translation>Abgebrochen: Es wurde nichts erzeugt oder registriert.</translation>
    </message>
    <message>
        <source>Cancelled: the key %1 stays on the token; nothing was registered.</source>
        <translation>Abgebrochen: Der Schlüssel %1 bleibt auf dem Token; es wurde nichts registriert.</translation>
    </message>
</context>
<context>
    <name>dwb::AppendFile</name>
    <message>
        <source>The manifest is not open.</source>
        <translation>Das Manifest ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>dwb::BatchEnrollJob</name>
    <message>
        <source>The CA key %1 belongs to none of the %2 trust anchor(s) of application &apos;%3&apos;; nothing was written. Use the key of one of its anchors (dwb trust list %3).</source>
        <translation>Der CA-Schlüssel %1 gehört zu keinem der %2 Vertrauensanker der Anwendung „%3“; nichts wurde geschrieben. Verwenden Sie den Schlüssel eines ihrer Anker (dwb trust list %3).</translation>
    </message>
    <message>
        <source>The folder %1 holds a batch for application &apos;%2&apos;; use another folder.</source>
        <translation>Der Ordner %1 enthält einen Stapel für die Anwendung „%2“; verwenden Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 holds a batch made with %2 keys; run it again with --algo %2 or use another folder.</source>
        <translation>Der Ordner %1 enthält einen Stapel mit %2-Schlüsseln; starten Sie ihn erneut mit --algo %2 oder verwenden Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 devices; run the batch again to finish it.</source>
        <translation>Nach %1 von %2 Geräten abgebrochen; starten Sie den Stapel erneut, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>The server kept failing for %1 s: %2</source>
        <translation>Der Server ist %1 s lang immer wieder fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 of %2 devices failed; the first: %3 (%4).</source>
        <translation>%1 von %2 Geräten sind fehlgeschlagen; das erste: %3 (%4).</translation>
    </message>
    <message>
        <source>Enrolling the devices…</source>
        <translation>Die Geräte werden registriert…</translation>
    </message>
    <message>
        <source>%1 No further device was registered; the files stay in %2.</source>
        <translation>%1 Es wurde kein weiteres Gerät registriert; die Dateien bleiben in %2.</translation>
    </message>
    <message>
        <source>The token of the CA key is gone (removed, or its module no longer finds it: %1). %2 of %3 devices were done and are kept; the other %4 were not made and not registered. Put the token back and run the batch again to finish.</source>
        <translation>Das Token des CA-Schlüssels ist nicht mehr verfügbar (entfernt, oder sein Modul findet es nicht mehr: %1). %2 von %3 Geräten wurden erstellt und bleiben erhalten; die übrigen %4 wurden weder erstellt noch registriert. Stecken Sie das Token wieder ein und führen Sie den Stapel erneut aus, um ihn abzuschließen.</translation>
    </message>
</context>
<context>
    <name>dwb::BatchPackages</name>
    <message>
        <source>%1 is not a batch folder: it has no %2.</source>
        <translation>%1 ist kein Stapelordner: Er enthält kein %2.</translation>
    </message>
    <message>
        <source>%1 names no application.</source>
        <translation>%1 nennt keine Anwendung.</translation>
    </message>
</context>
<context>
    <name>dwb::Certificate</name>
    <message>
        <source>The data is not a DER certificate.</source>
        <translation>Die Daten sind kein DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The text holds no PEM certificate.</source>
        <translation>Der Text enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>dwb::CertificateRequest</name>
    <message>
        <source>The data is not a certificate request (PKCS#10).</source>
        <translation>Die Daten sind keine Zertifikatsanforderung (PKCS#10).</translation>
    </message>
    <message>
        <source>The text holds no CERTIFICATE REQUEST block (a PKCS#10 request in PEM).</source>
        <translation>Der Text enthält keinen Block CERTIFICATE REQUEST (eine PKCS#10-Anforderung in PEM).</translation>
    </message>
    <message>
        <source>The certificate request&apos;s PEM block is damaged or cut short.</source>
        <translation>Der PEM-Block der Zertifikatsanforderung ist beschädigt oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>dwb::CommandCheckJob</name>
    <message>
        <source>the device could not subscribe to command/inbox/#</source>
        <translation>das Gerät konnte command/inbox/# nicht abonnieren</translation>
    </message>
    <message>
        <source>the command API did not answer</source>
        <translation>die Befehls-API hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the command did not reach the device</source>
        <translation>der Befehl hat das Gerät nicht erreicht</translation>
    </message>
    <message>
        <source>Command check timed out after %1 s: %2.</source>
        <translation>Zeitüberschreitung der Befehlsprüfung nach %1 s: %2.</translation>
    </message>
    <message>
        <source>Not connected to a server: the command API is not known.</source>
        <translation>Nicht mit einem Server verbunden: Die Befehls-API ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Subscribing as the device to command/inbox/#…</source>
        <translation>command/inbox/# wird als Gerät abonniert…</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Sending command &apos;%1&apos; through the command API…</source>
        <translation>Befehl &apos;%1&apos; wird über die Befehls-API gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the command on command/inbox/…</source>
        <translation>Warten auf den Befehl unter command/inbox/…</translation>
    </message>
    <message>
        <source>Command check cancelled.</source>
        <translation>Befehlsprüfung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>dwb::DeviceLoginVerdict</name>
    <message>
        <source>There is no certificate.</source>
        <translation>Es gibt kein Zertifikat.</translation>
    </message>
    <message>
        <source>Application %1 has no valid trust anchor.</source>
        <translation>Die Anwendung %1 hat keinen gültigen Vertrauensanker.</translation>
    </message>
    <message>
        <source>Issued by “%1”, which is neither the name of application %2 nor the subject of one of its trust anchors.</source>
        <translation>Ausgestellt von „%1“, das weder der Name der Anwendung %2 noch das Subjekt eines ihrer Vertrauensanker ist.</translation>
    </message>
    <message>
        <source>Chains to trust anchor #%1 of %2 (%3).</source>
        <translation>Die Kette führt zum Vertrauensanker #%1 von %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Does not chain to any of the %n valid trust anchor(s) of %1: %2</source>
        <translation>
            <numerusform>Die Kette führt zu keinem gültigen Vertrauensanker von %1 (%n): %2</numerusform>
            <numerusform>Die Kette führt zu keinem der %n gültigen Vertrauensanker von %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid now (%1 to %2).</source>
        <translation>Jetzt gültig (%1 bis %2).</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Noch nicht gültig: gültig ab %1.</translation>
    </message>
    <message>
        <source>The devices of %1 are not loaded.</source>
        <translation>Die Geräte von %1 sind nicht geladen.</translation>
    </message>
    <message>
        <source>Not known: the devices are not loaded.</source>
        <translation>Unbekannt: Die Geräte sind nicht geladen.</translation>
    </message>
    <message>
        <source>No device of %1 has “%2” as its name or an alias.</source>
        <translation>Kein Gerät von %1 hat „%2“ als Namen oder Alias.</translation>
    </message>
    <message>
        <source>No device to check.</source>
        <translation>Kein Gerät zu prüfen.</translation>
    </message>
    <message>
        <source>The subject is the name of device “%1”.</source>
        <translation>Das Subjekt ist der Name des Geräts „%1“.</translation>
    </message>
    <message>
        <source>The subject is an alias of device “%1”.</source>
        <translation>Das Subjekt ist ein Alias des Geräts „%1“.</translation>
    </message>
    <message>
        <source>Device “%1” is disabled.</source>
        <translation>Das Gerät „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>Device “%1” is enabled.</source>
        <translation>Das Gerät „%1“ ist aktiviert.</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>%1: a key type Drogue accepts.</source>
        <translation>%1: ein Schlüsseltyp, den Drogue akzeptiert.</translation>
    </message>
    <message>
        <source>%1: Drogue accepts EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>%1: Drogue akzeptiert EC P-256, EC P-384, Ed25519 oder RSA mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>Includes client authentication (clientAuth).</source>
        <translation>Enthält Client-Authentifizierung (clientAuth).</translation>
    </message>
    <message>
        <source>No extended key usage extension: Drogue needs one with client authentication (clientAuth).</source>
        <translation>Keine Erweiterung für erweiterte Schlüsselverwendung: Drogue benötigt eine mit Client-Authentifizierung (clientAuth).</translation>
    </message>
    <message>
        <source>Does not include client authentication (clientAuth).</source>
        <translation>Enthält keine Client-Authentifizierung (clientAuth).</translation>
    </message>
    <message>
        <source>A version %1 certificate: Drogue needs version 3.</source>
        <translation>Ein Zertifikat der Version %1: Drogue benötigt Version 3.</translation>
    </message>
    <message>
        <source>A CA certificate: a device certificate must not be one.</source>
        <translation>Ein CA-Zertifikat: Ein Gerätezertifikat darf keines sein.</translation>
    </message>
    <message>
        <source>Version 3, not a CA.</source>
        <translation>Version 3, keine CA.</translation>
    </message>
    <message>
        <source>would log in</source>
        <translation>würde sich anmelden</translation>
    </message>
    <message>
        <source>would be refused</source>
        <translation>würde abgelehnt</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>form only</source>
        <translation>nur die Form</translation>
    </message>
    <message>
        <source>Would log in now as device “%1” of application %2.</source>
        <translation>Würde sich jetzt als Gerät „%1“ der Anwendung %2 anmelden.</translation>
    </message>
    <message>
        <source>Would be refused by application %1. %2: %3</source>
        <translation>Würde von der Anwendung %1 abgelehnt. %2: %3</translation>
    </message>
    <message>
        <source>Would be refused by any application. %1: %2 (The certificate&apos;s form only: no application given.)</source>
        <translation>Würde von jeder Anwendung abgelehnt. %1: %2 (Nur die Form des Zertifikats: keine Anwendung angegeben.)</translation>
    </message>
    <message>
        <source>Not decided for application %1: %2</source>
        <translation>Für die Anwendung %1 nicht entschieden: %2</translation>
    </message>
    <message>
        <source>The certificate&apos;s form only: acceptable. With no application given, its trust anchor and device are not checked.</source>
        <translation>Nur die Form des Zertifikats: akzeptabel. Ohne angegebene Anwendung werden sein Vertrauensanker und sein Gerät nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>dwb::DevicePackage</name>
    <message>
        <source>%1 holds no certificate: %2</source>
        <translation>%1 enthält kein Zertifikat: %2</translation>
    </message>
    <message>
        <source>%1 and %2 do not go together: %3</source>
        <translation>%1 und %2 passen nicht zusammen: %3</translation>
    </message>
    <message>
        <source>%1 holds no CA certificate: %2</source>
        <translation>%1 enthält kein CA-Zertifikat: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate above the device&apos;s.</source>
        <translation>%1 enthält kein Zertifikat oberhalb des Gerätezertifikats.</translation>
    </message>
    <message>
        <source>A device package needs the application and the device name.</source>
        <translation>Ein Gerätepaket benötigt die Anwendung und den Gerätenamen.</translation>
    </message>
    <message>
        <source>A device package needs the device&apos;s certificate.</source>
        <translation>Ein Gerätepaket benötigt das Zertifikat des Geräts.</translation>
    </message>
    <message>
        <source>A device package needs the device&apos;s private key.</source>
        <translation>Ein Gerätepaket benötigt den privaten Schlüssel des Geräts.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
</context>
<context>
    <name>dwb::DrgImportReport</name>
    <message>
        <source>Imported %1 context(s) from %2: %3</source>
        <translation>%1 Kontext(e) aus %2 importiert: %3</translation>
    </message>
    <message>
        <source>Default context: %1</source>
        <translation>Standardkontext: %1</translation>
    </message>
    <message>
        <source>Tokens moved into the key store for: %1</source>
        <translation>Tokens in den Schlüsselspeicher verschoben für: %1</translation>
    </message>
    <message>
        <source>Tokens NOT stored for: %1 (%2)</source>
        <translation>Tokens NICHT gespeichert für: %1 (%2)</translation>
    </message>
    <message>
        <source>Add them later with &apos;dwb login URL --token USER:TOKEN --name NAME&apos; or sign in again; or choose --secret-store file|session.</source>
        <translation>Fügen Sie sie später mit „dwb login URL --token USER:TOKEN --name NAME“ hinzu oder melden Sie sich erneut an; oder wählen Sie --secret-store file|session.</translation>
    </message>
    <message>
        <source>Note: %1 still holds these secrets in plain text; remove them there if drg is no longer used.</source>
        <translation>Hinweis: %1 enthält diese Geheimnisse weiterhin im Klartext; entfernen Sie sie dort, wenn drg nicht mehr verwendet wird.</translation>
    </message>
</context>
<context>
    <name>dwb::EnrollJob</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Reading the trust anchors of application &apos;%1&apos;…</source>
        <translation>Lese die Vertrauensanker der Anwendung „%1“…</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation>Abgebrochen: Nichts wurde geschrieben oder registriert.</translation>
    </message>
    <message>
        <source>Generating the %1 device key…</source>
        <translation>Erzeuge den %1-Geräteschlüssel…</translation>
    </message>
    <message>
        <source>Generating the %1 device key… (%2 candidates tried)</source>
        <translation>Erzeuge den %1-Geräteschlüssel… (%2 Kandidaten geprüft)</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Schreibe die Dateien…</translation>
    </message>
    <message>
        <source>Choose PEM files, a PKCS#12 file or both.</source>
        <translation>Wählen Sie PEM-Dateien, eine PKCS#12-Datei oder beides.</translation>
    </message>
    <message>
        <source>Choose a folder for the device&apos;s files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien des Geräts.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another folder (nothing is overwritten).</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Ordner (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>Choose the device key to import.</source>
        <translation>Wählen Sie den zu importierenden Geräteschlüssel.</translation>
    </message>
    <message>
        <source>Cancelled before the device was registered; the files written stay in %1.</source>
        <translation>Abgebrochen, bevor das Gerät registriert wurde; die geschriebenen Dateien bleiben in %1.</translation>
    </message>
    <message>
        <source>The connection was closed: the device was not registered.</source>
        <translation>Die Verbindung wurde geschlossen: Das Gerät wurde nicht registriert.</translation>
    </message>
    <message>
        <source>Registering device &apos;%1&apos; with the alias &apos;%2&apos;…</source>
        <translation>Registriere das Gerät „%1“ mit dem Alias „%2“…</translation>
    </message>
    <message>
        <source>The device was not registered: %1. The files written stay where they are.</source>
        <translation>Das Gerät wurde nicht registriert: %1. Die geschriebenen Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Stopped while registering device &apos;%1&apos;: the server had not answered, and it may still register the device with the alias &apos;%2&apos; (check the device list before enrolling it again). The files written stay: %3.</source>
        <translation>Angehalten beim Registrieren des Geräts „%1“: Der Server hatte nicht geantwortet und kann das Gerät mit dem Alias „%2“ noch registrieren (prüfen Sie die Geräteliste, bevor Sie es erneut registrieren). Die geschriebenen Dateien bleiben: %3.</translation>
    </message>
    <message>
        <source>none (the certificate is registered as it is)</source>
        <translation>keine (das Zertifikat wird so registriert, wie es ist)</translation>
    </message>
    <message>
        <source>The device was not registered: %1.</source>
        <translation>Das Gerät wurde nicht registriert: %1.</translation>
    </message>
    <message>
        <source>A device certificate is registered as it is on the server: it has no offline form.</source>
        <translation>Ein Gerätezertifikat wird unverändert auf dem Server registriert: Es gibt keine Offline-Variante.</translation>
    </message>
    <message>
        <source>Choose a file for the new device key.</source>
        <translation>Wählen Sie eine Datei für den neuen Geräteschlüssel.</translation>
    </message>
    <message>
        <source>%1 exists already: nothing was written (nothing is overwritten).</source>
        <translation>%1 existiert bereits: Nichts wurde geschrieben (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>A certificate request gets a PEM certificate: a PKCS#12 file would need the private key, which stays on the board.</source>
        <translation>Eine Zertifikatsanforderung erhält ein PEM-Zertifikat: Eine PKCS#12-Datei bräuchte den privaten Schlüssel, der auf dem Board bleibt.</translation>
    </message>
    <message>
        <source>A DER certificate is written for a certificate request; a device key made or imported here gets PEM files or PKCS#12.</source>
        <translation>Ein DER-Zertifikat wird für eine Zertifikatsanforderung geschrieben; für einen hier erstellten oder importierten Geräteschlüssel gibt es PEM-Dateien oder PKCS#12.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; was registered, but the ledger could not record it: %2</source>
        <translation>Das Gerät „%1“ wurde registriert, konnte aber nicht im Journal erfasst werden: %2</translation>
    </message>
</context>
<context>
    <name>dwb::ExpiryReport</name>
    <message>
        <source>within 1 day</source>
        <translation>innerhalb von 1 Tag</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>Nothing expires %1.</source>
        <translation>Nichts läuft %1 ab.</translation>
    </message>
    <message>
        <source>%1 have expired.</source>
        <translation>%1 sind abgelaufen.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 expire %2</source>
        <translation>%1 laufen %2 ab</translation>
    </message>
    <message>
        <source>%1 expires %2</source>
        <translation>%1 läuft %2 ab</translation>
    </message>
    <message>
        <source>; 1 has expired</source>
        <translation>; 1 ist abgelaufen</translation>
    </message>
    <message>
        <source>; %1 have expired</source>
        <translation>; %1 sind abgelaufen</translation>
    </message>
</context>
<context>
    <name>dwb::FileSecretStore</name>
    <message>
        <source>file readable only by you (plain text)</source>
        <translation>nur für Sie lesbare Datei (Klartext)</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>dwb::FolderWriter</name>
    <message>
        <source>Cannot write into %1: %2.</source>
        <translation>In %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not open.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not a file name.</source>
        <translation>%1 ist kein Dateiname.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>dwb::HttpDevicePost</name>
    <message>
        <source>The server announces no HTTP endpoint.</source>
        <translation>Der Server meldet keinen HTTP-Endpunkt.</translation>
    </message>
    <message>
        <source>The HTTP endpoint needs the device&apos;s certificate and key.</source>
        <translation>Der HTTP-Endpunkt benötigt das Zertifikat und den Schlüssel des Geräts.</translation>
    </message>
    <message>
        <source>No CA certificate in %1.</source>
        <translation>Kein CA-Zertifikat in %1.</translation>
    </message>
    <message>
        <source>Qt cannot use the device key for TLS.</source>
        <translation>Qt kann den Geräteschlüssel nicht für TLS verwenden.</translation>
    </message>
    <message>
        <source>HTTP endpoint: %1</source>
        <translation>HTTP-Endpunkt: %1</translation>
    </message>
    <message>
        <source>The HTTP endpoint refused the device (HTTP 403): %1</source>
        <translation>Der HTTP-Endpunkt hat das Gerät abgelehnt (HTTP 403): %1</translation>
    </message>
    <message>
        <source>The HTTP endpoint answered HTTP %1: %2</source>
        <translation>Der HTTP-Endpunkt antwortete mit HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>dwb::KeychainSecretStore</name>
    <message>
        <source>system key store</source>
        <translation>Systemschlüsselspeicher</translation>
    </message>
    <message>
        <source>The system key store refused to store the secret.</source>
        <translation>Der Systemschlüsselspeicher hat das Speichern des Geheimnisses abgelehnt.</translation>
    </message>
</context>
<context>
    <name>dwb::Ledger</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing: install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt fehlt: Installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The folder %1 for the ledger cannot be created.</source>
        <translation>Der Ordner %1 für das Journal kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be opened.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be read.</source>
        <translation>Das Journal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ledger %1 is damaged; it was kept as %2. Nothing was recorded or registered. Run again to start a new ledger, or put a backup of the ledger in its place.</source>
        <translation>Das Journal %1 ist beschädigt; es wurde als %2 aufbewahrt. Es wurde nichts erfasst oder registriert. Führen Sie den Vorgang erneut aus, um ein neues Journal anzulegen, oder legen Sie eine Sicherung des Journals an seine Stelle.</translation>
    </message>
    <message>
        <source>The ledger %1 was made by a newer Drogue Workbench (schema %2; this one knows %3).</source>
        <translation>Das Journal %1 wurde von einer neueren Drogue Workbench erstellt (Schema %2; diese Version kennt %3).</translation>
    </message>
    <message>
        <source>Not a certificate.</source>
        <translation>Kein Zertifikat.</translation>
    </message>
    <message>
        <source>The ledger %1 is damaged and could not be moved aside; move it away by hand.</source>
        <translation>Das Journal %1 ist beschädigt und konnte nicht beiseitegelegt werden. Verschieben Sie es manuell.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be brought to this version&apos;s schema.</source>
        <translation>Das Journal %1 kann nicht auf das Schema dieser Version gebracht werden.</translation>
    </message>
</context>
<context>
    <name>dwb::Ledger::Private</name>
    <message>
        <source>The ledger %1 cannot be written.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be read.</source>
        <translation>Das Journal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ledger %1 is damaged: nothing more could be recorded in it. It is set aside the next time it is opened (dwb certs list, or the Certificates view); then run again to start a new ledger, or put a backup of the ledger in its place.</source>
        <translation>Das Journal %1 ist beschädigt: Es konnte nichts mehr darin aufgezeichnet werden. Es wird beiseitegelegt, sobald es das nächste Mal geöffnet wird (dwb certs list oder die Zertifikatsansicht); starten Sie dann erneut, um ein neues Journal zu beginnen, oder legen Sie eine Sicherung des Journals an seine Stelle.</translation>
    </message>
</context>
<context>
    <name>dwb::MqttCallbacks</name>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>Der Broker hat das Abonnement abgelehnt.</translation>
    </message>
</context>
<context>
    <name>dwb::MqttClient</name>
    <message>
        <source>The broker did not answer in time (%1 s).</source>
        <translation>Der Broker hat nicht rechtzeitig geantwortet (%1 s).</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>the broker does not accept this MQTT version</source>
        <translation>der Broker akzeptiert diese MQTT-Version nicht</translation>
    </message>
    <message>
        <source>the broker refused the client id</source>
        <translation>der Broker hat die Client-ID abgelehnt</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>der Broker ist nicht verfügbar</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>der Broker ist ausgelastet</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>ungültige Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>This MQTT client is already in use.</source>
        <translation>Dieser MQTT-Client wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Could not create the MQTT client.</source>
        <translation>Der MQTT-Client konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Invalid MQTT user name or password.</source>
        <translation>Ungültiger MQTT-Benutzername oder ungültiges Passwort.</translation>
    </message>
    <message>
        <source>Could not set up TLS.</source>
        <translation>TLS konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Could not start the MQTT network thread.</source>
        <translation>Der MQTT-Netzwerk-Thread konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted (wrong CA or host name).</source>
        <translation>Dem Zertifikat des Brokers wird nicht vertraut (falsche CA oder falscher Hostname).</translation>
    </message>
    <message>
        <source>The broker refused the certificate during the TLS handshake (certificate expired).</source>
        <translation>Der Broker hat das Zertifikat beim TLS-Handshake abgelehnt (Zertifikat abgelaufen).</translation>
    </message>
    <message>
        <source>The broker refused the certificate during the TLS handshake (unknown CA).</source>
        <translation>Der Broker hat das Zertifikat beim TLS-Handshake abgelehnt (unbekannte CA).</translation>
    </message>
    <message>
        <source>The broker refused the certificate during the TLS handshake (%1).</source>
        <translation>Der Broker hat das Zertifikat beim TLS-Handshake abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The TLS handshake with the broker failed.</source>
        <translation>Der TLS-Handshake mit dem Broker ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The broker at %1 is unreachable.</source>
        <translation>Der Broker unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The broker closed the connection.</source>
        <translation>Der Broker hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The connection to the broker failed.</source>
        <translation>Die Verbindung zum Broker ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1.</source>
        <translation>Der Broker hat die Verbindung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <translation>Nicht mit dem Broker verbunden.</translation>
    </message>
    <message>
        <source>Could not subscribe to %1.</source>
        <translation>%1 konnte nicht abonniert werden.</translation>
    </message>
    <message>
        <source>Could not publish to %1.</source>
        <translation>Veröffentlichen auf %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The broker at %1 refused the connection: nothing accepts connections on that port.</source>
        <translation>Der Broker unter %1 hat die Verbindung abgelehnt: Auf diesem Port nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>The broker accepted the connection (CONNACK), then closed it.</source>
        <translation>Der Broker hat die Verbindung angenommen (CONNACK) und dann geschlossen.</translation>
    </message>
</context>
<context>
    <name>dwb::OidcClient</name>
    <message>
        <source>Sign-in timed out: the browser did not come back (was it closed?).</source>
        <translation>Zeitüberschreitung bei der Anmeldung: Der Browser ist nicht zurückgekehrt (wurde er geschlossen?).</translation>
    </message>
    <message>
        <source>Cannot read the sign-in server&apos;s configuration: %1</source>
        <translation>Die Konfiguration des Anmeldeservers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration names no authorization or token endpoint.</source>
        <translation>Die Konfiguration des Anmeldeservers nennt keinen Autorisierungs- oder Token-Endpunkt.</translation>
    </message>
    <message>
        <source>Reading the sign-in server&apos;s configuration…</source>
        <translation>Lese die Konfiguration des Anmeldeservers…</translation>
    </message>
    <message>
        <source>Cannot listen on a local port for the browser&apos;s answer.</source>
        <translation>Auf keinem lokalen Port kann auf die Antwort des Browsers gewartet werden.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Warte auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Unexpected request.</source>
        <translation>Unerwartete Anfrage.</translation>
    </message>
    <message>
        <source>Not a sign-in answer.</source>
        <translation>Keine Anmeldeantwort.</translation>
    </message>
    <message>
        <source>Sign-in refused: the answer does not belong to this sign-in (wrong state).</source>
        <translation>Anmeldung abgelehnt: Die Antwort gehört nicht zu dieser Anmeldung (falscher Zustand).</translation>
    </message>
    <message>
        <source>Sign-in refused: the browser&apos;s answer carried a wrong state.</source>
        <translation>Anmeldung abgelehnt: Die Antwort des Browsers enthielt einen falschen Zustand.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The sign-in server refused: %1</source>
        <translation>Der Anmeldeserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and return to Drogue Workbench.</source>
        <translation>Angemeldet. Sie können dieses Fenster schließen und zu Drogue Workbench zurückkehren.</translation>
    </message>
    <message>
        <source>Getting the tokens…</source>
        <translation>Hole die Tokens…</translation>
    </message>
    <message>
        <source>Your session could not be renewed (%1): please sign in again.</source>
        <translation>Ihre Sitzung konnte nicht erneuert werden (%1): Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server did not give tokens: %1</source>
        <translation>Der Anmeldeserver hat keine Tokens geliefert: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Your session has no refresh token: please sign in again.</source>
        <translation>Ihre Sitzung hat kein Erneuerungstoken: Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server names no sign-in (issuer) URL: sign in with an access token.</source>
        <translation>Der Server nennt keine Anmelde-URL (Issuer): Melden Sie sich mit einem Zugriffstoken an.</translation>
    </message>
</context>
<context>
    <name>dwb::PackageWriter</name>
    <message>
        <source>C header: certificate, key and CA as PEM strings and DER arrays</source>
        <translation>C-Header: Zertifikat, Schlüssel und CA als PEM-Strings und DER-Arrays</translation>
    </message>
    <message>
        <source>drogue-device config.toml: hostname, port, username (no certificate)</source>
        <translation>drogue-device config.toml: Hostname, Port, Benutzername (kein Zertifikat)</translation>
    </message>
    <message>
        <source>Folder: certificate and key as PEM and DER, chain, server CA, endpoints.json</source>
        <translation>Ordner: Zertifikat und Schlüssel als PEM und DER, Kette, Server-CA, endpoints.json</translation>
    </message>
    <message>
        <source>PKCS#12 for old importers: 3DES and a SHA-1 MAC</source>
        <translation>PKCS#12 für alte Importprogramme: 3DES und ein SHA-1-MAC</translation>
    </message>
    <message>
        <source>ESP-IDF NVS partition CSV: certificate, key and CA as binary entries</source>
        <translation>ESP-IDF-NVS-Partitions-CSV: Zertifikat, Schlüssel und CA als Binäreinträge</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use one of %2.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: Verwenden Sie eines von %2.</translation>
    </message>
</context>
<context>
    <name>dwb::Pkcs11Uri</name>
    <message>
        <source>%1 is not a PKCS#11 URI (pkcs11:token=...;object=...).</source>
        <translation>%1 ist kein PKCS#11-URI (pkcs11:token=...;object=...).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not name=value.</source>
        <translation>%1: &apos;%2&apos; ist nicht name=value.</translation>
    </message>
    <message>
        <source>%1: unknown object type &apos;%2&apos;.</source>
        <translation>%1: Unbekannter Objekttyp &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>dwb::PrivateKey</name>
    <message>
        <source>Key generation was cancelled.</source>
        <translation>Die Schlüsselerzeugung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot start generating a %1 key.</source>
        <translation>Die Erzeugung eines %1-Schlüssels kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot set up a %1 key.</source>
        <translation>Ein %1-Schlüssel kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Generating a %1 key failed.</source>
        <translation>Die Erzeugung eines %1-Schlüssels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Schreiben.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>Cannot encode the private key.</source>
        <translation>Der private Schlüssel kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>No random numbers available.</source>
        <translation>Keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>Cannot encrypt the private key.</source>
        <translation>Der private Schlüssel kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The private key is on a hardware token and cannot be exported.</source>
        <translation>Der private Schlüssel liegt auf einem Hardware-Token und kann nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>dwb::RawModule</name>
    <message>
        <source>Cannot load the PKCS#11 module %1.</source>
        <translation>Das PKCS#11-Modul %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not start.</source>
        <translation>Das PKCS#11-Modul %1 startet nicht.</translation>
    </message>
    <message>
        <source>No token matches %1 (module %2).</source>
        <translation>Kein Token entspricht %1 (Modul %2).</translation>
    </message>
</context>
<context>
    <name>dwb::RawModule::Session</name>
    <message>
        <source>The token &apos;%1&apos; refused the PIN (not retried). Token state: %2.</source>
        <translation>Das Token &apos;%1&apos; hat die PIN abgelehnt (kein erneuter Versuch). Token-Status: %2.</translation>
    </message>
</context>
<context>
    <name>dwb::RegistryClient</name>
    <message>
        <source>The request was cancelled: the connection was closed.</source>
        <translation>Die Anfrage wurde abgebrochen: Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read as PEM certificates.</source>
        <translation>Die CA-Datei %1 kann nicht als PEM-Zertifikate gelesen werden.</translation>
    </message>
    <message>
        <source>The server did not say who we are.</source>
        <translation>Der Server hat nicht mitgeteilt, wer wir sind.</translation>
    </message>
    <message>
        <source>No application given.</source>
        <translation>Keine Anwendung angegeben.</translation>
    </message>
    <message>
        <source>No application or device given.</source>
        <translation>Keine Anwendung oder kein Gerät angegeben.</translation>
    </message>
    <message>
        <source>The device has no application.</source>
        <translation>Das Gerät hat keine Anwendung.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos;</source>
        <translation>Anwendung „%1“</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos;</source>
        <translation>Gerät „%1“</translation>
    </message>
    <message>
        <source>A change must not rename a device.</source>
        <translation>Eine Änderung darf ein Gerät nicht umbenennen.</translation>
    </message>
    <message>
        <source>The server kept answering HTTP %1 for %2 s (%3 attempts); giving up. %4</source>
        <translation>Der Server hat %2 s lang immer wieder mit HTTP %1 geantwortet (%3 Versuche); Abbruch. %4</translation>
    </message>
    <message>
        <source>The server kept sending answers that are not valid JSON for %1 s (%2 attempts); giving up.</source>
        <translation>Der Server hat %1 s lang immer wieder Antworten gesendet, die kein gültiges JSON sind (%2 Versuche); Abbruch.</translation>
    </message>
    <message>
        <source>The connection to the server kept dropping for %1 s (%2 attempts); giving up. %3</source>
        <translation>Die Verbindung zum Server ist %1 s lang immer wieder abgebrochen (%2 Versuche); Abbruch. %3</translation>
    </message>
    <message>
        <source>Conflict: the name was taken meanwhile by another object.</source>
        <translation>Konflikt: Der Name wurde inzwischen von einem anderen Objekt belegt.</translation>
    </message>
    <message>
        <source>The connection was dropped in the middle of the server&apos;s answer.</source>
        <translation>Die Verbindung ist mitten in der Antwort des Servers abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was dropped before the server answered.</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>%1 kept changing on the server: %2 writes in a row were refused (409, changed meanwhile); gave up.</source>
        <translation>%1 hat sich auf dem Server ständig geändert: %2 Schreibvorgänge in Folge wurden abgelehnt (409, inzwischen geändert); aufgegeben.</translation>
    </message>
    <message>
        <source>Stopped: the request was cancelled.</source>
        <translation>Angehalten: Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A command needs an application, a device and a name.</source>
        <translation>Ein Befehl benötigt eine Anwendung, ein Gerät und einen Namen.</translation>
    </message>
    <message>
        <source>The command was not accepted: device &apos;%1&apos; of application &apos;%2&apos; does not exist or is disabled.</source>
        <translation>Der Befehl wurde nicht angenommen: Gerät &apos;%1&apos; der Anwendung &apos;%2&apos; existiert nicht oder ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>dwb::RenewPlanJob</name>
    <message>
        <source>The renewal was not planned.</source>
        <translation>Die Erneuerung wurde nicht geplant.</translation>
    </message>
    <message>
        <source>Renewal reads the devices&apos; certificates from the ledger, which is turned off.</source>
        <translation>Die Erneuerung liest die Zertifikate der Geräte aus dem Journal, das jedoch ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Stopped: no certificate was renewed.</source>
        <translation>Angehalten: Es wurde kein Zertifikat erneuert.</translation>
    </message>
    <message>
        <source>Reading the ledger and making the new keys…</source>
        <translation>Journal wird gelesen und neue Schlüssel werden erzeugt…</translation>
    </message>
    <message>
        <source>Reading the ledger and the devices&apos; keys…</source>
        <translation>Journal und Schlüssel der Geräte werden gelesen…</translation>
    </message>
</context>
<context>
    <name>dwb::TlsFailure</name>
    <message>
        <source>The broker&apos;s certificate expired on %1; the broker must get a new certificate.</source>
        <translation>Das Zertifikat des Brokers ist am %1 abgelaufen; der Broker muss ein neues Zertifikat erhalten.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1; the server must get a new certificate.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen; der Server muss ein neues Zertifikat erhalten.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <source>The broker name does not match its certificate: it was reached as %1, the certificate is for %2.</source>
        <translation>Der Name des Brokers passt nicht zu seinem Zertifikat: Er wurde als %1 erreicht, das Zertifikat gilt für %2.</translation>
    </message>
    <message>
        <source>The server name does not match its certificate: it was reached as %1, the certificate is for %2.</source>
        <translation>Der Name des Servers passt nicht zu seinem Zertifikat: Er wurde als %1 erreicht, das Zertifikat gilt für %2.</translation>
    </message>
    <message>
        <source>The broker closed the connection during the TLS handshake.</source>
        <translation>Der Broker hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The broker stopped answering during the TLS handshake (no answer for %1 s).</source>
        <translation>Der Broker hat während des TLS-Handshakes aufgehört zu antworten (seit %1 s keine Antwort).</translation>
    </message>
    <message>
        <source>The server stopped answering during the TLS handshake (no answer for %1 s).</source>
        <translation>Der Server hat während des TLS-Handshakes aufgehört zu antworten (seit %1 s keine Antwort).</translation>
    </message>
</context>
<context>
    <name>dwb::VerifyDeviceJob</name>
    <message>
        <source>the integration side did not subscribe</source>
        <translation>die Integrationsseite hat nicht abonniert</translation>
    </message>
    <message>
        <source>the device did not connect</source>
        <translation>das Gerät hat sich nicht verbunden</translation>
    </message>
    <message>
        <source>the broker did not acknowledge the message</source>
        <translation>der Broker hat die Nachricht nicht bestätigt</translation>
    </message>
    <message>
        <source>the message did not arrive on app/%1</source>
        <translation>die Nachricht ist nicht auf app/%1 angekommen</translation>
    </message>
    <message>
        <source>Verification timed out after %1 s: %2.</source>
        <translation>Zeitüberschreitung der Prüfung nach %1 s: %2.</translation>
    </message>
    <message>
        <source>Connecting to the integration side…</source>
        <translation>Verbinde mit der Integrationsseite…</translation>
    </message>
    <message>
        <source>Integration side (app/%1): %2</source>
        <translation>Integrationsseite (app/%1): %2</translation>
    </message>
    <message>
        <source>Integration side: %1</source>
        <translation>Integrationsseite: %1</translation>
    </message>
    <message>
        <source>Connecting as the device…</source>
        <translation>Verbinde als Gerät…</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Veröffentliche auf %1…</translation>
    </message>
    <message>
        <source>Waiting for the event on app/%1…</source>
        <translation>Warte auf das Ereignis auf app/%1…</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The broker accepted the message but never delivered it to app/%1: nothing arrived within %2 s.</source>
        <translation>Der Broker hat die Nachricht angenommen, aber nie an app/%1 zugestellt: Innerhalb von %2 s kam nichts an.</translation>
    </message>
    <message>
        <source>acknowledged by the broker; timeout %1 s</source>
        <translation>vom Broker bestätigt; Zeitlimit %1 s</translation>
    </message>
    <message>
        <source>Not delivered within %1 s; waiting %2 s more for a late delivery…</source>
        <translation>Nicht innerhalb von %1 s zugestellt; warte %2 s länger auf eine verspätete Zustellung…</translation>
    </message>
    <message>
        <source>The message was delivered late: it reached app/%1 %2 s after it was sent, past the %3 s timeout.</source>
        <translation>Die Nachricht wurde verspätet zugestellt: Sie erreichte app/%1 %2 s nach dem Senden, nach Ablauf des Zeitlimits von %3 s.</translation>
    </message>
    <message>
        <source>Posting to %1 over HTTP…</source>
        <translation>Senden an %1 über HTTP…</translation>
    </message>
    <message>
        <source>Device (HTTP): %1</source>
        <translation>Gerät (HTTP): %1</translation>
    </message>
</context>
<context>
    <name>dwb::cli</name>
    <message>
        <source>Use either --sandbox or --url/--token, not both.</source>
        <translation>Verwenden Sie entweder --sandbox oder --url/--token, nicht beides.</translation>
    </message>
    <message>
        <source>No running sandbox in %1 (cannot read sandbox.json).</source>
        <translation>Keine laufende Sandbox in %1 (sandbox.json kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>%1 has no API URL.</source>
        <translation>%1 hat keine API-URL.</translation>
    </message>
    <message>
        <source>This command talks to Drogue Cloud: give --url URL --token USER:TOKEN, or --sandbox DIR.</source>
        <translation>Dieser Befehl spricht mit Drogue Cloud: Geben Sie --url URL --token USER:TOKEN oder --sandbox DIR an.</translation>
    </message>
    <message>
        <source>--url: &apos;%1&apos; is not an http(s) URL.</source>
        <translation>--url: „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>--token must be USER:TOKEN.</source>
        <translation>--token muss USER:TOKEN sein.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; created.</source>
        <translation>Anwendung „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; created in application &apos;%2&apos;.</source>
        <translation>Gerät „%1“ in der Anwendung „%2“ angelegt.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; deleted (with its devices).</source>
        <translation>Anwendung „%1“ gelöscht (mit ihren Geräten).</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; deleted from application &apos;%2&apos;.</source>
        <translation>Gerät „%1“ aus der Anwendung „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ANCHORS</source>
        <translation>ANKER</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>ALIASES</source>
        <translation>ALIASE</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchors.</source>
        <translation>Die Anwendung „%1“ hat keine Vertrauensanker.</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>NICHT NACH</translation>
    </message>
    <message>
        <source>SUBJECT / ERROR</source>
        <translation>SUBJEKT / FEHLER</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchor with index %2 (it has %3).</source>
        <translation>Die Anwendung „%1“ hat keinen Vertrauensanker mit Index %2 (sie hat %3).</translation>
    </message>
    <message>
        <source>Trust anchor %1 removed from application &apos;%2&apos;.</source>
        <translation>Vertrauensanker %1 aus der Anwendung „%2“ entfernt.</translation>
    </message>
    <message>
        <source>Give --key-output FILE for the new CA key (or --key-input to use an existing key).</source>
        <translation>Geben Sie --key-output DATEI für den neuen CA-Schlüssel an (oder --key-input, um einen vorhandenen Schlüssel zu verwenden).</translation>
    </message>
    <message>
        <source>Trust anchor added to application &apos;%1&apos; (index %2): %3, valid until %4.</source>
        <translation>Vertrauensanker zur Anwendung „%1“ hinzugefügt (Index %2): %3, gültig bis %4.</translation>
    </message>
    <message>
        <source>Give the application with --app.</source>
        <translation>Geben Sie die Anwendung mit --app an.</translation>
    </message>
    <message>
        <source>Give the application&apos;s CA key with --ca-key.</source>
        <translation>Geben Sie den CA-Schlüssel der Anwendung mit --ca-key an.</translation>
    </message>
    <message>
        <source>Give --out FILE for the device certificate.</source>
        <translation>Geben Sie --out DATEI für das Gerätezertifikat an.</translation>
    </message>
    <message>
        <source>Give --key-output FILE for the new device key (or --key-input).</source>
        <translation>Geben Sie --key-output DATEI für den neuen Geräteschlüssel an (oder --key-input).</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; enrolled in application &apos;%2&apos; with the alias &apos;%3&apos;.</source>
        <translation>Gerät „%1“ in der Anwendung „%2“ mit dem Alias „%3“ registriert.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos; (rsa2048, rsa3072, rsa4096, ecdsa-p256, ecdsa-p384, ed25519).</source>
        <translation>Unbekannter Algorithmus „%1“ (rsa2048, rsa3072, rsa4096, ecdsa-p256, ecdsa-p384, ed25519).</translation>
    </message>
    <message>
        <source>--days takes a positive number of days.</source>
        <translation>--days erwartet eine positive Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file.</source>
        <translation>Geben Sie sie mit --passphrase-file an.</translation>
    </message>
    <message>
        <source>Give --key-output (where the new CA key goes) or --key-input.</source>
        <translation>Geben Sie --key-output (Ziel des neuen CA-Schlüssels) oder --key-input an.</translation>
    </message>
    <message>
        <source>Trust anchor &quot;%1&quot; (%2, valid until %3) written to %4.</source>
        <translation>Vertrauensanker „%1“ (%2, gültig bis %3) nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>CA key written to %1 (mode 0600%2). Keep it safe: it signs every device of %3.</source>
        <translation>CA-Schlüssel nach %1 geschrieben (Modus 0600%2). Bewahren Sie ihn sicher auf: Er signiert jedes Gerät von %3.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>die Anwendung</translation>
    </message>
    <message>
        <source>the CA key</source>
        <translation>den CA-Schlüssel</translation>
    </message>
    <message>
        <source>the CA certificate</source>
        <translation>das CA-Zertifikat</translation>
    </message>
    <message>
        <source>where the device certificate goes</source>
        <translation>das Ziel des Gerätezertifikats</translation>
    </message>
    <message>
        <source>Give %1 with --%2.</source>
        <translation>Geben Sie %1 mit --%2 an.</translation>
    </message>
    <message>
        <source>Device certificate &quot;%1&quot; issued by &quot;%2&quot; (%3, valid until %4) written to %5.</source>
        <translation>Gerätezertifikat „%1“, ausgestellt von „%2“ (%3, gültig bis %4), nach %5 geschrieben.</translation>
    </message>
    <message>
        <source>Device key written to %1 (mode 0600).</source>
        <translation>Geräteschlüssel nach %1 geschrieben (Modus 0600).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Subject (RFC 4514)</source>
        <translation>Subjekt (RFC 4514)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issuer (RFC 4514)</source>
        <translation>Aussteller (RFC 4514)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>yes, path length %1</source>
        <translation>ja, Pfadlänge %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Subject alt. names</source>
        <translation>Alt. Subjektnamen</translation>
    </message>
    <message>
        <source>Subject key ID</source>
        <translation>Subjekt-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Authority key ID</source>
        <translation>Aussteller-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 #%2: certificate (%3)</source>
        <translation>%1 #%2: Zertifikat (%3)</translation>
    </message>
    <message>
        <source>%1 #%2: %3 (%4)</source>
        <translation>%1 #%2: %3 (%4)</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Public key SHA-256:</source>
        <translation>SHA-256 des öffentlichen Schlüssels:</translation>
    </message>
    <message>
        <source>Allowed by Drogue:</source>
        <translation>Von Drogue erlaubt:</translation>
    </message>
    <message>
        <source>Matches certificate:</source>
        <translation>Passt zum Zertifikat:</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>--index takes the anchor&apos;s number (0, 1, …; see dwb trust list).</source>
        <translation>--index erwartet die Nummer des Ankers (0, 1, …; siehe dwb trust list).</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos;.</source>
        <translation>Unbekannter Algorithmus „%1“.</translation>
    </message>
    <message>
        <source>--days takes a positive number.</source>
        <translation>--days erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--secret-store: keychain, session or file.</source>
        <translation>--secret-store: keychain, session oder file.</translation>
    </message>
    <message>
        <source>Choose with --secret-store session (kept for this command only) or --secret-store file (a 0600 file with the secret in plain text).</source>
        <translation>Wählen Sie --secret-store session (nur für diesen Befehl behalten) oder --secret-store file (eine Datei mit Modus 0600, die das Geheimnis im Klartext enthält).</translation>
    </message>
    <message>
        <source>dwb: warning: secrets are kept in plain text in %1 (readable only by you).</source>
        <translation>dwb: Warnung: Geheimnisse werden im Klartext in %1 abgelegt (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>No contexts. Add one with &apos;dwb login URL&apos; or &apos;dwb context import-drg&apos;.</source>
        <translation>Keine Kontexte. Fügen Sie einen mit „dwb login URL“ oder „dwb context import-drg“ hinzu.</translation>
    </message>
    <message>
        <source>re-read from %1/sandbox.json</source>
        <translation>neu gelesen aus %1/sandbox.json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There is no default context: give its name.</source>
        <translation>Es gibt keinen Standardkontext: Geben Sie seinen Namen an.</translation>
    </message>
    <message>
        <source>No context named &apos;%1&apos;.</source>
        <translation>Kein Kontext namens „%1“.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation>API-URL: %1</translation>
    </message>
    <message>
        <source>Default application: %1</source>
        <translation>Standardanwendung: %1</translation>
    </message>
    <message>
        <source>Default algorithm: %1</source>
        <translation>Standardalgorithmus: %1</translation>
    </message>
    <message>
        <source>Server CA file: %1</source>
        <translation>CA-Datei des Servers: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Secret kept in: %1</source>
        <translation>Ablage des Geheimnisses: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>There is no default context: give --context NAME.</source>
        <translation>Es gibt keinen Standardkontext: Geben Sie --context NAME an.</translation>
    </message>
    <message>
        <source>The tokens were kept for this command only (--secret-store session).</source>
        <translation>Die Tokens wurden nur für diesen Befehl behalten (--secret-store session).</translation>
    </message>
    <message>
        <source>Open this URL in a browser to sign in:</source>
        <translation>Öffnen Sie diese URL in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Waiting for the browser (5 minutes at most)…</source>
        <translation>Warte auf den Browser (höchstens 5 Minuten)…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>Der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in as %1; context &apos;%2&apos; saved (secret in the %3).</source>
        <translation>Angemeldet als %1; Kontext „%2“ gespeichert (Ablage des Geheimnisses: %3).</translation>
    </message>
    <message>
        <source>The secret was kept for this command only: later commands will ask to sign in again.</source>
        <translation>Das Geheimnis wurde nur für diesen Befehl behalten: Spätere Befehle verlangen eine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>This command talks to Drogue Cloud: give --url URL --token USER:TOKEN, --sandbox DIR or --context NAME (or set a default context with &apos;dwb context set-default NAME&apos;).</source>
        <translation>Dieser Befehl spricht mit Drogue Cloud: Geben Sie --url URL --token USER:TOKEN, --sandbox DIR oder --context NAME an (oder legen Sie mit „dwb context set-default NAME“ einen Standardkontext fest).</translation>
    </message>
    <message>
        <source>No context named &apos;%1&apos; (see &apos;dwb context list&apos;).</source>
        <translation>Kein Kontext namens „%1“ (siehe „dwb context list“).</translation>
    </message>
    <message>
        <source>Sign in again with &apos;dwb login %1 --name %2&apos;.</source>
        <translation>Melden Sie sich mit „dwb login %1 --name %2“ erneut an.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; created in application &apos;%2&apos; with the alias &apos;%3&apos;.</source>
        <translation>Gerät „%1“ in der Anwendung „%2“ mit dem Alias „%3“ angelegt.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; of application &apos;%2&apos; updated with the alias &apos;%3&apos;.</source>
        <translation>Gerät „%1“ der Anwendung „%2“ mit dem Alias „%3“ aktualisiert.</translation>
    </message>
    <message>
        <source>Certificate %1 registered as it is: issued under trust anchor #%2 (%3), valid until %4.</source>
        <translation>Zertifikat %1 unverändert registriert: ausgestellt unter dem Vertrauensanker #%2 (%3), gültig bis %4.</translation>
    </message>
    <message>
        <source>--cert-input registers a device certificate on the server: it has no --offline form.</source>
        <translation>--cert-input registriert ein Gerätezertifikat auf dem Server: Es gibt keine --offline-Variante.</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>the certificate&apos;s form only, no --app</source>
        <translation>nur die Form des Zertifikats, kein --app</translation>
    </message>
    <message>
        <source>Drogue device login</source>
        <translation>Drogue-Geräteanmeldung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>--format (or -o) takes text or json.</source>
        <translation>--format (oder -o) erwartet text oder json.</translation>
    </message>
    <message>
        <source>--app needs the application&apos;s name.</source>
        <translation>--app benötigt den Namen der Anwendung.</translation>
    </message>
    <message>
        <source>--%1 is not used with --cert-input: the certificate is registered as it is and nothing is written.</source>
        <translation>--%1 wird mit --cert-input nicht verwendet: Das Zertifikat wird unverändert registriert und nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Give the device certificate with --cert-input.</source>
        <translation>Geben Sie das Gerätezertifikat mit --cert-input an.</translation>
    </message>
    <message>
        <source>Give the application&apos;s CA key with --ca-key (or register a device certificate you have with --cert-input DEV.pem).</source>
        <translation>Geben Sie den CA-Schlüssel der Anwendung mit --ca-key an (oder registrieren Sie ein vorhandenes Gerätezertifikat mit --cert-input DEV.pem).</translation>
    </message>
    <message>
        <source>No key file was written: the private key stays on the board.</source>
        <translation>Es wurde keine Schlüsseldatei geschrieben: Der private Schlüssel bleibt auf dem Board.</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>SHA-256 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>verifies (%1): the board holds the key</source>
        <translation>gültig (%1): Das Board besitzt den Schlüssel</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY (%1)</source>
        <translation>UNGÜLTIG (%1)</translation>
    </message>
    <message>
        <source>Requested alt. names</source>
        <translation>Angeforderte alt. Namen</translation>
    </message>
    <message>
        <source>Requested key usage</source>
        <translation>Angeforderte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Requested extension</source>
        <translation>Angeforderte Erweiterung</translation>
    </message>
    <message>
        <source>Drogue</source>
        <translation>Drogue</translation>
    </message>
    <message>
        <source>a certificate for this request would be accepted by Drogue</source>
        <translation>ein Zertifikat für diese Anforderung würde von Drogue akzeptiert</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>dwb %1: provision Drogue Cloud devices with x.509 certificates.</source>
        <translation>dwb %1: Geräte in Drogue Cloud mit x.509-Zertifikaten ausstatten.</translation>
    </message>
    <message>
        <source>usage: dwb VERB [ARGUMENTS] [--help]</source>
        <translation>Aufruf: dwb VERB [ARGUMENTS] [--help]</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Aufrufformen:</translation>
    </message>
    <message>
        <source>Algorithms: rsa2048 rsa3072 rsa4096 ecdsa-p256 (default) ecdsa-p384 ed25519
            (drg&apos;s RSA, ECDSA and EdDSA are accepted too).
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Algorithmen: rsa2048 rsa3072 rsa4096 ecdsa-p256 (Standard) ecdsa-p384 ed25519
             (RSA, ECDSA und EdDSA von drg werden ebenfalls akzeptiert).
Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>%1 #%2: certificate request (%3)</source>
        <translation>%1 #%2: Zertifikatsanforderung (%3)</translation>
    </message>
    <message>
        <source>--csr is the board&apos;s own key: give no --key-output or --key-input with it.</source>
        <translation>--csr verwendet den eigenen Schlüssel des Boards: Geben Sie dazu weder --key-output noch --key-input an.</translation>
    </message>
    <message>
        <source>Give --key-output (where the new device key goes), --key-input or --csr.</source>
        <translation>Geben Sie --key-output (wohin der neue Geräteschlüssel kommt), --key-input oder --csr an.</translation>
    </message>
    <message>
        <source>Use --force to replace it.</source>
        <translation>Verwenden Sie --force, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Chain (certificate, then trust anchor): %1</source>
        <translation>Kette (Zertifikat, dann Vertrauensanker): %1</translation>
    </message>
    <message>
        <source>The certificate as DER: %1</source>
        <translation>Das Zertifikat als DER: %1</translation>
    </message>
    <message>
        <source>A passphrase is needed and there is no terminal to ask it on: give --passphrase-file F.</source>
        <translation>Eine Passphrase wird benötigt, aber es gibt kein Terminal für die Abfrage: Geben Sie --passphrase-file F an.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>An empty passphrase is refused.</source>
        <translation>Eine leere Passphrase wird abgelehnt.</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Erneut:</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Verbs that talk to Drogue Cloud take the global options --url URL --token USER:TOKEN [--ca FILE],
or --sandbox DIR, or --context NAME (default: the default context; see dwb context list);
before or after the verb; --timeout SECONDS.
--ledger FILE: the certificate ledger (default: $DWB_LEDGER, else
~/.local/share/drogue-workbench/ledger.sqlite); trust create, trust enroll and enroll-batch
record every certificate there before registering it (--no-ledger: not recommended).
</source>
        <translation>Befehle, die mit Drogue Cloud kommunizieren, akzeptieren die globalen Optionen --url URL --token USER:TOKEN [--ca DATEI],
oder --sandbox VERZ, oder --context NAME (Standard: der Standardkontext; siehe dwb context list);
vor oder nach dem Befehl; --timeout SEKUNDEN.
--ledger DATEI: das Zertifikatsjournal (Standard: $DWB_LEDGER, sonst
~/.local/share/drogue-workbench/ledger.sqlite); trust create, trust enroll und enroll-batch
erfassen dort jedes Zertifikat, bevor sie es registrieren (--no-ledger: nicht empfohlen).
</translation>
    </message>
    <message>
        <source>(trust anchor)</source>
        <translation>(Vertrauensanker)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>ANWENDUNG</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SERIENNUMMER</translation>
    </message>
    <message>
        <source>NOT AFTER (UTC)</source>
        <translation>GÜLTIG BIS (UTC)</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>RESTTAGE</translation>
    </message>
    <message>
        <source>ANCHOR</source>
        <translation>ANKER</translation>
    </message>
    <message>
        <source>REGISTRATION</source>
        <translation>REGISTRIERUNG</translation>
    </message>
    <message>
        <source>-o takes table, json or csv.</source>
        <translation>-o akzeptiert table, json oder csv.</translation>
    </message>
    <message>
        <source>--expiring takes a number of days (0 or more).</source>
        <translation>--expiring erwartet eine Anzahl von Tagen (0 oder mehr).</translation>
    </message>
    <message>
        <source>No certificates in the ledger match.</source>
        <translation>Keine Zertifikate im Journal stimmen überein.</translation>
    </message>
    <message>
        <source>Passphrase of the CA key %1:</source>
        <translation>Passphrase des CA-Schlüssels %1:</translation>
    </message>
    <message>
        <source>The CA key %1 is encrypted: give its passphrase with --ca-passphrase-file.</source>
        <translation>Der CA-Schlüssel %1 ist verschlüsselt: Geben Sie seine Passphrase mit --ca-passphrase-file an.</translation>
    </message>
    <message>
        <source>Give the backup file with --out.</source>
        <translation>Geben Sie die Sicherungsdatei mit --out an.</translation>
    </message>
    <message>
        <source>--offline takes the anchor certificate from --ca-cert CA.pem.</source>
        <translation>--offline liest das Ankerzertifikat aus --ca-cert CA.pem.</translation>
    </message>
    <message>
        <source>--ca-cert is for --offline: online, the anchor is read from the server.</source>
        <translation>--ca-cert gilt für --offline: Online wird der Anker vom Server gelesen.</translation>
    </message>
    <message>
        <source>%1 exists already: it is not overwritten.</source>
        <translation>%1 existiert bereits und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Trust anchor &quot;%1&quot; of %2 (valid until %3) and its CA key written to %4 (PKCS#12, mode 0600).</source>
        <translation>Vertrauensanker „%1“ von %2 (gültig bis %3) und sein CA-Schlüssel wurden in %4 geschrieben (PKCS#12, Modus 0600).</translation>
    </message>
    <message>
        <source>Keep the file and its passphrase apart: together they sign every device of %1.</source>
        <translation>Bewahren Sie die Datei und ihre Passphrase getrennt auf: Zusammen signieren sie jedes Gerät von %1.</translation>
    </message>
    <message>
        <source>Give the file the CA key is written to with --key-output.</source>
        <translation>Geben Sie mit --key-output die Datei an, in die der CA-Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>CA key of the trust anchor &quot;%1&quot; (valid until %2) written to %3 (mode 0600%4).</source>
        <translation>CA-Schlüssel des Vertrauensankers „%1“ (gültig bis %2) wurde in %3 geschrieben (Modus 0600%4).</translation>
    </message>
    <message>
        <source>Anchor certificate written to %1.</source>
        <translation>Anker-Zertifikat wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <source>The restored certificate &quot;%1&quot; is no longer a trust anchor of application &apos;%2&apos; (the key was written all the same).</source>
        <translation>Das wiederhergestellte Zertifikat „%1“ ist kein Vertrauensanker der Anwendung „%2“ mehr (der Schlüssel wurde trotzdem geschrieben).</translation>
    </message>
    <message>
        <source>It is a trust anchor of application &apos;%1&apos;.</source>
        <translation>Es ist ein Vertrauensanker der Anwendung „%1“.</translation>
    </message>
    <message>
        <source>%1 recorded, %2 already known, %3 skipped (ledger %4).</source>
        <translation>%1 erfasst, %2 bereits bekannt, %3 übersprungen (Journal %4).</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  übersprungen %1: %2</translation>
    </message>
    <message>
        <source>--keep-subject, --copy-san, --chain-output and --der-output are for --csr.</source>
        <translation>--keep-subject, --copy-san, --chain-output und --der-output gelten nur für --csr.</translation>
    </message>
    <message>
        <source>%1/%2 devices (%3%), %4/s, ETA %5</source>
        <translation>%1/%2 Geräte (%3%), %4/s, Restzeit %5</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--days needs a whole number of at least 1.</source>
        <translation>--days braucht eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--jobs needs a whole number of at least 1.</source>
        <translation>--jobs braucht eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--requests needs a whole number of at least 1.</source>
        <translation>--requests braucht eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>Note: the ledger is not used (--no-ledger): devices still under this anchor are not looked for.</source>
        <translation>Hinweis: Das Journal wird nicht verwendet (--no-ledger): Geräte, die noch unter diesem Vertrauensanker stehen, werden nicht gesucht.</translation>
    </message>
    <message>
        <source>Note: there is no ledger (%1): devices still under this anchor are not looked for.</source>
        <translation>Hinweis: Es gibt kein Journal (%1): Geräte, die noch unter diesem Vertrauensanker stehen, werden nicht gesucht.</translation>
    </message>
    <message>
        <source>The token &apos;%1&apos; needs its user PIN: give --pin-file or DWB_PKCS11_PIN.</source>
        <translation>Das Token &apos;%1&apos; benötigt seine Benutzer-PIN: Geben Sie --pin-file oder DWB_PKCS11_PIN an.</translation>
    </message>
    <message>
        <source>PIN of token &apos;%1&apos;: </source>
        <translation>PIN von Token &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>--mqtt takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--mqtt erwartet HOST:PORT, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--http takes a URL such as https://host:8443, not &apos;%1&apos;.</source>
        <translation>--http erwartet eine URL wie https://host:8443, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No trust anchor of %1 issued the certificate of %2.</source>
        <translation>Kein Vertrauensanker von %1 hat das Zertifikat von %2 ausgestellt.</translation>
    </message>
    <message>
        <source>  (holds the private key, mode 0600)</source>
        <translation>  (enthält den privaten Schlüssel, Modus 0600)</translation>
    </message>
    <message>
        <source>Give the format with --format (%1).</source>
        <translation>Geben Sie das Format mit --format an (%1).</translation>
    </message>
    <message>
        <source>Give the folder the package goes to with --out.</source>
        <translation>Geben Sie den Zielordner des Pakets mit --out an.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--%1 is not for --batch-dir: the batch folder names them.</source>
        <translation>--%1 gilt nicht für --batch-dir: Der Stapelordner gibt sie an.</translation>
    </message>
    <message>
        <source>The batch folder %1 holds no device with a certificate.</source>
        <translation>Der Stapelordner %1 enthält kein Gerät mit Zertifikat.</translation>
    </message>
    <message>
        <source>%1 has no key file in the batch folder (the board kept its key): a package needs it.</source>
        <translation>%1 hat keine Schlüsseldatei im Stapelordner (das Board hat seinen Schlüssel behalten): Ein Paket benötigt sie.</translation>
    </message>
    <message>
        <source>Passphrase for the PKCS#12 file:</source>
        <translation>Passphrase für die PKCS#12-Datei:</translation>
    </message>
    <message>
        <source>--passphrase-file is for p12-legacy: %1 is not encrypted.</source>
        <translation>--passphrase-file gilt für p12-legacy: %1 wird nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3):</source>
        <translation>%1 von %2 (%3):</translation>
    </message>
    <message>
        <source>No endpoints were known (no server, no --mqtt or --http): the package names none.</source>
        <translation>Es waren keine Endpunkte bekannt (kein Server, kein --mqtt oder --http): Das Paket nennt keine.</translation>
    </message>
    <message>
        <source>CA key made on the token: %1 (it never leaves the token).</source>
        <translation>CA-Schlüssel auf dem Token erzeugt: %1 (er verlässt das Token nie).</translation>
    </message>
</context>
<context>
    <name>dwb::cli::RegistryArgs</name>
    <message>
        <source>Give the application with --app.</source>
        <translation>Geben Sie die Anwendung mit --app an.</translation>
    </message>
    <message>
        <source>-o takes &apos;json&apos; or &apos;table&apos;.</source>
        <translation>-o erwartet „json“ oder „table“.</translation>
    </message>
</context>
<context>
    <name>dwb::gui</name>
    <message>
        <source>Make a &amp;new key for each device (the old key file is kept)</source>
        <translation>Für jedes Gerät einen &amp;neuen Schlüssel erzeugen (die alte Schlüsseldatei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Renew Certificates</source>
        <translation>Zertifikate erneuern</translation>
    </message>
    <message>
        <source>Each device gets a new certificate with the same subject, so its alias stays as it is. By default the certificate is for the key the device has now.</source>
        <translation>Jedes Gerät erhält ein neues Zertifikat mit demselben Subject, sodass sein Alias unverändert bleibt. Standardmäßig gilt das Zertifikat für den aktuellen Schlüssel des Geräts.</translation>
    </message>
    <message>
        <source>CA key file</source>
        <translation>CA-Schlüsseldatei</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the CA key against the application&apos;s trust anchors</source>
        <translation>CA-Schlüssel mit den Vertrauensankern der Anwendung abgleichen</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Lifetime of the new certificates</source>
        <translation>Gültigkeitsdauer der neuen Zertifikate</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>&amp;CA key:</source>
        <translation>&amp;CA-Schlüssel:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <source>the CA key</source>
        <translation>den CA-Schlüssel</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Anwendung &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>✔ Matches trust anchor #%1 of &apos;%2&apos;: %3, valid until %4.</source>
        <translation>✔ Passt zu Vertrauensanker #%1 von &apos;%2&apos;: %3, gültig bis %4.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AddAliasCommand</name>
    <message>
        <source>Could not add an alias to device %1</source>
        <translation>Dem Gerät %1 konnte kein Alias hinzugefügt werden</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>New alias of %1 (a certificate subject such as CN=%1, O=Drogue IoT, OU=%2 lets it log in with that certificate):</source>
        <translation>Neuer Alias von %1 (ein Zertifikatssubjekt wie CN=%1, O=Drogue IoT, OU=%2 erlaubt die Anmeldung mit diesem Zertifikat):</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AddConnectionDialog</name>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Server CA</source>
        <translation>Server-CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API URL, e.g. https://api.example.net.</source>
        <translation>Geben Sie die API-URL des Servers ein, z. B. https://api.example.net.</translation>
    </message>
    <message>
        <source>Enter your user id and an access token.</source>
        <translation>Geben Sie Ihre Benutzerkennung und ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The server CA file cannot be read.</source>
        <translation>Die CA-Datei des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>The server did not answer as Drogue Cloud: %1</source>
        <translation>Der Server hat nicht wie Drogue Cloud geantwortet: %1</translation>
    </message>
    <message>
        <source>The server refused these credentials: %1</source>
        <translation>Der Server hat diese Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token is kept for this session only; nothing secret is written to disk. To keep it in the system key store, use File ▸ Sign In…</source>
        <translation>Das Token wird nur für diese Sitzung behalten; nichts Geheimes wird auf die Festplatte geschrieben. Um es im Systemschlüsselspeicher aufzubewahren, verwenden Sie Datei ▸ Anmelden…</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AlgorithmPicker</name>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>ECDSA</source>
        <translation>ECDSA</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>Key size or curve</source>
        <translation>Schlüsselgröße oder Kurve</translation>
    </message>
    <message>
        <source>2048 bits</source>
        <translation>2048 Bit</translation>
    </message>
    <message>
        <source>3072 bits</source>
        <translation>3072 Bit</translation>
    </message>
    <message>
        <source>4096 bits (slow)</source>
        <translation>4096 Bit (langsam)</translation>
    </message>
    <message>
        <source>Cur&amp;ve:</source>
        <translation>&amp;Kurve:</translation>
    </message>
    <message>
        <source>P-256</source>
        <translation>P-256</translation>
    </message>
    <message>
        <source>P-384</source>
        <translation>P-384</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorKeyPage</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The CA key that will sign the device certificates.</source>
        <translation>Der CA-Schlüssel, der die Gerätezertifikate signieren wird.</translation>
    </message>
    <message>
        <source>Use an &amp;existing key</source>
        <translation>&amp;Vorhandenen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Register an existing CA &amp;certificate with its key</source>
        <translation>Vorhandenes CA-&amp;Zertifikat mit seinem Schlüssel registrieren</translation>
    </message>
    <message>
        <source>CA Key</source>
        <translation>CA-Schlüssel</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Key of the CA Certificate</source>
        <translation>Schlüssel des CA-Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Validity of the new anchor certificate:</source>
        <translation>&amp;Gültigkeit des neuen Ankerzertifikats:</translation>
    </message>
    <message>
        <source>the CA key</source>
        <translation>den CA-Schlüssel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CA certificate (basicConstraints CA:TRUE is missing): it cannot be a trust anchor.</source>
        <translation>„%1“ ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt): Es kann kein Vertrauensanker sein.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate &apos;%2&apos;.</source>
        <translation>Der Schlüssel %1 gehört nicht zum Zertifikat „%2“.</translation>
    </message>
    <message>
        <source>Hardware token (&amp;PKCS#11)</source>
        <translation>Hardware-Token (&amp;PKCS#11)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorResultPage</name>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Anchor:</source>
        <translation>Anker:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>CA key file:</source>
        <translation>CA-Schlüsseldatei:</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(nicht geschrieben)</translation>
    </message>
    <message>
        <source>Anchor certificate:</source>
        <translation>Ankerzertifikat:</translation>
    </message>
    <message>
        <source>Devices of &apos;%1&apos; can now be enrolled with this CA key (Registry › Enroll Device…).</source>
        <translation>Geräte von „%1“ können jetzt mit diesem CA-Schlüssel registriert werden (Registry › Gerät registrieren…).</translation>
    </message>
    <message>
        <source>CA key on the token:</source>
        <translation>CA-Schlüssel auf dem Token:</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorStoragePage</name>
    <message>
        <source>Save the CA Key</source>
        <translation>CA-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem)</source>
        <translation>Schlüssel (*.key *.pem)</translation>
    </message>
    <message>
        <source>Save the Anchor Certificate</source>
        <translation>Ankerzertifikat speichern</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a file for the CA key.</source>
        <translation>Wählen Sie eine Datei für den CA-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file (nothing is overwritten).</source>
        <translation>%1 existiert bereits: Wählen Sie eine andere Datei (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for the anchor certificate, or none.</source>
        <translation>%1 existiert bereits: Wählen Sie eine andere Datei für das Ankerzertifikat oder keine.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorSummaryText</name>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>new %1 key</source>
        <translation>neuer %1-Schlüssel</translation>
    </message>
    <message>
        <source>existing key %1</source>
        <translation>vorhandener Schlüssel %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>existing CA certificate &apos;%1&apos;, registered as it is</source>
        <translation>vorhandenes CA-Zertifikat „%1“, unverändert registriert</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now</source>
        <translation>
            <numerusform>%n Tag ab jetzt</numerusform>
            <numerusform>%n Tage ab jetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>CA key file:</source>
        <translation>CA-Schlüsseldatei:</translation>
    </message>
    <message>
        <source>(encrypted with your passphrase)</source>
        <translation>(mit Ihrer Passphrase verschlüsselt)</translation>
    </message>
    <message>
        <source>(not encrypted, mode 0600)</source>
        <translation>(nicht verschlüsselt, Modus 0600)</translation>
    </message>
    <message>
        <source>stays at %1</source>
        <translation>bleibt in %1</translation>
    </message>
    <message>
        <source>Anchor certificate copy:</source>
        <translation>Kopie des Ankerzertifikats:</translation>
    </message>
    <message>
        <source>The key file is written and read back before the anchor is sent to the server.</source>
        <translation>Die Schlüsseldatei wird geschrieben und zurückgelesen, bevor der Anker an den Server gesendet wird.</translation>
    </message>
    <message>
        <source>new %1 key, made on the token</source>
        <translation>neuer %1-Schlüssel, auf dem Token erzeugt</translation>
    </message>
    <message>
        <source>existing key on the token</source>
        <translation>vorhandener Schlüssel auf dem Token</translation>
    </message>
    <message>
        <source>CA key on the token:</source>
        <translation>CA-Schlüssel auf dem Token:</translation>
    </message>
    <message>
        <source>The key never leaves the token and no key file is written: the token signs the anchor certificate, and later the device certificates.</source>
        <translation>Der Schlüssel verlässt das Token nie und es wird keine Schlüsseldatei geschrieben: Das Token signiert das Ankerzertifikat und später die Gerätezertifikate.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AppListModel</name>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n gültig</numerusform>
            <numerusform>%n gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Trust anchors: %1</source>
        <translation>Vertrauensanker: %1</translation>
    </message>
    <message>
        <source>Counting devices…</source>
        <translation>Zähle Geräte…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Trust anchor valid until %1 (UTC): %2</source>
        <translation>Vertrauensanker gültig bis %1 (UTC): %2</translation>
    </message>
    <message>
        <source>Anchor expiry</source>
        <translation>Ablauf des Ankers</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The application whose devices will trust the anchor.</source>
        <translation>Die Anwendung, deren Geräte dem Anker vertrauen werden.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Trust anchors of the application</source>
        <translation>Vertrauensanker der Anwendung</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>&amp;Trust anchors:</source>
        <translation>&amp;Vertrauensanker:</translation>
    </message>
    <message>
        <source>&amp;Remove Anchor…</source>
        <translation>Anker &amp;entfernen…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Could not list the applications: %1</source>
        <translation>Die Anwendungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>There is no application yet: create one first.</source>
        <translation>Es gibt noch keine Anwendung: Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Die Anwendung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>The devices could not be listed (%1), so it is not known which devices use it.</source>
        <translation>Die Geräte konnten nicht aufgelistet werden (%1), daher ist nicht bekannt, welche Geräte ihn verwenden.</translation>
    </message>
    <message>
        <source>No device of &apos;%1&apos; has a certificate alias (OU=%1).</source>
        <translation>Kein Gerät von „%1“ hat einen Zertifikatsalias (OU=%1).</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n device(s) have certificate aliases (OU=%1) and would no longer be able to connect with their certificates if they were issued under this anchor: %2.</source>
        <translation>
            <numerusform>Dieses Gerät hat einen Zertifikatsalias (OU=%1) und könnte sich nicht mehr mit seinem Zertifikat verbinden, falls es unter diesem Anker ausgestellt wurde: %2.</numerusform>
            <numerusform>Diese %n Geräte haben Zertifikatsaliase (OU=%1) und könnten sich nicht mehr mit ihren Zertifikaten verbinden, falls diese unter diesem Anker ausgestellt wurden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Certificates are not stored on the server, so this is approximated from the aliases.)</source>
        <translation>(Zertifikate werden nicht auf dem Server gespeichert; dies ist daher aus den Aliasen geschätzt.)</translation>
    </message>
    <message>
        <source>Remove Trust Anchor</source>
        <translation>Vertrauensanker entfernen</translation>
    </message>
    <message>
        <source>Remove trust anchor %1 (%2) from application &apos;%3&apos;?

%4</source>
        <translation>Vertrauensanker %1 (%2) aus der Anwendung „%3“ entfernen?

%4</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The anchor was removed already.</source>
        <translation>Der Anker wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>The anchor was not removed: %1</source>
        <translation>Der Anker wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Trust anchor removed from &apos;%1&apos;.</source>
        <translation>Vertrauensanker aus „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The ledger could not be read (%1): devices may still depend on it.</source>
        <translation>Das Journal konnte nicht gelesen werden (%1): Möglicherweise hängen noch Geräte von ihm ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still depend on it and will no longer be able to log in: %1.</source>
        <translation>
            <numerusform>%n Gerät hängt noch von ihm ab und kann sich nicht mehr anmelden: %1.</numerusform>
            <numerusform>%n Geräte hängen noch von ihm ab und können sich nicht mehr anmelden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger holds no current certificate issued under it.</source>
        <translation>Das Journal enthält kein aktuelles Zertifikat, das unter ihm ausgestellt wurde.</translation>
    </message>
    <message>
        <source>&amp;Remove Anyway</source>
        <translation>&amp;Trotzdem entfernen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::BatchDeviceChooser</name>
    <message>
        <source>Test &amp;device:</source>
        <translation>Zu testendes &amp;Gerät:</translation>
    </message>
    <message>
        <source>Device to test</source>
        <translation>Zu testendes Gerät</translation>
    </message>
    <message>
        <source>The first %1 of %2 enrolled devices are listed; type the name of any other.</source>
        <translation>Die ersten %1 von %2 registrierten Geräten sind aufgeführt; für jedes andere den Namen eingeben.</translation>
    </message>
    <message>
        <source>An enrolled device of the list: its key and certificate in the folder</source>
        <translation>Ein registriertes Gerät der Liste: sein Schlüssel und Zertifikat im Ordner</translation>
    </message>
    <message>
        <source>Choose a device of the list.</source>
        <translation>Wählen Sie ein Gerät der Liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device of this list.</source>
        <translation>„%1“ ist kein Gerät dieser Liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed in this batch: it cannot be tested.</source>
        <translation>„%1“ ist in diesem Stapel fehlgeschlagen: Es kann nicht getestet werden.</translation>
    </message>
    <message>
        <source>Cannot test &apos;%1&apos;: %2 is missing (moved or deleted since the batch). Run the same list into the same folder again to make the device&apos;s files anew.</source>
        <translation>„%1“ kann nicht getestet werden: %2 fehlt (seit dem Stapellauf verschoben oder gelöscht). Führen Sie dieselbe Liste erneut in denselben Ordner aus, um die Dateien des Geräts neu zu erstellen.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::BatchProgressText</name>
    <message>
        <source>Checking the CA key and the folder…</source>
        <translation>Prüfe den CA-Schlüssel und den Ordner…</translation>
    </message>
    <message>
        <source>%1 devices/s, about %2 left</source>
        <translation>%1 Geräte/s, noch etwa %2</translation>
    </message>
    <message>
        <source>%1 of %2 devices done</source>
        <translation>%1 von %2 Geräten erledigt</translation>
    </message>
    <message>
        <source>Done: %1 of %2 devices.</source>
        <translation>Fertig: %1 von %2 Geräten.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 devices. Resume finishes the rest; what is done is kept.</source>
        <translation>Nach %1 von %2 Geräten angehalten. „Fortsetzen“ erledigt den Rest; Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Checking the CA key and reading the requests again…</source>
        <translation>CA-Schlüssel wird geprüft und Anforderungen werden erneut gelesen…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 boards. Their keys stayed on the boards.</source>
        <translation>Fertig: %1 von %2 Boards. Ihre Schlüssel sind auf den Boards geblieben.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CertificateTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>(trust anchor)</source>
        <translation>(Vertrauensanker)</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Gültig von %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CertificatesView</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Device name contains…</source>
        <translation>Gerätename enthält…</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>Nach Gerät filtern</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Expiring within the warning window</source>
        <translation>Läuft innerhalb der Warnfrist ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warning window in days</source>
        <translation>Warnfrist in Tagen</translation>
    </message>
    <message>
        <source>A certificate that expires within this many days is shown as expiring; the window warns about them on connecting</source>
        <translation>Ein Zertifikat, das innerhalb dieser Anzahl von Tagen abläuft, wird als ablaufend angezeigt; das Fenster warnt beim Verbinden davor</translation>
    </message>
    <message>
        <source>Issuing anchor</source>
        <translation>Ausstellender Anker</translation>
    </message>
    <message>
        <source>Write the certificates shown to a CSV file</source>
        <translation>Angezeigte Zertifikate in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Journal erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Refresh certificates</source>
        <translation>Zertifikate aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Warn within:</source>
        <translation>&amp;Warnen innerhalb:</translation>
    </message>
    <message>
        <source>An&amp;chor:</source>
        <translation>An&amp;ker:</translation>
    </message>
    <message>
        <source>Certificates in the ledger</source>
        <translation>Zertifikate im Journal</translation>
    </message>
    <message>
        <source>Certificate columns</source>
        <translation>Zertifikatspalten</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No certificates in the ledger yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every certificate the workbench issues or registers — in the wizards, with &lt;tt&gt;dwb&lt;/tt&gt; or in a batch — is recorded in the ledger with its expiry, and listed here. Certificates made before can be added with &lt;tt&gt;dwb certs import FOLDER&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Ledger: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Zertifikate im Journal.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jedes Zertifikat, das die Workbench ausstellt oder registriert — in den Assistenten, mit &lt;tt&gt;dwb&lt;/tt&gt; oder im Stapel —, wird mit seinem Ablaufdatum im Journal erfasst und hier aufgeführt. Früher erstellte Zertifikate können mit &lt;tt&gt;dwb certs import FOLDER&lt;/tt&gt; hinzugefügt werden.&lt;/p&gt;&lt;p&gt;Journal: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <source>All anchors</source>
        <translation>Alle Anker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No certificate matches the filters (%1 in the ledger).</source>
        <translation>Kein Zertifikat entspricht den Filtern (%1 im Journal).</translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown — %3 expiring within %4 days, %5 expired</source>
        <translation>%1 von %2 Zertifikaten angezeigt — %3 laufen innerhalb von %4 Tagen ab, %5 abgelaufen</translation>
    </message>
    <message>
        <source>Export Certificates</source>
        <translation>Zertifikate exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Er&amp;neuern…</translation>
    </message>
    <message>
        <source>Select the devices to renew (of one application)</source>
        <translation>Wählen Sie die zu erneuernden Geräte (einer Anwendung)</translation>
    </message>
    <message numerus="yes">
        <source>New certificates for %n selected device(s) of &apos;%1&apos;, with the same subjects</source>
        <translation>
            <numerusform>Neues Zertifikat für %n ausgewähltes Gerät von &apos;%1&apos;, mit demselben Subject</numerusform>
            <numerusform>Neue Zertifikate für %n ausgewählte Geräte von &apos;%1&apos;, mit denselben Subjects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::Command</name>
    <message>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CommandCheckBox</name>
    <message>
        <source>Command to the device</source>
        <translation>Befehl an das Gerät</translation>
    </message>
    <message>
        <source>Send &amp;Command</source>
        <translation>&amp;Befehl senden</translation>
    </message>
    <message>
        <source>Subscribe as the device to command/inbox/#, send the command through the server&apos;s command API and wait for it to arrive</source>
        <translation>Als Gerät command/inbox/# abonnieren, den Befehl über die Befehls-API des Servers senden und auf sein Eintreffen warten</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Payl&amp;oad:</source>
        <translation>Nutz&amp;daten:</translation>
    </message>
    <message>
        <source>Subscribed as the device (command/inbox/#)</source>
        <translation>Als Gerät abonniert (command/inbox/#)</translation>
    </message>
    <message>
        <source>Sent through the command API</source>
        <translation>Über die Befehls-API gesendet</translation>
    </message>
    <message>
        <source>Arrived at the device</source>
        <translation>Beim Gerät eingetroffen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No device.</source>
        <translation>Kein Gerät.</translation>
    </message>
    <message>
        <source>Command check: device &apos;%1&apos; of &apos;%2&apos; subscribes to command/inbox/#, then &apos;%3&apos; is sent through the command API…</source>
        <translation>Befehlsprüfung: Gerät &apos;%1&apos; von &apos;%2&apos; abonniert command/inbox/#, dann wird &apos;%3&apos; über die Befehls-API gesendet…</translation>
    </message>
    <message>
        <source>Arrived: &apos;%1&apos; on %2 %3 ms after it was sent (the API answered in %4 ms).</source>
        <translation>Eingetroffen: &apos;%1&apos; auf %2, %3 ms nach dem Senden (die API antwortete in %4 ms).</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>Server: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Server: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Benutzer: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Sign In A&amp;gain</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again to this server; the window keeps what it shows</source>
        <translation>Erneut bei diesem Server anmelden; das Fenster behält seinen Inhalt</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ConnectionController</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token of %1 for %2.
The token is kept for this session only; use File ▸ Sign In… to keep it in the system key store.</source>
        <translation>Zugriffstoken von %1 für %2.
Das Token wird nur für diese Sitzung behalten; verwenden Sie Datei ▸ Anmelden…, um es im Systemschlüsselspeicher aufzubewahren.</translation>
    </message>
    <message>
        <source>No access token for this session.</source>
        <translation>Kein Zugriffstoken für diese Sitzung.</translation>
    </message>
    <message>
        <source>The sandbox is not running: %1</source>
        <translation>Die Sandbox läuft nicht: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Use “Sign In Again” in the connection bar.</source>
        <translation>Verwenden Sie „Erneut anmelden“ in der Verbindungsleiste.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Use “Sign In Again” in the connection bar; the window keeps what it shows.</source>
        <translation>Verwenden Sie „Erneut anmelden“ in der Verbindungsleiste; das Fenster behält seinen Inhalt.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: %1</source>
        <translation>Die Anmeldung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Signed in again as %1.</source>
        <translation>Erneut angemeldet als %1.</translation>
    </message>
    <message>
        <source>Import drg Configuration</source>
        <translation>drg-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Import which drg configuration?</source>
        <translation>Welche drg-Konfiguration soll importiert werden?</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>drg configuration (*.yaml *.yml);;All files (*)</source>
        <translation>drg-Konfiguration (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>In the workbench: choose the connection, then “Sign In Again”.</source>
        <translation>In der Workbench: Wählen Sie die Verbindung, dann „Erneut anmelden“.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CreateApplicationCommand</name>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Name of the application (lowercase letters, digits and &apos;-&apos;):</source>
        <translation>Name der Anwendung (Kleinbuchstaben, Ziffern und „-“):</translation>
    </message>
    <message>
        <source>No application was created.</source>
        <translation>Es wurde keine Anwendung angelegt.</translation>
    </message>
    <message>
        <source>Could not create application %1</source>
        <translation>Die Anwendung %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>Anwendung %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CreateDeviceCommand</name>
    <message>
        <source>New Device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>Name of the new device in %1:</source>
        <translation>Name des neuen Geräts in %1:</translation>
    </message>
    <message>
        <source>No device was created.</source>
        <translation>Es wurde kein Gerät angelegt.</translation>
    </message>
    <message>
        <source>Could not create device %1</source>
        <translation>Das Gerät %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Device %1 created in %2.</source>
        <translation>Gerät %1 in %2 angelegt.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DeleteApplicationCommand</name>
    <message>
        <source>Delete the application “%1” and all its devices? This cannot be undone.</source>
        <translation>Die Anwendung „%1“ und alle ihre Geräte löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the application “%1” and its %n device(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Die Anwendung „%1“ und ihr Gerät löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die Anwendung „%1“ und ihre %n Geräte löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Application %1 was not deleted.</source>
        <translation>Die Anwendung %1 wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete application %1</source>
        <translation>Die Anwendung %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Application %1 deleted.</source>
        <translation>Anwendung %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DeleteDevicesCommand</name>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>und %n weiteres.</numerusform>
            <numerusform>und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the device “%1” of %2? Its credentials and aliases are lost; this cannot be undone.</source>
        <translation>Das Gerät „%1“ von %2 löschen? Seine Zugangsdaten und Aliase gehen verloren; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n devices of %1? Their credentials and aliases are lost; this cannot be undone.</source>
        <translation>
            <numerusform>Dieses Gerät von %1 löschen? Seine Zugangsdaten und Aliase gehen verloren; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Geräte von %1 löschen? Ihre Zugangsdaten und Aliase gehen verloren; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Devices</source>
        <translation>Geräte löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No device was deleted.</source>
        <translation>Es wurde kein Gerät gelöscht.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Some devices were not deleted: %1</source>
        <translation>Einige Geräte wurden nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select an application or a device</source>
        <translation>Wählen Sie eine Anwendung oder ein Gerät</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>UID:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generation:</translation>
    </message>
    <message>
        <source>Resource version:</source>
        <translation>Ressourcenversion:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>(not a certificate)</source>
        <translation>(kein Zertifikat)</translation>
    </message>
    <message>
        <source>No trust anchor: devices of this application cannot log in with certificates.</source>
        <translation>Kein Vertrauensanker: Geräte dieser Anwendung können sich nicht mit Zertifikaten anmelden.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Aliase:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>user name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>vorab geteilter Schlüssel</translation>
    </message>
    <message>
        <source>No stored credential (certificate login uses the name or an alias)</source>
        <translation>Keine gespeicherten Zugangsdaten (die Zertifikatsanmeldung verwendet den Namen oder einen Alias)</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n Gerät ausgewählt</numerusform>
            <numerusform>%n Geräte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Write the selected trust anchor and its CA key into a PKCS#12 file protected by a passphrase</source>
        <translation>Ausgewählten Vertrauensanker und seinen CA-Schlüssel in eine durch eine Passphrase geschützte PKCS#12-Datei schreiben</translation>
    </message>
    <message>
        <source>Restore a trust anchor&apos;s CA key from its PKCS#12 backup</source>
        <translation>CA-Schlüssel eines Vertrauensankers aus seiner PKCS#12-Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>A&amp;ustauschen…</translation>
    </message>
    <message>
        <source>Replace the selected trust anchor by a new one: add it, renew the devices under it, remove the old one</source>
        <translation>Den ausgewählten Vertrauensanker durch einen neuen ersetzen: ihn hinzufügen, die Geräte darunter erneuern, den alten entfernen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DeviceTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Can log in with an x.509 certificate of this subject</source>
        <translation>Kann sich mit einem X.509-Zertifikat dieses Subjekts anmelden</translation>
    </message>
    <message>
        <source>No alias is a certificate subject</source>
        <translation>Kein Alias ist ein Zertifikatssubjekt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Certificate alias</source>
        <translation>Zertifikatsalias</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EditApplicationLabelsCommand</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Could not change the labels of application %1</source>
        <translation>Die Labels der Anwendung %1 konnten nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EditDeviceLabelsCommand</name>
    <message>
        <source>Could not change the labels of device %1</source>
        <translation>Die Labels des Geräts %1 konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollCaPage</name>
    <message>
        <source>CA Key</source>
        <translation>CA-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem *.der *.p8 *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Looking for the matching trust anchor…</source>
        <translation>Suche den passenden Vertrauensanker…</translation>
    </message>
    <message>
        <source>CA key &amp;file</source>
        <translation>CA-Schlüssel&amp;datei</translation>
    </message>
    <message>
        <source>Hardware token (&amp;PKCS#11)</source>
        <translation>Hardware-Token (&amp;PKCS#11)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollDevicePage</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>An &amp;existing device</source>
        <translation>Ein &amp;vorhandenes Gerät</translation>
    </message>
    <message>
        <source>A &amp;new device</source>
        <translation>Ein &amp;neues Gerät</translation>
    </message>
    <message>
        <source>e.g. sensor-42</source>
        <translation>z. B. sensor-42</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Could not list the devices: %1</source>
        <translation>Die Geräte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already: its certificate alias will be added.</source>
        <translation>„%1“ existiert bereits: Sein Zertifikatsalias wird hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;One device</source>
        <translation>&amp;Ein Gerät</translation>
    </message>
    <message>
        <source>Paste the names, one per line (# starts a comment), or CSV with a header:
name,labels,alias
sensor-1,site=lab-1;floor=2,serial-0001</source>
        <translation>Fügen Sie die Namen ein, einen pro Zeile (# leitet einen Kommentar ein), oder CSV mit Kopfzeile:
name,labels,alias
sensor-1,site=lab-1;floor=2,serial-0001</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Geräteliste</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Read the list from a text or CSV file</source>
        <translation>Die Liste aus einer Text- oder CSV-Datei lesen</translation>
    </message>
    <message>
        <source>Problems of the device list</source>
        <translation>Probleme der Geräteliste</translation>
    </message>
    <message>
        <source>Device li&amp;st:</source>
        <translation>Geräteli&amp;ste:</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message numerus="yes">
        <source>The list%1 has %n problem(s); fix every line shown below to continue.</source>
        <translation>
            <numerusform>Die Liste%1 hat %n Problem; korrigieren Sie jede unten gezeigte Zeile, um fortzufahren.</numerusform>
            <numerusform>Die Liste%1 hat %n Probleme; korrigieren Sie jede unten gezeigte Zeile, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) (CSV)%1</source>
        <translation>
            <numerusform>%n Gerät (CSV)%1</numerusform>
            <numerusform>%n Geräte (CSV)%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)%1</source>
        <translation>
            <numerusform>%n Gerät%1</numerusform>
            <numerusform>%n Geräte%1</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 new, %2 exist already (their certificate alias is added).</source>
        <translation>: %1 neu, %2 bereits vorhanden (ihr Zertifikatsalias wird hinzugefügt).</translation>
    </message>
    <message>
        <source>Device List</source>
        <translation>Geräteliste</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.txt *.lst);;All files (*)</source>
        <translation>Gerätelisten (*.csv *.txt *.lst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Register an existing device certificate (no CA key needed)</source>
        <translation>Vorhandenes Gerätezertifikat &amp;registrieren (kein CA-Schlüssel nötig)</translation>
    </message>
    <message>
        <source>A certificate issued elsewhere, for example with openssl, registered as it is</source>
        <translation>Ein anderswo ausgestelltes Zertifikat, zum Beispiel mit openssl, unverändert registriert</translation>
    </message>
    <message>
        <source>The device that gets the certificate: one of the application&apos;s devices, or a new one; or several devices from a list or from a folder of the boards&apos; certificate requests.</source>
        <translation>Das Gerät, das das Zertifikat erhält: eines der Geräte der Anwendung oder ein neues; oder mehrere Geräte aus einer Liste oder aus einem Ordner mit den Zertifikatsanforderungen der Boards.</translation>
    </message>
    <message>
        <source>Se&amp;veral devices</source>
        <translation>&amp;Mehrere Geräte</translation>
    </message>
    <message>
        <source>From a device lis&amp;t: a new key for each</source>
        <translation>Aus einer Geräte&amp;liste: jeweils ein neuer Schlüssel</translation>
    </message>
    <message>
        <source>From a folder of &amp;certificate requests from the boards (their keys stay on the boards)</source>
        <translation>Aus einem Ordner mit &amp;Zertifikatsanforderungen der Boards (ihre Schlüssel bleiben auf den Boards)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollKeyPage</name>
    <message>
        <source>Device Key and Certificate</source>
        <translation>Geräteschlüssel und Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Import an existing key</source>
        <translation>Vorhandenen Schlüssel &amp;importieren</translation>
    </message>
    <message>
        <source>Register an existing device &amp;certificate as it is</source>
        <translation>Vorhandenes Geräte&amp;zertifikat unverändert registrieren</translation>
    </message>
    <message>
        <source>Device Key</source>
        <translation>Geräteschlüssel</translation>
    </message>
    <message>
        <source>Device Certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>&amp;Validity of the new device certificate:</source>
        <translation>&amp;Gültigkeit des neuen Gerätezertifikats:</translation>
    </message>
    <message>
        <source>the device key</source>
        <translation>der Geräteschlüssel</translation>
    </message>
    <message>
        <source>A new key made here, a key you have, a request from a board that keeps its key, or a certificate issued elsewhere.</source>
        <translation>Ein hier erzeugter neuer Schlüssel, ein vorhandener Schlüssel, eine Anforderung von einem Board, das seinen Schlüssel behält, oder ein anderswo ausgestelltes Zertifikat.</translation>
    </message>
    <message>
        <source>Certificate &amp;request from the device (CSR): the key stays on the board</source>
        <translation>Zertifikats&amp;anforderung vom Gerät (CSR): Der Schlüssel bleibt auf dem Board</translation>
    </message>
    <message>
        <source>This request cannot be used: %1</source>
        <translation>Diese Anforderung kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The boards of the folder keep their keys: each certificate is for the key of its request.</source>
        <translation>Die Boards des Ordners behalten ihre Schlüssel: Jedes Zertifikat gilt für den Schlüssel seiner Anforderung.</translation>
    </message>
    <message>
        <source>Several devices from a list always get new keys.</source>
        <translation>Mehrere Geräte aus einer Liste erhalten immer neue Schlüssel.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollOutputPage</name>
    <message>
        <source>Where to write the device&apos;s key and certificate. Keys are readable by you only (0600).</source>
        <translation>Wohin Schlüssel und Zertifikat des Geräts geschrieben werden. Schlüssel sind nur für Sie lesbar (0600).</translation>
    </message>
    <message>
        <source>Folder for the Device&apos;s Files</source>
        <translation>Ordner für die Dateien des Geräts</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Choose PEM files, a PKCS#12 file or both.</source>
        <translation>Wählen Sie PEM-Dateien, eine PKCS#12-Datei oder beides.</translation>
    </message>
    <message>
        <source>Give the PKCS#12 file a passphrase.</source>
        <translation>Geben Sie der PKCS#12-Datei eine Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another folder (nothing is overwritten).</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Ordner (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Where to write the devices&apos; keys and certificates, one set per device, and the record of the batch. Keys are readable by you only (0600).</source>
        <translation>Wohin die Schlüssel und Zertifikate der Geräte geschrieben werden, ein Satz pro Gerät, sowie das Protokoll des Stapels. Schlüssel sind nur für Sie lesbar (0600).</translation>
    </message>
    <message>
        <source>A batch always writes PEM files</source>
        <translation>Ein Stapel schreibt immer PEM-Dateien</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This folder holds a batch of application &apos;%1&apos;: choose another folder.</source>
        <translation>Dieser Ordner enthält einen Stapel der Anwendung „%1“: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This folder holds a batch made with %1 keys: choose %1 on the key page, or another folder.</source>
        <translation>Dieser Ordner enthält einen Stapel mit %1-Schlüsseln: Wählen Sie %1 auf der Schlüsselseite oder einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This folder holds an earlier batch: devices finished there are skipped, the rest is done now.</source>
        <translation>Dieser Ordner enthält einen früheren Stapel: Dort fertiggestellte Geräte werden übersprungen, der Rest wird jetzt erledigt.</translation>
    </message>
    <message>
        <source>Give the PKCS#12 files a passphrase.</source>
        <translation>Geben Sie den PKCS#12-Dateien eine Passphrase.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n device(s): %1.key, .pem and .p12 (for example); the record of the batch: %2</source>
        <translation>
            <numerusform>Dateien für das Gerät: %1.key, .pem und .p12 (zum Beispiel); das Protokoll des Stapels: %2</numerusform>
            <numerusform>Dateien für jedes der %n Geräte: %1.key, .pem und .p12 (zum Beispiel); das Protokoll des Stapels: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n device(s): %1.key and .pem (for example); the record of the batch: %2</source>
        <translation>
            <numerusform>Dateien für das Gerät: %1.key und .pem (zum Beispiel); das Protokoll des Stapels: %2</numerusform>
            <numerusform>Dateien für jedes der %n Geräte: %1.key und .pem (zum Beispiel); das Protokoll des Stapels: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write the device&apos;s certificate. There is no key file: the private key stays on the board.</source>
        <translation>Wohin das Zertifikat des Geräts geschrieben wird. Es gibt keine Schlüsseldatei: Der private Schlüssel bleibt auf dem Board.</translation>
    </message>
    <message>
        <source>A certificate request gets a PEM certificate</source>
        <translation>Eine Zertifikatsanforderung erhält ein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>A PKCS#12 file would need the private key, which stays on the board</source>
        <translation>Eine PKCS#12-Datei bräuchte den privaten Schlüssel, der auf dem Board bleibt</translation>
    </message>
    <message>
        <source>Where to write the boards&apos; certificates, one per board, and the record of the batch. There are no key files: the private keys stay on the boards.</source>
        <translation>Wohin die Zertifikate der Boards (eines pro Board) und das Protokoll des Stapels geschrieben werden. Es gibt keine Schlüsseldateien: Die privaten Schlüssel bleiben auf den Boards.</translation>
    </message>
    <message>
        <source>&amp;PEM file: the certificate</source>
        <translation>&amp;PEM-Datei: das Zertifikat</translation>
    </message>
    <message>
        <source>&amp;PEM files: key and certificate</source>
        <translation>&amp;PEM-Dateien: Schlüssel und Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n board(s): %1.pem and .der (for example), no key file; the record of the batch: %2</source>
        <translation>
            <numerusform>Dateien für jedes der %n Board(s): %1.pem und .der (zum Beispiel), keine Schlüsseldatei; das Protokoll des Stapels: %2</numerusform>
            <numerusform>Dateien für jedes der %n Board(s): %1.pem und .der (zum Beispiel), keine Schlüsseldatei; das Protokoll des Stapels: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n board(s): %1.pem (for example), no key file; the record of the batch: %2</source>
        <translation>
            <numerusform>Dateien für jedes der %n Board(s): %1.pem (zum Beispiel), keine Schlüsseldatei; das Protokoll des Stapels: %2</numerusform>
            <numerusform>Dateien für jedes der %n Board(s): %1.pem (zum Beispiel), keine Schlüsseldatei; das Protokoll des Stapels: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollResultPage</name>
    <message>
        <source>Device Enrolled</source>
        <translation>Gerät registriert</translation>
    </message>
    <message>
        <source>The device can connect with its certificate: try it with Test Connection.</source>
        <translation>Das Gerät kann sich mit seinem Zertifikat verbinden: Probieren Sie es mit „Verbindung testen“ aus.</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Connect to the MQTT endpoint as this device, publish, and see the message arrive</source>
        <translation>Als dieses Gerät mit dem MQTT-Endpunkt verbinden, veröffentlichen und die Nachricht ankommen sehen</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <translation>%1 (angelegt)</translation>
    </message>
    <message>
        <source>%1 (updated)</source>
        <translation>%1 (aktualisiert)</translation>
    </message>
    <message>
        <source>Certificate subject:</source>
        <translation>Zertifikatssubjekt:</translation>
    </message>
    <message>
        <source>Alias added:</source>
        <translation>Alias hinzugefügt:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>trust anchor #%1, %2</source>
        <translation>Vertrauensanker #%1, %2</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>PKCS#12-Datei:</translation>
    </message>
    <message>
        <source>Devices that failed</source>
        <translation>Fehlgeschlagene Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Devices Enrolled</source>
        <translation>Geräte registriert</translation>
    </message>
    <message>
        <source>Devices Enrolled, Some Failed</source>
        <translation>Geräte registriert, einige fehlgeschlagen</translation>
    </message>
    <message>
        <source>Every device of the list has its key, its certificate and its alias.</source>
        <translation>Jedes Gerät der Liste hat seinen Schlüssel, sein Zertifikat und seinen Alias.</translation>
    </message>
    <message>
        <source>Run the same list into the same folder again to retry the devices that failed; the others are skipped.</source>
        <translation>Führen Sie dieselbe Liste erneut in denselben Ordner aus, um die fehlgeschlagenen Geräte erneut zu versuchen; die anderen werden übersprungen.</translation>
    </message>
    <message>
        <source>Devices in the list:</source>
        <translation>Geräte in der Liste:</translation>
    </message>
    <message>
        <source>Enrolled now:</source>
        <translation>Jetzt registriert:</translation>
    </message>
    <message>
        <source>Skipped (done before):</source>
        <translation>Übersprungen (bereits erledigt):</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>%1 s (%2 devices/s)</source>
        <translation>%1 s (%2 Geräte/s)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Record of the batch:</source>
        <translation>Protokoll des Stapels:</translation>
    </message>
    <message>
        <source>none: the private key stays on the board</source>
        <translation>keine: Der private Schlüssel bleibt auf dem Board</translation>
    </message>
    <message>
        <source>The key stays on the board: give it the certificate file. Test Connection needs the key, so test from the board itself.</source>
        <translation>Der Schlüssel bleibt auf dem Board: Geben Sie ihm die Zertifikatsdatei. „Verbindung testen“ benötigt den Schlüssel, testen Sie daher vom Board selbst aus.</translation>
    </message>
    <message>
        <source>The private key is on the board, not here</source>
        <translation>Der private Schlüssel ist auf dem Board, nicht hier</translation>
    </message>
    <message>
        <source>Chain file:</source>
        <translation>Kettendatei:</translation>
    </message>
    <message>
        <source>Certificate (DER):</source>
        <translation>Zertifikat (DER):</translation>
    </message>
    <message>
        <source>Every board of the folder has its certificate and its alias. The keys stay on the boards: give each board its certificate.</source>
        <translation>Jedes Board des Ordners hat sein Zertifikat und seinen Alias. Die Schlüssel bleiben auf den Boards: Geben Sie jedem Board sein Zertifikat.</translation>
    </message>
    <message>
        <source>Run the same requests into the same folder again to retry the boards that failed; the others are skipped. The keys stay on the boards.</source>
        <translation>Führen Sie dieselben Anforderungen erneut in denselben Ordner aus, um die fehlgeschlagenen Boards zu wiederholen; die übrigen werden übersprungen. Die Schlüssel bleiben auf den Boards.</translation>
    </message>
    <message>
        <source>Boards (requests):</source>
        <translation>Boards (Anforderungen):</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Files per board:</source>
        <translation>Dateien pro Board:</translation>
    </message>
    <message>
        <source>certificate (PEM and DER)</source>
        <translation>Zertifikat (PEM und DER)</translation>
    </message>
    <message>
        <source>certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Key files:</source>
        <translation>Schlüsseldateien:</translation>
    </message>
    <message>
        <source>none: the private keys stay on the boards</source>
        <translation>keine: Die privaten Schlüssel bleiben auf den Boards</translation>
    </message>
    <message>
        <source>Exp&amp;ort for Firmware…</source>
        <translation>Für Firmware exp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Write the certificate and key in a form the device&apos;s firmware reads (C header, NVS CSV, drogue-device config, folder, legacy PKCS#12)</source>
        <translation>Zertifikat und Schlüssel in einer Form schreiben, die die Firmware des Geräts liest (C-Header, NVS-CSV, drogue-device-Konfiguration, Ordner, altes PKCS#12)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollSummaryText</name>
    <message>
        <source>Trust anchor:</source>
        <translation>Vertrauensanker:</translation>
    </message>
    <message>
        <source>#%1, %2 (CA key %3)</source>
        <translation>#%1, %2 (CA-Schlüssel %3)</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) from the list: %1 new, %2 exist (the alias is added, the rest of the device is kept)</source>
        <translation>
            <numerusform>%n Gerät aus der Liste: %1 neu, %2 vorhanden (der Alias wird hinzugefügt, der Rest des Geräts bleibt erhalten)</numerusform>
            <numerusform>%n Geräte aus der Liste: %1 neu, %2 vorhanden (der Alias wird hinzugefügt, der Rest des Geräts bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Device keys:</source>
        <translation>Geräteschlüssel:</translation>
    </message>
    <message>
        <source>a new %1 key each</source>
        <translation>je ein neuer %1-Schlüssel</translation>
    </message>
    <message>
        <source>Certificate subjects:</source>
        <translation>Zertifikatssubjekte:</translation>
    </message>
    <message>
        <source>%1, … (one per device)</source>
        <translation>%1, … (eines pro Gerät)</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now</source>
        <translation>
            <numerusform>%n Tag ab jetzt</numerusform>
            <numerusform>%n Tage ab jetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Files per device:</source>
        <translation>Dateien pro Gerät:</translation>
    </message>
    <message>
        <source>key (0600), certificate, PKCS#12 (0600)</source>
        <translation>Schlüssel (0600), Zertifikat, PKCS#12 (0600)</translation>
    </message>
    <message>
        <source>key (0600), certificate</source>
        <translation>Schlüssel (0600), Zertifikat</translation>
    </message>
    <message>
        <source>the certificate subject</source>
        <translation>das Zertifikatssubjekt</translation>
    </message>
    <message>
        <source>, and the aliases of the list</source>
        <translation> sowie die Aliase der Liste</translation>
    </message>
    <message>
        <source>Aliases to add:</source>
        <translation>Hinzuzufügende Aliase:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>from the list, added to the devices&apos; labels</source>
        <translation>aus der Liste, zu den Labels der Geräte hinzugefügt</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>%1 (exists: the alias is added)</source>
        <translation>%1 (existiert: der Alias wird hinzugefügt)</translation>
    </message>
    <message>
        <source>%1 (will be created)</source>
        <translation>%1 (wird angelegt)</translation>
    </message>
    <message>
        <source>Device key:</source>
        <translation>Geräteschlüssel:</translation>
    </message>
    <message>
        <source>new %1 key</source>
        <translation>neuer %1-Schlüssel</translation>
    </message>
    <message>
        <source>imported, %1</source>
        <translation>importiert, %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>existing, registered as it is</source>
        <translation>vorhanden, unverändert registriert</translation>
    </message>
    <message>
        <source>stays on the board (certificate request)</source>
        <translation>bleibt auf dem Board (Zertifikatsanforderung)</translation>
    </message>
    <message>
        <source>Certificate subject:</source>
        <translation>Zertifikatssubjekt:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Alias to add:</source>
        <translation>Hinzuzufügender Alias:</translation>
    </message>
    <message numerus="yes">
        <source>%n board(s) from the certificate requests in %1: %2 new, %3 exist (the alias is added, the rest of the device is kept)</source>
        <translation>
            <numerusform>%n Board(s) aus den Zertifikatsanforderungen in %1: %2 neu, %3 vorhanden (der Alias wird hinzugefügt, der Rest des Geräts bleibt erhalten)</numerusform>
            <numerusform>%n Board(s) aus den Zertifikatsanforderungen in %1: %2 neu, %3 vorhanden (der Alias wird hinzugefügt, der Rest des Geräts bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>stay on the boards (each certificate is for its request&apos;s key)</source>
        <translation>bleiben auf den Boards (jedes Zertifikat gilt für den Schlüssel seiner Anforderung)</translation>
    </message>
    <message>
        <source>Device names:</source>
        <translation>Gerätenamen:</translation>
    </message>
    <message>
        <source>from the file names</source>
        <translation>aus den Dateinamen</translation>
    </message>
    <message>
        <source>from the requests&apos; common names (CN)</source>
        <translation>aus den Common Names (CN) der Anforderungen</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen:</translation>
    </message>
    <message>
        <source>copied from the requests</source>
        <translation>aus den Anforderungen übernommen</translation>
    </message>
    <message>
        <source>none (not copied)</source>
        <translation>keine (nicht übernommen)</translation>
    </message>
    <message>
        <source>certificate (PEM and DER), no key file</source>
        <translation>Zertifikat (PEM und DER), keine Schlüsseldatei</translation>
    </message>
    <message>
        <source>certificate (PEM), no key file</source>
        <translation>Zertifikat (PEM), keine Schlüsseldatei</translation>
    </message>
    <message>
        <source>(refused: %1)</source>
        <translation>(abgelehnt: %1)</translation>
    </message>
    <message>
        <source>(ends with its trust anchor on %1)</source>
        <translation>(endet mit seinem Vertrauensanker am %1)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollWizard</name>
    <message>
        <source>Enroll Device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <source>The application the device belongs to, and its trust anchors.</source>
        <translation>Die Anwendung, zu der das Gerät gehört, und ihre Vertrauensanker.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <source>Check, then enroll the devices.</source>
        <translation>Prüfen Sie, dann registrieren Sie die Geräte.</translation>
    </message>
    <message>
        <source>&amp;Enroll Devices</source>
        <translation>Geräte &amp;registrieren</translation>
    </message>
    <message>
        <source>Check, then enroll the device.</source>
        <translation>Prüfen Sie, dann registrieren Sie das Gerät.</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Enrolling the Device</source>
        <translation>Gerät wird registriert</translation>
    </message>
    <message>
        <source>Key and certificate are written first; then the device is registered with its alias.</source>
        <translation>Zuerst werden Schlüssel und Zertifikat geschrieben; dann wird das Gerät mit seinem Alias registriert.</translation>
    </message>
    <message>
        <source>The device was not enrolled.</source>
        <translation>Das Gerät wurde nicht registriert.</translation>
    </message>
    <message>
        <source>Enrolling the Devices</source>
        <translation>Geräte werden registriert</translation>
    </message>
    <message>
        <source>Keys and certificates are made on all cores and written first; then each device is registered with its alias. The folder records what is done.</source>
        <translation>Schlüssel und Zertifikate werden auf allen Kernen erzeugt und zuerst geschrieben; dann wird jedes Gerät mit seinem Alias registriert. Der Ordner hält fest, was erledigt ist.</translation>
    </message>
    <message>
        <source>The devices were not enrolled.</source>
        <translation>Die Geräte wurden nicht registriert.</translation>
    </message>
    <message>
        <source>Run the batch again: what is done is skipped, the rest is finished</source>
        <translation>Den Stapel erneut ausführen: Erledigtes wird übersprungen, der Rest wird abgeschlossen</translation>
    </message>
    <message>
        <source>Cannot write the device list to %1: %2</source>
        <translation>Die Geräteliste kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Each board&apos;s certificate is made for the key of its request, on all cores, and written first; then each device is registered with its alias. The keys stay on the boards. The folder records what is done.</source>
        <translation>Das Zertifikat jedes Boards wird für den Schlüssel seiner Anforderung auf allen Kernen erstellt und zuerst geschrieben; dann wird jedes Gerät mit seinem Alias registriert. Die Schlüssel bleiben auf den Boards. Der Ordner protokolliert, was erledigt ist.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EventList</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ExpiryWarning</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ExportFirmwareDialog</name>
    <message>
        <source>Export for Firmware — %1</source>
        <translation>Für Firmware exportieren — %1</translation>
    </message>
    <message>
        <source>Write the credentials of &lt;b&gt;%1&lt;/b&gt; (application %2) in the form its firmware reads.</source>
        <translation>Die Zugangsdaten von &lt;b&gt;%1&lt;/b&gt; (Anwendung %2) in der Form schreiben, die seine Firmware liest.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder for the Device Package</source>
        <translation>Ordner für das Gerätepaket</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase</source>
        <translation>PKCS#12-Passphrase</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase, again</source>
        <translation>PKCS#12-Passphrase, wiederholen</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Give the passphrase of the PKCS#12 file.</source>
        <translation>Geben Sie die Passphrase der PKCS#12-Datei an.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>Geräteschlüssel</translation>
    </message>
    <message>
        <source>yes (mode 0600)</source>
        <translation>ja (Modus 0600)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1; none holds the private key.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben; sie enthält nicht den privaten Schlüssel.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben; keine enthält den privaten Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1. Those marked hold the private key: keep them out of version control and off shared drives.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben. Markierte Dateien enthalten den privaten Schlüssel: Halten Sie sie aus der Versionsverwaltung und von freigegebenen Laufwerken fern.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben. Markierte Dateien enthalten den privaten Schlüssel: Halten Sie sie aus der Versionsverwaltung und von freigegebenen Laufwerken fern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::FileField</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse: %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::GetStartedPanel</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Show the four steps from an empty server to a device whose messages arrive</source>
        <translation>Die vier Schritte von einem leeren Server bis zu einem Gerät zeigen, dessen Nachrichten ankommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get started&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erste Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide these steps (View › Get Started shows them again)</source>
        <translation>Diese Schritte ausblenden (Ansicht › Erste Schritte zeigt sie wieder an)</translation>
    </message>
    <message>
        <source>1. Create an application</source>
        <translation>1. Eine Anwendung anlegen</translation>
    </message>
    <message>
        <source>2. Create its trust anchor</source>
        <translation>2. Ihren Vertrauensanker anlegen</translation>
    </message>
    <message>
        <source>3. Enroll a device</source>
        <translation>3. Ein Gerät registrieren</translation>
    </message>
    <message>
        <source>4. Test the connection</source>
        <translation>4. Die Verbindung testen</translation>
    </message>
    <message>
        <source>An application holds your devices and the CA certificates (trust anchors) their certificates are issued by.</source>
        <translation>Eine Anwendung enthält Ihre Geräte und die CA-Zertifikate (Vertrauensanker), von denen deren Zertifikate ausgestellt werden.</translation>
    </message>
    <message>
        <source>A CA key, kept in a file on this computer, and its certificate registered with the application.</source>
        <translation>Ein CA-Schlüssel, der in einer Datei auf diesem Computer aufbewahrt wird, und sein bei der Anwendung registriertes Zertifikat.</translation>
    </message>
    <message>
        <source>A device key and a certificate signed by the CA key; the device is registered with the certificate&apos;s subject as an alias.</source>
        <translation>Ein Geräteschlüssel und ein vom CA-Schlüssel signiertes Zertifikat; das Gerät wird mit dem Subjekt des Zertifikats als Alias registriert.</translation>
    </message>
    <message>
        <source>Connect as the device with its certificate, publish a message, and see it arrive on the application&apos;s side.</source>
        <translation>Verbinden Sie sich als das Gerät mit seinem Zertifikat, veröffentlichen Sie eine Nachricht und sehen Sie, wie sie bei der Anwendung ankommt.</translation>
    </message>
    <message>
        <source>Create &amp;Application</source>
        <translation>&amp;Anwendung anlegen</translation>
    </message>
    <message>
        <source>Create &amp;Trust Anchor…</source>
        <translation>&amp;Vertrauensanker anlegen…</translation>
    </message>
    <message>
        <source>&amp;Enroll Device…</source>
        <translation>Gerät &amp;registrieren…</translation>
    </message>
    <message>
        <source>Test &amp;Connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>name, e.g. demo-app</source>
        <translation>Name, z. B. demo-app</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>Name der neuen Anwendung</translation>
    </message>
    <message>
        <source>Connect to a server first (File › Sign In…, or ./run for the local sandbox).</source>
        <translation>Verbinden Sie sich zuerst mit einem Server (Datei › Anmelden… oder ./run für die lokale Sandbox).</translation>
    </message>
    <message>
        <source>Done: device certificates of &apos;%1&apos; work end to end. Enroll more devices, or hide these steps.</source>
        <translation>Fertig: Die Gerätezertifikate von „%1“ funktionieren durchgängig. Registrieren Sie weitere Geräte oder blenden Sie diese Schritte aus.</translation>
    </message>
    <message>
        <source>Four steps from an empty server to a device whose messages arrive; %1 of 4 done for &apos;%2&apos;.</source>
        <translation>Vier Schritte von einem leeren Server bis zu einem Gerät, dessen Nachrichten ankommen; %1 von 4 erledigt für „%2“.</translation>
    </message>
    <message>
        <source>Four steps from an empty server to a device whose messages arrive.</source>
        <translation>Vier Schritte von einem leeren Server bis zu einem Gerät, dessen Nachrichten ankommen.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::InspectorWidget</name>
    <message>
        <source>Certificate inspector</source>
        <translation>Zertifikatsinspektor</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open certificate or key files (Ctrl+O)</source>
        <translation>Zertifikats- oder Schlüsseldateien öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>PEM &amp;einfügen</translation>
    </message>
    <message>
        <source>Inspect PEM text from the clipboard (Ctrl+V)</source>
        <translation>PEM-Text aus der Zwischenablage untersuchen (Strg+V)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport as PEM…</source>
        <translation>Als PEM e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;DER…</source>
        <translation>Als &amp;DER exportieren…</translation>
    </message>
    <message>
        <source>Check against &amp;application</source>
        <translation>Gegen &amp;Anwendung prüfen</translation>
    </message>
    <message>
        <source>Does the selected certificate chain to an anchor of the application selected in the window, and which device has its subject?</source>
        <translation>Führt die Kette des gewählten Zertifikats zu einem Anker der im Fenster gewählten Anwendung, und welches Gerät hat sein Subjekt?</translation>
    </message>
    <message>
        <source>Add as alias to de&amp;vice…</source>
        <translation>Als Alias zum Ge&amp;rät hinzufügen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Inspector toolbar</source>
        <translation>Werkzeugleiste des Inspektors</translation>
    </message>
    <message>
        <source>Inspected objects</source>
        <translation>Untersuchte Objekte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Inspected object columns</source>
        <translation>Spalten der untersuchten Objekte</translation>
    </message>
    <message>
        <source>Drop certificate, key or PKCS#12 files anywhere on the window.</source>
        <translation>Ziehen Sie Zertifikats-, Schlüssel- oder PKCS#12-Dateien an eine beliebige Stelle des Fensters.</translation>
    </message>
    <message>
        <source>not opened: %1</source>
        <translation>nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>Die Passphrase für %1 ist falsch.</translation>
    </message>
    <message>
        <source>The passphrase for “%1” is wrong. Try again:</source>
        <translation>Die Passphrase für „%1“ ist falsch. Erneut versuchen:</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Passphrase:</source>
        <translation>„%1“ ist verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>passphrase needed</source>
        <translation>Passphrase erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>nichts anzuzeigen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject (Drogue)</source>
        <translation>Subjekt (Drogue)</translation>
    </message>
    <message>
        <source>Subject (RFC 4514)</source>
        <translation>Subjekt (RFC 4514)</translation>
    </message>
    <message>
        <source>Issuer (Drogue)</source>
        <translation>Aussteller (Drogue)</translation>
    </message>
    <message>
        <source>Issuer (RFC 4514)</source>
        <translation>Aussteller (RFC 4514)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>ABGELAUFEN am %1</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>NOCH NICHT GÜLTIG (ab %1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>yes (path length %1)</source>
        <translation>ja (Pfadlänge %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Subjektnamen</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n Erweiterung</numerusform>
            <numerusform>%n Erweiterungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Drogue device login</source>
        <translation>Drogue-Geräteanmeldung</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n Bit</numerusform>
            <numerusform>%n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Private part</source>
        <translation>Privater Teil</translation>
    </message>
    <message>
        <source>yes (never shown)</source>
        <translation>ja (wird nie angezeigt)</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>SHA-256 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>Allowed by Drogue</source>
        <translation>Von Drogue erlaubt</translation>
    </message>
    <message>
        <source>Matches certificate</source>
        <translation>Passt zum Zertifikat</translation>
    </message>
    <message>
        <source>none of the loaded certificates</source>
        <translation>keinem der geladenen Zertifikate</translation>
    </message>
    <message>
        <source>Open Certificates or Keys</source>
        <translation>Zertifikate oder Schlüssel öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Untersuchen.</translation>
    </message>
    <message>
        <source>Export Certificate as DER</source>
        <translation>Zertifikat als DER exportieren</translation>
    </message>
    <message>
        <source>Export Certificate as PEM</source>
        <translation>Zertifikat als PEM exportieren</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Select an application in the window first.</source>
        <translation>Wählen Sie zuerst eine Anwendung im Fenster.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against application %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gegen Anwendung %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connect and select an application in the window first.</source>
        <translation>Verbinden Sie sich und wählen Sie zuerst eine Anwendung im Fenster.</translation>
    </message>
    <message>
        <source>The application %1 has no devices loaded.</source>
        <translation>Die Anwendung %1 hat keine geladenen Geräte.</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of the device:</source>
        <translation>„%1“ als Alias dieses Geräts hinzufügen:</translation>
    </message>
    <message>
        <source>Could not add the alias to %1: %2</source>
        <translation>Der Alias konnte nicht zu %1 hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is now an alias of device %2.</source>
        <translation>„%1“ ist jetzt ein Alias des Geräts %2.</translation>
    </message>
    <message>
        <source>%1 (application %2)</source>
        <translation>%1 (Anwendung %2)</translation>
    </message>
    <message>
        <source>would be refused (the certificate&apos;s form only)</source>
        <translation>würde abgelehnt (nur die Form des Zertifikats)</translation>
    </message>
    <message>
        <source>form acceptable (the certificate&apos;s form only: no application selected)</source>
        <translation>Form akzeptabel (nur die Form des Zertifikats: keine Anwendung ausgewählt)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate request(s)</source>
        <translation>
            <numerusform>%n Zertifikatsanforderung</numerusform>
            <numerusform>%n Zertifikatsanforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>verifies: the board holds the key (%1)</source>
        <translation>gültig: Das Board besitzt den Schlüssel (%1)</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY (%1)</source>
        <translation>UNGÜLTIG (%1)</translation>
    </message>
    <message>
        <source>Requested subject alternative names</source>
        <translation>Angeforderte alternative Subjektnamen</translation>
    </message>
    <message>
        <source>Requested key usage</source>
        <translation>Angeforderte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Angefordert: %1</translation>
    </message>
    <message>
        <source>Drogue</source>
        <translation>Drogue</translation>
    </message>
    <message>
        <source>a certificate for this request would be accepted by Drogue</source>
        <translation>ein Zertifikat für diese Anforderung würde von Drogue akzeptiert</translation>
    </message>
    <message>
        <source>Certificates, keys and requests (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.p7c *.csr *.req);;All files (*)</source>
        <translation>Zertifikate, Schlüssel und Anforderungen (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.p7c *.csr *.req);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::JobProgressPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::KeySourceWidget</name>
    <message>
        <source>Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem *.der *.p8 *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>A&amp;lgorithmus:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Cer&amp;tificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Its ke&amp;y file:</source>
        <translation>Zugehörige Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Certificate Request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.req *.pem *.der *.txt);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr *.req *.pem *.der *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Einfügen…</translation>
    </message>
    <message>
        <source>Paste the request as the board printed it on its console</source>
        <translation>Die Anforderung so einfügen, wie das Board sie auf seiner Konsole ausgegeben hat</translation>
    </message>
    <message>
        <source>Keep the request&apos;s own s&amp;ubject (default: CN=&lt;device&gt;, O=Drogue IoT, OU=&lt;app&gt;)</source>
        <translation>Eigenes S&amp;ubjekt der Anforderung behalten (Standard: CN=&lt;device&gt;, O=Drogue IoT, OU=&lt;app&gt;)</translation>
    </message>
    <message>
        <source>Copy its subject alternative &amp;names</source>
        <translation>Ihre alternativen Subjekt&amp;namen übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;quest file:</source>
        <translation>Anforderungs&amp;datei:</translation>
    </message>
    <message>
        <source>Paste the Certificate Request</source>
        <translation>Zertifikatsanforderung einfügen</translation>
    </message>
    <message>
        <source>The request as the board printed it (from -----BEGIN CERTIFICATE REQUEST----- to the END line; text around it is ignored):</source>
        <translation>Die Anforderung, wie das Board sie ausgegeben hat (von -----BEGIN CERTIFICATE REQUEST----- bis zur END-Zeile; Text darum herum wird ignoriert):</translation>
    </message>
    <message numerus="yes">
        <source>Pasted text (%n line(s)) is used.</source>
        <translation>
            <numerusform>Eingefügter Text (%n Zeile) wird verwendet.</numerusform>
            <numerusform>Eingefügter Text (%n Zeilen) wird verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::LabelsDialog</name>
    <message>
        <source>Labels of %1. Keys are names such as &lt;i&gt;site&lt;/i&gt; or &lt;i&gt;example.com/room&lt;/i&gt;; values may be empty.</source>
        <translation>Labels von %1. Schlüssel sind Namen wie &lt;i&gt;site&lt;/i&gt; oder &lt;i&gt;example.com/room&lt;/i&gt;; Werte dürfen leer sein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid label key.</source>
        <translation>„%1“ ist kein gültiger Label-Schlüssel.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice.</source>
        <translation>Der Schlüssel „%1“ kommt doppelt vor.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::MainWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Certificate Inspector</source>
        <translation>Zertifikatsinspektor</translation>
    </message>
    <message>
        <source>Application columns</source>
        <translation>Spalten der Anwendungen</translation>
    </message>
    <message>
        <source>Device columns</source>
        <translation>Spalten der Geräte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload applications and devices from the server</source>
        <translation>Anwendungen und Geräte neu vom Server laden</translation>
    </message>
    <message>
        <source>New &amp;Application…</source>
        <translation>Neue A&amp;nwendung…</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Eine Anwendung anlegen</translation>
    </message>
    <message>
        <source>Ne&amp;w Device…</source>
        <translation>Neues &amp;Gerät…</translation>
    </message>
    <message>
        <source>Create a device in the selected application</source>
        <translation>Ein Gerät in der gewählten Anwendung anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lösc&amp;hen…</translation>
    </message>
    <message>
        <source>Delete the selected devices, or the selected application</source>
        <translation>Die gewählten Geräte oder die gewählte Anwendung löschen</translation>
    </message>
    <message>
        <source>&amp;Enable Device</source>
        <translation>Gerät a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Allow the selected devices to connect</source>
        <translation>Den gewählten Geräten Verbindungen erlauben</translation>
    </message>
    <message>
        <source>D&amp;isable Device</source>
        <translation>Gerät &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Refuse connections of the selected devices</source>
        <translation>Verbindungen der gewählten Geräte ablehnen</translation>
    </message>
    <message>
        <source>Add Alia&amp;s…</source>
        <translation>Alia&amp;s hinzufügen…</translation>
    </message>
    <message>
        <source>Add an alias to the selected device</source>
        <translation>Dem gewählten Gerät einen Alias hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Alias…</source>
        <translation>Alias ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove an alias of the selected device</source>
        <translation>Einen Alias des gewählten Geräts entfernen</translation>
    </message>
    <message>
        <source>Edit &amp;Labels…</source>
        <translation>&amp;Labels bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the labels of the selected device or application</source>
        <translation>Die Labels des gewählten Geräts oder der gewählten Anwendung bearbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Connect to a Drogue Cloud server with an access token</source>
        <translation>Mit einem Zugriffstoken zu einem Drogue-Cloud-Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Drogue Workbench</source>
        <translation>Drogue Workbench beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Devices</source>
        <translation>Geräte &amp;filtern</translation>
    </message>
    <message>
        <source>Type to filter the devices</source>
        <translation>Tippen, um die Geräte zu filtern</translation>
    </message>
    <message>
        <source>&amp;About Drogue Workbench</source>
        <translation>&amp;Über Drogue Workbench</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>Certificate &amp;Inspector</source>
        <translation>Zertifikats&amp;inspektor</translation>
    </message>
    <message>
        <source>Show or hide the certificate inspector (Ctrl+I)</source>
        <translation>Zertifikatsinspektor ein- oder ausblenden (Strg+I)</translation>
    </message>
    <message>
        <source>About Drogue Workbench</source>
        <translation>Über Drogue Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Drogue Workbench %1&lt;/h3&gt;&lt;p&gt;Provision Drogue Cloud devices with x.509 certificates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Drogue Workbench %1&lt;/h3&gt;&lt;p&gt;Drogue-Cloud-Geräte mit X.509-Zertifikaten einrichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Haupt&amp;werkzeugleiste</translation>
    </message>
    <message>
        <source>%1 — Drogue Workbench</source>
        <translation>%1 — Drogue Workbench</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Lade Anwendungen…</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Die Anwendungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Lade Geräte…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) fetched…</source>
        <translation>
            <numerusform>%n Gerät geladen…</numerusform>
            <numerusform>%n Geräte geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the devices of %1</source>
        <translation>Die Geräte von %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%v of %m devices</source>
        <translation>%v von %m Geräten</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät</numerusform>
            <numerusform>%1 von %n Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geräte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Devices of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geräte von %1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>Create &amp;Trust Anchor…</source>
        <translation>&amp;Vertrauensanker anlegen…</translation>
    </message>
    <message>
        <source>Create a CA key and register it as a trust anchor of an application</source>
        <translation>Einen CA-Schlüssel erzeugen und als Vertrauensanker einer Anwendung registrieren</translation>
    </message>
    <message>
        <source>Enroll De&amp;vice…</source>
        <translation>Gerät &amp;registrieren…</translation>
    </message>
    <message>
        <source>Issue a device certificate and register its subject as an alias</source>
        <translation>Ein Gerätezertifikat ausstellen und sein Subjekt als Alias registrieren</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Connect as a device with its certificate, publish, and see the event arrive</source>
        <translation>Als Gerät mit dessen Zertifikat verbinden, veröffentlichen und das Ereignis ankommen sehen</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Add a connection: sign in with the browser or an access token</source>
        <translation>Eine Verbindung hinzufügen: im Browser oder mit einem Zugriffstoken anmelden</translation>
    </message>
    <message>
        <source>&amp;Import drg Configuration…</source>
        <translation>drg-Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Import drg&apos;s contexts and move their tokens into the key store</source>
        <translation>Die Kontexte von drg importieren und ihre Tokens in den Schlüsselspeicher verschieben</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop loading and the requests under way; what is shown stays</source>
        <translation>Laden und laufende Anfragen anhalten; das Angezeigte bleibt</translation>
    </message>
    <message>
        <source>Connecting to %1 was stopped. Press F5 to try again.</source>
        <translation>Die Verbindung zu %1 wurde angehalten. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Stopped. Changes already sent may still be made by the server; press F5 to reload and see what it has.</source>
        <translation>Angehalten. Bereits gesendete Änderungen kann der Server noch ausführen; drücken Sie F5, um neu zu laden und seinen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Loading was stopped; what is shown was kept. Press F5 to reload.</source>
        <translation>Das Laden wurde angehalten; das Angezeigte bleibt erhalten. Drücken Sie F5, um neu zu laden.</translation>
    </message>
    <message>
        <source>Not loaded: press F5 to reload</source>
        <translation>Nicht geladen: F5 lädt neu</translation>
    </message>
    <message>
        <source>%1 (not reloaded: press F5)</source>
        <translation>%1 (nicht neu geladen: F5 drücken)</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s.</source>
        <translation>%1: Der Server hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>Show or hide the certificates of the ledger and their expiry (Ctrl+Shift+C)</source>
        <translation>Zertifikate des Journals und ihren Ablauf ein- oder ausblenden (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Exp&amp;ort for Firmware…</source>
        <translation>Für Firmware exp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Write the selected device&apos;s certificate and key in a form its firmware reads</source>
        <translation>Zertifikat und Schlüssel des ausgewählten Geräts in einer Form schreiben, die seine Firmware liest</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of &apos;%1&apos; renewed.</source>
        <translation>
            <numerusform>%n Zertifikat von &apos;%1&apos; erneuert.</numerusform>
            <numerusform>%n Zertifikate von &apos;%1&apos; erneuert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the application whose anchor to rotate.</source>
        <translation>Wählen Sie die Anwendung, deren Vertrauensanker ausgetauscht werden soll.</translation>
    </message>
    <message>
        <source>Rotate Trust Anc&amp;hor…</source>
        <translation>Vertra&amp;uensanker austauschen…</translation>
    </message>
    <message>
        <source>Add a new trust anchor, renew the devices under the old one, then remove it</source>
        <translation>Einen neuen Vertrauensanker hinzufügen, die Geräte unter dem alten erneuern, dann den alten entfernen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ModifyDevicesCommand</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::MqttPanel</name>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Server CA</source>
        <translation>Server-CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation>System-CAs</translation>
    </message>
    <message>
        <source>Device Certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Device Key</source>
        <translation>Geräteschlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.p12);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem *.p12);;Alle Dateien (*)</translation>
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
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish and &amp;Verify</source>
        <translation>Veröffentlichen und &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Zuhören</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;MQTT endpoint:</source>
        <translation>&amp;MQTT-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Integration endpoint:</source>
        <translation>&amp;Integrations-Endpunkt:</translation>
    </message>
    <message>
        <source>Server &amp;CA:</source>
        <translation>Server-&amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Certi&amp;ficate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>&amp;Nutzdaten:</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Connected as the device</source>
        <translation>Als Gerät verbunden</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Delivered on the integration side</source>
        <translation>Auf der Integrationsseite zugestellt</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Integration events</source>
        <translation>Integrationsereignisse</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s endpoints: %1</source>
        <translation>Die Endpunkte des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✔ valid JSON</source>
        <translation>✔ gültiges JSON</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>leere Nutzdaten</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2): sent as bytes</source>
        <translation>kein JSON (%1 an Position %2): wird als Bytes gesendet</translation>
    </message>
    <message>
        <source>Give the MQTT endpoint&apos;s host.</source>
        <translation>Geben Sie den Host des MQTT-Endpunkts an.</translation>
    </message>
    <message>
        <source>Choose the device&apos;s certificate and key files.</source>
        <translation>Wählen Sie die Zertifikats- und Schlüsseldatei des Geräts.</translation>
    </message>
    <message>
        <source>the device key</source>
        <translation>der Geräteschlüssel</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>Der Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>Give the application whose integration side should see the event.</source>
        <translation>Geben Sie die Anwendung an, deren Integrationsseite das Ereignis sehen soll.</translation>
    </message>
    <message>
        <source>The broker refused the certificate: %1</source>
        <translation>Der Broker hat das Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Delivered: the event from &apos;%1&apos; on &apos;%2&apos; arrived on the integration side %3 ms after publishing (connect %4 ms, publish %5 ms, total %6 ms).</source>
        <translation>Zugestellt: Das Ereignis von „%1“ auf „%2“ kam %3 ms nach dem Veröffentlichen auf der Integrationsseite an (Verbinden %4 ms, Veröffentlichen %5 ms, gesamt %6 ms).</translation>
    </message>
    <message>
        <source>Stopped listening.</source>
        <translation>Zuhören beendet.</translation>
    </message>
    <message>
        <source>Give the application to listen to.</source>
        <translation>Geben Sie die Anwendung an, der zugehört werden soll.</translation>
    </message>
    <message>
        <source>Connecting to the integration endpoint %1:%2 as &apos;%3&apos;…</source>
        <translation>Verbinde mit dem Integrations-Endpunkt %1:%2 als „%3“…</translation>
    </message>
    <message>
        <source>Could not subscribe to the events of &apos;%1&apos;: %2</source>
        <translation>Die Ereignisse von „%1“ konnten nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>Listening to the integration events of &apos;%1&apos;.</source>
        <translation>Höre auf die Integrationsereignisse von „%1“.</translation>
    </message>
    <message>
        <source>The integration endpoint refused or dropped the connection: %1</source>
        <translation>Der Integrations-Endpunkt hat die Verbindung abgelehnt oder getrennt: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the integration endpoint: %1</source>
        <translation>Keine Verbindung zum Integrations-Endpunkt möglich: %1</translation>
    </message>
    <message>
        <source>The payload is not JSON: it is sent as it is.</source>
        <translation>Die Nutzdaten sind kein JSON: Sie werden unverändert gesendet.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 as device &apos;%3&apos; (certificate &apos;%4&apos;)…</source>
        <translation>Verbinde mit %1:%2 als Gerät „%3“ (Zertifikat „%4“)…</translation>
    </message>
    <message>
        <source>The broker closed the device&apos;s connection: %1</source>
        <translation>Der Broker hat die Verbindung des Geräts geschlossen: %1</translation>
    </message>
    <message>
        <source>Cannot connect as the device: %1</source>
        <translation>Verbindung als Gerät nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connected: the broker accepted the certificate (%1 ms).</source>
        <translation>Verbunden: Der Broker hat das Zertifikat akzeptiert (%1 ms).</translation>
    </message>
    <message>
        <source>Give a channel to publish to.</source>
        <translation>Geben Sie einen Kanal zum Veröffentlichen an.</translation>
    </message>
    <message>
        <source>Could not publish: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n byte(s) to channel &apos;%1&apos; (QoS %2, %3 ms).</source>
        <translation>
            <numerusform>%n Byte auf Kanal „%1“ veröffentlicht (QoS %2, %3 ms).</numerusform>
            <numerusform>%n Bytes auf Kanal „%1“ veröffentlicht (QoS %2, %3 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: the device can connect and its messages reach the application.</source>
        <translation>Geprüft: Das Gerät kann sich verbinden und seine Nachrichten erreichen die Anwendung.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>HTTP (POST /v1/channel)</source>
        <translation>HTTP (POST /v1/channel)</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>keiner angekündigt</translation>
    </message>
    <message>
        <source>&amp;HTTP endpoint:</source>
        <translation>&amp;HTTP-Endpunkt:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>Give the application and the device.</source>
        <translation>Geben Sie die Anwendung und das Gerät an.</translation>
    </message>
    <message>
        <source>Give the server&apos;s HTTP endpoint (the server announced none).</source>
        <translation>Geben Sie den HTTP-Endpunkt des Servers an (der Server hat keinen angekündigt).</translation>
    </message>
    <message>
        <source>Verifying device &apos;%1&apos; (certificate &apos;%2&apos;) on %3, events of &apos;%4&apos; on %5:%6…</source>
        <translation>Gerät &apos;%1&apos; (Zertifikat &apos;%2&apos;) wird auf %3 geprüft, Ereignisse von &apos;%4&apos; auf %5:%6…</translation>
    </message>
    <message>
        <source>%1 over HTTP</source>
        <translation>%1 über HTTP</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RegisterCertificatePage</name>
    <message>
        <source>Existing Device Certificate</source>
        <translation>Vorhandenes Gerätezertifikat</translation>
    </message>
    <message>
        <source>A certificate issued elsewhere (for example with openssl), registered as it is: no CA key and no device key are needed.</source>
        <translation>Ein anderswo ausgestelltes Zertifikat (zum Beispiel mit openssl), unverändert registriert: Weder CA-Schlüssel noch Geräteschlüssel sind nötig.</translation>
    </message>
    <message>
        <source>Device Certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the certificate against the application&apos;s trust anchors and Drogue&apos;s rules</source>
        <translation>Das Zertifikat gegen die Vertrauensanker der Anwendung und die Regeln von Drogue prüfen</translation>
    </message>
    <message>
        <source>It must chain to a trust anchor of the application and be a certificate Drogue Cloud accepts for a device (version 3, valid now, not a CA, client authentication, an EC P-256/P-384, Ed25519 or RSA ≥ 2048 key). The device gets its subject as an alias.</source>
        <translation>Seine Kette muss zu einem Vertrauensanker der Anwendung führen, und es muss ein Zertifikat sein, das Drogue Cloud für ein Gerät akzeptiert (Version 3, jetzt gültig, keine CA, Client-Authentifizierung, ein Schlüssel vom Typ EC P-256/P-384, Ed25519 oder RSA ≥ 2048). Das Gerät erhält sein Subjekt als Alias.</translation>
    </message>
    <message>
        <source>Cer&amp;tificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>The certificate of device &apos;%1&apos;, issued elsewhere (for example with openssl), registered as it is: no CA key and no device key are needed.</source>
        <translation>Das Zertifikat des Geräts „%1“, anderswo ausgestellt (zum Beispiel mit openssl), unverändert registriert: Weder CA-Schlüssel noch Geräteschlüssel sind nötig.</translation>
    </message>
    <message>
        <source>Checking against the trust anchors of &apos;%1&apos;…</source>
        <translation>Prüfe gegen die Vertrauensanker von „%1“…</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Die Anwendung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>✔ Issued under trust anchor #%1 of &apos;%2&apos; (%3); Drogue Cloud accepts it, valid until %4. Device &apos;%5&apos; gets the alias &apos;%6&apos;.</source>
        <translation>✔ Ausgestellt unter dem Vertrauensanker #%1 von „%2“ (%3); Drogue Cloud akzeptiert es, gültig bis %4. Das Gerät „%5“ erhält den Alias „%6“.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RemoveAliasCommand</name>
    <message>
        <source>Could not remove an alias of device %1</source>
        <translation>Ein Alias des Geräts %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 has no alias.</source>
        <translation>%1 hat keinen Alias.</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>Alias of %1 to remove:</source>
        <translation>Zu entfernender Alias von %1:</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewResultPage</name>
    <message>
        <source>Certificates Renewed</source>
        <translation>Zertifikate erneuert</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n device(s) of &apos;%1&apos; have a new certificate with the same subject, registered with the server and recorded in the ledger as the renewal of the old one.</source>
        <translation>
            <numerusform>✔ %n Gerät von &apos;%1&apos; hat ein neues Zertifikat mit demselben Subject, beim Server registriert und im Journal als Erneuerung des alten vermerkt.</numerusform>
            <numerusform>✔ %n Geräte von &apos;%1&apos; haben ein neues Zertifikat mit demselben Subject, beim Server registriert und im Journal als Erneuerung des alten vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Issued under:</source>
        <translation>Ausgestellt unter:</translation>
    </message>
    <message>
        <source>trust anchor #%1 (%2)</source>
        <translation>Vertrauensanker #%1 (%2)</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>new keys, next to the certificates (0600); the old key files are kept</source>
        <translation>neue Schlüssel, neben den Zertifikaten (0600); die alten Schlüsseldateien bleiben erhalten</translation>
    </message>
    <message>
        <source>the devices&apos; keys as they were</source>
        <translation>die bisherigen Schlüssel der Geräte</translation>
    </message>
    <message>
        <source>Next: remove the old anchor.</source>
        <translation>Als Nächstes: Entfernen Sie den alten Vertrauensanker.</translation>
    </message>
    <message>
        <source>Load the new certificates onto the devices: the old ones stay valid until they expire.</source>
        <translation>Laden Sie die neuen Zertifikate auf die Geräte: Die alten bleiben bis zu ihrem Ablauf gültig.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewReviewPage</name>
    <message>
        <source>Review the Renewal</source>
        <translation>Erneuerung prüfen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Now valid until</source>
        <translation>Derzeit gültig bis</translation>
    </message>
    <message>
        <source>New certificate for</source>
        <translation>Neues Zertifikat für</translation>
    </message>
    <message>
        <source>Devices to renew</source>
        <translation>Zu erneuernde Geräte</translation>
    </message>
    <message>
        <source>a new key: %1</source>
        <translation>ein neuer Schlüssel: %1</translation>
    </message>
    <message>
        <source>the same key: %1</source>
        <translation>derselbe Schlüssel: %1</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>nicht erneuert</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will get a new certificate under trust anchor #%1 (%2), valid for %3 days; the files go to %4.</source>
        <translation>
            <numerusform>%n Gerät erhält ein neues Zertifikat unter Vertrauensanker #%1 (%2), gültig für %3 Tage; die Dateien werden in %4 abgelegt.</numerusform>
            <numerusform>%n Geräte erhalten ein neues Zertifikat unter Vertrauensanker #%1 (%2), gültig für %3 Tage; die Dateien werden in %4 abgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) cannot be renewed (see why below).</source>
        <translation>
            <numerusform>%n Gerät kann nicht erneuert werden (Gründe siehe unten).</numerusform>
            <numerusform>%n Geräte können nicht erneuert werden (Gründe siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>No device can be renewed: see why below. Back leads to the choices.</source>
        <translation>Kein Gerät kann erneuert werden: Gründe siehe unten. Mit „Zurück“ gelangen Sie zur Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Renew %n Device(s)</source>
        <translation>
            <numerusform>%n Gerät &amp;erneuern</numerusform>
            <numerusform>%n Geräte &amp;erneuern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewSetupPage</name>
    <message>
        <source>CA Key</source>
        <translation>CA-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem *.der *.p8 *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of &apos;%1&apos;: %2</source>
        <translation>
            <numerusform>%n Gerät von &apos;%1&apos;: %2</numerusform>
            <numerusform>%n Geräte von &apos;%1&apos;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the matching trust anchor…</source>
        <translation>Passender Vertrauensanker wird gesucht…</translation>
    </message>
    <message>
        <source>This key belongs to the anchor being retired. Choose the new anchor&apos;s CA key.</source>
        <translation>Dieser Schlüssel gehört zum auszumusternden Vertrauensanker. Wählen Sie den CA-Schlüssel des neuen Vertrauensankers.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewWizard</name>
    <message>
        <source>Renew Certificates</source>
        <translation>Zertifikate erneuern</translation>
    </message>
    <message>
        <source>Rotate Trust Anchor</source>
        <translation>Vertrauensanker austauschen</translation>
    </message>
    <message>
        <source>Planning the Renewal</source>
        <translation>Erneuerung wird geplant</translation>
    </message>
    <message>
        <source>Each device&apos;s current certificate and key are looked up in the ledger.</source>
        <translation>Aktuelles Zertifikat und Schlüssel jedes Geräts werden im Journal nachgeschlagen.</translation>
    </message>
    <message>
        <source>The renewal could not be planned.</source>
        <translation>Die Erneuerung konnte nicht geplant werden.</translation>
    </message>
    <message>
        <source>Nothing to renew.</source>
        <translation>Nichts zu erneuern.</translation>
    </message>
    <message>
        <source>Renewing the Certificates</source>
        <translation>Zertifikate werden erneuert</translation>
    </message>
    <message>
        <source>Each certificate is made and written first; then the device is updated on the server (its alias stays). The folder records what is done.</source>
        <translation>Jedes Zertifikat wird zuerst erstellt und geschrieben; dann wird das Gerät auf dem Server aktualisiert (sein Alias bleibt). Der Ordner hält fest, was erledigt ist.</translation>
    </message>
    <message>
        <source>Not every certificate was renewed.</source>
        <translation>Nicht alle Zertifikate wurden erneuert.</translation>
    </message>
    <message>
        <source>Run the renewal again: what is done is skipped, the rest is finished</source>
        <translation>Erneuerung erneut ausführen: Bereits Erledigtes wird übersprungen, der Rest abgeschlossen</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RequestFolderBox</name>
    <message>
        <source>Folder of Certificate Requests</source>
        <translation>Ordner mit Zertifikatsanforderungen</translation>
    </message>
    <message>
        <source>one request per board: *.csr, *.req, *.pem, *.der, *.txt</source>
        <translation>eine Anforderung pro Board: *.csr, *.req, *.pem, *.der, *.txt</translation>
    </message>
    <message>
        <source>by the request&apos;s common na&amp;me (CN)</source>
        <translation>nach dem Common &amp;Name (CN) der Anforderung</translation>
    </message>
    <message>
        <source>by the &amp;file name (board-7.csr: board-7)</source>
        <translation>nach dem &amp;Dateinamen (board-7.csr: board-7)</translation>
    </message>
    <message>
        <source>Cop&amp;y the requests&apos; subject alternative names</source>
        <translation>Alternative Antragstellernamen der Anforderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Read A&amp;gain</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Read the folder again, after its files were fixed</source>
        <translation>Ordner erneut lesen, nachdem seine Dateien korrigiert wurden</translation>
    </message>
    <message>
        <source>Problems of the certificate requests</source>
        <translation>Probleme der Zertifikatsanforderungen</translation>
    </message>
    <message>
        <source>Re&amp;quests folder:</source>
        <translation>Anforderungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Device names:</source>
        <translation>Gerätenamen:</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Anforderungen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the folder; nothing is signed until every one is fixed (then Read Again).</source>
        <translation>
            <numerusform>%n Problem(e) im Ordner; es wird nichts signiert, bis alle behoben sind (dann „Erneut lesen“).</numerusform>
            <numerusform>%n Problem(e) im Ordner; es wird nichts signiert, bis alle behoben sind (dann „Erneut lesen“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n board(s), each request signed by its own key; the keys stay on the boards.</source>
        <translation>
            <numerusform>%n Board(s), jede Anforderung mit ihrem eigenen Schlüssel signiert; die Schlüssel bleiben auf den Boards.</numerusform>
            <numerusform>%n Board(s), jede Anforderung mit ihrem eigenen Schlüssel signiert; die Schlüssel bleiben auf den Boards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::RetireAnchorPage</name>
    <message>
        <source>&amp;Remove Old Anchor…</source>
        <translation>Alten Vertrauensanker &amp;entfernen…</translation>
    </message>
    <message>
        <source>Retire the Old Anchor</source>
        <translation>Alten Vertrauensanker ausmustern</translation>
    </message>
    <message>
        <source>Once no device depends on the old anchor, remove it: a device still on it can no longer log in.</source>
        <translation>Sobald kein Gerät mehr vom alten Vertrauensanker abhängt, entfernen Sie ihn: Ein Gerät, das ihn noch nutzt, kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Old anchor: %1.</source>
        <translation>Alter Vertrauensanker: %1.</translation>
    </message>
    <message>
        <source>The ledger could not be read (%1), so it is not known which devices still use it.</source>
        <translation>Das Journal konnte nicht gelesen werden (%1), daher ist unbekannt, welche Geräte ihn noch nutzen.</translation>
    </message>
    <message>
        <source>No device in the ledger depends on it any more.</source>
        <translation>Kein Gerät im Journal hängt mehr von ihm ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the ledger still depend on it: %1. Renew them first, or they will be locked out.</source>
        <translation>
            <numerusform>%n Gerät im Journal hängt noch von ihm ab: %1. Erneuern Sie es zuerst, sonst wird es ausgesperrt.</numerusform>
            <numerusform>%n Geräte im Journal hängen noch von ihm ab: %1. Erneuern Sie sie zuerst, sonst werden sie ausgesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the old trust anchor (%1) from application &apos;%2&apos;?</source>
        <translation>Den alten Vertrauensanker (%1) aus Anwendung &apos;%2&apos; entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still depend on it and will no longer be able to log in: %1.</source>
        <translation>
            <numerusform>%n Gerät hängt noch von ihm ab und kann sich nicht mehr anmelden: %1.</numerusform>
            <numerusform>%n Geräte hängen noch von ihm ab und können sich nicht mehr anmelden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger could not be read: devices may still depend on it.</source>
        <translation>Das Journal konnte nicht gelesen werden: Möglicherweise hängen noch Geräte von ihm ab.</translation>
    </message>
    <message>
        <source>Remove Trust Anchor</source>
        <translation>Vertrauensanker entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove Anyway</source>
        <translation>&amp;Trotzdem entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing the old anchor…</source>
        <translation>Alter Vertrauensanker wird entfernt…</translation>
    </message>
    <message>
        <source>The old anchor was removed already.</source>
        <translation>Der alte Vertrauensanker wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>The anchor was not removed: %1</source>
        <translation>Der Vertrauensanker wurde nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The old anchor was removed from &apos;%1&apos;; %n anchor(s) remain.</source>
        <translation>
            <numerusform>✔ Der alte Vertrauensanker wurde aus &apos;%1&apos; entfernt; %n Vertrauensanker verbleibt.</numerusform>
            <numerusform>✔ Der alte Vertrauensanker wurde aus &apos;%1&apos; entfernt; %n Vertrauensanker verbleiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::RotateStartPage</name>
    <message>
        <source>&amp;Create New Anchor…</source>
        <translation>Neuen Vertrauensanker &amp;erstellen…</translation>
    </message>
    <message>
        <source>Rotate a Trust Anchor</source>
        <translation>Einen Vertrauensanker austauschen</translation>
    </message>
    <message>
        <source>1. Add a new anchor next to the old one. 2. Renew the devices still on the old anchor under the new one. 3. Remove the old anchor. Drogue accepts both anchors meanwhile, so no device is locked out.</source>
        <translation>1. Fügen Sie neben dem alten einen neuen Vertrauensanker hinzu. 2. Erneuern Sie die Geräte, die noch den alten nutzen, unter dem neuen. 3. Entfernen Sie den alten Vertrauensanker. Drogue akzeptiert in der Zwischenzeit beide, sodass kein Gerät ausgesperrt wird.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Devices on it</source>
        <translation>Geräte darauf</translation>
    </message>
    <message>
        <source>The application&apos;s trust anchors: select the one to retire</source>
        <translation>Die Vertrauensanker der Anwendung: Wählen Sie den auszumusternden</translation>
    </message>
    <message>
        <source>Open the trust anchor wizard for this application: the new anchor is added next to the old one</source>
        <translation>Den Vertrauensanker-Assistenten für diese Anwendung öffnen: Der neue Vertrauensanker wird neben dem alten hinzugefügt</translation>
    </message>
    <message>
        <source>The anchor to retire:</source>
        <translation>Auszumusternder Vertrauensanker:</translation>
    </message>
    <message>
        <source>Reading application &apos;%1&apos;…</source>
        <translation>Anwendung &apos;%1&apos; wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Anwendung &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(not a certificate)</source>
        <translation>(kein Zertifikat)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No device in the ledger depends on this anchor any more: it can be removed.</source>
        <translation>Kein Gerät im Journal hängt mehr von diesem Vertrauensanker ab: Er kann entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the ledger still depend on this anchor: %1.</source>
        <translation>
            <numerusform>%n Gerät im Journal hängt noch von diesem Vertrauensanker ab: %1.</numerusform>
            <numerusform>%n Geräte im Journal hängen noch von diesem Vertrauensanker ab: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has no other anchor yet: create the new one first.</source>
        <translation>Die Anwendung hat noch keinen anderen Vertrauensanker: Erstellen Sie zuerst den neuen.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::SetDevicesDisabledCommand</name>
    <message>
        <source>Could not disable device %1</source>
        <translation>Das Gerät %1 konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Could not enable device %1</source>
        <translation>Das Gerät %1 konnte nicht aktiviert werden</translation>
    </message>
</context>
<context>
    <name>dwb::gui::SignInDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Use &amp;access token</source>
        <translation>&amp;Zugriffstoken verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>e.g. lab (default: the server&apos;s host name)</source>
        <translation>z. B. labor (Standard: der Hostname des Servers)</translation>
    </message>
    <message>
        <source>only for a server with its own CA</source>
        <translation>nur für einen Server mit eigener CA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Server C&amp;A:</source>
        <translation>Server-&amp;CA:</translation>
    </message>
    <message>
        <source>With your Drogue Cloud account</source>
        <translation>Mit Ihrem Drogue-Cloud-Konto</translation>
    </message>
    <message>
        <source>Opens the sign-in page of the server in your web browser; come back here when you have signed in.</source>
        <translation>Öffnet die Anmeldeseite des Servers in Ihrem Webbrowser; kehren Sie hierher zurück, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Or with an access token</source>
        <translation>Oder mit einem Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldezustand</translation>
    </message>
    <message>
        <source>Server CA</source>
        <translation>Server-CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sign In Again to %1</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API URL, e.g. https://api.example.net.</source>
        <translation>Geben Sie die API-URL des Servers ein, z. B. https://api.example.net.</translation>
    </message>
    <message>
        <source>The server CA file cannot be read.</source>
        <translation>Die CA-Datei des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Signed in; checking with the server…</source>
        <translation>Angemeldet; prüfe beim Server…</translation>
    </message>
    <message>
        <source>The server refused the new sign-in: %1</source>
        <translation>Der Server hat die neue Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Enter your user id and an access token.</source>
        <translation>Geben Sie Ihre Benutzerkennung und ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>The server refused these credentials: %1</source>
        <translation>Der Server hat diese Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to paste it into a web browser</source>
        <translation>Die Anmeldeadresse kopieren, um sie in einen Webbrowser einzufügen</translation>
    </message>
    <message>
        <source>The address is copied: paste it into a web browser, sign in there, then come back here.</source>
        <translation>Die Adresse ist kopiert: Fügen Sie sie in einen Webbrowser ein, melden Sie sich dort an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser yourself (Copy puts it on the clipboard); come back here when you have signed in.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst in einem Browser (Kopieren legt sie in die Zwischenablage); kehren Sie hierher zurück, sobald Sie angemeldet sind.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::TokenKeyChooser</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>(no token found)</source>
        <translation>(kein Token gefunden)</translation>
    </message>
    <message>
        <source>Look for tokens again (after plugging one in)</source>
        <translation>Erneut nach Tokens suchen (nachdem Sie eines eingesteckt haben)</translation>
    </message>
    <message>
        <source>Log in to the token with its user PIN, to list and use its private keys</source>
        <translation>Mit der Benutzer-PIN am Token anmelden, um seine privaten Schlüssel aufzulisten und zu verwenden</translation>
    </message>
    <message>
        <source>Private keys on the token</source>
        <translation>Private Schlüssel auf dem Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Use a key &amp;on the token:</source>
        <translation>Schlüssel auf dem Token &amp;verwenden:</translation>
    </message>
    <message>
        <source>Generate a ne&amp;w key on the token</source>
        <translation>&amp;Neuen Schlüssel auf dem Token erzeugen</translation>
    </message>
    <message>
        <source>e.g. app-ca</source>
        <translation>z. B. app-ca</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Algor&amp;ithm:</source>
        <translation>Al&amp;gorithmus:</translation>
    </message>
    <message>
        <source>Private ke&amp;ys:</source>
        <translation>Private &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Suche nach Tokens…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No token found (module %1). Plug one in, then Refresh.</source>
        <translation>Kein Token gefunden (Modul %1). Stecken Sie eines ein und klicken Sie dann auf Aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) found. Unlock one with its PIN to see its keys.</source>
        <translation>
            <numerusform>%n Token gefunden. Entsperren Sie eines mit seiner PIN, um seine Schlüssel zu sehen.</numerusform>
            <numerusform>%n Tokens gefunden. Entsperren Sie eines mit seiner PIN, um seine Schlüssel zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token &apos;%1&apos;: %2. Unlock it with its user PIN to see its keys.</source>
        <translation>Token &apos;%1&apos;: %2. Entsperren Sie es mit seiner Benutzer-PIN, um seine Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Logging in to token &apos;%1&apos;…</source>
        <translation>Anmeldung am Token &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
    <message numerus="yes">
        <source>Token &apos;%1&apos; unlocked: %n private key(s).</source>
        <translation>
            <numerusform>Token &apos;%1&apos; entsperrt: %n privater Schlüssel.</numerusform>
            <numerusform>Token &apos;%1&apos; entsperrt: %n private Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening key &apos;%1&apos; on the token…</source>
        <translation>Schlüssel &apos;%1&apos; auf dem Token wird geöffnet…</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; on the token is ready: %2</source>
        <translation>Schlüssel &apos;%1&apos; auf dem Token ist bereit: %2</translation>
    </message>
    <message>
        <source>&amp;Unlock Again…</source>
        <translation>&amp;Erneut entsperren…</translation>
    </message>
    <message>
        <source>The token already has a key &apos;%1&apos;: choose another label.</source>
        <translation>Das Token hat bereits einen Schlüssel &apos;%1&apos;: Wählen Sie eine andere Bezeichnung.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::TokenPinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Token-PIN</translation>
    </message>
    <message>
        <source>The user PIN of token &apos;%1&apos; (%2, %3, serial %4).
It is used for this window only, never saved; a PIN the token refuses is not tried again.</source>
        <translation>Die Benutzer-PIN des Tokens &apos;%1&apos; (%2, %3, Seriennummer %4).
Sie wird nur für dieses Fenster verwendet und nie gespeichert; eine vom Token abgelehnte PIN wird nicht erneut versucht.</translation>
    </message>
    <message>
        <source>Token state: %1.</source>
        <translation>Token-Status: %1.</translation>
    </message>
    <message>
        <source>User PIN of token %1</source>
        <translation>Benutzer-PIN des Tokens %1</translation>
    </message>
    <message>
        <source>User &amp;PIN:</source>
        <translation>Benutzer-&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>dwb::gui::TrustAnchorWizard</name>
    <message>
        <source>Create Trust Anchor</source>
        <translation>Vertrauensanker anlegen</translation>
    </message>
    <message>
        <source>Check, then create the anchor.</source>
        <translation>Prüfen Sie, dann legen Sie den Anker an.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Creating the Trust Anchor</source>
        <translation>Vertrauensanker wird angelegt</translation>
    </message>
    <message>
        <source>The key is made and saved first; then the anchor is sent to the server.</source>
        <translation>Zuerst wird der Schlüssel erzeugt und gespeichert; dann wird der Anker an den Server gesendet.</translation>
    </message>
    <message>
        <source>The anchor was not created.</source>
        <translation>Der Anker wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Go Back to choose another file or folder, or Cancel.</source>
        <translation>Gehen Sie zurück, um eine andere Datei oder einen anderen Ordner zu wählen, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::Wizards</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Passphrase of %2:</source>
        <translation>Diese Passphrase öffnet %1 nicht. Passphrase von %2:</translation>
    </message>
    <message>
        <source>%1 is encrypted. Passphrase of %2:</source>
        <translation>%1 ist verschlüsselt. Passphrase von %2:</translation>
    </message>
    <message>
        <source>No passphrase given for %1.</source>
        <translation>Keine Passphrase für %1 angegeben.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the drogue-sandbox whose data folder is &lt;dir&gt; (reads &lt;dir&gt;/sandbox.json).</source>
        <translation>Mit der drogue-sandbox verbinden, deren Datenordner &lt;dir&gt; ist (liest &lt;dir&gt;/sandbox.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect with the saved connection &lt;name&gt;.</source>
        <translation>Mit der gespeicherten Verbindung &lt;name&gt; verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; in the certificate inspector (repeatable; further file arguments are inspected too).</source>
        <translation>&lt;file&gt; im Zertifikatsinspektor öffnen (wiederholbar; weitere Dateiargumente werden ebenfalls untersucht).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Provision Drogue Cloud devices with x.509 certificates.</source>
        <translation>Drogue-Cloud-Geräte mit X.509-Zertifikaten einrichten.</translation>
    </message>
    <message>
        <source>Files to inspect.</source>
        <translation>Zu untersuchende Dateien.</translation>
    </message>
</context>
</TS>
