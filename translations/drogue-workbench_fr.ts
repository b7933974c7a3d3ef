<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. Lab cloud</source>
        <translation>p. ex. Cloud du labo</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API :</translation>
    </message>
    <message>
        <source>https://api.example.net</source>
        <translation>https://api.example.net</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>drg_…</source>
        <translation>drg_…</translation>
    </message>
    <message>
        <source>Server &amp;CA:</source>
        <translation>&amp;CA du serveur :</translation>
    </message>
    <message>
        <source>optional: PEM file of a local CA</source>
        <translation>facultatif : fichier PEM d&apos;une CA locale</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>AnchorBackupActions</name>
    <message>
        <source>Passphrase that protects %1:</source>
        <translation>Phrase secrète protégeant %1 :</translation>
    </message>
    <message>
        <source>An empty passphrase is refused: nothing was written.</source>
        <translation>Une phrase secrète vide est refusée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Répétez la phrase secrète :</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Back Up Trust Anchor</source>
        <translation>Sauvegarder l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>CA key of the trust anchor</source>
        <translation>Clé de CA de l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der *.p8);;All files (*)</source>
        <translation>Clés (*.key *.pem *.der *.p8);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Passphrase of the CA key %1:</source>
        <translation>Phrase secrète de la clé de CA %1 :</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>%1 exists already: it is not overwritten. Choose another file.</source>
        <translation>%1 existe déjà : il n&apos;est pas écrasé. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The trust anchor &quot;%1&quot; and its CA key are in %2 (mode 0600). Keep the file and its passphrase apart.</source>
        <translation>L&apos;ancre de confiance « %1 » et sa clé de CA sont dans %2 (mode 0600). Conservez le fichier et sa phrase secrète séparément.</translation>
    </message>
    <message>
        <source>Restore Trust Anchor</source>
        <translation>Restaurer l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>Trust anchor backup</source>
        <translation>Sauvegarde de l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
    <message>
        <source>Save the CA key as</source>
        <translation>Enregistrer la clé de CA sous</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem)</source>
        <translation>Clés (*.key *.pem)</translation>
    </message>
    <message>
        <source>The CA key of &quot;%1&quot; is in %2 (mode 0600). It is a trust anchor of %3.</source>
        <translation>La clé de CA de « %1 » est dans %2 (mode 0600). C&apos;est une ancre de confiance de %3.</translation>
    </message>
    <message>
        <source>The CA key of &quot;%1&quot; is in %2 (mode 0600). It is not a trust anchor of %3 (any more).</source>
        <translation>La clé de CA de « %1 » est dans %2 (mode 0600). Ce n&apos;est pas (ou plus) une ancre de confiance de %3.</translation>
    </message>
</context>
<context>
    <name>AnchorResultPage</name>
    <message>
        <source>Trust Anchor Created</source>
        <translation>Ancre de confiance créée</translation>
    </message>
    <message>
        <source>The application trusts device certificates issued with this CA key.</source>
        <translation>L&apos;application fait confiance aux certificats d&apos;appareil émis avec cette clé de CA.</translation>
    </message>
    <message>
        <source>&amp;Enroll a Device…</source>
        <translation>&amp;Enrôler un appareil…</translation>
    </message>
    <message>
        <source>Close this wizard and enroll a device of this application with the new CA key</source>
        <translation>Fermer cet assistant et enrôler un appareil de cette application avec la nouvelle clé de CA</translation>
    </message>
</context>
<context>
    <name>AnchorStoragePage</name>
    <message>
        <source>Where to Keep the CA Key</source>
        <translation>Où conserver la clé de CA</translation>
    </message>
    <message>
        <source>Whoever has this key can enroll devices in the application: keep it safe. The file is readable by you only (0600).</source>
        <translation>Quiconque possède cette clé peut enrôler des appareils dans l&apos;application : gardez-la en sécurité. Le fichier n&apos;est lisible que par vous (0600).</translation>
    </message>
    <message>
        <source>&amp;Keep the key where it is</source>
        <translation>&amp;Laisser la clé où elle est</translation>
    </message>
    <message>
        <source>CA &amp;key file:</source>
        <translation>Fichier de &amp;clé de CA :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>optional: encrypts the key file</source>
        <translation>facultatif : chiffre le fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Anchor certificate copy:</source>
        <translation>Copie du certificat d&apos;&amp;ancre :</translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>There is no access token of %1 for this session.</source>
        <translation>Aucun jeton d&apos;accès de %1 pour cette session.</translation>
    </message>
    <message>
        <source>There is no saved sign-in for %1 in the %2.</source>
        <translation>Aucune connexion enregistrée pour %1 (%2).</translation>
    </message>
    <message>
        <source>key store</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 is damaged.</source>
        <translation>La connexion enregistrée de %1 est endommagée.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>%1 is not a sandbox description.</source>
        <translation>%1 n&apos;est pas une description de bac à sable.</translation>
    </message>
    <message>
        <source>%1 does not name the sandbox&apos;s API URL and user.</source>
        <translation>%1 n&apos;indique pas l&apos;URL de l&apos;API ni l&apos;utilisateur du bac à sable.</translation>
    </message>
</context>
<context>
    <name>EnrollCaPage</name>
    <message>
        <source>CA Key</source>
        <translation>Clé de CA</translation>
    </message>
    <message>
        <source>The key of one of the application&apos;s trust anchors signs the device certificate.</source>
        <translation>La clé de l&apos;une des ancres de confiance de l&apos;application signe le certificat d&apos;appareil.</translation>
    </message>
    <message>
        <source>CA &amp;key file:</source>
        <translation>Fichier de &amp;clé de CA :</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>EnrollOutputPage</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;PEM files: key and certificate</source>
        <translation>Fichiers &amp;PEM : clé et certificat</translation>
    </message>
    <message>
        <source>PKCS#&amp;12 file (key, certificate and anchor)</source>
        <translation>Fichier PKCS#&amp;12 (clé, certificat et ancre)</translation>
    </message>
    <message>
        <source>PKCS#12 pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète PKCS#12 :</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;DER file: the certificate DER-encoded, for a board that takes DER</source>
        <translation>Fichier &amp;DER : le certificat encodé en DER, pour une carte qui accepte le DER</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Edit Labels</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
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
        <translation>Applications</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Filter by name, alias or label…</source>
        <translation>Filtrer par nom, alias ou étiquette…</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The application name is empty.</source>
        <translation>Le nom de l&apos;application est vide.</translation>
    </message>
    <message>
        <source>The application name &apos;%1&apos; is longer than 63 characters.</source>
        <translation>Le nom d&apos;application « %1 » dépasse 63 caractères.</translation>
    </message>
    <message>
        <source>The application name &apos;%1&apos; is not valid: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>Le nom d&apos;application « %1 » n&apos;est pas valide : utilisez des lettres minuscules, des chiffres et « - », en commençant et en finissant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The device name is empty.</source>
        <translation>Le nom de l&apos;appareil est vide.</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; must not contain &apos;/&apos;.</source>
        <translation>Le nom d&apos;appareil « %1 » ne doit pas contenir « / ».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>memory of this session only</source>
        <translation>mémoire de cette session uniquement</translation>
    </message>
</context>
<context>
    <name>SecretStores</name>
    <message>
        <source>The secret is kept for this session only.</source>
        <translation>Le secret est conservé pour cette session seulement.</translation>
    </message>
    <message>
        <source>The secret is kept in %1, readable only by you (plain text).</source>
        <translation>Le secret est conservé dans %1, lisible par vous seul (en clair).</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Conserver le secret pour cette session seulement</translation>
    </message>
    <message>
        <source>Store it in a file readable only by me (plain text on disk)</source>
        <translation>Le stocker dans un fichier lisible par moi seul (en clair sur le disque)</translation>
    </message>
    <message>
        <source>No Key Store</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>Where should the secret be kept?</source>
        <translation>Où conserver le secret ?</translation>
    </message>
    <message>
        <source>Store Secrets in a File</source>
        <translation>Stocker les secrets dans un fichier</translation>
    </message>
    <message>
        <source>The secrets will be written in plain text to
%1
(mode 0600: readable only by you, but by any program you run, and in backups of your home folder).</source>
        <translation>Les secrets seront écrits en clair dans
