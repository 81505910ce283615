<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AddItemsDialog</name>
        <message>
            <source>Add items to the agenda</source>
            <translation>Ajouter des points à l'ordre du jour</translation>
        </message>
        <message>
            <source>Filter requests</source>
            <translation>Filtrer les demandes</translation>
        </message>
        <message>
            <source>Reference, employer, job or region</source>
            <translation>Référence, employeur, emploi ou région</translation>
        </message>
        <message>
            <source>Pending requests</source>
            <translation>Demandes en attente</translation>
        </message>
        <message>
            <source>Space ticks a request; Enter adds the ticked ones.</source>
            <translation>Espace coche une demande ; Entrée ajoute les demandes cochées.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Ajouter à l'ordre du jour</translation>
        </message>
        <message>
            <source>Add the ticked requests to the agenda</source>
            <translation>Ajouter les demandes cochées à l'ordre du jour</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>%1 ticked · %2 of %3 shown</source>
            <translation>%1 cochée(s) · %2 sur %3 affichée(s)</translation>
        </message>
    </context>
    <context>
        <name>AgendaAdder</name>
        <message>
            <source>The secretary or the chair puts these requests on the agenda.</source>
            <translation>Le secrétariat ou la présidence inscrit ces demandes à l'ordre du jour.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Ajouter à l'ordre du jour</translation>
        </message>
        <message numerus="yes">
            <source>Added %n request(s) to the agenda of “{title}”.</source>
            <translation>
                <numerusform>%n demande ajoutée à l'ordre du jour de « {title} ».</numerusform>
                <numerusform>%n demandes ajoutées à l'ordre du jour de « {title} ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added:</source>
            <translation>Non ajoutées :</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Add to agenda</source>
            <translation>Ajouter à l'ordre du jour</translation>
        </message>
        <message numerus="yes">
            <source>Put %n request(s) on a meeting's agenda: {references}</source>
            <translation>
                <numerusform>Inscrire %n demande à l'ordre du jour d'une séance : {references}</numerusform>
                <numerusform>Inscrire %n demandes à l'ordre du jour d'une séance : {references}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Séance :</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>{title} — {date} ({status})</source>
            <translation>{title} — {date} ({status})</translation>
        </message>
        <message>
            <source>A new meeting…</source>
            <translation>Une nouvelle séance…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>e.g. Ordinary session 12/2026</source>
            <translation>p. ex. Session ordinaire 12/2026</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Ajouter à l'ordre du jour</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Voting open · %1 of %2 voted</source>
            <translation>Vote ouvert · %1 sur %2 ont voté</translation>
        </message>
        <message>
            <source>Decided: %1</source>
            <translation>Décidé : %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Enter your PIN to record the attendance.</source>
            <translation>Saisissez votre code PIN pour enregistrer les présences.</translation>
        </message>
        <message>
            <source>&amp;Everyone present</source>
            <translation>&amp;Tous présents</translation>
        </message>
        <message>
            <source>Mark everyone with a seat present</source>
            <translation>Marquer présents tous les titulaires d'un siège</translation>
        </message>
        <message>
            <source>Space ticks Present or Apologies (for an absent member only); type a time as HH:MM. The first change asks for the chair's PIN.</source>
            <translation>Espace coche Présent ou Excusé (pour un membre absent uniquement) ; saisissez une heure au format HH:MM. La première modification demande le code PIN de la présidence.</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Collège</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Time as HH:MM; ticking Present fills it in</source>
            <translation>Heure au format HH:MM ; cocher Présent la renseigne</translation>
        </message>
        <message>
            <source>Tick if the member sent apologies</source>
            <translation>Cochez si le membre s'est excusé</translation>
        </message>
        <message>
            <source>Apologies are for absent members: untick Present first.</source>
            <translation>L'excuse concerne les membres absents : décochez d'abord Présent.</translation>
        </message>
        <message>
            <source>alternate of %1</source>
            <translation>suppléant(e) de %1</translation>
        </message>
        <message>
            <source>no seat</source>
            <translation>sans siège</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, for example 09:30.</source>
            <translation>Saisissez l'heure au format HH:MM, par exemple 09:30.</translation>
        </message>
    </context>
    <context>
        <name>AttestationDialog</name>
        <message>
            <source>Attestations</source>
            <translation>Attestations</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Pas encore de réponse</translation>
        </message>
        <message>
            <source>Yes: the board attests it</source>
            <translation>Oui : la commission l'atteste</translation>
        </message>
        <message>
            <source>No: attestation refused</source>
            <translation>Non : attestation refusée</translation>
        </message>
        <message>
            <source>Enter your PIN to record the board's answers.</source>
            <translation>Saisissez votre code PIN pour enregistrer les réponses de la commission.</translation>
        </message>
        <message>
            <source>These gates count only once the board has answered them.</source>
            <translation>Ces contrôles ne comptent qu'une fois que la commission y a répondu.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Event {seq} was changed after it was written (it no longer matches its own hash).</source>
            <translation>L'événement {seq} a été modifié après son écriture (il ne correspond plus à sa propre empreinte).</translation>
        </message>
        <message>
            <source>Event {seq} was rewritten and its hash recomputed: the next event committed to another version.</source>
            <translation>L'événement {seq} a été réécrit et son empreinte recalculée : l'événement suivant garantissait une autre version.</translation>
        </message>
        <message>
            <source>The record up to event {seq} was rewritten: {source} commits to another hash for it.</source>
            <translation>Les archives jusqu'à l'événement {seq} ont été réécrites : {source} garantit une autre empreinte pour elles.</translation>
        </message>
        <message>
            <source>The record was cut short or rewritten: {source} commits to event {seq}, which is not there.</source>
            <translation>Les archives ont été tronquées ou réécrites : {source} garantit l'événement {seq}, qui est absent.</translation>
        </message>
        <message>
            <source>{table}, {key}: differs from its audit event (event {seq}).</source>
            <translation>{table}, {key} : diffère de son événement d'audit (événement {seq}).</translation>
        </message>
        <message>
            <source>{table}, {key}: no audit event vouches for it (written outside Tripartite).</source>
            <translation>{table}, {key} : aucun événement d'audit ne le garantit (écrit en dehors de Tripartite).</translation>
        </message>
        <message>
            <source>{table}, {key}: was deleted (its audit event {seq} remains).</source>
            <translation>{table}, {key} : a été supprimé (son événement d'audit {seq} subsiste).</translation>
        </message>
        <message>
            <source>Secret ballot of {key}: the votes differ from what the reveal committed to (event {seq}).</source>
            <translation>Scrutin secret de {key} : les votes diffèrent de ceux que le dépouillement a garantis (événement {seq}).</translation>
        </message>
        <message>
            <source>Secret ballot of {key}: the number of votes differs from the number of members who voted.</source>
            <translation>Scrutin secret de {key} : le nombre de votes diffère du nombre de membres ayant voté.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Every change to the board's record, and who made it. Nothing here shows how anyone voted.</source>
            <translation>Chaque modification des archives de la commission, et son auteur. Rien ici ne montre comment quiconque a voté.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>First day shown</source>
            <translation>Premier jour affiché</translation>
        </message>
        <message>
            <source>Search the log: a name, a reference, a word</source>
            <translation>Rechercher dans le journal : un nom, une référence, un mot</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>Rechercher dans le journal d'audit</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Qui :</translation>
        </message>
        <message>
            <source>&amp;Copy head</source>
            <translation>&amp;Copier la tête</translation>
        </message>
        <message>
            <source>The chair reads it into the record of the next meeting</source>
            <translation>La présidence en donne lecture au procès-verbal de la séance suivante</translation>
        </message>
        <message>
            <source>Ve&amp;rify record</source>
            <translation>&amp;Vérifier les archives</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Checking the record</source>
            <translation>Vérification des archives</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <source>What does not hold</source>
            <translation>Ce qui n'est pas conforme</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Head of the record: {head}</source>
            <translation>Tête des archives : {head}</translation>
        </message>
        <message>
            <source>Checking the record…</source>
            <translation>Vérification des archives…</translation>
        </message>
        <message>
            <source>Record intact: {events} events, head {head}; every table matches its events.</source>
            <translation>Archives intactes : {events} événements, tête {head} ; chaque table correspond à ses événements.</translation>
        </message>
        <message numerus="yes">
            <source>%n anchor(s) hold (signed minutes).</source>
            <translation>
                <numerusform>%n ancre vérifiée (procès-verbaux signés).</numerusform>
                <numerusform>%n ancres vérifiées (procès-verbaux signés).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The record was changed outside Tripartite: %n thing(s) do not hold. Do not rely on it until the board has looked into it.</source>
            <translation>
                <numerusform>Les archives ont été modifiées en dehors de Tripartite : %n élément n'est pas conforme. Ne vous y fiez pas tant que la commission ne l'a pas examiné.</numerusform>
                <numerusform>Les archives ont été modifiées en dehors de Tripartite : %n éléments ne sont pas conformes. Ne vous y fiez pas tant que la commission ne les a pas examinés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message>
            <source>The check could not run: {error}</source>
            <translation>La vérification n'a pas pu s'exécuter : {error}</translation>
        </message>
    </context>
    <context>
        <name>AuditWords</name>
        <message>
            <source>Members and PINs</source>
            <translation>Membres et codes PIN</translation>
        </message>
        <message>
            <source>Board settings and certificates</source>
            <translation>Paramètres de la commission et certificats</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>Meetings and votes</source>
            <translation>Séances et votes</translation>
        </message>
        <message>
            <source>Minutes and signatures</source>
            <translation>Procès-verbaux et signatures</translation>
        </message>
        <message>
            <source>Follow-up of conditions</source>
            <translation>Suivi des conditions</translation>
        </message>
        <message>
            <source>The record itself</source>
            <translation>Les archives elles-mêmes</translation>
        </message>
        <message>
            <source>Created the board “{name}” with {count} members</source>
            <translation>Création de la commission « {name} » avec {count} membres</translation>
        </message>
        <message>
            <source>Changed the board's settings: {changes}</source>
            <translation>Modification des paramètres de la commission : {changes}</translation>
        </message>
        <message>
            <source>Changed the shortage list: {changes}</source>
            <translation>Modification de la liste des métiers en tension : {changes}</translation>
        </message>
        <message>
            <source>Changed who signs the minutes: {after}</source>
            <translation>Modification des signataires des procès-verbaux : {after}</translation>
        </message>
        <message>
            <source>Changed the criteria weights: {changes}</source>
            <translation>Modification des poids des critères : {changes}</translation>
        </message>
        <message>
            <source>Added {member} to the board</source>
            <translation>Ajout de {member} à la commission</translation>
        </message>
        <message>
            <source>Changed {member}: {changes}</source>
            <translation>Modification de {member} : {changes}</translation>
        </message>
        <message>
            <source>Set the first PIN of {member}</source>
            <translation>Définition du premier code PIN de {member}</translation>
        </message>
        <message>
            <source>Reset the forgotten PIN of {member}</source>
            <translation>Réinitialisation du code PIN oublié de {member}</translation>
        </message>
        <message>
            <source>{member} changed their own PIN</source>
            <translation>{member} a changé son propre code PIN</translation>
        </message>
        <message>
            <source>A wrong PIN for {member} ({failures} in a row)</source>
            <translation>Code PIN erroné pour {member} ({failures} de suite)</translation>
        </message>
        <message>
            <source>{member} locked out for {seconds} s after wrong PINs</source>
            <translation>{member} bloqué(e) pendant {seconds} s après des codes PIN erronés</translation>
        </message>
        <message>
            <source>{member} unlocked with their PIN ({changes})</source>
            <translation>{member} déverrouillé(e) avec son code PIN ({changes})</translation>
        </message>
        <message>
            <source>Gave the sample board its published demo PINs</source>
            <translation>Attribution à la commission d'exemple de ses codes PIN de démonstration publiés</translation>
        </message>
        <message>
            <source>Created the meeting {meeting}</source>
            <translation>Création de la séance {meeting}</translation>
        </message>
        <message>
            <source>Opened {meeting}, presided by {presiding}</source>
            <translation>Ouverture de {meeting}, présidée par {presiding}</translation>
        </message>
        <message>
            <source>Named {presiding} to preside over {meeting}</source>
            <translation>Désignation de {presiding} pour présider {meeting}</translation>
        </message>
        <message>
            <source>Closed {meeting}</source>
            <translation>Clôture de {meeting}</translation>
        </message>
        <message>
            <source>Opened {meeting} to amend {amends}</source>
            <translation>Ouverture de {meeting} pour modifier {amends}</translation>
        </message>
        <message>
            <source>Recorded {meeting} from the file {file}</source>
            <translation>Enregistrement de {meeting} à partir du fichier {file}</translation>
        </message>
        <message>
            <source>{member}: {state} at {meeting}</source>
            <translation>{member} : {state} à {meeting}</translation>
        </message>
        <message>
            <source>Put {request} on the agenda of {meeting}</source>
            <translation>Inscription de {request} à l'ordre du jour de {meeting}</translation>
        </message>
        <message>
            <source>{member} recused from {request}: “{reason}”</source>
            <translation>{member} s'est récusé(e) pour {request} : « {reason} »</translation>
        </message>
        <message>
            <source>Answered gate {gate} for {request}: {answer}</source>
            <translation>Réponse au contrôle {gate} pour {request} : {answer}</translation>
        </message>
        <message>
            <source>Took back the answer to gate {gate} for {request}</source>
            <translation>Retrait de la réponse au contrôle {gate} pour {request}</translation>
        </message>
        <message>
            <source>{request} not decided: no quorum</source>
            <translation>{request} non décidée : quorum non atteint</translation>
        </message>
        <message>
            <source>Put motion {round} on {request}: {outcome}</source>
            <translation>Proposition de la motion {round} sur {request} : {outcome}</translation>
        </message>
        <message>
            <source>Opened the vote on motion {round} on {request}</source>
            <translation>Ouverture du vote sur la motion {round} relative à {request}</translation>
        </message>
        <message>
            <source>{member} cast a ballot on motion {round} on {request}</source>
            <translation>{member} a déposé son bulletin sur la motion {round} relative à {request}</translation>
        </message>
        <message>
            <source>Revealed motion {round} on {request}: {result}</source>
            <translation>Dépouillement de la motion {round} relative à {request} : {result}</translation>
        </message>
        <message>
            <source>Decision on {request}: {outcome}</source>
            <translation>Décision sur {request} : {outcome}</translation>
        </message>
        <message>
            <source>{member} filed a written dissent on {request}</source>
            <translation>{member} a déposé une opinion dissidente écrite sur {request}</translation>
        </message>
        <message>
            <source>{member} scored {request} on {criteria}</source>
            <translation>{member} a noté {request} sur {criteria}</translation>
        </message>
        <message>
            <source>Imported {count} requests from {file}</source>
            <translation>Importation de {count} demandes depuis {file}</translation>
        </message>
        <message>
            <source>Entered the request {request}</source>
            <translation>Saisie de la demande {request}</translation>
        </message>
        <message>
            <source>Edited the request {request}: {changes}</source>
            <translation>Modification de la demande {request} : {changes}</translation>
        </message>
        <message>
            <source>Built the minutes of {meeting}</source>
            <translation>Établissement du procès-verbal de {meeting}</translation>
        </message>
        <message>
            <source>{signer} signed the minutes of {meeting} as {role}</source>
            <translation>{signer} a signé le procès-verbal de {meeting} en qualité de {role}</translation>
        </message>
        <message>
            <source>Every signatory signed: {meeting} is final</source>
            <translation>Tous les signataires ont signé : {meeting} est définitif</translation>
        </message>
        <message>
            <source>Filed evidence for follow-up record {followup} of {request}</source>
            <translation>A déposé des justificatifs pour le dossier de suivi {followup} de {request}</translation>
        </message>
        <message>
            <source>Follow-up record {followup} of {request}: verified</source>
            <translation>Dossier de suivi {followup} de {request} : vérifié</translation>
        </message>
        <message>
            <source>Follow-up record {followup} of {request}: breached</source>
            <translation>Dossier de suivi {followup} de {request} : manquement constaté</translation>
        </message>
        <message>
            <source>Opened the follow-up register for the conditions of earlier decisions</source>
            <translation>A ouvert le registre de suivi des conditions des décisions antérieures</translation>
        </message>
        <message>
            <source>Trusted the certificate of {subject} for {member}, {role}</source>
            <translation>Confiance accordée au certificat de {subject} pour {member}, {role}</translation>
        </message>
        <message>
            <source>Stopped trusting the certificate of {subject}</source>
            <translation>Confiance retirée au certificat de {subject}</translation>
        </message>
        <message>
            <source>The record began to vouch for every table (rows written before it are taken as they were)</source>
            <translation>Les archives garantissent désormais chaque table (les lignes écrites auparavant sont reprises telles quelles)</translation>
        </message>
        <message>
            <source>An action of a later version ({action})</source>
            <translation>Une action d'une version ultérieure ({action})</translation>
        </message>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
        <message>
            <source>Command line (for the secretary)</source>
            <translation>Ligne de commande (pour le secrétariat)</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} et {second}</translation>
        </message>
        <message>
            <source>{name} (signing key)</source>
            <translation>{name} (clé de signature)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>présent(e)</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent(e)</translation>
        </message>
        <message>
            <source>absent with apologies</source>
            <translation>excusé(e)</translation>
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
            <source>adopted</source>
            <translation>adoptée</translation>
        </message>
        <message>
            <source>not adopted</source>
            <translation>non adoptée</translation>
        </message>
        <message>
            <source>added {codes}</source>
            <translation>ajout de {codes}</translation>
        </message>
        <message>
            <source>removed {codes}</source>
            <translation>retrait de {codes}</translation>
        </message>
        <message>
            <source>wrong tries forgotten</source>
            <translation>essais erronés oubliés</translation>
        </message>
        <message>
            <source>PIN hash renewed</source>
            <translation>empreinte du code PIN renouvelée</translation>
        </message>
        <message>
            <source>told of the reset</source>
            <translation>informé(e) de la réinitialisation</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>legal basis</source>
            <translation>base juridique</translation>
        </message>
        <message>
            <source>authority</source>
            <translation>autorité</translation>
        </message>
        <message>
            <source>decision rule</source>
            <translation>règle de décision</translation>
        </message>
        <message>
            <source>groups required</source>
            <translation>collèges requis</translation>
        </message>
        <message>
            <source>qualified fraction</source>
            <translation>fraction qualifiée</translation>
        </message>
        <message>
            <source>consensus fallback</source>
            <translation>règle subsidiaire au consensus</translation>
        </message>
        <message>
            <source>casting vote</source>
            <translation>voix prépondérante</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>quorum</translation>
        </message>
        <message>
            <source>ballot</source>
            <translation>scrutin</translation>
        </message>
        <message>
            <source>secretary votes</source>
            <translation>vote du secrétaire</translation>
        </message>
        <message>
            <source>statutory minimum wage</source>
            <translation>salaire minimum légal</translation>
        </message>
        <message>
            <source>reliance cap</source>
            <translation>plafond de dépendance</translation>
        </message>
        <message>
            <source>language of the minutes</source>
            <translation>langue des procès-verbaux</translation>
        </message>
        <message>
            <source>constituency</source>
            <translation>collège</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>holds a seat</source>
            <translation>titulaire d'un siège</translation>
        </message>
        <message>
            <source>alternate of</source>
            <translation>suppléant(e) de</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
    </context>
    <context>
        <name>BallotModel</name>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Collège</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Explanation of vote</source>
            <translation>Explication de vote</translation>
        </message>
    </context>
    <context>
        <name>BoardTab</name>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>La présidence ou le secrétariat confirme la modification.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Every change here is recorded in the audit log, with who made it and when. Meetings keep the rules and criteria they started with.</source>
            <translation>Chaque modification ici est consignée au journal d'audit, avec son auteur et sa date. Les séances conservent les règles et critères en vigueur à leur début.</translation>
        </message>
        <message>
            <source>Board settings sections</source>
            <translation>Sections des paramètres de la commission</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Membres</translation>
        </message>
        <message>
            <source>&amp;Rules of procedure</source>
            <translation>&amp;Règlement intérieur</translation>
        </message>
        <message>
            <source>Criteria &amp;weights</source>
            <translation>&amp;Poids des critères</translation>
        </message>
        <message>
            <source>Shortage &amp;list</source>
            <translation>&amp;Liste des métiers en tension</translation>
        </message>
        <message>
            <source>Si&amp;gnatories</source>
            <translation>Si&amp;gnataires</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;This database has no board yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Load the sample board when the app starts with an empty database, or create a board with &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Cette base de données n'a pas encore de commission.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chargez la commission d'exemple lorsque l'application démarre avec une base vide, ou créez une commission avec &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Board settings — {name}</source>
            <translation>Paramètres de la commission — {name}</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Default criteria catalogue</source>
            <translation>Catalogue de critères par défaut</translation>
        </message>
        <message>
            <source>Wage floor</source>
            <translation>Plancher salarial</translation>
        </message>
        <message>
            <source>The wage offered is at least the prevailing wage for the job and region, and at least the statutory minimum wage.</source>
            <translation>Le salaire offert est au moins égal au salaire de référence pour l'emploi et la région, et au moins égal au salaire minimum légal.</translation>
        </message>
        <message>
            <source>No labour dispute</source>
            <translation>Absence de conflit du travail</translation>
        </message>
        <message>
            <source>No strike or lockout is under way at the workplace in the occupation.</source>
            <translation>Aucune grève ni aucun lock-out n'est en cours sur le lieu de travail dans la profession.</translation>
        </message>
        <message>
            <source>Labour-market test</source>
            <translation>Test du marché du travail</translation>
        </message>
        <message>
            <source>The occupation is on the shortage list, or the vacancy was advertised for at least the required number of days.</source>
            <translation>La profession est inscrite sur la liste des métiers en tension, ou l'offre d'emploi a été publiée pendant au moins le nombre de jours requis.</translation>
        </message>
        <message>
            <source>No displacement</source>
            <translation>Absence d'éviction de travailleurs locaux</translation>
        </message>
        <message>
            <source>No local worker in the occupation was laid off at the site in the last 12 months.</source>
            <translation>Aucun travailleur local de la profession n'a été licencié sur le site au cours des 12 derniers mois.</translation>
        </message>
        <message>
            <source>Compliance record</source>
            <translation>Antécédents de conformité</translation>
        </message>
        <message>
            <source>No labour-law violation was recorded against the employer in the last 3 years.</source>
            <translation>Aucune infraction au droit du travail n'a été constatée à l'encontre de l'employeur au cours des 3 dernières années.</translation>
        </message>
        <message>
            <source>Genuine offer</source>
            <translation>Offre réelle</translation>
        </message>
        <message>
            <source>The business is active, the need matches its operations and it can pay the wages (attested by a member).</source>
            <translation>L'entreprise est en activité, le besoin correspond à ses activités et elle peut payer les salaires (attesté par un membre).</translation>
        </message>
        <message>
            <source>Equal treatment and social security</source>
            <translation>Égalité de traitement et sécurité sociale</translation>
        </message>
        <message>
            <source>The contract gives equal pay and conditions with nationals, and enrols the workers in social security (attested by a member).</source>
            <translation>Le contrat garantit l'égalité de rémunération et de conditions avec les nationaux, et affilie les travailleurs à la sécurité sociale (attesté par un membre).</translation>
        </message>
        <message>
            <source>No recruitment fees</source>
            <translation>Absence de frais de recrutement</translation>
        </message>
        <message>
            <source>No recruitment fee or cost is charged to the workers.</source>
            <translation>Aucun frais ni coût de recrutement n'est facturé aux travailleurs.</translation>
        </message>
        <message>
            <source>Reliance cap</source>
            <translation>Plafond de dépendance</translation>
        </message>
        <message>
            <source>After admission, foreign workers would be at most the cap's share of the firm's workforce.</source>
            <translation>Après l'admission, les travailleurs étrangers représenteraient au plus la part de l'effectif de l'entreprise fixée par le plafond.</translation>
        </message>
        <message>
            <source>Shortage evidence</source>
            <translation>Preuve de pénurie</translation>
        </message>
        <message>
            <source>20 if the occupation is on the shortage list; 10 if the vacancy was advertised long enough and no local was hired; else 0.</source>
            <translation>20 si la profession est inscrite sur la liste des métiers en tension ; 10 si l'offre a été publiée assez longtemps et qu'aucun travailleur local n'a été embauché ; sinon 0.</translation>
        </message>
        <message>
            <source>Skill level and qualification match</source>
            <translation>Adéquation du niveau de compétence et des qualifications</translation>
        </message>
        <message>
            <source>The workers' skill level and qualifications match the job (member judgement).</source>
            <translation>Le niveau de compétence et les qualifications des travailleurs correspondent à l'emploi (appréciation des membres).</translation>
        </message>
        <message>
            <source>Skills and knowledge transfer</source>
            <translation>Transfert de compétences et de connaissances</translation>
        </message>
        <message>
            <source>Local trainees per foreign worker: 20 at or above the upper threshold, 10 above the lower, else 0.</source>
            <translation>Stagiaires locaux par travailleur étranger : 20 au seuil supérieur ou au-delà, 10 au-dessus du seuil inférieur, sinon 0.</translation>
        </message>
        <message>
            <source>Local job creation or retention</source>
            <translation>Création ou maintien d'emplois locaux</translation>
        </message>
        <message>
            <source>Local jobs created per foreign worker: 20 at or above the upper threshold, 10 above the lower, else 0.</source>
            <translation>Emplois locaux créés par travailleur étranger : 20 au seuil supérieur ou au-delà, 10 au-dessus du seuil inférieur, sinon 0.</translation>
        </message>
        <message>
            <source>Strategic value and alternatives considered</source>
            <translation>Valeur stratégique et solutions de rechange envisagées</translation>
        </message>
        <message>
            <source>The hire serves a strategic need and alternatives (pay, training, automation) were considered (member judgement).</source>
            <translation>Le recrutement répond à un besoin stratégique et des solutions de rechange (salaire, formation, automatisation) ont été envisagées (appréciation des membres).</translation>
        </message>
        <message>
            <source>Wage level against local wages</source>
            <translation>Niveau de salaire par rapport aux salaires locaux</translation>
        </message>
        <message>
            <source>Wage offered over prevailing wage: 20 at or above the upper threshold, 10 at or above the lower, else 0.</source>
            <translation>Rapport entre le salaire offert et le salaire de référence : 20 au seuil supérieur ou au-delà, 10 au seuil inférieur ou au-delà, sinon 0.</translation>
        </message>
        <message>
            <source>Local labour-market slack</source>
            <translation>Disponibilité de main-d'œuvre locale</translation>
        </message>
        <message>
            <source>Regional unemployment and unemployed per vacancy in the occupation (member judgement on regional data).</source>
            <translation>Chômage régional et nombre de chômeurs par offre d'emploi dans la profession (appréciation des membres sur les données régionales).</translation>
        </message>
        <message>
            <source>Quality of local recruitment</source>
            <translation>Qualité du recrutement local</translation>
        </message>
        <message>
            <source>20 if advertised long enough on at least the required channels; 10 if advertised at least the shorter period; else 0.</source>
            <translation>20 si l'offre a été publiée assez longtemps sur au moins les canaux requis ; 10 si elle a été publiée au moins pendant la période plus courte ; sinon 0.</translation>
        </message>
        <message>
            <source>Reliance on foreign labour</source>
            <translation>Dépendance à la main-d'œuvre étrangère</translation>
        </message>
        <message>
            <source>Share of foreign workers after admission: 20 at or below the lower threshold, 10 at or below the upper, else 0.</source>
            <translation>Part des travailleurs étrangers après l'admission : 20 au seuil inférieur ou en deçà, 10 au seuil supérieur ou en deçà, sinon 0.</translation>
        </message>
        <message>
            <source>Working conditions and safety</source>
            <translation>Conditions de travail et sécurité</translation>
        </message>
        <message>
            <source>Safety record, hours and conditions at the workplace (member judgement).</source>
            <translation>Antécédents en matière de sécurité, horaires et conditions sur le lieu de travail (appréciation des membres).</translation>
        </message>
        <message>
            <source>Track record, past commitments kept</source>
            <translation>Antécédents, respect des engagements passés</translation>
        </message>
        <message>
            <source>Whether the employer kept the commitments of earlier approvals (member judgement).</source>
            <translation>Respect par l'employeur des engagements pris lors d'approbations antérieures (appréciation des membres).</translation>
        </message>
        <message>
            <source>Integration support package</source>
            <translation>Dispositif d'aide à l'intégration</translation>
        </message>
        <message>
            <source>Items offered (language course, orientation, health information, family support, skills recognition): 20 for 4 or more, 10 for 2-3, else 0.</source>
            <translation>Éléments proposés (cours de langue, orientation, information sanitaire, soutien familial, reconnaissance des compétences) : 20 pour 4 ou plus, 10 pour 2-3, sinon 0.</translation>
        </message>
        <message>
            <source>Housing standard and cost</source>
            <translation>Norme et coût du logement</translation>
        </message>
        <message>
            <source>20 if housing is provided and inspected; 10 if provided; else 0.</source>
            <translation>20 si un logement est fourni et inspecté ; 10 s'il est fourni ; sinon 0.</translation>
        </message>
        <message>
            <source>Inclusion of under-represented locals</source>
            <translation>Inclusion de groupes locaux sous-représentés</translation>
        </message>
        <message>
            <source>Targeted recruitment of under-represented local groups, with hires (member judgement).</source>
            <translation>Recrutement ciblé de groupes locaux sous-représentés, avec des embauches effectives (appréciation des membres).</translation>
        </message>
        <message>
            <source>Fair recruitment and pre-departure information</source>
            <translation>Recrutement équitable et information avant le départ</translation>
        </message>
        <message>
            <source>Licensed or public recruitment channel, information in the worker's language, contract before departure (member judgement).</source>
            <translation>Canal de recrutement agréé ou public, information dans la langue du travailleur, contrat avant le départ (appréciation des membres).</translation>
        </message>
        <message>
            <source>Development impact and return</source>
            <translation>Effets sur le développement et retour</translation>
        </message>
        <message>
            <source>Skills usable at home, portable savings or social security, return support (member judgement).</source>
            <translation>Compétences utilisables dans le pays d'origine, épargne ou droits de sécurité sociale transférables, aide au retour (appréciation des membres).</translation>
        </message>
        <message>
            <source>Community and regional cohesion</source>
            <translation>Cohésion locale et régionale</translation>
        </message>
        <message>
            <source>Work in a priority or depopulating region, and a balanced workforce (member judgement).</source>
            <translation>Travail dans une région prioritaire ou en voie de dépeuplement, et effectifs équilibrés (appréciation des membres).</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>no box</source>
            <translation>aucune case</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (expiré)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Signs the box of</source>
            <translation>Signe la case de</translation>
        </message>
        <message>
            <source>Name in the certificate</source>
            <translation>Nom dans le certificat</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation>Empreinte (SHA-256)</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expiration</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Add a signer's certificate</source>
            <translation>Ajouter le certificat d'un signataire</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>Certificats de confiance</translation>
        </message>
        <message>
            <source>A signature on the minutes counts only if its certificate is listed here for the box it signs. Add a member's certificate only when you know it is theirs (from the member, in person). Each change needs the chair's or the secretary's PIN.</source>
            <translation>Une signature du procès-verbal ne compte que si son certificat figure ici pour la case qu'elle signe. N'ajoutez le certificat d'un membre que si vous savez qu'il est le sien (remis par le membre, en personne). Chaque modification exige le code PIN de la présidence ou du secrétariat.</translation>
        </message>
        <message>
            <source>The board trusts no certificate yet: no signature can be verified against the board's store.</source>
            <translation>La commission ne fait encore confiance à aucun certificat : aucune signature ne peut être vérifiée auprès du magasin de la commission.</translation>
        </message>
        <message>
            <source>&amp;Remove the selected certificate…</source>
            <translation>&amp;Retirer le certificat sélectionné…</translation>
        </message>
        <message>
            <source>Add a certificate</source>
            <translation>Ajouter un certificat</translation>
        </message>
        <message>
            <source>a .pem, .crt, .cer or .der file</source>
            <translation>un fichier .pem, .crt, .cer ou .der</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>Signs the &amp;box of:</source>
            <translation>Signe la &amp;case de :</translation>
        </message>
        <message>
            <source>Certificate of %1 (fingerprint %2).</source>
            <translation>Certificat de %1 (empreinte %2).</translation>
        </message>
        <message>
            <source>Choose the certificate file first (Browse…).</source>
            <translation>Choisissez d'abord le fichier du certificat (Parcourir…).</translation>
        </message>
        <message>
            <source>Confirm with your PIN that the board trusts this certificate for %1, in the %2 box.</source>
            <translation>Confirmez avec votre code PIN que la commission fait confiance à ce certificat pour %1, dans la case %2.</translation>
        </message>
        <message>
            <source>Select the certificate to remove in the list first.</source>
            <translation>Sélectionnez d'abord dans la liste le certificat à retirer.</translation>
        </message>
        <message>
            <source>Confirm with your PIN that the board no longer trusts this certificate of %1. Minutes it signed will no longer verify against the board's store.</source>
            <translation>Confirmez avec votre code PIN que la commission ne fait plus confiance à ce certificat de %1. Les procès-verbaux qu'il a signés ne seront plus vérifiés auprès du magasin de la commission.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>The board has neither a chair nor a secretary to confirm this change.</source>
            <translation>La commission n'a ni président(e) ni secrétaire pour confirmer cette modification.</translation>
        </message>
        <message>
            <source>The board now trusts the certificate of %1 for the %2 box.</source>
            <translation>La commission fait désormais confiance au certificat de %1 pour la case %2.</translation>
        </message>
        <message>
            <source>The board no longer trusts the certificate of %1.</source>
            <translation>La commission ne fait plus confiance au certificat de %1.</translation>
        </message>
    </context>
    <context>
        <name>ChairBar</name>
        <message>
            <source>Chair's bar</source>
            <translation>Barre de la présidence</translation>
        </message>
        <message>
            <source>Who presides</source>
            <translation>Qui préside</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Atten&amp;dance…</source>
            <translation>Présence&amp;s…</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Re&amp;cusals…</source>
            <translation>Ré&amp;cusations…</translation>
        </message>
        <message>
            <source>Recusals</source>
            <translation>Récusations</translation>
        </message>
        <message>
            <source>&amp;Attestations…</source>
            <translation>&amp;Attestations…</translation>
        </message>
        <message>
            <source>Attestations G6 and G7</source>
            <translation>Attestations G6 et G7</translation>
        </message>
        <message>
            <source>C&amp;lose meeting…</source>
            <translation>C&amp;lore la séance…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Clore la séance</translation>
        </message>
        <message>
            <source>Stand-i&amp;n…</source>
            <translation>Suppléa&amp;nce…</translation>
        </message>
        <message>
            <source>Who presides over this meeting</source>
            <translation>Qui préside cette séance</translation>
        </message>
        <message>
            <source>When the chair cannot attend, name who presides (before the meeting opens)</source>
            <translation>Si la présidence ne peut siéger, désignez qui préside (avant l'ouverture de la séance)</translation>
        </message>
        <message>
            <source>Ex&amp;port minutes…</source>
            <translation>Ex&amp;porter le procès-verbal…</translation>
        </message>
        <message>
            <source>Export the minutes</source>
            <translation>Exporter le procès-verbal</translation>
        </message>
        <message>
            <source>Motion:</source>
            <translation>Motion :</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Motion</translation>
        </message>
        <message>
            <source>M&amp;otion…</source>
            <translation>M&amp;otion…</translation>
        </message>
        <message>
            <source>Edit the motion</source>
            <translation>Modifier la motion</translation>
        </message>
        <message>
            <source>Open vo&amp;te…</source>
            <translation>Ouvrir le vo&amp;te…</translation>
        </message>
        <message>
            <source>Open the vote</source>
            <translation>Ouvrir le vote</translation>
        </message>
        <message>
            <source>Minute: no &amp;quorum</source>
            <translation>Consigner : pas de &amp;quorum</translation>
        </message>
        <message>
            <source>Minute the item as not decided for want of quorum</source>
            <translation>Consigner le point comme non décidé faute de quorum</translation>
        </message>
        <message>
            <source>&amp;Reveal result…</source>
            <translation>P&amp;roclamer le résultat…</translation>
        </message>
        <message>
            <source>Reveal the result</source>
            <translation>Proclamer le résultat</translation>
        </message>
        <message>
            <source>Ne&amp;xt item</source>
            <translation>Point sui&amp;vant</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Point suivant</translation>
        </message>
        <message>
            <source>Close vote and &amp;reveal…</source>
            <translation>Clore le vote et p&amp;roclamer…</translation>
        </message>
        <message>
            <source>No quorum: this item cannot be voted.</source>
            <translation>Quorum non atteint : ce point ne peut pas être mis aux voix.</translation>
        </message>
        <message>
            <source>Put the motion to the vote (the presiding member's PIN)</source>
            <translation>Mettre la motion aux voix (code PIN du membre qui préside)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Président(e)</translation>
        </message>
        <message>
            <source>The chair is not marked present: Stand-in… names who presides.</source>
            <translation>La présidence n'est pas marquée présente : Suppléance… désigne qui préside.</translation>
        </message>
        <message>
            <source>Select an agenda item.</source>
            <translation>Sélectionnez un point de l'ordre du jour.</translation>
        </message>
        <message>
            <source>Minuted as not decided: no quorum.</source>
            <translation>Consigné comme non décidé : quorum non atteint.</translation>
        </message>
        <message numerus="yes">
            <source>%n recused.</source>
            <translation>
                <numerusform>%n membre récusé.</numerusform>
                <numerusform>%n membres récusés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Round %1, voting:</source>
            <translation>Tour %1, vote en cours :</translation>
        </message>
        <message>
            <source>Round %1, revealed:</source>
            <translation>Tour %1, dépouillé :</translation>
        </message>
        <message>
            <source>edit a new motion for another round</source>
            <translation>rédigez une nouvelle motion pour un autre tour</translation>
        </message>
        <message>
            <source>Enter your PIN to put this motion to the vote.</source>
            <translation>Saisissez votre code PIN pour mettre cette motion aux voix.</translation>
        </message>
        <message>
            <source>The genuineness and equal-treatment gates are not assessed for this item. Open the vote anyway?</source>
            <translation>Les contrôles d'authenticité et d'égalité de traitement ne sont pas évalués pour ce point. Ouvrir le vote quand même ?</translation>
        </message>
        <message>
            <source>The gate %1 is not assessed for this item. Open the vote anyway?</source>
            <translation>Le contrôle %1 n'est pas évalué pour ce point. Ouvrir le vote quand même ?</translation>
        </message>
        <message>
            <source>The chair records the board's answers with Attestations….</source>
            <translation>La présidence enregistre les réponses de la commission avec Attestations….</translation>
        </message>
        <message>
            <source>Gates not assessed</source>
            <translation>Contrôles non évalués</translation>
        </message>
        <message>
            <source>Not everyone has voted. Not yet voted: %1.

Close the vote now? They will not vote.</source>
            <translation>Tout le monde n'a pas voté. N'ont pas encore voté : %1.

Clore le vote maintenant ? Ces membres ne voteront pas.</translation>
        </message>
        <message>
            <source>Close the vote</source>
            <translation>Clore le vote</translation>
        </message>
        <message>
            <source>Enter your PIN to close the vote and reveal the result.</source>
            <translation>Saisissez votre code PIN pour clore le vote et proclamer le résultat.</translation>
        </message>
        <message>
            <source>Enter your PIN to reveal the result.</source>
            <translation>Saisissez votre code PIN pour proclamer le résultat.</translation>
        </message>
        <message>
            <source>No quorum</source>
            <translation>Quorum non atteint</translation>
        </message>
        <message>
            <source>Minute this item as not decided for want of quorum?</source>
            <translation>Consigner ce point comme non décidé faute de quorum ?</translation>
        </message>
        <message>
            <source>Enter your PIN to minute this item as not decided (no quorum).</source>
            <translation>Saisissez votre code PIN pour consigner ce point comme non décidé (quorum non atteint).</translation>
        </message>
        <message>
            <source>Close the meeting? Items not decided stay on the agenda; written dissents may follow for 48 hours.</source>
            <translation>Clore la séance ? Les points non décidés restent à l'ordre du jour ; des opinions dissidentes écrites peuvent être déposées pendant 48 heures.</translation>
        </message>
        <message>
            <source>Enter your PIN to close the meeting.</source>
            <translation>Saisissez votre code PIN pour clore la séance.</translation>
        </message>
    </context>
    <context>
        <name>ChairPin</name>
        <message>
            <source>Presiding: %1 (stand-in for the chair)</source>
            <translation>Préside : %1 (suppléance à la présidence)</translation>
        </message>
        <message>
            <source>Presiding: %1 (chair)</source>
            <translation>Préside : %1 (présidence)</translation>
        </message>
        <message>
            <source>The board has no chair: set one in the board settings.</source>
            <translation>La commission n'a pas de président(e) : désignez la présidence dans les paramètres de la commission.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>Stand-in's PIN</source>
            <translation>Code PIN de la suppléance</translation>
        </message>
        <message>
            <source>Chair's PIN</source>
            <translation>Code PIN de la présidence</translation>
        </message>
    </context>
    <context>
        <name>ColumnsMenu</name>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Colonnes</translation>
        </message>
    </context>
    <context>
        <name>ConditionEditor</name>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the condition %1</source>
            <translation>Retirer la condition %1</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>A une échéance</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Date d'échéance</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Verification note</source>
            <translation>Note de vérification</translation>
        </message>
        <message>
            <source>How compliance will be checked (optional)</source>
            <translation>Comment le respect sera vérifié (facultatif)</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
    </context>
    <context>
        <name>ConstituencyPane</name>
        <message>
            <source>Unlock Government…</source>
            <translation>Déverrouiller Gouvernement…</translation>
        </message>
        <message>
            <source>Unlock Employers…</source>
            <translation>Déverrouiller Employeurs…</translation>
        </message>
        <message>
            <source>Unlock Unions…</source>
            <translation>Déverrouiller Syndicats…</translation>
        </message>
        <message>
            <source>%1 pane</source>
            <extracomment>Seconds without activity after which an unlocked pane locks itself. The last seconds, counted down on screen. Milliseconds per idle tick (tests stretch it and call :meth:`_on_idle_timeout` themselves).</extracomment>
            <translation>Volet %1</translation>
        </message>
        <message>
            <source>%1: members present</source>
            <translation>%1 : membres présents</translation>
        </message>
        <message>
            <source>Unlock the %1 pane</source>
            <translation>Déverrouiller le volet %1</translation>
        </message>
        <message>
            <source>Unlock the %1 pane with a member's PIN (%2)</source>
            <translation>Déverrouiller le volet %1 avec le code PIN d'un membre (%2)</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Déverrouiller…</translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n présent</numerusform>
                <numerusform>%n présents</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 voted</source>
            <translation>%1 sur %2 ont voté</translation>
        </message>
        <message>
            <source>The pane opens when the vote on the motion opens.</source>
            <translation>Le volet s'ouvre à l'ouverture du vote sur la motion.</translation>
        </message>
        <message>
            <source>No member of this group is entitled on this item.</source>
            <translation>Aucun membre de ce collège n'a le droit de vote sur ce point.</translation>
        </message>
        <message>
            <source>Everyone in this group has voted.</source>
            <translation>Tous les membres de ce collège ont voté.</translation>
        </message>
        <message>
            <source>Select your name, then unlock with your PIN (%1).</source>
            <translation>Sélectionnez votre nom, puis déverrouillez avec votre code PIN (%1).</translation>
        </message>
        <message>
            <source>%1: choose your name and enter your PIN to open your private ballot.</source>
            <translation>%1 : choisissez votre nom et saisissez votre code PIN pour ouvrir votre bulletin personnel.</translation>
        </message>
        <message>
            <source>Choose For, Against or Abstain first.</source>
            <translation>Choisissez d'abord Pour, Contre ou Abstention.</translation>
        </message>
        <message>
            <source>A comment is required where your score departs from the data: %1.</source>
            <translation>Un commentaire est requis lorsque votre note s'écarte des données : %1.</translation>
        </message>
    </context>
    <context>
        <name>CriterionTableModel</name>
        <message>
            <source>20 · exceeds</source>
            <translation>20 · dépasse</translation>
        </message>
        <message>
            <source>10 · meets</source>
            <translation>10 · satisfait</translation>
        </message>
        <message>
            <source>0 · not met</source>
            <translation>0 · non satisfait</translation>
        </message>
        <message>
            <source>members judge</source>
            <translation>appréciation des membres</translation>
        </message>
        <message>
            <source>? missing evidence</source>
            <translation>? justificatifs manquants</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Technical points</source>
            <translation>Points techniques</translation>
        </message>
    </context>
    <context>
        <name>DissentDialog</name>
        <message>
            <source>Written dissent</source>
            <translation>Opinion dissidente écrite</translation>
        </message>
        <message>
            <source>Member filing the dissent</source>
            <translation>Membre déposant l'opinion dissidente</translation>
        </message>
        <message>
            <source>Text of the dissent</source>
            <translation>Texte de l'opinion dissidente</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>&amp;Dissent:</source>
            <translation>&amp;Opinion dissidente :</translation>
        </message>
        <message>
            <source>&amp;File dissent</source>
            <translation>&amp;Déposer l'opinion dissidente</translation>
        </message>
        <message>
            <source>Write the dissent first.</source>
            <translation>Rédigez d'abord l'opinion dissidente.</translation>
        </message>
        <message>
            <source>The member filing the dissent confirms with their own PIN.</source>
            <translation>Le membre qui dépose l'opinion dissidente confirme avec son propre code PIN.</translation>
        </message>
    </context>
    <context>
        <name>DissentModel</name>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Déposée le</translation>
        </message>
        <message>
            <source>Dissent</source>
            <translation>Opinion dissidente</translation>
        </message>
    </context>
    <context>
        <name>DossierSummary</name>
        <message>
            <source>Request summary</source>
            <translation>Résumé de la demande</translation>
        </message>
        <message>
            <source>No item selected</source>
            <translation>Aucun point sélectionné</translation>
        </message>
        <message>
            <source>Add requests to the agenda, then select one.</source>
            <translation>Ajoutez des demandes à l'ordre du jour, puis sélectionnez-en une.</translation>
        </message>
        <message>
            <source>%1 (ISCO %2) · %3 · %4 workers for %5 months · wage %6 %8 (prevailing %7)</source>
            <translation>%1 (CITP %2) · %3 · %4 travailleurs pour %5 mois · salaire %6 %8 (référence %7)</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <source>Technical score: %1 / 100</source>
            <translation>Note technique : %1 / 100</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Recommandation : %1</translation>
        </message>
        <message>
            <source>Gate failed: %1</source>
            <translation>Contrôle non satisfait : %1</translation>
        </message>
        <message>
            <source>Missing evidence: %1</source>
            <translation>Justificatifs manquants : %1</translation>
        </message>
        <message>
            <source>Score at or above the pass mark</source>
            <translation>Note égale ou supérieure au seuil d'approbation</translation>
        </message>
        <message>
            <source>Score just below the pass mark: approve with conditions</source>
            <translation>Note juste sous le seuil d'approbation : approuver sous conditions</translation>
        </message>
        <message>
            <source>Score below the conditional mark</source>
            <translation>Note inférieure au seuil conditionnel</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>Pas encore de note</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>Select a request in the register to see its dossier.</source>
            <translation>Sélectionnez une demande dans le registre pour voir son dossier.</translation>
        </message>
        <message>
            <source>Dossier sections</source>
            <translation>Sections du dossier</translation>
        </message>
        <message>
            <source>Compliance gates</source>
            <translation>Contrôles de conformité</translation>
        </message>
        <message>
            <source>&amp;Gates</source>
            <translation>&amp;Contrôles</translation>
        </message>
        <message>
            <source>Technical points per criterion</source>
            <translation>Points techniques par critère</translation>
        </message>
        <message>
            <source>S&amp;cores</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>F&amp;acts</source>
            <translation>&amp;Faits</translation>
        </message>
        <message>
            <source>History of the request</source>
            <translation>Historique de la demande</translation>
        </message>
        <message>
            <source>Histo&amp;ry</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Technical score by family (0–100; 50 meets expectations)</source>
            <translation>Note technique par famille (0–100 ; 50 = conforme aux attentes)</translation>
        </message>
        <message>
            <source>Technical score</source>
            <translation>Note technique</translation>
        </message>
        <message>
            <source>Technical score by family</source>
            <translation>Note technique par famille</translation>
        </message>
        <message>
            <source>{reference} — {employer}</source>
            <translation>{reference} — {employer}</translation>
        </message>
        <message>
            <source>{status} · {code} {occupation} · {region} · {workers} workers for {months} months</source>
            <translation>{status} · {code} {occupation} · {region} · {workers} travailleurs pour {months} mois</translation>
        </message>
        <message>
            <source>Recommendation: {outcome}</source>
            <translation>Recommandation : {outcome}</translation>
        </message>
        <message>
            <source>A compliance gate failed: {gates}. Gates are not offset by a good score.</source>
            <translation>Un contrôle de conformité n'est pas satisfait : {gates}. Une bonne note ne compense pas les contrôles.</translation>
        </message>
        <message>
            <source>Missing evidence for {gates}: the dossier needs completing first.</source>
            <translation>Justificatifs manquants pour {gates} : le dossier doit d'abord être complété.</translation>
        </message>
        <message>
            <source>No technical score: no automatic criterion has the data it needs.</source>
            <translation>Pas de note technique : aucun critère automatique ne dispose des données nécessaires.</translation>
        </message>
        <message>
            <source>Technical score: not available.</source>
            <translation>Note technique : non disponible.</translation>
        </message>
        <message>
            <source>Technical score {score} of 100 (pass mark {pass_mark}; conditions from {conditional}).</source>
            <translation>Note technique {score} sur 100 (seuil d'approbation {pass_mark} ; conditions à partir de {conditional}).</translation>
        </message>
        <message>
            <source>Suggested conditions: {conditions}.</source>
            <translation>Conditions suggérées : {conditions}.</translation>
        </message>
        <message>
            <source>Sensitivity: nothing to test without a score.</source>
            <translation>Sensibilité : rien à tester sans note.</translation>
        </message>
        <message>
            <source>Robust: moving any family's weight by 10 points does not change the band.</source>
            <translation>Robuste : modifier de 10 points le poids d'une famille ne change pas la tranche.</translation>
        </message>
        <message>
            <source>the {group} weight profile</source>
            <translation>le profil de poids du collège {group}</translation>
        </message>
        <message>
            <source>Fragile on {families}: a 10-point move of that weight changes the band.</source>
            <translation>Fragile pour {families} : une variation de 10 points de ce poids change la tranche.</translation>
        </message>
        <message>
            <source>Critical weight: {code} ({label}) from {old} to {new} would carry the score across the pass mark.</source>
            <translation>Poids critique : {code} ({label}) de {old} à {new} ferait franchir le seuil d'approbation à la note.</translation>
        </message>
        <message>
            <source>{family} (no data)</source>
            <translation>{family} (pas de données)</translation>
        </message>
        <message>
            <source>{family}  {score}</source>
            <translation>{family}  {score}</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Employer id</source>
            <translation>Identifiant employeur</translation>
        </message>
        <message>
            <source>Sector (ISIC)</source>
            <translation>Secteur (CITI)</translation>
        </message>
        <message>
            <source>Occupation (ISCO)</source>
            <translation>Profession (CITP)</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Workers requested</source>
            <translation>Travailleurs demandés</translation>
        </message>
        <message>
            <source>Duration (months)</source>
            <translation>Durée (mois)</translation>
        </message>
        <message>
            <source>Wage offered</source>
            <translation>Salaire proposé</translation>
        </message>
        <message>
            <source>Prevailing wage</source>
            <translation>Salaire de référence</translation>
        </message>
        <message>
            <source>Origin countries</source>
            <translation>Pays d'origine</translation>
        </message>
        <message>
            <source>Vacancy advertised (days)</source>
            <translation>Offre publiée (jours)</translation>
        </message>
        <message>
            <source>Recruitment channels</source>
            <translation>Canaux de recrutement</translation>
        </message>
        <message>
            <source>Local applicants</source>
            <translation>Candidats locaux</translation>
        </message>
        <message>
            <source>Local hires</source>
            <translation>Embauches locales</translation>
        </message>
        <message>
            <source>Local jobs created</source>
            <translation>Emplois locaux créés</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>Stagiaires locaux</translation>
        </message>
        <message>
            <source>Layoffs, last 12 months</source>
            <translation>Licenciements, 12 derniers mois</translation>
        </message>
        <message>
            <source>Violations, last 3 years</source>
            <translation>Infractions, 3 dernières années</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>Conflit du travail</translation>
        </message>
        <message>
            <source>Fees charged to workers</source>
            <translation>Frais facturés aux travailleurs</translation>
        </message>
        <message>
            <source>Housing provided</source>
            <translation>Logement fourni</translation>
        </message>
        <message>
            <source>Housing inspected</source>
            <translation>Logement inspecté</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>Aide à l'intégration</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Salariés</translation>
        </message>
        <message>
            <source>Foreign employees</source>
            <translation>Salariés étrangers</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Déposée le</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>— not given (missing evidence where a gate needs it)</source>
            <translation>— non renseigné (justificatif manquant lorsqu'un contrôle l'exige)</translation>
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
            <source>{amount} {currency} per month</source>
            <translation>{amount} {currency} par mois</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import employers' requests from a CSV or XLSX file with &lt;i&gt;File › Import requests…&lt;/i&gt; (Ctrl+I), or enter one with &lt;i&gt;New request…&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Aucune demande pour l'instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importez les demandes des employeurs depuis un fichier CSV ou XLSX avec &lt;i&gt;Fichier › Importer des demandes…&lt;/i&gt; (Ctrl+I), ou saisissez-en une avec &lt;i&gt;Nouvelle demande…&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Import requests…</source>
            <translation>&amp;Importer des demandes…</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>Quorum met: %1 present and entitled, %2 required.</source>
            <translation>Quorum atteint : %1 présents ayant droit de vote, %2 requis.</translation>
        </message>
        <message>
            <source>Every group is represented.</source>
            <translation>Tous les collèges sont représentés.</translation>
        </message>
        <message>
            <source>No quorum: %1 present and entitled, %2 required.</source>
            <translation>Quorum non atteint : %1 présents ayant droit de vote, %2 requis.</translation>
        </message>
        <message>
            <source>No entitled member present for: %1.</source>
            <translation>Aucun membre ayant droit de vote présent pour : %1.</translation>
        </message>
        <message>
            <source>Consensus needs nobody against; %1 voted against.</source>
            <translation>Le consensus exige qu'aucun membre ne vote contre ; %1 ont voté contre.</translation>
        </message>
        <message>
            <source>Consensus needs at least one vote for; nobody voted for.</source>
            <translation>Le consensus exige au moins une voix pour ; personne n'a voté pour.</translation>
        </message>
        <message>
            <source>Consensus: nobody voted against and %1 voted for.</source>
            <translation>Consensus : personne n'a voté contre et %1 ont voté pour.</translation>
        </message>
        <message>
            <source>Simple majority: %1 for, %2 against (abstentions are not votes cast).</source>
            <translation>Majorité simple : %1 pour, %2 contre (les abstentions ne sont pas des suffrages exprimés).</translation>
        </message>
        <message>
            <source>Qualified majority of %1: %2 for out of %3 votes cast; at least %4 needed.</source>
            <translation>Majorité qualifiée de %1 : %2 pour sur %3 suffrages exprimés ; au moins %4 requis.</translation>
        </message>
        <message>
            <source>Group majority: %1 of 3 group blocks for (%2 required).</source>
            <translation>Majorité des collèges : %1 blocs de collège sur 3 pour (%2 requis).</translation>
        </message>
        <message>
            <source>For: %1.</source>
            <translation>Pour : %1.</translation>
        </message>
        <message>
            <source>Against: %1.</source>
            <translation>Contre : %1.</translation>
        </message>
        <message>
            <source>No block position: %1.</source>
            <translation>Aucune position de bloc : %1.</translation>
        </message>
        <message>
            <source>Group-weighted vote: each group weighs the same; weighted for %1, against %2.</source>
            <translation>Vote pondéré par collège : chaque collège pèse autant ; pondéré pour %1, contre %2.</translation>
        </message>
        <message>
            <source>No consensus, so the fallback rule decided: %1.</source>
            <translation>Pas de consensus, la règle subsidiaire a donc décidé : %1.</translation>
        </message>
        <message>
            <source>The votes were tied; the chair's casting vote decided.</source>
            <translation>Il y a eu égalité des voix ; la voix prépondérante de la présidence a décidé.</translation>
        </message>
        <message>
            <source>The votes were tied and there is no casting vote, so the motion is not adopted.</source>
            <translation>Il y a eu égalité des voix et il n'y a pas de voix prépondérante : la motion n'est donc pas adoptée.</translation>
        </message>
        <message>
            <source>The motion is adopted.</source>
            <translation>La motion est adoptée.</translation>
        </message>
        <message>
            <source>The motion is not adopted.</source>
            <translation>La motion n'est pas adoptée.</translation>
        </message>
        <message>
            <source>No score to test: nobody scored and the dossier gives no technical score.</source>
            <translation>Aucune note à tester : personne n'a noté et le dossier ne donne aucune note technique.</translation>
        </message>
        <message>
            <source>Fewer than two groups scored, so there is no divergence between groups.</source>
            <translation>Moins de deux collèges ont noté : il n'y a donc pas d'écart entre collèges.</translation>
        </message>
        <message>
            <source>Divergence between groups: %1 points. The groups are split.</source>
            <translation>Écart entre collèges : %1 points. Les collèges sont divisés.</translation>
        </message>
        <message>
            <source>Divergence between groups: %1 points. No split.</source>
            <translation>Écart entre collèges : %1 points. Pas de division.</translation>
        </message>
        <message>
            <source>The split comes mostly from: %1.</source>
            <translation>La division provient surtout de : %1.</translation>
        </message>
        <message>
            <source>Robust: moving any family's weight by 10 points does not change the band.</source>
            <translation>Robuste : modifier de 10 points le poids d'une famille ne change pas la tranche.</translation>
        </message>
        <message>
            <source>the %1 group's own weights</source>
            <translation>les poids propres au collège %1</translation>
        </message>
        <message>
            <source>Fragile: the band changes when these weights move: %1.</source>
            <translation>Fragile : la tranche change lorsque ces poids varient : %1.</translation>
        </message>
        <message>
            <source>Critical weight: %1 moved by %2 points (to %3) would carry the score across the pass mark.</source>
            <translation>Poids critique : %1 modifié de %2 points (à %3) ferait franchir le seuil d'approbation à la note.</translation>
        </message>
        <message>
            <source>Warning: in %1 a single member voted, so this group's tally shows how that member voted.</source>
            <translation>Attention : dans %1 un seul membre a voté, le décompte de ce collège montre donc comment ce membre a voté.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import requests…</source>
            <translation>&amp;Importer des demandes…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export requests…</source>
            <translation>&amp;Exporter les demandes…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Exportation vers {file}…</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Exporter les demandes</translation>
        </message>
        <message>
            <source>Loading the sample board and requests…</source>
            <translation>Chargement de la commission d'exemple et des demandes…</translation>
        </message>
        <message>
            <source>Sample board</source>
            <translation>Commission d'exemple</translation>
        </message>
        <message>
            <source>Please wait: another task is still running.</source>
            <translation>Veuillez patienter : une autre tâche est encore en cours.</translation>
        </message>
        <message>
            <source>Imported {count} requests.</source>
            <translation>{count} demandes importées.</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportation terminée</translation>
        </message>
        <message>
            <source>Exported {count} requests to {path}.</source>
            <translation>{count} demandes exportées vers {path}.</translation>
        </message>
    </context>
    <context>
        <name>FindingDialog</name>
        <message>
            <source>Verify a condition</source>
            <translation>Vérifier une condition</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}, due {due}. The evidence filed is sufficient because:</source>
            <translation>{request} ({employer}) : {condition}, échéance {due}. Les justificatifs déposés suffisent parce que :</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Record a breach</source>
            <translation>Constater un manquement</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}, due {due}. The condition is not met because:</source>
            <translation>{request} ({employer}) : {condition}, échéance {due}. La condition n'est pas remplie parce que :</translation>
        </message>
        <message>
            <source>Record &amp;breach</source>
            <translation>Constater le &amp;manquement</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>Note on the finding</source>
            <translation>Note sur la constatation</translation>
        </message>
        <message>
            <source>The secretary (or the chair) records that {request}'s condition is verified.</source>
            <translation>Le secrétariat (ou la présidence) enregistre que la condition de {request} est vérifiée.</translation>
        </message>
        <message>
            <source>The secretary (or the chair) records that {request}'s condition is breached.</source>
            <translation>Le secrétariat (ou la présidence) constate que la condition de {request} n'est pas respectée.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Tripartite</source>
            <translation>Bienvenue dans Tripartite</translation>
        </message>
        <message>
            <source>This database is empty.</source>
            <translation>Cette base de données est vide.</translation>
        </message>
        <message>
            <source>Load the sample board (members with demo PINs, rules of procedure) and 48 sample requests to try Tripartite, a whole vote included? You can also start with an empty board and import your own requests later with File › Import requests.</source>
            <translation>Charger la commission d'exemple (membres avec codes PIN de démonstration, règlement intérieur) et 48 demandes d'exemple pour essayer Tripartite, vote complet compris ? Vous pouvez aussi commencer avec une commission vide et importer vos propres demandes plus tard avec Fichier › Importer des demandes.</translation>
        </message>
        <message>
            <source>&amp;Load the sample</source>
            <translation>&amp;Charger l'exemple</translation>
        </message>
        <message>
            <source>&amp;Start empty</source>
            <translation>Commencer à &amp;vide</translation>
        </message>
    </context>
    <context>
        <name>FollowupModel</name>
        <message>
            <source>{condition}, period {period}</source>
            <translation>{condition}, période {period}</translation>
        </message>
        <message>
            <source>Pending, overdue</source>
            <translation>En attente, en retard</translation>
        </message>
        <message>
            <source>{count} B</source>
            <translation>{count} o</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Demande</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>{date}, overdue</source>
            <translation>{date}, en retard</translation>
        </message>
        <message>
            <source>Pending, and due before the as-of date: no evidence filed in time.</source>
            <translation>En attente, avec une échéance antérieure à la date de référence : aucun justificatif déposé à temps.</translation>
        </message>
        <message>
            <source>Finding: {note}</source>
            <translation>Constatation : {note}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Déposé</translation>
        </message>
    </context>
    <context>
        <name>FollowupView</name>
        <message>
            <source>Follow-up of conditions</source>
            <translation>Suivi des conditions</translation>
        </message>
        <message>
            <source>Each condition of an adopted decision, with its due date. The secretary files the employer's evidence, then records whether it is sufficient or the condition is breached.</source>
            <translation>Chaque condition d'une décision adoptée, avec son échéance. Le secrétariat dépose les justificatifs de l'employeur, puis constate s'ils suffisent ou si la condition n'est pas respectée.</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>A reference or an employer</source>
            <translation>Une référence ou un employeur</translation>
        </message>
        <message>
            <source>Re&amp;quest:</source>
            <translation>Dema&amp;nde :</translation>
        </message>
        <message>
            <source>As &amp;of:</source>
            <translation>Date de &amp;référence :</translation>
        </message>
        <message>
            <source>Overdue means still pending and due before this date</source>
            <translation>En retard signifie encore en attente, avec une échéance antérieure à cette date</translation>
        </message>
        <message>
            <source>Follow-up records</source>
            <translation>Dossiers de suivi</translation>
        </message>
        <message>
            <source>No conditions to follow up: they appear here when the board adopts a decision with conditions.</source>
            <translation>Aucune condition à suivre : elles apparaissent ici quand la commission adopte une décision assortie de conditions.</translation>
        </message>
        <message>
            <source>&amp;Attach evidence…</source>
            <translation>&amp;Joindre des justificatifs…</translation>
        </message>
        <message>
            <source>File the employer's evidence for the selected condition</source>
            <translation>Déposer les justificatifs de l'employeur pour la condition sélectionnée</translation>
        </message>
        <message>
            <source>Ve&amp;rify…</source>
            <translation>&amp;Vérifier…</translation>
        </message>
        <message>
            <source>The evidence filed is sufficient: the condition is met</source>
            <translation>Les justificatifs déposés suffisent : la condition est remplie</translation>
        </message>
        <message>
            <source>Record a &amp;breach…</source>
            <translation>Constater un &amp;manquement…</translation>
        </message>
        <message>
            <source>The condition is not met: a finding for the board's review</source>
            <translation>La condition n'est pas remplie : une constatation pour le réexamen par la commission</translation>
        </message>
        <message>
            <source>Selected condition</source>
            <translation>Condition sélectionnée</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Fichiers justificatifs</translation>
        </message>
        <message>
            <source>No evidence filed yet.</source>
            <translation>Aucun justificatif déposé pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) shown</source>
            <translation>
                <numerusform>%n dossier affiché</numerusform>
                <numerusform>%n dossiers affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a condition to see its evidence.</source>
            <translation>Sélectionnez une condition pour voir ses justificatifs.</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}.
