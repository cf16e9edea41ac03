<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ABOUT_DIALOG</name>
    <message>
        <source>About Pieces Allocations</source>
        <translation>À propos de Pieces Allocations</translation>
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
        <translation>Affiche les allocations du cloud personnel de Pieces OS, et les connecte ou les déconnecte.</translation>
    </message>
    <message>
        <source>Connected to Pieces OS at {address}</source>
        <translation>Connecté à Pieces OS sur {address}</translation>
    </message>
    <message>
        <source>Not connected to a Pieces OS.</source>
        <translation>Non connecté à Pieces OS.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No log file.</source>
        <translation>Aucun fichier journal.</translation>
    </message>
</context>
<context>
    <name>ADDRESS_DIALOG</name>
    <message>
        <source>Pieces OS address</source>
        <translation>Adresse de Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS listens on this computer, on the first free port from 39300 to 39333. The app can find it, or you can give its address.</source>
        <translation>Pieces OS écoute sur cet ordinateur, sur le premier port libre de 39300 à 39333. L’application peut le trouver, ou vous pouvez indiquer son adresse.</translation>
    </message>
</context>
<context>
    <name>ADDRESS_PICKER</name>
    <message>
        <source>Find Pieces OS a&amp;utomatically</source>
        <translation>Détecter Pieces OS a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>Find Pieces OS automatically</source>
        <translation>Détecter Pieces OS automatiquement</translation>
    </message>
    <message>
        <source>Use this &amp;address:</source>
        <translation>Uti&amp;liser cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Pieces OS address</source>
        <translation>Adresse de Pieces OS</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Effacer l’adresse</translation>
    </message>
    <message>
        <source>This address is not on this computer: the app will send your profile there when you connect. Use it only if you trust that machine.</source>
        <translation>Cette adresse n’est pas sur cet ordinateur&#xa0;: l’application y enverra votre profil lors de la connexion. Ne l’utilisez que si vous faites confiance à cette machine.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The app will read the Pieces OS port file, then try ports 39300 to 39333.</source>
        <translation>L’application lira le fichier de port de Pieces OS, puis essaiera les ports 39300 à 39333.</translation>
    </message>
    <message>
        <source>Type an address, for example http://127.0.0.1:39300.</source>
        <translation>Saisissez une adresse, par exemple http://127.0.0.1:39300.</translation>
    </message>
    <message>
        <source>This address cannot be used: {reason}.</source>
        <translation>Cette adresse ne peut pas être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The app will use {address}.</source>
        <translation>L’application utilisera {address}.</translation>
    </message>
</context>
<context>
    <name>ALLOCATIONS_PAGE</name>
    <message>
        <source>Filter by status, URL, id, project, region…</source>
        <translation>Filtrer par état, URL, identifiant, projet, région…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Filter allocations</source>
        <translation>Filtrer les allocations</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fil&amp;trer&#xa0;:</translation>
    </message>
    <message>
        <source>Number of allocations shown</source>
        <translation>Nombre d’allocations affichées</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message numerus="yes">
        <source>%n allocations</source>
        <translation>
            <numerusform>%Ln allocation</numerusform>
            <numerusform>%Ln allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} sur {total} affichées</translation>
    </message>
</context>
<context>
    <name>ALLOCATION_CELLS</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Personal URL</source>
        <translation>URL personnelle</translation>
    </message>
    <message>
        <source>URL status</source>
        <translation>État des URL</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>The status of the cloud itself; sorts the worst first.</source>
        <translation>L’état du cloud lui-même&#x202f;; trie les pires en premier.</translation>
    </message>
    <message>
        <source>The address you know your cloud by: its vanity URL, else its id URL.</source>
        <translation>L’adresse sous laquelle vous connaissez votre cloud&#xa0;: son URL personnalisée, sinon son URL d’identifiant.</translation>
    </message>
    <message>
        <source>Each URL (vanity, id, base) has its own status; it can differ from the cloud&apos;s.</source>
        <translation>Chaque URL (perso, id, base) a son propre état&#x202f;; il peut différer de celui du cloud.</translation>
    </message>
    <message>
        <source>The cloud project the allocation lives in.</source>
        <translation>Le projet cloud qui héberge l’allocation.</translation>
    </message>
    <message>
        <source>The cloud region the allocation runs in.</source>
        <translation>La région cloud où s’exécute l’allocation.</translation>
    </message>
    <message>
        <source>The version of the cloud software.</source>
        <translation>La version du logiciel du cloud.</translation>
    </message>
    <message>
        <source>When Pieces OS last updated the allocation; hover a cell for the exact time.</source>
        <translation>Dernière mise à jour de l’allocation par Pieces OS&#x202f;; survolez une cellule pour l’heure exacte.</translation>
    </message>
    <message>
        <source>vanity</source>
        <translation>perso</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>All connected</source>
        <translation>Toutes connectées</translation>
    </message>
    <message>
        <source>All connecting</source>
        <translation>Toutes en cours de connexion</translation>
    </message>
    <message>
        <source>All failed</source>
        <translation>Toutes en échec</translation>
    </message>
    <message>
        <source>All disconnected</source>
        <translation>Toutes déconnectées</translation>
    </message>
    <message>
        <source>All unknown</source>
        <translation>Toutes inconnues</translation>
    </message>
    <message>
        <source>Pieces OS did not say when this allocation was updated.</source>
        <translation>Pieces OS n’a pas indiqué quand cette allocation a été mise à jour.</translation>
    </message>
    <message>
        <source>Not given by Pieces OS</source>
        <translation>Non fourni par Pieces OS</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non fourni</translation>
    </message>
</context>
<context>
    <name>ANNOUNCER</name>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS est injoignable</translation>
    </message>
    <message>
        <source>{status}: {url}</source>
        <translation>{status}&#xa0;: {url}</translation>
    </message>
    <message>
        <source>No personal cloud yet</source>
        <translation>Pas encore de cloud personnel</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Personne n’est identifié dans Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation>Pieces OS répond par une erreur</translation>
    </message>
    <message>
        <source>Pieces OS is migrating its data</source>
        <translation>Pieces OS migre ses données</translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation>Pieces OS doit être mis à jour</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>État inconnu</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_BASE</name>
    <message>
        <source>Could not {action} {where}: {reason}.</source>
        <translation>Impossible {action} {where}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_LAUNCHAGENT</name>
    <message>
        <source>write the login item</source>
        <translation>d’écrire l’élément d’ouverture de session</translation>
    </message>
    <message>
        <source>remove the login item</source>
        <translation>de supprimer l’élément d’ouverture de session</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_WINDOWS</name>
    <message>
        <source>write the start-up entry</source>
        <translation>d’écrire l’entrée de démarrage</translation>
    </message>
    <message>
        <source>remove the start-up entry</source>
        <translation>de supprimer l’entrée de démarrage</translation>
    </message>
</context>
<context>
    <name>AUTOSTART_XDG</name>
    <message>
        <source>write the autostart entry</source>
        <translation>d’écrire l’entrée de démarrage automatique</translation>
    </message>
    <message>
        <source>read the autostart entry</source>
        <translation>de lire l’entrée de démarrage automatique</translation>
    </message>
    <message>
        <source>remove the autostart entry</source>
        <translation>de supprimer l’entrée de démarrage automatique</translation>
    </message>
</context>
<context>
    <name>BODIES</name>
    <message>
        <source>it is compressed as {encoding}, which this app cannot unpack</source>
        <translation>elle est compressée en {encoding}, que cette application ne sait pas décompresser</translation>
    </message>
    <message>
        <source>it is not valid {encoding}</source>
        <translation>elle n’est pas du {encoding} valide</translation>
    </message>
</context>
<context>
    <name>BOOTSTRAP</name>
    <message>
        <source>Settings reset</source>
        <translation>Paramètres réinitialisés</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours d’exécution</translation>
    </message>