%1
(mode 0600 : lisibles par vous seul, mais aussi par tout programme que vous lancez, et dans les sauvegardes de votre dossier personnel).</translation>
    </message>
    <message>
        <source>Store in File</source>
        <translation>Stocker dans le fichier</translation>
    </message>
    <message>
        <source>Cancelled: the secret was not stored.</source>
        <translation>Annulé : le secret n&apos;a pas été stocké.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>dwb</name>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation>Le serveur a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>check the user and token, or log in again.</source>
        <translation>vérifiez l&apos;utilisateur et le jeton, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>the application or device does not exist.</source>
        <translation>l&apos;application ou l&apos;appareil n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>the name is taken or the object was changed meanwhile.</source>
        <translation>le nom est déjà pris ou l&apos;objet a été modifié entre-temps.</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rejeté par le serveur</translation>
    </message>
    <message>
        <source>the request was not accepted (HTTP %1).</source>
        <translation>la requête n&apos;a pas été acceptée (HTTP %1).</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1); try again later.</source>
        <translation>le serveur a échoué (HTTP %1) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>the server answered with HTTP %1.</source>
        <translation>le serveur a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <source>drg&apos;s configuration</source>
        <translation>configuration de drg</translation>
    </message>
    <message>
        <source>%1 is not a drg configuration file: %2</source>
        <translation>%1 n&apos;est pas un fichier de configuration drg : %2</translation>
    </message>
    <message>
        <source>it is not a YAML mapping.</source>
        <translation>ce n&apos;est pas un dictionnaire YAML.</translation>
    </message>
    <message>
        <source>it has no &apos;contexts&apos; list.</source>
        <translation>il n&apos;a pas de liste « contexts ».</translation>
    </message>
    <message>
        <source>a context is not a mapping.</source>
        <translation>un contexte n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>a context has no name.</source>
        <translation>un contexte n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>the context &apos;%1&apos; has no valid drogue_cloud_url.</source>
        <translation>le contexte « %1 » n&apos;a pas de drogue_cloud_url valide.</translation>
    </message>
    <message>
        <source>the context &apos;%1&apos; has an empty access_token.</source>
        <translation>le contexte « %1 » a un access_token vide.</translation>
    </message>
    <message>
        <source>the context &apos;%1&apos; has an access token without id or token.</source>
        <translation>le contexte « %1 » a un jeton d&apos;accès sans identifiant ni jeton.</translation>
    </message>
    <message>
        <source>the token of the context &apos;%1&apos; is neither an access token nor an OAuth token.</source>
        <translation>le jeton du contexte « %1 » n&apos;est ni un jeton d&apos;accès ni un jeton OAuth.</translation>
    </message>
    <message>
        <source>the token of the context &apos;%1&apos; is not a mapping.</source>
        <translation>le jeton du contexte « %1 » n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>it is not valid YAML.</source>
        <translation>ce n&apos;est pas du YAML valide.</translation>
    </message>
    <message>
        <source>There is no drg configuration file at %1.</source>
        <translation>Il n&apos;y a aucun fichier de configuration drg à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>No system key store is available (no Secret Service or KWallet answers on D-Bus). Secrets can be kept for this session only, or, after an explicit choice, in a file readable only by you (plain text on disk).</source>
        <translation>Aucun trousseau du système n&apos;est disponible (ni Secret Service ni KWallet ne répondent sur D-Bus). Les secrets peuvent être conservés pour cette session seulement ou, sur choix explicite, dans un fichier lisible par vous seul (en clair sur le disque).</translation>
    </message>
    <message>
        <source>%1 is encrypted: a passphrase is needed.</source>
        <translation>%1 est chiffré : une phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>La phrase secrète n&apos;ouvre pas %1.</translation>
    </message>
    <message>
        <source>A PEM block starts but its header line is cut short.</source>
        <translation>Un bloc PEM commence mais sa ligne d&apos;en-tête est tronquée.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; has no END line: the file is cut short.</source>
        <translation>Le bloc PEM « %1 » n&apos;a pas de ligne END : le fichier est tronqué.</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; is damaged or cut short.</source>
        <translation>Le bloc PEM « %1 » est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>La clé privée</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>la clé privée</translation>
    </message>
    <message>
        <source>the PKCS#12 file</source>
        <translation>le fichier PKCS#12</translation>
    </message>
    <message>
        <source>The PKCS#12 file</source>
        <translation>Le fichier PKCS#12</translation>
    </message>
    <message>
        <source>The decrypted private key is damaged.</source>
        <translation>La clé privée déchiffrée est endommagée.</translation>
    </message>
    <message>
        <source>The data looks like DER, but it is cut short (its length runs past the end).</source>
        <translation>Les données ressemblent à du DER mais sont tronquées (leur longueur dépasse la fin).</translation>
    </message>
    <message>
        <source>The data is empty.</source>
        <translation>Les données sont vides.</translation>
    </message>
    <message>
        <source>The data holds no private key.</source>
        <translation>Les données ne contiennent aucune clé privée.</translation>
    </message>
    <message>
        <source>The data holds no certificate.</source>
        <translation>Les données ne contiennent aucun certificat.</translation>
    </message>
    <message>
        <source>A PKCS#12 file needs a key and its certificate.</source>
        <translation>Un fichier PKCS#12 exige une clé et son certificat.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>La clé n&apos;appartient pas au certificat.</translation>
    </message>
    <message>
        <source>Cannot create the PKCS#12 file.</source>
        <translation>Impossible de créer le fichier PKCS#12.</translation>
    </message>
    <message>
        <source>Cannot encode the PKCS#12 file.</source>
        <translation>Impossible d&apos;encoder le fichier PKCS#12.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>There is no certificate.</source>
        <translation>Il n&apos;y a aucun certificat.</translation>
    </message>
    <message>
        <source>It is a version %1 certificate; Drogue needs version 3.</source>
        <translation>C&apos;est un certificat de version %1 ; Drogue exige la version 3.</translation>
    </message>
    <message>
        <source>It is not valid yet (valid from %1).</source>
        <translation>Il n&apos;est pas encore valide (valide à partir du %1).</translation>
    </message>
    <message>
        <source>It has expired (valid until %1).</source>
        <translation>Il a expiré (valide jusqu&apos;au %1).</translation>
    </message>
    <message>
        <source>It is a CA certificate; a device certificate must not be one.</source>
        <translation>C&apos;est un certificat de CA ; un certificat d&apos;appareil ne doit pas en être un.</translation>
    </message>
    <message>
        <source>Its extended key usage does not include client authentication (clientAuth).</source>
        <translation>Son usage étendu de clé n&apos;inclut pas l&apos;authentification client (clientAuth).</translation>
    </message>
    <message>
        <source>Its key (%1, %2 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>Sa clé (%1, %2 bits) n&apos;est pas acceptée par Drogue : EC P-256, EC P-384, Ed25519 ou RSA d&apos;au moins 2048 bits.</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>Il n&apos;y a aucun certificat à vérifier.</translation>
    </message>
    <message>
        <source>The application has no trust anchor to check against.</source>
        <translation>L&apos;application n&apos;a aucune ancre de confiance pour la vérification.</translation>
    </message>
    <message>
        <source>Cannot set up the chain check.</source>
        <translation>Impossible de préparer la vérification de chaîne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as %2 in a certificate name.</source>
        <translation>« %1 » ne peut pas servir de %2 dans un nom de certificat.</translation>
    </message>
    <message>
        <source>The certificate&apos;s common name (CN) is empty.</source>
        <translation>Le nom commun (CN) du certificat est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; a certificate&apos;s common name (CN) holds at most %3.</source>
        <translation>« %1 » fait %2 caractères ; le nom commun (CN) d&apos;un certificat en contient au plus %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; a certificate&apos;s organizational unit (OU) holds at most %3.</source>
        <translation>« %1 » fait %2 caractères ; l&apos;unité d&apos;organisation (OU) d&apos;un certificat en contient au plus %3.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>No random numbers available.</source>
        <translation>Aucun nombre aléatoire disponible.</translation>
    </message>
    <message>
        <source>Cannot set the serial number.</source>
        <translation>Impossible de définir le numéro de série.</translation>
    </message>
    <message>
        <source>Cannot add the extension %1.</source>
        <translation>Impossible d&apos;ajouter l&apos;extension %1.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and %1 days (it was %2).</source>
        <translation>La validité doit être comprise entre 1 et %1 jours (elle était de %2).</translation>
    </message>
    <message>
        <source>Cannot fill in the certificate.</source>
        <translation>Impossible de remplir le certificat.</translation>
    </message>
    <message>
        <source>Signing the certificate failed.</source>
        <translation>La signature du certificat a échoué.</translation>
    </message>
    <message>
        <source>A trust anchor needs a private key to sign it.</source>
        <translation>Une ancre de confiance exige une clé privée pour la signer.</translation>
    </message>
    <message>
        <source>The device certificate needs the device&apos;s key.</source>
        <translation>Le certificat d&apos;appareil exige la clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>Signing needs the CA certificate and its private key.</source>
        <translation>La signature exige le certificat de CA et sa clé privée.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a CA certificate (basicConstraints CA:TRUE); it cannot sign devices.</source>
        <translation>Le certificat « %1 » n&apos;est pas un certificat de CA (basicConstraints CA:TRUE) ; il ne peut pas signer d&apos;appareils.</translation>
    </message>
    <message>
        <source>The CA key does not belong to the CA certificate &quot;%1&quot;.</source>
        <translation>La clé de CA n&apos;appartient pas au certificat de CA « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot make the files in %1 durable: %2.</source>
        <translation>Impossible de rendre durables les fichiers de %1 : %2.</translation>
    </message>
    <message>
        <source>The list is not UTF-8 text.</source>
        <translation>La liste n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The CSV list has no header line.</source>
        <translation>La liste CSV n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The CSV header has no &apos;name&apos; column.</source>
        <translation>L&apos;en-tête CSV n&apos;a pas de colonne « name ».</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>The line has %1 fields, the header %2 (quote fields that contain commas).</source>
        <translation>La ligne a %1 champs, l&apos;en-tête %2 (mettez entre guillemets les champs qui contiennent des virgules).</translation>
    </message>
    <message>
        <source>The label &apos;%1&apos; is not of the form key=value.</source>
        <translation>L&apos;étiquette « %1 » n&apos;est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; a certificate&apos;s common name (CN) holds at most %3.</source>
        <translation>« %1 » fait %2 caractères ; le nom commun (CN) d&apos;un certificat en contient au plus %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice (first on line %2).</source>
        <translation>« %1 » figure deux fois (d&apos;abord à la ligne %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would use the same file names as the device on line %2.</source>
        <translation>« %1 » utiliserait les mêmes noms de fichier que l&apos;appareil de la ligne %2.</translation>
    </message>
    <message>
        <source>The list names no device.</source>
        <translation>La liste ne nomme aucun appareil.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation>%1 ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The key written to %1 does not read back correctly; nothing was registered.</source>
        <translation>La clé écrite dans %1 ne se relit pas correctement ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The CA key %1 belongs to an anchor of application &apos;%2&apos; that the server marks as invalid (expired or malformed). Create a new trust anchor.</source>
        <translation>La clé de CA %1 appartient à une ancre de l&apos;application « %2 » que le serveur marque comme invalide (expirée ou malformée). Créez une nouvelle ancre de confiance.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchor. Create one first (Registry &gt; Create Trust Anchor…).</source>
        <translation>L&apos;application « %1 » n&apos;a aucune ancre de confiance. Créez-en une d&apos;abord (Registre &gt; Créer une ancre de confiance…).</translation>
    </message>
    <message>
        <source>The CA key %1 belongs to none of the %2 trust anchor(s) of application &apos;%3&apos;. Choose the key of one of its anchors.</source>
        <translation>La clé de CA %1 n&apos;appartient à aucune des %2 ancres de confiance de l&apos;application « %3 ». Choisissez la clé de l&apos;une de ses ancres.</translation>
    </message>
    <message>
        <source>Could not set up TLS.</source>
        <translation>Impossible de configurer TLS.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Impossible de lire le fichier CA %1.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Invalid broker host name.</source>
        <translation>Nom d&apos;hôte du broker invalide.</translation>
    </message>
    <message>
        <source>A device login needs both a certificate and its private key.</source>
        <translation>Une connexion d&apos;appareil exige un certificat et sa clé privée.</translation>
    </message>
    <message>
        <source>The device certificate cannot be used for TLS.</source>
        <translation>Le certificat d&apos;appareil ne peut pas être utilisé pour TLS.</translation>
    </message>
    <message>
        <source>The device key cannot be used for TLS.</source>
        <translation>La clé d&apos;appareil ne peut pas être utilisée pour TLS.</translation>
    </message>
    <message>
        <source>The private key does not belong to the device certificate.</source>
        <translation>La clé privée n&apos;appartient pas au certificat d&apos;appareil.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 existe déjà ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 est trop volumineux (%2 octets ; au plus %3 sont lus).</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 bytes are read).</source>
        <translation>%1 est trop volumineux (au plus %2 octets sont lus).</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>utilisation : %1</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>Enroll a list of devices (keys, certificates, registry)</source>
        <translation>Enrôler une liste d&apos;appareils (clés, certificats, registre)</translation>
    </message>
    <message>
        <source>Publish a message as a device (--verify: prove it arrives)</source>
        <translation>Publier un message comme un appareil (--verify : prouver qu&apos;il arrive)</translation>
    </message>
    <message>
        <source>Print an application&apos;s events as they arrive</source>
        <translation>Afficher les événements d&apos;une application à leur arrivée</translation>
    </message>
    <message>
        <source>Create an application&apos;s trust anchor (CA key + certificate)</source>
        <translation>Créer l&apos;ancre de confiance d&apos;une application (clé de CA + certificat)</translation>
    </message>
    <message>
        <source>List the saved contexts</source>
        <translation>Lister les contextes enregistrés</translation>
    </message>
    <message>
        <source>Show a context (never its secret)</source>
        <translation>Afficher un contexte (jamais son secret)</translation>
    </message>
    <message>
        <source>Make a context the default</source>
        <translation>Faire d&apos;un contexte le contexte par défaut</translation>
    </message>
    <message>
        <source>Delete a context and its secret</source>
        <translation>Supprimer un contexte et son secret</translation>
    </message>
    <message>
        <source>Set the default key algorithm of a context</source>
        <translation>Définir l&apos;algorithme de clé par défaut d&apos;un contexte</translation>
    </message>
    <message>
        <source>Set the default application of a context</source>
        <translation>Définir l&apos;application par défaut d&apos;un contexte</translation>
    </message>
    <message>
        <source>Import drg&apos;s contexts and move its tokens into the key store</source>
        <translation>Importer les contextes de drg et déplacer leurs jetons dans le trousseau</translation>
    </message>
    <message>
        <source>Sign in (browser, or an access token) and save a context</source>
        <translation>Se connecter (navigateur ou jeton d&apos;accès) et enregistrer un contexte</translation>
    </message>
    <message>
        <source>%1 asks for a key derivation far costlier than any real file (%2); it is refused.</source>
        <translation>%1 demande une dérivation de clé bien plus coûteuse que celle de tout fichier réel (%2) ; elle est refusée.</translation>
    </message>
    <message>
        <source>PBKDF2 with more than %L1 iterations</source>
        <translation>PBKDF2 avec plus de %L1 itérations</translation>
    </message>
    <message>
        <source>scrypt with N*r*p above %L1</source>
        <translation>scrypt avec N*r*p supérieur à %L1</translation>
    </message>
    <message>
        <source>more than %L1 iterations</source>
        <translation>plus de %L1 itérations</translation>
    </message>
    <message>
        <source>a MAC with more than %L1 iterations</source>
        <translation>un MAC avec plus de %L1 itérations</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not sent, registration stopped: %1 Their keys and certificates are written; run the same command again to finish.</source>
        <translation>
            <numerusform>%n appareil non envoyé, enregistrement arrêté : %1 Sa clé et son certificat sont écrits ; relancez la même commande pour terminer.</numerusform>
            <numerusform>%n appareils non envoyés, enregistrement arrêté : %1 Leurs clés et certificats sont écrits ; relancez la même commande pour terminer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a device certificate with the app&apos;s CA key, or register one</source>
        <translation>Émettre un certificat d&apos;appareil avec la clé de CA de l&apos;application, ou en enregistrer un</translation>
    </message>
    <message>
        <source>%1 (the file uses %2)</source>
        <translation>%1 (le fichier utilise %2)</translation>
    </message>
    <message>
        <source>%1 is protected with an algorithm that this build of OpenSSL cannot use.</source>
        <translation>%1 est protégé par un algorithme que cette version compilée d&apos;OpenSSL ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>%1 is protected with an algorithm that this build of OpenSSL cannot use: %2.</source>
        <translation>%1 est protégé par un algorithme que cette version compilée d&apos;OpenSSL ne peut pas utiliser : %2.</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s legacy provider, which has the older algorithms (RC2, DES), could not be loaded: install the Debian package libssl3 (ossl-modules/legacy.so).</source>
        <translation>Le fournisseur « legacy » d&apos;OpenSSL, qui contient les algorithmes plus anciens (RC2, DES), n&apos;a pas pu être chargé : installez le paquet Debian libssl3 (ossl-modules/legacy.so).</translation>
    </message>
    <message>
        <source>Choose the device certificate to register.</source>
        <translation>Choisissez le certificat d&apos;appareil à enregistrer.</translation>
    </message>
    <message>
        <source>Drogue Cloud would refuse &apos;%1&apos; as a device certificate: %2</source>
        <translation>Drogue Cloud refuserait « %1 » comme certificat d&apos;appareil : %2</translation>
    </message>
    <message>
        <source>The device key does not belong to the certificate &apos;%1&apos;.</source>
        <translation>La clé d&apos;appareil n&apos;appartient pas au certificat « %1 ».</translation>
    </message>
    <message>
        <source>The CA key %1 does not belong to trust anchor #%2 (%3), under which &apos;%4&apos; was issued.</source>
        <translation>La clé de CA %1 n&apos;appartient pas à l&apos;ancre de confiance n° %2 (%3), sous laquelle « %4 » a été émis.</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Ancre de confiance</translation>
    </message>
    <message>
        <source>Validity now</source>
        <translation>Validité actuelle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Usage étendu de la clé</translation>
    </message>
    <message>
        <source>Version and CA</source>
        <translation>Version et CA</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchor: register the CA that issued &apos;%2&apos; first.</source>
        <translation>L&apos;application « %1 » n&apos;a aucune ancre de confiance : enregistrez d&apos;abord la CA qui a émis « %2 ».</translation>
    </message>
    <message>
        <source>anchor #%1 cannot be read</source>
        <translation>l&apos;ancre n° %1 est illisible</translation>
    </message>
    <message>
        <source>anchor #%1 (%2) is marked invalid by the server</source>
        <translation>l&apos;ancre n° %1 (%2) est marquée comme invalide par le serveur</translation>
    </message>
    <message>
        <source>anchor #%1 (%2): %3</source>
        <translation>ancre n° %1 (%2) : %3</translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; (issuer &apos;%2&apos;) was not issued under a trust anchor of application &apos;%3&apos;: %4.</source>
        <translation>Le certificat « %1 » (émetteur « %2 ») n&apos;a pas été émis sous une ancre de confiance de l&apos;application « %3 » : %4.</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>Aucun dossier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Impossible de créer le dossier %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 (%3).</source>
        <translation>Impossible de créer le dossier %1 : %2 (%3).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>un fichier fait obstacle</translation>
    </message>
    <message>
        <source>This needs a server: give --sandbox DIR, --url URL --token USER:TOKEN or --context NAME (or make a context the default), or use --offline.</source>
        <translation>Ceci exige un serveur : indiquez --sandbox DIR, --url URL --token USER:TOKEN ou --context NAME (ou définissez un contexte par défaut), ou utilisez --offline.</translation>
    </message>
    <message>
        <source>Show certificates, keys and certificate requests in any format</source>
        <translation>Afficher des certificats, des clés et des demandes de certificat, quel que soit le format</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Create a device (--cert: named by its certificate subject)</source>
        <translation>Créer un appareil (--cert : nommé d&apos;après le sujet de son certificat)</translation>
    </message>
    <message>
        <source>Delete an application with its devices</source>
        <translation>Supprimer une application avec ses appareils</translation>
    </message>
    <message>
        <source>Delete a device</source>
        <translation>Supprimer un appareil</translation>
    </message>
    <message>
        <source>List the applications</source>
        <translation>Lister les applications</translation>
    </message>
    <message>
        <source>List the devices of an application</source>
        <translation>Lister les appareils d&apos;une application</translation>
    </message>
    <message>
        <source>List an application&apos;s trust anchors</source>
        <translation>Lister les ancres de confiance d&apos;une application</translation>
    </message>
    <message>
        <source>Remove a trust anchor from an application</source>
        <translation>Supprimer une ancre de confiance d&apos;une application</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>usage: dwb COMMAND [OPTIONS]  (dwb --help lists the commands)</source>
        <translation>utilisation : dwb COMMAND [OPTIONS]  (dwb --help liste les commandes)</translation>
    </message>
    <message>
        <source>The system key store is locked: the secrets in it cannot be read or added until it is unlocked. Unlock it (log in to the desktop again, or unlock the “Login” keyring in your password manager), then try again.</source>
        <translation>Le trousseau du système est verrouillé : ses secrets ne peuvent être ni lus ni ajoutés tant qu&apos;il n&apos;est pas déverrouillé. Déverrouillez-le (reconnectez-vous au bureau, ou déverrouillez le trousseau « Login » dans votre gestionnaire de mots de passe), puis réessayez.</translation>
    </message>
    <message>
        <source>The data is not a certificate, key, certificate request, PKCS#7 or PKCS#12 in any format the workbench knows (PEM or DER).</source>
        <translation>Les données ne sont ni un certificat, ni une clé, ni une demande de certificat, ni du PKCS#7 ou du PKCS#12 dans un format connu de Drogue Workbench (PEM ou DER).</translation>
    </message>
    <message>
        <source>The PEM text holds no certificate, key, certificate request or PKCS#7 block.</source>
        <translation>Le texte PEM ne contient aucun bloc de certificat, de clé, de demande de certificat ou PKCS#7.</translation>
    </message>
    <message>
        <source>The key (%1, %2 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>La clé (%1, %2 bits) n&apos;est pas acceptée par Drogue : EC P-256, EC P-384, Ed25519 ou RSA d&apos;au moins 2048 bits.</translation>
    </message>
    <message>
        <source>The key in %1 (%2, %3 bits) is not one Drogue accepts: EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>La clé de %1 (%2, %3 bits) n&apos;est pas acceptée par Drogue : EC P-256, EC P-384, Ed25519 ou RSA d&apos;au moins 2048 bits.</translation>
    </message>
    <message>
        <source>Cannot copy the subject alternative names.</source>
        <translation>Impossible de copier les noms alternatifs du sujet.</translation>
    </message>
    <message>
        <source>There is no certificate request to sign.</source>
        <translation>Il n&apos;y a aucune demande de certificat à signer.</translation>
    </message>
    <message>
        <source>The request is refused, nothing was signed: %1</source>
        <translation>La demande est refusée, rien n&apos;a été signé : %1</translation>
    </message>
    <message>
        <source>There is no certificate request.</source>
        <translation>Il n&apos;y a aucune demande de certificat.</translation>
    </message>
    <message>
        <source>Its signature does not verify with its own key: it does not prove that the board holds the key (the request was changed or damaged on the way).</source>
        <translation>Sa signature ne se vérifie pas avec sa propre clé : elle ne prouve pas que la carte détient la clé (la demande a été modifiée ou endommagée en chemin).</translation>
    </message>
    <message>
        <source>It has no subject: make the request again with at least a common name (CN).</source>
        <translation>Elle n&apos;a pas de sujet : refaites la demande avec au moins un nom commun (CN).</translation>
    </message>
    <message>
        <source>Cancelled while generating the key: nothing was written or registered.</source>
        <translation>Annulé pendant la génération de la clé : rien n&apos;a été écrit ni enregistré.</translation>
    </message>
    <message>
        <source>The CA key %1 belongs to no CA certificate in %2: refusing to sign with it.</source>
        <translation>La clé de CA %1 n&apos;appartient à aucun certificat de CA dans %2 : refus de signer avec elle.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 holds no certificate request (*.csr, *.req, *.pem, *.der, *.txt).</source>
        <translation>Le dossier %1 ne contient aucune demande de certificat (*.csr, *.req, *.pem, *.der, *.txt).</translation>
    </message>
    <message>
        <source>the request has no common name (CN) to name the device: name the devices after their files instead (dwb: --name-from file).</source>
        <translation>la demande n&apos;a pas de nom commun (CN) pour nommer l&apos;appareil : nommez plutôt les appareils d&apos;après leurs fichiers (dwb : --name-from file).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a device name: %2</source>
        <translation>« %1 » ne peut pas être un nom d&apos;appareil : %2</translation>
    </message>
    <message>
        <source>the device name &apos;%1&apos; is also that of %2: each board needs a name of its own.</source>
        <translation>le nom d&apos;appareil « %1 » est aussi celui de %2 : chaque carte a besoin de son propre nom.</translation>
    </message>
    <message>
        <source>List the certificates in the ledger, with their expiry</source>
        <translation>Lister les certificats du registre, avec leur date d&apos;expiration</translation>
    </message>
    <message>
        <source>Back up an application&apos;s trust anchor (CA key + certificate) into a PKCS#12 file with a passphrase</source>
        <translation>Sauvegarder l&apos;ancre de confiance d&apos;une application (clé de CA + certificat) dans un fichier PKCS#12 protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>Restore a trust anchor&apos;s CA key from its PKCS#12 backup</source>
        <translation>Restaurer la clé de CA d&apos;une ancre de confiance à partir de sa sauvegarde PKCS#12</translation>
    </message>
    <message>
        <source>Record certificates made before the ledger existed</source>
        <translation>Enregistrer les certificats créés avant l&apos;existence du registre</translation>
    </message>
    <message>
        <source>%1 exists already: it is not overwritten.</source>
        <translation>%1 existe déjà : il n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>1 device certificate</source>
        <translation>1 certificat d&apos;appareil</translation>
    </message>
    <message>
        <source>%1 device certificates</source>
        <translation>%1 certificats d&apos;appareil</translation>
    </message>
    <message>
        <source>the trust anchor of %1</source>
        <translation>l&apos;ancre de confiance de %1</translation>
    </message>
    <message>
        <source>the trust anchors of %1</source>
        <translation>les ancres de confiance de %1</translation>
    </message>
    <message>
        <source>%1 trust anchors of %2</source>
        <translation>%1 ancres de confiance de %2</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expires in 1 day</source>
        <translation>expire dans 1 jour</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>expire dans %1 jours</translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>a expiré aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>a expiré il y a 1 jour</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>a expiré il y a %1 jours</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>larger than 4 MiB: not a certificate file</source>
        <translation>plus de 4 Mio : pas un fichier de certificat</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>encrypted (a key or PKCS#12 file): not read</source>
        <translation>chiffré (fichier de clé ou PKCS#12) : non lu</translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>pas un certificat</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>un fichier de clé</translation>
    </message>
    <message>
        <source>a certificate request</source>
        <translation>une demande de certificat</translation>
    </message>
    <message>
        <source>%1 Nothing was registered.</source>
        <translation>%1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 Nothing was registered; the files written stay: %2.</source>
        <translation>%1 Rien n&apos;a été enregistré ; les fichiers écrits sont conservés : %2.</translation>
    </message>
    <message>
        <source>Send a command to a device</source>
        <translation>Envoyer une commande à un appareil</translation>
    </message>
    <message>
        <source>Write a device&apos;s credentials for its firmware</source>
        <translation>Écrire les identifiants d&apos;un appareil pour son micrologiciel</translation>
    </message>
    <message>
        <source>Renew devices&apos; certificates (same or new key, same subject)</source>
        <translation>Renouveler les certificats des appareils (même clé ou nouvelle clé, même sujet)</translation>
    </message>
    <message>
        <source>No initialised token found.</source>
        <translation>Aucun jeton initialisé trouvé.</translation>
    </message>
    <message>
        <source>List PKCS#11 tokens and their keys</source>
        <translation>Lister les jetons PKCS#11 et leurs clés</translation>
    </message>
    <message>
        <source>Cannot add the SHA-1 MAC to the PKCS#12 file.</source>
        <translation>Impossible d&apos;ajouter le MAC SHA-1 au fichier PKCS#12.</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>Aucun dossier de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The validity must be at least one day.</source>
        <translation>La validité doit être d&apos;au moins un jour.</translation>
    </message>
    <message>
        <source>PKCS#12 files need a passphrase.</source>
        <translation>Les fichiers PKCS#12 nécessitent une phrase secrète.</translation>
    </message>
    <message>
        <source>Online enrollment needs a connection to the registry.</source>
        <translation>L&apos;enrôlement en ligne nécessite une connexion au registre.</translation>
    </message>
    <message>
        <source>Offline enrollment needs the CA certificate (--ca-cert).</source>
        <translation>L&apos;enrôlement hors ligne nécessite le certificat de CA (--ca-cert).</translation>
    </message>
    <message>
        <source>Boards that keep their key get certificates only: a PKCS#12 file would need the key.</source>
        <translation>Les cartes qui conservent leur clé ne reçoivent que des certificats : un fichier PKCS#12 nécessiterait la clé.</translation>
    </message>
    <message>
        <source>DER certificates are written for a folder of certificate requests (--csr-dir).</source>
        <translation>Des certificats DER sont écrits pour un dossier de demandes de certificat (--csr-dir).</translation>
    </message>
    <message numerus="yes">
        <source>The requests in %1 have %n problem(s); nothing was signed.</source>
        <translation>
            <numerusform>Les requêtes de %1 présentent %n problème ; rien n&apos;a été signé.</numerusform>
            <numerusform>Les requêtes de %1 présentent %n problèmes ; rien n&apos;a été signé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device list %1 has %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>La liste d&apos;appareils %1 présente %n problème ; rien n&apos;a été écrit.</numerusform>
            <numerusform>La liste d&apos;appareils %1 présente %n problèmes ; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not make the certificate request.</source>
        <translation>Impossible de créer la demande de certificat.</translation>
    </message>
    <message>
        <source>Name the devices to renew, or choose all or those expiring.</source>
        <translation>Nommez les appareils à renouveler, ou choisissez tous les appareils ou ceux qui expirent bientôt.</translation>
    </message>
    <message>
        <source>New keys need an output folder.</source>
        <translation>Les nouvelles clés nécessitent un dossier de sortie.</translation>
    </message>
    <message>
        <source>The ledger holds no certificate of this device in application &apos;%1&apos;.</source>
        <translation>Le registre ne contient aucun certificat de cet appareil dans l&apos;application &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Its certificate file is not at hand (the ledger lists: %1), so its subject cannot be kept.</source>
        <translation>Son fichier de certificat n&apos;est pas disponible (le registre indique : %1), son sujet ne peut donc pas être conservé.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>Its key algorithm (%1) is not one the workbench makes.</source>
        <translation>Son algorithme de clé (%1) n&apos;est pas de ceux que le workbench sait créer.</translation>
    </message>
    <message>
        <source>Its key file %1 is protected by a passphrase; renew it with a new key (--new-key).</source>
        <translation>Son fichier de clé %1 est protégé par une phrase secrète ; renouvelez-le avec une nouvelle clé (--new-key).</translation>
    </message>
    <message>
        <source>Its key file is not at hand (the ledger lists: %1); renew it with a new key (--new-key), or give it the key file back.</source>
        <translation>Son fichier de clé n&apos;est pas disponible (le registre indique : %1) ; renouvelez-le avec une nouvelle clé (--new-key), ou remettez le fichier de clé en place.</translation>
    </message>
    <message>
        <source>Choose the folder the package is written to.</source>
        <translation>Choisissez le dossier dans lequel le paquet est écrit.</translation>
    </message>
    <message>
        <source>The %1 format needs a passphrase.</source>
        <translation>Le format %1 nécessite une phrase secrète.</translation>
    </message>
    <message>
        <source>%1: a &apos;%&apos; must be followed by two hex digits.</source>
        <translation>%1 : un &apos;%&apos; doit être suivi de deux chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>%1 names no key: give object= (and id=).</source>
        <translation>%1 ne désigne aucune clé : indiquez object= (et id=).</translation>
    </message>
    <message>
        <source>No token matches %1 (module %2).</source>
        <translation>Aucun jeton ne correspond à %1 (module %2).</translation>
    </message>
    <message>
        <source>Cannot open a read-write session on token &apos;%1&apos;.</source>
        <translation>Impossible d&apos;ouvrir une session en lecture-écriture sur le jeton &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The token &apos;%1&apos; refused the PIN (not retried). Token state: %2.</source>
        <translation>Le jeton &apos;%1&apos; a refusé le PIN (pas de nouvel essai). État du jeton : %2.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; already has a key &apos;%2&apos;.</source>
        <translation>Le jeton &apos;%1&apos; possède déjà une clé &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; already has a key with that id.</source>
        <translation>Le jeton &apos;%1&apos; possède déjà une clé avec cet identifiant.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; could not make the %2 key pair (PKCS#11 error 0x%3).</source>
        <translation>Le jeton &apos;%1&apos; n&apos;a pas pu créer la paire de clés %2 (erreur PKCS#11 0x%3).</translation>
    </message>
    <message>
        <source>token &quot;%1&quot; (%2, %3, serial %4): %5</source>
        <translation>jeton &quot;%1&quot; (%2, %3, numéro de série %4) : %5</translation>
    </message>
    <message>
        <source>  %1 %2 key &quot;%3&quot; id %4</source>
        <translation>  %1 %2 clé &quot;%3&quot; id %4</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>, sensitive: %1, extractable: %2</source>
        <translation>, sensible : %1, extractible : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>  (private keys are listed with a PIN: --pin-file or DWB_PKCS11_PIN)</source>
        <translation>  (les clés privées sont listées avec un PIN : --pin-file ou DWB_PKCS11_PIN)</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module %1.</source>
        <translation>Impossible de charger le module PKCS#11 %1.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 lists no slots.</source>
        <translation>Le module PKCS#11 %1 ne liste aucun emplacement.</translation>
    </message>
    <message>
        <source>Cannot read the PIN file %1.</source>
        <translation>Impossible de lire le fichier de PIN %1.</translation>
    </message>
    <message>
        <source>The token &apos;%1&apos; needs its user PIN: give --pin-file or DWB_PKCS11_PIN.</source>
        <translation>Le jeton &apos;%1&apos; nécessite son PIN utilisateur : indiquez --pin-file ou DWB_PKCS11_PIN.</translation>
    </message>
    <message>
        <source>user PIN count low (a wrong PIN was entered)</source>
        <translation>peu d&apos;essais de PIN utilisateur restants (un PIN erroné a été saisi)</translation>
    </message>
    <message>
        <source>final try (one more wrong PIN locks it)</source>
        <translation>dernier essai (un PIN erroné de plus le verrouille)</translation>
    </message>
    <message>
        <source>user PIN locked</source>
        <translation>PIN utilisateur verrouillé</translation>
    </message>
    <message>
        <source>no PIN warnings</source>
        <translation>aucun avertissement de PIN</translation>
    </message>
    <message>
        <source>%1 names no key: give object= or id=.</source>
        <translation>%1 ne désigne aucune clé : indiquez object= ou id=.</translation>
    </message>
    <message>
        <source>The user PIN of token &apos;%1&apos; is locked.</source>
        <translation>Le PIN utilisateur du jeton &apos;%1&apos; est verrouillé.</translation>
    </message>
    <message>
        <source>Cannot list the keys of token &apos;%1&apos;.</source>
        <translation>Impossible de lister les clés du jeton &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The key %1 on token &apos;%2&apos; cannot sign here.</source>
        <translation>La clé %1 du jeton &apos;%2&apos; ne peut pas signer ici.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; has no private key %2.</source>
        <translation>Le jeton &apos;%1&apos; n&apos;a pas de clé privée %2.</translation>
    </message>
    <message>
        <source>The trust anchor &quot;%1&quot; expired on %2: a certificate it signs would not be accepted. Create a new anchor (Rotate Trust Anchor…, or dwb trust create) and use its key.</source>
        <translation>L&apos;ancre de confiance « %1 » a expiré le %2 : un certificat qu&apos;elle signe ne serait pas accepté. Créez une nouvelle ancre (Remplacer l&apos;ancre de confiance…, ou dwb trust create) et utilisez sa clé.</translation>
    </message>
    <message>
        <source>key type 0x%1</source>
        <translation>type de clé 0x%1</translation>
    </message>
    <message>
        <source>Cannot open a session on token &apos;%1&apos;.</source>
        <translation>Impossible d&apos;ouvrir une session sur le jeton &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; has no public key object beside the Ed25519 key %2 (the same CKA_ID or CKA_LABEL): the public key is read from it.</source>
        <translation>Le jeton &apos;%1&apos; n’a pas d’objet clé publique à côté de la clé Ed25519 %2 (même CKA_ID ou même CKA_LABEL) : c’est de lui que la clé publique est lue.</translation>
    </message>
    <message>
        <source>The key %1 on token &apos;%2&apos; is an Ed448 key; Drogue takes Ed25519, ECDSA or RSA keys.</source>
        <translation>La clé %1 du jeton &apos;%2&apos; est une clé Ed448 ; Drogue accepte les clés Ed25519, ECDSA ou RSA.</translation>
    </message>
    <message>
        <source>The public key beside the Ed25519 key %1 on token &apos;%2&apos; is not an Ed25519 point.</source>
        <translation>La clé publique à côté de la clé Ed25519 %1 du jeton &apos;%2&apos; n’est pas un point Ed25519.</translation>
    </message>
    <message>
        <source>The Ed25519 key on the token has no public key.</source>
        <translation>La clé Ed25519 du jeton n’a pas de clé publique.</translation>
    </message>
    <message>
        <source>OpenSSL does not take the workbench&apos;s token provider.</source>
        <translation>OpenSSL n’accepte pas le fournisseur de jeton du Workbench.</translation>
    </message>
    <message>
        <source>Cannot make an OpenSSL key of the Ed25519 key on the token.</source>
        <translation>Impossible de faire une clé OpenSSL de la clé Ed25519 du jeton.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; holds RSA or ECDSA keys (&apos;%2&apos;), which libp11 0.4.12 reads no more once an Ed25519 key is beside them: make the Ed25519 key on a token of its own, or choose ECDSA or RSA.</source>
        <translation>Le jeton &apos;%1&apos; contient des clés RSA ou ECDSA (&apos;%2&apos;), que libp11 0.4.12 ne lit plus dès qu’une clé Ed25519 est à côté : créez la clé Ed25519 sur un jeton à part, ou choisissez ECDSA ou RSA.</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; holds a key of another type (&apos;%2&apos;, %3), and libp11 0.4.12 then reads no RSA or ECDSA key of it: make this key on another token, or choose Ed25519.</source>
        <translation>Le jeton &apos;%1&apos; contient une clé d’un autre type (&apos;%2&apos;, %3), et libp11 0.4.12 n’en lit alors aucune clé RSA ou ECDSA : créez cette clé sur un autre jeton, ou choisissez Ed25519.</translation>
    </message>
    <message>
        <source>The key %1 on token &apos;%2&apos; cannot sign here: %3</source>
        <translation>La clé %1 du jeton &apos;%2&apos; ne peut pas signer ici : %3</translation>
    </message>
    <message>
        <source>libp11 0.4.12 reads no RSA or ECDSA key of a token that also holds a key of another type (&apos;%1&apos;, %2). Keep RSA and ECDSA keys on a token without such keys, or use an Ed25519 key.</source>
        <translation>libp11 0.4.12 ne lit aucune clé RSA ou ECDSA d’un jeton qui contient aussi une clé d’un autre type (&apos;%1&apos;, %2). Gardez les clés RSA et ECDSA sur un jeton sans de telles clés, ou utilisez une clé Ed25519.</translation>
    </message>
    <message>
        <source>the workbench signs with Ed25519, ECDSA and RSA keys; this is %1.</source>
        <translation>le Workbench signe avec des clés Ed25519, ECDSA et RSA ; ceci est %1.</translation>
    </message>
</context>
<context>
    <name>dwb::AnchorBackup</name>
    <message>
        <source>A backup of a CA key needs a passphrase: an empty one is refused.</source>
        <translation>La sauvegarde d&apos;une clé de CA nécessite une phrase secrète : une phrase vide est refusée.</translation>
    </message>
    <message>
        <source>Choose the file the backup is written to.</source>
        <translation>Choisissez le fichier dans lequel écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not a CA certificate: it is no trust anchor.</source>
        <translation>Le certificat « %1 » n&apos;est pas un certificat de CA : ce n&apos;est pas une ancre de confiance.</translation>
    </message>
    <message>
        <source>The CA key does not belong to the trust anchor &quot;%1&quot;.</source>
        <translation>La clé de CA n&apos;appartient pas à l&apos;ancre de confiance « %1 ».</translation>
    </message>
    <message>
        <source>The PKCS#12 file made for the backup does not read back.</source>
        <translation>Le fichier PKCS#12 créé pour la sauvegarde ne peut pas être relu.</translation>
    </message>
    <message>
        <source>%1 needs its passphrase.</source>
        <translation>%1 nécessite sa phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>La phrase secrète n&apos;ouvre pas %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a backup: %2</source>
        <translation>%1 ne peut pas être lu comme une sauvegarde : %2</translation>
    </message>
    <message>
        <source>%1 is no PKCS#12 file (it is %2): a backup is one.</source>
        <translation>%1 n&apos;est pas un fichier PKCS#12 (c&apos;est %2) : une sauvegarde doit l&apos;être.</translation>
    </message>
    <message>
        <source>%1 holds no private key: there is nothing to restore.</source>
        <translation>%1 ne contient aucune clé privée : il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>%1 holds no certificate: the key cannot be checked against its anchor.</source>
        <translation>%1 ne contient aucun certificat : la clé ne peut pas être vérifiée par rapport à son ancre.</translation>
    </message>
    <message>
        <source>The key in %1 does not belong to its certificate &quot;%2&quot;: refusing to restore it.</source>
        <translation>La clé dans %1 n&apos;appartient pas à son certificat « %2 » : restauration refusée.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is not a CA certificate: the file is no trust anchor backup.</source>
        <translation>Le certificat « %1 » dans %2 n&apos;est pas un certificat de CA : le fichier n&apos;est pas une sauvegarde d&apos;ancre de confiance.</translation>
    </message>
    <message>
        <source>Choose the file the CA key is written to.</source>
        <translation>Choisissez le fichier dans lequel écrire la clé de CA.</translation>
    </message>
</context>
<context>
    <name>dwb::AnchorJob</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Generating the %1 key…</source>
        <translation>Génération de la clé %1…</translation>
    </message>
    <message>
        <source>Preparing the anchor certificate…</source>
        <translation>Préparation du certificat d&apos;ancre…</translation>
    </message>
    <message>
        <source>Generating the %1 key… (%2 candidates tried)</source>
        <translation>Génération de la clé %1… (%2 candidats essayés)</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for the CA key (nothing is overwritten).</source>
        <translation>%1 existe déjà : choisissez un autre fichier pour la clé de CA (rien n&apos;est écrasé).</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for the anchor certificate.</source>
        <translation>%1 existe déjà : choisissez un autre fichier pour le certificat d&apos;ancre.</translation>
    </message>
    <message>
        <source>Choose a file for the new CA key.</source>
        <translation>Choisissez un fichier pour la nouvelle clé de CA.</translation>
    </message>
    <message>
        <source>Choose the CA key to use.</source>
        <translation>Choisissez la clé de CA à utiliser.</translation>
    </message>
    <message>
        <source>Choose the CA certificate to register.</source>
        <translation>Choisissez le certificat de CA à enregistrer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CA certificate (basicConstraints CA:TRUE is missing): it cannot be a trust anchor.</source>
        <translation>« %1 » n&apos;est pas un certificat de CA (basicConstraints CA:TRUE manque) : il ne peut pas être une ancre de confiance.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate &apos;%2&apos;.</source>
        <translation>La clé %1 n&apos;appartient pas au certificat « %2 ».</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation>Annulé : rien n&apos;a été écrit ni enregistré.</translation>
    </message>
    <message>
        <source> The CA key is kept at %1.</source>
        <translation> La clé de CA est conservée dans %1.</translation>
    </message>
    <message>
        <source>Cancelled before the anchor was sent: nothing was registered.</source>
        <translation>Annulé avant l&apos;envoi de l&apos;ancre : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The connection was closed: the anchor was not added.</source>
        <translation>La connexion a été fermée : l&apos;ancre n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Adding the anchor to application &apos;%1&apos;…</source>
        <translation>Ajout de l&apos;ancre à l&apos;application « %1 »…</translation>
    </message>
    <message>
        <source>The server did not add the anchor: %1.</source>
        <translation>Le serveur n&apos;a pas ajouté l&apos;ancre : %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list the new anchor.</source>
        <translation>La réponse du serveur ne contient pas la nouvelle ancre.</translation>
    </message>
    <message>
        <source>The server stored the anchor but marks it invalid: %1 %2.</source>
        <translation>Le serveur a enregistré l&apos;ancre mais la marque comme invalide : %1 %2.</translation>
    </message>
    <message>
        <source>The anchor was added, but the ledger could not record it: %1</source>
        <translation>L&apos;ancre a été ajoutée, mais le registre n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was made or registered.</source>
        <translation>Annulé : rien n&apos;a été créé ni enregistré.</translation>
    </message>
    <message>
        <source>Cancelled: the key %1 stays on the token; nothing was registered.</source>
        <translation>Annulé : la clé %1 reste sur le jeton ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>dwb::AppendFile</name>
    <message>
        <source>The manifest is not open.</source>
        <translation>Le manifeste n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>dwb::BatchEnrollJob</name>
    <message>
        <source>The CA key %1 belongs to none of the %2 trust anchor(s) of application &apos;%3&apos;; nothing was written. Use the key of one of its anchors (dwb trust list %3).</source>
        <translation>La clé de CA %1 n&apos;appartient à aucune des %2 ancres de confiance de l&apos;application « %3 » ; rien n&apos;a été écrit. Utilisez la clé de l&apos;une de ses ancres (dwb trust list %3).</translation>
    </message>
    <message>
        <source>The folder %1 holds a batch for application &apos;%2&apos;; use another folder.</source>
        <translation>Le dossier %1 contient un lot pour l&apos;application « %2 » ; utilisez un autre dossier.</translation>
    </message>
    <message>
        <source>The folder %1 holds a batch made with %2 keys; run it again with --algo %2 or use another folder.</source>
        <translation>Le dossier %1 contient un lot fait avec des clés %2 ; relancez-le avec --algo %2 ou utilisez un autre dossier.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 devices; run the batch again to finish it.</source>
        <translation>Annulé après %1 appareils sur %2 ; relancez le lot pour le terminer.</translation>
    </message>
    <message>
        <source>The server kept failing for %1 s: %2</source>
        <translation>Le serveur a échoué sans cesse pendant %1 s : %2</translation>
    </message>
    <message>
        <source>%1 of %2 devices failed; the first: %3 (%4).</source>
        <translation>%1 appareils sur %2 ont échoué ; le premier : %3 (%4).</translation>
    </message>
    <message>
        <source>Enrolling the devices…</source>
        <translation>Enrôlement des appareils…</translation>
    </message>
    <message>
        <source>%1 No further device was registered; the files stay in %2.</source>
        <translation>%1 Aucun autre appareil n&apos;a été enregistré ; les fichiers restent dans %2.</translation>
    </message>
    <message>
        <source>The token of the CA key is gone (removed, or its module no longer finds it: %1). %2 of %3 devices were done and are kept; the other %4 were not made and not registered. Put the token back and run the batch again to finish.</source>
        <translation>Le jeton de la clé de CA a disparu (retiré, ou son module ne le trouve plus : %1). %2 appareils sur %3 ont été traités et sont conservés ; les %4 autres n&apos;ont été ni créés ni enregistrés. Remettez le jeton en place et relancez le lot pour terminer.</translation>
    </message>
</context>
<context>
    <name>dwb::BatchPackages</name>
    <message>
        <source>%1 is not a batch folder: it has no %2.</source>
        <translation>%1 n&apos;est pas un dossier de lot : il ne contient pas de %2.</translation>
    </message>
    <message>
        <source>%1 names no application.</source>
        <translation>%1 ne désigne aucune application.</translation>
    </message>
</context>
<context>
    <name>dwb::Certificate</name>
    <message>
        <source>The data is not a DER certificate.</source>
        <translation>Les données ne sont pas un certificat DER.</translation>
    </message>
    <message>
        <source>The text holds no PEM certificate.</source>
        <translation>Le texte ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>dwb::CertificateRequest</name>
    <message>
        <source>The data is not a certificate request (PKCS#10).</source>
        <translation>Les données ne sont pas une demande de certificat (PKCS#10).</translation>
    </message>
    <message>
        <source>The text holds no CERTIFICATE REQUEST block (a PKCS#10 request in PEM).</source>
        <translation>Le texte ne contient aucun bloc CERTIFICATE REQUEST (une demande PKCS#10 en PEM).</translation>
    </message>
    <message>
        <source>The certificate request&apos;s PEM block is damaged or cut short.</source>
        <translation>Le bloc PEM de la demande de certificat est endommagé ou tronqué.</translation>
    </message>
</context>
<context>
    <name>dwb::CommandCheckJob</name>
    <message>
        <source>the device could not subscribe to command/inbox/#</source>
        <translation>l&apos;appareil n&apos;a pas pu s&apos;abonner à command/inbox/#</translation>
    </message>
    <message>
        <source>the command API did not answer</source>
        <translation>l&apos;API de commande n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>the command did not reach the device</source>
        <translation>la commande n&apos;a pas atteint l&apos;appareil</translation>
    </message>
    <message>
        <source>Command check timed out after %1 s: %2.</source>
        <translation>Délai dépassé pour la vérification de commande après %1 s : %2.</translation>
    </message>
    <message>
        <source>Not connected to a server: the command API is not known.</source>
        <translation>Non connecté à un serveur : l&apos;API de commande est inconnue.</translation>
    </message>
    <message>
        <source>Subscribing as the device to command/inbox/#…</source>
        <translation>Abonnement à command/inbox/# en tant qu&apos;appareil…</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Appareil : %1</translation>
    </message>
    <message>
        <source>Sending command &apos;%1&apos; through the command API…</source>
        <translation>Envoi de la commande &apos;%1&apos; via l&apos;API de commande…</translation>
    </message>
    <message>
        <source>Waiting for the command on command/inbox/…</source>
        <translation>En attente de la commande sur command/inbox/…</translation>
    </message>
    <message>
        <source>Command check cancelled.</source>
        <translation>Vérification de commande annulée.</translation>
    </message>
</context>
<context>
    <name>dwb::DeviceLoginVerdict</name>
    <message>
        <source>There is no certificate.</source>
        <translation>Il n&apos;y a aucun certificat.</translation>
    </message>
    <message>
        <source>Application %1 has no valid trust anchor.</source>
        <translation>L&apos;application %1 n&apos;a aucune ancre de confiance valide.</translation>
    </message>
    <message>
        <source>Issued by “%1”, which is neither the name of application %2 nor the subject of one of its trust anchors.</source>
        <translation>Émis par « %1 », qui n&apos;est ni le nom de l&apos;application %2 ni le sujet de l&apos;une de ses ancres de confiance.</translation>
    </message>
    <message>
        <source>Chains to trust anchor #%1 of %2 (%3).</source>
        <translation>Chaîné à l&apos;ancre de confiance n° %1 de %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Does not chain to any of the %n valid trust anchor(s) of %1: %2</source>
        <translation>
            <numerusform>N&apos;est chaîné à aucune ancre de confiance valide de %1 (%n) : %2</numerusform>
            <numerusform>N&apos;est chaîné à aucune des %n ancres de confiance valides de %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid now (%1 to %2).</source>
        <translation>Valide actuellement (du %1 au %2).</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Pas encore valide : valide à partir du %1.</translation>
    </message>
    <message>
        <source>The devices of %1 are not loaded.</source>
        <translation>Les appareils de %1 ne sont pas chargés.</translation>
    </message>
    <message>
        <source>Not known: the devices are not loaded.</source>
        <translation>Inconnu : les appareils ne sont pas chargés.</translation>
    </message>
    <message>
        <source>No device of %1 has “%2” as its name or an alias.</source>
        <translation>Aucun appareil de %1 n&apos;a « %2 » comme nom ou alias.</translation>
    </message>
    <message>
        <source>No device to check.</source>
        <translation>Aucun appareil à vérifier.</translation>
    </message>
    <message>
        <source>The subject is the name of device “%1”.</source>
        <translation>Le sujet est le nom de l&apos;appareil « %1 ».</translation>
    </message>
    <message>
        <source>The subject is an alias of device “%1”.</source>
        <translation>Le sujet est un alias de l&apos;appareil « %1 ».</translation>
    </message>
    <message>
        <source>Device “%1” is disabled.</source>
        <translation>L&apos;appareil « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>Device “%1” is enabled.</source>
        <translation>L&apos;appareil « %1 » est activé.</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>%1: a key type Drogue accepts.</source>
        <translation>%1 : un type de clé accepté par Drogue.</translation>
    </message>
    <message>
        <source>%1: Drogue accepts EC P-256, EC P-384, Ed25519 or RSA of 2048 bits or more.</source>
        <translation>%1 : Drogue accepte EC P-256, EC P-384, Ed25519 ou RSA d&apos;au moins 2048 bits.</translation>
    </message>
    <message>
        <source>Includes client authentication (clientAuth).</source>
        <translation>Inclut l&apos;authentification client (clientAuth).</translation>
    </message>
    <message>
        <source>No extended key usage extension: Drogue needs one with client authentication (clientAuth).</source>
        <translation>Aucune extension d&apos;usage étendu de clé : Drogue en exige une avec l&apos;authentification client (clientAuth).</translation>
    </message>
    <message>
        <source>Does not include client authentication (clientAuth).</source>
        <translation>N&apos;inclut pas l&apos;authentification client (clientAuth).</translation>
    </message>
    <message>
        <source>A version %1 certificate: Drogue needs version 3.</source>
        <translation>Un certificat de version %1 : Drogue exige la version 3.</translation>
    </message>
    <message>
        <source>A CA certificate: a device certificate must not be one.</source>
        <translation>Un certificat de CA : un certificat d&apos;appareil ne doit pas en être un.</translation>
    </message>
    <message>
        <source>Version 3, not a CA.</source>
        <translation>Version 3, pas une CA.</translation>
    </message>
    <message>
        <source>would log in</source>
        <translation>se connecterait</translation>
    </message>
    <message>
        <source>would be refused</source>
        <translation>serait refusé</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non déterminé</translation>
    </message>
    <message>
        <source>form only</source>
        <translation>forme seulement</translation>
    </message>
    <message>
        <source>Would log in now as device “%1” of application %2.</source>
        <translation>Se connecterait maintenant comme appareil « %1 » de l&apos;application %2.</translation>
    </message>
    <message>
        <source>Would be refused by application %1. %2: %3</source>
        <translation>Serait refusé par l&apos;application %1. %2 : %3</translation>
    </message>
    <message>
        <source>Would be refused by any application. %1: %2 (The certificate&apos;s form only: no application given.)</source>
        <translation>Serait refusé par toute application. %1 : %2 (Forme du certificat seulement : aucune application indiquée.)</translation>
    </message>
    <message>
        <source>Not decided for application %1: %2</source>
        <translation>Non déterminé pour l&apos;application %1 : %2</translation>
    </message>
    <message>
        <source>The certificate&apos;s form only: acceptable. With no application given, its trust anchor and device are not checked.</source>
        <translation>Forme du certificat seulement : acceptable. Sans application indiquée, son ancre de confiance et son appareil ne sont pas vérifiés.</translation>
    </message>
</context>
<context>
    <name>dwb::DevicePackage</name>
    <message>
        <source>%1 holds no certificate: %2</source>
        <translation>%1 ne contient aucun certificat : %2</translation>
    </message>
    <message>
        <source>%1 and %2 do not go together: %3</source>
        <translation>%1 et %2 ne vont pas ensemble : %3</translation>
    </message>
    <message>
        <source>%1 holds no CA certificate: %2</source>
        <translation>%1 ne contient aucun certificat de CA : %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate above the device&apos;s.</source>
        <translation>%1 ne contient aucun certificat au-dessus de celui de l&apos;appareil.</translation>
    </message>
    <message>
        <source>A device package needs the application and the device name.</source>
        <translation>Un paquet d&apos;appareil nécessite l&apos;application et le nom de l&apos;appareil.</translation>
    </message>
    <message>
        <source>A device package needs the device&apos;s certificate.</source>
        <translation>Un paquet d&apos;appareil nécessite le certificat de l&apos;appareil.</translation>
    </message>
    <message>
        <source>A device package needs the device&apos;s private key.</source>
        <translation>Un paquet d&apos;appareil nécessite la clé privée de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>La clé n&apos;appartient pas au certificat.</translation>
    </message>
</context>
<context>
    <name>dwb::DrgImportReport</name>
    <message>
        <source>Imported %1 context(s) from %2: %3</source>
        <translation>%1 contexte(s) importé(s) depuis %2 : %3</translation>
    </message>
    <message>
        <source>Default context: %1</source>
        <translation>Contexte par défaut : %1</translation>
    </message>
    <message>
        <source>Tokens moved into the key store for: %1</source>
        <translation>Jetons déplacés dans le trousseau pour : %1</translation>
    </message>
    <message>
        <source>Tokens NOT stored for: %1 (%2)</source>
        <translation>Jetons NON stockés pour : %1 (%2)</translation>
    </message>
    <message>
        <source>Add them later with &apos;dwb login URL --token USER:TOKEN --name NAME&apos; or sign in again; or choose --secret-store file|session.</source>
        <translation>Ajoutez-les plus tard avec « dwb login URL --token USER:TOKEN --name NAME » ou reconnectez-vous ; ou choisissez --secret-store file|session.</translation>
    </message>
    <message>
        <source>Note: %1 still holds these secrets in plain text; remove them there if drg is no longer used.</source>
        <translation>Remarque : %1 contient toujours ces secrets en clair ; supprimez-les si drg n&apos;est plus utilisé.</translation>
    </message>
</context>
<context>
    <name>dwb::EnrollJob</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Reading the trust anchors of application &apos;%1&apos;…</source>
        <translation>Lecture des ancres de confiance de l&apos;application « %1 »…</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation>Annulé : rien n&apos;a été écrit ni enregistré.</translation>
    </message>
    <message>
        <source>Generating the %1 device key…</source>
        <translation>Génération de la clé d&apos;appareil %1…</translation>
    </message>
    <message>
        <source>Generating the %1 device key… (%2 candidates tried)</source>
        <translation>Génération de la clé d&apos;appareil %1… (%2 candidats essayés)</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Écriture des fichiers…</translation>
    </message>
    <message>
        <source>Choose PEM files, a PKCS#12 file or both.</source>
        <translation>Choisissez des fichiers PEM, un fichier PKCS#12 ou les deux.</translation>
    </message>
    <message>
        <source>Choose a folder for the device&apos;s files.</source>
        <translation>Choisissez un dossier pour les fichiers de l&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another folder (nothing is overwritten).</source>
        <translation>%1 existe déjà : choisissez un autre dossier (rien n&apos;est écrasé).</translation>
    </message>
    <message>
        <source>Choose the device key to import.</source>
        <translation>Choisissez la clé d&apos;appareil à importer.</translation>
    </message>
    <message>
        <source>Cancelled before the device was registered; the files written stay in %1.</source>
        <translation>Annulé avant l&apos;enregistrement de l&apos;appareil ; les fichiers écrits restent dans %1.</translation>
    </message>
    <message>
        <source>The connection was closed: the device was not registered.</source>
        <translation>La connexion a été fermée : l&apos;appareil n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Registering device &apos;%1&apos; with the alias &apos;%2&apos;…</source>
        <translation>Enregistrement de l&apos;appareil « %1 » avec l&apos;alias « %2 »…</translation>
    </message>
    <message>
        <source>The device was not registered: %1. The files written stay where they are.</source>
        <translation>L&apos;appareil n&apos;a pas été enregistré : %1. Les fichiers écrits restent où ils sont.</translation>
    </message>
    <message>
        <source>Stopped while registering device &apos;%1&apos;: the server had not answered, and it may still register the device with the alias &apos;%2&apos; (check the device list before enrolling it again). The files written stay: %3.</source>
        <translation>Arrêté pendant l’enregistrement de l’appareil « %1 » : le serveur n’avait pas répondu et peut encore enregistrer l’appareil avec l’alias « %2 » (vérifiez la liste des appareils avant de l’inscrire à nouveau). Les fichiers écrits restent : %3.</translation>
    </message>
    <message>
        <source>none (the certificate is registered as it is)</source>
        <translation>aucun (le certificat est enregistré tel quel)</translation>
    </message>
    <message>
        <source>The device was not registered: %1.</source>
        <translation>L&apos;appareil n&apos;a pas été enregistré : %1.</translation>
    </message>
    <message>
        <source>A device certificate is registered as it is on the server: it has no offline form.</source>
        <translation>Un certificat d&apos;appareil est enregistré tel quel sur le serveur : il n&apos;a pas de forme hors ligne.</translation>
    </message>
    <message>
        <source>Choose a file for the new device key.</source>
        <translation>Choisissez un fichier pour la nouvelle clé d&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 exists already: nothing was written (nothing is overwritten).</source>
        <translation>%1 existe déjà : rien n&apos;a été écrit (rien n&apos;est écrasé).</translation>
    </message>
    <message>
        <source>A certificate request gets a PEM certificate: a PKCS#12 file would need the private key, which stays on the board.</source>
        <translation>Une demande de certificat reçoit un certificat PEM : un fichier PKCS#12 nécessiterait la clé privée, qui reste sur la carte.</translation>
    </message>
    <message>
        <source>A DER certificate is written for a certificate request; a device key made or imported here gets PEM files or PKCS#12.</source>
        <translation>Un certificat DER est écrit pour une demande de certificat ; une clé d&apos;appareil créée ou importée ici produit des fichiers PEM ou PKCS#12.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; was registered, but the ledger could not record it: %2</source>
        <translation>L&apos;appareil « %1 » a été enregistré, mais le registre n&apos;a pas pu le consigner : %2</translation>
    </message>
</context>
<context>
    <name>dwb::ExpiryReport</name>
    <message>
        <source>within 1 day</source>
        <translation>d&apos;ici 1 jour</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>d&apos;ici %1 jours</translation>
    </message>
    <message>
        <source>Nothing expires %1.</source>
        <translation>Rien n&apos;expire %1.</translation>
    </message>
    <message>
        <source>%1 have expired.</source>
        <translation>%1 ont expiré.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 a expiré.</translation>
    </message>
    <message>
        <source>%1 expire %2</source>
        <translation>%1 expirent %2</translation>
    </message>
    <message>
        <source>%1 expires %2</source>
        <translation>%1 expire %2</translation>
    </message>
    <message>
        <source>; 1 has expired</source>
        <translation> ; 1 a expiré</translation>
    </message>
    <message>
        <source>; %1 have expired</source>
        <translation> ; %1 ont expiré</translation>
    </message>
</context>
<context>
    <name>dwb::FileSecretStore</name>
    <message>
        <source>file readable only by you (plain text)</source>
        <translation>fichier lisible par vous seul (en clair)</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged.</source>
        <translation>Le fichier de secrets %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>dwb::FolderWriter</name>
    <message>
        <source>Cannot write into %1: %2.</source>
        <translation>Impossible d&apos;écrire dans %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not open.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>%1 is not a file name.</source>
        <translation>%1 n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>dwb::HttpDevicePost</name>
    <message>
        <source>The server announces no HTTP endpoint.</source>
        <translation>Le serveur n&apos;annonce aucun point de terminaison HTTP.</translation>
    </message>
    <message>
        <source>The HTTP endpoint needs the device&apos;s certificate and key.</source>
        <translation>Le point de terminaison HTTP nécessite le certificat et la clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>No CA certificate in %1.</source>
        <translation>Aucun certificat de CA dans %1.</translation>
    </message>
    <message>
        <source>Qt cannot use the device key for TLS.</source>
        <translation>Qt ne peut pas utiliser la clé de l&apos;appareil pour TLS.</translation>
    </message>
    <message>
        <source>HTTP endpoint: %1</source>
        <translation>Point de terminaison HTTP : %1</translation>
    </message>
    <message>
        <source>The HTTP endpoint refused the device (HTTP 403): %1</source>
        <translation>Le point de terminaison HTTP a refusé l&apos;appareil (HTTP 403) : %1</translation>
    </message>
    <message>
        <source>The HTTP endpoint answered HTTP %1: %2</source>
        <translation>Le point de terminaison HTTP a répondu HTTP %1 : %2</translation>
    </message>
</context>
<context>
    <name>dwb::KeychainSecretStore</name>
    <message>
        <source>system key store</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>The system key store refused to store the secret.</source>
        <translation>Le trousseau du système a refusé de stocker le secret.</translation>
    </message>
</context>
<context>
    <name>dwb::Ledger</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing: install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt est absent : installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The folder %1 for the ledger cannot be created.</source>
        <translation>Le dossier %1 du registre ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be opened.</source>
        <translation>Le registre %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be read.</source>
        <translation>Le registre %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The ledger %1 is damaged; it was kept as %2. Nothing was recorded or registered. Run again to start a new ledger, or put a backup of the ledger in its place.</source>
        <translation>Le registre %1 est endommagé ; il a été conservé sous %2. Rien n&apos;a été consigné ni enregistré. Relancez pour créer un nouveau registre, ou remettez une sauvegarde du registre à sa place.</translation>
    </message>
    <message>
        <source>The ledger %1 was made by a newer Drogue Workbench (schema %2; this one knows %3).</source>
        <translation>Le registre %1 a été créé par une version plus récente de Drogue Workbench (schéma %2 ; celle-ci connaît %3).</translation>
    </message>
    <message>
        <source>Not a certificate.</source>
        <translation>Pas un certificat.</translation>
    </message>
    <message>
        <source>The ledger %1 is damaged and could not be moved aside; move it away by hand.</source>
        <translation>Le registre %1 est endommagé et n&apos;a pas pu être mis de côté ; déplacez-le manuellement.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be brought to this version&apos;s schema.</source>
        <translation>Le registre %1 ne peut pas être mis au schéma de cette version.</translation>
    </message>
</context>
<context>
    <name>dwb::Ledger::Private</name>
    <message>
        <source>The ledger %1 cannot be written.</source>
        <translation>Le registre %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The ledger %1 cannot be read.</source>
        <translation>Le registre %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The ledger %1 is damaged: nothing more could be recorded in it. It is set aside the next time it is opened (dwb certs list, or the Certificates view); then run again to start a new ledger, or put a backup of the ledger in its place.</source>
        <translation>Le registre %1 est endommagé : plus rien n’a pu y être enregistré. Il sera mis de côté à sa prochaine ouverture (dwb certs list, ou la vue Certificats) ; relancez ensuite pour commencer un nouveau registre, ou remettez une sauvegarde du registre à sa place.</translation>
    </message>
</context>
<context>
    <name>dwb::MqttCallbacks</name>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>Le broker a refusé l&apos;abonnement.</translation>
    </message>
</context>
<context>
    <name>dwb::MqttClient</name>
    <message>
        <source>The broker did not answer in time (%1 s).</source>
        <translation>Le broker n&apos;a pas répondu à temps (%1 s).</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>the broker does not accept this MQTT version</source>
        <translation>le broker n&apos;accepte pas cette version de MQTT</translation>
    </message>
    <message>
        <source>the broker refused the client id</source>
        <translation>le broker a refusé l&apos;identifiant client</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>le broker est indisponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>le broker est occupé</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>méthode d&apos;authentification incorrecte</translation>
    </message>
    <message>
        <source>This MQTT client is already in use.</source>
        <translation>Ce client MQTT est déjà utilisé.</translation>
    </message>
    <message>
        <source>Could not create the MQTT client.</source>
        <translation>Impossible de créer le client MQTT.</translation>
    </message>
    <message>
        <source>Invalid MQTT user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe MQTT invalide.</translation>
    </message>
    <message>
        <source>Could not set up TLS.</source>
        <translation>Impossible de configurer TLS.</translation>
    </message>
    <message>
        <source>Could not start the MQTT network thread.</source>
        <translation>Impossible de démarrer le fil réseau MQTT.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted (wrong CA or host name).</source>
        <translation>Le certificat du broker n&apos;est pas approuvé (mauvaise CA ou mauvais nom d&apos;hôte).</translation>
    </message>
    <message>
        <source>The broker refused the certificate during the TLS handshake (certificate expired).</source>
        <translation>Le broker a refusé le certificat lors de la négociation TLS (certificat expiré).</translation>
    </message>
    <message>
        <source>The broker refused the certificate during the TLS handshake (unknown CA).</source>
        <translation>Le broker a refusé le certificat lors de la négociation TLS (CA inconnue).</translation>
    </message>
    <message>
        <source>The broker refused the certificate during the TLS handshake (%1).</source>
        <translation>Le broker a refusé le certificat lors de la négociation TLS (%1).</translation>
    </message>
    <message>
        <source>The TLS handshake with the broker failed.</source>
        <translation>La négociation TLS avec le broker a échoué.</translation>
    </message>
    <message>
        <source>The broker at %1 is unreachable.</source>
        <translation>Le broker à l&apos;adresse %1 est injoignable.</translation>
    </message>
    <message>
        <source>The broker closed the connection.</source>
        <translation>Le broker a fermé la connexion.</translation>
    </message>
    <message>
        <source>The connection to the broker failed.</source>
        <translation>La connexion au broker a échoué.</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1.</source>
        <translation>Le broker a refusé la connexion : %1.</translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <translation>Non connecté au broker.</translation>
    </message>
    <message>
        <source>Could not subscribe to %1.</source>
        <translation>Impossible de s&apos;abonner à %1.</translation>
    </message>
    <message>
        <source>Could not publish to %1.</source>
        <translation>Impossible de publier sur %1.</translation>
    </message>
    <message>
        <source>The broker at %1 refused the connection: nothing accepts connections on that port.</source>
        <translation>Le broker à %1 a refusé la connexion : rien n&apos;accepte de connexions sur ce port.</translation>
    </message>
    <message>
        <source>The broker accepted the connection (CONNACK), then closed it.</source>
        <translation>Le broker a accepté la connexion (CONNACK), puis l&apos;a fermée.</translation>
    </message>
</context>
<context>
    <name>dwb::OidcClient</name>
    <message>
        <source>Sign-in timed out: the browser did not come back (was it closed?).</source>
        <translation>Délai de connexion dépassé : le navigateur n&apos;est pas revenu (a-t-il été fermé ?).</translation>
    </message>
    <message>
        <source>Cannot read the sign-in server&apos;s configuration: %1</source>
        <translation>Impossible de lire la configuration du serveur de connexion : %1</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration names no authorization or token endpoint.</source>
        <translation>La configuration du serveur de connexion n&apos;indique aucun point d&apos;accès d&apos;autorisation ou de jeton.</translation>
    </message>
    <message>
        <source>Reading the sign-in server&apos;s configuration…</source>
        <translation>Lecture de la configuration du serveur de connexion…</translation>
    </message>
    <message>
        <source>Cannot listen on a local port for the browser&apos;s answer.</source>
        <translation>Impossible d&apos;écouter sur un port local pour la réponse du navigateur.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Unexpected request.</source>
        <translation>Requête inattendue.</translation>
    </message>
    <message>
        <source>Not a sign-in answer.</source>
        <translation>Ce n&apos;est pas une réponse de connexion.</translation>
    </message>
    <message>
        <source>Sign-in refused: the answer does not belong to this sign-in (wrong state).</source>
        <translation>Connexion refusée : la réponse n&apos;appartient pas à cette connexion (état incorrect).</translation>
    </message>
    <message>
        <source>Sign-in refused: the browser&apos;s answer carried a wrong state.</source>
        <translation>Connexion refusée : la réponse du navigateur portait un état incorrect.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>The sign-in server refused: %1</source>
        <translation>Le serveur de connexion a refusé : %1</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and return to Drogue Workbench.</source>
        <translation>Connecté. Vous pouvez fermer cette fenêtre et revenir à Drogue Workbench.</translation>
    </message>
    <message>
        <source>Getting the tokens…</source>
        <translation>Obtention des jetons…</translation>
    </message>
    <message>
        <source>Your session could not be renewed (%1): please sign in again.</source>
        <translation>Votre session n&apos;a pas pu être renouvelée (%1) : veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in server did not give tokens: %1</source>
        <translation>Le serveur de connexion n&apos;a fourni aucun jeton : %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Your session has no refresh token: please sign in again.</source>
        <translation>Votre session n&apos;a pas de jeton de renouvellement : veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server names no sign-in (issuer) URL: sign in with an access token.</source>
        <translation>Le serveur n&apos;indique aucune URL de connexion (émetteur) : connectez-vous avec un jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>dwb::PackageWriter</name>
    <message>
        <source>C header: certificate, key and CA as PEM strings and DER arrays</source>
        <translation>En-tête C : certificat, clé et CA sous forme de chaînes PEM et de tableaux DER</translation>
    </message>
    <message>
        <source>drogue-device config.toml: hostname, port, username (no certificate)</source>
        <translation>drogue-device config.toml : nom d&apos;hôte, port, nom d&apos;utilisateur (sans certificat)</translation>
    </message>
    <message>
        <source>Folder: certificate and key as PEM and DER, chain, server CA, endpoints.json</source>
        <translation>Dossier : certificat et clé en PEM et DER, chaîne, CA du serveur, endpoints.json</translation>
    </message>
    <message>
        <source>PKCS#12 for old importers: 3DES and a SHA-1 MAC</source>
        <translation>PKCS#12 pour les anciens importateurs : 3DES et un MAC SHA-1</translation>
    </message>
    <message>
        <source>ESP-IDF NVS partition CSV: certificate, key and CA as binary entries</source>
        <translation>CSV de partition NVS ESP-IDF : certificat, clé et CA sous forme d&apos;entrées binaires</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use one of %2.</source>
        <translation>Format &apos;%1&apos; inconnu : utilisez l&apos;un de %2.</translation>
    </message>
</context>
<context>
    <name>dwb::Pkcs11Uri</name>
    <message>
        <source>%1 is not a PKCS#11 URI (pkcs11:token=...;object=...).</source>
        <translation>%1 n&apos;est pas une URI PKCS#11 (pkcs11:token=...;object=...).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not name=value.</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas de la forme name=value.</translation>
    </message>
    <message>
        <source>%1: unknown object type &apos;%2&apos;.</source>
        <translation>%1 : type d&apos;objet &apos;%2&apos; inconnu.</translation>
    </message>
</context>
<context>
    <name>dwb::PrivateKey</name>
    <message>
        <source>Key generation was cancelled.</source>
        <translation>La génération de clé a été annulée.</translation>
    </message>
    <message>
        <source>Cannot start generating a %1 key.</source>
        <translation>Impossible de lancer la génération d&apos;une clé %1.</translation>
    </message>
    <message>
        <source>Cannot set up a %1 key.</source>
        <translation>Impossible de préparer une clé %1.</translation>
    </message>
    <message>
        <source>Generating a %1 key failed.</source>
        <translation>La génération d&apos;une clé %1 a échoué.</translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation>Il n&apos;y a aucune clé privée à écrire.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Cannot encode the private key.</source>
        <translation>Impossible d&apos;encoder la clé privée.</translation>
    </message>
    <message>
        <source>No random numbers available.</source>
        <translation>Aucun nombre aléatoire disponible.</translation>
    </message>
    <message>
        <source>Cannot encrypt the private key.</source>
        <translation>Impossible de chiffrer la clé privée.</translation>
    </message>
    <message>
        <source>The private key is on a hardware token and cannot be exported.</source>
        <translation>La clé privée se trouve sur un jeton matériel et ne peut pas être exportée.</translation>
    </message>
</context>
<context>
    <name>dwb::RawModule</name>
    <message>
        <source>Cannot load the PKCS#11 module %1.</source>
        <translation>Impossible de charger le module PKCS#11 %1.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not start.</source>
        <translation>Le module PKCS#11 %1 ne démarre pas.</translation>
    </message>
    <message>
        <source>No token matches %1 (module %2).</source>
        <translation>Aucun jeton ne correspond à %1 (module %2).</translation>
    </message>
</context>
<context>
    <name>dwb::RawModule::Session</name>
    <message>
        <source>The token &apos;%1&apos; refused the PIN (not retried). Token state: %2.</source>
        <translation>Le jeton &apos;%1&apos; a refusé le PIN (pas de nouvel essai). État du jeton : %2.</translation>
    </message>
</context>
<context>
    <name>dwb::RegistryClient</name>
    <message>
        <source>The request was cancelled: the connection was closed.</source>
        <translation>La requête a été annulée : la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read as PEM certificates.</source>
        <translation>Le fichier CA %1 ne peut pas être lu comme des certificats PEM.</translation>
    </message>
    <message>
        <source>The server did not say who we are.</source>
        <translation>Le serveur n&apos;a pas indiqué qui nous sommes.</translation>
    </message>
    <message>
        <source>No application given.</source>
        <translation>Aucune application indiquée.</translation>
    </message>
    <message>
        <source>No application or device given.</source>
        <translation>Aucune application ou aucun appareil indiqué.</translation>
    </message>
    <message>
        <source>The device has no application.</source>
        <translation>L&apos;appareil n&apos;a pas d&apos;application.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos;</source>
        <translation>Application « %1 »</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos;</source>
        <translation>Appareil « %1 »</translation>
    </message>
    <message>
        <source>A change must not rename a device.</source>
        <translation>Une modification ne doit pas renommer un appareil.</translation>
    </message>
    <message>
        <source>The server kept answering HTTP %1 for %2 s (%3 attempts); giving up. %4</source>
        <translation>Le serveur n&apos;a cessé de répondre HTTP %1 pendant %2 s (%3 tentatives) ; abandon. %4</translation>
    </message>
    <message>
        <source>The server kept sending answers that are not valid JSON for %1 s (%2 attempts); giving up.</source>
        <translation>Le serveur a envoyé sans cesse pendant %1 s des réponses qui ne sont pas du JSON valide (%2 tentatives) ; abandon.</translation>
    </message>
    <message>
        <source>The connection to the server kept dropping for %1 s (%2 attempts); giving up. %3</source>
        <translation>La connexion au serveur n&apos;a cessé d&apos;être coupée pendant %1 s (%2 tentatives) ; abandon. %3</translation>
    </message>
    <message>
        <source>Conflict: the name was taken meanwhile by another object.</source>
        <translation>Conflit : le nom a été pris entre-temps par un autre objet.</translation>
    </message>
    <message>
        <source>The connection was dropped in the middle of the server&apos;s answer.</source>
        <translation>La connexion a été coupée au milieu de la réponse du serveur.</translation>
    </message>
    <message>
        <source>The connection was dropped before the server answered.</source>
        <translation>La connexion a été coupée avant que le serveur ne réponde.</translation>
    </message>
    <message>
        <source>%1 kept changing on the server: %2 writes in a row were refused (409, changed meanwhile); gave up.</source>
        <translation>%1 n&apos;a cessé de changer sur le serveur : %2 écritures de suite ont été refusées (409, modification entre-temps) ; abandon.</translation>
    </message>
    <message>
        <source>Stopped: the request was cancelled.</source>
        <translation>Arrêté : la requête a été annulée.</translation>
    </message>
    <message>
        <source>A command needs an application, a device and a name.</source>
        <translation>Une commande nécessite une application, un appareil et un nom.</translation>
    </message>
    <message>
        <source>The command was not accepted: device &apos;%1&apos; of application &apos;%2&apos; does not exist or is disabled.</source>
        <translation>La commande n&apos;a pas été acceptée : l&apos;appareil &apos;%1&apos; de l&apos;application &apos;%2&apos; n&apos;existe pas ou est désactivé.</translation>
    </message>
</context>
<context>
    <name>dwb::RenewPlanJob</name>
    <message>
        <source>The renewal was not planned.</source>
        <translation>Le renouvellement n&apos;a pas été planifié.</translation>
    </message>
    <message>
        <source>Renewal reads the devices&apos; certificates from the ledger, which is turned off.</source>
        <translation>Le renouvellement lit les certificats des appareils dans le registre, qui est désactivé.</translation>
    </message>
    <message>
        <source>Stopped: no certificate was renewed.</source>
        <translation>Arrêté : aucun certificat n&apos;a été renouvelé.</translation>
    </message>
    <message>
        <source>Reading the ledger and making the new keys…</source>
        <translation>Lecture du registre et création des nouvelles clés…</translation>
    </message>
    <message>
        <source>Reading the ledger and the devices&apos; keys…</source>
        <translation>Lecture du registre et des clés des appareils…</translation>
    </message>
</context>
<context>
    <name>dwb::TlsFailure</name>
    <message>
        <source>The broker&apos;s certificate expired on %1; the broker must get a new certificate.</source>
        <translation>Le certificat du broker a expiré le %1 ; le broker doit recevoir un nouveau certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1; the server must get a new certificate.</source>
        <translation>Le certificat du serveur a expiré le %1 ; le serveur doit recevoir un nouveau certificat.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>The broker name does not match its certificate: it was reached as %1, the certificate is for %2.</source>
        <translation>Le nom du broker ne correspond pas à son certificat : il a été joint en tant que %1, le certificat est établi pour : %2.</translation>
    </message>
    <message>
        <source>The server name does not match its certificate: it was reached as %1, the certificate is for %2.</source>
        <translation>Le nom du serveur ne correspond pas à son certificat : il a été joint en tant que %1, le certificat est établi pour : %2.</translation>
    </message>
    <message>
        <source>The broker closed the connection during the TLS handshake.</source>
        <translation>Le broker a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>The broker stopped answering during the TLS handshake (no answer for %1 s).</source>
        <translation>Le broker a cessé de répondre pendant la négociation TLS (aucune réponse depuis %1 s).</translation>
    </message>
    <message>
        <source>The server stopped answering during the TLS handshake (no answer for %1 s).</source>
        <translation>Le serveur a cessé de répondre pendant la négociation TLS (aucune réponse depuis %1 s).</translation>
    </message>
</context>
<context>
    <name>dwb::VerifyDeviceJob</name>
    <message>
        <source>the integration side did not subscribe</source>
        <translation>le côté intégration ne s&apos;est pas abonné</translation>
    </message>
    <message>
        <source>the device did not connect</source>
        <translation>l&apos;appareil ne s&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the broker did not acknowledge the message</source>
        <translation>le broker n&apos;a pas accusé réception du message</translation>
    </message>
    <message>
        <source>the message did not arrive on app/%1</source>
        <translation>le message n&apos;est pas arrivé sur app/%1</translation>
    </message>
    <message>
        <source>Verification timed out after %1 s: %2.</source>
        <translation>La vérification a expiré après %1 s : %2.</translation>
    </message>
    <message>
        <source>Connecting to the integration side…</source>
        <translation>Connexion au côté intégration…</translation>
    </message>
    <message>
        <source>Integration side (app/%1): %2</source>
        <translation>Côté intégration (app/%1) : %2</translation>
    </message>
    <message>
        <source>Integration side: %1</source>
        <translation>Côté intégration : %1</translation>
    </message>
    <message>
        <source>Connecting as the device…</source>
        <translation>Connexion comme l&apos;appareil…</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication sur %1…</translation>
    </message>
    <message>
        <source>Waiting for the event on app/%1…</source>
        <translation>Attente de l&apos;événement sur app/%1…</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Appareil : %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>The broker accepted the message but never delivered it to app/%1: nothing arrived within %2 s.</source>
        <translation>Le broker a accepté le message mais ne l&apos;a jamais remis à app/%1 : rien n&apos;est arrivé en %2 s.</translation>
    </message>
    <message>
        <source>acknowledged by the broker; timeout %1 s</source>
        <translation>acquitté par le broker ; délai %1 s</translation>
    </message>
    <message>
        <source>Not delivered within %1 s; waiting %2 s more for a late delivery…</source>
        <translation>Non remis en %1 s ; attente de %2 s de plus pour une remise tardive…</translation>
    </message>
    <message>
        <source>The message was delivered late: it reached app/%1 %2 s after it was sent, past the %3 s timeout.</source>
        <translation>Le message a été remis en retard : il a atteint app/%1 %2 s après son envoi, au-delà du délai de %3 s.</translation>
    </message>
    <message>
        <source>Posting to %1 over HTTP…</source>
        <translation>Envoi vers %1 via HTTP…</translation>
    </message>
    <message>
        <source>Device (HTTP): %1</source>
        <translation>Appareil (HTTP) : %1</translation>
    </message>
</context>
<context>
    <name>dwb::cli</name>
    <message>
        <source>Use either --sandbox or --url/--token, not both.</source>
        <translation>Utilisez soit --sandbox, soit --url/--token, pas les deux.</translation>
    </message>
    <message>
        <source>No running sandbox in %1 (cannot read sandbox.json).</source>
        <translation>Aucun bac à sable en cours dans %1 (impossible de lire sandbox.json).</translation>
    </message>
    <message>
        <source>%1 has no API URL.</source>
        <translation>%1 n&apos;a pas d&apos;URL d&apos;API.</translation>
    </message>
    <message>
        <source>This command talks to Drogue Cloud: give --url URL --token USER:TOKEN, or --sandbox DIR.</source>
        <translation>Cette commande dialogue avec Drogue Cloud : indiquez --url URL --token USER:TOKEN, ou --sandbox DIR.</translation>
    </message>
    <message>
        <source>--url: &apos;%1&apos; is not an http(s) URL.</source>
        <translation>--url : « %1 » n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>--token must be USER:TOKEN.</source>
        <translation>--token doit être USER:TOKEN.</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; created.</source>
        <translation>Application « %1 » créée.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; created in application &apos;%2&apos;.</source>
        <translation>Appareil « %1 » créé dans l&apos;application « %2 ».</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; deleted (with its devices).</source>
        <translation>Application « %1 » supprimée (avec ses appareils).</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; deleted from application &apos;%2&apos;.</source>
        <translation>Appareil « %1 » supprimé de l&apos;application « %2 ».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ANCHORS</source>
        <translation>ANCRES</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>ALIASES</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchors.</source>
        <translation>L&apos;application « %1 » n&apos;a aucune ancre de confiance.</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>PAS APRÈS</translation>
    </message>
    <message>
        <source>SUBJECT / ERROR</source>
        <translation>SUJET / ERREUR</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>Application &apos;%1&apos; has no trust anchor with index %2 (it has %3).</source>
        <translation>L&apos;application « %1 » n&apos;a aucune ancre de confiance d&apos;index %2 (elle en a %3).</translation>
    </message>
    <message>
        <source>Trust anchor %1 removed from application &apos;%2&apos;.</source>
        <translation>Ancre de confiance %1 supprimée de l&apos;application « %2 ».</translation>
    </message>
    <message>
        <source>Give --key-output FILE for the new CA key (or --key-input to use an existing key).</source>
        <translation>Indiquez --key-output FICHIER pour la nouvelle clé de CA (ou --key-input pour utiliser une clé existante).</translation>
    </message>
    <message>
        <source>Trust anchor added to application &apos;%1&apos; (index %2): %3, valid until %4.</source>
        <translation>Ancre de confiance ajoutée à l&apos;application « %1 » (index %2) : %3, valide jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>Give the application with --app.</source>
        <translation>Indiquez l&apos;application avec --app.</translation>
    </message>
    <message>
        <source>Give the application&apos;s CA key with --ca-key.</source>
        <translation>Indiquez la clé de CA de l&apos;application avec --ca-key.</translation>
    </message>
    <message>
        <source>Give --out FILE for the device certificate.</source>
        <translation>Indiquez --out FICHIER pour le certificat d&apos;appareil.</translation>
    </message>
    <message>
        <source>Give --key-output FILE for the new device key (or --key-input).</source>
        <translation>Indiquez --key-output FICHIER pour la nouvelle clé d&apos;appareil (ou --key-input).</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; enrolled in application &apos;%2&apos; with the alias &apos;%3&apos;.</source>
        <translation>Appareil « %1 » enrôlé dans l&apos;application « %2 » avec l&apos;alias « %3 ».</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos; (rsa2048, rsa3072, rsa4096, ecdsa-p256, ecdsa-p384, ed25519).</source>
        <translation>Algorithme inconnu « %1 » (rsa2048, rsa3072, rsa4096, ecdsa-p256, ecdsa-p384, ed25519).</translation>
    </message>
    <message>
        <source>--days takes a positive number of days.</source>
        <translation>--days attend un nombre de jours positif.</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file.</source>
        <translation>Indiquez-la avec --passphrase-file.</translation>
    </message>
    <message>
        <source>Give --key-output (where the new CA key goes) or --key-input.</source>
        <translation>Indiquez --key-output (destination de la nouvelle clé de CA) ou --key-input.</translation>
    </message>
    <message>
        <source>Trust anchor &quot;%1&quot; (%2, valid until %3) written to %4.</source>
        <translation>Ancre de confiance « %1 » (%2, valide jusqu&apos;au %3) écrite dans %4.</translation>
    </message>
    <message>
        <source>CA key written to %1 (mode 0600%2). Keep it safe: it signs every device of %3.</source>
        <translation>Clé de CA écrite dans %1 (mode 0600%2). Gardez-la en sécurité : elle signe chaque appareil de %3.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, chiffrée</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>l&apos;application</translation>
    </message>
    <message>
        <source>the CA key</source>
        <translation>la clé de CA</translation>
    </message>
    <message>
        <source>the CA certificate</source>
        <translation>le certificat de CA</translation>
    </message>
    <message>
        <source>where the device certificate goes</source>
        <translation>la destination du certificat d&apos;appareil</translation>
    </message>
    <message>
        <source>Give %1 with --%2.</source>
        <translation>Indiquez %1 avec --%2.</translation>
    </message>
    <message>
        <source>Device certificate &quot;%1&quot; issued by &quot;%2&quot; (%3, valid until %4) written to %5.</source>
        <translation>Certificat d&apos;appareil « %1 » émis par « %2 » (%3, valide jusqu&apos;au %4) écrit dans %5.</translation>
    </message>
    <message>
        <source>Device key written to %1 (mode 0600).</source>
        <translation>Clé d&apos;appareil écrite dans %1 (mode 0600).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Subject (RFC 4514)</source>
        <translation>Sujet (RFC 4514)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issuer (RFC 4514)</source>
        <translation>Émetteur (RFC 4514)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>yes, path length %1</source>
        <translation>oui, longueur de chemin %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Usage de la clé</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Usage étendu de la clé</translation>
    </message>
    <message>
        <source>Subject alt. names</source>
        <translation>Noms alt. du sujet</translation>
    </message>
    <message>
        <source>Subject key ID</source>
        <translation>ID de clé du sujet</translation>
    </message>
    <message>
        <source>Authority key ID</source>
        <translation>ID de clé de l&apos;autorité</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (critique)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 #%2: certificate (%3)</source>
        <translation>%1 n° %2 : certificat (%3)</translation>
    </message>
    <message>
        <source>%1 #%2: %3 (%4)</source>
        <translation>%1 n° %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Public key SHA-256:</source>
        <translation>SHA-256 de la clé publique :</translation>
    </message>
    <message>
        <source>Allowed by Drogue:</source>
        <translation>Autorisé par Drogue :</translation>
    </message>
    <message>
        <source>Matches certificate:</source>
        <translation>Correspond au certificat :</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>--index takes the anchor&apos;s number (0, 1, …; see dwb trust list).</source>
        <translation>--index attend le numéro de l&apos;ancre (0, 1, … ; voir dwb trust list).</translation>
    </message>
    <message>
        <source>Unknown algorithm &apos;%1&apos;.</source>
        <translation>Algorithme inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--days takes a positive number.</source>
        <translation>--days attend un nombre positif.</translation>
    </message>
    <message>
        <source>--secret-store: keychain, session or file.</source>
        <translation>--secret-store : keychain, session ou file.</translation>
    </message>
    <message>
        <source>Choose with --secret-store session (kept for this command only) or --secret-store file (a 0600 file with the secret in plain text).</source>
        <translation>Choisissez --secret-store session (conservé pour cette commande seulement) ou --secret-store file (un fichier 0600 contenant le secret en clair).</translation>
    </message>
    <message>
        <source>dwb: warning: secrets are kept in plain text in %1 (readable only by you).</source>
        <translation>dwb : avertissement : les secrets sont conservés en clair dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>No contexts. Add one with &apos;dwb login URL&apos; or &apos;dwb context import-drg&apos;.</source>
        <translation>Aucun contexte. Ajoutez-en un avec « dwb login URL » ou « dwb context import-drg ».</translation>
    </message>
    <message>
        <source>re-read from %1/sandbox.json</source>
        <translation>relu depuis %1/sandbox.json</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>There is no default context: give its name.</source>
        <translation>Il n&apos;y a pas de contexte par défaut : indiquez son nom.</translation>
    </message>
    <message>
        <source>No context named &apos;%1&apos;.</source>
        <translation>Aucun contexte nommé « %1 ».</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation>URL de l&apos;API : %1</translation>
    </message>
    <message>
        <source>Default application: %1</source>
        <translation>Application par défaut : %1</translation>
    </message>
    <message>
        <source>Default algorithm: %1</source>
        <translation>Algorithme par défaut : %1</translation>
    </message>
    <message>
        <source>Server CA file: %1</source>
        <translation>Fichier CA du serveur : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Identifiants : %1</translation>
    </message>
    <message>
        <source>Secret kept in: %1</source>
        <translation>Emplacement du secret : %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>There is no default context: give --context NAME.</source>
        <translation>Il n&apos;y a pas de contexte par défaut : indiquez --context NAME.</translation>
    </message>
    <message>
        <source>The tokens were kept for this command only (--secret-store session).</source>
        <translation>Les jetons ont été conservés pour cette commande seulement (--secret-store session).</translation>
    </message>
    <message>
        <source>Open this URL in a browser to sign in:</source>
        <translation>Ouvrez cette URL dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>Waiting for the browser (5 minutes at most)…</source>
        <translation>Attente du navigateur (5 minutes au plus)…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>« %1 » n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>Le serveur a refusé le jeton : %1</translation>
    </message>
    <message>
        <source>Signed in as %1; context &apos;%2&apos; saved (secret in the %3).</source>
        <translation>Connecté en tant que %1 ; contexte « %2 » enregistré (emplacement du secret : %3).</translation>
    </message>
    <message>
        <source>The secret was kept for this command only: later commands will ask to sign in again.</source>
        <translation>Le secret a été conservé pour cette commande seulement : les commandes suivantes vous demanderont de vous reconnecter.</translation>
    </message>
    <message>
        <source>This command talks to Drogue Cloud: give --url URL --token USER:TOKEN, --sandbox DIR or --context NAME (or set a default context with &apos;dwb context set-default NAME&apos;).</source>
        <translation>Cette commande communique avec Drogue Cloud : indiquez --url URL --token USER:TOKEN, --sandbox DIR ou --context NAME (ou définissez un contexte par défaut avec « dwb context set-default NAME »).</translation>
    </message>
    <message>
        <source>No context named &apos;%1&apos; (see &apos;dwb context list&apos;).</source>
        <translation>Aucun contexte nommé « %1 » (voir « dwb context list »).</translation>
    </message>
    <message>
        <source>Sign in again with &apos;dwb login %1 --name %2&apos;.</source>
        <translation>Reconnectez-vous avec « dwb login %1 --name %2 ».</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; created in application &apos;%2&apos; with the alias &apos;%3&apos;.</source>
        <translation>Appareil « %1 » créé dans l&apos;application « %2 » avec l&apos;alias « %3 ».</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; of application &apos;%2&apos; updated with the alias &apos;%3&apos;.</source>
        <translation>Appareil « %1 » de l&apos;application « %2 » mis à jour avec l&apos;alias « %3 ».</translation>
    </message>
    <message>
        <source>Certificate %1 registered as it is: issued under trust anchor #%2 (%3), valid until %4.</source>
        <translation>Certificat %1 enregistré tel quel : émis sous l&apos;ancre de confiance n° %2 (%3), valide jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>--cert-input registers a device certificate on the server: it has no --offline form.</source>
        <translation>--cert-input enregistre un certificat d&apos;appareil sur le serveur : il n&apos;a pas de forme --offline.</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>the certificate&apos;s form only, no --app</source>
        <translation>forme du certificat seulement, sans --app</translation>
    </message>
    <message>
        <source>Drogue device login</source>
        <translation>Connexion d&apos;appareil Drogue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>--format (or -o) takes text or json.</source>
        <translation>--format (ou -o) attend text ou json.</translation>
    </message>
    <message>
        <source>--app needs the application&apos;s name.</source>
        <translation>--app exige le nom de l&apos;application.</translation>
    </message>
    <message>
        <source>--%1 is not used with --cert-input: the certificate is registered as it is and nothing is written.</source>
        <translation>--%1 n&apos;est pas utilisé avec --cert-input : le certificat est enregistré tel quel et rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Give the device certificate with --cert-input.</source>
        <translation>Indiquez le certificat d&apos;appareil avec --cert-input.</translation>
    </message>
    <message>
        <source>Give the application&apos;s CA key with --ca-key (or register a device certificate you have with --cert-input DEV.pem).</source>
        <translation>Indiquez la clé de CA de l&apos;application avec --ca-key (ou enregistrez un certificat d&apos;appareil que vous possédez avec --cert-input DEV.pem).</translation>
    </message>
    <message>
        <source>No key file was written: the private key stays on the board.</source>
        <translation>Aucun fichier de clé n&apos;a été écrit : la clé privée reste sur la carte.</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>SHA-256 de la clé publique</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>verifies (%1): the board holds the key</source>
        <translation>vérifiée (%1) : la carte détient la clé</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY (%1)</source>
        <translation>NON VÉRIFIÉE (%1)</translation>
    </message>
    <message>
        <source>Requested alt. names</source>
        <translation>Noms alt. demandés</translation>
    </message>
    <message>
        <source>Requested key usage</source>
        <translation>Usage de la clé demandé</translation>
    </message>
    <message>
        <source>Requested extension</source>
        <translation>Extension demandée</translation>
    </message>
    <message>
        <source>Drogue</source>
        <translation>Drogue</translation>
    </message>
    <message>
        <source>a certificate for this request would be accepted by Drogue</source>
        <translation>un certificat pour cette demande serait accepté par Drogue</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>dwb %1: provision Drogue Cloud devices with x.509 certificates.</source>
        <translation>dwb %1 : provisionner des appareils Drogue Cloud avec des certificats x.509.</translation>
    </message>
    <message>
        <source>usage: dwb VERB [ARGUMENTS] [--help]</source>
        <translation>utilisation : dwb VERB [ARGUMENTS] [--help]</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Formes :</translation>
    </message>
    <message>
        <source>Algorithms: rsa2048 rsa3072 rsa4096 ecdsa-p256 (default) ecdsa-p384 ed25519
            (drg&apos;s RSA, ECDSA and EdDSA are accepted too).
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Algorithmes : rsa2048 rsa3072 rsa4096 ecdsa-p256 (par défaut) ecdsa-p384 ed25519
              (RSA, ECDSA et EdDSA de drg sont aussi acceptés).
Codes de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>%1 #%2: certificate request (%3)</source>
        <translation>%1 n° %2 : demande de certificat (%3)</translation>
    </message>
    <message>
        <source>--csr is the board&apos;s own key: give no --key-output or --key-input with it.</source>
        <translation>--csr utilise la propre clé de la carte : n&apos;indiquez ni --key-output ni --key-input avec cette option.</translation>
    </message>
    <message>
        <source>Give --key-output (where the new device key goes), --key-input or --csr.</source>
        <translation>Indiquez --key-output (où va la nouvelle clé d&apos;appareil), --key-input ou --csr.</translation>
    </message>
    <message>
        <source>Use --force to replace it.</source>
        <translation>Utilisez --force pour la remplacer.</translation>
    </message>
    <message>
        <source>Chain (certificate, then trust anchor): %1</source>
        <translation>Chaîne (certificat, puis ancre de confiance) : %1</translation>
    </message>
    <message>
        <source>The certificate as DER: %1</source>
        <translation>Le certificat en DER : %1</translation>
    </message>
    <message>
        <source>A passphrase is needed and there is no terminal to ask it on: give --passphrase-file F.</source>
        <translation>Une phrase secrète est nécessaire et aucun terminal ne permet de la demander : indiquez --passphrase-file F.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Aucune phrase secrète n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>An empty passphrase is refused.</source>
        <translation>Une phrase secrète vide est refusée.</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Verbs that talk to Drogue Cloud take the global options --url URL --token USER:TOKEN [--ca FILE],
or --sandbox DIR, or --context NAME (default: the default context; see dwb context list);
before or after the verb; --timeout SECONDS.
--ledger FILE: the certificate ledger (default: $DWB_LEDGER, else
~/.local/share/drogue-workbench/ledger.sqlite); trust create, trust enroll and enroll-batch
record every certificate there before registering it (--no-ledger: not recommended).
</source>
        <translation>Les verbes qui communiquent avec Drogue Cloud acceptent les options globales --url URL --token USER:TOKEN [--ca FILE],
ou --sandbox DIR, ou --context NAME (par défaut : le contexte par défaut ; voir dwb context list),
avant ou après le verbe ; --timeout SECONDS.
--ledger FILE : le registre des certificats (par défaut : $DWB_LEDGER, sinon
~/.local/share/drogue-workbench/ledger.sqlite) ; trust create, trust enroll et enroll-batch
y consignent chaque certificat avant de l&apos;enregistrer (--no-ledger : déconseillé).
</translation>
    </message>
    <message>
        <source>(trust anchor)</source>
        <translation>(ancre de confiance)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APPLI</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPAREIL</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>N° DE SÉRIE</translation>
    </message>
    <message>
        <source>NOT AFTER (UTC)</source>
        <translation>PAS APRÈS (UTC)</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>JOURS RESTANTS</translation>
    </message>
    <message>
        <source>ANCHOR</source>
        <translation>ANCRE</translation>
    </message>
    <message>
        <source>REGISTRATION</source>
        <translation>ENREGISTREMENT</translation>
    </message>
    <message>
        <source>-o takes table, json or csv.</source>
        <translation>-o accepte table, json ou csv.</translation>
    </message>
    <message>
        <source>--expiring takes a number of days (0 or more).</source>
        <translation>--expiring attend un nombre de jours (0 ou plus).</translation>
    </message>
    <message>
        <source>No certificates in the ledger match.</source>
        <translation>Aucun certificat du registre ne correspond.</translation>
    </message>
    <message>
        <source>Passphrase of the CA key %1:</source>
        <translation>Phrase secrète de la clé de CA %1 :</translation>
    </message>
    <message>
        <source>The CA key %1 is encrypted: give its passphrase with --ca-passphrase-file.</source>
        <translation>La clé de CA %1 est chiffrée : indiquez sa phrase secrète avec --ca-passphrase-file.</translation>
    </message>
    <message>
        <source>Give the backup file with --out.</source>
        <translation>Indiquez le fichier de sauvegarde avec --out.</translation>
    </message>
    <message>
        <source>--offline takes the anchor certificate from --ca-cert CA.pem.</source>
        <translation>--offline prend le certificat d&apos;ancre dans --ca-cert CA.pem.</translation>
    </message>
    <message>
        <source>--ca-cert is for --offline: online, the anchor is read from the server.</source>
        <translation>--ca-cert est réservé à --offline : en ligne, l&apos;ancre est lue depuis le serveur.</translation>
    </message>
    <message>
        <source>%1 exists already: it is not overwritten.</source>
        <translation>%1 existe déjà : il n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase secrète pour %1 :</translation>
    </message>
    <message>
        <source>Trust anchor &quot;%1&quot; of %2 (valid until %3) and its CA key written to %4 (PKCS#12, mode 0600).</source>
        <translation>Ancre de confiance &quot;%1&quot; de %2 (valide jusqu&apos;au %3) et sa clé d&apos;AC écrites dans %4 (PKCS#12, mode 0600).</translation>
    </message>
    <message>
        <source>Keep the file and its passphrase apart: together they sign every device of %1.</source>
        <translation>Conservez le fichier et sa phrase secrète séparément : ensemble, ils signent tous les appareils de %1.</translation>
    </message>
    <message>
        <source>Give the file the CA key is written to with --key-output.</source>
        <translation>Indiquez avec --key-output le fichier où écrire la clé d&apos;AC.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
    <message>
        <source>CA key of the trust anchor &quot;%1&quot; (valid until %2) written to %3 (mode 0600%4).</source>
        <translation>Clé d&apos;AC de l&apos;ancre de confiance &quot;%1&quot; (valide jusqu&apos;au %2) écrite dans %3 (mode 0600%4).</translation>
    </message>
    <message>
        <source>Anchor certificate written to %1.</source>
        <translation>Certificat d&apos;ancre écrit dans %1.</translation>
    </message>
    <message>
        <source>The restored certificate &quot;%1&quot; is no longer a trust anchor of application &apos;%2&apos; (the key was written all the same).</source>
        <translation>Le certificat restauré &quot;%1&quot; n&apos;est plus une ancre de confiance de l&apos;application &apos;%2&apos; (la clé a tout de même été écrite).</translation>
    </message>
    <message>
        <source>It is a trust anchor of application &apos;%1&apos;.</source>
        <translation>C&apos;est une ancre de confiance de l&apos;application &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 recorded, %2 already known, %3 skipped (ledger %4).</source>
        <translation>%1 enregistrés, %2 déjà connus, %3 ignorés (registre %4).</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  %1 ignoré : %2</translation>
    </message>
    <message>
        <source>--keep-subject, --copy-san, --chain-output and --der-output are for --csr.</source>
        <translation>--keep-subject, --copy-san, --chain-output et --der-output s&apos;utilisent avec --csr.</translation>
    </message>
    <message>
        <source>%1/%2 devices (%3%), %4/s, ETA %5</source>
        <translation>%1/%2 appareils (%3 %), %4/s, fin estimée %5</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (ligne %2) : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--days needs a whole number of at least 1.</source>
        <translation>--days attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>--jobs needs a whole number of at least 1.</source>
        <translation>--jobs attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>--requests needs a whole number of at least 1.</source>
        <translation>--requests attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Note: the ledger is not used (--no-ledger): devices still under this anchor are not looked for.</source>
        <translation>Remarque : le registre n&apos;est pas utilisé (--no-ledger) : les appareils encore sous cette ancre ne sont pas recherchés.</translation>
    </message>
    <message>
        <source>Note: there is no ledger (%1): devices still under this anchor are not looked for.</source>
        <translation>Remarque : il n&apos;y a pas de registre (%1) : les appareils encore sous cette ancre ne sont pas recherchés.</translation>
    </message>
    <message>
        <source>The token &apos;%1&apos; needs its user PIN: give --pin-file or DWB_PKCS11_PIN.</source>
        <translation>Le jeton &apos;%1&apos; nécessite son PIN utilisateur : indiquez --pin-file ou DWB_PKCS11_PIN.</translation>
    </message>
    <message>
        <source>PIN of token &apos;%1&apos;: </source>
        <translation>PIN du jeton &apos;%1&apos; : </translation>
    </message>
    <message>
        <source>--mqtt takes HOST:PORT, not &apos;%1&apos;.</source>
        <translation>--mqtt attend HOST:PORT, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--http takes a URL such as https://host:8443, not &apos;%1&apos;.</source>
        <translation>--http attend une URL telle que https://host:8443, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No trust anchor of %1 issued the certificate of %2.</source>
        <translation>Aucune ancre de confiance de %1 n&apos;a émis le certificat de %2.</translation>
    </message>
    <message>
        <source>  (holds the private key, mode 0600)</source>
        <translation>  (contient la clé privée, mode 0600)</translation>
    </message>
    <message>
        <source>Give the format with --format (%1).</source>
        <translation>Indiquez le format avec --format (%1).</translation>
    </message>
    <message>
        <source>Give the folder the package goes to with --out.</source>
        <translation>Indiquez le dossier de destination du paquet avec --out.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--%1 is not for --batch-dir: the batch folder names them.</source>
        <translation>--%1 ne s&apos;utilise pas avec --batch-dir : le dossier de lot les désigne.</translation>
    </message>
    <message>
        <source>The batch folder %1 holds no device with a certificate.</source>
        <translation>Le dossier de lot %1 ne contient aucun appareil muni d&apos;un certificat.</translation>
    </message>
    <message>
        <source>%1 has no key file in the batch folder (the board kept its key): a package needs it.</source>
        <translation>%1 n&apos;a pas de fichier de clé dans le dossier de lot (la carte a conservé sa clé) : un paquet en a besoin.</translation>
    </message>
    <message>
        <source>Passphrase for the PKCS#12 file:</source>
        <translation>Phrase secrète du fichier PKCS#12 :</translation>
    </message>
    <message>
        <source>--passphrase-file is for p12-legacy: %1 is not encrypted.</source>
        <translation>--passphrase-file est destiné à p12-legacy : %1 n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3):</source>
        <translation>%1 sur %2 (%3) :</translation>
    </message>
    <message>
        <source>No endpoints were known (no server, no --mqtt or --http): the package names none.</source>
        <translation>Aucun point de terminaison n&apos;était connu (pas de serveur, ni --mqtt ni --http) : le paquet n&apos;en désigne aucun.</translation>
    </message>
    <message>
        <source>CA key made on the token: %1 (it never leaves the token).</source>
        <translation>Clé de CA créée sur le jeton : %1 (elle ne quitte jamais le jeton).</translation>
    </message>
</context>
<context>
    <name>dwb::cli::RegistryArgs</name>
    <message>
        <source>Give the application with --app.</source>
        <translation>Indiquez l&apos;application avec --app.</translation>
    </message>
    <message>
        <source>-o takes &apos;json&apos; or &apos;table&apos;.</source>
        <translation>-o attend « json » ou « table ».</translation>
    </message>
</context>
<context>
    <name>dwb::gui</name>
    <message>
        <source>Make a &amp;new key for each device (the old key file is kept)</source>
        <translation>Créer une &amp;nouvelle clé pour chaque appareil (l&apos;ancien fichier de clé est conservé)</translation>
    </message>
    <message>
        <source>Renew Certificates</source>
        <translation>Renouveler les certificats</translation>
    </message>
    <message>
        <source>Each device gets a new certificate with the same subject, so its alias stays as it is. By default the certificate is for the key the device has now.</source>
        <translation>Chaque appareil reçoit un nouveau certificat avec le même sujet, son alias reste donc inchangé. Par défaut, le certificat correspond à la clé actuelle de l&apos;appareil.</translation>
    </message>
    <message>
        <source>CA key file</source>
        <translation>Fichier de clé de CA</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the CA key against the application&apos;s trust anchors</source>
        <translation>Vérifier la clé de CA par rapport aux ancres de confiance de l&apos;application</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Lifetime of the new certificates</source>
        <translation>Durée de vie des nouveaux certificats</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Appareils :</translation>
    </message>
    <message>
        <source>&amp;CA key:</source>
        <translation>&amp;Clé de CA :</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés :</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de validité :</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie :</translation>
    </message>
    <message>
        <source>the CA key</source>
        <translation>la clé de CA</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur.</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Impossible de lire l&apos;application « %1 » : %2</translation>
    </message>
    <message>
        <source>✔ Matches trust anchor #%1 of &apos;%2&apos;: %3, valid until %4.</source>
        <translation>✔ Correspond à l&apos;ancre de confiance n° %1 de « %2 » : %3, valide jusqu&apos;au %4.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AddAliasCommand</name>
    <message>
        <source>Could not add an alias to device %1</source>
        <translation>Impossible d&apos;ajouter un alias à l&apos;appareil %1</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>New alias of %1 (a certificate subject such as CN=%1, O=Drogue IoT, OU=%2 lets it log in with that certificate):</source>
        <translation>Nouvel alias de %1 (un sujet de certificat comme CN=%1, O=Drogue IoT, OU=%2 lui permet de se connecter avec ce certificat) :</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AddConnectionDialog</name>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Server CA</source>
        <translation>CA du serveur</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API URL, e.g. https://api.example.net.</source>
        <translation>Saisissez l&apos;URL de l&apos;API du serveur, p. ex. https://api.example.net.</translation>
    </message>
    <message>
        <source>Enter your user id and an access token.</source>
        <translation>Saisissez votre identifiant et un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The server CA file cannot be read.</source>
        <translation>Le fichier CA du serveur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server did not answer as Drogue Cloud: %1</source>
        <translation>Le serveur n&apos;a pas répondu comme Drogue Cloud : %1</translation>
    </message>
    <message>
        <source>The server refused these credentials: %1</source>
        <translation>Le serveur a refusé ces identifiants : %1</translation>
    </message>
    <message>
        <source>The token is kept for this session only; nothing secret is written to disk. To keep it in the system key store, use File ▸ Sign In…</source>
        <translation>Le jeton est conservé pour cette session seulement ; rien de secret n&apos;est écrit sur le disque. Pour le conserver dans le trousseau du système, utilisez Fichier ▸ Se connecter…</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AlgorithmPicker</name>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
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
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>Key size or curve</source>
        <translation>Taille de clé ou courbe</translation>
    </message>
    <message>
        <source>2048 bits</source>
        <translation>2048 bits</translation>
    </message>
    <message>
        <source>3072 bits</source>
        <translation>3072 bits</translation>
    </message>
    <message>
        <source>4096 bits (slow)</source>
        <translation>4096 bits (lent)</translation>
    </message>
    <message>
        <source>Cur&amp;ve:</source>
        <translation>Cour&amp;be :</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>The CA key that will sign the device certificates.</source>
        <translation>La clé de CA qui signera les certificats d&apos;appareil.</translation>
    </message>
    <message>
        <source>Use an &amp;existing key</source>
        <translation>Utiliser une clé &amp;existante</translation>
    </message>
    <message>
        <source>Register an existing CA &amp;certificate with its key</source>
        <translation>Enregistrer un &amp;certificat de CA existant avec sa clé</translation>
    </message>
    <message>
        <source>CA Key</source>
        <translation>Clé de CA</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat de CA</translation>
    </message>
    <message>
        <source>Key of the CA Certificate</source>
        <translation>Clé du certificat de CA</translation>
    </message>
    <message>
        <source>&amp;Validity of the new anchor certificate:</source>
        <translation>&amp;Validité du nouveau certificat d&apos;ancre :</translation>
    </message>
    <message>
        <source>the CA key</source>
        <translation>la clé de CA</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CA certificate (basicConstraints CA:TRUE is missing): it cannot be a trust anchor.</source>
        <translation>« %1 » n&apos;est pas un certificat de CA (basicConstraints CA:TRUE manque) : il ne peut pas être une ancre de confiance.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate &apos;%2&apos;.</source>
        <translation>La clé %1 n&apos;appartient pas au certificat « %2 ».</translation>
    </message>
    <message>
        <source>Hardware token (&amp;PKCS#11)</source>
        <translation>Jeton matériel (&amp;PKCS#11)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorResultPage</name>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>Anchor:</source>
        <translation>Ancre :</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>CA key file:</source>
        <translation>Fichier de clé de CA :</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(non écrit)</translation>
    </message>
    <message>
        <source>Anchor certificate:</source>
        <translation>Certificat d&apos;ancre :</translation>
    </message>
    <message>
        <source>Devices of &apos;%1&apos; can now be enrolled with this CA key (Registry › Enroll Device…).</source>
        <translation>Les appareils de « %1 » peuvent maintenant être enrôlés avec cette clé de CA (Registre › Enrôler un appareil…).</translation>
    </message>
    <message>
        <source>CA key on the token:</source>
        <translation>Clé de CA sur le jeton :</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorStoragePage</name>
    <message>
        <source>Save the CA Key</source>
        <translation>Enregistrer la clé de CA</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem)</source>
        <translation>Clés (*.key *.pem)</translation>
    </message>
    <message>
        <source>Save the Anchor Certificate</source>
        <translation>Enregistrer le certificat d&apos;ancre</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a file for the CA key.</source>
        <translation>Choisissez un fichier pour la clé de CA.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file (nothing is overwritten).</source>
        <translation>%1 existe déjà : choisissez un autre fichier (rien n&apos;est écrasé).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file for the anchor certificate, or none.</source>
        <translation>%1 existe déjà : choisissez un autre fichier pour le certificat d&apos;ancre, ou aucun.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AnchorSummaryText</name>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>new %1 key</source>
        <translation>nouvelle clé %1</translation>
    </message>
    <message>
        <source>existing key %1</source>
        <translation>clé existante %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>existing CA certificate &apos;%1&apos;, registered as it is</source>
        <translation>certificat de CA existant « %1 », enregistré tel quel</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now</source>
        <translation>
            <numerusform>%n jour à partir de maintenant</numerusform>
            <numerusform>%n jours à partir de maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>CA key file:</source>
        <translation>Fichier de clé de CA :</translation>
    </message>
    <message>
        <source>(encrypted with your passphrase)</source>
        <translation>(chiffré avec votre phrase secrète)</translation>
    </message>
    <message>
        <source>(not encrypted, mode 0600)</source>
        <translation>(non chiffré, mode 0600)</translation>
    </message>
    <message>
        <source>stays at %1</source>
        <translation>reste dans %1</translation>
    </message>
    <message>
        <source>Anchor certificate copy:</source>
        <translation>Copie du certificat d&apos;ancre :</translation>
    </message>
    <message>
        <source>The key file is written and read back before the anchor is sent to the server.</source>
        <translation>Le fichier de clé est écrit et relu avant l&apos;envoi de l&apos;ancre au serveur.</translation>
    </message>
    <message>
        <source>new %1 key, made on the token</source>
        <translation>nouvelle clé %1, créée sur le jeton</translation>
    </message>
    <message>
        <source>existing key on the token</source>
        <translation>clé existante sur le jeton</translation>
    </message>
    <message>
        <source>CA key on the token:</source>
        <translation>Clé de CA sur le jeton :</translation>
    </message>
    <message>
        <source>The key never leaves the token and no key file is written: the token signs the anchor certificate, and later the device certificates.</source>
        <translation>La clé ne quitte jamais le jeton et aucun fichier de clé n&apos;est écrit : le jeton signe le certificat de l&apos;ancre, puis plus tard les certificats des appareils.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::AppListModel</name>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valide</numerusform>
            <numerusform>%n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Trust anchors: %1</source>
        <translation>Ancres de confiance : %1</translation>
    </message>
    <message>
        <source>Counting devices…</source>
        <translation>Comptage des appareils…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Ancres de confiance</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Trust anchor valid until %1 (UTC): %2</source>
        <translation>Ancre de confiance valide jusqu&apos;au %1 (UTC) : %2</translation>
    </message>
    <message>
        <source>Anchor expiry</source>
        <translation>Expiration de l&apos;ancre</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The application whose devices will trust the anchor.</source>
        <translation>L&apos;application dont les appareils feront confiance à l&apos;ancre.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Trust anchors of the application</source>
        <translation>Ancres de confiance de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>&amp;Trust anchors:</source>
        <translation>Ancres de &amp;confiance :</translation>
    </message>
    <message>
        <source>&amp;Remove Anchor…</source>
        <translation>&amp;Supprimer l&apos;ancre…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Could not list the applications: %1</source>
        <translation>Impossible de lister les applications : %1</translation>
    </message>
    <message>
        <source>There is no application yet: create one first.</source>
        <translation>Il n&apos;y a pas encore d&apos;application : créez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Impossible de lire l&apos;application « %1 » : %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>pas un certificat</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>The devices could not be listed (%1), so it is not known which devices use it.</source>
        <translation>Les appareils n&apos;ont pas pu être listés (%1) ; on ne sait donc pas quels appareils l&apos;utilisent.</translation>
    </message>
    <message>
        <source>No device of &apos;%1&apos; has a certificate alias (OU=%1).</source>
        <translation>Aucun appareil de « %1 » n&apos;a d&apos;alias de certificat (OU=%1).</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n device(s) have certificate aliases (OU=%1) and would no longer be able to connect with their certificates if they were issued under this anchor: %2.</source>
        <translation>
            <numerusform>Cet appareil a un alias de certificat (OU=%1) et ne pourrait plus se connecter avec son certificat s&apos;il a été émis sous cette ancre : %2.</numerusform>
            <numerusform>Ces %n appareils ont des alias de certificat (OU=%1) et ne pourraient plus se connecter avec leurs certificats s&apos;ils ont été émis sous cette ancre : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Certificates are not stored on the server, so this is approximated from the aliases.)</source>
        <translation>(Les certificats ne sont pas stockés sur le serveur ; ceci est donc estimé à partir des alias.)</translation>
    </message>
    <message>
        <source>Remove Trust Anchor</source>
        <translation>Supprimer l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>Remove trust anchor %1 (%2) from application &apos;%3&apos;?

%4</source>
        <translation>Supprimer l&apos;ancre de confiance %1 (%2) de l&apos;application « %3 » ?

%4</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The anchor was removed already.</source>
        <translation>L&apos;ancre a déjà été supprimée.</translation>
    </message>
    <message>
        <source>The anchor was not removed: %1</source>
        <translation>L&apos;ancre n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>Trust anchor removed from &apos;%1&apos;.</source>
        <translation>Ancre de confiance supprimée de « %1 ».</translation>
    </message>
    <message>
        <source>The ledger could not be read (%1): devices may still depend on it.</source>
        <translation>Le registre n&apos;a pas pu être lu (%1) : des appareils peuvent encore en dépendre.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still depend on it and will no longer be able to log in: %1.</source>
        <translation>
            <numerusform>%n appareil en dépend encore et ne pourra plus se connecter : %1.</numerusform>
            <numerusform>%n appareils en dépendent encore et ne pourront plus se connecter : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger holds no current certificate issued under it.</source>
        <translation>Le registre ne contient aucun certificat actuel émis sous cette ancre.</translation>
    </message>
    <message>
        <source>&amp;Remove Anyway</source>
        <translation>&amp;Supprimer quand même</translation>
    </message>
</context>
<context>
    <name>dwb::gui::BatchDeviceChooser</name>
    <message>
        <source>Test &amp;device:</source>
        <translation>A&amp;ppareil à tester :</translation>
    </message>
    <message>
        <source>Device to test</source>
        <translation>Appareil à tester</translation>
    </message>
    <message>
        <source>The first %1 of %2 enrolled devices are listed; type the name of any other.</source>
        <translation>Les %1 premiers des %2 appareils enrôlés sont listés ; saisissez le nom de tout autre.</translation>
    </message>
    <message>
        <source>An enrolled device of the list: its key and certificate in the folder</source>
        <translation>Un appareil enrôlé de la liste : sa clé et son certificat dans le dossier</translation>
    </message>
    <message>
        <source>Choose a device of the list.</source>
        <translation>Choisissez un appareil de la liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device of this list.</source>
        <translation>« %1 » n&apos;est pas un appareil de cette liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed in this batch: it cannot be tested.</source>
        <translation>« %1 » a échoué dans ce lot : il ne peut pas être testé.</translation>
    </message>
    <message>
        <source>Cannot test &apos;%1&apos;: %2 is missing (moved or deleted since the batch). Run the same list into the same folder again to make the device&apos;s files anew.</source>
        <translation>Impossible de tester « %1 » : %2 manque (déplacé ou supprimé depuis le lot). Relancez la même liste dans le même dossier pour recréer les fichiers de l&apos;appareil.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::BatchProgressText</name>
    <message>
        <source>Checking the CA key and the folder…</source>
        <translation>Vérification de la clé de CA et du dossier…</translation>
    </message>
    <message>
        <source>%1 devices/s, about %2 left</source>
        <translation>%1 appareils/s, temps restant : environ %2</translation>
    </message>
    <message>
        <source>%1 of %2 devices done</source>
        <translation>%1 appareils sur %2 traités</translation>
    </message>
    <message>
        <source>Done: %1 of %2 devices.</source>
        <translation>Terminé : %1 appareils sur %2.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 devices. Resume finishes the rest; what is done is kept.</source>
        <translation>Arrêté après %1 appareils sur %2. « Reprendre » termine le reste ; ce qui est fait est conservé.</translation>
    </message>
    <message>
        <source>Checking the CA key and reading the requests again…</source>
        <translation>Vérification de la clé d&apos;AC et relecture des requêtes…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 boards. Their keys stayed on the boards.</source>
        <translation>Terminé : %1 cartes sur %2. Leurs clés sont restées sur les cartes.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CertificateTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>(trust anchor)</source>
        <translation>(ancre de confiance)</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Valide du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancre</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CertificatesView</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Device name contains…</source>
        <translation>Le nom de l&apos;appareil contient…</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>Filtrer par appareil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Expiring within the warning window</source>
        <translation>Expirant dans la période d&apos;alerte</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warning window in days</source>
        <translation>Période d&apos;alerte en jours</translation>
    </message>
    <message>
        <source>A certificate that expires within this many days is shown as expiring; the window warns about them on connecting</source>
        <translation>Un certificat qui expire dans ce nombre de jours est indiqué comme expirant bientôt ; la fenêtre vous en avertit à la connexion</translation>
    </message>
    <message>
        <source>Issuing anchor</source>
        <translation>Ancre émettrice</translation>
    </message>
    <message>
        <source>Write the certificates shown to a CSV file</source>
        <translation>Écrire les certificats affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Relire le registre (F5)</translation>
    </message>
    <message>
        <source>Refresh certificates</source>
        <translation>Actualiser les certificats</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Appa&amp;reil :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>&amp;Warn within:</source>
        <translation>Al&amp;erter sous :</translation>
    </message>
    <message>
        <source>An&amp;chor:</source>
        <translation>An&amp;cre :</translation>
    </message>
    <message>
        <source>Certificates in the ledger</source>
        <translation>Certificats du registre</translation>
    </message>
    <message>
        <source>Certificate columns</source>
        <translation>Colonnes des certificats</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No certificates in the ledger yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every certificate the workbench issues or registers — in the wizards, with &lt;tt&gt;dwb&lt;/tt&gt; or in a batch — is recorded in the ledger with its expiry, and listed here. Certificates made before can be added with &lt;tt&gt;dwb certs import FOLDER&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Ledger: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun certificat dans le registre pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chaque certificat émis ou enregistré par le workbench — dans les assistants, avec &lt;tt&gt;dwb&lt;/tt&gt; ou par lot — est consigné dans le registre avec son expiration, et listé ici. Les certificats créés auparavant peuvent être ajoutés avec &lt;tt&gt;dwb certs import FOLDER&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Registre : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>All anchors</source>
        <translation>Toutes les ancres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No certificate matches the filters (%1 in the ledger).</source>
        <translation>Aucun certificat ne correspond aux filtres (%1 dans le registre).</translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown — %3 expiring within %4 days, %5 expired</source>
        <translation>%1 certificats affichés sur %2 — %3 expirant dans les %4 jours, %5 expirés</translation>
    </message>
    <message>
        <source>Export Certificates</source>
        <translation>Exporter les certificats</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <source>Select the devices to renew (of one application)</source>
        <translation>Sélectionnez les appareils à renouveler (d&apos;une seule application)</translation>
    </message>
    <message numerus="yes">
        <source>New certificates for %n selected device(s) of &apos;%1&apos;, with the same subjects</source>
        <translation>
            <numerusform>Nouveau certificat pour %n appareil sélectionné de « %1 », avec le même sujet</numerusform>
            <numerusform>Nouveaux certificats pour %n appareils sélectionnés de « %1 », avec les mêmes sujets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::Command</name>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CommandCheckBox</name>
    <message>
        <source>Command to the device</source>
        <translation>Commande à l&apos;appareil</translation>
    </message>
    <message>
        <source>Send &amp;Command</source>
        <translation>Envoyer une &amp;commande</translation>
    </message>
    <message>
        <source>Subscribe as the device to command/inbox/#, send the command through the server&apos;s command API and wait for it to arrive</source>
        <translation>S&apos;abonner à command/inbox/# en tant qu&apos;appareil, envoyer la commande via l&apos;API de commandes du serveur et attendre son arrivée</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande :</translation>
    </message>
    <message>
        <source>Payl&amp;oad:</source>
        <translation>Charge &amp;utile :</translation>
    </message>
    <message>
        <source>Subscribed as the device (command/inbox/#)</source>
        <translation>Abonné en tant qu&apos;appareil (command/inbox/#)</translation>
    </message>
    <message>
        <source>Sent through the command API</source>
        <translation>Envoyée via l&apos;API de commandes</translation>
    </message>
    <message>
        <source>Arrived at the device</source>
        <translation>Arrivée à l&apos;appareil</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No device.</source>
        <translation>Aucun appareil.</translation>
    </message>
    <message>
        <source>Command check: device &apos;%1&apos; of &apos;%2&apos; subscribes to command/inbox/#, then &apos;%3&apos; is sent through the command API…</source>
        <translation>Vérification des commandes : l&apos;appareil « %1 » de « %2 » s&apos;abonne à command/inbox/#, puis « %3 » est envoyée via l&apos;API de commandes…</translation>
    </message>
    <message>
        <source>Arrived: &apos;%1&apos; on %2 %3 ms after it was sent (the API answered in %4 ms).</source>
        <translation>Arrivée : « %1 » sur %2, %3 ms après l&apos;envoi (l&apos;API a répondu en %4 ms).</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ConnectionBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Server: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Serveur : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>User: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Utilisateur : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Sign In A&amp;gain</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in again to this server; the window keeps what it shows</source>
        <translation>Se reconnecter à ce serveur ; la fenêtre conserve ce qu&apos;elle affiche</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ConnectionController</name>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Il n&apos;y a aucune connexion nommée « %1 ».</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access token of %1 for %2.
The token is kept for this session only; use File ▸ Sign In… to keep it in the system key store.</source>
        <translation>Jeton d&apos;accès de %1 pour %2.
Le jeton est conservé pour cette session seulement ; utilisez Fichier ▸ Se connecter… pour le conserver dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No access token for this session.</source>
        <translation>Aucun jeton d&apos;accès pour cette session.</translation>
    </message>
    <message>
        <source>The sandbox is not running: %1</source>
        <translation>Le bac à sable ne fonctionne pas : %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Use “Sign In Again” in the connection bar.</source>
        <translation>Utilisez « Se reconnecter » dans la barre de connexion.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>Le serveur a refusé les identifiants : %1</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <source>Use “Sign In Again” in the connection bar; the window keeps what it shows.</source>
        <translation>Utilisez « Se reconnecter » dans la barre de connexion ; la fenêtre conserve ce qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>The sign-in was not saved: %1</source>
        <translation>La connexion n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Signed in again as %1.</source>
        <translation>Reconnecté en tant que %1.</translation>
    </message>
    <message>
        <source>Import drg Configuration</source>
        <translation>Importer la configuration drg</translation>
    </message>
    <message>
        <source>Import which drg configuration?</source>
        <translation>Quelle configuration drg importer ?</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>drg configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Configuration drg (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>In the workbench: choose the connection, then “Sign In Again”.</source>
        <translation>Dans le workbench : choisissez la connexion, puis « Se reconnecter ».</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CreateApplicationCommand</name>
    <message>
        <source>New Application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Name of the application (lowercase letters, digits and &apos;-&apos;):</source>
        <translation>Nom de l&apos;application (lettres minuscules, chiffres et « - ») :</translation>
    </message>
    <message>
        <source>No application was created.</source>
        <translation>Aucune application n&apos;a été créée.</translation>
    </message>
    <message>
        <source>Could not create application %1</source>
        <translation>Impossible de créer l&apos;application %1</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>Application %1 créée.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::CreateDeviceCommand</name>
    <message>
        <source>New Device</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message>
        <source>Name of the new device in %1:</source>
        <translation>Nom du nouvel appareil dans %1 :</translation>
    </message>
    <message>
        <source>No device was created.</source>
        <translation>Aucun appareil n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Could not create device %1</source>
        <translation>Impossible de créer l&apos;appareil %1</translation>
    </message>
    <message>
        <source>Device %1 created in %2.</source>
        <translation>Appareil %1 créé dans %2.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DeleteApplicationCommand</name>
    <message>
        <source>Delete the application “%1” and all its devices? This cannot be undone.</source>
        <translation>Supprimer l&apos;application « %1 » et tous ses appareils ? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the application “%1” and its %n device(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l&apos;application « %1 » et son appareil ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer l&apos;application « %1 » et ses %n appareils ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Application %1 was not deleted.</source>
        <translation>L&apos;application %1 n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>Could not delete application %1</source>
        <translation>Impossible de supprimer l&apos;application %1</translation>
    </message>
    <message>
        <source>Application %1 deleted.</source>
        <translation>Application %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DeleteDevicesCommand</name>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>et %n autre.</numerusform>
            <numerusform>et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the device “%1” of %2? Its credentials and aliases are lost; this cannot be undone.</source>
        <translation>Supprimer l&apos;appareil « %1 » de %2 ? Ses identifiants et alias seront perdus ; cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n devices of %1? Their credentials and aliases are lost; this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer cet appareil de %1 ? Ses identifiants et alias seront perdus ; cette action est irréversible.</numerusform>
            <numerusform>Supprimer ces %n appareils de %1 ? Leurs identifiants et alias seront perdus ; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Devices</source>
        <translation>Supprimer des appareils</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No device was deleted.</source>
        <translation>Aucun appareil n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Some devices were not deleted: %1</source>
        <translation>Certains appareils n&apos;ont pas été supprimés : %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>&amp;Copier le JSON</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select an application or a device</source>
        <translation>Sélectionnez une application ou un appareil</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>UID:</source>
        <translation>UID :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Génération :</translation>
    </message>
    <message>
        <source>Resource version:</source>
        <translation>Version de la ressource :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Appareils :</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Ancres de confiance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>(not a certificate)</source>
        <translation>(pas un certificat)</translation>
    </message>
    <message>
        <source>No trust anchor: devices of this application cannot log in with certificates.</source>
        <translation>Aucune ancre de confiance : les appareils de cette application ne peuvent pas se connecter avec des certificats.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Alias :</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>user name and password</source>
        <translation>nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>clé pré-partagée</translation>
    </message>
    <message>
        <source>No stored credential (certificate login uses the name or an alias)</source>
        <translation>Aucun identifiant stocké (la connexion par certificat utilise le nom ou un alias)</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n appareil sélectionné</numerusform>
            <numerusform>%n appareils sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Write the selected trust anchor and its CA key into a PKCS#12 file protected by a passphrase</source>
        <translation>Écrire l&apos;ancre de confiance sélectionnée et sa clé d&apos;AC dans un fichier PKCS#12 protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>Restore a trust anchor&apos;s CA key from its PKCS#12 backup</source>
        <translation>Restaurer la clé de CA d&apos;une ancre de confiance à partir de sa sauvegarde PKCS#12</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <source>Replace the selected trust anchor by a new one: add it, renew the devices under it, remove the old one</source>
        <translation>Remplacer l&apos;ancre de confiance sélectionnée par une nouvelle : l&apos;ajouter, renouveler les appareils sous celle-ci, supprimer l&apos;ancienne</translation>
    </message>
</context>
<context>
    <name>dwb::gui::DeviceTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Can log in with an x.509 certificate of this subject</source>
        <translation>Peut se connecter avec un certificat X.509 de ce sujet</translation>
    </message>
    <message>
        <source>No alias is a certificate subject</source>
        <translation>Aucun alias n&apos;est un sujet de certificat</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Certificate alias</source>
        <translation>Alias de certificat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EditApplicationLabelsCommand</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>Could not change the labels of application %1</source>
        <translation>Impossible de modifier les étiquettes de l&apos;application %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EditDeviceLabelsCommand</name>
    <message>
        <source>Could not change the labels of device %1</source>
        <translation>Impossible de modifier les étiquettes de l&apos;appareil %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>l&apos;appareil %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollCaPage</name>
    <message>
        <source>CA Key</source>
        <translation>Clé de CA</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>Clés (*.key *.pem *.der *.p8 *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Looking for the matching trust anchor…</source>
        <translation>Recherche de l&apos;ancre de confiance correspondante…</translation>
    </message>
    <message>
        <source>CA key &amp;file</source>
        <translation>&amp;Fichier de clé de CA</translation>
    </message>
    <message>
        <source>Hardware token (&amp;PKCS#11)</source>
        <translation>Jeton matériel (&amp;PKCS#11)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollDevicePage</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>An &amp;existing device</source>
        <translation>Un appareil &amp;existant</translation>
    </message>
    <message>
        <source>A &amp;new device</source>
        <translation>Un &amp;nouvel appareil</translation>
    </message>
    <message>
        <source>e.g. sensor-42</source>
        <translation>p. ex. sensor-42</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>A&amp;ppareil :</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Could not list the devices: %1</source>
        <translation>Impossible de lister les appareils : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already: its certificate alias will be added.</source>
        <translation>« %1 » existe déjà : son alias de certificat sera ajouté.</translation>
    </message>
    <message>
        <source>&amp;One device</source>
        <translation>&amp;Un appareil</translation>
    </message>
    <message>
        <source>Paste the names, one per line (# starts a comment), or CSV with a header:
name,labels,alias
sensor-1,site=lab-1;floor=2,serial-0001</source>
        <translation>Collez les noms, un par ligne (# commence un commentaire), ou du CSV avec une ligne d&apos;en-tête :
name,labels,alias
sensor-1,site=lab-1;floor=2,serial-0001</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Liste des appareils</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>Read the list from a text or CSV file</source>
        <translation>Lire la liste depuis un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>Problems of the device list</source>
        <translation>Problèmes de la liste des appareils</translation>
    </message>
    <message>
        <source>Device li&amp;st:</source>
        <translation>Li&amp;ste des appareils :</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message numerus="yes">
        <source>The list%1 has %n problem(s); fix every line shown below to continue.</source>
        <translation>
            <numerusform>La liste%1 comporte %n problème ; corrigez chaque ligne indiquée ci-dessous pour continuer.</numerusform>
            <numerusform>La liste%1 comporte %n problèmes ; corrigez chaque ligne indiquée ci-dessous pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) (CSV)%1</source>
        <translation>
            <numerusform>%n appareil (CSV)%1</numerusform>
            <numerusform>%n appareils (CSV)%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)%1</source>
        <translation>
            <numerusform>%n appareil%1</numerusform>
            <numerusform>%n appareils%1</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 new, %2 exist already (their certificate alias is added).</source>
        <translation> : %1 nouveau(x), %2 déjà existant(s) (leur alias de certificat est ajouté).</translation>
    </message>
    <message>
        <source>Device List</source>
        <translation>Liste des appareils</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.txt *.lst);;All files (*)</source>
        <translation>Listes d&apos;appareils (*.csv *.txt *.lst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Register an existing device certificate (no CA key needed)</source>
        <translation>En&amp;registrer un certificat d&apos;appareil existant (aucune clé de CA nécessaire)</translation>
    </message>
    <message>
        <source>A certificate issued elsewhere, for example with openssl, registered as it is</source>
        <translation>Un certificat émis ailleurs, par exemple avec openssl, enregistré tel quel</translation>
    </message>
    <message>
        <source>The device that gets the certificate: one of the application&apos;s devices, or a new one; or several devices from a list or from a folder of the boards&apos; certificate requests.</source>
        <translation>L&apos;appareil qui reçoit le certificat : l&apos;un des appareils de l&apos;application, ou un nouveau ; ou plusieurs appareils issus d&apos;une liste ou d&apos;un dossier de requêtes de certificat des cartes.</translation>
    </message>
    <message>
        <source>Se&amp;veral devices</source>
        <translation>Plusieurs appar&amp;eils</translation>
    </message>
    <message>
        <source>From a device lis&amp;t: a new key for each</source>
        <translation>Depuis une lis&amp;te d&apos;appareils : une nouvelle clé pour chacun</translation>
    </message>
    <message>
        <source>From a folder of &amp;certificate requests from the boards (their keys stay on the boards)</source>
        <translation>Depuis un dossier de requêtes de &amp;certificat des cartes (leurs clés restent sur les cartes)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollKeyPage</name>
    <message>
        <source>Device Key and Certificate</source>
        <translation>Clé et certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Import an existing key</source>
        <translation>&amp;Importer une clé existante</translation>
    </message>
    <message>
        <source>Register an existing device &amp;certificate as it is</source>
        <translation>Enregistrer tel quel un &amp;certificat d&apos;appareil existant</translation>
    </message>
    <message>
        <source>Device Key</source>
        <translation>Clé d&apos;appareil</translation>
    </message>
    <message>
        <source>Device Certificate</source>
        <translation>Certificat d&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Validity of the new device certificate:</source>
        <translation>&amp;Validité du nouveau certificat d&apos;appareil :</translation>
    </message>
    <message>
        <source>the device key</source>
        <translation>la clé d&apos;appareil</translation>
    </message>
    <message>
        <source>A new key made here, a key you have, a request from a board that keeps its key, or a certificate issued elsewhere.</source>
        <translation>Une nouvelle clé créée ici, une clé que vous possédez, une demande d&apos;une carte qui garde sa clé, ou un certificat émis ailleurs.</translation>
    </message>
    <message>
        <source>Certificate &amp;request from the device (CSR): the key stays on the board</source>
        <translation>De&amp;mande de certificat de l&apos;appareil (CSR) : la clé reste sur la carte</translation>
    </message>
    <message>
        <source>This request cannot be used: %1</source>
        <translation>Cette demande est inutilisable : %1</translation>
    </message>
    <message>
        <source>The boards of the folder keep their keys: each certificate is for the key of its request.</source>
        <translation>Les cartes du dossier conservent leurs clés : chaque certificat correspond à la clé de sa requête.</translation>
    </message>
    <message>
        <source>Several devices from a list always get new keys.</source>
        <translation>Plusieurs appareils issus d&apos;une liste reçoivent toujours de nouvelles clés.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollOutputPage</name>
    <message>
        <source>Where to write the device&apos;s key and certificate. Keys are readable by you only (0600).</source>
        <translation>Où écrire la clé et le certificat de l&apos;appareil. Les clés ne sont lisibles que par vous (0600).</translation>
    </message>
    <message>
        <source>Folder for the Device&apos;s Files</source>
        <translation>Dossier pour les fichiers de l&apos;appareil</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>Choose PEM files, a PKCS#12 file or both.</source>
        <translation>Choisissez des fichiers PEM, un fichier PKCS#12 ou les deux.</translation>
    </message>
    <message>
        <source>Give the PKCS#12 file a passphrase.</source>
        <translation>Donnez une phrase secrète au fichier PKCS#12.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another folder (nothing is overwritten).</source>
        <translation>%1 existe déjà : choisissez un autre dossier (rien n&apos;est écrasé).</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>Where to write the devices&apos; keys and certificates, one set per device, and the record of the batch. Keys are readable by you only (0600).</source>
        <translation>Où écrire les clés et les certificats des appareils, un jeu par appareil, ainsi que le journal du lot. Les clés ne sont lisibles que par vous (0600).</translation>
    </message>
    <message>
        <source>A batch always writes PEM files</source>
        <translation>Un lot écrit toujours des fichiers PEM</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This folder holds a batch of application &apos;%1&apos;: choose another folder.</source>
        <translation>Ce dossier contient un lot de l&apos;application « %1 » : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This folder holds a batch made with %1 keys: choose %1 on the key page, or another folder.</source>
        <translation>Ce dossier contient un lot fait avec des clés %1 : choisissez %1 sur la page des clés, ou un autre dossier.</translation>
    </message>
    <message>
        <source>This folder holds an earlier batch: devices finished there are skipped, the rest is done now.</source>
        <translation>Ce dossier contient un lot antérieur : les appareils déjà terminés sont ignorés, le reste est fait maintenant.</translation>
    </message>
    <message>
        <source>Give the PKCS#12 files a passphrase.</source>
        <translation>Donnez une phrase secrète aux fichiers PKCS#12.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n device(s): %1.key, .pem and .p12 (for example); the record of the batch: %2</source>
        <translation>
            <numerusform>Fichiers pour l&apos;appareil : %1.key, .pem et .p12 (par exemple) ; le journal du lot : %2</numerusform>
            <numerusform>Fichiers pour chacun des %n appareils : %1.key, .pem et .p12 (par exemple) ; le journal du lot : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n device(s): %1.key and .pem (for example); the record of the batch: %2</source>
        <translation>
            <numerusform>Fichiers pour l&apos;appareil : %1.key et .pem (par exemple) ; le journal du lot : %2</numerusform>
            <numerusform>Fichiers pour chacun des %n appareils : %1.key et .pem (par exemple) ; le journal du lot : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write the device&apos;s certificate. There is no key file: the private key stays on the board.</source>
        <translation>Où écrire le certificat de l&apos;appareil. Il n&apos;y a pas de fichier de clé : la clé privée reste sur la carte.</translation>
    </message>
    <message>
        <source>A certificate request gets a PEM certificate</source>
        <translation>Une demande de certificat reçoit un certificat PEM</translation>
    </message>
    <message>
        <source>A PKCS#12 file would need the private key, which stays on the board</source>
        <translation>Un fichier PKCS#12 nécessiterait la clé privée, qui reste sur la carte</translation>
    </message>
    <message>
        <source>Where to write the boards&apos; certificates, one per board, and the record of the batch. There are no key files: the private keys stay on the boards.</source>
        <translation>Où écrire les certificats des cartes, un par carte, et le compte rendu du lot. Aucun fichier de clé : les clés privées restent sur les cartes.</translation>
    </message>
    <message>
        <source>&amp;PEM file: the certificate</source>
        <translation>Fichier &amp;PEM : le certificat</translation>
    </message>
    <message>
        <source>&amp;PEM files: key and certificate</source>
        <translation>Fichiers &amp;PEM : clé et certificat</translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n board(s): %1.pem and .der (for example), no key file; the record of the batch: %2</source>
        <translation>
            <numerusform>Fichiers pour chacune des %n carte(s) : %1.pem et .der (par exemple), aucun fichier de clé ; compte rendu du lot : %2</numerusform>
            <numerusform>Fichiers pour chacune des %n carte(s) : %1.pem et .der (par exemple), aucun fichier de clé ; compte rendu du lot : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files for each of the %n board(s): %1.pem (for example), no key file; the record of the batch: %2</source>
        <translation>
            <numerusform>Fichiers pour chacune des %n carte(s) : %1.pem (par exemple), aucun fichier de clé ; compte rendu du lot : %2</numerusform>
            <numerusform>Fichiers pour chacune des %n carte(s) : %1.pem (par exemple), aucun fichier de clé ; compte rendu du lot : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollResultPage</name>
    <message>
        <source>Device Enrolled</source>
        <translation>Appareil enrôlé</translation>
    </message>
    <message>
        <source>The device can connect with its certificate: try it with Test Connection.</source>
        <translation>L&apos;appareil peut se connecter avec son certificat : essayez avec « Tester la connexion ».</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Connect to the MQTT endpoint as this device, publish, and see the message arrive</source>
        <translation>Se connecter au point d&apos;accès MQTT comme cet appareil, publier et voir le message arriver</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <translation>%1 (créé)</translation>
    </message>
    <message>
        <source>%1 (updated)</source>
        <translation>%1 (mis à jour)</translation>
    </message>
    <message>
        <source>Certificate subject:</source>
        <translation>Sujet du certificat :</translation>
    </message>
    <message>
        <source>Alias added:</source>
        <translation>Alias ajouté :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source>trust anchor #%1, %2</source>
        <translation>ancre de confiance n° %1, %2</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Fichier de certificat :</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Fichier PKCS#12 :</translation>
    </message>
    <message>
        <source>Devices that failed</source>
        <translation>Appareils en échec</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Devices Enrolled</source>
        <translation>Appareils enrôlés</translation>
    </message>
    <message>
        <source>Devices Enrolled, Some Failed</source>
        <translation>Appareils enrôlés, certains en échec</translation>
    </message>
    <message>
        <source>Every device of the list has its key, its certificate and its alias.</source>
        <translation>Chaque appareil de la liste a sa clé, son certificat et son alias.</translation>
    </message>
    <message>
        <source>Run the same list into the same folder again to retry the devices that failed; the others are skipped.</source>
        <translation>Relancez la même liste dans le même dossier pour réessayer les appareils en échec ; les autres sont ignorés.</translation>
    </message>
    <message>
        <source>Devices in the list:</source>
        <translation>Appareils de la liste :</translation>
    </message>
    <message>
        <source>Enrolled now:</source>
        <translation>Enrôlés maintenant :</translation>
    </message>
    <message>
        <source>Skipped (done before):</source>
        <translation>Ignorés (déjà faits) :</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>En échec :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1 s (%2 devices/s)</source>
        <translation>%1 s (%2 appareils/s)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Record of the batch:</source>
        <translation>Journal du lot :</translation>
    </message>
    <message>
        <source>none: the private key stays on the board</source>
        <translation>aucun : la clé privée reste sur la carte</translation>
    </message>
    <message>
        <source>The key stays on the board: give it the certificate file. Test Connection needs the key, so test from the board itself.</source>
        <translation>La clé reste sur la carte : donnez-lui le fichier de certificat. « Tester la connexion » a besoin de la clé ; testez donc depuis la carte elle-même.</translation>
    </message>
    <message>
        <source>The private key is on the board, not here</source>
        <translation>La clé privée est sur la carte, pas ici</translation>
    </message>
    <message>
        <source>Chain file:</source>
        <translation>Fichier de chaîne :</translation>
    </message>
    <message>
        <source>Certificate (DER):</source>
        <translation>Certificat (DER) :</translation>
    </message>
    <message>
        <source>Every board of the folder has its certificate and its alias. The keys stay on the boards: give each board its certificate.</source>
        <translation>Chaque carte du dossier a son certificat et son alias. Les clés restent sur les cartes : donnez à chaque carte son certificat.</translation>
    </message>
    <message>
        <source>Run the same requests into the same folder again to retry the boards that failed; the others are skipped. The keys stay on the boards.</source>
        <translation>Relancez les mêmes requêtes dans le même dossier pour réessayer les cartes en échec ; les autres sont ignorées. Les clés restent sur les cartes.</translation>
    </message>
    <message>
        <source>Boards (requests):</source>
        <translation>Cartes (requêtes) :</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Files per board:</source>
        <translation>Fichiers par carte :</translation>
    </message>
    <message>
        <source>certificate (PEM and DER)</source>
        <translation>certificat (PEM et DER)</translation>
    </message>
    <message>
        <source>certificate (PEM)</source>
        <translation>certificat (PEM)</translation>
    </message>
    <message>
        <source>Key files:</source>
        <translation>Fichiers de clé :</translation>
    </message>
    <message>
        <source>none: the private keys stay on the boards</source>
        <translation>aucun : les clés privées restent sur les cartes</translation>
    </message>
    <message>
        <source>Exp&amp;ort for Firmware…</source>
        <translation>Exp&amp;orter pour le micrologiciel…</translation>
    </message>
    <message>
        <source>Write the certificate and key in a form the device&apos;s firmware reads (C header, NVS CSV, drogue-device config, folder, legacy PKCS#12)</source>
        <translation>Écrire le certificat et la clé sous une forme lisible par le micrologiciel de l&apos;appareil (en-tête C, CSV NVS, configuration drogue-device, dossier, PKCS#12 ancien format)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollSummaryText</name>
    <message>
        <source>Trust anchor:</source>
        <translation>Ancre de confiance :</translation>
    </message>
    <message>
        <source>#%1, %2 (CA key %3)</source>
        <translation>n° %1, %2 (clé de CA %3)</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Appareils :</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) from the list: %1 new, %2 exist (the alias is added, the rest of the device is kept)</source>
        <translation>
            <numerusform>%n appareil de la liste : %1 nouveau(x), %2 existant(s) (l&apos;alias est ajouté, le reste de l&apos;appareil est conservé)</numerusform>
            <numerusform>%n appareils de la liste : %1 nouveau(x), %2 existant(s) (l&apos;alias est ajouté, le reste de l&apos;appareil est conservé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Device keys:</source>
        <translation>Clés des appareils :</translation>
    </message>
    <message>
        <source>a new %1 key each</source>
        <translation>une nouvelle clé %1 pour chacun</translation>
    </message>
    <message>
        <source>Certificate subjects:</source>
        <translation>Sujets des certificats :</translation>
    </message>
    <message>
        <source>%1, … (one per device)</source>
        <translation>%1, … (un par appareil)</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now</source>
        <translation>
            <numerusform>%n jour à partir de maintenant</numerusform>
            <numerusform>%n jours à partir de maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Files per device:</source>
        <translation>Fichiers par appareil :</translation>
    </message>
    <message>
        <source>key (0600), certificate, PKCS#12 (0600)</source>
        <translation>clé (0600), certificat, PKCS#12 (0600)</translation>
    </message>
    <message>
        <source>key (0600), certificate</source>
        <translation>clé (0600), certificat</translation>
    </message>
    <message>
        <source>the certificate subject</source>
        <translation>le sujet du certificat</translation>
    </message>
    <message>
        <source>, and the aliases of the list</source>
        <translation>, et les alias de la liste</translation>
    </message>
    <message>
        <source>Aliases to add:</source>
        <translation>Alias à ajouter :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>from the list, added to the devices&apos; labels</source>
        <translation>de la liste, ajoutées aux étiquettes des appareils</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>%1 (exists: the alias is added)</source>
        <translation>%1 (existe : l&apos;alias est ajouté)</translation>
    </message>
    <message>
        <source>%1 (will be created)</source>
        <translation>%1 (sera créé)</translation>
    </message>
    <message>
        <source>Device key:</source>
        <translation>Clé d&apos;appareil :</translation>
    </message>
    <message>
        <source>new %1 key</source>
        <translation>nouvelle clé %1</translation>
    </message>
    <message>
        <source>imported, %1</source>
        <translation>importée, %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>existing, registered as it is</source>
        <translation>existant, enregistré tel quel</translation>
    </message>
    <message>
        <source>stays on the board (certificate request)</source>
        <translation>reste sur la carte (demande de certificat)</translation>
    </message>
    <message>
        <source>Certificate subject:</source>
        <translation>Sujet du certificat :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Alias to add:</source>
        <translation>Alias à ajouter :</translation>
    </message>
    <message numerus="yes">
        <source>%n board(s) from the certificate requests in %1: %2 new, %3 exist (the alias is added, the rest of the device is kept)</source>
        <translation>
            <numerusform>%n carte(s) issue(s) des requêtes de certificat de %1 : %2 nouvelle(s), %3 existante(s) (l&apos;alias est ajouté, le reste de l&apos;appareil est conservé)</numerusform>
            <numerusform>%n carte(s) issue(s) des requêtes de certificat de %1 : %2 nouvelle(s), %3 existante(s) (l&apos;alias est ajouté, le reste de l&apos;appareil est conservé)</numerusform>
        </translation>
    </message>
    <message>
        <source>stay on the boards (each certificate is for its request&apos;s key)</source>
        <translation>restent sur les cartes (chaque certificat correspond à la clé de sa requête)</translation>
    </message>
    <message>
        <source>Device names:</source>
        <translation>Noms des appareils :</translation>
    </message>
    <message>
        <source>from the file names</source>
        <translation>d&apos;après les noms de fichier</translation>
    </message>
    <message>
        <source>from the requests&apos; common names (CN)</source>
        <translation>d&apos;après les noms communs (CN) des requêtes</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Noms alternatifs du sujet :</translation>
    </message>
    <message>
        <source>copied from the requests</source>
        <translation>copiés depuis les requêtes</translation>
    </message>
    <message>
        <source>none (not copied)</source>
        <translation>aucun (non copiés)</translation>
    </message>
    <message>
        <source>certificate (PEM and DER), no key file</source>
        <translation>certificat (PEM et DER), aucun fichier de clé</translation>
    </message>
    <message>
        <source>certificate (PEM), no key file</source>
        <translation>certificat (PEM), aucun fichier de clé</translation>
    </message>
    <message>
        <source>(refused: %1)</source>
        <translation>(refusé : %1)</translation>
    </message>
    <message>
        <source>(ends with its trust anchor on %1)</source>
        <translation>(se termine avec son ancre de confiance le %1)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EnrollWizard</name>
    <message>
        <source>Enroll Device</source>
        <translation>Enrôler un appareil</translation>
    </message>
    <message>
        <source>The application the device belongs to, and its trust anchors.</source>
        <translation>L&apos;application à laquelle appartient l&apos;appareil, et ses ancres de confiance.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Check, then enroll the devices.</source>
        <translation>Vérifiez, puis enrôlez les appareils.</translation>
    </message>
    <message>
        <source>&amp;Enroll Devices</source>
        <translation>&amp;Enrôler les appareils</translation>
    </message>
    <message>
        <source>Check, then enroll the device.</source>
        <translation>Vérifiez, puis enrôlez l&apos;appareil.</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enrôler</translation>
    </message>
    <message>
        <source>Enrolling the Device</source>
        <translation>Enrôlement de l&apos;appareil</translation>
    </message>
    <message>
        <source>Key and certificate are written first; then the device is registered with its alias.</source>
        <translation>La clé et le certificat sont écrits d&apos;abord ; puis l&apos;appareil est enregistré avec son alias.</translation>
    </message>
    <message>
        <source>The device was not enrolled.</source>
        <translation>L&apos;appareil n&apos;a pas été enrôlé.</translation>
    </message>
    <message>
        <source>Enrolling the Devices</source>
        <translation>Enrôlement des appareils</translation>
    </message>
    <message>
        <source>Keys and certificates are made on all cores and written first; then each device is registered with its alias. The folder records what is done.</source>
        <translation>Les clés et les certificats sont produits sur tous les cœurs et écrits d&apos;abord ; puis chaque appareil est enregistré avec son alias. Le dossier garde trace de ce qui est fait.</translation>
    </message>
    <message>
        <source>The devices were not enrolled.</source>
        <translation>Les appareils n&apos;ont pas été enrôlés.</translation>
    </message>
    <message>
        <source>Run the batch again: what is done is skipped, the rest is finished</source>
        <translation>Relancer le lot : ce qui est fait est ignoré, le reste est terminé</translation>
    </message>
    <message>
        <source>Cannot write the device list to %1: %2</source>
        <translation>Impossible d&apos;écrire la liste des appareils dans %1 : %2</translation>
    </message>
    <message>
        <source>Each board&apos;s certificate is made for the key of its request, on all cores, and written first; then each device is registered with its alias. The keys stay on the boards. The folder records what is done.</source>
        <translation>Le certificat de chaque carte est créé pour la clé de sa requête, sur tous les cœurs, et écrit en premier ; puis chaque appareil est enregistré avec son alias. Les clés restent sur les cartes. Le dossier consigne ce qui est fait.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::EventList</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ExpiryWarning</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ExportFirmwareDialog</name>
    <message>
        <source>Export for Firmware — %1</source>
        <translation>Exporter pour le micrologiciel — %1</translation>
    </message>
    <message>
        <source>Write the credentials of &lt;b&gt;%1&lt;/b&gt; (application %2) in the form its firmware reads.</source>
        <translation>Écrire les identifiants de &lt;b&gt;%1&lt;/b&gt; (application %2) sous la forme lue par son micrologiciel.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder for the Device Package</source>
        <translation>Dossier du paquet de l&apos;appareil</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase</source>
        <translation>Phrase secrète PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase, again</source>
        <translation>Phrase secrète PKCS#12, à nouveau</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Give the passphrase of the PKCS#12 file.</source>
        <translation>Indiquez la phrase secrète du fichier PKCS#12.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>clé de l&apos;appareil</translation>
    </message>
    <message>
        <source>yes (mode 0600)</source>
        <translation>oui (mode 0600)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1; none holds the private key.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1 ; aucun ne contient la clé privée.</numerusform>
            <numerusform>%n fichiers écrits dans %1 ; aucun ne contient la clé privée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1. Those marked hold the private key: keep them out of version control and off shared drives.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1. Ceux marqués contiennent la clé privée : tenez-les à l&apos;écart du contrôle de version et des lecteurs partagés.</numerusform>
            <numerusform>%n fichiers écrits dans %1. Ceux marqués contiennent la clé privée : tenez-les à l&apos;écart du contrôle de version et des lecteurs partagés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::FileField</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>Browse: %1</source>
        <translation>Parcourir : %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::GetStartedPanel</name>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Show the four steps from an empty server to a device whose messages arrive</source>
        <translation>Afficher les quatre étapes, d&apos;un serveur vide à un appareil dont les messages arrivent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get started&lt;/b&gt;</source>
        <translation>&lt;b&gt;Premiers pas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide these steps (View › Get Started shows them again)</source>
        <translation>Masquer ces étapes (Affichage › Premiers pas les affiche à nouveau)</translation>
    </message>
    <message>
        <source>1. Create an application</source>
        <translation>1. Créer une application</translation>
    </message>
    <message>
        <source>2. Create its trust anchor</source>
        <translation>2. Créer son ancre de confiance</translation>
    </message>
    <message>
        <source>3. Enroll a device</source>
        <translation>3. Enrôler un appareil</translation>
    </message>
    <message>
        <source>4. Test the connection</source>
        <translation>4. Tester la connexion</translation>
    </message>
    <message>
        <source>An application holds your devices and the CA certificates (trust anchors) their certificates are issued by.</source>
        <translation>Une application contient vos appareils et les certificats de CA (ancres de confiance) qui émettent leurs certificats.</translation>
    </message>
    <message>
        <source>A CA key, kept in a file on this computer, and its certificate registered with the application.</source>
        <translation>Une clé de CA, conservée dans un fichier sur cet ordinateur, et son certificat enregistré auprès de l&apos;application.</translation>
    </message>
    <message>
        <source>A device key and a certificate signed by the CA key; the device is registered with the certificate&apos;s subject as an alias.</source>
        <translation>Une clé d&apos;appareil et un certificat signé par la clé de CA ; l&apos;appareil est enregistré avec le sujet du certificat comme alias.</translation>
    </message>
    <message>
        <source>Connect as the device with its certificate, publish a message, and see it arrive on the application&apos;s side.</source>
        <translation>Connectez-vous en tant qu&apos;appareil avec son certificat, publiez un message et voyez-le arriver côté application.</translation>
    </message>
    <message>
        <source>Create &amp;Application</source>
        <translation>Créer l&apos;&amp;application</translation>
    </message>
    <message>
        <source>Create &amp;Trust Anchor…</source>
        <translation>Créer une a&amp;ncre de confiance…</translation>
    </message>
    <message>
        <source>&amp;Enroll Device…</source>
        <translation>&amp;Enrôler un appareil…</translation>
    </message>
    <message>
        <source>Test &amp;Connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>name, e.g. demo-app</source>
        <translation>nom, p. ex. demo-app</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>Nom de la nouvelle application</translation>
    </message>
    <message>
        <source>Connect to a server first (File › Sign In…, or ./run for the local sandbox).</source>
        <translation>Connectez-vous d&apos;abord à un serveur (Fichier › Se connecter…, ou ./run pour le bac à sable local).</translation>
    </message>
    <message>
        <source>Done: device certificates of &apos;%1&apos; work end to end. Enroll more devices, or hide these steps.</source>
        <translation>Terminé : les certificats d&apos;appareil de « %1 » fonctionnent de bout en bout. Enrôlez d&apos;autres appareils ou masquez ces étapes.</translation>
    </message>
    <message>
        <source>Four steps from an empty server to a device whose messages arrive; %1 of 4 done for &apos;%2&apos;.</source>
        <translation>Quatre étapes, d&apos;un serveur vide à un appareil dont les messages arrivent ; %1 sur 4 faites pour « %2 ».</translation>
    </message>
    <message>
        <source>Four steps from an empty server to a device whose messages arrive.</source>
        <translation>Quatre étapes, d&apos;un serveur vide à un appareil dont les messages arrivent.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::InspectorWidget</name>
    <message>
        <source>Certificate inspector</source>
        <translation>Inspecteur de certificats</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open certificate or key files (Ctrl+O)</source>
        <translation>Ouvrir des fichiers de certificat ou de clé (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>Co&amp;ller du PEM</translation>
    </message>
    <message>
        <source>Inspect PEM text from the clipboard (Ctrl+V)</source>
        <translation>Inspecter le texte PEM du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>E&amp;xport as PEM…</source>
        <translation>E&amp;xporter en PEM…</translation>
    </message>
    <message>
        <source>Export as &amp;DER…</source>
        <translation>Exporter en &amp;DER…</translation>
    </message>
    <message>
        <source>Check against &amp;application</source>
        <translation>Vérifier par rapport à l&apos;&amp;application</translation>
    </message>
    <message>
        <source>Does the selected certificate chain to an anchor of the application selected in the window, and which device has its subject?</source>
        <translation>Le certificat sélectionné est-il chaîné à une ancre de l&apos;application sélectionnée dans la fenêtre, et quel appareil a son sujet ?</translation>
    </message>
    <message>
        <source>Add as alias to de&amp;vice…</source>
        <translation>Ajouter comme alias à l&apos;appa&amp;reil…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Inspector toolbar</source>
        <translation>Barre d&apos;outils de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Inspected objects</source>
        <translation>Objets inspectés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Inspected object columns</source>
        <translation>Colonnes des objets inspectés</translation>
    </message>
    <message>
        <source>Drop certificate, key or PKCS#12 files anywhere on the window.</source>
        <translation>Déposez des fichiers de certificat, de clé ou PKCS#12 n&apos;importe où sur la fenêtre.</translation>
    </message>
    <message>
        <source>not opened: %1</source>
        <translation>non ouvert : %1</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est incorrecte.</translation>
    </message>
    <message>
        <source>The passphrase for “%1” is wrong. Try again:</source>
        <translation>La phrase secrète de « %1 » est incorrecte. Réessayez :</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Passphrase:</source>
        <translation>« %1 » est chiffré. Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>passphrase needed</source>
        <translation>phrase secrète nécessaire</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>rien à afficher</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de CA</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Subject (Drogue)</source>
        <translation>Sujet (Drogue)</translation>
    </message>
    <message>
        <source>Subject (RFC 4514)</source>
        <translation>Sujet (RFC 4514)</translation>
    </message>
    <message>
        <source>Issuer (Drogue)</source>
        <translation>Émetteur (Drogue)</translation>
    </message>
    <message>
        <source>Issuer (RFC 4514)</source>
        <translation>Émetteur (RFC 4514)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>EXPIRÉ le %1</translation>
    </message>
    <message>
        <source>NOT YET VALID (from %1)</source>
        <translation>PAS ENCORE VALIDE (à partir du %1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Pas avant</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Pas après</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>yes (path length %1)</source>
        <translation>oui (longueur de chemin %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Usage de la clé</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Usage étendu de la clé</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Noms alternatifs du sujet</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (critique)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Drogue device login</source>
        <translation>Connexion d&apos;appareil Drogue</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Private part</source>
        <translation>Partie privée</translation>
    </message>
    <message>
        <source>yes (never shown)</source>
        <translation>oui (jamais affichée)</translation>
    </message>
    <message>
        <source>Public key SHA-256</source>
        <translation>SHA-256 de la clé publique</translation>
    </message>
    <message>
        <source>Allowed by Drogue</source>
        <translation>Autorisé par Drogue</translation>
    </message>
    <message>
        <source>Matches certificate</source>
        <translation>Correspond au certificat</translation>
    </message>
    <message>
        <source>none of the loaded certificates</source>
        <translation>aucun des certificats chargés</translation>
    </message>
    <message>
        <source>Open Certificates or Keys</source>
        <translation>Ouvrir des certificats ou des clés</translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect.</source>
        <translation>Le presse-papiers ne contient aucun texte à inspecter.</translation>
    </message>
    <message>
        <source>Export Certificate as DER</source>
        <translation>Exporter le certificat en DER</translation>
    </message>
    <message>
        <source>Export Certificate as PEM</source>
        <translation>Exporter le certificat en PEM</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>Certificat DER (*.der *.cer)</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Certificat PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Select an application in the window first.</source>
        <translation>Sélectionnez d&apos;abord une application dans la fenêtre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against application %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par rapport à l&apos;application %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connect and select an application in the window first.</source>
        <translation>Connectez-vous et sélectionnez d&apos;abord une application dans la fenêtre.</translation>
    </message>
    <message>
        <source>The application %1 has no devices loaded.</source>
        <translation>L&apos;application %1 n&apos;a aucun appareil chargé.</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of the device:</source>
        <translation>Ajouter « %1 » comme alias de l&apos;appareil :</translation>
    </message>
    <message>
        <source>Could not add the alias to %1: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;alias à %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is now an alias of device %2.</source>
        <translation>« %1 » est maintenant un alias de l&apos;appareil %2.</translation>
    </message>
    <message>
        <source>%1 (application %2)</source>
        <translation>%1 (application %2)</translation>
    </message>
    <message>
        <source>would be refused (the certificate&apos;s form only)</source>
        <translation>serait refusé (forme du certificat seulement)</translation>
    </message>
    <message>
        <source>form acceptable (the certificate&apos;s form only: no application selected)</source>
        <translation>forme acceptable (forme du certificat seulement : aucune application sélectionnée)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate request(s)</source>
        <translation>
            <numerusform>%n demande de certificat</numerusform>
            <numerusform>%n demandes de certificat</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Demande de certificat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>verifies: the board holds the key (%1)</source>
        <translation>vérifiée : la carte détient la clé (%1)</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY (%1)</source>
        <translation>NON VÉRIFIÉE (%1)</translation>
    </message>
    <message>
        <source>Requested subject alternative names</source>
        <translation>Noms alternatifs du sujet demandés</translation>
    </message>
    <message>
        <source>Requested key usage</source>
        <translation>Usage de la clé demandé</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Demandée : %1</translation>
    </message>
    <message>
        <source>Drogue</source>
        <translation>Drogue</translation>
    </message>
    <message>
        <source>a certificate for this request would be accepted by Drogue</source>
        <translation>un certificat pour cette demande serait accepté par Drogue</translation>
    </message>
    <message>
        <source>Certificates, keys and requests (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.p7c *.csr *.req);;All files (*)</source>
        <translation>Certificats, clés et demandes (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.p7c *.csr *.req);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>dwb::gui::JobProgressPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>dwb::gui::KeySourceWidget</name>
    <message>
        <source>Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>Clés (*.key *.pem *.der *.p8 *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>&amp;Générer une nouvelle clé</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>A&amp;lgorithme :</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Cer&amp;tificate file:</source>
        <translation>Fichier de cer&amp;tificat :</translation>
    </message>
    <message>
        <source>Its ke&amp;y file:</source>
        <translation>Son fichier de c&amp;lé :</translation>
    </message>
    <message>
        <source>Certificate Request</source>
        <translation>Demande de certificat</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.req *.pem *.der *.txt);;All files (*)</source>
        <translation>Demandes de certificat (*.csr *.req *.pem *.der *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Coller…</translation>
    </message>
    <message>
        <source>Paste the request as the board printed it on its console</source>
        <translation>Coller la demande telle que la carte l&apos;a affichée sur sa console</translation>
    </message>
    <message>
        <source>Keep the request&apos;s own s&amp;ubject (default: CN=&lt;device&gt;, O=Drogue IoT, OU=&lt;app&gt;)</source>
        <translation>Conserver le s&amp;ujet propre à la demande (par défaut : CN=&lt;device&gt;, O=Drogue IoT, OU=&lt;app&gt;)</translation>
    </message>
    <message>
        <source>Copy its subject alternative &amp;names</source>
        <translation>Copier ses &amp;noms alternatifs du sujet</translation>
    </message>
    <message>
        <source>Re&amp;quest file:</source>
        <translation>Fichier de de&amp;mande :</translation>
    </message>
    <message>
        <source>Paste the Certificate Request</source>
        <translation>Coller la demande de certificat</translation>
    </message>
    <message>
        <source>The request as the board printed it (from -----BEGIN CERTIFICATE REQUEST----- to the END line; text around it is ignored):</source>
        <translation>La demande telle que la carte l&apos;a affichée (de -----BEGIN CERTIFICATE REQUEST----- jusqu&apos;à la ligne END ; le texte autour est ignoré) :</translation>
    </message>
    <message numerus="yes">
        <source>Pasted text (%n line(s)) is used.</source>
        <translation>
            <numerusform>Le texte collé (%n ligne) est utilisé.</numerusform>
            <numerusform>Le texte collé (%n lignes) est utilisé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::LabelsDialog</name>
    <message>
        <source>Labels of %1. Keys are names such as &lt;i&gt;site&lt;/i&gt; or &lt;i&gt;example.com/room&lt;/i&gt;; values may be empty.</source>
        <translation>Étiquettes de %1. Les clés sont des noms comme &lt;i&gt;site&lt;/i&gt; ou &lt;i&gt;example.com/room&lt;/i&gt; ; les valeurs peuvent être vides.</translation>
    </message>
    <message>
        <source>“%1” is not a valid label key.</source>
        <translation>« %1 » n&apos;est pas une clé d&apos;étiquette valide.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice.</source>
        <translation>La clé « %1 » apparaît deux fois.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::MainWindow</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Certificate Inspector</source>
        <translation>Inspecteur de certificats</translation>
    </message>
    <message>
        <source>Application columns</source>
        <translation>Colonnes des applications</translation>
    </message>
    <message>
        <source>Device columns</source>
        <translation>Colonnes des appareils</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload applications and devices from the server</source>
        <translation>Recharger les applications et les appareils depuis le serveur</translation>
    </message>
    <message>
        <source>New &amp;Application…</source>
        <translation>Nouvelle &amp;application…</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Ne&amp;w Device…</source>
        <translation>Nou&amp;vel appareil…</translation>
    </message>
    <message>
        <source>Create a device in the selected application</source>
        <translation>Créer un appareil dans l&apos;application sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected devices, or the selected application</source>
        <translation>Supprimer les appareils sélectionnés, ou l&apos;application sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Enable Device</source>
        <translation>Ac&amp;tiver l&apos;appareil</translation>
    </message>
    <message>
        <source>Allow the selected devices to connect</source>
        <translation>Autoriser les appareils sélectionnés à se connecter</translation>
    </message>
    <message>
        <source>D&amp;isable Device</source>
        <translation>Désactiver l&apos;a&amp;ppareil</translation>
    </message>
    <message>
        <source>Refuse connections of the selected devices</source>
        <translation>Refuser les connexions des appareils sélectionnés</translation>
    </message>
    <message>
        <source>Add Alia&amp;s…</source>
        <translation>Ajouter un al&amp;ias…</translation>
    </message>
    <message>
        <source>Add an alias to the selected device</source>
        <translation>Ajouter un alias à l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move Alias…</source>
        <translation>Retirer un a&amp;lias…</translation>
    </message>
    <message>
        <source>Remove an alias of the selected device</source>
        <translation>Retirer un alias de l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>Edit &amp;Labels…</source>
        <translation>&amp;Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>Edit the labels of the selected device or application</source>
        <translation>Modifier les étiquettes de l&apos;appareil ou de l&apos;application sélectionnés</translation>
    </message>
    <message>
        <source>Add &amp;Connection…</source>
        <translation>Ajouter une &amp;connexion…</translation>
    </message>
    <message>
        <source>Connect to a Drogue Cloud server with an access token</source>
        <translation>Se connecter à un serveur Drogue Cloud avec un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Drogue Workbench</source>
        <translation>Quitter Drogue Workbench</translation>
    </message>
    <message>
        <source>&amp;Filter Devices</source>
        <translation>&amp;Filtrer les appareils</translation>
    </message>
    <message>
        <source>Type to filter the devices</source>
        <translation>Tapez pour filtrer les appareils</translation>
    </message>
    <message>
        <source>&amp;About Drogue Workbench</source>
        <translation>À &amp;propos de Drogue Workbench</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>Certificate &amp;Inspector</source>
        <translation>&amp;Inspecteur de certificats</translation>
    </message>
    <message>
        <source>Show or hide the certificate inspector (Ctrl+I)</source>
        <translation>Afficher ou masquer l&apos;inspecteur de certificats (Ctrl+I)</translation>
    </message>
    <message>
        <source>About Drogue Workbench</source>
        <translation>À propos de Drogue Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Drogue Workbench %1&lt;/h3&gt;&lt;p&gt;Provision Drogue Cloud devices with x.509 certificates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Drogue Workbench %1&lt;/h3&gt;&lt;p&gt;Provisionner des appareils Drogue Cloud avec des certificats X.509.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Barre d&apos;ou&amp;tils principale</translation>
    </message>
    <message>
        <source>%1 — Drogue Workbench</source>
        <translation>%1 — Drogue Workbench</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Chargement des applications…</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Impossible de charger les applications</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Chargement des appareils…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) fetched…</source>
        <translation>
            <numerusform>%n appareil récupéré…</numerusform>
            <numerusform>%n appareils récupérés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the devices of %1</source>
        <translation>Impossible de charger les appareils de %1</translation>
    </message>
    <message>
        <source>%v of %m devices</source>
        <translation>%v appareils sur %m</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 appareil sur %n</numerusform>
            <numerusform>%1 appareils sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appareils&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Devices of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appareils de %1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur.</translation>
    </message>
    <message>
        <source>Create &amp;Trust Anchor…</source>
        <translation>Créer une a&amp;ncre de confiance…</translation>
    </message>
    <message>
        <source>Create a CA key and register it as a trust anchor of an application</source>
        <translation>Créer une clé de CA et l&apos;enregistrer comme ancre de confiance d&apos;une application</translation>
    </message>
    <message>
        <source>Enroll De&amp;vice…</source>
        <translation>&amp;Enrôler un appareil…</translation>
    </message>
    <message>
        <source>Issue a device certificate and register its subject as an alias</source>
        <translation>Émettre un certificat d&apos;appareil et enregistrer son sujet comme alias</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection…</source>
        <translation>Tester la conne&amp;xion…</translation>
    </message>
    <message>
        <source>Connect as a device with its certificate, publish, and see the event arrive</source>
        <translation>Se connecter comme un appareil avec son certificat, publier et voir l&apos;événement arriver</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Add a connection: sign in with the browser or an access token</source>
        <translation>Ajouter une connexion : se connecter avec le navigateur ou un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Import drg Configuration…</source>
        <translation>&amp;Importer la configuration drg…</translation>
    </message>
    <message>
        <source>Import drg&apos;s contexts and move their tokens into the key store</source>
        <translation>Importer les contextes de drg et déplacer leurs jetons dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop loading and the requests under way; what is shown stays</source>
        <translation>Arrêter le chargement et les requêtes en cours ; ce qui est affiché reste</translation>
    </message>
    <message>
        <source>Connecting to %1 was stopped. Press F5 to try again.</source>
        <translation>La connexion à %1 a été arrêtée. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Stopped. Changes already sent may still be made by the server; press F5 to reload and see what it has.</source>
        <translation>Arrêté. Le serveur peut encore appliquer les modifications déjà envoyées ; appuyez sur F5 pour recharger et voir son état.</translation>
    </message>
    <message>
        <source>Loading was stopped; what is shown was kept. Press F5 to reload.</source>
        <translation>Le chargement a été arrêté ; ce qui est affiché est conservé. Appuyez sur F5 pour recharger.</translation>
    </message>
    <message>
        <source>Not loaded: press F5 to reload</source>
        <translation>Non chargé : F5 pour recharger</translation>
    </message>
    <message>
        <source>%1 (not reloaded: press F5)</source>
        <translation>%1 (non rechargé : appuyez sur F5)</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s.</source>
        <translation>%1 : le serveur n’a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificats</translation>
    </message>
    <message>
        <source>Show or hide the certificates of the ledger and their expiry (Ctrl+Shift+C)</source>
        <translation>Afficher ou masquer les certificats du registre et leur expiration (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Exp&amp;ort for Firmware…</source>
        <translation>Exp&amp;orter pour le micrologiciel…</translation>
    </message>
    <message>
        <source>Write the selected device&apos;s certificate and key in a form its firmware reads</source>
        <translation>Écrire le certificat et la clé de l&apos;appareil sélectionné sous une forme lisible par son micrologiciel</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of &apos;%1&apos; renewed.</source>
        <translation>
            <numerusform>%n certificat de « %1 » renouvelé.</numerusform>
            <numerusform>%n certificats de « %1 » renouvelés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the application whose anchor to rotate.</source>
        <translation>Sélectionnez l&apos;application dont l&apos;ancre doit être remplacée.</translation>
    </message>
    <message>
        <source>Rotate Trust Anc&amp;hor…</source>
        <translation>Remplacer l&apos;ancre de con&amp;fiance…</translation>
    </message>
    <message>
        <source>Add a new trust anchor, renew the devices under the old one, then remove it</source>
        <translation>Ajouter une nouvelle ancre de confiance, renouveler les appareils sous l&apos;ancienne, puis la supprimer</translation>
    </message>
</context>
<context>
    <name>dwb::gui::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>dwb::gui::ModifyDevicesCommand</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::MqttPanel</name>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Server CA</source>
        <translation>CA du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation>CA du système</translation>
    </message>
    <message>
        <source>Device Certificate</source>
        <translation>Certificat d&apos;appareil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Device Key</source>
        <translation>Clé d&apos;appareil</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.p12);;All files (*)</source>
        <translation>Clés (*.key *.pem *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>0: at most once</source>
        <translation>0 : au plus une fois</translation>
    </message>
    <message>
        <source>1: at least once</source>
        <translation>1 : au moins une fois</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish and &amp;Verify</source>
        <translation>Publier et &amp;vérifier</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;MQTT endpoint:</source>
        <translation>Point d&apos;accès &amp;MQTT :</translation>
    </message>
    <message>
        <source>&amp;Integration endpoint:</source>
        <translation>Point d&apos;accès d&apos;&amp;intégration :</translation>
    </message>
    <message>
        <source>Server &amp;CA:</source>
        <translation>&amp;CA du serveur :</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>A&amp;ppareil :</translation>
    </message>
    <message>
        <source>Certi&amp;ficate:</source>
        <translation>Certi&amp;ficat :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS :</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Contenu (pa&amp;yload) :</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Connected as the device</source>
        <translation>Connecté comme l&apos;appareil</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Delivered on the integration side</source>
        <translation>Remis côté intégration</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Integration events</source>
        <translation>Événements d&apos;intégration</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s endpoints: %1</source>
        <translation>Impossible de lire les points d&apos;accès du serveur : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>✔ valid JSON</source>
        <translation>✔ JSON valide</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>contenu vide</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2): sent as bytes</source>
        <translation>pas du JSON (%1 à la position %2) : envoyé comme octets</translation>
    </message>
    <message>
        <source>Give the MQTT endpoint&apos;s host.</source>
        <translation>Indiquez l&apos;hôte du point d&apos;accès MQTT.</translation>
    </message>
    <message>
        <source>Choose the device&apos;s certificate and key files.</source>
        <translation>Choisissez les fichiers de certificat et de clé de l&apos;appareil.</translation>
    </message>
    <message>
        <source>the device key</source>
        <translation>la clé d&apos;appareil</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>La clé %1 n&apos;appartient pas au certificat %2.</translation>
    </message>
    <message>
        <source>Give the application whose integration side should see the event.</source>
        <translation>Indiquez l&apos;application dont le côté intégration doit voir l&apos;événement.</translation>
    </message>
    <message>
        <source>The broker refused the certificate: %1</source>
        <translation>Le broker a refusé le certificat : %1</translation>
    </message>
    <message>
        <source>Delivered: the event from &apos;%1&apos; on &apos;%2&apos; arrived on the integration side %3 ms after publishing (connect %4 ms, publish %5 ms, total %6 ms).</source>
        <translation>Remis : l&apos;événement de « %1 » sur « %2 » est arrivé côté intégration %3 ms après la publication (connexion %4 ms, publication %5 ms, total %6 ms).</translation>
    </message>
    <message>
        <source>Stopped listening.</source>
        <translation>Écoute arrêtée.</translation>
    </message>
    <message>
        <source>Give the application to listen to.</source>
        <translation>Indiquez l&apos;application à écouter.</translation>
    </message>
    <message>
        <source>Connecting to the integration endpoint %1:%2 as &apos;%3&apos;…</source>
        <translation>Connexion au point d&apos;accès d&apos;intégration %1:%2 en tant que « %3 »…</translation>
    </message>
    <message>
        <source>Could not subscribe to the events of &apos;%1&apos;: %2</source>
        <translation>Impossible de s&apos;abonner aux événements de « %1 » : %2</translation>
    </message>
    <message>
        <source>Listening to the integration events of &apos;%1&apos;.</source>
        <translation>Écoute des événements d&apos;intégration de « %1 ».</translation>
    </message>
    <message>
        <source>The integration endpoint refused or dropped the connection: %1</source>
        <translation>Le point d&apos;accès d&apos;intégration a refusé ou interrompu la connexion : %1</translation>
    </message>
    <message>
        <source>Cannot connect to the integration endpoint: %1</source>
        <translation>Impossible de se connecter au point d&apos;accès d&apos;intégration : %1</translation>
    </message>
    <message>
        <source>The payload is not JSON: it is sent as it is.</source>
        <translation>Le contenu n&apos;est pas du JSON : il est envoyé tel quel.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 as device &apos;%3&apos; (certificate &apos;%4&apos;)…</source>
        <translation>Connexion à %1:%2 comme appareil « %3 » (certificat « %4 »)…</translation>
    </message>
    <message>
        <source>The broker closed the device&apos;s connection: %1</source>
        <translation>Le broker a fermé la connexion de l&apos;appareil : %1</translation>
    </message>
    <message>
        <source>Cannot connect as the device: %1</source>
        <translation>Impossible de se connecter comme l&apos;appareil : %1</translation>
    </message>
    <message>
        <source>Connected: the broker accepted the certificate (%1 ms).</source>
        <translation>Connecté : le broker a accepté le certificat (%1 ms).</translation>
    </message>
    <message>
        <source>Give a channel to publish to.</source>
        <translation>Indiquez un canal de publication.</translation>
    </message>
    <message>
        <source>Could not publish: %1</source>
        <translation>Impossible de publier : %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n byte(s) to channel &apos;%1&apos; (QoS %2, %3 ms).</source>
        <translation>
            <numerusform>%n octet publié sur le canal « %1 » (QoS %2, %3 ms).</numerusform>
            <numerusform>%n octets publiés sur le canal « %1 » (QoS %2, %3 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: the device can connect and its messages reach the application.</source>
        <translation>Vérifié : l&apos;appareil peut se connecter et ses messages atteignent l&apos;application.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>La vérification a échoué.</translation>
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
        <translation>aucun annoncé</translation>
    </message>
    <message>
        <source>&amp;HTTP endpoint:</source>
        <translation>Point de terminaison &amp;HTTP :</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>Give the application and the device.</source>
        <translation>Indiquez l&apos;application et l&apos;appareil.</translation>
    </message>
    <message>
        <source>Give the server&apos;s HTTP endpoint (the server announced none).</source>
        <translation>Indiquez le point de terminaison HTTP du serveur (le serveur n&apos;en a annoncé aucun).</translation>
    </message>
    <message>
        <source>Verifying device &apos;%1&apos; (certificate &apos;%2&apos;) on %3, events of &apos;%4&apos; on %5:%6…</source>
        <translation>Vérification de l&apos;appareil « %1 » (certificat « %2 ») sur %3, événements de « %4 » sur %5:%6…</translation>
    </message>
    <message>
        <source>%1 over HTTP</source>
        <translation>%1 via HTTP</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RegisterCertificatePage</name>
    <message>
        <source>Existing Device Certificate</source>
        <translation>Certificat d&apos;appareil existant</translation>
    </message>
    <message>
        <source>A certificate issued elsewhere (for example with openssl), registered as it is: no CA key and no device key are needed.</source>
        <translation>Un certificat émis ailleurs (par exemple avec openssl), enregistré tel quel : ni clé de CA ni clé d&apos;appareil ne sont nécessaires.</translation>
    </message>
    <message>
        <source>Device Certificate</source>
        <translation>Certificat d&apos;appareil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the certificate against the application&apos;s trust anchors and Drogue&apos;s rules</source>
        <translation>Vérifier le certificat par rapport aux ancres de confiance de l&apos;application et aux règles de Drogue</translation>
    </message>
    <message>
        <source>It must chain to a trust anchor of the application and be a certificate Drogue Cloud accepts for a device (version 3, valid now, not a CA, client authentication, an EC P-256/P-384, Ed25519 or RSA ≥ 2048 key). The device gets its subject as an alias.</source>
        <translation>Il doit être chaîné à une ancre de confiance de l&apos;application et être un certificat que Drogue Cloud accepte pour un appareil (version 3, valide actuellement, pas une CA, authentification client, une clé EC P-256/P-384, Ed25519 ou RSA ≥ 2048). L&apos;appareil reçoit son sujet comme alias.</translation>
    </message>
    <message>
        <source>Cer&amp;tificate file:</source>
        <translation>Fichier de cer&amp;tificat :</translation>
    </message>
    <message>
        <source>The certificate of device &apos;%1&apos;, issued elsewhere (for example with openssl), registered as it is: no CA key and no device key are needed.</source>
        <translation>Le certificat de l&apos;appareil « %1 », émis ailleurs (par exemple avec openssl), enregistré tel quel : ni clé de CA ni clé d&apos;appareil ne sont nécessaires.</translation>
    </message>
    <message>
        <source>Checking against the trust anchors of &apos;%1&apos;…</source>
        <translation>Vérification par rapport aux ancres de confiance de « %1 »…</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Impossible de lire l&apos;application « %1 » : %2</translation>
    </message>
    <message>
        <source>✔ Issued under trust anchor #%1 of &apos;%2&apos; (%3); Drogue Cloud accepts it, valid until %4. Device &apos;%5&apos; gets the alias &apos;%6&apos;.</source>
        <translation>✔ Émis sous l&apos;ancre de confiance n° %1 de « %2 » (%3) ; Drogue Cloud l&apos;accepte, valide jusqu&apos;au %4. L&apos;appareil « %5 » reçoit l&apos;alias « %6 ».</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RemoveAliasCommand</name>
    <message>
        <source>Could not remove an alias of device %1</source>
        <translation>Impossible de supprimer un alias de l&apos;appareil %1</translation>
    </message>
    <message>
        <source>%1 has no alias.</source>
        <translation>%1 n&apos;a aucun alias.</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Retirer un alias</translation>
    </message>
    <message>
        <source>Alias of %1 to remove:</source>
        <translation>Alias de %1 à retirer :</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewResultPage</name>
    <message>
        <source>Certificates Renewed</source>
        <translation>Certificats renouvelés</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n device(s) of &apos;%1&apos; have a new certificate with the same subject, registered with the server and recorded in the ledger as the renewal of the old one.</source>
        <translation>
            <numerusform>✔ %n appareil de « %1 » a un nouveau certificat avec le même sujet, enregistré auprès du serveur et consigné dans le registre comme renouvellement de l&apos;ancien.</numerusform>
            <numerusform>✔ %n appareils de « %1 » ont un nouveau certificat avec le même sujet, enregistré auprès du serveur et consigné dans le registre comme renouvellement de l&apos;ancien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Issued under:</source>
        <translation>Émis sous :</translation>
    </message>
    <message>
        <source>trust anchor #%1 (%2)</source>
        <translation>ancre de confiance n° %1 (%2)</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés :</translation>
    </message>
    <message>
        <source>new keys, next to the certificates (0600); the old key files are kept</source>
        <translation>nouvelles clés, à côté des certificats (0600) ; les anciens fichiers de clé sont conservés</translation>
    </message>
    <message>
        <source>the devices&apos; keys as they were</source>
        <translation>les clés des appareils, inchangées</translation>
    </message>
    <message>
        <source>Next: remove the old anchor.</source>
        <translation>Ensuite : supprimez l&apos;ancienne ancre.</translation>
    </message>
    <message>
        <source>Load the new certificates onto the devices: the old ones stay valid until they expire.</source>
        <translation>Chargez les nouveaux certificats sur les appareils : les anciens restent valides jusqu&apos;à leur expiration.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewReviewPage</name>
    <message>
        <source>Review the Renewal</source>
        <translation>Vérifier le renouvellement</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Now valid until</source>
        <translation>Valide actuellement jusqu&apos;au</translation>
    </message>
    <message>
        <source>New certificate for</source>
        <translation>Nouveau certificat pour</translation>
    </message>
    <message>
        <source>Devices to renew</source>
        <translation>Appareils à renouveler</translation>
    </message>
    <message>
        <source>a new key: %1</source>
        <translation>une nouvelle clé : %1</translation>
    </message>
    <message>
        <source>the same key: %1</source>
        <translation>la même clé : %1</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>non renouvelé</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will get a new certificate under trust anchor #%1 (%2), valid for %3 days; the files go to %4.</source>
        <translation>
            <numerusform>%n appareil recevra un nouveau certificat sous l&apos;ancre de confiance n° %1 (%2), valide %3 jours ; les fichiers vont dans %4.</numerusform>
            <numerusform>%n appareils recevront un nouveau certificat sous l&apos;ancre de confiance n° %1 (%2), valide %3 jours ; les fichiers vont dans %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) cannot be renewed (see why below).</source>
        <translation>
            <numerusform>%n appareil ne peut pas être renouvelé (voir la raison ci-dessous).</numerusform>
            <numerusform>%n appareils ne peuvent pas être renouvelés (voir la raison ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>No device can be renewed: see why below. Back leads to the choices.</source>
        <translation>Aucun appareil ne peut être renouvelé : voir la raison ci-dessous. Précédent ramène aux choix.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Renew %n Device(s)</source>
        <translation>
            <numerusform>&amp;Renouveler %n appareil</numerusform>
            <numerusform>&amp;Renouveler %n appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewSetupPage</name>
    <message>
        <source>CA Key</source>
        <translation>Clé de CA</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>Clés (*.key *.pem *.der *.p8 *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of &apos;%1&apos;: %2</source>
        <translation>
            <numerusform>%n appareil de « %1 » : %2</numerusform>
            <numerusform>%n appareils de « %1 » : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the matching trust anchor…</source>
        <translation>Recherche de l&apos;ancre de confiance correspondante…</translation>
    </message>
    <message>
        <source>This key belongs to the anchor being retired. Choose the new anchor&apos;s CA key.</source>
        <translation>Cette clé appartient à l&apos;ancre en cours de retrait. Choisissez la clé de CA de la nouvelle ancre.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RenewWizard</name>
    <message>
        <source>Renew Certificates</source>
        <translation>Renouveler les certificats</translation>
    </message>
    <message>
        <source>Rotate Trust Anchor</source>
        <translation>Remplacer l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>Planning the Renewal</source>
        <translation>Planification du renouvellement</translation>
    </message>
    <message>
        <source>Each device&apos;s current certificate and key are looked up in the ledger.</source>
        <translation>Le certificat et la clé actuels de chaque appareil sont recherchés dans le registre.</translation>
    </message>
    <message>
        <source>The renewal could not be planned.</source>
        <translation>Le renouvellement n&apos;a pas pu être planifié.</translation>
    </message>
    <message>
        <source>Nothing to renew.</source>
        <translation>Rien à renouveler.</translation>
    </message>
    <message>
        <source>Renewing the Certificates</source>
        <translation>Renouvellement des certificats</translation>
    </message>
    <message>
        <source>Each certificate is made and written first; then the device is updated on the server (its alias stays). The folder records what is done.</source>
        <translation>Chaque certificat est d&apos;abord créé et écrit ; puis l&apos;appareil est mis à jour sur le serveur (son alias est conservé). Le dossier consigne ce qui est fait.</translation>
    </message>
    <message>
        <source>Not every certificate was renewed.</source>
        <translation>Tous les certificats n&apos;ont pas été renouvelés.</translation>
    </message>
    <message>
        <source>Run the renewal again: what is done is skipped, the rest is finished</source>
        <translation>Relancer le renouvellement : ce qui est fait est ignoré, le reste est terminé</translation>
    </message>
</context>
<context>
    <name>dwb::gui::RequestFolderBox</name>
    <message>
        <source>Folder of Certificate Requests</source>
        <translation>Dossier de requêtes de certificat</translation>
    </message>
    <message>
        <source>one request per board: *.csr, *.req, *.pem, *.der, *.txt</source>
        <translation>une requête par carte : *.csr, *.req, *.pem, *.der, *.txt</translation>
    </message>
    <message>
        <source>by the request&apos;s common na&amp;me (CN)</source>
        <translation>par le no&amp;m commun (CN) de la requête</translation>
    </message>
    <message>
        <source>by the &amp;file name (board-7.csr: board-7)</source>
        <translation>par le nom de &amp;fichier (board-7.csr : board-7)</translation>
    </message>
    <message>
        <source>Cop&amp;y the requests&apos; subject alternative names</source>
        <translation>Cop&amp;ier les noms alternatifs du sujet des requêtes</translation>
    </message>
    <message>
        <source>Read A&amp;gain</source>
        <translation>Re&amp;lire</translation>
    </message>
    <message>
        <source>Read the folder again, after its files were fixed</source>
        <translation>Relire le dossier, une fois ses fichiers corrigés</translation>
    </message>
    <message>
        <source>Problems of the certificate requests</source>
        <translation>Problèmes des requêtes de certificat</translation>
    </message>
    <message>
        <source>Re&amp;quests folder:</source>
        <translation>Dossier des re&amp;quêtes :</translation>
    </message>
    <message>
        <source>Device names:</source>
        <translation>Noms des appareils :</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Lecture des requêtes…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the folder; nothing is signed until every one is fixed (then Read Again).</source>
        <translation>
            <numerusform>%n problème(s) dans le dossier ; rien n&apos;est signé tant qu&apos;ils ne sont pas tous corrigés (puis Relire).</numerusform>
            <numerusform>%n problème(s) dans le dossier ; rien n&apos;est signé tant qu&apos;ils ne sont pas tous corrigés (puis Relire).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n board(s), each request signed by its own key; the keys stay on the boards.</source>
        <translation>
            <numerusform>%n carte(s), chaque requête signée par sa propre clé ; les clés restent sur les cartes.</numerusform>
            <numerusform>%n carte(s), chaque requête signée par sa propre clé ; les clés restent sur les cartes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::RetireAnchorPage</name>
    <message>
        <source>&amp;Remove Old Anchor…</source>
        <translation>&amp;Supprimer l&apos;ancienne ancre…</translation>
    </message>
    <message>
        <source>Retire the Old Anchor</source>
        <translation>Retirer l&apos;ancienne ancre</translation>
    </message>
    <message>
        <source>Once no device depends on the old anchor, remove it: a device still on it can no longer log in.</source>
        <translation>Lorsque plus aucun appareil ne dépend de l&apos;ancienne ancre, supprimez-la : un appareil qui en dépend encore ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Old anchor: %1.</source>
        <translation>Ancienne ancre : %1.</translation>
    </message>
    <message>
        <source>The ledger could not be read (%1), so it is not known which devices still use it.</source>
        <translation>Le registre n&apos;a pas pu être lu (%1) : on ne sait donc pas quels appareils l&apos;utilisent encore.</translation>
    </message>
    <message>
        <source>No device in the ledger depends on it any more.</source>
        <translation>Plus aucun appareil du registre n&apos;en dépend.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the ledger still depend on it: %1. Renew them first, or they will be locked out.</source>
        <translation>
            <numerusform>%n appareil du registre en dépend encore : %1. Renouvelez-le d&apos;abord, sinon il sera bloqué.</numerusform>
            <numerusform>%n appareils du registre en dépendent encore : %1. Renouvelez-les d&apos;abord, sinon ils seront bloqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the old trust anchor (%1) from application &apos;%2&apos;?</source>
        <translation>Supprimer l&apos;ancienne ancre de confiance (%1) de l&apos;application « %2 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) still depend on it and will no longer be able to log in: %1.</source>
        <translation>
            <numerusform>%n appareil en dépend encore et ne pourra plus se connecter : %1.</numerusform>
            <numerusform>%n appareils en dépendent encore et ne pourront plus se connecter : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger could not be read: devices may still depend on it.</source>
        <translation>Le registre n&apos;a pas pu être lu : des appareils peuvent encore en dépendre.</translation>
    </message>
    <message>
        <source>Remove Trust Anchor</source>
        <translation>Supprimer l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>&amp;Remove Anyway</source>
        <translation>&amp;Supprimer quand même</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removing the old anchor…</source>
        <translation>Suppression de l&apos;ancienne ancre…</translation>
    </message>
    <message>
        <source>The old anchor was removed already.</source>
        <translation>L&apos;ancienne ancre a déjà été supprimée.</translation>
    </message>
    <message>
        <source>The anchor was not removed: %1</source>
        <translation>L&apos;ancre n&apos;a pas été supprimée : %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The old anchor was removed from &apos;%1&apos;; %n anchor(s) remain.</source>
        <translation>
            <numerusform>✔ L&apos;ancienne ancre a été supprimée de « %1 » ; %n ancre reste.</numerusform>
            <numerusform>✔ L&apos;ancienne ancre a été supprimée de « %1 » ; %n ancres restent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dwb::gui::RotateStartPage</name>
    <message>
        <source>&amp;Create New Anchor…</source>
        <translation>&amp;Créer une nouvelle ancre…</translation>
    </message>
    <message>
        <source>Rotate a Trust Anchor</source>
        <translation>Remplacer une ancre de confiance</translation>
    </message>
    <message>
        <source>1. Add a new anchor next to the old one. 2. Renew the devices still on the old anchor under the new one. 3. Remove the old anchor. Drogue accepts both anchors meanwhile, so no device is locked out.</source>
        <translation>1. Ajoutez une nouvelle ancre à côté de l&apos;ancienne. 2. Renouvelez sous la nouvelle ancre les appareils encore sur l&apos;ancienne. 3. Supprimez l&apos;ancienne ancre. Entre-temps, Drogue accepte les deux ancres : aucun appareil n&apos;est donc bloqué.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Devices on it</source>
        <translation>Appareils concernés</translation>
    </message>
    <message>
        <source>The application&apos;s trust anchors: select the one to retire</source>
        <translation>Ancres de confiance de l&apos;application : sélectionnez celle à retirer</translation>
    </message>
    <message>
        <source>Open the trust anchor wizard for this application: the new anchor is added next to the old one</source>
        <translation>Ouvrir l&apos;assistant d&apos;ancre de confiance pour cette application : la nouvelle ancre est ajoutée à côté de l&apos;ancienne</translation>
    </message>
    <message>
        <source>The anchor to retire:</source>
        <translation>L&apos;ancre à retirer :</translation>
    </message>
    <message>
        <source>Reading application &apos;%1&apos;…</source>
        <translation>Lecture de l&apos;application « %1 »…</translation>
    </message>
    <message>
        <source>Could not read application &apos;%1&apos;: %2</source>
        <translation>Impossible de lire l&apos;application « %1 » : %2</translation>
    </message>
    <message>
        <source>(not a certificate)</source>
        <translation>(pas un certificat)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Le registre n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No device in the ledger depends on this anchor any more: it can be removed.</source>
        <translation>Plus aucun appareil du registre ne dépend de cette ancre : elle peut être supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the ledger still depend on this anchor: %1.</source>
        <translation>
            <numerusform>%n appareil du registre dépend encore de cette ancre : %1.</numerusform>
            <numerusform>%n appareils du registre dépendent encore de cette ancre : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has no other anchor yet: create the new one first.</source>
        <translation>L&apos;application n&apos;a pas encore d&apos;autre ancre : créez d&apos;abord la nouvelle.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::SetDevicesDisabledCommand</name>
    <message>
        <source>Could not disable device %1</source>
        <translation>Impossible de désactiver l&apos;appareil %1</translation>
    </message>
    <message>
        <source>Could not enable device %1</source>
        <translation>Impossible d&apos;activer l&apos;appareil %1</translation>
    </message>
</context>
<context>
    <name>dwb::gui::SignInDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>&amp;Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Use &amp;access token</source>
        <translation>Utiliser le jeton d&apos;&amp;accès</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>e.g. lab (default: the server&apos;s host name)</source>
        <translation>p. ex. labo (par défaut : le nom d&apos;hôte du serveur)</translation>
    </message>
    <message>
        <source>only for a server with its own CA</source>
        <translation>seulement pour un serveur avec sa propre CA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>Server C&amp;A:</source>
        <translation>&amp;CA du serveur :</translation>
    </message>
    <message>
        <source>With your Drogue Cloud account</source>
        <translation>Avec votre compte Drogue Cloud</translation>
    </message>
    <message>
        <source>Opens the sign-in page of the server in your web browser; come back here when you have signed in.</source>
        <translation>Ouvre la page de connexion du serveur dans votre navigateur web ; revenez ici une fois connecté.</translation>
    </message>
    <message>
        <source>Or with an access token</source>
        <translation>Ou avec un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Ut&amp;ilisateur :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Server CA</source>
        <translation>CA du serveur</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sign In Again to %1</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API URL, e.g. https://api.example.net.</source>
        <translation>Saisissez l&apos;URL de l&apos;API du serveur, p. ex. https://api.example.net.</translation>
    </message>
    <message>
        <source>The server CA file cannot be read.</source>
        <translation>Le fichier CA du serveur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Signed in; checking with the server…</source>
        <translation>Connecté ; vérification auprès du serveur…</translation>
    </message>
    <message>
        <source>The server refused the new sign-in: %1</source>
        <translation>Le serveur a refusé la nouvelle connexion : %1</translation>
    </message>
    <message>
        <source>Enter your user id and an access token.</source>
        <translation>Saisissez votre identifiant et un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server refused these credentials: %1</source>
        <translation>Le serveur a refusé ces identifiants : %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to paste it into a web browser</source>
        <translation>Copier l&apos;adresse de connexion pour la coller dans un navigateur web</translation>
    </message>
    <message>
        <source>The address is copied: paste it into a web browser, sign in there, then come back here.</source>
        <translation>L&apos;adresse est copiée : collez-la dans un navigateur web, connectez-vous-y, puis revenez ici.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser yourself (Copy puts it on the clipboard); come back here when you have signed in.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Ouvrez vous-même cette adresse dans un navigateur (Copier la place dans le presse-papiers) ; revenez ici une fois connecté.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::TokenKeyChooser</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>(no token found)</source>
        <translation>(aucun jeton trouvé)</translation>
    </message>
    <message>
        <source>Look for tokens again (after plugging one in)</source>
        <translation>Rechercher à nouveau les jetons (après en avoir branché un)</translation>
    </message>
    <message>
        <source>Log in to the token with its user PIN, to list and use its private keys</source>
        <translation>Se connecter au jeton avec son PIN utilisateur, pour lister et utiliser ses clés privées</translation>
    </message>
    <message>
        <source>Private keys on the token</source>
        <translation>Clés privées sur le jeton</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Use a key &amp;on the token:</source>
        <translation>Utiliser une clé &amp;sur le jeton :</translation>
    </message>
    <message>
        <source>Generate a ne&amp;w key on the token</source>
        <translation>Générer une &amp;nouvelle clé sur le jeton</translation>
    </message>
    <message>
        <source>e.g. app-ca</source>
        <translation>p. ex. app-ca</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>Algor&amp;ithm:</source>
        <translation>Al&amp;gorithme :</translation>
    </message>
    <message>
        <source>Private ke&amp;ys:</source>
        <translation>Clés pri&amp;vées :</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Recherche des jetons…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No token found (module %1). Plug one in, then Refresh.</source>
        <translation>Aucun jeton trouvé (module %1). Branchez-en un, puis cliquez sur Actualiser.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) found. Unlock one with its PIN to see its keys.</source>
        <translation>
            <numerusform>%n jeton trouvé. Déverrouillez-le avec son PIN pour voir ses clés.</numerusform>
            <numerusform>%n jetons trouvés. Déverrouillez-en un avec son PIN pour voir ses clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token &apos;%1&apos;: %2. Unlock it with its user PIN to see its keys.</source>
        <translation>Jeton &apos;%1&apos; : %2. Déverrouillez-le avec son PIN utilisateur pour voir ses clés.</translation>
    </message>
    <message>
        <source>Logging in to token &apos;%1&apos;…</source>
        <translation>Connexion au jeton &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message numerus="yes">
        <source>Token &apos;%1&apos; unlocked: %n private key(s).</source>
        <translation>
            <numerusform>Jeton &apos;%1&apos; déverrouillé : %n clé privée.</numerusform>
            <numerusform>Jeton &apos;%1&apos; déverrouillé : %n clés privées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening key &apos;%1&apos; on the token…</source>
        <translation>Ouverture de la clé &apos;%1&apos; sur le jeton…</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; on the token is ready: %2</source>
        <translation>La clé &apos;%1&apos; sur le jeton est prête : %2</translation>
    </message>
    <message>
        <source>&amp;Unlock Again…</source>
        <translation>&amp;Déverrouiller à nouveau…</translation>
    </message>
    <message>
        <source>The token already has a key &apos;%1&apos;: choose another label.</source>
        <translation>Le jeton possède déjà une clé &apos;%1&apos; : choisissez une autre étiquette.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::TokenPinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>PIN du jeton</translation>
    </message>
    <message>
        <source>The user PIN of token &apos;%1&apos; (%2, %3, serial %4).
It is used for this window only, never saved; a PIN the token refuses is not tried again.</source>
        <translation>Le PIN utilisateur du jeton &apos;%1&apos; (%2, %3, numéro de série %4).
Il n&apos;est utilisé que pour cette fenêtre et n&apos;est jamais enregistré ; un PIN refusé par le jeton n&apos;est pas essayé à nouveau.</translation>
    </message>
    <message>
        <source>Token state: %1.</source>
        <translation>État du jeton : %1.</translation>
    </message>
    <message>
        <source>User PIN of token %1</source>
        <translation>PIN utilisateur du jeton %1</translation>
    </message>
    <message>
        <source>User &amp;PIN:</source>
        <translation>&amp;PIN utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>dwb::gui::TrustAnchorWizard</name>
    <message>
        <source>Create Trust Anchor</source>
        <translation>Créer une ancre de confiance</translation>
    </message>
    <message>
        <source>Check, then create the anchor.</source>
        <translation>Vérifiez, puis créez l&apos;ancre.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Creating the Trust Anchor</source>
        <translation>Création de l&apos;ancre de confiance</translation>
    </message>
    <message>
        <source>The key is made and saved first; then the anchor is sent to the server.</source>
        <translation>La clé est d&apos;abord créée et enregistrée ; puis l&apos;ancre est envoyée au serveur.</translation>
    </message>
    <message>
        <source>The anchor was not created.</source>
        <translation>L&apos;ancre n&apos;a pas été créée.</translation>
    </message>
    <message>
        <source>Go Back to choose another file or folder, or Cancel.</source>
        <translation>Revenez en arrière pour choisir un autre fichier ou dossier, ou annulez.</translation>
    </message>
</context>
<context>
    <name>dwb::gui::Wizards</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Passphrase of %2:</source>
        <translation>Cette phrase secrète n&apos;ouvre pas %1. Phrase secrète de %2 :</translation>
    </message>
    <message>
        <source>%1 is encrypted. Passphrase of %2:</source>
        <translation>%1 est chiffré. Phrase secrète de %2 :</translation>
    </message>
    <message>
        <source>No passphrase given for %1.</source>
        <translation>Aucune phrase secrète indiquée pour %1.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the drogue-sandbox whose data folder is &lt;dir&gt; (reads &lt;dir&gt;/sandbox.json).</source>
        <translation>Se connecter au drogue-sandbox dont le dossier de données est &lt;dir&gt; (lit &lt;dir&gt;/sandbox.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect with the saved connection &lt;name&gt;.</source>
        <translation>Se connecter avec la connexion enregistrée &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; in the certificate inspector (repeatable; further file arguments are inspected too).</source>
        <translation>Ouvrir &lt;file&gt; dans l&apos;inspecteur de certificats (répétable ; les autres fichiers en argument sont aussi inspectés).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Provision Drogue Cloud devices with x.509 certificates.</source>
        <translation>Provisionner des appareils Drogue Cloud avec des certificats X.509.</translation>
    </message>
    <message>
        <source>Files to inspect.</source>
        <translation>Fichiers à inspecter.</translation>
    </message>
</context>
</TS>