Due {due}. State: {state}.</source>
            <translation>{request} ({employer}) : {condition}.
Échéance : {due}. État : {state}.</translation>
        </message>
        <message>
            <source>Finding: {note}</source>
            <translation>Constatation : {note}</translation>
        </message>
        <message>
            <source>Evidence for {request}</source>
            <translation>Justificatifs pour {request}</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>The secretary (or the chair) files %n file(s) of evidence for {request}.</source>
            <translation>
                <numerusform>Le secrétariat (ou la présidence) dépose %n fichier justificatif pour {request}.</numerusform>
                <numerusform>Le secrétariat (ou la présidence) dépose %n fichiers justificatifs pour {request}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File evidence</source>
            <translation>&amp;Déposer les justificatifs</translation>
        </message>
        <message>
            <source>Filing the evidence…</source>
            <translation>Dépôt des justificatifs…</translation>
        </message>
        <message numerus="yes">
            <source>Evidence filed: %n file(s).</source>
            <translation>
                <numerusform>Justificatifs déposés : %n fichier.</numerusform>
                <numerusform>Justificatifs déposés : %n fichiers.</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Condition verified.</source>
            <translation>Condition vérifiée.</translation>
        </message>
        <message>
            <source>Breach recorded: a finding for review.</source>
            <translation>Manquement constaté : une constatation à réexaminer.</translation>
        </message>
    </context>
    <context>
        <name>GateTableModel</name>
        <message>
            <source>Gate</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>HandoverView</name>
        <message>
            <source>Pass the laptop</source>
            <translation>Passez l'ordinateur</translation>
        </message>
        <message>
            <source>Ballot cast. Pass the laptop to the next member.</source>
            <translation>Bulletin déposé. Passez l'ordinateur au membre suivant.</translation>
        </message>
        <message>
            <source>Your ballot is sealed until the chair reveals the result.</source>
            <translation>Votre bulletin reste scellé jusqu'à ce que la présidence proclame le résultat.</translation>
        </message>
        <message>
            <source>Co&amp;ntinue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>Continue to the panes</source>
            <translation>Continuer vers les volets</translation>
        </message>
        <message>
            <source>Ballot cast. Everyone entitled has voted: the chair may reveal the result.</source>
            <translation>Bulletin déposé. Tous les membres ayant droit de vote ont voté : la présidence peut proclamer le résultat.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>Registered</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Statut : {old} → {new}</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Saisie manuelle</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <source>Put on the agenda of {meeting}</source>
            <translation>Inscrite à l'ordre du jour de {meeting}</translation>
        </message>
        <message>
            <source>Recusal of {member}</source>
            <translation>Récusation de {member}</translation>
        </message>
        <message>
            <source>Gate {gate} attested</source>
            <translation>Contrôle {gate} attesté</translation>
        </message>
        <message>
            <source>Not decided: no quorum</source>
            <translation>Non décidée : quorum non atteint</translation>
        </message>
        <message>
            <source>Motion proposed: {outcome}</source>
            <translation>Motion proposée : {outcome}</translation>
        </message>
        <message>
            <source>Decision: {outcome}</source>
            <translation>Décision : {outcome}</translation>
        </message>
        <message>
            <source>Dissent filed by {member}</source>
            <translation>Opinion dissidente déposée par {member}</translation>
        </message>
        <message>
            <source>{meeting}</source>
            <translation>{meeting}</translation>
        </message>
        <message>
            <source>Not decided at {meeting}</source>
            <translation>Non décidée lors de {meeting}</translation>
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
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import requests</source>
            <translation>Importer des demandes</translation>
        </message>
        <message>
            <source>Request files (*.csv *.xlsx);;All files (*)</source>
            <translation>Fichiers de demandes (*.csv *.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Requests come from a CSV (UTF-8) or Excel file, one request per row, with the columns of the import schema. The import is all or nothing: if any row has a problem, nothing is written and every problem is listed.</source>
            <translation>Les demandes proviennent d'un fichier CSV (UTF-8) ou Excel, une demande par ligne, avec les colonnes du schéma d'importation. L'importation est tout ou rien : si une ligne pose problème, rien n'est écrit et tous les problèmes sont listés.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Choisissez un fichier .csv ou .xlsx</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l'importation</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;Copier le rapport</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The secretary or the chair imports these requests.</source>
            <translation>Le secrétariat ou la présidence importe ces demandes.</translation>
        </message>
        <message>
            <source>Please wait: another task is still running.</source>
            <translation>Veuillez patienter : une autre tâche est encore en cours.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Imported {count} requests from {file}.</source>
            <translation>{count} demandes importées depuis {file}.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The import failed; nothing was changed.</source>
            <translation>L'importation a échoué ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Nothing was imported. Problems in {file}: {problems}. Fix them in the file, then import it again.</source>
            <translation>Rien n'a été importé. Problèmes dans {file} : {problems}. Corrigez-les dans le fichier, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Problems found in the file</source>
            <translation>Problèmes trouvés dans le fichier</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>Importation refusée</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>Problems in {file}: {problems}. Warnings: {warnings}. Fix the problems in the file, then import it again.</source>
            <translation>Problèmes dans {file} : {problems}. Avertissements : {warnings}. Corrigez les problèmes dans le fichier, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;Copier le rapport</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Government</source>
            <translation>Gouvernement</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Employeurs</translation>
        </message>
        <message>
            <source>Unions</source>
            <translation>Syndicats</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Président(e)</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>The chair</source>
            <translation>La présidence</translation>
        </message>
        <message>
            <source>The secretary</source>
            <translation>Le secrétariat</translation>
        </message>
        <message>
            <source>A government member</source>
            <translation>Un membre du gouvernement</translation>
        </message>
        <message>
            <source>An employers' member</source>
            <translation>Un membre employeur</translation>
        </message>
        <message>
            <source>A union member</source>
            <translation>Un membre syndical</translation>
        </message>
        <message>
            <source>Decides (issues decisions)</source>
            <translation>Décide (rend des décisions)</translation>
        </message>
        <message>
            <source>Advises (issues opinions)</source>
            <translation>Conseille (rend des avis)</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>Majorité simple</translation>
        </message>
        <message>
            <source>Qualified majority</source>
            <translation>Majorité qualifiée</translation>
        </message>
        <message>
            <source>Majority of constituency groups</source>
            <translation>Majorité des collèges</translation>
        </message>
        <message>
            <source>Groups weighted equally</source>
            <translation>Collèges à poids égal</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consensus</translation>
        </message>
        <message>
            <source>simple majority</source>
            <translation>majorité simple</translation>
        </message>
        <message>
            <source>qualified majority</source>
            <translation>majorité qualifiée</translation>
        </message>
        <message>
            <source>group majority</source>
            <translation>majorité des collèges</translation>
        </message>
        <message>
            <source>group-weighted vote</source>
            <translation>vote pondéré par collège</translation>
        </message>
        <message>
            <source>Half of the seats</source>
            <translation>La moitié des sièges</translation>
        </message>
        <message>
            <source>Half of the seats and every constituency</source>
            <translation>La moitié des sièges et chaque collège</translation>
        </message>
        <message>
            <source>Named (each vote is minuted)</source>
            <translation>Nominatif (chaque vote est consigné)</translation>
        </message>
        <message>
            <source>Secret (only tallies are minuted)</source>
            <translation>Secret (seuls les décomptes sont consignés)</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>On agenda</source>
            <translation>À l'ordre du jour</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Décidée</translation>
        </message>
        <message>
            <source>Deferred</source>
            <translation>Ajournée</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Productivity</source>
            <translation>Productivité</translation>
        </message>
        <message>
            <source>Income distribution</source>
            <translation>Répartition des revenus</translation>
        </message>
        <message>
            <source>Social integration</source>
            <translation>Intégration sociale</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Non satisfait</translation>
        </message>
        <message>
            <source>Missing evidence</source>
            <translation>Justificatifs manquants</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>satisfait</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>non satisfait</translation>
        </message>
        <message>
            <source>missing evidence</source>
            <translation>justificatifs manquants</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>language course</source>
            <translation>cours de langue</translation>
        </message>
        <message>
            <source>orientation</source>
            <translation>orientation</translation>
        </message>
        <message>
            <source>health information</source>
            <translation>information sanitaire</translation>
        </message>
        <message>
            <source>family support</source>
            <translation>soutien familial</translation>
        </message>
        <message>
            <source>recognition of skills</source>
            <translation>reconnaissance des compétences</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>employeur</translation>
        </message>
        <message>
            <source>employer id</source>
            <translation>identifiant employeur</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>secteur</translation>
        </message>
        <message>
            <source>occupation</source>
            <translation>profession</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>intitulé du poste</translation>
        </message>
        <message>
            <source>region</source>
            <translation>région</translation>
        </message>
        <message>
            <source>workers requested</source>
            <translation>travailleurs demandés</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>wage offered</source>
            <translation>salaire proposé</translation>
        </message>
        <message>
            <source>prevailing wage</source>
            <translation>salaire de référence</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <source>origin countries</source>
            <translation>pays d'origine</translation>
        </message>
        <message>
            <source>date submitted</source>
            <translation>date de dépôt</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>days the vacancy was advertised</source>
            <translation>jours de publication de l'offre</translation>
        </message>
        <message>
            <source>the firm's employees</source>
            <translation>salariés de l'entreprise</translation>
        </message>
        <message>
            <source>the firm's foreign employees</source>
            <translation>salariés étrangers de l'entreprise</translation>
        </message>
        <message>
            <source>labour dispute</source>
            <translation>conflit du travail</translation>
        </message>
        <message>
            <source>layoffs in the last 12 months</source>
            <translation>licenciements au cours des 12 derniers mois</translation>
        </message>
        <message>
            <source>violations in the last 3 years</source>
            <translation>infractions au cours des 3 dernières années</translation>
        </message>
        <message>
            <source>fees charged to workers</source>
            <translation>frais facturés aux travailleurs</translation>
        </message>
        <message>
            <source>housing provided</source>
            <translation>logement fourni</translation>
        </message>
        <message>
            <source>housing inspected</source>
            <translation>logement inspecté</translation>
        </message>
        <message>
            <source>local applicants</source>
            <translation>candidats locaux</translation>
        </message>
        <message>
            <source>local hires</source>
            <translation>embauches locales</translation>
        </message>
        <message>
            <source>local jobs created</source>
            <translation>emplois locaux créés</translation>
        </message>
        <message>
            <source>local trainees</source>
            <translation>stagiaires locaux</translation>
        </message>
        <message>
            <source>recruitment channels</source>
            <translation>canaux de recrutement</translation>
        </message>
        <message>
            <source>integration support</source>
            <translation>aide à l'intégration</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Minutes signed</source>
            <translation>Procès-verbal signé</translation>
        </message>
        <message>
            <source>Not yet voted</source>
            <translation>Pas encore voté</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Vote ouvert</translation>
        </message>
        <message>
            <source>Motion not adopted</source>
            <translation>Motion non adoptée</translation>
        </message>
        <message>
            <source>No quorum: not decided</source>
            <translation>Quorum non atteint : non décidé</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposée</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Dépouillée</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Approve with conditions</source>
            <translation>Approuver sous conditions</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>Defer</source>
            <translation>Ajourner</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Contre</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>Quota of workers</source>
            <translation>Contingent de travailleurs</translation>
        </message>
        <message>
            <source>Maximum duration</source>
            <translation>Durée maximale</translation>
        </message>
        <message>
            <source>Wage floor</source>
            <translation>Plancher salarial</translation>
        </message>
        <message>
            <source>Training of local workers</source>
            <translation>Formation de travailleurs locaux</translation>
        </message>
        <message>
            <source>Local hiring ratio</source>
            <translation>Ratio d'embauche locale</translation>
        </message>
        <message>
            <source>Housing standard</source>
            <translation>Norme de logement</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>Aide à l'intégration</translation>
        </message>
        <message>
            <source>Recruitment channel</source>
            <translation>Canal de recrutement</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>No-fees attestation</source>
            <translation>Attestation d'absence de frais</translation>
        </message>
        <message>
            <source>quota of workers</source>
            <translation>contingent de travailleurs</translation>
        </message>
        <message>
            <source>maximum duration</source>
            <translation>durée maximale</translation>
        </message>
        <message>
            <source>wage floor</source>
            <translation>plancher salarial</translation>
        </message>
        <message>
            <source>training of local workers</source>
            <translation>formation de travailleurs locaux</translation>
        </message>
        <message>
            <source>local hiring ratio</source>
            <translation>ratio d'embauche locale</translation>
        </message>
        <message>
            <source>housing standard</source>
            <translation>norme de logement</translation>
        </message>
        <message>
            <source>recruitment channel</source>
            <translation>canal de recrutement</translation>
        </message>
        <message>
            <source>reporting</source>
            <translation>rapports</translation>
        </message>
        <message>
            <source>no-fees attestation</source>
            <translation>attestation d'absence de frais</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>Stagiaires locaux</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Ratio</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Norme</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensuelle</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>trimestrielle</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>semestrielle</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>annuelle</translation>
        </message>
        <message>
            <source>Evidence filed</source>
            <translation>Justificatifs déposés</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Non respectée</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>Levée</translation>
        </message>
        <message>
            <source>The whole file</source>
            <translation>Tout le fichier</translation>
        </message>
        <message>
            <source>Up to its signature</source>
            <translation>Jusqu'à sa signature</translation>
        </message>
        <message>
            <source>Part of the file</source>
            <translation>Une partie du fichier</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Rien</translation>
        </message>
        <message>
            <source>Timestamps only</source>
            <translation>Horodatages uniquement</translation>
        </message>
        <message>
            <source>Later signatures only</source>
            <translation>Signatures ultérieures uniquement</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>Other changes</source>
            <translation>Autres modifications</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>Illisible</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Modifié après signature</translation>
        </message>
        <message>
            <source>Data hidden in the signature</source>
            <translation>Données cachées dans la signature</translation>
        </message>
        <message>
            <source>Changes not allowed after it</source>
            <translation>Modifications interdites après elle</translation>
        </message>
        <message>
            <source>Not in a signatory's box</source>
            <translation>Hors de la case d'un signataire</translation>
        </message>
        <message>
            <source>Certificate not trusted</source>
            <translation>Certificat non reconnu</translation>
        </message>
        <message>
            <source>Signer trusted for another box</source>
            <translation>Signataire reconnu pour une autre case</translation>
        </message>
        <message>
            <source>Same signer in another box</source>
            <translation>Même signataire dans une autre case</translation>
        </message>
        <message>
            <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
            <translation>Le fichier ne peut pas être lu comme un PDF : il est peut-être endommagé ou tronqué.</translation>
        </message>
        <message>
            <source>Nobody has signed this file.</source>
            <translation>Personne n'a signé ce fichier.</translation>
        </message>
        <message>
            <source>This file is not minutes made by Tripartite: it has no evidence annex and no signature boxes.</source>
            <translation>Ce fichier n'est pas un procès-verbal établi par Tripartite : il n'a ni annexe de preuves ni cases de signature.</translation>
        </message>
        <message>
            <source>The minutes carry no evidence annex, so the signatures vouch for no figures.</source>
            <translation>Le procès-verbal ne comporte pas d'annexe de preuves : les signatures ne garantissent donc aucun chiffre.</translation>
        </message>
        <message>
            <source>The evidence annex is not the one the first signature signed: it was added or replaced later.</source>
            <translation>L'annexe de preuves n'est pas celle que la première signature a signée : elle a été ajoutée ou remplacée ensuite.</translation>
        </message>
        <message>
            <source>The evidence annex is for another meeting than these minutes.</source>
            <translation>L'annexe de preuves concerne une autre séance que ce procès-verbal.</translation>
        </message>
        <message>
            <source>The file was changed after the last signature.</source>
            <translation>Le fichier a été modifié après la dernière signature.</translation>
        </message>
        <message>
            <source>Not every signatory has signed: still to sign: %1.</source>
            <translation>Tous les signataires n'ont pas signé ; restent à signer : %1.</translation>
        </message>
        <message>
            <source>wage {wage} &lt; prevailing {prevailing}</source>
            <translation>salaire {wage} &lt; référence {prevailing}</translation>
        </message>
        <message>
            <source>wage {wage} &lt; statutory minimum {minimum}</source>
            <translation>salaire {wage} &lt; minimum légal {minimum}</translation>
        </message>
        <message>
            <source>wage {wage} ≥ prevailing {prevailing}</source>
            <translation>salaire {wage} ≥ référence {prevailing}</translation>
        </message>
        <message>
            <source>not given: {fields}</source>
            <translation>non renseigné : {fields}</translation>
        </message>
        <message>
            <source>not given: {fields} (occupation not on the shortage list)</source>
            <translation>non renseigné : {fields} (profession non inscrite sur la liste des métiers en tension)</translation>
        </message>
        <message>
            <source>{field} reported</source>
            <translation>signalement : {field}</translation>
        </message>
        <message>
            <source>no {field}</source>
            <translation>pas de {field}</translation>
        </message>
        <message>
            <source>{field} {value} &gt; 0</source>
            <translation>{field} {value} &gt; 0</translation>
        </message>
        <message>
            <source>{field} 0</source>
            <translation>{field} 0</translation>
        </message>
        <message>
            <source>occupation {occupation} on the shortage list</source>
            <translation>profession {occupation} inscrite sur la liste des métiers en tension</translation>
        </message>
        <message>
            <source>advertised {days} days ≥ {required}</source>
            <translation>offre publiée {days} jours ≥ {required}</translation>
        </message>
        <message>
            <source>advertised {days} days &lt; {required}, occupation not on the shortage list</source>
            <translation>offre publiée {days} jours &lt; {required}, profession non inscrite sur la liste des métiers en tension</translation>
        </message>
        <message>
            <source>share at least {share} &gt; cap {cap}</source>
            <translation>part d'au moins {share} &gt; plafond {cap}</translation>
        </message>
        <message>
            <source>foreign share {share} &gt; cap {cap}</source>
            <translation>part d'étrangers {share} &gt; plafond {cap}</translation>
        </message>
        <message>
            <source>foreign share {share} ≤ cap {cap}</source>
            <translation>part d'étrangers {share} ≤ plafond {cap}</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>not yet attested</source>
            <translation>pas encore attesté</translation>
        </message>
        <message>
            <source>attested by the board</source>
            <translation>attesté par la commission</translation>
        </message>
        <message>
            <source>attestation refused</source>
            <translation>attestation refusée</translation>
        </message>
        <message>
            <source>layoffs</source>
            <translation>licenciements</translation>
        </message>
        <message>
            <source>violations</source>
            <translation>infractions</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>échéance %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non renseigné</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>The app will be in %1 the next time you start it.</source>
            <translation>L'application sera en %1 au prochain démarrage.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
        <message>
            <source>This is a bug in Tripartite.</source>
            <translation>Il s'agit d'une anomalie de Tripartite.</translation>
        </message>
        <message>
            <source>Your data is safe: unfinished work was rolled back. Please report this, with the details.</source>
            <translation>Vos données sont intactes : le travail inachevé a été annulé. Veuillez signaler ce problème, avec les détails.</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Exporter les demandes</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Conditions still pending after their due date: see Follow-up (Ctrl+5)</source>
            <translation>Conditions encore en attente après leur échéance : voir Suivi (Ctrl+5)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>The register and dossiers (Ctrl+1)</source>
            <translation>Le registre et les dossiers (Ctrl+1)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Agendas, the meeting room and decisions (Ctrl+2)</source>
            <translation>Ordres du jour, salle de séance et décisions (Ctrl+2)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Members, PINs, rules, criteria, shortage list (Ctrl+3)</source>
            <translation>Membres, codes PIN, règles, critères, liste des métiers en tension (Ctrl+3)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Every change to the record, who made it, and the record's check (Ctrl+4)</source>
            <translation>Chaque modification des archives, son auteur, et la vérification des archives (Ctrl+4)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Conditions of decisions: evidence, findings, what is overdue (Ctrl+5)</source>
            <translation>Conditions des décisions : justificatifs, constatations, retards (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Verify minutes…</source>
            <translation>&amp;Vérifier un procès-verbal…</translation>
        </message>
        <message>
            <source>Check the signatures of a minutes PDF</source>
            <translation>Vérifier les signatures d'un procès-verbal PDF</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Find requests</source>
            <translation>&amp;Rechercher des demandes</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>&amp;Demandes</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>&amp;Séances</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Commission</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Journal d'audit</translation>
        </message>
        <message>
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>S&amp;uivi</translation>
        </message>
        <message>
            <source>Ctrl+5</source>
            <translation>Ctrl+5</translation>
        </message>
        <message>
            <source>Show the &amp;dossier</source>
            <translation>Afficher le d&amp;ossier</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Welcome and demo PINs</source>
            <translation>&amp;Bienvenue et codes PIN de démonstration</translation>
        </message>
        <message>
            <source>&amp;About Tripartite</source>
            <translation>À &amp;propos de Tripartite</translation>
        </message>
        <message>
            <source>Tripartite — {name}</source>
            <translation>Tripartite — {name}</translation>
        </message>
        <message>
            <source>About Tripartite</source>
            <translation>À propos de Tripartite</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;For national tripartite labour boards: government, employers' and union members deciding together on employers' requests to admit foreign workers.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pour les commissions tripartites nationales du travail : membres du gouvernement, des employeurs et des syndicats statuant ensemble sur les demandes des employeurs visant à admettre des travailleurs étrangers.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Loaded the sample board and {count} requests.</source>
            <translation>Commission d'exemple et {count} demandes chargées.</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>%n suivi en retard</numerusform>
                <numerusform>%n suivis en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote is open. A ballot being filled in and not yet cast will be lost; cast ballots are kept, and the vote can go on when Tripartite is started again.

Quit anyway?</source>
            <translation>Un vote est ouvert. Un bulletin en cours de remplissage et non encore déposé sera perdu ; les bulletins déposés sont conservés, et le vote pourra se poursuivre au prochain démarrage de Tripartite.

Quitter quand même ?</translation>
        </message>
        <message>
            <source>Quit during a vote</source>
            <translation>Quitter pendant un vote</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Points</translation>
        </message>
    </context>
    <context>
        <name>MeetingRoom</name>
        <message>
            <source>Meeting room</source>
            <translation>Salle de séance</translation>
        </message>
        <message>
            <source>← All &amp;meetings</source>
            <translation>← Toutes les &amp;séances</translation>
        </message>
        <message>
            <source>Back to all meetings</source>
            <translation>Retour à toutes les séances</translation>
        </message>
        <message>
            <source>Add &amp;items…</source>
            <translation>Ajouter des &amp;points…</translation>
        </message>
        <message>
            <source>Add items to the agenda</source>
            <translation>Ajouter des points à l'ordre du jour</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>The secretary or the chair puts these requests on the agenda.</source>
            <translation>Le secrétariat ou la présidence inscrit ces demandes à l'ordre du jour.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Ajouter à l'ordre du jour</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nouvelle séance…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>&amp;Open meeting room</source>
            <translation>&amp;Ouvrir la salle de séance</translation>
        </message>
        <message>
            <source>Open the meeting room</source>
            <translation>Ouvrir la salle de séance</translation>
        </message>
        <message>
            <source>No meetings yet. Create one with New meeting…</source>
            <translation>Aucune séance pour l'instant. Créez-en une avec Nouvelle séance…</translation>
        </message>
        <message>
            <source>The secretary or the chair creates the meeting.</source>
            <translation>Le secrétariat ou la présidence crée la séance.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Modifier le membre</translation>
        </message>
        <message>
            <source>A short id used in meeting files; it cannot change later.</source>
            <translation>Un identifiant court utilisé dans les fichiers de séance ; il ne peut pas être modifié ensuite.</translation>
        </message>
        <message>
            <source>Holds a seat (active)</source>
            <translation>Titulaire d'un siège (actif)</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Id :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Constituency:</source>
            <translation>&amp;Collège :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>&amp;Siège :</translation>
        </message>
        <message>
            <source>&amp;Alternate of:</source>
            <translation>Su&amp;ppléant(e) de :</translation>
        </message>
        <message>
            <source>&amp;Save member</source>
            <translation>&amp;Enregistrer le membre</translation>
        </message>
        <message>
            <source>The chair and the secretary confirm who sits on the board, and with what role.</source>
            <translation>La présidence et le secrétariat confirment qui siège à la commission, et avec quel rôle.</translation>
        </message>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>La présidence ou le secrétariat confirme la modification.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>This id is already used by another member.</source>
            <translation>Cet identifiant est déjà utilisé par un autre membre.</translation>
        </message>
        <message>
            <source>nobody (a full member)</source>
            <translation>personne (membre titulaire)</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>holds a seat</source>
            <translation>siège</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactif</translation>
        </message>
        <message>
            <source>✓ set</source>
            <translation>✓ défini</translation>
        </message>
        <message>
            <source>✗ not set</source>
            <translation>✗ non défini</translation>
        </message>
        <message>
            <source>locked out until {time}</source>
            <translation>bloqué jusqu'à {time}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Constituency</source>
            <translation>Collège</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Siège</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Alternate of</source>
            <translation>Suppléant(e) de</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Board members</source>
            <translation>Membres de la commission</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <source>Ed&amp;it member…</source>
            <translation>&amp;Modifier le membre…</translation>
        </message>
        <message>
            <source>Set or reset &amp;PIN…</source>
            <translation>Définir ou réinitialiser le code &amp;PIN…</translation>
        </message>
        <message>
            <source>Change m&amp;y PIN…</source>
            <translation>Changer m&amp;on code PIN…</translation>
        </message>
        <message>
            <source>Resetting a forgotten PIN needs two people: the chair and the secretary. The member is told at their next unlock.</source>
            <translation>La réinitialisation d'un code PIN oublié exige deux personnes : la présidence et le secrétariat. Le membre en est informé lors de son prochain déverrouillage.</translation>
        </message>
        <message>
            <source>&amp;Allow</source>
            <translation>&amp;Autoriser</translation>
        </message>
        <message>
            <source>The chair or the secretary allows this member's first PIN.</source>
            <translation>La présidence ou le secrétariat autorise le premier code PIN de ce membre.</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>Réinitialiser le &amp;PIN…</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>Définir le &amp;PIN…</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} enregistré(e).</translation>
        </message>
        <message>
            <source>PIN set for {name}; only its hash is stored.</source>
            <translation>Code PIN défini pour {name} ; seule son empreinte est conservée.</translation>
        </message>
    </context>
    <context>
        <name>MinutesDialog</name>
        <message>
            <source>Save the minutes</source>
            <translation>Enregistrer le procès-verbal</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Building progress</source>
            <translation>Progression de l'établissement</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel building the minutes</source>
            <translation>Annuler l'établissement du procès-verbal</translation>
        </message>
        <message>
            <source>&amp;Build again</source>
            <translation>Ét&amp;ablir de nouveau</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>Page &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Page &amp;suivante</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Signataires</translation>
        </message>
        <message>
            <source>The preview does not draw the signature stamps. Verify… checks each signature cryptographically, which is what proves it.</source>
            <translation>L'aperçu n'affiche pas les cachets de signature. Vérifier… contrôle chaque signature par cryptographie, ce qui seul la prouve.</translation>
        </message>
        <message>
            <source>S&amp;ign as…</source>
            <translation>S&amp;igner en tant que…</translation>
        </message>
        <message>
            <source>Add your signature for a role that has not signed yet</source>
            <translation>Ajouter votre signature pour un rôle qui n'a pas encore signé</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>&amp;Vérifier…</translation>
        </message>
        <message>
            <source>Check every signature of the minutes shown</source>
            <translation>Vérifier chaque signature du procès-verbal affiché</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>Enregistrer so&amp;us…</translation>
        </message>
        <message>
            <source>Save a copy of the minutes shown, with their signatures</source>
            <translation>Enregistrer une copie du procès-verbal affiché, avec ses signatures</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>The secretary or the chair builds the minutes: PIN needed.</source>
            <translation>Le secrétariat ou la présidence établit le procès-verbal : code PIN requis.</translation>
        </message>
        <message>
            <source>The secretary or the chair builds the minutes of this meeting.</source>
            <translation>Le secrétariat ou la présidence établit le procès-verbal de cette séance.</translation>
        </message>
        <message>
            <source>&amp;Build</source>
            <translation>&amp;Établir</translation>
        </message>
        <message>
            <source>Building the minutes…</source>
            <translation>Établissement du procès-verbal…</translation>
        </message>
        <message>
            <source>Building the minutes was cancelled. Nothing was stored.</source>
            <translation>L'établissement du procès-verbal a été annulé. Rien n'a été conservé.</translation>
        </message>
        <message>
            <source>The minutes cannot be built: %1</source>
            <translation>Le procès-verbal ne peut pas être établi : %1</translation>
        </message>
        <message>
            <source>Building the minutes failed unexpectedly.</source>
            <translation>L'établissement du procès-verbal a échoué de manière inattendue.</translation>
        </message>
        <message>
            <source>Minutes of meeting %1</source>
            <translation>Procès-verbal de la séance %1</translation>
        </message>
        <message>
            <source>Building…</source>
            <translation>Établissement…</translation>
        </message>
        <message>
            <source>No minutes yet.</source>
            <translation>Pas encore de procès-verbal.</translation>
        </message>
        <message>
            <source>Minutes — %1</source>
            <translation>Procès-verbal — %1</translation>
        </message>
        <message>
            <source>Minutes of “%1”</source>
            <translation>Procès-verbal de « %1 »</translation>
        </message>
        <message>
            <source>Built just now from the meeting's record.</source>
            <translation>Établi à l'instant à partir des archives de la séance.</translation>
        </message>
        <message>
            <source>Signing has started: this is the stored file with its signatures so far. It can no longer be rebuilt.</source>
            <translation>La signature a commencé : voici le fichier conservé avec ses signatures à ce stade. Il ne peut plus être établi de nouveau.</translation>
        </message>
        <message>
            <source>Minutes signed: the meeting is read-only.</source>
            <translation>Procès-verbal signé : la séance est en lecture seule.</translation>
        </message>
        <message>
            <source>Every role has signed. A correction needs an amendment: a new meeting linked to this one.</source>
            <translation>Tous les rôles ont signé. Une correction exige un amendement : une nouvelle séance liée à celle-ci.</translation>
        </message>
        <message>
            <source>Not signed yet: %1 roles to sign.</source>
            <translation>Pas encore signé : %1 rôles doivent signer.</translation>
        </message>
        <message>
            <source>Read the minutes first. The first signature fixes them: they can no longer be rebuilt.</source>
            <translation>Lisez d'abord le procès-verbal. La première signature le fige : il ne pourra plus être établi de nouveau.</translation>
        </message>
        <message>
            <source>%1 of %2 roles have signed.</source>
            <translation>%1 rôles sur %2 ont signé.</translation>
        </message>
        <message>
            <source>Still to sign: %1.</source>
            <translation>Restent à signer : %1.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Signed for the role %1 by %2.</source>
            <translation>Signé pour le rôle %1 par %2.</translation>
        </message>
        <message>
            <source>the minutes of “%1”, as stored</source>
            <translation>le procès-verbal de « %1 », tel que conservé</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
    </context>
    <context>
        <name>MotionDialog</name>
        <message>
            <source>Motion</source>
            <translation>Motion</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Workers approved</source>
            <translation>Travailleurs approuvés</translation>
        </message>
        <message>
            <source> of %1 requested</source>
            <translation> sur %1 demandés</translation>
        </message>
        <message>
            <source>Kind of condition to add</source>
            <translation>Type de condition à ajouter</translation>
        </message>
        <message>
            <source>&amp;Add condition</source>
            <translation>&amp;Ajouter une condition</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Ajouter une condition</translation>
        </message>
        <message>
            <source>&amp;Reset to the recommendation</source>
            <translation>&amp;Revenir à la recommandation</translation>
        </message>
        <message>
            <source>Reset to the recommendation</source>
            <translation>Revenir à la recommandation</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Issue :</translation>
        </message>
        <message>
            <source>&amp;Workers approved:</source>
            <translation>&amp;Travailleurs approuvés :</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>%1: %2 is not valid (%3).</source>
            <translation>%1 : %2 n'est pas valide (%3).</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Ordinary session 11/2026</source>
            <translation>Session ordinaire 11/2026</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <source>Create the meeting</source>
            <translation>Créer la séance</translation>
        </message>
        <message>
            <source>A meeting needs a title.</source>
            <translation>Une séance doit avoir un titre.</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>Change the PIN of {name}</source>
            <translation>Changer le code PIN de {name}</translation>
        </message>
        <message>
            <source>Reset the PIN of {name}</source>
            <translation>Réinitialiser le code PIN de {name}</translation>
        </message>
        <message>
            <source>Set the PIN of {name}</source>
            <translation>Définir le code PIN de {name}</translation>
        </message>
        <message>
            <source>The member types a new PIN of at least 6 digits, twice. Nobody else should watch. Only a salted hash of it is stored.</source>
            <translation>Le membre saisit deux fois un nouveau code PIN d'au moins 6 chiffres. Personne d'autre ne doit regarder. Seule une empreinte salée en est conservée.</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Nouveau code PIN :</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN:</source>
            <translation>&amp;Répéter le code PIN :</translation>
        </message>
        <message>
            <source>&amp;Old PIN:</source>
            <translation>&amp;Ancien code PIN :</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>&amp;Définir le code PIN</translation>
        </message>
        <message>
            <source>That PIN is published as a demo PIN; choose another.</source>
            <translation>Ce code PIN est publié comme code de démonstration ; choisissez-en un autre.</translation>
        </message>
        <message>
            <source>A PIN has at least 6 digits, and digits only.</source>
            <translation>Un code PIN comporte au moins 6 chiffres, et uniquement des chiffres.</translation>
        </message>
        <message>
            <source>The two entries differ; type the same PIN twice.</source>
            <translation>Les deux saisies diffèrent ; saisissez deux fois le même code PIN.</translation>
        </message>
        <message numerus="yes">
            <source>The old PIN is wrong: %n tries left.</source>
            <translation>
                <numerusform>L'ancien code PIN est erroné : %n essai restant.</numerusform>
                <numerusform>L'ancien code PIN est erroné : %n essais restants.</numerusform>
            </translation>
        </message>
        <message>
            <source>Locked out for %1 s after too many wrong PINs.</source>
            <translation>Bloqué pendant %1 s après trop de codes PIN erronés.</translation>
        </message>
    </context>
    <context>
        <name>PaneMembersModel</name>
        <message>
            <source>Has voted</source>
            <translation>A voté</translation>
        </message>
        <message>
            <source>Has not voted yet</source>
            <translation>N'a pas encore voté</translation>
        </message>
        <message>
            <source>%1: has voted</source>
            <translation>%1 : a voté</translation>
        </message>
        <message>
            <source>%1: has not voted yet</source>
            <translation>%1 : n'a pas encore voté</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview of the minutes</source>
            <translation>Aperçu du procès-verbal</translation>
        </message>
        <message>
            <source>Page of the minutes</source>
            <translation>Page du procès-verbal</translation>
        </message>
        <message>
            <source>No preview: the QtPdf module of PySide6-Addons is not installed. Save the minutes with Save as… and open the file in a PDF reader.</source>
            <translation>Pas d'aperçu : le module QtPdf de PySide6-Addons n'est pas installé. Enregistrez le procès-verbal avec Enregistrer sous… et ouvrez le fichier dans un lecteur PDF.</translation>
        </message>
        <message>
            <source>This file cannot be shown (it is not a readable PDF).</source>
            <translation>Ce fichier ne peut pas être affiché (ce n'est pas un PDF lisible).</translation>
        </message>
    </context>
    <context>
        <name>PendingRequestsModel</name>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter PIN</source>
            <translation>Saisir le code PIN</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN message</source>
            <translation>Message du code PIN</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>Code &amp;PIN :</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Saisissez votre code PIN, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>Wrong PIN: 1 try left</source>
            <translation>Code PIN erroné : 1 essai restant</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN: %n tries left</source>
            <translation>
                <numerusform>Code PIN erroné : %n essai restant</numerusform>
                <numerusform>Code PIN erroné : %n essais restants</numerusform>
            </translation>
        </message>
        <message>
            <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
            <translation>Ce membre n'a pas encore de code PIN. Le secrétariat en définit un dans les paramètres de la commission.</translation>
        </message>
        <message>
            <source>Locked out for %1 s after too many wrong PINs.</source>
            <translation>Bloqué pendant %1 s après trop de codes PIN erronés.</translation>
        </message>
        <message>
            <source>You may try your PIN again.</source>
            <translation>Vous pouvez saisir de nouveau votre code PIN.</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>A PIN has at least %n digits, and digits only.</source>
            <translation>
                <numerusform>Un code PIN comporte au moins %n chiffre, et uniquement des chiffres.</numerusform>
                <numerusform>Un code PIN comporte au moins %n chiffres, et uniquement des chiffres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. Tries left before a lockout: %n.</source>
            <translation>
                <numerusform>Code PIN erroné. Essai restant avant blocage : %n.</numerusform>
                <numerusform>Code PIN erroné. Essais restants avant blocage : %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Locked out after too many wrong PINs; try again in %n s.</source>
            <translation>
                <numerusform>Bloqué après trop de codes PIN erronés ; réessayez dans %n s.</numerusform>
                <numerusform>Bloqué après trop de codes PIN erronés ; réessayez dans %n s.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not everyone has voted (missing: %n); the chair may close the vote.</source>
            <translation>
                <numerusform>Tout le monde n'a pas voté (manquant : %n) ; la présidence peut clore le vote.</numerusform>
                <numerusform>Tout le monde n'a pas voté (manquants : %n) ; la présidence peut clore le vote.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The passphrase must have at least %n characters.</source>
            <translation>
                <numerusform>La phrase secrète doit comporter au moins %n caractère.</numerusform>
                <numerusform>La phrase secrète doit comporter au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) from event {seq} on were deleted.</source>
            <translation>
                <numerusform>%n événement a été supprimé à partir de l'événement {seq}.</numerusform>
                <numerusform>%n événements ont été supprimés à partir de l'événement {seq}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were deleted before event {seq} and the rest renumbered.</source>
            <translation>
                <numerusform>%n événement a été supprimé avant l'événement {seq} et les suivants renumérotés.</numerusform>
                <numerusform>%n événements ont été supprimés avant l'événement {seq} et les suivants renumérotés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s)</source>
            <translation>
                <numerusform>%n travailleur</numerusform>
                <numerusform>%n travailleurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) filed</source>
            <translation>
                <numerusform>%n fichier déposé</numerusform>
                <numerusform>%n fichiers déposés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateBallot</name>
        <message>
            <source>Private ballot</source>
            <translation>Bulletin personnel</translation>
        </message>
        <message>
            <source>Ballot of %1</source>
            <translation>Bulletin de %1</translation>
        </message>
        <message>
            <source>Only you see this. It locks when you cast or after a minute idle.</source>
            <translation>Vous seul(e) voyez ceci. Il se verrouille lorsque vous votez ou après une minute d'inactivité.</translation>
        </message>
        <message>
            <source>Your scores</source>
            <translation>Vos notes</translation>
        </message>
        <message>
            <source>&amp;Use the data scores</source>
            <translation>&amp;Utiliser les notes des données</translation>
        </message>
        <message>
            <source>Use the technical scores from the dossier</source>
            <translation>Utiliser les notes techniques du dossier</translation>
        </message>
        <message>
            <source>Set each criterion with a technical score to that score</source>
            <translation>Régler chaque critère doté d'une note technique sur cette note</translation>
        </message>
        <message>
            <source>Your scores (optional)</source>
            <translation>Vos notes (facultatif)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Vote for the motion</source>
            <translation>Voter pour la motion</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Contre</translation>
        </message>
        <message>
            <source>Vote against the motion</source>
            <translation>Voter contre la motion</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>Explanation of vote (minuted &amp;with a named vote):</source>
            <translation>Explication de vote (consignée &amp;avec un vote nominatif) :</translation>
        </message>
        <message>
            <source>Explanation of vote</source>
            <translation>Explication de vote</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>Cast &amp;ballot</source>
            <translation>Déposer le &amp;bulletin</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>Déposer le bulletin</translation>
        </message>
        <message>
            <source>Loc&amp;k without voting</source>
            <translation>&amp;Verrouiller sans voter</translation>
        </message>
        <message>
            <source>Lock without voting</source>
            <translation>Verrouiller sans voter</translation>
        </message>
        <message>
            <source>Your vote:</source>
            <translation>Votre vote :</translation>
        </message>
        <message>
            <source>Arrow keys move between the three choices; Space chooses; Ctrl+Return casts.</source>
            <translation>Les flèches permettent de passer d'un choix à l'autre ; Espace choisit ; Ctrl+Return dépose le bulletin.</translation>
        </message>
        <message numerus="yes">
            <source>Locking in %n s — touch any key to keep working</source>
            <translation>
                <numerusform>Verrouillage dans %n s — touchez une touche pour continuer</numerusform>
                <numerusform>Verrouillage dans %n s — touchez une touche pour continuer</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose For, Against or Abstain first.</source>
            <translation>Choisissez d'abord Pour, Contre ou Abstention.</translation>
        </message>
    </context>
    <context>
        <name>ProblemTableModel</name>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>file not found</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>unsupported file type; use .csv or .xlsx</source>
            <translation>type de fichier non pris en charge ; utilisez .csv ou .xlsx</translation>
        </message>
        <message>
            <source>the file is not UTF-8: line {line} cannot be decoded; save it as 'CSV UTF-8'</source>
            <translation>le fichier n'est pas en UTF-8 : la ligne {line} ne peut pas être décodée ; enregistrez-le au format « CSV UTF-8 »</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>the file has a header but no requests</source>
            <translation>le fichier comporte un en-tête mais aucune demande</translation>
        </message>
        <message>
            <source>the CSV cannot be read: {reason}</source>
            <translation>le fichier CSV est illisible : {reason}</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be read: {reason}</source>
            <translation>le classeur est illisible : {reason}</translation>
        </message>
        <message>
            <source>the TOML cannot be read: {reason}</source>
            <translation>le fichier TOML est illisible : {reason}</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>colonne obligatoire manquante</translation>
        </message>
        <message>
            <source>column appears twice in the header</source>
            <translation>colonne présente deux fois dans l'en-tête</translation>
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation>colonne inconnue, ignorée</translation>
        </message>
        <message>
            <source>the row has {found} fields but the header has {expected}</source>
            <translation>la ligne comporte {found} champs, mais l'en-tête en comporte {expected}</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>une valeur est obligatoire</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>not a number (use a dot as the decimal point, no thousands separator)</source>
            <translation>n'est pas un nombre (utilisez le point comme séparateur décimal, sans séparateur de milliers)</translation>
        </message>
        <message>
            <source>not a yes/no value (true/false, yes/no, 1/0, sí/no, oui/non)</source>
            <translation>n'est pas une valeur oui/non (true/false, yes/no, 1/0, sí/no, oui/non)</translation>
        </message>
        <message>
            <source>not a date in ISO 8601 form (YYYY-MM-DD)</source>
            <translation>n'est pas une date au format ISO 8601 (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>must be at least {min}</source>
            <translation>doit être au moins égal à {min}</translation>
        </message>
        <message>
            <source>must be at most {max}</source>
            <translation>doit être au plus égal à {max}</translation>
        </message>
        <message>
            <source>must be greater than 0</source>
            <translation>doit être supérieur à 0</translation>
        </message>
        <message>
            <source>not an ISCO-08 unit group (a 4-digit code that exists)</source>
            <translation>n'est pas un groupe de base de la CITP-08 (un code existant à 4 chiffres)</translation>
        </message>
        <message>
            <source>not an ISIC Rev.4 section letter (A-U) or 2-digit division</source>
            <translation>n'est pas une lettre de section (A-U) ni une division à 2 chiffres de la CITI Rév. 4</translation>
        </message>
        <message>
            <source>not an ISO 4217 currency code</source>
            <translation>n'est pas un code de devise ISO 4217</translation>
        </message>
        <message>
            <source>not an ISO 3166-1 alpha-2 country code</source>
            <translation>n'est pas un code de pays ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <source>unknown integration support item; use {allowed}</source>
            <translation>élément d'aide à l'intégration inconnu ; utilisez {allowed}</translation>
        </message>
        <message>
            <source>holds the control character {char}: {rule}</source>
            <translation>contient le caractère de contrôle {char} : {rule}</translation>
        </message>
        <message>
            <source>not a usable number (NaN, infinity, an empty number cell, or out of range)</source>
            <translation>n'est pas un nombre utilisable (NaN, infini, cellule numérique vide ou valeur hors limites)</translation>
        </message>
        <message>
            <source>the cell holds a spreadsheet error, not a value</source>
            <translation>la cellule contient une erreur de tableur, et non une valeur</translation>
        </message>
        <message>
            <source>foreign employees ({foreign}) exceed employees ({employees})</source>
            <translation>le nombre de salariés étrangers ({foreign}) dépasse le nombre de salariés ({employees})</translation>
        </message>
        <message>
            <source>reference already used on row {first_row}</source>
            <translation>référence déjà utilisée à la ligne {first_row}</translation>
        </message>
        <message>
            <source>reference already in the database</source>
            <translation>référence déjà présente dans la base de données</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>clé inconnue</translation>
        </message>
        <message>
            <source>required key is missing</source>
            <translation>clé obligatoire manquante</translation>
        </message>
        <message>
            <source>must be {expected}</source>
            <translation>doit être {expected}</translation>
        </message>
        <message>
            <source>must be one of: {allowed}</source>
            <translation>doit être l'une des valeurs suivantes : {allowed}</translation>
        </message>
        <message>
            <source>id already used by another member</source>
            <translation>identifiant déjà utilisé par un autre membre</translation>
        </message>
        <message>
            <source>no member with this id</source>
            <translation>aucun membre avec cet identifiant</translation>
        </message>
        <message>
            <source>not a fraction between 0 and 1 (e.g. "2/3")</source>
            <translation>n'est pas une fraction entre 0 et 1 (p. ex. « 2/3 »)</translation>
        </message>
        <message>
            <source>the board needs exactly one active chair (found {found})</source>
            <translation>la commission doit avoir exactement un(e) président(e) en fonction (nombre trouvé : {found})</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no request with this reference in the database</source>
            <translation>aucune demande avec cette référence dans la base de données</translation>
        </message>
        <message>
            <source>the request is {status}, not pending</source>
            <translation>la demande est {status}, et non en attente</translation>
        </message>
        <message>
            <source>this member may not vote, score or dissent on the item: {why}</source>
            <translation>ce membre ne peut ni voter, ni noter, ni déposer d'opinion dissidente sur ce point : {why}</translation>
        </message>
        <message>
            <source>a motion after an adopted one (motion {adopted} already decided the item)</source>
            <translation>une motion postérieure à une motion adoptée (la motion {adopted} a déjà tranché le point)</translation>
        </message>
        <message>
            <source>this request is already an item of the meeting</source>
            <translation>cette demande est déjà un point de l'ordre du jour de la séance</translation>
        </message>
        <message>
            <source>workers must be a whole number from {low} to the {max} requested</source>
            <translation>le nombre de travailleurs doit être un nombre entier compris entre {low} et les {max} demandés</translation>
        </message>
        <message>
            <source>no criterion with this code in the catalogue</source>
            <translation>aucun critère avec ce code dans le catalogue</translation>
        </message>
        <message>
            <source>points must be 0, 10 or 20</source>
            <translation>les points doivent être 0, 10 ou 20</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
    </context>
    <context>
        <name>RecordBanner</name>
        <message>
            <source>The record was changed outside Tripartite</source>
            <translation>Les archives ont été modifiées en dehors de Tripartite</translation>
        </message>
        <message>
            <source>Open the a&amp;udit log</source>
            <translation>Ouvrir le journal d'a&amp;udit</translation>
        </message>
        <message numerus="yes">
            <source>This board's record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</source>
            <translation>
                <numerusform>Les archives de cette commission ont été modifiées en dehors de Tripartite : %1 (et %n autre). Ouvrez le journal d'audit pour les voir.</numerusform>
                <numerusform>Les archives de cette commission ont été modifiées en dehors de Tripartite : %1 (et %n autres). Ouvrez le journal d'audit pour les voir.</numerusform>
            </translation>
        </message>
        <message>
            <source>This board's record was changed outside Tripartite: %1. Open the audit log to see it.</source>
            <translation>Les archives de cette commission ont été modifiées en dehors de Tripartite : %1. Ouvrez le journal d'audit pour le voir.</translation>
        </message>
        <message>
            <source>audit event {seq} was altered</source>
            <translation>l'événement d'audit {seq} a été altéré</translation>
        </message>
        <message>
            <source>audit event {seq} was rewritten and its hash recomputed</source>
            <translation>l'événement d'audit {seq} a été réécrit et son empreinte recalculée</translation>
        </message>
        <message numerus="yes">
            <source>%n audit event(s) from event {seq} on were deleted</source>
            <translation>
                <numerusform>%n événement d'audit a été supprimé à partir de l'événement {seq}</numerusform>
                <numerusform>%n événements d'audit ont été supprimés à partir de l'événement {seq}</numerusform>
            </translation>
        </message>
        <message>
            <source>audit events before event {seq} were deleted and the rest renumbered</source>
            <translation>des événements d'audit antérieurs à l'événement {seq} ont été supprimés et les suivants renumérotés</translation>
        </message>
        <message>
            <source>the record up to event {seq} is not the one {source} holds</source>
            <translation>les archives jusqu'à l'événement {seq} ne sont pas celles que détient {source}</translation>
        </message>
        <message>
            <source>event {seq}, which {source} holds, is missing</source>
            <translation>l'événement {seq}, que détient {source}, est manquant</translation>
        </message>
        <message>
            <source>{row} differs from what its audit event {seq} recorded</source>
            <translation>{row} diffère de ce qu'a enregistré son événement d'audit {seq}</translation>
        </message>
        <message>
            <source>{row} has no audit event vouching for it</source>
            <translation>{row} n'est garanti par aucun événement d'audit</translation>
        </message>
        <message>
            <source>{row} was deleted</source>
            <translation>{row} a été supprimé</translation>
        </message>
        <message>
            <source>the secret votes of {key} differ from what their reveal committed to</source>
            <translation>les votes secrets de {key} diffèrent de ceux que leur dépouillement a garantis</translation>
        </message>
        <message>
            <source>the secret votes of {key} do not match the members who voted</source>
            <translation>les votes secrets de {key} ne correspondent pas aux membres ayant voté</translation>
        </message>
        <message>
            <source>the check found {code}</source>
            <translation>la vérification a trouvé {code}</translation>
        </message>
        <message>
            <source>an anchor</source>
            <translation>une ancre</translation>
        </message>
    </context>
    <context>
        <name>RecordCheck</name>
        <message>
            <source>The record could not be checked: {error}</source>
            <translation>Les archives n'ont pas pu être vérifiées : {error}</translation>
        </message>
    </context>
    <context>
        <name>RecusalDialog</name>
        <message>
            <source>Recusals</source>
            <translation>Récusations</translation>
        </message>
        <message>
            <source>Recusals recorded</source>
            <translation>Récusations enregistrées</translation>
        </message>
        <message>
            <source>Member who steps aside</source>
            <translation>Membre qui se récuse</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>The interest declared, as it will be minuted</source>
            <translation>L'intérêt déclaré, tel qu'il sera consigné au procès-verbal</translation>
        </message>
        <message>
            <source>Enter your PIN to record the recusal.</source>
            <translation>Saisissez votre code PIN pour enregistrer la récusation.</translation>
        </message>
        <message>
            <source>&amp;Record recusal</source>
            <translation>&amp;Enregistrer la récusation</translation>
        </message>
        <message>
            <source>Record recusal</source>
            <translation>Enregistrer la récusation</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>M&amp;otif :</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Recorded for this item:</source>
            <translation>Enregistrées pour ce point :</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Write the reason: it is minuted.</source>
            <translation>Indiquez le motif : il est consigné au procès-verbal.</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <source>Two members must each type their PIN.</source>
            <translation>Deux membres doivent chacun saisir leur code PIN.</translation>
        </message>
        <message>
            <source>These PINs were typed for another board's database.</source>
            <translation>Ces codes PIN ont été saisis pour la base de données d'une autre commission.</translation>
        </message>
        <message>
            <source>Two different members must type their PIN.</source>
            <translation>Deux membres différents doivent saisir leur code PIN.</translation>
        </message>
        <message>
            <source>Only a meeting created for recording, still in draft, can be recorded.</source>
            <translation>Seule une séance créée pour enregistrement, encore à l'état de brouillon, peut être enregistrée.</translation>
        </message>
        <message>
            <source>This needs a member's PIN.</source>
            <translation>Cette action exige le code PIN d'un membre.</translation>
        </message>
        <message>
            <source>This PIN was typed too long ago; type it again.</source>
            <translation>Ce code PIN a été saisi il y a trop longtemps ; saisissez-le de nouveau.</translation>
        </message>
        <message>
            <source>Recording a held meeting gives authority over that meeting only.</source>
            <translation>L'enregistrement d'une séance tenue ne donne autorité que sur cette séance.</translation>
        </message>
        <message>
            <source>This needs the PINs of the members concerned.</source>
            <translation>Cette action exige les codes PIN des membres concernés.</translation>
        </message>
        <message>
            <source>Only the member themself may do this, after their own PIN.</source>
            <translation>Seul le membre lui-même peut effectuer cette action, après avoir saisi son propre code PIN.</translation>
        </message>
        <message>
            <source>Only the member presiding (the chair, or the stand-in named at the opening) may do this.</source>
            <translation>Seul le membre qui préside (la présidence, ou le suppléant désigné à l'ouverture) peut effectuer cette action.</translation>
        </message>
        <message>
            <source>Only the chair or the secretary may do this, with their PIN.</source>
            <translation>Seuls la présidence ou le secrétariat peuvent effectuer cette action, avec leur code PIN.</translation>
        </message>
        <message>
            <source>A change of the rules needs the chair's and the secretary's PINs.</source>
            <translation>Une modification des règles exige les codes PIN de la présidence et du secrétariat.</translation>
        </message>
        <message>
            <source>Resetting a PIN needs the chair's and the secretary's PINs.</source>
            <translation>La réinitialisation d'un code PIN exige les codes PIN de la présidence et du secrétariat.</translation>
        </message>
        <message>
            <source>To change your own PIN, give your old PIN (Change my PIN).</source>
            <translation>Pour changer votre propre code PIN, indiquez votre ancien code PIN (Changer mon code PIN).</translation>
        </message>
        <message>
            <source>A first PIN is set with the chair's or the secretary's PIN.</source>
            <translation>Un premier code PIN est défini avec le code PIN de la présidence ou du secrétariat.</translation>
        </message>
        <message>
            <source>A stand-in is named with their own PIN and the secretary's (or the chair's).</source>
            <translation>Un suppléant à la présidence est désigné avec son propre code PIN et celui du secrétariat (ou de la présidence).</translation>
        </message>
        <message>
            <source>This member's stored PIN cannot be read; the chair and the secretary must reset it.</source>
            <translation>Le code PIN enregistré de ce membre est illisible ; la présidence et le secrétariat doivent le réinitialiser.</translation>
        </message>
        <message>
            <source>That PIN is published as a demo PIN; choose another.</source>
            <translation>Ce code PIN est publié comme code de démonstration ; choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Demo PINs are only for a freshly loaded sample board.</source>
            <translation>Les codes PIN de démonstration sont réservés à une commission d'exemple fraîchement chargée.</translation>
        </message>
        <message>
            <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
            <translation>Ce membre n'a pas encore de code PIN. Le secrétariat en définit un dans les paramètres de la commission.</translation>
        </message>
        <message>
            <source>This database already has a board; use a new database file.</source>
            <translation>Cette base de données a déjà une commission ; utilisez un nouveau fichier de base de données.</translation>
        </message>
        <message>
            <source>This database has no board yet.</source>
            <translation>Cette base de données n'a pas encore de commission.</translation>
        </message>
        <message>
            <source>There is no such member on this board.</source>
            <translation>Ce membre n'existe pas dans cette commission.</translation>
        </message>
        <message>
            <source>The board's criteria catalogue ({version}…) is missing from the database.</source>
            <translation>Le catalogue de critères de la commission ({version}…) est absent de la base de données.</translation>
        </message>
        <message>
            <source>{path}: choose a .csv or .xlsx file.</source>
            <translation>{path} : choisissez un fichier .csv ou .xlsx.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} ne peut pas être écrit : {reason}.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} n'existe pas.</translation>
        </message>
        <message>
            <source>{path} is busy: another program is using it. Close that program and try again.</source>
            <translation>{path} est occupé : un autre programme l'utilise. Fermez ce programme et réessayez.</translation>
        </message>
        <message>
            <source>{path} is locked by another task; try again in a moment.</source>
            <translation>{path} est verrouillé par une autre tâche ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The computer ran out of memory while using {path}.</source>
            <translation>L'ordinateur a manqué de mémoire lors de l'utilisation de {path}.</translation>
        </message>
        <message>
            <source>{path} is read-only; copy it to a folder you may write to, or ask for write access.</source>
            <translation>{path} est en lecture seule ; copiez-le dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
        </message>
        <message>
            <source>The disk could not be read or written while using {path}.</source>
            <translation>Le disque n'a pas pu être lu ou écrit lors de l'utilisation de {path}.</translation>
        </message>
        <message>
            <source>{path} is damaged; open the latest backup instead.</source>
            <translation>{path} est endommagé ; ouvrez plutôt la dernière sauvegarde.</translation>
        </message>
        <message>
            <source>The disk is full; free some space, then try again.</source>
            <translation>Le disque est plein ; libérez de l'espace, puis réessayez.</translation>
        </message>
        <message>
            <source>{path} cannot be opened.</source>
            <translation>{path} ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>Access to {path} was denied.</source>
            <translation>L'accès à {path} a été refusé.</translation>
        </message>
        <message>
            <source>{path} is not a Tripartite database.</source>
            <translation>{path} n'est pas une base de données Tripartite.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be created: {reason}.</source>
            <translation>Le dossier {path} ne peut pas être créé : {reason}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} existe déjà ; choisissez un autre nom.</translation>
        </message>
        <message>
            <source>A secret ballot is being cast; make the backup after its reveal.</source>
            <translation>Un scrutin secret est en cours ; effectuez la sauvegarde après son dépouillement.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are signed, so it is read-only; record a correction as an amendment.</source>
            <translation>Le procès-verbal de cette séance est signé : elle est donc en lecture seule ; enregistrez une correction sous forme d'amendement.</translation>
        </message>
        <message>
            <source>That agenda item no longer exists.</source>
            <translation>Ce point de l'ordre du jour n'existe plus.</translation>
        </message>
        <message>
            <source>That motion no longer exists.</source>
            <translation>Cette motion n'existe plus.</translation>
        </message>
        <message>
            <source>That record no longer exists.</source>
            <translation>Cet enregistrement n'existe plus.</translation>
        </message>
        <message>
            <source>The meeting's state ({status}) does not allow this now.</source>
            <translation>L'état de la séance ({status}) ne permet pas cette action pour l'instant.</translation>
        </message>
        <message>
            <source>Only a voting member of the board may preside.</source>
            <translation>Seul un membre votant de la commission peut présider.</translation>
        </message>
        <message>
            <source>The stand-in named is not marked present: mark them present, or name another.</source>
            <translation>Le suppléant désigné n'est pas marqué présent : marquez-le présent, ou désignez quelqu'un d'autre.</translation>
        </message>
        <message>
            <source>A vote is still open; reveal it first.</source>
            <translation>Un vote est encore ouvert ; procédez d'abord à son dépouillement.</translation>
        </message>
        <message>
            <source>A motion on this item is still being voted; reveal it first.</source>
            <translation>Une motion sur ce point est encore en cours de vote ; procédez d'abord à son dépouillement.</translation>
        </message>
        <message>
            <source>Request {reference} is no longer pending.</source>
            <translation>La demande {reference} n'est plus en attente.</translation>
        </message>
        <message>
            <source>Recusals are recorded before voting on the item starts.</source>
            <translation>Les récusations sont enregistrées avant le début du vote sur le point.</translation>
        </message>
        <message>
            <source>Attestations are settled before voting on the item starts.</source>
            <translation>Les attestations sont réglées avant le début du vote sur le point.</translation>
        </message>
        <message>
            <source>The item is already settled.</source>
            <translation>Le point est déjà réglé.</translation>
        </message>
        <message>
            <source>Workers approved must be between 1 and the {requested} requested.</source>
            <translation>Le nombre de travailleurs approuvés doit être compris entre 1 et les {requested} demandés.</translation>
        </message>
        <message>
            <source>The condition “{kind}” is incomplete or out of range.</source>
            <translation>La condition « {kind} » est incomplète ou hors limites.</translation>
        </message>
        <message>
            <source>The item has no quorum; it cannot be voted.</source>
            <translation>Le quorum n'est pas atteint pour ce point ; il ne peut pas être mis aux voix.</translation>
        </message>
        <message>
            <source>The motion is not in a state that allows this.</source>
            <translation>L'état de la motion ne permet pas cette action.</translation>
        </message>
        <message>
            <source>Voting on this motion is not open.</source>
            <translation>Le vote sur cette motion n'est pas ouvert.</translation>
        </message>
        <message>
            <source>This member is not entitled to vote on this item.</source>
            <translation>Ce membre n'a pas le droit de vote sur ce point.</translation>
        </message>
        <message>
            <source>This member has already voted on this motion.</source>
            <translation>Ce membre a déjà voté sur cette motion.</translation>
        </message>
        <message>
            <source>The ballots are sealed until the reveal.</source>
            <translation>Les bulletins sont scellés jusqu'au dépouillement.</translation>
        </message>
        <message>
            <source>A bare tally is accepted only when recording a held meeting.</source>
            <translation>Un simple décompte n'est accepté que lors de l'enregistrement d'une séance tenue.</translation>
        </message>
        <message>
            <source>The 48-hour window for written dissents has closed.</source>
            <translation>Le délai de 48 heures pour les opinions dissidentes écrites est clos.</translation>
        </message>
        <message>
            <source>A dissent is filed against a decision.</source>
            <translation>Une opinion dissidente se dépose contre une décision.</translation>
        </message>
        <message>
            <source>Only a member who sat on this item may file a dissent on it.</source>
            <translation>Seul un membre ayant siégé sur ce point peut y déposer une opinion dissidente.</translation>
        </message>
        <message>
            <source>A dissent needs its text.</source>
            <translation>Une opinion dissidente doit comporter un texte.</translation>
        </message>
        <message>
            <source>That follow-up record no longer exists.</source>
            <translation>Ce dossier de suivi n'existe plus.</translation>
        </message>
        <message>
            <source>This condition's follow-up is settled; it takes no more evidence or findings.</source>
            <translation>Le suivi de cette condition est clos ; il n'accepte plus de justificatifs ni de constats.</translation>
        </message>
        <message>
            <source>No evidence is filed for this condition yet: file it first, or record a breach.</source>
            <translation>Aucun justificatif n'a encore été déposé pour cette condition : déposez-le d'abord, ou constatez un manquement.</translation>
        </message>
        <message>
            <source>A finding needs its note.</source>
            <translation>Un constat doit être accompagné de sa note.</translation>
        </message>
        <message>
            <source>That meeting no longer exists.</source>
            <translation>Cette séance n'existe plus.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are not signed yet: correct the meeting and build them again.</source>
            <translation>Le procès-verbal de cette séance n'est pas encore signé : corrigez la séance et établissez-le de nouveau.</translation>
        </message>
        <message>
            <source>Close the meeting before building its minutes.</source>
            <translation>Clôturez la séance avant d'en établir le procès-verbal.</translation>
        </message>
        <message>
            <source>The minutes are being signed ({roles} signed): finish the signatures.</source>
            <translation>Le procès-verbal est en cours de signature ({roles} ont signé) : terminez les signatures.</translation>
        </message>
        <message>
            <source>Those minutes no longer exist.</source>
            <translation>Ce procès-verbal n'existe plus.</translation>
        </message>
        <message>
            <source>These minutes were built again since; sign the newer file.</source>
            <translation>Ce procès-verbal a été établi de nouveau depuis ; signez le fichier le plus récent.</translation>
        </message>
        <message>
            <source>This file is an older revision of the minutes: sign the latest signed file instead.</source>
            <translation>Ce fichier est une version antérieure du procès-verbal : signez plutôt le dernier fichier signé.</translation>
        </message>
        <message>
            <source>This file is not minutes stored in this board's database.</source>
            <translation>Ce fichier n'est pas un procès-verbal conservé dans la base de données de cette commission.</translation>
        </message>
        <message>
            <source>{folder} is not empty and not an earlier demo folder; choose a new folder.</source>
            <translation>{folder} n'est pas vide et n'est pas un ancien dossier de démonstration ; choisissez un nouveau dossier.</translation>
        </message>
        <message>
            <source>Type the signer's name.</source>
            <translation>Saisissez le nom du signataire.</translation>
        </message>
        <message>
            <source>There is no signatory role {role}.</source>
            <translation>Il n'existe pas de rôle de signataire {role}.</translation>
        </message>
        <message>
            <source>There is no key algorithm {algorithm}.</source>
            <translation>Il n'existe pas d'algorithme de clé {algorithm}.</translation>
        </message>
        <message>
            <source>This file is not a certificate.</source>
            <translation>Ce fichier n'est pas un certificat.</translation>
        </message>
        <message>
            <source>This file holds no certificate.</source>
            <translation>Ce fichier ne contient aucun certificat.</translation>
        </message>
        <message>
            <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
            <translation>Ce fichier n'est pas une clé de signature (un fichier PKCS#12 .p12).</translation>
        </message>
        <message>
            <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
            <translation>Phrase secrète erronée pour ce fichier de clé. Rien n'a été signé ; saisissez-la de nouveau.</translation>
        </message>
        <message>
            <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
            <translation>Le fichier ne peut pas être lu comme un PDF : il est peut-être endommagé ou tronqué.</translation>
        </message>
        <message>
            <source>The file has no readable signature.</source>
            <translation>Le fichier ne comporte aucune signature lisible.</translation>
        </message>
        <message>
            <source>This file is not minutes made by Tripartite (it has no evidence annex).</source>
            <translation>Ce fichier n'est pas un procès-verbal établi par Tripartite (il n'a pas d'annexe de preuves).</translation>
        </message>
        <message>
            <source>These minutes have no signature box for {role}.</source>
            <translation>Ce procès-verbal n'a pas de case de signature pour {role}.</translation>
        </message>
        <message>
            <source>This role has already signed.</source>
            <translation>Ce rôle a déjà signé.</translation>
        </message>
        <message>
            <source>This key was made for the role {key_role}, not {role}.</source>
            <translation>Cette clé a été créée pour le rôle {key_role}, et non {role}.</translation>
        </message>
        <message>
            <source>This key has already signed the {box} box; each box needs its own signatory.</source>
            <translation>Cette clé a déjà signé la case {box} ; chaque case exige son propre signataire.</translation>
        </message>
        <message>
            <source>This file was changed after the {role} signature; do not sign it, get the signed minutes again.</source>
            <translation>Ce fichier a été modifié après la signature {role} ; ne le signez pas, récupérez de nouveau le procès-verbal signé.</translation>
        </message>
        <message>
            <source>This certificate was made for the role {certificate_role}, not {role}.</source>
            <translation>Ce certificat a été créé pour le rôle {certificate_role}, et non {role}.</translation>
        </message>
        <message>
            <source>The certificate of {subject} names no signatory role; choose the role it signs for.</source>
            <translation>Le certificat de {subject} n'indique aucun rôle de signataire ; choisissez le rôle pour lequel il signe.</translation>
        </message>
        <message>
            <source>{name} does not hold the signatory role {role}.</source>
            <translation>{name} n'occupe pas le rôle de signataire {role}.</translation>
        </message>
        <message>
            <source>The certificate of {subject} is trusted already, for another member or box; remove it first.</source>
            <translation>Le certificat de {subject} est déjà reconnu, pour un autre membre ou une autre case ; retirez-le d'abord.</translation>
        </message>
        <message>
            <source>The board does not trust this certificate.</source>
            <translation>La commission ne fait pas confiance à ce certificat.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;Nouvelle demande…</translation>
        </message>
        <message>
            <source>Enter a request by hand (Ctrl+N)</source>
            <translation>Saisir une demande manuellement (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit request…</source>
            <translation>&amp;Modifier la demande…</translation>
        </message>
        <message>
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <source>Correct the selected request (F2); pending or deferred only</source>
            <translation>Corriger la demande sélectionnée (F2) ; en attente ou ajournée uniquement</translation>
        </message>
        <message>
            <source>Add to &amp;agenda…</source>
            <translation>Inscrire à l'&amp;ordre du jour…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>Put the selected requests on a meeting's agenda (Ctrl+Shift+A)</source>
            <translation>Inscrire les demandes sélectionnées à l'ordre du jour d'une séance (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Search reference, employer, job, region, notes…</source>
            <translation>Rechercher référence, employeur, emploi, région, notes…</translation>
        </message>
        <message>
            <source>Every word must match the start of a word; accents are ignored.</source>
            <translation>Chaque mot doit correspondre au début d'un mot ; les accents sont ignorés.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>&amp;Profession :</translation>
        </message>
        <message>
            <source>{shown} of {total} requests</source>
            <translation>{shown} demandes sur {total}</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>All occupations</source>
            <translation>Toutes les professions</translation>
        </message>
        <message>
            <source>Gates and score are computed for the rows shown and cannot be sorted; filter instead.</source>
            <translation>Les contrôles et la note sont calculés pour les lignes affichées et ne peuvent pas être triés ; filtrez plutôt.</translation>
        </message>
        <message>
            <source>{reference} is {status}: only pending or deferred requests can be edited.</source>
            <translation>{reference} est {status} : seules les demandes en attente ou ajournées peuvent être modifiées.</translation>
        </message>
        <message>
            <source>Saved the request; the change is in the audit log.</source>
            <translation>Demande enregistrée ; la modification figure au journal d'audit.</translation>
        </message>
        <message>
            <source>{status} ({count})</source>
            <translation>{status} ({count})</translation>
        </message>
    </context>
    <context>
        <name>RequestFormDialog</name>
        <message>
            <source>Fields marked * are required. Leave a fact empty when it is unknown: it then counts as missing evidence, not as zero.</source>
            <translation>Les champs marqués * sont obligatoires. Laissez un fait vide lorsqu'il est inconnu : il compte alors comme justificatif manquant, et non comme zéro.</translation>
        </message>
        <message>
            <source>&amp;Save request</source>
            <translation>Enregistrer la de&amp;mande</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <source>Request and employer</source>
            <translation>Demande et employeur</translation>
        </message>
        <message>
            <source>The job</source>
            <translation>L'emploi</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Local labour market</source>
            <translation>Marché du travail local</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Conformité</translation>
        </message>
        <message>
            <source>Workforce, housing and integration</source>
            <translation>Effectifs, logement et intégration</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Référence</translation>
        </message>
        <message>
            <source>unique, e.g. REQ-2026-0049</source>
            <translation>unique, p. ex. REQ-2026-0049</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Employeur</translation>
        </message>
        <message>
            <source>Emplo&amp;yer id</source>
            <translation>Identifi&amp;ant employeur</translation>
        </message>
        <message>
            <source>tax or registry number</source>
            <translation>numéro fiscal ou d'immatriculation</translation>
        </message>
        <message>
            <source>Sector (IS&amp;IC)</source>
            <translation>Secteur (C&amp;ITI)</translation>
        </message>
        <message>
            <source>A–U or 01–99</source>
            <translation>A–U ou 01–99</translation>
        </message>
        <message>
            <source>&amp;Occupation (ISCO)</source>
            <translation>Pr&amp;ofession (CITP)</translation>
        </message>
        <message>
            <source>e.g. 9211</source>
            <translation>p. ex. 9211</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>Intitu&amp;lé du poste</translation>
        </message>
        <message>
            <source>Re&amp;gion</source>
            <translation>Ré&amp;gion</translation>
        </message>
        <message>
            <source>&amp;Workers requested</source>
            <translation>&amp;Travailleurs demandés</translation>
        </message>
        <message>
            <source>at least 1</source>
            <translation>au moins 1</translation>
        </message>
        <message>
            <source>&amp;Duration (months)</source>
            <translation>&amp;Durée (mois)</translation>
        </message>
        <message>
            <source>1 to 60</source>
            <translation>1 à 60</translation>
        </message>
        <message>
            <source>Wage o&amp;ffered</source>
            <translation>Salaire pro&amp;posé</translation>
        </message>
        <message>
            <source>monthly, e.g. 1850.50</source>
            <translation>mensuel, p. ex. 1850.50</translation>
        </message>
        <message>
            <source>&amp;Prevailing wage</source>
            <translation>Salaire de ré&amp;férence</translation>
        </message>
        <message>
            <source>monthly, same currency</source>
            <translation>mensuel, même devise</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>De&amp;vise</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. EUR</source>
            <translation>ISO 4217, p. ex. EUR</translation>
        </message>
        <message>
            <source>Origin co&amp;untries</source>
            <translation>Pa&amp;ys d'origine</translation>
        </message>
        <message>
            <source>ISO codes separated by ;  e.g. MA;SN</source>
            <translation>codes ISO séparés par ;  p. ex. MA;SN</translation>
        </message>
        <message>
            <source>Vacancy advertised (days)</source>
            <translation>Offre publiée (jours)</translation>
        </message>
        <message>
            <source>Recruitment channels</source>
            <translation>Canaux de recrutement</translation>
        </message>
        <message>
            <source>Local applicants</source>
            <translation>Candidats locaux</translation>
        </message>
        <message>
            <source>Local hires</source>
            <translation>Embauches locales</translation>
        </message>
        <message>
            <source>Local jobs created</source>
            <translation>Emplois locaux créés</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>Stagiaires locaux</translation>
        </message>
        <message>
            <source>Layoffs, last 12 months</source>
            <translation>Licenciements, 12 derniers mois</translation>
        </message>
        <message>
            <source>Violations, last 3 years</source>
            <translation>Infractions, 3 dernières années</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>Conflit du travail</translation>
        </message>
        <message>
            <source>Fees charged to workers</source>
            <translation>Frais facturés aux travailleurs</translation>
        </message>
        <message>
            <source>0 if none</source>
            <translation>0 si aucun</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Salariés</translation>
        </message>
        <message>
            <source>Foreign employees</source>
            <translation>Salariés étrangers</translation>
        </message>
        <message>
            <source>Housing provided</source>
            <translation>Logement fourni</translation>
        </message>
        <message>
            <source>Housing inspected</source>
            <translation>Logement inspecté</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>Aide à l'intégration</translation>
        </message>
        <message>
            <source>Su&amp;bmitted on</source>
            <translation>Dépo&amp;sée le</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non renseigné</translation>
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
            <source>Edit request {reference}</source>
            <translation>Modifier la demande {reference}</translation>
        </message>
        <message>
            <source>The secretary or the chair saves this request.</source>
            <translation>Le secrétariat ou la présidence enregistre cette demande.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Wage offered</source>
            <translation>Salaire proposé</translation>
        </message>
        <message>
            <source>Prevailing wage</source>
            <translation>Salaire de référence</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Déposée</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>ISCO-08 unit group</source>
            <translation>Groupe de base CITP-08</translation>
        </message>
        <message>
            <source>ISIC Rev.4 section or division</source>
            <translation>Section ou division CITI Rév. 4</translation>
        </message>
        <message>
            <source>Foreign workers requested</source>
            <translation>Travailleurs étrangers demandés</translation>
        </message>
        <message>
            <source>Prevailing wage for the job and region</source>
            <translation>Salaire de référence pour l'emploi et la région</translation>
        </message>
        <message>
            <source>Compliance gates: ✗ failed, ? missing evidence, ✓ every automatic gate passed (not sortable)</source>
            <translation>Contrôles de conformité : ✗ non satisfait, ? justificatifs manquants, ✓ tous les contrôles automatiques satisfaits (non triable)</translation>
        </message>
        <message>
            <source>Technical score from the dossier, 0–100; 50 meets expectations (not sortable)</source>
            <translation>Note technique du dossier, 0–100 ; 50 = conforme aux attentes (non triable)</translation>
        </message>
        <message>
            <source>✓ all</source>
            <translation>✓ tous</translation>
        </message>
        <message>
            <source>{code} failed: {reason}</source>
            <translation>{code} non satisfait : {reason}</translation>
        </message>
        <message>
            <source>{code} missing evidence, {reason}</source>
            <translation>{code} justificatifs manquants, {reason}</translation>
        </message>
        <message>
            <source>Every automatic gate passed; attestation gates are answered at the meeting.</source>
            <translation>Tous les contrôles automatiques sont satisfaits ; les contrôles par attestation sont traités en séance.</translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <source>Technical score (no member scored)</source>
            <translation>Note technique (aucun membre n'a noté)</translation>
        </message>
        <message>
            <source>Scores by family (0–100)</source>
            <translation>Notes par famille (0–100)</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>seuil d'approbation</translation>
        </message>
        <message>
            <source>Chart of scores by family and group</source>
            <translation>Graphique des notes par famille et par collège</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Tally by group</source>
            <translation>Décompte par collège</translation>
        </message>
        <message>
            <source>Votes and explanations</source>
            <translation>Votes et explications</translation>
        </message>
        <message>
            <source>Votes and explanations of vote</source>
            <translation>Votes et explications de vote</translation>
        </message>
        <message>
            <source>Written dissents</source>
            <translation>Opinions dissidentes écrites</translation>
        </message>
        <message>
            <source>File di&amp;ssent…</source>
            <translation>Déposer une opinion di&amp;ssidente…</translation>
        </message>
        <message>
            <source>File a written dissent</source>
            <translation>Déposer une opinion dissidente écrite</translation>
        </message>
        <message>
            <source>Agreement and sensitivity</source>
            <translation>Convergence et sensibilité</translation>
        </message>
        <message>
            <source>Not decided: no quorum</source>
            <translation>Non décidée : quorum non atteint</translation>
        </message>
        <message>
            <source>Opinion adopted: %1</source>
            <translation>Avis adopté : %1</translation>
        </message>
        <message>
            <source>Adopted: %1</source>
            <translation>Adoptée : %1</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Non adoptée</translation>
        </message>
        <message>
            <source>Round %1. </source>
            <translation>Tour %1. </translation>
        </message>
        <message>
            <source>Motion: %1</source>
            <translation>Motion : %1</translation>
        </message>
        <message>
            <source>No result yet</source>
            <translation>Pas encore de résultat</translation>
        </message>
        <message>
            <source>Secret ballot: only the tallies by group are shown and minuted.</source>
            <translation>Scrutin secret : seuls les décomptes par collège sont affichés et consignés.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) entitled to vote cast no ballot; the record does not say who.</source>
            <translation>
                <numerusform>%n membre ayant droit de vote n'a déposé aucun bulletin ; les archives n'indiquent pas qui.</numerusform>
                <numerusform>%n membres ayant droit de vote n'ont déposé aucun bulletin ; les archives n'indiquent pas qui.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did not vote: %1.</source>
            <translation>N'ont pas voté : %1.</translation>
        </message>
        <message>
            <source>Board score %1 (%2).</source>
            <translation>Note de la commission %1 (%2).</translation>
        </message>
        <message>
            <source>No member scored for: %1.</source>
            <translation>Aucun membre n'a noté : %1.</translation>
        </message>
        <message>
            <source>No member scored this item; the chart shows the technical score.</source>
            <translation>Aucun membre n'a noté ce point ; le graphique montre la note technique.</translation>
        </message>
        <message>
            <source>Dissents are filed against a decision; this item has none.</source>
            <translation>Les opinions dissidentes se déposent contre une décision ; ce point n'en comporte aucune.</translation>
        </message>
        <message>
            <source>Open: dissents may be filed until 48 hours after the meeting closes.</source>
            <translation>Ouvert : des opinions dissidentes peuvent être déposées jusqu'à 48 heures après la clôture de la séance.</translation>
        </message>
        <message>
            <source>Open until %1.</source>
            <translation>Ouvert jusqu'au %1.</translation>
        </message>
        <message>
            <source>Closed on %1.</source>
            <translation>Clos le %1.</translation>
        </message>
    </context>
    <context>
        <name>RulesTab</name>
        <message>
            <source>none: without consensus the motion fails</source>
            <translation>aucune : sans consensus, la motion est rejetée</translation>
        </message>
        <message>
            <source>The chair's vote breaks a tie</source>
            <translation>La voix de la présidence départage en cas d'égalité</translation>
        </message>
        <message>
            <source>The secretary holds a seat and votes</source>
            <translation>Le secrétaire siège et vote</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>off (gate G9 as in the catalogue)</source>
            <translation>désactivé (contrôle G9 selon le catalogue)</translation>
        </message>
        <message>
            <source>Board &amp;name:</source>
            <translation>&amp;Nom de la commission :</translation>
        </message>
        <message>
            <source>Legal bas&amp;is:</source>
            <translation>Base &amp;juridique :</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>&amp;Autorité :</translation>
        </message>
        <message>
            <source>&amp;Decision rule:</source>
            <translation>Règle de &amp;décision :</translation>
        </message>
        <message>
            <source>How a motion is adopted: by consensus, by a simple or qualified majority of the votes cast, by a majority of the constituency groups, or with each group weighing the same.</source>
            <translation>Comment une motion est adoptée : par consensus, à la majorité simple ou qualifiée des suffrages exprimés, à la majorité des collèges, ou avec un poids égal pour chaque collège.</translation>
        </message>
        <message>
            <source>Gr&amp;oups required:</source>
            <translation>&amp;Collèges requis :</translation>
        </message>
        <message>
            <source>Majority of groups: how many of the three constituency blocks must be for.</source>
            <translation>Majorité des collèges : combien des trois blocs de collège doivent être pour.</translation>
        </message>
        <message>
            <source>&amp;Qualified fraction:</source>
            <translation>Fraction &amp;qualifiée :</translation>
        </message>
        <message>
            <source>Qualified majority: the share of for among for and against, e.g. 2/3.</source>
            <translation>Majorité qualifiée : la part des voix pour parmi les voix pour et contre, p. ex. 2/3.</translation>
        </message>
        <message>
            <source>Consensus fallbac&amp;k:</source>
            <translation>Règle su&amp;bsidiaire :</translation>
        </message>
        <message>
            <source>Consensus: the rule that decides when consensus fails.</source>
            <translation>Consensus : la règle qui décide lorsque le consensus échoue.</translation>
        </message>
        <message>
            <source>&amp;Casting vote:</source>
            <translation>&amp;Voix prépondérante :</translation>
        </message>
        <message>
            <source>Simple majority and equal groups: on an exact tie the motion passes if the chair voted for.</source>
            <translation>Majorité simple et collèges égaux : en cas d'égalité exacte, la motion est adoptée si la présidence a voté pour.</translation>
        </message>
        <message>
            <source>Q&amp;uorum:</source>
            <translation>Q&amp;uorum :</translation>
        </message>
        <message>
            <source>&amp;Ballot:</source>
            <translation>&amp;Scrutin :</translation>
        </message>
        <message>
            <source>Secretar&amp;y:</source>
            <translation>Secrétai&amp;re :</translation>
        </message>
        <message>
            <source>Statutory minimum wage:</source>
            <translation>Salaire minimum légal :</translation>
        </message>
        <message>
            <source>Monthly, in the board's currency; gate G1 checks it.</source>
            <translation>Mensuel, dans la devise de la commission ; le contrôle G1 le vérifie.</translation>
        </message>
        <message>
            <source>Reliance ca&amp;p:</source>
            <translation>&amp;Plafond de dépendance :</translation>
        </message>
        <message>
            <source>Gate G9: the highest share of foreign workers after admission, e.g. 0.10.</source>
            <translation>Contrôle G9 : la part maximale de travailleurs étrangers après admission, p. ex. 0.10.</translation>
        </message>
        <message>
            <source>Language of the minutes:</source>
            <translation>Langue des procès-verbaux :</translation>
        </message>
        <message>
            <source>The language the minutes and their signature boxes are written in. A change needs the chair's and the secretary's PINs; minutes already made keep their language.</source>
            <translation>La langue dans laquelle sont rédigés les procès-verbaux et leurs cases de signature. Une modification exige les codes PIN de la présidence et du secrétariat ; les procès-verbaux déjà établis conservent leur langue.</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>The rules are unchanged; nothing to save.</source>
            <translation>Les règles sont inchangées ; rien à enregistrer.</translation>
        </message>
        <message>
            <source>A change of the rules of procedure or the ballot mode needs the chair's and the secretary's PINs.</source>
            <translation>Une modification du règlement intérieur ou du mode de scrutin exige les codes PIN de la présidence et du secrétariat.</translation>
        </message>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>La présidence ou le secrétariat confirme la modification.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Saved the rules of procedure: {keys}.</source>
            <translation>Règlement intérieur enregistré : {keys}.</translation>
        </message>
        <message>
            <source>Nothing was saved: see the marked fields.</source>
            <translation>Rien n'a été enregistré : voir les champs signalés.</translation>
        </message>
    </context>
    <context>
        <name>ScoreGrid</name>
        <message>
            <source>Your scores</source>
            <translation>Vos notes</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>%1 %2: your points</source>
            <translation>%1 %2 : vos points</translation>
        </message>
        <message>
            <source>%1: comment</source>
            <translation>%1 : commentaire</translation>
        </message>
        <message>
            <source>Technical score from the dossier</source>
            <translation>Note technique du dossier</translation>
        </message>
        <message>
            <source>Missing evidence: the dossier lacks the data</source>
            <translation>Justificatifs manquants : les données manquent au dossier</translation>
        </message>
        <message>
            <source>Member judgement: no technical score</source>
            <translation>Appréciation des membres : pas de note technique</translation>
        </message>
        <message>
            <source>Required: why you depart from the data</source>
            <translation>Requis : pourquoi vous vous écartez des données</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
    </context>
    <context>
        <name>ShortageListModel</name>
        <message>
            <source>ISCO code</source>
            <translation>Code CITP</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
    </context>
    <context>
        <name>ShortageTab</name>
        <message>
            <source>Occupations on the shortage list pass the labour-market test (gate G3) and earn full points for shortage evidence (P1).</source>
            <translation>Les professions inscrites sur la liste des métiers en tension satisfont au test du marché du travail (contrôle G3) et obtiennent tous les points pour la preuve de pénurie (P1).</translation>
        </message>
        <message>
            <source>Occupations on the shortage list</source>
            <translation>Professions inscrites sur la liste des métiers en tension</translation>
        </message>
        <message>
            <source>Add an &amp;occupation:</source>
            <translation>Ajouter une &amp;profession :</translation>
        </message>
        <message>
            <source>type a code or words of the title</source>
            <translation>saisissez un code ou des mots de l'intitulé</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Remove sele&amp;cted</source>
            <translation>&amp;Retirer la sélection</translation>
        </message>
        <message>
            <source>&amp;Save list</source>
            <translation>&amp;Enregistrer la liste</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>{code} is not an ISCO-08 unit group.</source>
            <translation>{code} n'est pas un groupe de base de la CITP-08.</translation>
        </message>
        <message>
            <source>{code} is already on the list.</source>
            <translation>{code} figure déjà sur la liste.</translation>
        </message>
        <message>
            <source>Added {code}; save the list to put it in force.</source>
            <translation>{code} ajouté ; enregistrez la liste pour le mettre en vigueur.</translation>
        </message>
        <message>
            <source>The shortage list is unchanged; nothing to save.</source>
            <translation>La liste des métiers en tension est inchangée ; rien à enregistrer.</translation>
        </message>
        <message>
            <source>Saved the shortage list.</source>
            <translation>Liste des métiers en tension enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Choose your signing key</source>
            <translation>Choisissez votre clé de signature</translation>
        </message>
        <message>
            <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
            <translation>Clés de signature (*.p12 *.pfx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Sign the minutes</source>
            <translation>Signer le procès-verbal</translation>
        </message>
        <message>
            <source>Your signature is added to the minutes as they are now; earlier signatures stay valid. Sign only if you have read them.</source>
            <translation>Votre signature est ajoutée au procès-verbal dans son état actuel ; les signatures antérieures restent valides. Ne signez que si vous l'avez lu.</translation>
        </message>
        <message>
            <source>Your .p12 key file</source>
            <translation>Votre fichier de clé .p12</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the key file</source>
            <translation>Choisir le fichier de clé</translation>
        </message>
        <message>
            <source>Sign as &amp;role:</source>
            <translation>Signer en tant que &amp;rôle :</translation>
        </message>
        <message>
            <source>&amp;Key file:</source>
            <translation>&amp;Fichier de clé :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Signing progress</source>
            <translation>Progression de la signature</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Every role has signed these minutes.</source>
            <translation>Tous les rôles ont signé ce procès-verbal.</translation>
        </message>
        <message>
            <source>Choose your key file.</source>
            <translation>Choisissez votre fichier de clé.</translation>
        </message>
        <message>
            <source>Type the passphrase of your key file.</source>
            <translation>Saisissez la phrase secrète de votre fichier de clé.</translation>
        </message>
        <message>
            <source>Signing as %1…</source>
            <translation>Signature en tant que %1…</translation>
        </message>
        <message>
            <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
            <translation>Phrase secrète erronée pour ce fichier de clé. Rien n'a été signé ; saisissez-la de nouveau.</translation>
        </message>
        <message>
            <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
            <translation>Ce fichier n'est pas une clé de signature (un fichier PKCS#12 .p12).</translation>
        </message>
        <message>
            <source>This key was made for the role %1, not %2.</source>
            <translation>Cette clé a été créée pour le rôle %1, et non %2.</translation>
        </message>
        <message>
            <source>This role has already signed.</source>
            <translation>Ce rôle a déjà signé.</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesTab</name>
        <message>
            <source>Who signs the minutes of each meeting, in this order.</source>
            <translation>Qui signe le procès-verbal de chaque séance, dans cet ordre.</translation>
        </message>
        <message>
            <source>Trusted &amp;certificates…</source>
            <translation>&amp;Certificats de confiance…</translation>
        </message>
        <message>
            <source>The certificates the board trusts for each signature box</source>
            <translation>Les certificats auxquels la commission fait confiance pour chaque case de signature</translation>
        </message>
        <message>
            <source>&amp;Save signatories</source>
            <translation>&amp;Enregistrer les signataires</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>At least one role must sign the minutes.</source>
            <translation>Au moins un rôle doit signer le procès-verbal.</translation>
        </message>
        <message>
            <source>The signatories are unchanged; nothing to save.</source>
            <translation>Les signataires sont inchangés ; rien à enregistrer.</translation>
        </message>
        <message>
            <source>Saved the signatories.</source>
            <translation>Signataires enregistrés.</translation>
        </message>
    </context>
    <context>
        <name>SignatureTableModel</name>
        <message>
            <source>Box</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signataire</translation>
        </message>
        <message>
            <source>Signed at (claimed)</source>
            <translation>Signé le (déclaré)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>The signatory role whose box was signed</source>
            <translation>Le rôle de signataire dont la case a été signée</translation>
        </message>
        <message>
            <source>The name in the signer's certificate</source>
            <translation>Le nom figurant dans le certificat du signataire</translation>
        </message>
        <message>
            <source>When the signer's computer says it signed (UTC); not proven</source>
            <translation>Moment où l'ordinateur du signataire indique avoir signé (UTC) ; non prouvé</translation>
        </message>
        <message>
            <source>Valid: intact, and trusted for this box. Not trusted: intact, but nobody vouches for the certificate. Not valid: forged, tampered or misplaced</source>
            <translation>Valide : intacte, et reconnue pour cette case. Non reconnue : intacte, mais personne ne garantit le certificat. Non valide : falsifiée, altérée ou mal placée</translation>
        </message>
        <message>
            <source>Why the signature does not count</source>
            <translation>Pourquoi la signature ne compte pas</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valide</translation>
        </message>
        <message>
            <source>Not trusted</source>
            <translation>Non reconnue</translation>
        </message>
        <message>
            <source>Not valid</source>
            <translation>Non valide</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Non signée</translation>
        </message>
        <message>
            <source>No signature in this box</source>
            <translation>Aucune signature dans cette case</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Intact: %1 · Signature value valid: %2 · Certificate trusted: %3</source>
            <translation>Intacte : %1 · Valeur de signature valide : %2 · Certificat reconnu : %3</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Trusted for the box of: %1</source>
            <translation>Reconnu pour la case : %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Covers: %1 · Changed after it: %2</source>
            <translation>Portée : %1 · Modifications ultérieures : %2</translation>
        </message>
        <message>
            <source>The first signature: it certifies the document and allows only later signatures.</source>
            <translation>La première signature : elle certifie le document et n'autorise que des signatures ultérieures.</translation>
        </message>
        <message>
            <source>This signature could not be validated: %1</source>
            <translation>Cette signature n'a pas pu être validée : %1</translation>
        </message>
    </context>
    <context>
        <name>SigningStateModel</name>
        <message>
            <source>Not signed yet</source>
            <translation>Pas encore signé</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Signé par %1</translation>
        </message>
        <message>
            <source>%1: not signed yet</source>
            <translation>%1 : pas encore signé</translation>
        </message>
        <message>
            <source>%1: signed by %2, %3</source>
            <translation>%1 : signé par %2, %3</translation>
        </message>
    </context>
    <context>
        <name>StandInDialog</name>
        <message>
            <source>Who presides</source>
            <translation>Qui préside</translation>
        </message>
        <message>
            <source>When the chair cannot attend, another voting member presides over this meeting and confirms each of the chair's steps with their own PIN. The member named and the secretary confirm it with their PINs.</source>
            <translation>Si la présidence ne peut siéger, un autre membre votant préside cette séance et confirme chaque étape de la présidence avec son propre code PIN. Le membre désigné et le secrétariat le confirment avec leurs codes PIN.</translation>
        </message>
        <message>
            <source>%1 (the chair)</source>
            <translation>%1 (président(e))</translation>
        </message>
        <message>
            <source>&amp;Presides:</source>
            <translation>&amp;Préside :</translation>
        </message>
        <message>
            <source>&amp;Confirm with PINs</source>
            <translation>&amp;Confirmer avec les codes PIN</translation>
        </message>
        <message>
            <source>The secretary or the chair gives the meeting back to the chair.</source>
            <translation>Le secrétariat ou la présidence rend la séance à la présidence.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>%1 presides over this meeting in the chair's place.</source>
            <translation>%1 préside cette séance à la place de la présidence.</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>Group</source>
            <translation>Collège</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Contre</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify minutes</source>
            <translation>Vérifier un procès-verbal</translation>
        </message>
    </context>
    <context>
        <name>VerifyPanel</name>
        <message>
            <source>Verify minutes</source>
            <translation>Vérifier un procès-verbal</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Trust a certificate</source>
            <translation>Faire confiance à un certificat</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Aucun fichier choisi pour l'instant.</translation>
        </message>
        <message>
            <source>Verification progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>The stamps in the signature boxes are only pictures and prove nothing by themselves. Each signature is verified cryptographically: its bytes, its signature value and its certificate.</source>
            <translation>Les cachets dans les cases de signature ne sont que des images et ne prouvent rien par eux-mêmes. Chaque signature est vérifiée par cryptographie : ses octets, sa valeur de signature et son certificat.</translation>
        </message>
        <message>
            <source>Verify a &amp;file…</source>
            <translation>Vérifier un &amp;fichier…</translation>
        </message>
        <message>
            <source>Choose any PDF file and verify its signatures</source>
            <translation>Choisir un fichier PDF et vérifier ses signatures</translation>
        </message>
        <message>
            <source>&amp;Trust a certificate…</source>
            <translation>Faire &amp;confiance à un certificat…</translation>
        </message>
        <message>
            <source>Add a signer's certificate (PEM) for this check only; the board's store is not changed</source>
            <translation>Ajouter le certificat d'un signataire (PEM) pour cette vérification uniquement ; le magasin de la commission n'est pas modifié</translation>
        </message>
        <message>
            <source>Verify &amp;again</source>
            <translation>Vérifier de &amp;nouveau</translation>
        </message>
        <message>
            <source>Nothing verified yet</source>
            <translation>Rien n'a encore été vérifié</translation>
        </message>
        <message>
            <source>Choose a file with Verify a file…</source>
            <translation>Choisissez un fichier avec Vérifier un fichier…</translation>
        </message>
        <message>
            <source>Certificate not added</source>
            <translation>Certificat non ajouté</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Fichier : %1</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Non vérifié</translation>
        </message>
        <message>
            <source>Verification failed unexpectedly.</source>
            <translation>La vérification a échoué de manière inattendue.</translation>
        </message>
        <message>
            <source>Verified: the board's minutes, signed by every signatory</source>
            <translation>Vérifié : le procès-verbal de la commission, signé par tous les signataires</translation>
        </message>
        <message>
            <source>Each signatory signed in their own box, with a certificate trusted for that box; the evidence annex is signed with the minutes, and nothing changed after the last signature.</source>
            <translation>Chaque signataire a signé dans sa propre case, avec un certificat reconnu pour cette case ; l'annexe de preuves est signée avec le procès-verbal, et rien n'a changé après la dernière signature.</translation>
        </message>
        <message>
            <source>Partly signed: not yet the final minutes</source>
            <translation>Signé en partie : pas encore le procès-verbal définitif</translation>
        </message>
        <message>
            <source>The signatures so far are good, but not every signatory has signed. Still to sign: %1. Rely on these minutes only once every signatory has signed.</source>
            <translation>Les signatures apposées sont valides, mais tous les signataires n'ont pas signé. Restent à signer : %1. Ne vous fiez à ce procès-verbal qu'une fois que tous les signataires ont signé.</translation>
        </message>
        <message>
            <source>%1 (%2 box)</source>
            <translation>%1 (case %2)</translation>
        </message>
        <message>
            <source>Nothing was changed after signing, but these certificates are not trusted: %1.</source>
            <translation>Rien n'a été modifié après la signature, mais ces certificats ne sont pas reconnus : %1.</translation>
        </message>
        <message>
            <source>Add the signer's certificate in Board › Certificates if you know it is theirs, then verify again.</source>
            <translation>Ajoutez le certificat du signataire dans Commission › Certificats si vous savez qu'il est le sien, puis vérifiez de nouveau.</translation>
        </message>
        <message>
            <source>If you know a certificate is the signer's, add it with Trust a certificate… (for this check only), then verify again.</source>
            <translation>Si vous savez qu'un certificat est celui du signataire, ajoutez-le avec Faire confiance à un certificat… (pour cette vérification uniquement), puis vérifiez de nouveau.</translation>
        </message>
        <message>
            <source>Still to sign: %1.</source>
            <translation>Restent à signer : %1.</translation>
        </message>
        <message>
            <source>Intact, but not every signer is trusted</source>
            <translation>Intact, mais tous les signataires ne sont pas reconnus</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Non signé</translation>
        </message>
        <message>
            <source>Nobody has signed this file. Get the signed minutes from the board.</source>
            <translation>Personne n'a signé ce fichier. Demandez le procès-verbal signé à la commission.</translation>
        </message>
        <message>
            <source>What to do: do not rely on this file. Get the signed minutes from the board (the secretary keeps them) and verify that copy.</source>
            <translation>Que faire : ne vous fiez pas à ce fichier. Demandez le procès-verbal signé à la commission (le secrétariat le conserve) et vérifiez cette copie.</translation>
        </message>
        <message>
            <source>Do not rely on this file: tampered, forged or damaged</source>
            <translation>Ne vous fiez pas à ce fichier : altéré, falsifié ou endommagé</translation>
        </message>
        <message>
            <source>A signature does not hold.</source>
            <translation>Une signature n'est pas valide.</translation>
        </message>
        <message>
            <source>Signatures are checked against the certificates the board trusts.</source>
            <translation>Les signatures sont vérifiées au regard des certificats auxquels la commission fait confiance.</translation>
        </message>
        <message>
            <source>The board trusts no certificate yet, so no signature can be trusted. Add a signer's certificate with Trust a certificate…, or store the members' certificates with “tripartite keys trust”.</source>
            <translation>La commission ne fait encore confiance à aucun certificat : aucune signature ne peut donc être reconnue. Ajoutez le certificat d'un signataire avec Faire confiance à un certificat…, ou enregistrez les certificats des membres avec « tripartite keys trust ».</translation>
        </message>
        <message>
            <source>Certificates the board trusts: %1.</source>
            <translation>Certificats auxquels la commission fait confiance : %1.</translation>
        </message>
        <message>
            <source>Added for this check: %1.</source>
            <translation>Ajoutés pour cette vérification : %1.</translation>
        </message>
        <message>
            <source>No certificate is trusted yet: add the signers' certificates with Trust a certificate…</source>
            <translation>Aucun certificat n'est encore reconnu : ajoutez les certificats des signataires avec Faire confiance à un certificat…</translation>
        </message>
        <message>
            <source>the signer</source>
            <translation>le signataire</translation>
        </message>
        <message>
            <source>%1: the signature cannot be read or validated.</source>
            <translation>%1 : la signature ne peut être ni lue ni validée.</translation>
        </message>
        <message>
            <source>%1: the signed content was changed after signing.</source>
            <translation>%1 : le contenu signé a été modifié après la signature.</translation>
        </message>
        <message>
            <source>%1: the signature value does not match the signed content.</source>
            <translation>%1 : la valeur de la signature ne correspond pas au contenu signé.</translation>
        </message>
        <message>
            <source>%1: data is hidden after the signature, where only zero padding may be.</source>
            <translation>%1 : des données sont cachées après la signature, là où seul un remplissage de zéros est permis.</translation>
        </message>
        <message>
            <source>%1: changes the signatures do not allow were made after it (%2).</source>
            <translation>%1 : des modifications que les signatures n'autorisent pas ont été faites après elle (%2).</translation>
        </message>
        <message>
            <source>%1: this signature is not in the box of a signatory of these minutes.</source>
            <translation>%1 : cette signature ne se trouve pas dans la case d'un signataire de ce procès-verbal.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is not trusted.</source>
            <translation>%1 : le certificat de %2 n'est pas reconnu.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is trusted for the %3 box, not for this one.</source>
            <translation>%1 : le certificat de %2 est reconnu pour la case %3, et non pour celle-ci.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is trusted for no signatory box.</source>
            <translation>%1 : le certificat de %2 n'est reconnu pour aucune case de signataire.</translation>
        </message>
        <message>
            <source>%1: %2 also signed the box of %3; each box needs its own signatory.</source>
            <translation>%1 : %2 a aussi signé la case de %3 ; chaque case exige son propre signataire.</translation>
        </message>
    </context>
    <context>
        <name>WeightTableModel</name>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>members judge</source>
            <translation>appréciation des membres</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Computed from the dossier</source>
            <translation>Calculé à partir du dossier</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
    </context>
    <context>
        <name>WeightsTab</name>
        <message>
            <source>The board's own copy of the criteria catalogue. Weights must add up to 100; saving stores a new catalogue version and puts it in force for new meetings.</source>
            <translation>La copie propre à la commission du catalogue de critères. Les poids doivent totaliser 100 ; l'enregistrement crée une nouvelle version du catalogue et la met en vigueur pour les nouvelles séances.</translation>
        </message>
        <message>
            <source>Criteria weights</source>
            <translation>Poids des critères</translation>
        </message>
        <message>
            <source>&amp;Save weights</source>
            <translation>&amp;Enregistrer les poids</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>Catalogue “{name}”, version {version}</source>
            <translation>Catalogue « {name} », version {version}</translation>
        </message>
        <message>
            <source>Total {total} of 100 ({families}).</source>
            <translation>Total {total} sur 100 ({families}).</translation>
        </message>
        <message>
            <source>✗ The weights must add up to 100 before they can be saved.</source>
            <translation>✗ Les poids doivent totaliser 100 avant de pouvoir être enregistrés.</translation>
        </message>
        <message>
            <source>The weights are unchanged; nothing to save.</source>
            <translation>Les poids sont inchangés ; rien à enregistrer.</translation>
        </message>
        <message>
            <source>Saved the criteria weights as catalogue version {version}.</source>
            <translation>Poids des critères enregistrés comme version {version} du catalogue.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Tripartite — this is the sample board</source>
            <translation>Bienvenue dans Tripartite — voici la commission d'exemple</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Masquer</translation>
        </message>
        <message>
            <source>Try a whole meeting at once: each member unlocks their own pane with the demo PIN below. A real board sets its own PINs under Board › Members, and these published PINs are then refused.</source>
            <translation>Essayez une séance complète d'un seul coup : chaque membre déverrouille son propre volet avec le code PIN de démonstration ci-dessous. Une véritable commission définit ses propres codes PIN sous Commission › Membres, et ces codes publiés sont alors refusés.</translation>
        </message>
        <message>
            <source>The demo PINs are no longer in force: every member has set their own PIN under Board › Members.</source>
            <translation>Les codes PIN de démonstration ne sont plus en vigueur : chaque membre a défini son propre code PIN sous Commission › Membres.</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{name}, alternate</source>
            <translation>{name}, suppléant(e)</translation>
        </message>
    </context>
    <context>
        <name>_Request</name>
        <message>
            <source>Now a second person confirms with their PIN.</source>
            <translation>Une deuxième personne confirme maintenant avec son code PIN.</translation>
        </message>
        <message>
            <source>PIN needed</source>
            <translation>Code PIN requis</translation>
        </message>
    </context>
</TS>