</context>
<context>
    <name>CLIENT</name>
    <message>
        <source>list the allocations</source>
        <extracomment>What Pieces OS was asked, to fill &quot;Pieces OS could not {what}&quot;: an infinitive phrase.</extracomment>
        <translation>lister les allocations</translation>
    </message>
    <message>
        <source>show the allocation</source>
        <translation>afficher l’allocation</translation>
    </message>
    <message>
        <source>connect your cloud</source>
        <translation>connecter votre cloud</translation>
    </message>
    <message>
        <source>reconnect the cloud</source>
        <translation>reconnecter le cloud</translation>
    </message>
    <message>
        <source>disconnect the cloud</source>
        <translation>déconnecter le cloud</translation>
    </message>
    <message>
        <source>create the allocation</source>
        <translation>créer l’allocation</translation>
    </message>
    <message>
        <source>delete the allocation</source>
        <translation>supprimer l’allocation</translation>
    </message>
    <message>
        <source>tell who is signed in</source>
        <translation>indiquer qui est identifié</translation>
    </message>
    <message>
        <source>report its health</source>
        <translation>indiquer son état de santé</translation>
    </message>
    <message>
        <source>report its version</source>
        <translation>indiquer sa version</translation>
    </message>
    <message>
        <source>it redirected elsewhere (HTTP {status}), which this app refuses</source>
        <translation>il a redirigé ailleurs (HTTP&#xa0;{status}), ce que cette application refuse</translation>
    </message>
    <message>
        <source>when asked to {what}</source>
        <translation>à la demande «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <source>the exchange failed ({error})</source>
        <translation>l’échange a échoué ({error})</translation>
    </message>
</context>
<context>
    <name>CLOUD_OPERATION_DIALOG</name>
    <message>
        <source>No allocation is selected</source>
        <translation>Aucune allocation n’est sélectionnée</translation>
    </message>
    <message>
        <source>Send a create request for {url}</source>
        <translation>Envoyer une demande de création pour {url}</translation>
    </message>
    <message>
        <source>Send a delete request for {url}</source>
        <translation>Envoyer une demande de suppression pour {url}</translation>
    </message>
    <message>
        <source>Create allocation (advanced)</source>
        <translation>Créer une allocation (avancé)</translation>
    </message>
    <message>
        <source>Delete allocation (advanced)</source>
        <translation>Supprimer l’allocation (avancé)</translation>
    </message>
    <message>
        <source>This is a cloud-side operation. Pieces OS documents this as used only within the cloud; a local Pieces OS is expected to refuse it. The answer is shown below as Pieces OS gave it.</source>
        <translation>Il s’agit d’une opération côté cloud. Selon Pieces OS, elle ne sert qu’au sein du cloud&#x202f;; un Pieces OS local devrait la refuser. La réponse s’affiche ci-dessous telle que Pieces OS l’a donnée.</translation>
    </message>
    <message>
        <source>&amp;Send create request</source>
        <translation>&amp;Envoyer la demande de création</translation>
    </message>
    <message>
        <source>&amp;Send delete request</source>
        <translation>&amp;Envoyer la demande de suppression</translation>
    </message>
    <message>
        <source>&amp;Answer from Pieces OS:</source>
        <translation>&amp;Réponse de Pieces OS&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Answer from Pieces OS</source>
        <translation>Réponse de Pieces OS</translation>
    </message>
    <message>
        <source>Select an allocation in the table first.</source>
        <translation>Sélectionnez d’abord une allocation dans le tableau.</translation>
    </message>
    <message>
        <source>Sending the create request…</source>
        <translation>Envoi de la demande de création…</translation>
    </message>
    <message>
        <source>Sending the delete request…</source>
        <translation>Envoi de la demande de suppression…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still act on the request; the allocations table will show it.</source>
        <translation>Attente interrompue. Pieces OS peut encore traiter la demande&#x202f;; le tableau des allocations l’affichera.</translation>
    </message>
    <message>
        <source>Pieces OS accepted the request. Its answer is shown above.</source>
        <translation>Pieces OS a accepté la demande. Sa réponse s’affiche ci-dessus.</translation>
    </message>
    <message>
        <source>HTTP {status}
{text}</source>
        <translation>HTTP&#xa0;{status}
{text}</translation>
    </message>
    <message>
        <source>Pieces OS refused the request (HTTP {status}). Its answer is shown above.</source>
        <translation>Pieces OS a refusé la demande (HTTP&#xa0;{status}). Sa réponse s’affiche ci-dessus.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(aucune réponse)</translation>
    </message>
</context>
<context>
    <name>CLOUD_WATCH</name>
    <message>
        <source>Pieces OS no longer lists this cloud: it was disconnected or removed while this window was open.</source>
        <translation>Pieces OS ne liste plus ce cloud&#xa0;: il a été déconnecté ou supprimé pendant que cette fenêtre était ouverte.</translation>
    </message>
    <message>
        <source>Its status changed to {word} while this window was open.</source>
        <translation>Son état est passé à {word} pendant que cette fenêtre était ouverte.</translation>
    </message>
</context>
<context>
    <name>CONNECTION</name>
    <message>
        <source>Pieces OS has not been found yet.</source>
        <translation>Pieces OS n’a pas encore été trouvé.</translation>
    </message>
    <message>
        <source>Wait for the window to find it, or give its address with File &gt; Change Pieces OS address.</source>
        <translation>Attendez que la fenêtre le trouve, ou indiquez son adresse avec Fichier &gt; Changer l’adresse de Pieces OS.</translation>
    </message>
</context>
<context>
    <name>CONNECT_DIALOG</name>
    <message>
        <source>Connect your cloud</source>
        <translation>Connecter votre cloud</translation>
    </message>
    <message>
        <source>Connect your personal cloud</source>
        <translation>Connecter votre cloud personnel</translation>
    </message>
    <message>
        <source>Pieces OS starts your personal cloud and links it to this computer. This usually takes 10 to 15 seconds, sometimes longer.</source>
        <translation>Pieces OS démarre votre cloud personnel et le relie à cet ordinateur. Cela prend généralement 10 à 15 secondes, parfois plus.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again who is signed in</source>
        <translation>Vérifier à nouveau qui est identifié</translation>
    </message>
    <message>
        <source>Checking who is signed in to Pieces OS…</source>
        <translation>Vérification de l’utilisateur identifié dans Pieces OS…</translation>
    </message>
    <message>
        <source>Checking who is signed in…</source>
        <translation>Vérification de l’utilisateur identifié…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still finish connecting your cloud; the allocations table will show the result.</source>
        <translation>Attente interrompue. Pieces OS peut encore terminer la connexion de votre cloud&#x202f;; le tableau des allocations affichera le résultat.</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Identifié en tant que {name}</translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation>E-mail&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Username: {username}</source>
        <translation>Nom d’utilisateur&#xa0;: {username}</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS.
Connecting needs a signed-in user: the cloud belongs to that user. Open Pieces Desktop or the Pieces OS menu and sign in, then press Check again.</source>
        <translation>Personne n’est identifié dans Pieces OS.
La connexion nécessite un utilisateur identifié&#xa0;: le cloud appartient à cet utilisateur. Ouvrez Pieces Desktop ou le menu de Pieces OS et identifiez-vous, puis cliquez sur «&#xa0;Vérifier&#xa0;à&#xa0;nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>Could not tell who is signed in.</source>
        <translation>Impossible de savoir qui est identifié.</translation>
    </message>
    <message>
        <source>Stopped checking who is signed in.</source>
        <translation>Vérification de l’utilisateur identifié interrompue.</translation>
    </message>
</context>
<context>
    <name>CRASH_WINDOW</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Something went wrong inside Pieces Allocations. The app keeps running, but what you were doing may not have finished: try it again. If it happens again, copy the details and send them with your report.</source>
        <translation>Une erreur s’est produite dans Pieces Allocations. L’application continue de fonctionner, mais ce que vous faisiez n’a peut-être pas abouti&#xa0;: réessayez. Si cela se reproduit, copiez les détails et joignez-les à votre rapport.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>DATABASE</name>
    <message>
        <source>The history file was written by a newer version of the app (format {version}). Update the app to keep recording the history.</source>
        <translation>Le fichier d’historique a été écrit par une version plus récente de l’application (format {version}). Mettez l’application à jour pour continuer à enregistrer l’historique.</translation>
    </message>
    <message>
        <source>The status history is paused: its file {file} cannot be written to. Make the file writable; the app goes on without recording until then.</source>
        <translation>L’historique des statuts est en pause&#xa0;: impossible d’écrire dans son fichier {file}. Rendez ce fichier accessible en écriture&#x202f;; d’ici là, l’application continue sans enregistrer.</translation>
    </message>
    <message>
        <source>The status history is paused: its folder {folder} cannot be written to. Make the folder writable; the app goes on without recording until then.</source>
        <translation>L’historique des statuts est en pause&#xa0;: impossible d’écrire dans son dossier {folder}. Rendez ce dossier accessible en écriture&#x202f;; d’ici là, l’application continue sans enregistrer.</translation>
    </message>
    <message>
        <source>The status history is paused: the disk is full. Free some space; the app goes on without recording until then.</source>
        <translation>L’historique des statuts est en pause&#xa0;: le disque est plein. Libérez de l’espace&#x202f;; d’ici là, l’application continue sans enregistrer.</translation>
    </message>
    <message>
        <source>The status history is paused: {why}. Check the folder; the app goes on without recording until then.</source>
        <translation>L’historique des statuts est en pause&#xa0;: {why}. Vérifiez le dossier&#x202f;; d’ici là, l’application continue sans enregistrer.</translation>
    </message>
    <message>
        <source>No status history is kept yet ({path} does not exist).</source>
        <translation>Aucun historique des statuts n’est encore tenu ({path} n’existe pas).</translation>
    </message>
    <message>
        <source>The status history at {path} cannot be read: {error}.</source>
        <translation>L’historique des statuts {path} ne peut pas être lu&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The status history at {path} is in format {version}; this app reads format {ours}.</source>
        <translation>L’historique des statuts {path} est au format {version}&#x202f;; cette application lit le format {ours}.</translation>
    </message>
</context>
<context>
    <name>DETAILS_PANE</name>
    <message>
        <source>Allocation details</source>
        <translation>Détails de l’allocation</translation>
    </message>
    <message>
        <source>Select an allocation to see its details.</source>
        <translation>Sélectionnez une allocation pour en voir les détails.</translation>
    </message>
    <message>
        <source>Personal URL</source>
        <translation>URL personnelle</translation>
    </message>
    <message>
        <source>Cloud status</source>
        <translation>État du cloud</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}&#xa0;:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Updated, in words</source>
        <translation>Mis à jour, en clair</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>En clair&#xa0;:</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
</context>
<context>
    <name>DISCONNECT_DIALOG</name>
    <message>
        <source>Disconnect cloud</source>
        <translation>Déconnecter le cloud</translation>
    </message>
    <message>
        <source>Disconnect {url}?</source>
        <translation>Déconnecter {url}&#x202f;?</translation>
    </message>
    <message>
        <source>Pieces OS will stop using this cloud, and it will not sync until it is connected again. You can connect it again later.</source>
        <translation>Pieces OS cessera d’utiliser ce cloud, qui ne sera plus synchronisé jusqu’à sa prochaine connexion. Vous pourrez le reconnecter plus tard.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion en cours…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still disconnect the cloud; the allocations table will show the result.</source>
        <translation>Attente interrompue. Pieces OS peut encore déconnecter le cloud&#x202f;; le tableau des allocations affichera le résultat.</translation>
    </message>
    <message>
        <source>Pieces OS disconnected {url}.</source>
        <translation>Pieces OS a déconnecté {url}.</translation>
    </message>
    <message>
        <source>Pieces OS disconnected cloud {uuid}.</source>
        <translation>Pieces OS a déconnecté le cloud {uuid}.</translation>
    </message>
    <message>
        <source>Pieces OS disconnected the cloud (its answer named no cloud).</source>
        <translation>Pieces OS a déconnecté le cloud (sa réponse ne nommait aucun cloud).</translation>
    </message>
</context>
<context>
    <name>DISCOVERY</name>
    <message>
        <source>another user&apos;s Pieces OS, left alone</source>
        <translation>Pieces OS d’un autre utilisateur, laissé de côté</translation>
    </message>
    <message>
        <source>given with --base-url</source>
        <translation>indiquée avec --base-url</translation>
    </message>
    <message>
        <source>given in PIECES_OS_URL</source>
        <translation>indiquée dans PIECES_OS_URL</translation>
    </message>
    <message>
        <source>saved in the settings</source>
        <translation>enregistrée dans les paramètres</translation>
    </message>
    <message>
        <source>the built-in demo</source>
        <translation>la démo intégrée</translation>
    </message>
    <message>
        <source>read from the Pieces OS port file</source>
        <translation>lue dans le fichier de port de Pieces OS</translation>
    </message>
    <message>
        <source>found by probing ports 39300-39333</source>
        <translation>trouvée en sondant les ports 39300 à 39333</translation>
    </message>
    <message>
        <source>found by probing ports 39300-39333; it may be another user&apos;s Pieces OS</source>
        <translation>trouvée en sondant les ports 39300 à 39333&#x202f;; il peut s’agir du Pieces OS d’un autre utilisateur</translation>
    </message>
    <message>
        <source>found on a legacy port</source>
        <translation>trouvée sur un ancien port</translation>
    </message>
    <message>
        <source>The --base-url option</source>
        <translation>L’option --base-url</translation>
    </message>
    <message>
        <source>Start the app again with a correct address (for example --base-url http://127.0.0.1:39300), or without the option so that it finds Pieces OS by itself.</source>
        <translation>Relancez l’application avec une adresse correcte (par ex. --base-url http://127.0.0.1:39300), ou sans cette option pour qu’elle trouve Pieces OS d’elle-même.</translation>
    </message>
    <message>
        <source>The PIECES_OS_URL environment variable</source>
        <translation>La variable d’environnement PIECES_OS_URL</translation>
    </message>
    <message>
        <source>Correct it (for example PIECES_OS_URL=http://127.0.0.1:39300) or unset it so that the app finds Pieces OS by itself, then start the app again: while it is set, it beats any address chosen in the app.</source>
        <translation>Corrigez-la (par exemple PIECES_OS_URL=http://127.0.0.1:39300) ou supprimez-la pour que l’application trouve Pieces OS d’elle-même, puis relancez l’application&#xa0;: tant qu’elle est définie, elle l’emporte sur toute adresse choisie dans l’application.</translation>
    </message>
    <message>
        <source>The Pieces OS address in the settings file</source>
        <translation>L’adresse de Pieces OS dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Choose the address again with Change address… (or let the app find Pieces OS by itself): that replaces what the file holds.</source>
        <translation>Choisissez à nouveau l’adresse avec «&#xa0;Changer&#xa0;l’adresse…&#xa0;» (ou laissez l’application trouver Pieces OS d’elle-même)&#xa0;: cela remplace le contenu du fichier.</translation>
    </message>
    <message>
        <source>The Pieces OS address</source>
        <translation>L’adresse de Pieces OS</translation>
    </message>
    <message>
        <source>Give a correct address.</source>
        <translation>Indiquez une adresse correcte.</translation>
    </message>
    <message>
        <source>{text} is not an http:// or https:// address</source>
        <translation>{text} n’est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>{text} names no host</source>
        <translation>{text} ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>{text} has a host name with characters a host name cannot have</source>
        <translation>{text} a un nom d’hôte avec des caractères qu’un nom d’hôte ne peut pas contenir</translation>
    </message>
    <message>
        <source>{text} has a port that is not a number from 0 to 65535</source>
        <translation>{text} a un port qui n’est pas un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>{text} should be just an address, like {example}</source>
        <translation>{text} devrait être une simple adresse, comme {example}</translation>
    </message>
    <message>
        <source>ports {first}-{last}</source>
        <translation>ports {first} à {last}</translation>
    </message>
    <message>
        <source>ports {ports}</source>
        <translation>ports {ports}</translation>
    </message>
    <message>
        <source>{address} (from {file}): {why}</source>
        <translation>{address} (depuis {file})&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{address} (from {file})</source>
        <translation>{address} (depuis {file})</translation>
    </message>
    <message>
        <source>{how}; {count} instances answered, using {address} (healthy first, then lowest port)</source>
        <translation>{how}&#x202f;; {count} instances ont répondu, utilisation de {address} (les saines d’abord, puis le port le plus bas)</translation>
    </message>
    <message>
        <source>{how}; this system does not tell whose it is: it may be another user&apos;s Pieces OS</source>
        <translation>{how}&#x202f;; ce système n’indique pas à qui il appartient&#xa0;: il peut s’agir du Pieces OS d’un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>ERRORS</name>
    <message>
        <source>Pieces OS is not reachable at {address} ({reason}).</source>
        <translation>Pieces OS est injoignable sur {address} ({reason}).</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable at {address}.</source>
        <translation>Pieces OS est injoignable sur {address}.</translation>
    </message>
    <message>
        <source>Check that Pieces OS is running, then try again.</source>
        <translation>Vérifiez que Pieces OS est lancé, puis réessayez.</translation>
    </message>
    <message>
        <source>Start Pieces OS, or give its address (for example --base-url {example}).</source>
        <translation>Lancez Pieces OS, ou indiquez son adresse (par ex. --base-url {example}).</translation>
    </message>
    <message>
        <source>Another user&apos;s Pieces OS on this computer is left alone. Start your own Pieces OS, or give its address (for example --base-url {example}).</source>
        <translation>Le Pieces OS d’un autre utilisateur de cet ordinateur est laissé de côté. Lancez votre propre Pieces OS, ou indiquez son adresse (par ex. --base-url {example}).</translation>
    </message>
    <message>
        <source>No Pieces OS answered. Tried: {addresses}.</source>
        <translation>Aucun Pieces OS n’a répondu. Adresses essayées&#xa0;: {addresses}.</translation>
    </message>
    <message>
        <source>{where} is not an address: {problem}.</source>
        <translation>{where} n’est pas une adresse&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Pieces OS closed the connection before it finished answering when asked to {what}.</source>
        <translation>Pieces OS a fermé la connexion avant d’avoir fini de répondre à la demande «&#xa0;{what}&#xa0;».</translation>
    </message>
    <message>
        <source>It may have stopped or restarted: check that it is running, then try again.</source>
        <translation>Il s’est peut-être arrêté ou a redémarré&#xa0;: vérifiez qu’il est lancé, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to Pieces OS was closed before it could {what}: its address changed or the app is quitting.</source>
        <translation>La connexion à Pieces OS a été fermée avant qu’il ne puisse {what}&#xa0;: son adresse a changé ou l’application se ferme.</translation>
    </message>
    <message>
        <source>Nothing to do: the app opens a new connection when it needs one.</source>
        <translation>Rien à faire&#xa0;: l’application ouvre une nouvelle connexion quand elle en a besoin.</translation>
    </message>
    <message>
        <source>Live status from Pieces OS at {address} stopped: {reason}.</source>
        <translation>L’état en direct de Pieces OS sur {address}&#xa0;s’est interrompu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The app reconnects by itself and keeps checking meanwhile; if this keeps happening, restart Pieces OS.</source>
        <translation>L’application se reconnecte d’elle-même et continue de vérifier entre-temps&#x202f;; si cela se reproduit, redémarrez Pieces OS.</translation>
    </message>
    <message>
        <source>Pieces OS did not answer {what} within {seconds} s.</source>
        <translation>Pieces OS n’a pas répondu {what} en {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <source>It may be busy or starting up; try again in a moment.</source>
        <translation>Il est peut-être occupé ou en cours de démarrage&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart Pieces OS.</source>
        <translation>Réessayez&#x202f;; si cela se reproduit, redémarrez Pieces OS.</translation>
    </message>
    <message>
        <source>Pieces OS could not {what} (HTTP {status}): &quot;{text}&quot;</source>
        <translation>Pieces OS n’a pas pu {what} (HTTP&#xa0;{status})&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Pieces OS could not {what} (HTTP {status}): &quot;{text}&quot;.</source>
        <translation>Pieces OS n’a pas pu {what} (HTTP&#xa0;{status})&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Pieces OS could not {what} (HTTP {status}).</source>
        <translation>Pieces OS n’a pas pu {what} (HTTP&#xa0;{status}).</translation>
    </message>
    <message>
        <source>Sign in to Pieces OS (in Pieces Desktop or the Pieces OS menu), then try again.</source>
        <translation>Identifiez-vous dans Pieces OS (dans Pieces Desktop ou le menu de Pieces OS), puis réessayez.</translation>
    </message>
    <message>
        <source>It may have been removed already; refresh to see the current allocations.</source>
        <translation>Elle a peut-être déjà été supprimée&#x202f;; actualisez pour voir les allocations actuelles.</translation>
    </message>
    <message>
        <source>This Pieces OS has no live status stream, so the app checks for changes every few seconds instead; updating Pieces OS brings changes at once.</source>
        <translation>Ce Pieces OS n’a pas de flux d’état en direct&#xa0;: l’application vérifie donc les changements toutes les quelques secondes&#x202f;; mettre à jour Pieces OS les affiche immédiatement.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, restart Pieces OS.</source>
        <translation>Réessayez dans un instant&#x202f;; si l’échec persiste, redémarrez Pieces OS.</translation>
    </message>
    <message>
        <source>Pieces OS gave up waiting for your cloud. It may still come up: refresh in a minute, or try again.</source>
        <translation>Pieces OS a renoncé à attendre votre cloud. Il peut encore démarrer&#xa0;: actualisez dans une minute, ou réessayez.</translation>
    </message>
    <message>
        <source>Update Pieces OS to the latest version, then try again.</source>
        <translation>Mettez à jour Pieces OS vers la dernière version, puis réessayez.</translation>
    </message>
    <message>
        <source>Pieces OS gave an answer to {what} that this app cannot read: {detail}.</source>
        <translation>Pieces OS a répondu à la demande «&#xa0;{what}&#xa0;» d’une façon que cette application ne sait pas lire&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>Pieces OS may be a newer or older version than expected; updating both may help.</source>
        <translation>Pieces OS est peut-être plus récent ou plus ancien que prévu&#x202f;; mettre les deux à jour peut aider.</translation>
    </message>
    <message>
        <source>the answer is larger than {size} MiB</source>
        <translation>la réponse dépasse {size}&#xa0;Mio</translation>
    </message>
</context>
<context>
    <name>FOLLOW_DIALOG</name>
    <message>
        <source>Cloud status: {word}</source>
        <translation>État du cloud&#xa0;: {word}</translation>
    </message>
    <message>
        <source>Your cloud is connected at {url}</source>
        <translation>Votre cloud est connecté à l’adresse {url}</translation>
    </message>
    <message>
        <source>The cloud failed to connect.</source>
        <translation>La connexion du cloud a échoué.</translation>
    </message>
    <message>
        <source>Pieces OS answered, but the cloud&apos;s status is {word}. The allocations table will show it when it changes.</source>
        <translation>Pieces OS a répondu, mais l’état du cloud est {word}. Le tableau des allocations l’affichera quand il changera.</translation>
    </message>
    <message>
        <source>Pieces OS gave up waiting for the cloud to answer (HTTP 504). The cloud may still come up: refresh in a minute, or try again.</source>
        <translation>Pieces OS a renoncé à attendre la réponse du cloud (HTTP&#xa0;504). Le cloud peut encore démarrer&#xa0;: actualisez dans une minute, ou réessayez.</translation>
    </message>
    <message>
        <source>The cloud failed to connect. Pieces OS said: &quot;{text}&quot;</source>
        <translation>La connexion du cloud a échoué. Pieces OS a répondu&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Try again in a minute. If it keeps failing, check this computer&apos;s internet connection and restart Pieces OS.</source>
        <translation>Réessayez dans une minute. Si l’échec persiste, vérifiez la connexion Internet de cet ordinateur et redémarrez Pieces OS.</translation>
    </message>
</context>
<context>
    <name>FORMATTING</name>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;s</numerusform>
            <numerusform>il y a %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;jour</numerusform>
            <numerusform>il y a %n&#xa0;jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}&#xa0;j {hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}&#xa0;j</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
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
        <translation>Le dossier des journaux n’a pas pu être ouvert&#x202f;; il se trouve ici&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your report</source>
        <translation>Diagnostics copiés&#xa0;: collez-les dans votre rapport</translation>
    </message>
</context>
<context>
    <name>HISTORY</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Non surveillé</translation>
    </message>
    <message>
        <source>Pieces OS answering since {time}</source>
        <translation>Pieces OS répond depuis {time}</translation>
    </message>
    <message>
        <source>Pieces OS answering with errors since {time}</source>
        <translation>Pieces OS répond par des erreurs depuis {time}</translation>
    </message>
    <message>
        <source>Pieces OS not reachable since {time}</source>
        <translation>Pieces OS injoignable depuis {time}</translation>
    </message>
    <message>
        <source>Pieces OS migrating its data since {time}</source>
        <translation>Pieces OS migre ses données depuis {time}</translation>
    </message>
    <message>
        <source>Pieces OS needing an update since {time}</source>
        <translation>Pieces OS doit être mis à jour depuis {time}</translation>
    </message>
    <message>
        <source>Pieces OS answering, nobody signed in since {time}</source>
        <translation>Pieces OS répond, personne n’est identifié depuis {time}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>rien d’enregistré</translation>
    </message>
    <message>
        <source>Not watched now; last seen {status} since {time}</source>
        <translation>Non surveillé actuellement&#x202f;; dernier état vu&#xa0;: {status} depuis {time}</translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation>{status} depuis {time}</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>par vous</translation>
    </message>
    <message>
        <source>for {duration}</source>
        <translation>pendant {duration}</translation>
    </message>
    <message>
        <source>for {duration} so far</source>
        <translation>{duration} jusqu’ici</translation>
    </message>
    <message>
        <source>Uptime: not known (nobody watched it in this period)</source>
        <translation>Disponibilité&#xa0;: inconnue (personne ne l’a surveillé sur cette période)</translation>
    </message>
    <message>
        <source>Uptime {percent} %: connected {connected} of {watched} watched (not counting {disconnected} you had it disconnected)</source>
        <translation>Disponibilité {percent}&#xa0;%&#xa0;: connecté pendant {connected} sur {watched} de surveillance (sans compter {disconnected} où vous l’aviez déconnecté)</translation>
    </message>
    <message>
        <source>Uptime {percent} %: connected {connected} of {watched} watched</source>
        <translation>Disponibilité {percent}&#xa0;%&#xa0;: connecté pendant {connected} sur {watched} de surveillance</translation>
    </message>
    <message>
        <source>Status history of the last {period} (since {time}), watched {watched} of it</source>
        <translation>Historique des statuts sur {period} (depuis le {time}), dont {watched} de surveillance</translation>
    </message>
    <message>
        <source>Pieces OS {status} since {time}</source>
        <translation>Pieces OS {status} depuis {time}</translation>
    </message>
    <message>
        <source>Your operations</source>
        <translation>Vos opérations</translation>
    </message>
</context>
<context>
    <name>HISTORY_PANEL</name>
    <message>
        <source>All incidents…</source>
        <translation>Tous les incidents…</translation>
    </message>
    <message>
        <source>Every cloud&apos;s incidents and your operations, to filter and export</source>
        <translation>Les incidents de chaque cloud et vos opérations, à filtrer et exporter</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24&#xa0;h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7&#xa0;jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30&#xa0;jours</translation>
    </message>
    <message>
        <source>Show the last {period}</source>
        <translation>Afficher la période de {period}</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>et %n plus ancien</numerusform>
            <numerusform>et %n plus anciens</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Aucun incident sur cette période.</translation>
    </message>
    <message>
        <source>Nothing recorded for this cloud yet.</source>
        <translation>Rien n’a encore été enregistré pour ce cloud.</translation>
    </message>
    <message>
        <source>Not watched since {time}.</source>
        <translation>Non surveillé depuis {time}.</translation>
    </message>
    <message>
        <source>{status} for {duration}</source>
        <translation>{status} depuis {duration}</translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation>{status} depuis {time}</translation>
    </message>
    <message>
        <source>Uptime: not known, nobody watched it in this period.</source>
        <translation>Disponibilité&#xa0;: inconnue, personne ne l’a surveillé sur cette période.</translation>
    </message>
    <message>
        <source>Uptime {percent} % of {watched} watched</source>
        <translation>Disponibilité {percent}&#xa0;% (surveillé&#xa0;: {watched})</translation>
    </message>
    <message>
        <source>, not counting {duration} you had it disconnected</source>
        <translation>, sans compter {duration} où vous l’aviez déconnecté</translation>
    </message>
    <message>
        <source>{status} at {time}, {duration} so far</source>
        <translation>{status} le {time} ({duration} jusqu’ici)</translation>
    </message>
    <message>
        <source>{status} at {time}, {duration}</source>
        <translation>{status} le {time} ({duration})</translation>
    </message>
    <message>
        <source>, by you</source>
        <translation>, par vous</translation>
    </message>
</context>
<context>
    <name>HISTORY_STRIP</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation>Inconnu ({status})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Non surveillé</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>{status}
{start} – {end} ({duration})</source>
        <translation>{status}
{start} – {end} ({duration})</translation>
    </message>
    <message>
        <source>You disconnected it.</source>
        <translation>Vous l’avez déconnecté.</translation>
    </message>
</context>
<context>
    <name>HISTORY_WINDOW</name>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 400 days</source>
        <translation>400 derniers jours</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Effacer l’historique…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Incidents and operations</source>
        <translation>Incidents et opérations</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>Tous les clouds</translation>
    </message>
    <message>
        <source>Disconnected by you</source>
        <translation>Déconnecté par vous</translation>
    </message>
    <message>
        <source>{duration} so far</source>
        <translation>{duration} jusqu’ici</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>{operation}: {outcome}</source>
        <translation>{operation}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>non surveillé</translation>
    </message>
    <message>
        <source>{cloud}: uptime {uptime}</source>
        <translation>{cloud}&#xa0;: disponibilité {uptime}</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Rien n’a été enregistré sur cette période.</translation>
    </message>
    <message>
        <source>Export the status history</source>
        <translation>Exporter l’historique des statuts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>Clear the status history?</source>
        <translation>Effacer l’historique des statuts&#x202f;?</translation>
    </message>
    <message>
        <source>Every recorded status, incident and operation is forgotten. This cannot be undone.</source>
        <translation>Tous les états, incidents et opérations enregistrés seront oubliés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
</context>
<context>
    <name>HOST_BANNER</name>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension (package gnome-shell-extension-appindicator). Install and turn it on to keep Pieces Allocations in the tray; until then it runs as this window.</source>
        <translation>GNOME n’affiche les icônes de la zone de notification qu’avec l’extension «&#xa0;AppIndicator and KStatusNotifierItem Support&#xa0;» (paquet gnome-shell-extension-appindicator). Installez-la et activez-la pour garder Pieces Allocations dans la zone de notification&#x202f;; en attendant, l’application fonctionne dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The system tray has gone, so Pieces Allocations shows its window. Its icon comes back when the tray does.</source>
        <translation>La zone de notification a disparu&#xa0;: Pieces Allocations affiche donc sa fenêtre. Son icône reviendra avec la zone de notification.</translation>
    </message>
    <message>
        <source>About the system tray</source>
        <translation>À propos de la zone de notification</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>Ne plus afficher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
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
        <translation>{text} copié</translation>
    </message>
</context>
<context>
    <name>MENU</name>
    <message>
        <source>wait: connecting now</source>
        <translation>patienter&#xa0;: connexion en cours</translation>
    </message>
    <message>
        <source>wait: reconnecting now</source>
        <translation>patienter&#xa0;: reconnexion en cours</translation>
    </message>
    <message>
        <source>wait: disconnecting now</source>
        <translation>patienter&#xa0;: déconnexion en cours</translation>
    </message>
    <message>
        <source>wait: creating now</source>
        <translation>patienter&#xa0;: création en cours</translation>
    </message>
    <message>
        <source>wait: deleting now</source>
        <translation>patienter&#xa0;: suppression en cours</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>{url}: {status}</source>
        <translation>{url}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Open my personal cloud</source>
        <translation>Ouvrir mon cloud personnel</translation>
    </message>
    <message>
        <source>Open personal cloud</source>
        <translation>Ouvrir le cloud personnel</translation>
    </message>
    <message>
        <source>Status history…</source>
        <translation>Historique des statuts…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>OPERATIONS</name>
    <message>
        <source>This cloud is busy: a connect is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Ce cloud est occupé&#xa0;: une connexion est encore en cours. Attendez qu’elle se termine, ou annulez-la dans sa fenêtre.</translation>
    </message>
    <message>
        <source>This cloud is busy: a reconnect is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Ce cloud est occupé&#xa0;: une reconnexion est encore en cours. Attendez qu’elle se termine, ou annulez-la dans sa fenêtre.</translation>
    </message>
    <message>
        <source>This cloud is busy: a disconnect is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Ce cloud est occupé&#xa0;: une déconnexion est encore en cours. Attendez qu’elle se termine, ou annulez-la dans sa fenêtre.</translation>
    </message>
    <message>
        <source>This cloud is busy: a create is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Ce cloud est occupé&#xa0;: une création est encore en cours. Attendez qu’elle se termine, ou annulez-la dans sa fenêtre.</translation>
    </message>
    <message>
        <source>This cloud is busy: a delete is still running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Ce cloud est occupé&#xa0;: une suppression est encore en cours. Attendez qu’elle se termine, ou annulez-la dans sa fenêtre.</translation>
    </message>
    <message>
        <source>A connect is already running. Wait for it to finish, or cancel it in its window.</source>
        <translation>Une connexion est déjà en cours. Attendez qu’elle se termine, ou annulez-la dans sa fenêtre.</translation>
    </message>
    <message>
        <source>Pieces OS no longer lists this cloud.</source>
        <translation>Pieces OS ne liste plus ce cloud.</translation>
    </message>
    <message>
        <source>It may have been disconnected or removed meanwhile; see the allocations table.</source>
        <translation>Il a peut-être été déconnecté ou supprimé entre-temps&#x202f;; consultez le tableau des allocations.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed unexpectedly</source>
        <translation>Échec inattendu</translation>
    </message>
    <message>
        <source>with a settled cloud</source>
        <translation>avec un cloud au statut stable</translation>
    </message>
</context>
<context>
    <name>OPERATION_DIALOG</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Something went wrong inside Pieces Allocations. Details are in the log file (Help &gt; About shows where); please try again.</source>
        <translation>Une erreur s’est produite dans Pieces Allocations. Les détails sont dans le fichier journal (Aide &gt; À propos indique où)&#x202f;; veuillez réessayer.</translation>
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
        <translation>{text} n’est pas un nombre positif de millisecondes</translation>
    </message>
    <message>
        <source>{text} is not a language of the app: use one of {codes}</source>
        <translation>{text} n’est pas une langue de l’application&#xa0;: utilisez l’une de {codes}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>See and manage the personal-cloud allocations of Pieces OS.</source>
        <translation>Voir et gérer les allocations du cloud personnel de Pieces OS.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>the Pieces OS address, e.g. http://127.0.0.1:39300 (default: find it)</source>
        <translation>l’adresse de Pieces OS, par ex. http://127.0.0.1:39300 (par défaut&#xa0;: la trouver)</translation>
    </message>
    <message>
        <source>run against a built-in demo Pieces OS with sample allocations</source>
        <translation>utiliser un Pieces OS de démonstration intégré, avec des allocations d’exemple</translation>
    </message>
    <message>
        <source>keep settings and state in DIR</source>
        <translation>conserver les paramètres et l’état dans DIR</translation>
    </message>
    <message>
        <source>quit cleanly after N ms</source>
        <translation>quitter proprement après N ms</translation>
    </message>
    <message>
        <source>how much to log to stderr (default: WARNING)</source>
        <translation>niveau de journalisation sur stderr (par défaut&#xa0;: WARNING)</translation>
    </message>
    <message>
        <source>start with the window hidden, in the system tray</source>
        <translation>démarrer fenêtre masquée, dans la zone de notification</translation>
    </message>
    <message>
        <source>print the state of each allocation and exit: 0 only when your own cloud is connected</source>
        <translation>afficher l’état de chaque allocation et quitter&#xa0;: 0 seulement si votre propre cloud est connecté</translation>
    </message>
    <message>
        <source>with --status: keep running, and print a line (a JSON object with --json) at each change</source>
        <translation>avec --status&#xa0;: continuer et afficher une ligne (un objet JSON avec --json) à chaque changement</translation>
    </message>
    <message>
        <source>print each cloud&apos;s status history (uptime, incidents, your operations) and exit</source>
        <translation>afficher l’historique des statuts de chaque cloud (disponibilité, incidents, vos opérations) et quitter</translation>
    </message>
    <message>
        <source>with --history: how far back, as 90m, 24h, 7d or 2w (default: 7d)</source>
        <translation>avec --history&#xa0;: jusqu’où remonter, sous la forme 90m, 24h, 7d ou 2w (par défaut&#xa0;: 7d)</translation>
    </message>
    <message>
        <source>with --status or --history: print JSON for scripts</source>
        <translation>avec --status ou --history&#xa0;: afficher du JSON pour les scripts</translation>
    </message>
    <message>
        <source>with --history: print CSV, a row per incident and operation</source>
        <translation>avec --history&#xa0;: afficher du CSV, une ligne par incident et par opération</translation>
    </message>
    <message>
        <source>the language to show: {codes} (default: the system&apos;s), or pseudo and pseudo-rtl to see which texts are translated</source>
        <translation>la langue à afficher&#xa0;: {codes} (par défaut&#xa0;: celle du système), ou pseudo et pseudo-rtl pour voir quels textes sont traduits</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>--json goes with --status or --history</source>
        <translation>--json s’utilise avec --status ou --history</translation>
    </message>
    <message>
        <source>--follow goes with --status</source>
        <translation>--follow s’utilise avec --status</translation>
    </message>
    <message>
        <source>--csv goes with --history</source>
        <translation>--csv s’utilise avec --history</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>choisissez entre --json et --csv</translation>
    </message>
    <message>
        <source>choose one of --status and --history</source>
        <translation>choisissez entre --status et --history</translation>
    </message>
    <message>
        <source>--since goes with --history</source>
        <translation>--since s’utilise avec --history</translation>
    </message>
    <message>
        <source>--history prints the history and exits: it takes no --tray or --quit-after-ms</source>
        <translation>--history affiche l’historique et quitte&#xa0;: il n’accepte ni --tray ni --quit-after-ms</translation>
    </message>
    <message>
        <source>--status prints the state and exits: it takes no --tray or --quit-after-ms</source>
        <translation>--status affiche l’état et quitte&#xa0;: il n’accepte ni --tray ni --quit-after-ms</translation>
    </message>
</context>
<context>
    <name>PARSING</name>
    <message>
        <source>no declared type</source>
        <translation>sans type déclaré</translation>
    </message>
    <message>
        <source>{count} bytes of {kind}</source>
        <translation>{count} octets, {kind}</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 ({size})</source>
        <translation>elle n’est pas de l’UTF-8 valide ({size})</translation>
    </message>
    <message>
        <source>it is not JSON ({error} at byte {position}; {size})</source>
        <translation>elle n’est pas du JSON ({error} à l’octet {position}&#x202f;; {size})</translation>
    </message>
    <message>
        <source>it is nested too deeply ({size})</source>
        <translation>elle est imbriquée trop profondément ({size})</translation>
    </message>
    <message>
        <source>expected a JSON object, got {kind}</source>
        <translation>objet JSON attendu, {kind} reçu</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} de plus)</translation>
    </message>
</context>
<context>
    <name>PERIOD</name>
    <message>
        <source>{text} is not a period: use a number and m, h, d or w, as in 24h or 7d</source>
        <translation>{text} n’est pas une période&#xa0;: utilisez un nombre suivi de m, h, d ou w, comme 24h ou 7d</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}&#xa0;j {hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}&#xa0;j</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}&#xa0;h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
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
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown ({status})</source>
        <translation>Inconnu ({status})</translation>
    </message>
</context>
<context>
    <name>PROBE</name>
    <message>
        <source>healthy</source>
        <translation>en bonne santé</translation>
    </message>
    <message>
        <source>migrating its data (not ready yet)</source>
        <translation>migre ses données (pas encore prêt)</translation>
    </message>
    <message>
        <source>answering, with a health this app does not know</source>
        <translation>répond, avec un état de santé que cette application ne connaît pas</translation>
    </message>
    <message>
        <source>Pieces OS {version} at {address}, {health}</source>
        <translation>Pieces OS {version} sur {address}, {health}</translation>
    </message>
    <message>
        <source>Pieces OS at {address}, {health}</source>
        <translation>Pieces OS sur {address}, {health}</translation>
    </message>
</context>
<context>
    <name>RECONNECT_DIALOG</name>
    <message>
        <source>Reconnect cloud</source>
        <translation>Reconnecter le cloud</translation>
    </message>
    <message>
        <source>Reconnect {url}?</source>
        <translation>Reconnecter {url}&#x202f;?</translation>
    </message>
    <message>
        <source>Pieces OS will try to bring this cloud back up. This usually takes 10 to 15 seconds, sometimes longer.</source>
        <translation>Pieces OS va tenter de remettre ce cloud en service. Cela prend généralement 10 à 15 secondes, parfois plus.</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Its status when last read: {word}</source>
        <translation>Son état à la dernière lecture&#xa0;: {word}</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion en cours…</translation>
    </message>
    <message>
        <source>Stopped waiting. Pieces OS may still finish reconnecting the cloud; the allocations table will show the result.</source>
        <translation>Attente interrompue. Pieces OS peut encore terminer la reconnexion du cloud&#x202f;; le tableau des allocations affichera le résultat.</translation>
    </message>
</context>
<context>
    <name>SERVICES_HISTORY</name>
    <message>
        <source>The status history could not be read, so a new one was started; the old file is kept as {name} beside it.</source>
        <translation>L’historique des statuts n’a pas pu être lu&#xa0;: un nouveau a donc été commencé&#x202f;; l’ancien fichier est conservé à côté sous le nom {name}.</translation>
    </message>
    <message>
        <source>The status history is not open.</source>
        <translation>L’historique des statuts n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>SETTINGS</name>
    <message>
        <source>The settings file {path} could not be read, and could not be moved aside ({reason}). The app uses its default settings for now.</source>
        <translation>Le fichier de paramètres {path} n’a pu être ni lu ni mis de côté ({reason}). L’application utilise ses paramètres par défaut pour l’instant.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the app started with its default settings. The old file was kept as {path}.</source>
        <translation>Le fichier de paramètres n’a pas pu être lu&#xa0;: l’application a donc démarré avec ses paramètres par défaut. L’ancien fichier a été conservé sous {path}.</translation>
    </message>
</context>
<context>
    <name>SETTINGS_DIALOG</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the Pieces OS address</source>
        <translation>Tester l’adresse de Pieces OS</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>PIECES_OS_URL is set to {url}: the app uses that address, not the one above.</source>
        <translation>PIECES_OS_URL vaut {url}&#xa0;: l’application utilise cette adresse, pas celle du dessus.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalle d’actualisation</translation>
    </message>
    <message>
        <source>Show &amp;notifications when a cloud&apos;s status changes</source>
        <translation>Afficher une &amp;notification quand l’état d’un cloud change</translation>
    </message>
    <message>
        <source>Start &amp;in the tray, with the window hidden</source>
        <translation>&amp;Démarrer dans la zone de notification, fenêtre masquée</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Lancer à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Start at login problem</source>
        <translation>Problème de lancement à l’ouverture de session</translation>
    </message>
    <message>
        <source>Pieces OS</source>
        <translation>Pieces OS</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>A&amp;ctualisation&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Untick the box to keep things as they are, or Cancel.</source>
        <translation>Décochez la case pour ne rien changer, ou cliquez sur «&#xa0;Annuler&#xa0;».</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Asking Pieces OS at {where}…</source>
        <translation>Interrogation de Pieces OS sur {where}…</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The log has the details.</source>
        <translation>Le test a échoué de manière inattendue. Le journal contient les détails.</translation>
    </message>
    <message>
        <source>Every {n:g} seconds</source>
        <translation>Toutes les {n:g} secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every {n:g} minutes</source>
        <translation>Toutes les {n:g} minutes</translation>
    </message>
</context>
<context>
    <name>STALE_BANNER</name>
    <message>
        <source>Stale data warning</source>
        <translation>Avertissement&#xa0;: données obsolètes</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the refresh</source>
        <translation>Réessayer l’actualisation</translation>
    </message>
    <message>
        <source>Showing data from {age}. {why}</source>
        <translation>Dernières données&#xa0;: {age}. {why}</translation>
    </message>
    <message>
        <source>Showing data from {age}.</source>
        <translation>Dernières données&#xa0;: {age}.</translation>
    </message>
</context>
<context>
    <name>STATE_PANEL</name>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation>Adresses essayées</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Change a&amp;ddress…</source>
        <translation>Changer l’a&amp;dresse…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Ouvrir la dé&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Waiting for Pieces OS…</source>
        <translation>En attente de Pieces OS…</translation>
    </message>
    <message>
        <source>Found Pieces OS at {address}; waiting for it to answer.</source>
        <translation>Pieces OS trouvé sur {address}&#x202f;; en attente de sa réponse.</translation>
    </message>
    <message>
        <source>Reading the allocations…</source>
        <translation>Lecture des allocations…</translation>
    </message>
    <message>
        <source>Pieces OS answered at {address}; waiting for the list of clouds.</source>
        <translation>Pieces OS a répondu sur {address}&#x202f;; en attente de la liste des clouds.</translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation>Recherche de Pieces OS…</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>No Pieces OS answered at any of these addresses:</source>
        <translation>Aucun Pieces OS n’a répondu à ces adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Check that Pieces OS is running, then press Retry.</source>
        <translation>Vérifiez que Pieces OS est lancé, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS est injoignable</translation>
    </message>
    <message>
        <source>Press Retry; if it keeps failing, restart Pieces OS.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;»&#x202f;; si l’échec persiste, redémarrez Pieces OS.</translation>
    </message>
    <message>
        <source>Pieces OS answered with an error</source>
        <translation>Pieces OS a répondu par une erreur</translation>
    </message>
    <message>
        <source>Pieces OS is updating its data…</source>
        <translation>Pieces OS met à jour ses données…</translation>
    </message>
    <message>
        <source>It is running but not ready yet. This usually takes a minute or two.</source>
        <translation>Il est lancé mais pas encore prêt. Cela prend généralement une ou deux minutes.</translation>
    </message>
    <message>
        <source>Press Retry in a moment.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;» dans un instant.</translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation>Pieces OS doit être mis à jour</translation>
    </message>
    <message>
        <source>This version of Pieces OS asked to be updated before it answers.</source>
        <translation>Cette version de Pieces OS demande une mise à jour avant de répondre.</translation>
    </message>
    <message>
        <source>Update Pieces OS (from Pieces Desktop or pieces.app), then press Retry.</source>
        <translation>Mettez à jour Pieces OS (depuis Pieces Desktop ou pieces.app), puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Personne n’est identifié dans Pieces OS</translation>
    </message>
    <message>
        <source>Open Pieces Desktop, or the Pieces OS menu in the system tray, and sign in.</source>
        <translation>Ouvrez Pieces Desktop, ou le menu de Pieces OS dans la zone de notification, et identifiez-vous.</translation>
    </message>
    <message>
        <source>Then press Retry.</source>
        <translation>Cliquez ensuite sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>No cloud yet</source>
        <translation>Pas encore de cloud</translation>
    </message>
    <message>
        <source>You are signed in as {name} but have no cloud yet.</source>
        <translation>Vous êtes identifié en tant que {name}, mais vous n’avez pas encore de cloud.</translation>
    </message>
    <message>
        <source>Connect sets up your personal cloud; it can take a minute.</source>
        <translation>«&#xa0;Connecter&#xa0;» configure votre cloud personnel&#x202f;; cela peut prendre une minute.</translation>
    </message>
</context>
<context>
    <name>STATUS</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Signed in, no personal cloud yet</source>
        <translation>Identifié, pas encore de cloud personnel</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Personne n’est identifié dans Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS est injoignable</translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation>Pieces OS répond par une erreur</translation>
    </message>
    <message>
        <source>Pieces OS is not ready (migrating its data, or it needs an update)</source>
        <translation>Pieces OS n’est pas prêt (il migre ses données ou doit être mis à jour)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>vanity</source>
        <translation>perso</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>{status}: {url} (your cloud)</source>
        <translation>{status}&#xa0;: {url} (votre cloud)</translation>
    </message>
    <message>
        <source>{status}: {url} (the cloud that needs attention most)</source>
        <translation>{status}&#xa0;: {url} (le cloud qui demande le plus d’attention)</translation>
    </message>
    <message>
        <source>{status} (old data)</source>
        <translation>{status} (données anciennes)</translation>
    </message>
</context>
<context>
    <name>STATUS_BAR</name>
    <message>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <source>Pieces OS address</source>
        <translation>Adresse de Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS version</source>
        <translation>Version de Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS health</source>
        <translation>Santé de Pieces OS</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur identifié</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation>Recherche de Pieces OS…</translation>
    </message>
    <message>
        <source>No Pieces OS</source>
        <translation>Aucun Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS at {url}</source>
        <translation>Pieces OS sur {url}</translation>
    </message>
    <message>
        <source> (maybe not yours)</source>
        <translation> (peut-être pas le vôtre)</translation>
    </message>
    <message>
        <source>How it was found: {how}</source>
        <translation>Origine de l’adresse&#xa0;: {how}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The version Pieces OS reports</source>
        <translation>La version indiquée par Pieces OS</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n’est identifié</translation>
    </message>
    <message>
        <source>Sign in from Pieces Desktop or the Pieces OS menu</source>
        <translation>Identifiez-vous depuis Pieces Desktop ou le menu de Pieces OS</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Identifié en tant que {name}</translation>
    </message>
    <message>
        <source>Health: no answer</source>
        <translation>Santé&#xa0;: pas de réponse</translation>
    </message>
    <message>
        <source>Pieces OS did not answer its health check: {why}</source>
        <translation>Pieces OS n’a pas répondu au contrôle de santé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Health: unknown</source>
        <translation>Santé&#xa0;: inconnue</translation>
    </message>
    <message>
        <source>Health: Migrating</source>
        <translation>Santé&#xa0;: migration</translation>
    </message>
    <message>
        <source>Health: OK</source>
        <translation>Santé&#xa0;: OK</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Pieces OS health check said: {said}</source>
        <translation>Le contrôle de santé de Pieces OS a répondu&#xa0;: {said}</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Stale — last updated {age}</source>
        <translation>Obsolète — actualisé {age}</translation>
    </message>
    <message>
        <source>Updated {age}</source>
        <translation>Actualisé {age}</translation>
    </message>
</context>
<context>
    <name>STREAM</name>
    <message>
        <source>report live status</source>
        <translation>transmettre l’état en direct</translation>
    </message>
    <message>
        <source>Pieces OS did not answer a ping within {seconds} s</source>
        <translation>Pieces OS n’a pas répondu à un ping en {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>a binary message came where text was expected</source>
        <translation>un message binaire est arrivé là où du texte était attendu</translation>
    </message>
    <message>
        <source>expected a JSON object, got {kind}</source>
        <translation>objet JSON attendu, {kind} reçu</translation>
    </message>
    <message>
        <source>it redirected to {url}</source>
        <translation>il a redirigé vers {url}</translation>
    </message>
    <message>
        <source>it redirected elsewhere</source>
        <translation>il a redirigé ailleurs</translation>
    </message>
    <message>
        <source>it answered HTTP {status} instead of opening the stream</source>
        <translation>il a répondu HTTP&#xa0;{status} au lieu d’ouvrir le flux</translation>
    </message>
    <message>
        <source>Pieces OS closed it (code {code}: {reason})</source>
        <translation>Pieces OS l’a fermé (code {code}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>Pieces OS closed it (code {code})</source>
        <translation>Pieces OS l’a fermé (code {code})</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>when asked to {what}</source>
        <translation>à la demande «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <source>the connection broke off before the stream opened ({reason})</source>
        <translation>la connexion a été interrompue avant l’ouverture du flux ({reason})</translation>
    </message>
    <message>
        <source>it failed unexpectedly ({reason})</source>
        <translation>il a échoué de manière inattendue ({reason})</translation>
    </message>
</context>
<context>
    <name>TOOLTIP</name>
    <message>
        <source>{status} for {duration}</source>
        <translation>{status} depuis {duration}</translation>
    </message>
    <message>
        <source>{status} since {time}</source>
        <translation>{status} depuis {time}</translation>
    </message>
    <message>
        <source>Pieces Allocations: {status}</source>
        <translation>Pieces Allocations&#xa0;: {status}</translation>
    </message>
    <message>
        <source>(not up to date)</source>
        <translation>(pas à jour)</translation>
    </message>
    <message>
        <source>{url}: {status}</source>
        <translation>{url}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(le vôtre)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>Refreshing fails: {error}</source>
        <translation>L’actualisation échoue&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>URL_ROW</name>
    <message>
        <source>Vanity URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>ID URL</source>
        <translation>URL d’identifiant</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the {name} URL</source>
        <translation>Copier l’URL «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the {name} URL in the browser</source>
        <translation>Ouvrir l’URL «&#xa0;{name}&#xa0;» dans le navigateur</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Only http and https addresses can be opened</source>
        <translation>Seules les adresses http et https peuvent être ouvertes</translation>
    </message>
</context>
<context>
    <name>USER_STREAM</name>
    <message>
        <source>Live status stopped because of an internal error.</source>
        <translation>L’état en direct s’est arrêté à cause d’une erreur interne.</translation>
    </message>
    <message>
        <source>The app keeps checking for changes; the log file has the details.</source>
        <translation>L’application continue de vérifier les changements&#x202f;; le fichier journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>WINDOW_ACTIONS</name>
    <message>
        <source>Change Pieces OS &amp;address…</source>
        <translation>Changer l’&amp;adresse de Pieces OS…</translation>
    </message>
    <message>
        <source>Type the address of the Pieces OS to use</source>
        <translation>Saisir l’adresse du Pieces OS à utiliser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Pieces OS address, refresh, notifications, start at login</source>
        <translation>Adresse de Pieces OS, actualisation, notifications, lancement à l’ouverture de session</translation>
    </message>
    <message>
        <source>Use the &amp;demo</source>
        <translation>Utiliser la &amp;démo</translation>
    </message>
    <message>
        <source>Switch to the built-in demo Pieces OS, with made-up allocations</source>
        <translation>Passer au Pieces OS de démonstration intégré, avec des allocations fictives</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask Pieces OS for the allocations now</source>
        <translation>Demander maintenant les allocations à Pieces OS</translation>
    </message>
    <message>
        <source>Every &amp;5 seconds</source>
        <translation>Toutes les &amp;5 secondes</translation>
    </message>
    <message>
        <source>Every &amp;15 seconds</source>
        <translation>Toutes les &amp;15 secondes</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>Toutes les &amp;minutes</translation>
    </message>
    <message>
        <source>Every 5 m&amp;inutes</source>
        <translation>Toutes les 5 m&amp;inutes</translation>
    </message>
    <message>
        <source>Status &amp;history…</source>
        <translation>&amp;Historique des statuts…</translation>
    </message>
    <message>
        <source>Every cloud&apos;s incidents and your operations, to filter and export</source>
        <translation>Les incidents de chaque cloud et vos opérations, à filtrer et exporter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Filter the allocations by any text they show, their URLs or ids</source>
        <translation>Filtrer les allocations par tout texte affiché, leurs URL ou leurs identifiants</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Connect the signed-in user&apos;s personal cloud</source>
        <translation>Connecter le cloud personnel de l’utilisateur identifié</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <source>Reconnect the selected cloud</source>
        <translation>Reconnecter le cloud sélectionné</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Disconnect the selected cloud</source>
        <translation>Déconnecter le cloud sélectionné</translation>
    </message>
    <message>
        <source>Co&amp;py personal URL</source>
        <translation>Co&amp;pier l’URL personnelle</translation>
    </message>
    <message>
        <source>Copy the selected cloud&apos;s personal URL to the clipboard</source>
        <translation>Copier l’URL personnelle du cloud sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the selected cloud&apos;s personal URL in the browser</source>
        <translation>Ouvrir l’URL personnelle du cloud sélectionné dans le navigateur</translation>
    </message>
    <message>
        <source>A cloud-side operation: a local Pieces OS does not implement it and answers with an error.</source>
        <translation>Une opération côté cloud&#xa0;: un Pieces OS local ne la prend pas en charge et répond par une erreur.</translation>
    </message>
    <message>
        <source>C&amp;reate allocation… (cloud-side)</source>
        <translation>C&amp;réer une allocation… (côté cloud)</translation>
    </message>
    <message>
        <source>De&amp;lete allocation… (cloud-side)</source>
        <translation>&amp;Supprimer l’allocation… (côté cloud)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the app&apos;s log files, to send with a report</source>
        <translation>Afficher les fichiers journaux de l’application, à joindre à un rapport</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copy versions, settings and recent errors (nothing of your profile) for a report</source>
        <translation>Copier les versions, les paramètres et les erreurs récentes pour un rapport (rien de votre profil)</translation>
    </message>
    <message>
        <source>&amp;About Pieces Allocations</source>
        <translation>À &amp;propos de Pieces Allocations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>Actualiser a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>&amp;Allocation</source>
        <translation>A&amp;llocation</translation>
    </message>
    <message>
        <source>Ad&amp;vanced (cloud-side)</source>
        <translation>A&amp;vancé (côté cloud)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>WORDING</name>
    <message>
        <source>Pieces OS is migrating its data</source>
        <translation>Pieces OS migre ses données</translation>
    </message>
    <message>
        <source>Pieces OS needs an update</source>
        <translation>Pieces OS doit être mis à jour</translation>
    </message>
    <message>
        <source>Looking for Pieces OS…</source>
        <translation>Recherche de Pieces OS…</translation>
    </message>
    <message>
        <source>Waiting for Pieces OS…</source>
        <translation>En attente de Pieces OS…</translation>
    </message>
    <message>
        <source>Reading the allocations…</source>
        <translation>Lecture des allocations…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>No personal cloud yet</source>
        <translation>Pas encore de cloud personnel</translation>
    </message>
    <message>
        <source>Nobody is signed in to Pieces OS</source>
        <translation>Personne n’est identifié dans Pieces OS</translation>
    </message>
    <message>
        <source>Pieces OS is not reachable</source>
        <translation>Pieces OS est injoignable</translation>
    </message>
    <message>
        <source>Pieces OS answers with an error</source>
        <translation>Pieces OS répond par une erreur</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Pieces OS: looking for it…</source>
        <translation>Pieces OS&#xa0;: recherche en cours…</translation>
    </message>
    <message>
        <source>Pieces OS: not found yet</source>
        <translation>Pieces OS&#xa0;: pas encore trouvé</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: not reachable</source>
        <translation>Pieces OS sur {url}&#xa0;: injoignable</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: answers with an error</source>
        <translation>Pieces OS sur {url}&#xa0;: répond par une erreur</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: needs an update</source>
        <translation>Pieces OS sur {url}&#xa0;: doit être mis à jour</translation>
    </message>
    <message>
        <source>Pieces OS at {url}: migrating its data</source>
        <translation>Pieces OS sur {url}&#xa0;: migre ses données</translation>
    </message>
    <message>
        <source>Pieces OS {version} at {url}</source>
        <translation>Pieces OS {version} sur {url}</translation>
    </message>
    <message>
        <source>Pieces OS at {url}</source>
        <translation>Pieces OS sur {url}</translation>
    </message>
    <message>
        <source>No system tray was found, so Pieces Allocations runs as a window. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Aucune zone de notification n’a été trouvée&#xa0;: Pieces Allocations fonctionne donc en fenêtre. Sous GNOME, l’extension AppIndicator ajoute une zone de notification.</translation>
    </message>
    <message>
        <source>Pieces Allocations keeps watching your cloud from the tray. Click the icon to open the window; choose Quit in its menu to stop.</source>
        <translation>Pieces Allocations continue de surveiller votre cloud depuis la zone de notification. Cliquez sur l’icône pour ouvrir la fenêtre&#x202f;; choisissez «&#xa0;Quitter&#xa0;» dans son menu pour l’arrêter.</translation>
    </message>
    <message>
        <source>Your personal cloud</source>
        <translation>Votre cloud personnel</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>son adresse</translation>
    </message>
    <message>
        <source>Personal cloud connected</source>
        <translation>Cloud personnel connecté</translation>
    </message>
    <message>
        <source>{url} is connected.</source>
        <translation>{url} est connecté.</translation>
    </message>
    <message>
        <source>Personal cloud failed</source>
        <translation>Échec du cloud personnel</translation>
    </message>
    <message>
        <source>{url} could not connect. Choose Reconnect in the tray menu to try again.</source>
        <translation>{url} n’a pas pu se connecter. Choisissez «&#xa0;Reconnecter&#xa0;» dans le menu de la zone de notification pour réessayer.</translation>
    </message>
    <message>
        <source>Personal cloud disconnected</source>
        <translation>Cloud personnel déconnecté</translation>
    </message>
    <message>
        <source>{url} was disconnected. Choose Reconnect in the tray menu to connect it again.</source>
        <translation>{url} a été déconnecté. Choisissez «&#xa0;Reconnecter&#xa0;» dans le menu de la zone de notification pour le reconnecter.</translation>
    </message>
    <message>
        <source>Pieces OS stopped</source>
        <translation>Pieces OS s’est arrêté</translation>
    </message>
    <message>
        <source>Pieces OS at {address} is not answering. Start Pieces OS; this app finds it again by itself.</source>
        <translation>Pieces OS sur {address} ne répond pas. Lancez Pieces OS&#x202f;; cette application le retrouvera d’elle-même.</translation>
    </message>
    <message>
        <source>Pieces OS is running again at {address}.</source>
        <translation>Pieces OS fonctionne de nouveau sur {address}.</translation>
    </message>
    <message>
        <source>Pieces OS is back</source>
        <translation>Pieces OS est de retour</translation>
    </message>
    <message>
        <source>{url} is connecting.</source>
        <translation>{url} est en cours de connexion.</translation>
    </message>
    <message>
        <source>{url} has failed: choose Reconnect in the tray menu.</source>
        <translation>{url} est en échec&#xa0;: choisissez «&#xa0;Reconnecter&#xa0;» dans le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>{url} is disconnected.</source>
        <translation>{url} est déconnecté.</translation>
    </message>
    <message>
        <source>The state of {url} is not known yet.</source>
        <translation>L’état de {url} n’est pas encore connu.</translation>
    </message>
</context>
</TS>
