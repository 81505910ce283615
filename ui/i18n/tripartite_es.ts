<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AddItemsDialog</name>
        <message>
            <source>Add items to the agenda</source>
            <translation>Añadir puntos al orden del día</translation>
        </message>
        <message>
            <source>Filter requests</source>
            <translation>Filtrar solicitudes</translation>
        </message>
        <message>
            <source>Reference, employer, job or region</source>
            <translation>Referencia, empleador, puesto o región</translation>
        </message>
        <message>
            <source>Pending requests</source>
            <translation>Solicitudes pendientes</translation>
        </message>
        <message>
            <source>Space ticks a request; Enter adds the ticked ones.</source>
            <translation>La barra espaciadora marca una solicitud; Intro añade las marcadas.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Añadir al orden del día</translation>
        </message>
        <message>
            <source>Add the ticked requests to the agenda</source>
            <translation>Añadir las solicitudes marcadas al orden del día</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>%1 ticked · %2 of %3 shown</source>
            <translation>%1 marcadas · %2 de %3 visibles</translation>
        </message>
    </context>
    <context>
        <name>AgendaAdder</name>
        <message>
            <source>The secretary or the chair puts these requests on the agenda.</source>
            <translation>La secretaría o la presidencia incluye estas solicitudes en el orden del día.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Añadir al orden del día</translation>
        </message>
        <message numerus="yes">
            <source>Added %n request(s) to the agenda of “{title}”.</source>
            <translation>
                <numerusform>Se añadió %n solicitud al orden del día de “{title}”.</numerusform>
                <numerusform>Se añadieron %n solicitudes al orden del día de “{title}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added:</source>
            <translation>No añadidas:</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Add to agenda</source>
            <translation>Añadir al orden del día</translation>
        </message>
        <message numerus="yes">
            <source>Put %n request(s) on a meeting's agenda: {references}</source>
            <translation>
                <numerusform>Incluir %n solicitud en el orden del día de una sesión: {references}</numerusform>
                <numerusform>Incluir %n solicitudes en el orden del día de una sesión: {references}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Sesión:</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>{title} — {date} ({status})</source>
            <translation>{title} — {date} ({status})</translation>
        </message>
        <message>
            <source>A new meeting…</source>
            <translation>Una nueva sesión…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>e.g. Ordinary session 12/2026</source>
            <translation>p. ej., Sesión ordinaria 12/2026</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Añadir al orden del día</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Voting open · %1 of %2 voted</source>
            <translation>Votación abierta · %1 de %2 han votado</translation>
        </message>
        <message>
            <source>Decided: %1</source>
            <translation>Resuelto: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Enter your PIN to record the attendance.</source>
            <translation>Introduzca su PIN para registrar la asistencia.</translation>
        </message>
        <message>
            <source>&amp;Everyone present</source>
            <translation>&amp;Todos presentes</translation>
        </message>
        <message>
            <source>Mark everyone with a seat present</source>
            <translation>Marcar como presentes a todos los que ocupan una plaza</translation>
        </message>
        <message>
            <source>Space ticks Present or Apologies (for an absent member only); type a time as HH:MM. The first change asks for the chair's PIN.</source>
            <translation>La barra espaciadora marca Presente o Excusa (solo para un miembro ausente); escriba la hora como HH:MM. El primer cambio pide el PIN de la presidencia.</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quórum</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>Excusa</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Time as HH:MM; ticking Present fills it in</source>
            <translation>Hora como HH:MM; al marcar Presente se rellena</translation>
        </message>
        <message>
            <source>Tick if the member sent apologies</source>
            <translation>Marque si el miembro excusó su asistencia</translation>
        </message>
        <message>
            <source>Apologies are for absent members: untick Present first.</source>
            <translation>La excusa es para miembros ausentes: desmarque primero Presente.</translation>
        </message>
        <message>
            <source>alternate of %1</source>
            <translation>suplente de %1</translation>
        </message>
        <message>
            <source>no seat</source>
            <translation>sin plaza</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, for example 09:30.</source>
            <translation>Escriba la hora como HH:MM, por ejemplo 09:30.</translation>
        </message>
    </context>
    <context>
        <name>AttestationDialog</name>
        <message>
            <source>Attestations</source>
            <translation>Acreditaciones</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Sin respuesta todavía</translation>
        </message>
        <message>
            <source>Yes: the board attests it</source>
            <translation>Sí: la comisión lo acredita</translation>
        </message>
        <message>
            <source>No: attestation refused</source>
            <translation>No: acreditación denegada</translation>
        </message>
        <message>
            <source>Enter your PIN to record the board's answers.</source>
            <translation>Introduzca su PIN para registrar las respuestas de la comisión.</translation>
        </message>
        <message>
            <source>These gates count only once the board has answered them.</source>
            <translation>Estos requisitos solo cuentan una vez que la comisión los ha respondido.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Event {seq} was changed after it was written (it no longer matches its own hash).</source>
            <translation>El evento {seq} se modificó después de escribirse (ya no coincide con su propio hash).</translation>
        </message>
        <message>
            <source>Event {seq} was rewritten and its hash recomputed: the next event committed to another version.</source>
            <translation>El evento {seq} se reescribió y su hash se recalculó: el evento siguiente se comprometió con otra versión.</translation>
        </message>
        <message>
            <source>The record up to event {seq} was rewritten: {source} commits to another hash for it.</source>
            <translation>El registro hasta el evento {seq} se reescribió: {source} se compromete con otro hash para él.</translation>
        </message>
        <message>
            <source>The record was cut short or rewritten: {source} commits to event {seq}, which is not there.</source>
            <translation>El registro se truncó o se reescribió: {source} se compromete con el evento {seq}, que no existe.</translation>
        </message>
        <message>
            <source>{table}, {key}: differs from its audit event (event {seq}).</source>
            <translation>{table}, {key}: difiere de su evento de auditoría (evento {seq}).</translation>
        </message>
        <message>
            <source>{table}, {key}: no audit event vouches for it (written outside Tripartite).</source>
            <translation>{table}, {key}: ningún evento de auditoría lo respalda (escrito fuera de Tripartite).</translation>
        </message>
        <message>
            <source>{table}, {key}: was deleted (its audit event {seq} remains).</source>
            <translation>{table}, {key}: se eliminó (su evento de auditoría {seq} permanece).</translation>
        </message>
        <message>
            <source>Secret ballot of {key}: the votes differ from what the reveal committed to (event {seq}).</source>
            <translation>Votación secreta de {key}: los votos difieren de aquello con lo que se comprometió el escrutinio (evento {seq}).</translation>
        </message>
        <message>
            <source>Secret ballot of {key}: the number of votes differs from the number of members who voted.</source>
            <translation>Votación secreta de {key}: el número de votos difiere del número de miembros que votaron.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Every change to the board's record, and who made it. Nothing here shows how anyone voted.</source>
            <translation>Todos los cambios en el registro de la comisión y quién los hizo. Nada de esto muestra cómo votó nadie.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>First day shown</source>
            <translation>Primer día mostrado</translation>
        </message>
        <message>
            <source>Search the log: a name, a reference, a word</source>
            <translation>Buscar en el registro: un nombre, una referencia, una palabra</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>Buscar en el registro de auditoría</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Quién:</translation>
        </message>
        <message>
            <source>&amp;Copy head</source>
            <translation>&amp;Copiar cabecera</translation>
        </message>
        <message>
            <source>The chair reads it into the record of the next meeting</source>
            <translation>La presidencia la lee para que conste en el acta de la sesión siguiente</translation>
        </message>
        <message>
            <source>Ve&amp;rify record</source>
            <translation>&amp;Verificar registro</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>Checking the record</source>
            <translation>Verificando el registro</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Resultado de la verificación</translation>
        </message>
        <message>
            <source>What does not hold</source>
            <translation>Lo que no se sostiene</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Head of the record: {head}</source>
            <translation>Cabecera del registro: {head}</translation>
        </message>
        <message>
            <source>Checking the record…</source>
            <translation>Verificando el registro…</translation>
        </message>
        <message>
            <source>Record intact: {events} events, head {head}; every table matches its events.</source>
            <translation>Registro íntegro: {events} eventos, cabecera {head}; todas las tablas coinciden con sus eventos.</translation>
        </message>
        <message numerus="yes">
            <source>%n anchor(s) hold (signed minutes).</source>
            <translation>
                <numerusform>%n anclaje es válido (acta firmada).</numerusform>
                <numerusform>%n anclajes son válidos (actas firmadas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The record was changed outside Tripartite: %n thing(s) do not hold. Do not rely on it until the board has looked into it.</source>
            <translation>
                <numerusform>El registro se modificó fuera de Tripartite: %n elemento no se sostiene. No confíe en él hasta que la comisión lo haya examinado.</numerusform>
                <numerusform>El registro se modificó fuera de Tripartite: %n elementos no se sostienen. No confíe en él hasta que la comisión lo haya examinado.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Se canceló la verificación.</translation>
        </message>
        <message>
            <source>The check could not run: {error}</source>
            <translation>No se pudo realizar la verificación: {error}</translation>
        </message>
    </context>
    <context>
        <name>AuditWords</name>
        <message>
            <source>Members and PINs</source>
            <translation>Miembros y PIN</translation>
        </message>
        <message>
            <source>Board settings and certificates</source>
            <translation>Configuración de la comisión y certificados</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Meetings and votes</source>
            <translation>Sesiones y votaciones</translation>
        </message>
        <message>
            <source>Minutes and signatures</source>
            <translation>Actas y firmas</translation>
        </message>
        <message>
            <source>Follow-up of conditions</source>
            <translation>Seguimiento de condiciones</translation>
        </message>
        <message>
            <source>The record itself</source>
            <translation>El propio registro</translation>
        </message>
        <message>
            <source>Created the board “{name}” with {count} members</source>
            <translation>Creó la comisión “{name}” con {count} miembros</translation>
        </message>
        <message>
            <source>Changed the board's settings: {changes}</source>
            <translation>Modificó la configuración de la comisión: {changes}</translation>
        </message>
        <message>
            <source>Changed the shortage list: {changes}</source>
            <translation>Modificó la lista de difícil cobertura: {changes}</translation>
        </message>
        <message>
            <source>Changed who signs the minutes: {after}</source>
            <translation>Modificó quién firma el acta: {after}</translation>
        </message>
        <message>
            <source>Changed the criteria weights: {changes}</source>
            <translation>Modificó los pesos de los criterios: {changes}</translation>
        </message>
        <message>
            <source>Added {member} to the board</source>
            <translation>Incorporó a {member} a la comisión</translation>
        </message>
        <message>
            <source>Changed {member}: {changes}</source>
            <translation>Modificó a {member}: {changes}</translation>
        </message>
        <message>
            <source>Set the first PIN of {member}</source>
            <translation>Estableció el primer PIN de {member}</translation>
        </message>
        <message>
            <source>Reset the forgotten PIN of {member}</source>
            <translation>Restableció el PIN olvidado de {member}</translation>
        </message>
        <message>
            <source>{member} changed their own PIN</source>
            <translation>{member} cambió su propio PIN</translation>
        </message>
        <message>
            <source>A wrong PIN for {member} ({failures} in a row)</source>
            <translation>PIN erróneo de {member} ({failures} seguidos)</translation>
        </message>
        <message>
            <source>{member} locked out for {seconds} s after wrong PINs</source>
            <translation>Bloqueo de {member} durante {seconds} s tras varios PIN erróneos</translation>
        </message>
        <message>
            <source>{member} unlocked with their PIN ({changes})</source>
            <translation>{member} desbloqueó con su PIN ({changes})</translation>
        </message>
        <message>
            <source>Gave the sample board its published demo PINs</source>
            <translation>Asignó a la comisión de ejemplo sus PIN de demostración publicados</translation>
        </message>
        <message>
            <source>Created the meeting {meeting}</source>
            <translation>Creó la sesión {meeting}</translation>
        </message>
        <message>
            <source>Opened {meeting}, presided by {presiding}</source>
            <translation>Abrió {meeting}, presidida por {presiding}</translation>
        </message>
        <message>
            <source>Named {presiding} to preside over {meeting}</source>
            <translation>Designó a {presiding} para presidir {meeting}</translation>
        </message>
        <message>
            <source>Closed {meeting}</source>
            <translation>Cerró {meeting}</translation>
        </message>
        <message>
            <source>Opened {meeting} to amend {amends}</source>
            <translation>Abrió {meeting} para enmendar {amends}</translation>
        </message>
        <message>
            <source>Recorded {meeting} from the file {file}</source>
            <translation>Registró {meeting} a partir del archivo {file}</translation>
        </message>
        <message>
            <source>{member}: {state} at {meeting}</source>
            <translation>{member}: {state} en {meeting}</translation>
        </message>
        <message>
            <source>Put {request} on the agenda of {meeting}</source>
            <translation>Incluyó {request} en el orden del día de {meeting}</translation>
        </message>
        <message>
            <source>{member} recused from {request}: “{reason}”</source>
            <translation>Recusación de {member} en {request}: “{reason}”</translation>
        </message>
        <message>
            <source>Answered gate {gate} for {request}: {answer}</source>
            <translation>Respondió el requisito {gate} de {request}: {answer}</translation>
        </message>
        <message>
            <source>Took back the answer to gate {gate} for {request}</source>
            <translation>Retiró la respuesta al requisito {gate} de {request}</translation>
        </message>
        <message>
            <source>{request} not decided: no quorum</source>
            <translation>{request} no resuelta: sin quórum</translation>
        </message>
        <message>
            <source>Put motion {round} on {request}: {outcome}</source>
            <translation>Presentó la moción {round} sobre {request}: {outcome}</translation>
        </message>
        <message>
            <source>Opened the vote on motion {round} on {request}</source>
            <translation>Abrió la votación de la moción {round} sobre {request}</translation>
        </message>
        <message>
            <source>{member} cast a ballot on motion {round} on {request}</source>
            <translation>{member} votó la moción {round} sobre {request}</translation>
        </message>
        <message>
            <source>Revealed motion {round} on {request}: {result}</source>
            <translation>Reveló el resultado de la moción {round} sobre {request}: {result}</translation>
        </message>
        <message>
            <source>Decision on {request}: {outcome}</source>
            <translation>Decisión sobre {request}: {outcome}</translation>
        </message>
        <message>
            <source>{member} filed a written dissent on {request}</source>
            <translation>{member} formuló un voto particular sobre {request}</translation>
        </message>
        <message>
            <source>{member} scored {request} on {criteria}</source>
            <translation>{member} puntuó {request} en {criteria}</translation>
        </message>
        <message>
            <source>Imported {count} requests from {file}</source>
            <translation>Importó {count} solicitudes de {file}</translation>
        </message>
        <message>
            <source>Entered the request {request}</source>
            <translation>Registró la solicitud {request}</translation>
        </message>
        <message>
            <source>Edited the request {request}: {changes}</source>
            <translation>Modificó la solicitud {request}: {changes}</translation>
        </message>
        <message>
            <source>Built the minutes of {meeting}</source>
            <translation>Generó el acta de {meeting}</translation>
        </message>
        <message>
            <source>{signer} signed the minutes of {meeting} as {role}</source>
            <translation>{signer} firmó el acta de {meeting} como {role}</translation>
        </message>
        <message>
            <source>Every signatory signed: {meeting} is final</source>
            <translation>Firmaron todos los firmantes: {meeting} es definitiva</translation>
        </message>
        <message>
            <source>Filed evidence for follow-up record {followup} of {request}</source>
            <translation>Presentó pruebas documentales para el registro de seguimiento {followup} de {request}</translation>
        </message>
        <message>
            <source>Follow-up record {followup} of {request}: verified</source>
            <translation>Registro de seguimiento {followup} de {request}: verificado</translation>
        </message>
        <message>
            <source>Follow-up record {followup} of {request}: breached</source>
            <translation>Registro de seguimiento {followup} de {request}: incumplido</translation>
        </message>
        <message>
            <source>Opened the follow-up register for the conditions of earlier decisions</source>
            <translation>Abrió el registro de seguimiento de las condiciones de decisiones anteriores</translation>
        </message>
        <message>
            <source>Trusted the certificate of {subject} for {member}, {role}</source>
            <translation>Confió en el certificado de {subject} para {member}, {role}</translation>
        </message>
        <message>
            <source>Stopped trusting the certificate of {subject}</source>
            <translation>Dejó de confiar en el certificado de {subject}</translation>
        </message>
        <message>
            <source>The record began to vouch for every table (rows written before it are taken as they were)</source>
            <translation>El registro empezó a respaldar todas las tablas (las filas escritas antes se toman tal como estaban)</translation>
        </message>
        <message>
            <source>An action of a later version ({action})</source>
            <translation>Una acción de una versión posterior ({action})</translation>
        </message>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
        <message>
            <source>Command line (for the secretary)</source>
            <translation>Línea de comandos (para la secretaría)</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <source>{name} (signing key)</source>
            <translation>{name} (clave de firma)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>absent with apologies</source>
            <translation>ausente con excusa</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>adoptada</translation>
        </message>
        <message>
            <source>not adopted</source>
            <translation>no adoptada</translation>
        </message>
        <message>
            <source>added {codes}</source>
            <translation>añadidos: {codes}</translation>
        </message>
        <message>
            <source>removed {codes}</source>
            <translation>retirados: {codes}</translation>
        </message>
        <message>
            <source>wrong tries forgotten</source>
            <translation>intentos fallidos olvidados</translation>
        </message>
        <message>
            <source>PIN hash renewed</source>
            <translation>hash del PIN renovado</translation>
        </message>
        <message>
            <source>told of the reset</source>
            <translation>informado del restablecimiento</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>legal basis</source>
            <translation>base jurídica</translation>
        </message>
        <message>
            <source>authority</source>
            <translation>competencia</translation>
        </message>
        <message>
            <source>decision rule</source>
            <translation>regla de decisión</translation>
        </message>
        <message>
            <source>groups required</source>
            <translation>grupos requeridos</translation>
        </message>
        <message>
            <source>qualified fraction</source>
            <translation>fracción cualificada</translation>
        </message>
        <message>
            <source>consensus fallback</source>
            <translation>regla subsidiaria del consenso</translation>
        </message>
        <message>
            <source>casting vote</source>
            <translation>voto de calidad</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>quórum</translation>
        </message>
        <message>
            <source>ballot</source>
            <translation>votación</translation>
        </message>
        <message>
            <source>secretary votes</source>
            <translation>la secretaría vota</translation>
        </message>
        <message>
            <source>statutory minimum wage</source>
            <translation>salario mínimo legal</translation>
        </message>
        <message>
            <source>reliance cap</source>
            <translation>límite de dependencia</translation>
        </message>
        <message>
            <source>language of the minutes</source>
            <translation>idioma del acta</translation>
        </message>
        <message>
            <source>constituency</source>
            <translation>grupo</translation>
        </message>
        <message>
            <source>role</source>
            <translation>cargo</translation>
        </message>
        <message>
            <source>holds a seat</source>
            <translation>ocupa una plaza</translation>
        </message>
        <message>
            <source>alternate of</source>
            <translation>suplente de</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
    </context>
    <context>
        <name>BallotModel</name>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voto</translation>
        </message>
        <message>
            <source>Explanation of vote</source>
            <translation>Explicación de voto</translation>
        </message>
    </context>
    <context>
        <name>BoardTab</name>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>La presidencia o la secretaría confirma el cambio.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Every change here is recorded in the audit log, with who made it and when. Meetings keep the rules and criteria they started with.</source>
            <translation>Todo cambio aquí queda en el registro de auditoría, con quién lo hizo y cuándo. Las sesiones conservan las reglas y los criterios con los que empezaron.</translation>
        </message>
        <message>
            <source>Board settings sections</source>
            <translation>Secciones de la configuración de la comisión</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Miembros</translation>
        </message>
        <message>
            <source>&amp;Rules of procedure</source>
            <translation>&amp;Reglamento interno</translation>
        </message>
        <message>
            <source>Criteria &amp;weights</source>
            <translation>&amp;Pesos de los criterios</translation>
        </message>
        <message>
            <source>Shortage &amp;list</source>
            <translation>&amp;Lista de difícil cobertura</translation>
        </message>
        <message>
            <source>Si&amp;gnatories</source>
            <translation>&amp;Firmantes</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;This database has no board yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Load the sample board when the app starts with an empty database, or create a board with &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Esta base de datos aún no tiene comisión.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cargue la comisión de ejemplo cuando la aplicación se inicie con una base de datos vacía, o cree una comisión con &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Board settings — {name}</source>
            <translation>Configuración de la comisión — {name}</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Default criteria catalogue</source>
            <translation>Catálogo de criterios predeterminado</translation>
        </message>
        <message>
            <source>Wage floor</source>
            <translation>Salario mínimo exigido</translation>
        </message>
        <message>
            <source>The wage offered is at least the prevailing wage for the job and region, and at least the statutory minimum wage.</source>
            <translation>El salario ofrecido es al menos igual al salario de referencia para el puesto y la región, y al menos igual al salario mínimo legal.</translation>
        </message>
        <message>
            <source>No labour dispute</source>
            <translation>Sin conflicto laboral</translation>
        </message>
        <message>
            <source>No strike or lockout is under way at the workplace in the occupation.</source>
            <translation>No hay en curso ninguna huelga ni cierre patronal en el centro de trabajo en la ocupación de que se trata.</translation>
        </message>
        <message>
            <source>Labour-market test</source>
            <translation>Prueba del mercado de trabajo</translation>
        </message>
        <message>
            <source>The occupation is on the shortage list, or the vacancy was advertised for at least the required number of days.</source>
            <translation>La ocupación figura en la lista de difícil cobertura, o la vacante se anunció durante al menos el número de días exigido.</translation>
        </message>
        <message>
            <source>No displacement</source>
            <translation>Sin desplazamiento de trabajadores locales</translation>
        </message>
        <message>
            <source>No local worker in the occupation was laid off at the site in the last 12 months.</source>
            <translation>Ningún trabajador local de la ocupación fue despedido en el centro de trabajo en los últimos 12 meses.</translation>
        </message>
        <message>
            <source>Compliance record</source>
            <translation>Historial de cumplimiento</translation>
        </message>
        <message>
            <source>No labour-law violation was recorded against the employer in the last 3 years.</source>
            <translation>No se registró ninguna infracción de la legislación laboral imputable al empleador en los últimos 3 años.</translation>
        </message>
        <message>
            <source>Genuine offer</source>
            <translation>Oferta auténtica</translation>
        </message>
        <message>
            <source>The business is active, the need matches its operations and it can pay the wages (attested by a member).</source>
            <translation>La empresa está en actividad, la necesidad corresponde a sus operaciones y puede pagar los salarios (acreditado por un miembro).</translation>
        </message>
        <message>
            <source>Equal treatment and social security</source>
            <translation>Igualdad de trato y seguridad social</translation>
        </message>
        <message>
            <source>The contract gives equal pay and conditions with nationals, and enrols the workers in social security (attested by a member).</source>
            <translation>El contrato otorga igualdad de salario y de condiciones con los nacionales, e inscribe a los trabajadores en la seguridad social (acreditado por un miembro).</translation>
        </message>
        <message>
            <source>No recruitment fees</source>
            <translation>Sin comisiones de contratación</translation>
        </message>
        <message>
            <source>No recruitment fee or cost is charged to the workers.</source>
            <translation>No se cobra a los trabajadores ninguna comisión ni gasto de contratación.</translation>
        </message>
        <message>
            <source>Reliance cap</source>
            <translation>Límite de dependencia</translation>
        </message>
        <message>
            <source>After admission, foreign workers would be at most the cap's share of the firm's workforce.</source>
            <translation>Tras la admisión, los trabajadores extranjeros representarían como máximo la proporción de la plantilla de la empresa fijada por el límite.</translation>
        </message>
        <message>
            <source>Shortage evidence</source>
            <translation>Escasez documentada</translation>
        </message>
        <message>
            <source>20 if the occupation is on the shortage list; 10 if the vacancy was advertised long enough and no local was hired; else 0.</source>
            <translation>20 si la ocupación figura en la lista de difícil cobertura; 10 si la vacante se anunció durante el tiempo suficiente y no se contrató a ningún trabajador local; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Skill level and qualification match</source>
            <translation>Adecuación del nivel de competencias y de la cualificación</translation>
        </message>
        <message>
            <source>The workers' skill level and qualifications match the job (member judgement).</source>
            <translation>El nivel de competencias y las cualificaciones de los trabajadores se ajustan al puesto (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Skills and knowledge transfer</source>
            <translation>Transferencia de competencias y conocimientos</translation>
        </message>
        <message>
            <source>Local trainees per foreign worker: 20 at or above the upper threshold, 10 above the lower, else 0.</source>
            <translation>Personas locales en formación por trabajador extranjero: 20 si alcanza o supera el umbral superior, 10 si supera el inferior; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Local job creation or retention</source>
            <translation>Creación o mantenimiento de empleo local</translation>
        </message>
        <message>
            <source>Local jobs created per foreign worker: 20 at or above the upper threshold, 10 above the lower, else 0.</source>
            <translation>Empleos locales creados por trabajador extranjero: 20 si alcanza o supera el umbral superior, 10 si supera el inferior; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Strategic value and alternatives considered</source>
            <translation>Valor estratégico y alternativas consideradas</translation>
        </message>
        <message>
            <source>The hire serves a strategic need and alternatives (pay, training, automation) were considered (member judgement).</source>
            <translation>La contratación responde a una necesidad estratégica y se consideraron alternativas (salario, formación, automatización) (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Wage level against local wages</source>
            <translation>Nivel salarial frente a los salarios locales</translation>
        </message>
        <message>
            <source>Wage offered over prevailing wage: 20 at or above the upper threshold, 10 at or above the lower, else 0.</source>
            <translation>Salario ofrecido respecto del salario de referencia: 20 si alcanza o supera el umbral superior, 10 si alcanza o supera el inferior; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Local labour-market slack</source>
            <translation>Holgura del mercado de trabajo local</translation>
        </message>
        <message>
            <source>Regional unemployment and unemployed per vacancy in the occupation (member judgement on regional data).</source>
            <translation>Desempleo regional y número de desempleados por vacante en la ocupación (juicio de los miembros sobre datos regionales).</translation>
        </message>
        <message>
            <source>Quality of local recruitment</source>
            <translation>Calidad de la contratación local</translation>
        </message>
        <message>
            <source>20 if advertised long enough on at least the required channels; 10 if advertised at least the shorter period; else 0.</source>
            <translation>20 si la vacante se anunció durante el tiempo suficiente en al menos los canales exigidos; 10 si se anunció al menos durante el período más corto; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Reliance on foreign labour</source>
            <translation>Dependencia de la mano de obra extranjera</translation>
        </message>
        <message>
            <source>Share of foreign workers after admission: 20 at or below the lower threshold, 10 at or below the upper, else 0.</source>
            <translation>Proporción de trabajadores extranjeros tras la admisión: 20 si no supera el umbral inferior, 10 si no supera el superior; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Working conditions and safety</source>
            <translation>Condiciones de trabajo y seguridad</translation>
        </message>
        <message>
            <source>Safety record, hours and conditions at the workplace (member judgement).</source>
            <translation>Historial de seguridad, jornada y condiciones en el centro de trabajo (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Track record, past commitments kept</source>
            <translation>Trayectoria y cumplimiento de compromisos anteriores</translation>
        </message>
        <message>
            <source>Whether the employer kept the commitments of earlier approvals (member judgement).</source>
            <translation>Si el empleador cumplió los compromisos de aprobaciones anteriores (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Integration support package</source>
            <translation>Paquete de apoyo a la integración</translation>
        </message>
        <message>
            <source>Items offered (language course, orientation, health information, family support, skills recognition): 20 for 4 or more, 10 for 2-3, else 0.</source>
            <translation>Elementos ofrecidos (curso de idioma, orientación, información sanitaria, apoyo familiar, reconocimiento de competencias): 20 por 4 o más, 10 por 2-3; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Housing standard and cost</source>
            <translation>Estándar y costo de la vivienda</translation>
        </message>
        <message>
            <source>20 if housing is provided and inspected; 10 if provided; else 0.</source>
            <translation>20 si se facilita vivienda y ha sido inspeccionada; 10 si se facilita; en otro caso, 0.</translation>
        </message>
        <message>
            <source>Inclusion of under-represented locals</source>
            <translation>Inclusión de grupos locales infrarrepresentados</translation>
        </message>
        <message>
            <source>Targeted recruitment of under-represented local groups, with hires (member judgement).</source>
            <translation>Contratación dirigida a grupos locales infrarrepresentados, con contrataciones efectivas (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Fair recruitment and pre-departure information</source>
            <translation>Contratación equitativa e información previa a la partida</translation>
        </message>
        <message>
            <source>Licensed or public recruitment channel, information in the worker's language, contract before departure (member judgement).</source>
            <translation>Canal de contratación autorizado o público, información en el idioma del trabajador, contrato antes de la partida (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Development impact and return</source>
            <translation>Impacto en el desarrollo y retorno</translation>
        </message>
        <message>
            <source>Skills usable at home, portable savings or social security, return support (member judgement).</source>
            <translation>Competencias aprovechables en el país de origen, ahorros o seguridad social transferibles, apoyo al retorno (juicio de los miembros).</translation>
        </message>
        <message>
            <source>Community and regional cohesion</source>
            <translation>Cohesión comunitaria y regional</translation>
        </message>
        <message>
            <source>Work in a priority or depopulating region, and a balanced workforce (member judgement).</source>
            <translation>Trabajo en una región prioritaria o en proceso de despoblación, y una plantilla equilibrada (juicio de los miembros).</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>no box</source>
            <translation>sin recuadro</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (caducado)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Signs the box of</source>
            <translation>Firma el recuadro de</translation>
        </message>
        <message>
            <source>Name in the certificate</source>
            <translation>Nombre en el certificado</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation>Huella digital (SHA-256)</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Add a signer's certificate</source>
            <translation>Añadir el certificado de un firmante</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>Certificados de confianza</translation>
        </message>
        <message>
            <source>A signature on the minutes counts only if its certificate is listed here for the box it signs. Add a member's certificate only when you know it is theirs (from the member, in person). Each change needs the chair's or the secretary's PIN.</source>
            <translation>Una firma en el acta solo cuenta si su certificado figura aquí para el recuadro que firma. Añada el certificado de un miembro solo cuando sepa que es suyo (entregado por el propio miembro, en persona). Cada cambio requiere el PIN de la presidencia o de la secretaría.</translation>
        </message>
        <message>
            <source>The board trusts no certificate yet: no signature can be verified against the board's store.</source>
            <translation>La comisión aún no confía en ningún certificado: ninguna firma puede verificarse con el almacén de la comisión.</translation>
        </message>
        <message>
            <source>&amp;Remove the selected certificate…</source>
            <translation>&amp;Retirar el certificado seleccionado…</translation>
        </message>
        <message>
            <source>Add a certificate</source>
            <translation>Añadir un certificado</translation>
        </message>
        <message>
            <source>a .pem, .crt, .cer or .der file</source>
            <translation>un archivo .pem, .crt, .cer o .der</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>Arc&amp;hivo:</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>Signs the &amp;box of:</source>
            <translation>Firma el re&amp;cuadro de:</translation>
        </message>
        <message>
            <source>Certificate of %1 (fingerprint %2).</source>
            <translation>Certificado de %1 (huella digital %2).</translation>
        </message>
        <message>
            <source>Choose the certificate file first (Browse…).</source>
            <translation>Elija primero el archivo del certificado (Examinar…).</translation>
        </message>
        <message>
            <source>Confirm with your PIN that the board trusts this certificate for %1, in the %2 box.</source>
            <translation>Confirme con su PIN que la comisión confía en este certificado para %1, en el recuadro de %2.</translation>
        </message>
        <message>
            <source>Select the certificate to remove in the list first.</source>
            <translation>Seleccione primero en la lista el certificado que desea retirar.</translation>
        </message>
        <message>
            <source>Confirm with your PIN that the board no longer trusts this certificate of %1. Minutes it signed will no longer verify against the board's store.</source>
            <translation>Confirme con su PIN que la comisión deja de confiar en este certificado de %1. Las actas que firmó dejarán de verificarse con el almacén de la comisión.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>The board has neither a chair nor a secretary to confirm this change.</source>
            <translation>La comisión no tiene presidencia ni secretaría que confirme este cambio.</translation>
        </message>
        <message>
            <source>The board now trusts the certificate of %1 for the %2 box.</source>
            <translation>La comisión confía ahora en el certificado de %1 para el recuadro de %2.</translation>
        </message>
        <message>
            <source>The board no longer trusts the certificate of %1.</source>
            <translation>La comisión ya no confía en el certificado de %1.</translation>
        </message>
    </context>
    <context>
        <name>ChairBar</name>
        <message>
            <source>Chair's bar</source>
            <translation>Barra de la presidencia</translation>
        </message>
        <message>
            <source>Who presides</source>
            <translation>Quién preside</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quórum</translation>
        </message>
        <message>
            <source>Atten&amp;dance…</source>
            <translation>&amp;Asistencia…</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Re&amp;cusals…</source>
            <translation>Rec&amp;usaciones…</translation>
        </message>
        <message>
            <source>Recusals</source>
            <translation>Recusaciones</translation>
        </message>
        <message>
            <source>&amp;Attestations…</source>
            <translation>Acre&amp;ditaciones…</translation>
        </message>
        <message>
            <source>Attestations G6 and G7</source>
            <translation>Acreditaciones G6 y G7</translation>
        </message>
        <message>
            <source>C&amp;lose meeting…</source>
            <translation>&amp;Cerrar sesión…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Cerrar la sesión</translation>
        </message>
        <message>
            <source>Stand-i&amp;n…</source>
            <translation>&amp;Suplencia…</translation>
        </message>
        <message>
            <source>Who presides over this meeting</source>
            <translation>Quién preside esta sesión</translation>
        </message>
        <message>
            <source>When the chair cannot attend, name who presides (before the meeting opens)</source>
            <translation>Cuando la presidencia no pueda asistir, designe quién preside (antes de abrir la sesión)</translation>
        </message>
        <message>
            <source>Ex&amp;port minutes…</source>
            <translation>&amp;Exportar acta…</translation>
        </message>
        <message>
            <source>Export the minutes</source>
            <translation>Exportar el acta</translation>
        </message>
        <message>
            <source>Motion:</source>
            <translation>Moción:</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Moción</translation>
        </message>
        <message>
            <source>M&amp;otion…</source>
            <translation>&amp;Moción…</translation>
        </message>
        <message>
            <source>Edit the motion</source>
            <translation>Editar la moción</translation>
        </message>
        <message>
            <source>Open vo&amp;te…</source>
            <translation>Abrir &amp;votación…</translation>
        </message>
        <message>
            <source>Open the vote</source>
            <translation>Abrir la votación</translation>
        </message>
        <message>
            <source>Minute: no &amp;quorum</source>
            <translation>Acta: sin &amp;quórum</translation>
        </message>
        <message>
            <source>Minute the item as not decided for want of quorum</source>
            <translation>Hacer constar en acta el punto como no resuelto por falta de quórum</translation>
        </message>
        <message>
            <source>&amp;Reveal result…</source>
            <translation>&amp;Revelar resultado…</translation>
        </message>
        <message>
            <source>Reveal the result</source>
            <translation>Revelar el resultado</translation>
        </message>
        <message>
            <source>Ne&amp;xt item</source>
            <translation>Punto si&amp;guiente</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Punto siguiente</translation>
        </message>
        <message>
            <source>Close vote and &amp;reveal…</source>
            <translation>Cerrar votación y &amp;revelar…</translation>
        </message>
        <message>
            <source>No quorum: this item cannot be voted.</source>
            <translation>Sin quórum: este punto no puede votarse.</translation>
        </message>
        <message>
            <source>Put the motion to the vote (the presiding member's PIN)</source>
            <translation>Someter la moción a votación (PIN de quien preside)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>The chair is not marked present: Stand-in… names who presides.</source>
            <translation>La presidencia no figura como presente: Suplencia… designa quién preside.</translation>
        </message>
        <message>
            <source>Select an agenda item.</source>
            <translation>Seleccione un punto del orden del día.</translation>
        </message>
        <message>
            <source>Minuted as not decided: no quorum.</source>
            <translation>Consta en acta como no resuelto: sin quórum.</translation>
        </message>
        <message numerus="yes">
            <source>%n recused.</source>
            <translation>
                <numerusform>%n recusado.</numerusform>
                <numerusform>%n recusados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Round %1, voting:</source>
            <translation>Ronda %1, en votación:</translation>
        </message>
        <message>
            <source>Round %1, revealed:</source>
            <translation>Ronda %1, escrutada:</translation>
        </message>
        <message>
            <source>edit a new motion for another round</source>
            <translation>redacte una nueva moción para otra ronda</translation>
        </message>
        <message>
            <source>Enter your PIN to put this motion to the vote.</source>
            <translation>Introduzca su PIN para someter esta moción a votación.</translation>
        </message>
        <message>
            <source>The genuineness and equal-treatment gates are not assessed for this item. Open the vote anyway?</source>
            <translation>Los requisitos de autenticidad y de igualdad de trato no se han evaluado para este punto. ¿Abrir la votación de todos modos?</translation>
        </message>
        <message>
            <source>The gate %1 is not assessed for this item. Open the vote anyway?</source>
            <translation>El requisito %1 no se ha evaluado para este punto. ¿Abrir la votación de todos modos?</translation>
        </message>
        <message>
            <source>The chair records the board's answers with Attestations….</source>
            <translation>La presidencia registra las respuestas de la comisión con Acreditaciones….</translation>
        </message>
        <message>
            <source>Gates not assessed</source>
            <translation>Requisitos sin evaluar</translation>
        </message>
        <message>
            <source>Not everyone has voted. Not yet voted: %1.

Close the vote now? They will not vote.</source>
            <translation>No todos han votado. Aún no han votado: %1.

¿Cerrar ahora la votación? Ya no podrán votar.</translation>
        </message>
        <message>
            <source>Close the vote</source>
            <translation>Cerrar la votación</translation>
        </message>
        <message>
            <source>Enter your PIN to close the vote and reveal the result.</source>
            <translation>Introduzca su PIN para cerrar la votación y revelar el resultado.</translation>
        </message>
        <message>
            <source>Enter your PIN to reveal the result.</source>
            <translation>Introduzca su PIN para revelar el resultado.</translation>
        </message>
        <message>
            <source>No quorum</source>
            <translation>Sin quórum</translation>
        </message>
        <message>
            <source>Minute this item as not decided for want of quorum?</source>
            <translation>¿Hacer constar en acta este punto como no resuelto por falta de quórum?</translation>
        </message>
        <message>
            <source>Enter your PIN to minute this item as not decided (no quorum).</source>
            <translation>Introduzca su PIN para hacer constar este punto como no resuelto (sin quórum).</translation>
        </message>
        <message>
            <source>Close the meeting? Items not decided stay on the agenda; written dissents may follow for 48 hours.</source>
            <translation>¿Cerrar la sesión? Los puntos no resueltos permanecen en el orden del día; pueden formularse votos particulares durante 48 horas.</translation>
        </message>
        <message>
            <source>Enter your PIN to close the meeting.</source>
            <translation>Introduzca su PIN para cerrar la sesión.</translation>
        </message>
    </context>
    <context>
        <name>ChairPin</name>
        <message>
            <source>Presiding: %1 (stand-in for the chair)</source>
            <translation>Preside: %1 (suplente de la presidencia)</translation>
        </message>
        <message>
            <source>Presiding: %1 (chair)</source>
            <translation>Preside: %1 (presidencia)</translation>
        </message>
        <message>
            <source>The board has no chair: set one in the board settings.</source>
            <translation>La comisión no tiene presidencia: desígnela en la configuración de la comisión.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>Stand-in's PIN</source>
            <translation>PIN del suplente</translation>
        </message>
        <message>
            <source>Chair's PIN</source>
            <translation>PIN de la presidencia</translation>
        </message>
    </context>
    <context>
        <name>ColumnsMenu</name>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Columnas</translation>
        </message>
    </context>
    <context>
        <name>ConditionEditor</name>
        <message>
            <source>Remove</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Remove the condition %1</source>
            <translation>Retirar la condición %1</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Tiene fecha límite</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Verification note</source>
            <translation>Nota de verificación</translation>
        </message>
        <message>
            <source>How compliance will be checked (optional)</source>
            <translation>Cómo se comprobará el cumplimiento (opcional)</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verificación</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
    </context>
    <context>
        <name>ConstituencyPane</name>
        <message>
            <source>Unlock Government…</source>
            <translation>Desbloquear Gobierno…</translation>
        </message>
        <message>
            <source>Unlock Employers…</source>
            <translation>Desbloquear Empleadores…</translation>
        </message>
        <message>
            <source>Unlock Unions…</source>
            <translation>Desbloquear Sindicatos…</translation>
        </message>
        <message>
            <source>%1 pane</source>
            <extracomment>Seconds without activity after which an unlocked pane locks itself. The last seconds, counted down on screen. Milliseconds per idle tick (tests stretch it and call :meth:`_on_idle_timeout` themselves).</extracomment>
            <translation>Panel de %1</translation>
        </message>
        <message>
            <source>%1: members present</source>
            <translation>%1: miembros presentes</translation>
        </message>
        <message>
            <source>Unlock the %1 pane</source>
            <translation>Desbloquear el panel de %1</translation>
        </message>
        <message>
            <source>Unlock the %1 pane with a member's PIN (%2)</source>
            <translation>Desbloquear el panel de %1 con el PIN de un miembro (%2)</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Desbloquear…</translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n presente</numerusform>
                <numerusform>%n presentes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 voted</source>
            <translation>%1 de %2 han votado</translation>
        </message>
        <message>
            <source>The pane opens when the vote on the motion opens.</source>
            <translation>El panel se abre cuando se abre la votación de la moción.</translation>
        </message>
        <message>
            <source>No member of this group is entitled on this item.</source>
            <translation>Ningún miembro de este grupo tiene derecho a voto en este punto.</translation>
        </message>
        <message>
            <source>Everyone in this group has voted.</source>
            <translation>Todos los miembros de este grupo han votado.</translation>
        </message>
        <message>
            <source>Select your name, then unlock with your PIN (%1).</source>
            <translation>Seleccione su nombre y desbloquee con su PIN (%1).</translation>
        </message>
        <message>
            <source>%1: choose your name and enter your PIN to open your private ballot.</source>
            <translation>%1: elija su nombre e introduzca su PIN para abrir su papeleta privada.</translation>
        </message>
        <message>
            <source>Choose For, Against or Abstain first.</source>
            <translation>Elija primero A favor, En contra o Abstención.</translation>
        </message>
        <message>
            <source>A comment is required where your score departs from the data: %1.</source>
            <translation>Se requiere un comentario cuando su puntuación se aparta de los datos: %1.</translation>
        </message>
    </context>
    <context>
        <name>CriterionTableModel</name>
        <message>
            <source>20 · exceeds</source>
            <translation>20 · supera</translation>
        </message>
        <message>
            <source>10 · meets</source>
            <translation>10 · cumple</translation>
        </message>
        <message>
            <source>0 · not met</source>
            <translation>0 · no cumple</translation>
        </message>
        <message>
            <source>members judge</source>
            <translation>a juicio de los miembros</translation>
        </message>
        <message>
            <source>? missing evidence</source>
            <translation>? falta documentación</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Technical points</source>
            <translation>Puntos técnicos</translation>
        </message>
    </context>
    <context>
        <name>DissentDialog</name>
        <message>
            <source>Written dissent</source>
            <translation>Voto particular</translation>
        </message>
        <message>
            <source>Member filing the dissent</source>
            <translation>Miembro que formula el voto particular</translation>
        </message>
        <message>
            <source>Text of the dissent</source>
            <translation>Texto del voto particular</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>&amp;Dissent:</source>
            <translation>&amp;Voto particular:</translation>
        </message>
        <message>
            <source>&amp;File dissent</source>
            <translation>&amp;Formular voto particular</translation>
        </message>
        <message>
            <source>Write the dissent first.</source>
            <translation>Redacte primero el voto particular.</translation>
        </message>
        <message>
            <source>The member filing the dissent confirms with their own PIN.</source>
            <translation>El miembro que formula el voto particular lo confirma con su propio PIN.</translation>
        </message>
    </context>
    <context>
        <name>DissentModel</name>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Formulado</translation>
        </message>
        <message>
            <source>Dissent</source>
            <translation>Voto particular</translation>
        </message>
    </context>
    <context>
        <name>DossierSummary</name>
        <message>
            <source>Request summary</source>
            <translation>Resumen de la solicitud</translation>
        </message>
        <message>
            <source>No item selected</source>
            <translation>Ningún punto seleccionado</translation>
        </message>
        <message>
            <source>Add requests to the agenda, then select one.</source>
            <translation>Añada solicitudes al orden del día y seleccione una.</translation>
        </message>
        <message>
            <source>%1 (ISCO %2) · %3 · %4 workers for %5 months · wage %6 %8 (prevailing %7)</source>
            <translation>%1 (CIUO %2) · %3 · %4 trabajadores durante %5 meses · salario %6 %8 (referencia %7)</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>Technical score: %1 / 100</source>
            <translation>Puntuación técnica: %1 / 100</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Recomendación: %1</translation>
        </message>
        <message>
            <source>Gate failed: %1</source>
            <translation>Requisito no cumplido: %1</translation>
        </message>
        <message>
            <source>Missing evidence: %1</source>
            <translation>Falta documentación: %1</translation>
        </message>
        <message>
            <source>Score at or above the pass mark</source>
            <translation>Puntuación igual o superior al umbral de aprobación</translation>
        </message>
        <message>
            <source>Score just below the pass mark: approve with conditions</source>
            <translation>Puntuación justo por debajo del umbral de aprobación: aprobar con condiciones</translation>
        </message>
        <message>
            <source>Score below the conditional mark</source>
            <translation>Puntuación por debajo del umbral condicional</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>Sin puntuación todavía</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>Select a request in the register to see its dossier.</source>
            <translation>Seleccione una solicitud en el registro para ver su expediente.</translation>
        </message>
        <message>
            <source>Dossier sections</source>
            <translation>Secciones del expediente</translation>
        </message>
        <message>
            <source>Compliance gates</source>
            <translation>Requisitos de cumplimiento</translation>
        </message>
        <message>
            <source>&amp;Gates</source>
            <translation>&amp;Requisitos</translation>
        </message>
        <message>
            <source>Technical points per criterion</source>
            <translation>Puntos técnicos por criterio</translation>
        </message>
        <message>
            <source>S&amp;cores</source>
            <translation>&amp;Puntuaciones</translation>
        </message>
        <message>
            <source>F&amp;acts</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <source>History of the request</source>
            <translation>Historial de la solicitud</translation>
        </message>
        <message>
            <source>Histo&amp;ry</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Technical score by family (0–100; 50 meets expectations)</source>
            <translation>Puntuación técnica por familia (0–100; 50 cumple las expectativas)</translation>
        </message>
        <message>
            <source>Technical score</source>
            <translation>Puntuación técnica</translation>
        </message>
        <message>
            <source>Technical score by family</source>
            <translation>Puntuación técnica por familia</translation>
        </message>
        <message>
            <source>{reference} — {employer}</source>
            <translation>{reference} — {employer}</translation>
        </message>
        <message>
            <source>{status} · {code} {occupation} · {region} · {workers} workers for {months} months</source>
            <translation>{status} · {code} {occupation} · {region} · {workers} trabajadores durante {months} meses</translation>
        </message>
        <message>
            <source>Recommendation: {outcome}</source>
            <translation>Recomendación: {outcome}</translation>
        </message>
        <message>
            <source>A compliance gate failed: {gates}. Gates are not offset by a good score.</source>
            <translation>No se cumple un requisito de cumplimiento: {gates}. Una buena puntuación no compensa los requisitos.</translation>
        </message>
        <message>
            <source>Missing evidence for {gates}: the dossier needs completing first.</source>
            <translation>Falta documentación para {gates}: primero hay que completar el expediente.</translation>
        </message>
        <message>
            <source>No technical score: no automatic criterion has the data it needs.</source>
            <translation>Sin puntuación técnica: ningún criterio automático dispone de los datos que necesita.</translation>
        </message>
        <message>
            <source>Technical score: not available.</source>
            <translation>Puntuación técnica: no disponible.</translation>
        </message>
        <message>
            <source>Technical score {score} of 100 (pass mark {pass_mark}; conditions from {conditional}).</source>
            <translation>Puntuación técnica de {score} sobre 100 (umbral de aprobación {pass_mark}; condiciones a partir de {conditional}).</translation>
        </message>
        <message>
            <source>Suggested conditions: {conditions}.</source>
            <translation>Condiciones sugeridas: {conditions}.</translation>
        </message>
        <message>
            <source>Sensitivity: nothing to test without a score.</source>
            <translation>Sensibilidad: sin puntuación no hay nada que probar.</translation>
        </message>
        <message>
            <source>Robust: moving any family's weight by 10 points does not change the band.</source>
            <translation>Robusto: mover 10 puntos el peso de cualquier familia no cambia el tramo.</translation>
        </message>
        <message>
            <source>the {group} weight profile</source>
            <translation>el perfil de pesos de {group}</translation>
        </message>
        <message>
            <source>Fragile on {families}: a 10-point move of that weight changes the band.</source>
            <translation>Frágil en {families}: mover ese peso 10 puntos cambia el tramo.</translation>
        </message>
        <message>
            <source>Critical weight: {code} ({label}) from {old} to {new} would carry the score across the pass mark.</source>
            <translation>Peso crítico: {code} ({label}) de {old} a {new} haría que la puntuación cruzara el umbral de aprobación.</translation>
        </message>
        <message>
            <source>{family} (no data)</source>
            <translation>{family} (sin datos)</translation>
        </message>
        <message>
            <source>{family}  {score}</source>
            <translation>{family}  {score}</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Employer id</source>
            <translation>Id. del empleador</translation>
        </message>
        <message>
            <source>Sector (ISIC)</source>
            <translation>Sector (CIIU)</translation>
        </message>
        <message>
            <source>Occupation (ISCO)</source>
            <translation>Ocupación (CIUO)</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Puesto de trabajo</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Workers requested</source>
            <translation>Trabajadores solicitados</translation>
        </message>
        <message>
            <source>Duration (months)</source>
            <translation>Duración (meses)</translation>
        </message>
        <message>
            <source>Wage offered</source>
            <translation>Salario ofrecido</translation>
        </message>
        <message>
            <source>Prevailing wage</source>
            <translation>Salario de referencia</translation>
        </message>
        <message>
            <source>Origin countries</source>
            <translation>Países de origen</translation>
        </message>
        <message>
            <source>Vacancy advertised (days)</source>
            <translation>Vacante anunciada (días)</translation>
        </message>
        <message>
            <source>Recruitment channels</source>
            <translation>Canales de contratación</translation>
        </message>
        <message>
            <source>Local applicants</source>
            <translation>Candidatos locales</translation>
        </message>
        <message>
            <source>Local hires</source>
            <translation>Contrataciones locales</translation>
        </message>
        <message>
            <source>Local jobs created</source>
            <translation>Empleos locales creados</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>Personas locales en formación</translation>
        </message>
        <message>
            <source>Layoffs, last 12 months</source>
            <translation>Despidos, últimos 12 meses</translation>
        </message>
        <message>
            <source>Violations, last 3 years</source>
            <translation>Infracciones, últimos 3 años</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>Conflicto laboral</translation>
        </message>
        <message>
            <source>Fees charged to workers</source>
            <translation>Comisiones cobradas a los trabajadores</translation>
        </message>
        <message>
            <source>Housing provided</source>
            <translation>Vivienda facilitada</translation>
        </message>
        <message>
            <source>Housing inspected</source>
            <translation>Vivienda inspeccionada</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>Apoyo a la integración</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Empleados</translation>
        </message>
        <message>
            <source>Foreign employees</source>
            <translation>Empleados extranjeros</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Presentada el</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>— not given (missing evidence where a gate needs it)</source>
            <translation>— no consta (falta documentación cuando un requisito lo necesita)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{amount} {currency} per month</source>
            <translation>{amount} {currency} al mes</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import employers' requests from a CSV or XLSX file with &lt;i&gt;File › Import requests…&lt;/i&gt; (Ctrl+I), or enter one with &lt;i&gt;New request…&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Aún no hay solicitudes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importe las solicitudes de los empleadores desde un archivo CSV o XLSX con &lt;i&gt;Archivo › Importar solicitudes…&lt;/i&gt; (Ctrl+I), o introduzca una con &lt;i&gt;Nueva solicitud…&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Import requests…</source>
            <translation>&amp;Importar solicitudes…</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>Quorum met: %1 present and entitled, %2 required.</source>
            <translation>Hay quórum: %1 presentes con derecho a voto, %2 necesarios.</translation>
        </message>
        <message>
            <source>Every group is represented.</source>
            <translation>Todos los grupos están representados.</translation>
        </message>
        <message>
            <source>No quorum: %1 present and entitled, %2 required.</source>
            <translation>Sin quórum: %1 presentes con derecho a voto, %2 necesarios.</translation>
        </message>
        <message>
            <source>No entitled member present for: %1.</source>
            <translation>No hay ningún miembro con derecho a voto presente por: %1.</translation>
        </message>
        <message>
            <source>Consensus needs nobody against; %1 voted against.</source>
            <translation>El consenso exige que nadie vote en contra; %1 votaron en contra.</translation>
        </message>
        <message>
            <source>Consensus needs at least one vote for; nobody voted for.</source>
            <translation>El consenso exige al menos un voto a favor; nadie votó a favor.</translation>
        </message>
        <message>
            <source>Consensus: nobody voted against and %1 voted for.</source>
            <translation>Consenso: nadie votó en contra y %1 votaron a favor.</translation>
        </message>
        <message>
            <source>Simple majority: %1 for, %2 against (abstentions are not votes cast).</source>
            <translation>Mayoría simple: %1 a favor, %2 en contra (las abstenciones no son votos emitidos).</translation>
        </message>
        <message>
            <source>Qualified majority of %1: %2 for out of %3 votes cast; at least %4 needed.</source>
            <translation>Mayoría cualificada de %1: %2 a favor de %3 votos emitidos; se necesitan al menos %4.</translation>
        </message>
        <message>
            <source>Group majority: %1 of 3 group blocks for (%2 required).</source>
            <translation>Mayoría de grupos: %1 de 3 bloques de grupo a favor (se requieren %2).</translation>
        </message>
        <message>
            <source>For: %1.</source>
            <translation>A favor: %1.</translation>
        </message>
        <message>
            <source>Against: %1.</source>
            <translation>En contra: %1.</translation>
        </message>
        <message>
            <source>No block position: %1.</source>
            <translation>Sin posición de bloque: %1.</translation>
        </message>
        <message>
            <source>Group-weighted vote: each group weighs the same; weighted for %1, against %2.</source>
            <translation>Voto ponderado por grupos: cada grupo pesa lo mismo; ponderado a favor %1, en contra %2.</translation>
        </message>
        <message>
            <source>No consensus, so the fallback rule decided: %1.</source>
            <translation>Sin consenso, decidió la regla subsidiaria: %1.</translation>
        </message>
        <message>
            <source>The votes were tied; the chair's casting vote decided.</source>
            <translation>Hubo empate; decidió el voto de calidad de la presidencia.</translation>
        </message>
        <message>
            <source>The votes were tied and there is no casting vote, so the motion is not adopted.</source>
            <translation>Hubo empate y no hay voto de calidad, por lo que la moción no se adopta.</translation>
        </message>
        <message>
            <source>The motion is adopted.</source>
            <translation>La moción se adopta.</translation>
        </message>
        <message>
            <source>The motion is not adopted.</source>
            <translation>La moción no se adopta.</translation>
        </message>
        <message>
            <source>No score to test: nobody scored and the dossier gives no technical score.</source>
            <translation>No hay puntuación que probar: nadie puntuó y el expediente no da puntuación técnica.</translation>
        </message>
        <message>
            <source>Fewer than two groups scored, so there is no divergence between groups.</source>
            <translation>Puntuaron menos de dos grupos, por lo que no hay divergencia entre grupos.</translation>
        </message>
        <message>
            <source>Divergence between groups: %1 points. The groups are split.</source>
            <translation>Divergencia entre grupos: %1 puntos. Los grupos están divididos.</translation>
        </message>
        <message>
            <source>Divergence between groups: %1 points. No split.</source>
            <translation>Divergencia entre grupos: %1 puntos. Sin división.</translation>
        </message>
        <message>
            <source>The split comes mostly from: %1.</source>
            <translation>La división se debe sobre todo a: %1.</translation>
        </message>
        <message>
            <source>Robust: moving any family's weight by 10 points does not change the band.</source>
            <translation>Robusto: mover 10 puntos el peso de cualquier familia no cambia el tramo.</translation>
        </message>
        <message>
            <source>the %1 group's own weights</source>
            <translation>los pesos propios del grupo %1</translation>
        </message>
        <message>
            <source>Fragile: the band changes when these weights move: %1.</source>
            <translation>Frágil: el tramo cambia cuando se mueven estos pesos: %1.</translation>
        </message>
        <message>
            <source>Critical weight: %1 moved by %2 points (to %3) would carry the score across the pass mark.</source>
            <translation>Peso crítico: %1 movido %2 puntos (hasta %3) haría que la puntuación cruzara el umbral de aprobación.</translation>
        </message>
        <message>
            <source>Warning: in %1 a single member voted, so this group's tally shows how that member voted.</source>
            <translation>Advertencia: en %1 votó un solo miembro, por lo que el recuento de este grupo muestra cómo votó ese miembro.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import requests…</source>
            <translation>&amp;Importar solicitudes…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export requests…</source>
            <translation>&amp;Exportar solicitudes…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Exportando a {file}…</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Exportar solicitudes</translation>
        </message>
        <message>
            <source>Loading the sample board and requests…</source>
            <translation>Cargando la comisión de ejemplo y las solicitudes…</translation>
        </message>
        <message>
            <source>Sample board</source>
            <translation>Comisión de ejemplo</translation>
        </message>
        <message>
            <source>Please wait: another task is still running.</source>
            <translation>Espere: otra tarea sigue en curso.</translation>
        </message>
        <message>
            <source>Imported {count} requests.</source>
            <translation>Se importaron {count} solicitudes.</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportación terminada</translation>
        </message>
        <message>
            <source>Exported {count} requests to {path}.</source>
            <translation>Se exportaron {count} solicitudes a {path}.</translation>
        </message>
    </context>
    <context>
        <name>FindingDialog</name>
        <message>
            <source>Verify a condition</source>
            <translation>Verificar una condición</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}, due {due}. The evidence filed is sufficient because:</source>
            <translation>{request} ({employer}): {condition}, vencimiento {due}. La prueba documental presentada es suficiente porque:</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <source>Record a breach</source>
            <translation>Registrar un incumplimiento</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}, due {due}. The condition is not met because:</source>
            <translation>{request} ({employer}): {condition}, vencimiento {due}. La condición no se cumple porque:</translation>
        </message>
        <message>
            <source>Record &amp;breach</source>
            <translation>Registrar &amp;incumplimiento</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Note on the finding</source>
            <translation>Nota sobre la constatación</translation>
        </message>
        <message>
            <source>The secretary (or the chair) records that {request}'s condition is verified.</source>
            <translation>La secretaría (o la presidencia) registra que la condición de {request} está verificada.</translation>
        </message>
        <message>
            <source>The secretary (or the chair) records that {request}'s condition is breached.</source>
            <translation>La secretaría (o la presidencia) registra que la condición de {request} se ha incumplido.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Registrar</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Tripartite</source>
            <translation>Le damos la bienvenida a Tripartite</translation>
        </message>
        <message>
            <source>This database is empty.</source>
            <translation>Esta base de datos está vacía.</translation>
        </message>
        <message>
            <source>Load the sample board (members with demo PINs, rules of procedure) and 48 sample requests to try Tripartite, a whole vote included? You can also start with an empty board and import your own requests later with File › Import requests.</source>
            <translation>¿Cargar la comisión de ejemplo (miembros con PIN de demostración, reglamento interno) y 48 solicitudes de ejemplo para probar Tripartite, incluida una votación completa? También puede empezar con una comisión vacía e importar sus propias solicitudes más adelante con Archivo › Importar solicitudes.</translation>
        </message>
        <message>
            <source>&amp;Load the sample</source>
            <translation>&amp;Cargar el ejemplo</translation>
        </message>
        <message>
            <source>&amp;Start empty</source>
            <translation>&amp;Empezar en blanco</translation>
        </message>
    </context>
    <context>
        <name>FollowupModel</name>
        <message>
            <source>{condition}, period {period}</source>
            <translation>{condition}, periodo {period}</translation>
        </message>
        <message>
            <source>Pending, overdue</source>
            <translation>Pendiente, vencido</translation>
        </message>
        <message>
            <source>{count} B</source>
            <translation>{count} B</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>{date}, overdue</source>
            <translation>{date}, vencido</translation>
        </message>
        <message>
            <source>Pending, and due before the as-of date: no evidence filed in time.</source>
            <translation>Pendiente y vencida antes de la fecha de corte: no se presentó prueba documental a tiempo.</translation>
        </message>
        <message>
            <source>Finding: {note}</source>
            <translation>Constatación: {note}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>Presentado</translation>
        </message>
    </context>
    <context>
        <name>FollowupView</name>
        <message>
            <source>Follow-up of conditions</source>
            <translation>Seguimiento de condiciones</translation>
        </message>
        <message>
            <source>Each condition of an adopted decision, with its due date. The secretary files the employer's evidence, then records whether it is sufficient or the condition is breached.</source>
            <translation>Cada condición de una decisión adoptada, con su vencimiento. La secretaría presenta la prueba documental del empleador y registra después si es suficiente o si la condición se ha incumplido.</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidos</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>A reference or an employer</source>
            <translation>Una referencia o un empleador</translation>
        </message>
        <message>
            <source>Re&amp;quest:</source>
            <translation>Soli&amp;citud:</translation>
        </message>
        <message>
            <source>As &amp;of:</source>
            <translation>&amp;Fecha de corte:</translation>
        </message>
        <message>
            <source>Overdue means still pending and due before this date</source>
            <translation>Vencido significa todavía pendiente y con vencimiento anterior a esta fecha</translation>
        </message>
        <message>
            <source>Follow-up records</source>
            <translation>Registros de seguimiento</translation>
        </message>
        <message>
            <source>No conditions to follow up: they appear here when the board adopts a decision with conditions.</source>
            <translation>No hay condiciones que seguir: aparecen aquí cuando la comisión adopta una decisión con condiciones.</translation>
        </message>
        <message>
            <source>&amp;Attach evidence…</source>
            <translation>Adjuntar &amp;prueba documental…</translation>
        </message>
        <message>
            <source>File the employer's evidence for the selected condition</source>
            <translation>Presentar la prueba documental del empleador para la condición seleccionada</translation>
        </message>
        <message>
            <source>Ve&amp;rify…</source>
            <translation>Ve&amp;rificar…</translation>
        </message>
        <message>
            <source>The evidence filed is sufficient: the condition is met</source>
            <translation>La prueba documental presentada es suficiente: la condición se cumple</translation>
        </message>
        <message>
            <source>Record a &amp;breach…</source>
            <translation>Registrar &amp;incumplimiento…</translation>
        </message>
        <message>
            <source>The condition is not met: a finding for the board's review</source>
            <translation>La condición no se cumple: una constatación para la revisión de la comisión</translation>
        </message>
        <message>
            <source>Selected condition</source>
            <translation>Condición seleccionada</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Archivos de prueba documental</translation>
        </message>
        <message>
            <source>No evidence filed yet.</source>
            <translation>Todavía no se ha presentado prueba documental.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) shown</source>
            <translation>
                <numerusform>%n registro mostrado</numerusform>
                <numerusform>%n registros mostrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a condition to see its evidence.</source>
            <translation>Seleccione una condición para ver su prueba documental.</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}.
Due {due}. State: {state}.</source>
            <translation>{request} ({employer}): {condition}.
Vencimiento: {due}. Estado: {state}.</translation>
        </message>
        <message>
            <source>Finding: {note}</source>
            <translation>Constatación: {note}</translation>
        </message>
        <message>
            <source>Evidence for {request}</source>
            <translation>Prueba documental de {request}</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>The secretary (or the chair) files %n file(s) of evidence for {request}.</source>
            <translation>
                <numerusform>La secretaría (o la presidencia) presenta %n archivo de prueba documental para {request}.</numerusform>
                <numerusform>La secretaría (o la presidencia) presenta %n archivos de prueba documental para {request}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File evidence</source>
            <translation>&amp;Registrar prueba documental</translation>
        </message>
        <message>
            <source>Filing the evidence…</source>
            <translation>Presentando la prueba documental…</translation>
        </message>
        <message numerus="yes">
            <source>Evidence filed: %n file(s).</source>
            <translation>
                <numerusform>Prueba documental presentada: %n archivo.</numerusform>
                <numerusform>Prueba documental presentada: %n archivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Condition verified.</source>
            <translation>Condición verificada.</translation>
        </message>
        <message>
            <source>Breach recorded: a finding for review.</source>
            <translation>Incumplimiento registrado: una constatación para revisión.</translation>
        </message>
    </context>
    <context>
        <name>GateTableModel</name>
        <message>
            <source>Gate</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprueba</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>HandoverView</name>
        <message>
            <source>Pass the laptop</source>
            <translation>Pasar el portátil</translation>
        </message>
        <message>
            <source>Ballot cast. Pass the laptop to the next member.</source>
            <translation>Voto emitido. Pase el portátil al siguiente miembro.</translation>
        </message>
        <message>
            <source>Your ballot is sealed until the chair reveals the result.</source>
            <translation>Su voto queda sellado hasta que la presidencia revele el resultado.</translation>
        </message>
        <message>
            <source>Co&amp;ntinue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Continue to the panes</source>
            <translation>Continuar a los paneles</translation>
        </message>
        <message>
            <source>Ballot cast. Everyone entitled has voted: the chair may reveal the result.</source>
            <translation>Voto emitido. Todos los miembros con derecho a voto han votado: la presidencia puede revelar el resultado.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>Registered</source>
            <translation>Registrada</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Estado: {old} → {new}</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Introducida a mano</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Modificada</translation>
        </message>
        <message>
            <source>Put on the agenda of {meeting}</source>
            <translation>Incluida en el orden del día de {meeting}</translation>
        </message>
        <message>
            <source>Recusal of {member}</source>
            <translation>Recusación de {member}</translation>
        </message>
        <message>
            <source>Gate {gate} attested</source>
            <translation>Requisito {gate} acreditado</translation>
        </message>
        <message>
            <source>Not decided: no quorum</source>
            <translation>No resuelta: sin quórum</translation>
        </message>
        <message>
            <source>Motion proposed: {outcome}</source>
            <translation>Moción presentada: {outcome}</translation>
        </message>
        <message>
            <source>Decision: {outcome}</source>
            <translation>Decisión: {outcome}</translation>
        </message>
        <message>
            <source>Dissent filed by {member}</source>
            <translation>Voto particular de {member}</translation>
        </message>
        <message>
            <source>{meeting}</source>
            <translation>{meeting}</translation>
        </message>
        <message>
            <source>Not decided at {meeting}</source>
            <translation>No resuelta en {meeting}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import requests</source>
            <translation>Importar solicitudes</translation>
        </message>
        <message>
            <source>Request files (*.csv *.xlsx);;All files (*)</source>
            <translation>Archivos de solicitudes (*.csv *.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Requests come from a CSV (UTF-8) or Excel file, one request per row, with the columns of the import schema. The import is all or nothing: if any row has a problem, nothing is written and every problem is listed.</source>
            <translation>Las solicitudes proceden de un archivo CSV (UTF-8) o Excel, una solicitud por fila, con las columnas del esquema de importación. La importación es de todo o nada: si alguna fila tiene un problema, no se escribe nada y se enumeran todos los problemas.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Elija un archivo .csv o .xlsx</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;Copiar informe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The secretary or the chair imports these requests.</source>
            <translation>La secretaría o la presidencia importa estas solicitudes.</translation>
        </message>
        <message>
            <source>Please wait: another task is still running.</source>
            <translation>Espere: otra tarea sigue en curso.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Imported {count} requests from {file}.</source>
            <translation>Se importaron {count} solicitudes de {file}.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; no se modificó nada.</translation>
        </message>
        <message>
            <source>The import failed; nothing was changed.</source>
            <translation>La importación falló; no se modificó nada.</translation>
        </message>
        <message>
            <source>Nothing was imported. Problems in {file}: {problems}. Fix them in the file, then import it again.</source>
            <translation>No se importó nada. Problemas en {file}: {problems}. Corríjalos en el archivo y vuelva a importarlo.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Problems found in the file</source>
            <translation>Problemas encontrados en el archivo</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>Importación rechazada</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Problems in {file}: {problems}. Warnings: {warnings}. Fix the problems in the file, then import it again.</source>
            <translation>Problemas en {file}: {problems}. Advertencias: {warnings}. Corrija los problemas en el archivo y vuelva a importarlo.</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;Copiar informe</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar informe</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Government</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Empleadores</translation>
        </message>
        <message>
            <source>Unions</source>
            <translation>Sindicatos</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>The chair</source>
            <translation>La presidencia</translation>
        </message>
        <message>
            <source>The secretary</source>
            <translation>La secretaría</translation>
        </message>
        <message>
            <source>A government member</source>
            <translation>Un miembro del Gobierno</translation>
        </message>
        <message>
            <source>An employers' member</source>
            <translation>Un miembro de los empleadores</translation>
        </message>
        <message>
            <source>A union member</source>
            <translation>Un miembro de los sindicatos</translation>
        </message>
        <message>
            <source>Decides (issues decisions)</source>
            <translation>Decide (dicta resoluciones)</translation>
        </message>
        <message>
            <source>Advises (issues opinions)</source>
            <translation>Asesora (emite dictámenes)</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>Mayoría simple</translation>
        </message>
        <message>
            <source>Qualified majority</source>
            <translation>Mayoría cualificada</translation>
        </message>
        <message>
            <source>Majority of constituency groups</source>
            <translation>Mayoría de grupos</translation>
        </message>
        <message>
            <source>Groups weighted equally</source>
            <translation>Grupos con igual peso</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>consenso</translation>
        </message>
        <message>
            <source>simple majority</source>
            <translation>mayoría simple</translation>
        </message>
        <message>
            <source>qualified majority</source>
            <translation>mayoría cualificada</translation>
        </message>
        <message>
            <source>group majority</source>
            <translation>mayoría de grupos</translation>
        </message>
        <message>
            <source>group-weighted vote</source>
            <translation>voto ponderado por grupos</translation>
        </message>
        <message>
            <source>Half of the seats</source>
            <translation>La mitad de las plazas</translation>
        </message>
        <message>
            <source>Half of the seats and every constituency</source>
            <translation>La mitad de las plazas y todos los grupos</translation>
        </message>
        <message>
            <source>Named (each vote is minuted)</source>
            <translation>Nominal (cada voto consta en acta)</translation>
        </message>
        <message>
            <source>Secret (only tallies are minuted)</source>
            <translation>Secreta (solo constan en acta los recuentos)</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>On agenda</source>
            <translation>En el orden del día</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Resuelta</translation>
        </message>
        <message>
            <source>Deferred</source>
            <translation>Aplazada</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <source>Productivity</source>
            <translation>Productividad</translation>
        </message>
        <message>
            <source>Income distribution</source>
            <translation>Distribución de la renta</translation>
        </message>
        <message>
            <source>Social integration</source>
            <translation>Integración social</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>No cumplido</translation>
        </message>
        <message>
            <source>Missing evidence</source>
            <translation>Falta documentación</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>no cumplido</translation>
        </message>
        <message>
            <source>missing evidence</source>
            <translation>falta documentación</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>sin evaluar</translation>
        </message>
        <message>
            <source>language course</source>
            <translation>curso de idioma</translation>
        </message>
        <message>
            <source>orientation</source>
            <translation>orientación</translation>
        </message>
        <message>
            <source>health information</source>
            <translation>información sanitaria</translation>
        </message>
        <message>
            <source>family support</source>
            <translation>apoyo familiar</translation>
        </message>
        <message>
            <source>recognition of skills</source>
            <translation>reconocimiento de competencias</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>empleador</translation>
        </message>
        <message>
            <source>employer id</source>
            <translation>id. del empleador</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>sector</translation>
        </message>
        <message>
            <source>occupation</source>
            <translation>ocupación</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>puesto de trabajo</translation>
        </message>
        <message>
            <source>region</source>
            <translation>región</translation>
        </message>
        <message>
            <source>workers requested</source>
            <translation>trabajadores solicitados</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>wage offered</source>
            <translation>salario ofrecido</translation>
        </message>
        <message>
            <source>prevailing wage</source>
            <translation>salario de referencia</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moneda</translation>
        </message>
        <message>
            <source>origin countries</source>
            <translation>países de origen</translation>
        </message>
        <message>
            <source>date submitted</source>
            <translation>fecha de presentación</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>days the vacancy was advertised</source>
            <translation>días de anuncio de la vacante</translation>
        </message>
        <message>
            <source>the firm's employees</source>
            <translation>empleados de la empresa</translation>
        </message>
        <message>
            <source>the firm's foreign employees</source>
            <translation>empleados extranjeros de la empresa</translation>
        </message>
        <message>
            <source>labour dispute</source>
            <translation>conflicto laboral</translation>
        </message>
        <message>
            <source>layoffs in the last 12 months</source>
            <translation>despidos en los últimos 12 meses</translation>
        </message>
        <message>
            <source>violations in the last 3 years</source>
            <translation>infracciones en los últimos 3 años</translation>
        </message>
        <message>
            <source>fees charged to workers</source>
            <translation>comisiones cobradas a los trabajadores</translation>
        </message>
        <message>
            <source>housing provided</source>
            <translation>vivienda facilitada</translation>
        </message>
        <message>
            <source>housing inspected</source>
            <translation>vivienda inspeccionada</translation>
        </message>
        <message>
            <source>local applicants</source>
            <translation>candidatos locales</translation>
        </message>
        <message>
            <source>local hires</source>
            <translation>contrataciones locales</translation>
        </message>
        <message>
            <source>local jobs created</source>
            <translation>empleos locales creados</translation>
        </message>
        <message>
            <source>local trainees</source>
            <translation>personas locales en formación</translation>
        </message>
        <message>
            <source>recruitment channels</source>
            <translation>canales de contratación</translation>
        </message>
        <message>
            <source>integration support</source>
            <translation>apoyo a la integración</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Minutes signed</source>
            <translation>Acta firmada</translation>
        </message>
        <message>
            <source>Not yet voted</source>
            <translation>Sin votar</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Votación abierta</translation>
        </message>
        <message>
            <source>Motion not adopted</source>
            <translation>Moción no adoptada</translation>
        </message>
        <message>
            <source>No quorum: not decided</source>
            <translation>Sin quórum: no resuelto</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Escrutada</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Approve with conditions</source>
            <translation>Aprobar con condiciones</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Denegar</translation>
        </message>
        <message>
            <source>Defer</source>
            <translation>Aplazar</translation>
        </message>
        <message>
            <source>For</source>
            <translation>A favor</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>En contra</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstención</translation>
        </message>
        <message>
            <source>Quota of workers</source>
            <translation>Cupo de trabajadores</translation>
        </message>
        <message>
            <source>Maximum duration</source>
            <translation>Duración máxima</translation>
        </message>
        <message>
            <source>Wage floor</source>
            <translation>Salario mínimo exigido</translation>
        </message>
        <message>
            <source>Training of local workers</source>
            <translation>Formación de trabajadores locales</translation>
        </message>
        <message>
            <source>Local hiring ratio</source>
            <translation>Proporción de contratación local</translation>
        </message>
        <message>
            <source>Housing standard</source>
            <translation>Estándar de vivienda</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>Apoyo a la integración</translation>
        </message>
        <message>
            <source>Recruitment channel</source>
            <translation>Canal de contratación</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Presentación de informes</translation>
        </message>
        <message>
            <source>No-fees attestation</source>
            <translation>Declaración de no cobro de comisiones</translation>
        </message>
        <message>
            <source>quota of workers</source>
            <translation>cupo de trabajadores</translation>
        </message>
        <message>
            <source>maximum duration</source>
            <translation>duración máxima</translation>
        </message>
        <message>
            <source>wage floor</source>
            <translation>salario mínimo exigido</translation>
        </message>
        <message>
            <source>training of local workers</source>
            <translation>formación de trabajadores locales</translation>
        </message>
        <message>
            <source>local hiring ratio</source>
            <translation>proporción de contratación local</translation>
        </message>
        <message>
            <source>housing standard</source>
            <translation>estándar de vivienda</translation>
        </message>
        <message>
            <source>recruitment channel</source>
            <translation>canal de contratación</translation>
        </message>
        <message>
            <source>reporting</source>
            <translation>presentación de informes</translation>
        </message>
        <message>
            <source>no-fees attestation</source>
            <translation>declaración de no cobro de comisiones</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Meses</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>Personas locales en formación</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensual</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>trimestral</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>semestral</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>anual</translation>
        </message>
        <message>
            <source>Evidence filed</source>
            <translation>Prueba documental presentada</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Incumplida</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>Dispensada</translation>
        </message>
        <message>
            <source>The whole file</source>
            <translation>El archivo completo</translation>
        </message>
        <message>
            <source>Up to its signature</source>
            <translation>Hasta su firma</translation>
        </message>
        <message>
            <source>Part of the file</source>
            <translation>Parte del archivo</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Nada</translation>
        </message>
        <message>
            <source>Timestamps only</source>
            <translation>Solo sellos de tiempo</translation>
        </message>
        <message>
            <source>Later signatures only</source>
            <translation>Solo firmas posteriores</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Anotaciones</translation>
        </message>
        <message>
            <source>Other changes</source>
            <translation>Otros cambios</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>No se puede leer</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Modificado tras la firma</translation>
        </message>
        <message>
            <source>Data hidden in the signature</source>
            <translation>Datos ocultos en la firma</translation>
        </message>
        <message>
            <source>Changes not allowed after it</source>
            <translation>Cambios posteriores no permitidos</translation>
        </message>
        <message>
            <source>Not in a signatory's box</source>
            <translation>Fuera del recuadro de un firmante</translation>
        </message>
        <message>
            <source>Certificate not trusted</source>
            <translation>Certificado no fiable</translation>
        </message>
        <message>
            <source>Signer trusted for another box</source>
            <translation>Firmante fiable para otro recuadro</translation>
        </message>
        <message>
            <source>Same signer in another box</source>
            <translation>Mismo firmante en otro recuadro</translation>
        </message>
        <message>
            <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
            <translation>El archivo no puede leerse como PDF: puede estar dañado o incompleto.</translation>
        </message>
        <message>
            <source>Nobody has signed this file.</source>
            <translation>Nadie ha firmado este archivo.</translation>
        </message>
        <message>
            <source>This file is not minutes made by Tripartite: it has no evidence annex and no signature boxes.</source>
            <translation>Este archivo no es un acta generada por Tripartite: no tiene anexo documental ni recuadros de firma.</translation>
        </message>
        <message>
            <source>The minutes carry no evidence annex, so the signatures vouch for no figures.</source>
            <translation>El acta no lleva anexo documental, por lo que las firmas no respaldan ninguna cifra.</translation>
        </message>
        <message>
            <source>The evidence annex is not the one the first signature signed: it was added or replaced later.</source>
            <translation>El anexo documental no es el que cubrió la primera firma: se añadió o se sustituyó después.</translation>
        </message>
        <message>
            <source>The evidence annex is for another meeting than these minutes.</source>
            <translation>El anexo documental corresponde a una sesión distinta de la de esta acta.</translation>
        </message>
        <message>
            <source>The file was changed after the last signature.</source>
            <translation>El archivo se modificó después de la última firma.</translation>
        </message>
        <message>
            <source>Not every signatory has signed: still to sign: %1.</source>
            <translation>No han firmado todos los firmantes: falta por firmar: %1.</translation>
        </message>
        <message>
            <source>wage {wage} &lt; prevailing {prevailing}</source>
            <translation>salario {wage} &lt; referencia {prevailing}</translation>
        </message>
        <message>
            <source>wage {wage} &lt; statutory minimum {minimum}</source>
            <translation>salario {wage} &lt; mínimo legal {minimum}</translation>
        </message>
        <message>
            <source>wage {wage} ≥ prevailing {prevailing}</source>
            <translation>salario {wage} ≥ referencia {prevailing}</translation>
        </message>
        <message>
            <source>not given: {fields}</source>
            <translation>no consta: {fields}</translation>
        </message>
        <message>
            <source>not given: {fields} (occupation not on the shortage list)</source>
            <translation>no consta: {fields} (ocupación fuera de la lista de difícil cobertura)</translation>
        </message>
        <message>
            <source>{field} reported</source>
            <translation>hay constancia de {field}</translation>
        </message>
        <message>
            <source>no {field}</source>
            <translation>sin {field}</translation>
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
            <translation>ocupación {occupation} en la lista de difícil cobertura</translation>
        </message>
        <message>
            <source>advertised {days} days ≥ {required}</source>
            <translation>vacante anunciada {days} días ≥ {required}</translation>
        </message>
        <message>
            <source>advertised {days} days &lt; {required}, occupation not on the shortage list</source>
            <translation>vacante anunciada {days} días &lt; {required}, ocupación fuera de la lista de difícil cobertura</translation>
        </message>
        <message>
            <source>share at least {share} &gt; cap {cap}</source>
            <translation>proporción de al menos {share} &gt; límite {cap}</translation>
        </message>
        <message>
            <source>foreign share {share} &gt; cap {cap}</source>
            <translation>proporción de extranjeros {share} &gt; límite {cap}</translation>
        </message>
        <message>
            <source>foreign share {share} ≤ cap {cap}</source>
            <translation>proporción de extranjeros {share} ≤ límite {cap}</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>not yet attested</source>
            <translation>aún no acreditado</translation>
        </message>
        <message>
            <source>attested by the board</source>
            <translation>acreditado por la comisión</translation>
        </message>
        <message>
            <source>attestation refused</source>
            <translation>acreditación denegada</translation>
        </message>
        <message>
            <source>layoffs</source>
            <translation>despidos</translation>
        </message>
        <message>
            <source>violations</source>
            <translation>infracciones</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>plazo %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no consta</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>The app will be in %1 the next time you start it.</source>
            <translation>La aplicación estará en %1 la próxima vez que la inicie.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
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
            <translation>Esto es un error de Tripartite.</translation>
        </message>
        <message>
            <source>Your data is safe: unfinished work was rolled back. Please report this, with the details.</source>
            <translation>Sus datos están a salvo: el trabajo inacabado se revirtió. Informe de ello, con los detalles.</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Exportar solicitudes</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelado; no se modificó nada.</translation>
        </message>
        <message>
            <source>Conditions still pending after their due date: see Follow-up (Ctrl+5)</source>
            <translation>Condiciones todavía pendientes después de su vencimiento: vea Seguimiento (Ctrl+5)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>The register and dossiers (Ctrl+1)</source>
            <translation>El registro y los expedientes (Ctrl+1)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Agendas, the meeting room and decisions (Ctrl+2)</source>
            <translation>Órdenes del día, sala de sesiones y decisiones (Ctrl+2)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Members, PINs, rules, criteria, shortage list (Ctrl+3)</source>
            <translation>Miembros, PIN, reglas, criterios, lista de difícil cobertura (Ctrl+3)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Every change to the record, who made it, and the record's check (Ctrl+4)</source>
            <translation>Todos los cambios en el registro, quién los hizo y la verificación del registro (Ctrl+4)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Conditions of decisions: evidence, findings, what is overdue (Ctrl+5)</source>
            <translation>Condiciones de las decisiones: prueba documental, constataciones, lo vencido (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Verify minutes…</source>
            <translation>&amp;Verificar acta…</translation>
        </message>
        <message>
            <source>Check the signatures of a minutes PDF</source>
            <translation>Comprobar las firmas de un acta en PDF</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Find requests</source>
            <translation>&amp;Buscar solicitudes</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>&amp;Solicitudes</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>Ses&amp;iones</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Comisión</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Registro de auditoría</translation>
        </message>
        <message>
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>Se&amp;guimiento</translation>
        </message>
        <message>
            <source>Ctrl+5</source>
            <translation>Ctrl+5</translation>
        </message>
        <message>
            <source>Show the &amp;dossier</source>
            <translation>Mostrar el &amp;expediente</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ayuda</translation>
        </message>
        <message>
            <source>&amp;Welcome and demo PINs</source>
            <translation>&amp;Bienvenida y PIN de demostración</translation>
        </message>
        <message>
            <source>&amp;About Tripartite</source>
            <translation>&amp;Acerca de Tripartite</translation>
        </message>
        <message>
            <source>Tripartite — {name}</source>
            <translation>Tripartite — {name}</translation>
        </message>
        <message>
            <source>About Tripartite</source>
            <translation>Acerca de Tripartite</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;For national tripartite labour boards: government, employers' and union members deciding together on employers' requests to admit foreign workers.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Para comisiones tripartitas nacionales de trabajo: miembros del Gobierno, de los empleadores y de los sindicatos que deciden conjuntamente sobre las solicitudes de los empleadores para admitir trabajadores extranjeros.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Loaded the sample board and {count} requests.</source>
            <translation>Se cargaron la comisión de ejemplo y {count} solicitudes.</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>%n seguimiento vencido</numerusform>
                <numerusform>%n seguimientos vencidos</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote is open. A ballot being filled in and not yet cast will be lost; cast ballots are kept, and the vote can go on when Tripartite is started again.

Quit anyway?</source>
            <translation>Hay una votación abierta. Se perderá toda papeleta que se esté rellenando y aún no se haya emitido; los votos emitidos se conservan, y la votación podrá continuar cuando se vuelva a iniciar Tripartite.

¿Salir de todos modos?</translation>
        </message>
        <message>
            <source>Quit during a vote</source>
            <translation>Salir durante una votación</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Puntos</translation>
        </message>
    </context>
    <context>
        <name>MeetingRoom</name>
        <message>
            <source>Meeting room</source>
            <translation>Sala de sesiones</translation>
        </message>
        <message>
            <source>← All &amp;meetings</source>
            <translation>← Todas las &amp;sesiones</translation>
        </message>
        <message>
            <source>Back to all meetings</source>
            <translation>Volver a todas las sesiones</translation>
        </message>
        <message>
            <source>Add &amp;items…</source>
            <translation>Añadir &amp;puntos…</translation>
        </message>
        <message>
            <source>Add items to the agenda</source>
            <translation>Añadir puntos al orden del día</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>The secretary or the chair puts these requests on the agenda.</source>
            <translation>La secretaría o la presidencia incluye estas solicitudes en el orden del día.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;Añadir al orden del día</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nueva sesión…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>&amp;Open meeting room</source>
            <translation>&amp;Abrir sala de sesiones</translation>
        </message>
        <message>
            <source>Open the meeting room</source>
            <translation>Abrir la sala de sesiones</translation>
        </message>
        <message>
            <source>No meetings yet. Create one with New meeting…</source>
            <translation>Aún no hay sesiones. Cree una con Nueva sesión…</translation>
        </message>
        <message>
            <source>The secretary or the chair creates the meeting.</source>
            <translation>La secretaría o la presidencia crea la sesión.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>Añadir un miembro</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Editar miembro</translation>
        </message>
        <message>
            <source>A short id used in meeting files; it cannot change later.</source>
            <translation>Un identificador corto que se usa en los archivos de sesión; no puede cambiarse después.</translation>
        </message>
        <message>
            <source>Holds a seat (active)</source>
            <translation>Ocupa una plaza (en activo)</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Id.:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Constituency:</source>
            <translation>Gr&amp;upo:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>P&amp;laza:</translation>
        </message>
        <message>
            <source>&amp;Alternate of:</source>
            <translation>&amp;Suplente de:</translation>
        </message>
        <message>
            <source>&amp;Save member</source>
            <translation>&amp;Guardar miembro</translation>
        </message>
        <message>
            <source>The chair and the secretary confirm who sits on the board, and with what role.</source>
            <translation>La presidencia y la secretaría confirman quién forma parte de la comisión y con qué cargo.</translation>
        </message>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>La presidencia o la secretaría confirma el cambio.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>This id is already used by another member.</source>
            <translation>Este identificador ya lo usa otro miembro.</translation>
        </message>
        <message>
            <source>nobody (a full member)</source>
            <translation>nadie (miembro titular)</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>holds a seat</source>
            <translation>ocupa una plaza</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactivo</translation>
        </message>
        <message>
            <source>✓ set</source>
            <translation>✓ establecido</translation>
        </message>
        <message>
            <source>✗ not set</source>
            <translation>✗ sin establecer</translation>
        </message>
        <message>
            <source>locked out until {time}</source>
            <translation>bloqueado hasta las {time}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id.</translation>
        </message>
        <message>
            <source>Constituency</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plaza</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Alternate of</source>
            <translation>Suplente de</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Board members</source>
            <translation>Miembros de la comisión</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>&amp;Añadir miembro…</translation>
        </message>
        <message>
            <source>Ed&amp;it member…</source>
            <translation>&amp;Editar miembro…</translation>
        </message>
        <message>
            <source>Set or reset &amp;PIN…</source>
            <translation>Establecer o restablecer &amp;PIN…</translation>
        </message>
        <message>
            <source>Change m&amp;y PIN…</source>
            <translation>Cambiar &amp;mi PIN…</translation>
        </message>
        <message>
            <source>Resetting a forgotten PIN needs two people: the chair and the secretary. The member is told at their next unlock.</source>
            <translation>Restablecer un PIN olvidado requiere a dos personas: la presidencia y la secretaría. Se informa al miembro la próxima vez que desbloquee.</translation>
        </message>
        <message>
            <source>&amp;Allow</source>
            <translation>&amp;Autorizar</translation>
        </message>
        <message>
            <source>The chair or the secretary allows this member's first PIN.</source>
            <translation>La presidencia o la secretaría autoriza el primer PIN de este miembro.</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>Restablecer &amp;PIN…</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>Establecer &amp;PIN…</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Guardado: {name}.</translation>
        </message>
        <message>
            <source>PIN set for {name}; only its hash is stored.</source>
            <translation>PIN establecido para {name}; solo se guarda su hash.</translation>
        </message>
    </context>
    <context>
        <name>MinutesDialog</name>
        <message>
            <source>Save the minutes</source>
            <translation>Guardar el acta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Building progress</source>
            <translation>Progreso de la generación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel building the minutes</source>
            <translation>Cancelar la generación del acta</translation>
        </message>
        <message>
            <source>&amp;Build again</source>
            <translation>&amp;Generar de nuevo</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>Página &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Página &amp;siguiente</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Firmantes</translation>
        </message>
        <message>
            <source>The preview does not draw the signature stamps. Verify… checks each signature cryptographically, which is what proves it.</source>
            <translation>La vista previa no dibuja los sellos de firma. Verificar… comprueba criptográficamente cada firma, que es lo que la prueba.</translation>
        </message>
        <message>
            <source>S&amp;ign as…</source>
            <translation>&amp;Firmar como…</translation>
        </message>
        <message>
            <source>Add your signature for a role that has not signed yet</source>
            <translation>Añadir su firma para un cargo que aún no ha firmado</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>&amp;Verificar…</translation>
        </message>
        <message>
            <source>Check every signature of the minutes shown</source>
            <translation>Comprobar todas las firmas del acta mostrada</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Save a copy of the minutes shown, with their signatures</source>
            <translation>Guardar una copia del acta mostrada, con sus firmas</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <source>The secretary or the chair builds the minutes: PIN needed.</source>
            <translation>La secretaría o la presidencia genera el acta: se necesita el PIN.</translation>
        </message>
        <message>
            <source>The secretary or the chair builds the minutes of this meeting.</source>
            <translation>La secretaría o la presidencia genera el acta de esta sesión.</translation>
        </message>
        <message>
            <source>&amp;Build</source>
            <translation>&amp;Generar</translation>
        </message>
        <message>
            <source>Building the minutes…</source>
            <translation>Generando el acta…</translation>
        </message>
        <message>
            <source>Building the minutes was cancelled. Nothing was stored.</source>
            <translation>Se canceló la generación del acta. No se guardó nada.</translation>
        </message>
        <message>
            <source>The minutes cannot be built: %1</source>
            <translation>No se puede generar el acta: %1</translation>
        </message>
        <message>
            <source>Building the minutes failed unexpectedly.</source>
            <translation>La generación del acta falló inesperadamente.</translation>
        </message>
        <message>
            <source>Minutes of meeting %1</source>
            <translation>Acta de la sesión %1</translation>
        </message>
        <message>
            <source>Building…</source>
            <translation>Generando…</translation>
        </message>
        <message>
            <source>No minutes yet.</source>
            <translation>Aún no hay acta.</translation>
        </message>
        <message>
            <source>Minutes — %1</source>
            <translation>Acta — %1</translation>
        </message>
        <message>
            <source>Minutes of “%1”</source>
            <translation>Acta de “%1”</translation>
        </message>
        <message>
            <source>Built just now from the meeting's record.</source>
            <translation>Generada ahora mismo a partir del registro de la sesión.</translation>
        </message>
        <message>
            <source>Signing has started: this is the stored file with its signatures so far. It can no longer be rebuilt.</source>
            <translation>La firma ha comenzado: este es el archivo guardado con las firmas realizadas hasta ahora. Ya no puede volver a generarse.</translation>
        </message>
        <message>
            <source>Minutes signed: the meeting is read-only.</source>
            <translation>Acta firmada: la sesión es de solo lectura.</translation>
        </message>
        <message>
            <source>Every role has signed. A correction needs an amendment: a new meeting linked to this one.</source>
            <translation>Todos los cargos han firmado. Una corrección requiere una enmienda: una nueva sesión vinculada a esta.</translation>
        </message>
        <message>
            <source>Not signed yet: %1 roles to sign.</source>
            <translation>Aún sin firmar: faltan %1 cargos por firmar.</translation>
        </message>
        <message>
            <source>Read the minutes first. The first signature fixes them: they can no longer be rebuilt.</source>
            <translation>Lea primero el acta. La primera firma la fija: ya no podrá volver a generarse.</translation>
        </message>
        <message>
            <source>%1 of %2 roles have signed.</source>
            <translation>Han firmado %1 de %2 cargos.</translation>
        </message>
        <message>
            <source>Still to sign: %1.</source>
            <translation>Falta por firmar: %1.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Signed for the role %1 by %2.</source>
            <translation>Firmado para el cargo %1 por %2.</translation>
        </message>
        <message>
            <source>the minutes of “%1”, as stored</source>
            <translation>el acta de “%1”, tal como está guardada</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Guardado en %1.</translation>
        </message>
    </context>
    <context>
        <name>MotionDialog</name>
        <message>
            <source>Motion</source>
            <translation>Moción</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Workers approved</source>
            <translation>Trabajadores aprobados</translation>
        </message>
        <message>
            <source> of %1 requested</source>
            <translation> de %1 solicitados</translation>
        </message>
        <message>
            <source>Kind of condition to add</source>
            <translation>Tipo de condición que se añade</translation>
        </message>
        <message>
            <source>&amp;Add condition</source>
            <translation>&amp;Añadir condición</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Añadir condición</translation>
        </message>
        <message>
            <source>&amp;Reset to the recommendation</source>
            <translation>&amp;Restablecer la recomendación</translation>
        </message>
        <message>
            <source>Reset to the recommendation</source>
            <translation>Restablecer la recomendación</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Re&amp;sultado:</translation>
        </message>
        <message>
            <source>&amp;Workers approved:</source>
            <translation>&amp;Trabajadores aprobados:</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <source>%1: %2 is not valid (%3).</source>
            <translation>%1: %2 no es válido (%3).</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Ordinary session 11/2026</source>
            <translation>Sesión ordinaria 11/2026</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <source>Create the meeting</source>
            <translation>Crear la sesión</translation>
        </message>
        <message>
            <source>A meeting needs a title.</source>
            <translation>Una sesión necesita un título.</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>Change the PIN of {name}</source>
            <translation>Cambiar el PIN de {name}</translation>
        </message>
        <message>
            <source>Reset the PIN of {name}</source>
            <translation>Restablecer el PIN de {name}</translation>
        </message>
        <message>
            <source>Set the PIN of {name}</source>
            <translation>Establecer el PIN de {name}</translation>
        </message>
        <message>
            <source>The member types a new PIN of at least 6 digits, twice. Nobody else should watch. Only a salted hash of it is stored.</source>
            <translation>El miembro escribe dos veces un nuevo PIN de al menos 6 dígitos. Nadie más debe mirar. Solo se guarda un hash con sal del PIN.</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Nuevo PIN:</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN:</source>
            <translation>&amp;Repetir el PIN:</translation>
        </message>
        <message>
            <source>&amp;Old PIN:</source>
            <translation>PIN &amp;anterior:</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>&amp;Establecer PIN</translation>
        </message>
        <message>
            <source>That PIN is published as a demo PIN; choose another.</source>
            <translation>Ese PIN está publicado como PIN de demostración; elija otro.</translation>
        </message>
        <message>
            <source>A PIN has at least 6 digits, and digits only.</source>
            <translation>Un PIN tiene al menos 6 dígitos, y solo dígitos.</translation>
        </message>
        <message>
            <source>The two entries differ; type the same PIN twice.</source>
            <translation>Las dos entradas no coinciden; escriba el mismo PIN dos veces.</translation>
        </message>
        <message numerus="yes">
            <source>The old PIN is wrong: %n tries left.</source>
            <translation>
                <numerusform>El PIN anterior es erróneo: queda %n intento.</numerusform>
                <numerusform>El PIN anterior es erróneo: quedan %n intentos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Locked out for %1 s after too many wrong PINs.</source>
            <translation>Bloqueado durante %1 s tras demasiados PIN erróneos.</translation>
        </message>
    </context>
    <context>
        <name>PaneMembersModel</name>
        <message>
            <source>Has voted</source>
            <translation>Ha votado</translation>
        </message>
        <message>
            <source>Has not voted yet</source>
            <translation>Aún no ha votado</translation>
        </message>
        <message>
            <source>%1: has voted</source>
            <translation>%1: ha votado</translation>
        </message>
        <message>
            <source>%1: has not voted yet</source>
            <translation>%1: aún no ha votado</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview of the minutes</source>
            <translation>Vista previa del acta</translation>
        </message>
        <message>
            <source>Page of the minutes</source>
            <translation>Página del acta</translation>
        </message>
        <message>
            <source>No preview: the QtPdf module of PySide6-Addons is not installed. Save the minutes with Save as… and open the file in a PDF reader.</source>
            <translation>Sin vista previa: el módulo QtPdf de PySide6-Addons no está instalado. Guarde el acta con Guardar como… y abra el archivo en un lector de PDF.</translation>
        </message>
        <message>
            <source>This file cannot be shown (it is not a readable PDF).</source>
            <translation>Este archivo no puede mostrarse (no es un PDF legible).</translation>
        </message>
    </context>
    <context>
        <name>PendingRequestsModel</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter PIN</source>
            <translation>Introducir PIN</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN message</source>
            <translation>Mensaje del PIN</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Escriba su PIN y pulse Intro.</translation>
        </message>
        <message>
            <source>Wrong PIN: 1 try left</source>
            <translation>PIN erróneo: queda 1 intento</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN: %n tries left</source>
            <translation>
                <numerusform>PIN erróneo: queda %n intento</numerusform>
                <numerusform>PIN erróneo: quedan %n intentos</numerusform>
            </translation>
        </message>
        <message>
            <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
            <translation>Este miembro aún no tiene PIN. La secretaría lo establece en la configuración de la comisión.</translation>
        </message>
        <message>
            <source>Locked out for %1 s after too many wrong PINs.</source>
            <translation>Bloqueado durante %1 s tras demasiados PIN erróneos.</translation>
        </message>
        <message>
            <source>You may try your PIN again.</source>
            <translation>Puede volver a introducir su PIN.</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>A PIN has at least %n digits, and digits only.</source>
            <translation>
                <numerusform>Un PIN tiene al menos %n dígito, y solo dígitos.</numerusform>
                <numerusform>Un PIN tiene al menos %n dígitos, y solo dígitos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. Tries left before a lockout: %n.</source>
            <translation>
                <numerusform>PIN erróneo. Intentos restantes antes del bloqueo: %n.</numerusform>
                <numerusform>PIN erróneo. Intentos restantes antes del bloqueo: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Locked out after too many wrong PINs; try again in %n s.</source>
            <translation>
                <numerusform>Bloqueado tras demasiados PIN erróneos; vuelva a intentarlo dentro de %n s.</numerusform>
                <numerusform>Bloqueado tras demasiados PIN erróneos; vuelva a intentarlo dentro de %n s.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not everyone has voted (missing: %n); the chair may close the vote.</source>
            <translation>
                <numerusform>No todos han votado (falta %n); la presidencia puede cerrar la votación.</numerusform>
                <numerusform>No todos han votado (faltan %n); la presidencia puede cerrar la votación.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The passphrase must have at least %n characters.</source>
            <translation>
                <numerusform>La frase de contraseña debe tener al menos %n carácter.</numerusform>
                <numerusform>La frase de contraseña debe tener al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) from event {seq} on were deleted.</source>
            <translation>
                <numerusform>Se eliminó %n evento a partir del evento {seq}.</numerusform>
                <numerusform>Se eliminaron %n eventos a partir del evento {seq}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were deleted before event {seq} and the rest renumbered.</source>
            <translation>
                <numerusform>Se eliminó %n evento antes del evento {seq} y el resto se renumeró.</numerusform>
                <numerusform>Se eliminaron %n eventos antes del evento {seq} y el resto se renumeró.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s)</source>
            <translation>
                <numerusform>%n trabajador</numerusform>
                <numerusform>%n trabajadores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) filed</source>
            <translation>
                <numerusform>%n archivo presentado</numerusform>
                <numerusform>%n archivos presentados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateBallot</name>
        <message>
            <source>Private ballot</source>
            <translation>Papeleta privada</translation>
        </message>
        <message>
            <source>Ballot of %1</source>
            <translation>Papeleta de %1</translation>
        </message>
        <message>
            <source>Only you see this. It locks when you cast or after a minute idle.</source>
            <translation>Solo usted ve esto. Se bloquea cuando emite el voto o tras un minuto de inactividad.</translation>
        </message>
        <message>
            <source>Your scores</source>
            <translation>Sus puntuaciones</translation>
        </message>
        <message>
            <source>&amp;Use the data scores</source>
            <translation>&amp;Usar las puntuaciones de los datos</translation>
        </message>
        <message>
            <source>Use the technical scores from the dossier</source>
            <translation>Usar las puntuaciones técnicas del expediente</translation>
        </message>
        <message>
            <source>Set each criterion with a technical score to that score</source>
            <translation>Asignar a cada criterio con puntuación técnica esa puntuación</translation>
        </message>
        <message>
            <source>Your scores (optional)</source>
            <translation>Sus puntuaciones (opcional)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>A favor</translation>
        </message>
        <message>
            <source>Vote for the motion</source>
            <translation>Votar a favor de la moción</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>En contra</translation>
        </message>
        <message>
            <source>Vote against the motion</source>
            <translation>Votar en contra de la moción</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstención</translation>
        </message>
        <message>
            <source>Explanation of vote (minuted &amp;with a named vote):</source>
            <translation>Explicación de voto (consta en acta &amp;con votación nominal):</translation>
        </message>
        <message>
            <source>Explanation of vote</source>
            <translation>Explicación de voto</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Cast &amp;ballot</source>
            <translation>Emitir el &amp;voto</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>Emitir el voto</translation>
        </message>
        <message>
            <source>Loc&amp;k without voting</source>
            <translation>&amp;Bloquear sin votar</translation>
        </message>
        <message>
            <source>Lock without voting</source>
            <translation>Bloquear sin votar</translation>
        </message>
        <message>
            <source>Your vote:</source>
            <translation>Su voto:</translation>
        </message>
        <message>
            <source>Arrow keys move between the three choices; Space chooses; Ctrl+Return casts.</source>
            <translation>Las teclas de flecha pasan de una a otra de las tres opciones; Espacio elige; Ctrl+Return emite el voto.</translation>
        </message>
        <message numerus="yes">
            <source>Locking in %n s — touch any key to keep working</source>
            <translation>
                <numerusform>Bloqueo en %n s — pulse cualquier tecla para seguir trabajando</numerusform>
                <numerusform>Bloqueo en %n s — pulse cualquier tecla para seguir trabajando</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose For, Against or Abstain first.</source>
            <translation>Elija primero A favor, En contra o Abstención.</translation>
        </message>
    </context>
    <context>
        <name>ProblemTableModel</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>file not found</source>
            <translation>no se encontró el archivo</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>no se puede leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>unsupported file type; use .csv or .xlsx</source>
            <translation>tipo de archivo no admitido; use .csv o .xlsx</translation>
        </message>
        <message>
            <source>the file is not UTF-8: line {line} cannot be decoded; save it as 'CSV UTF-8'</source>
            <translation>el archivo no está en UTF-8: la línea {line} no se puede decodificar; guárdelo como 'CSV UTF-8'</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>the file has a header but no requests</source>
            <translation>el archivo tiene encabezado pero ninguna solicitud</translation>
        </message>
        <message>
            <source>the CSV cannot be read: {reason}</source>
            <translation>no se puede leer el CSV: {reason}</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be read: {reason}</source>
            <translation>no se puede leer la hoja de cálculo: {reason}</translation>
        </message>
        <message>
            <source>the TOML cannot be read: {reason}</source>
            <translation>no se puede leer el TOML: {reason}</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>falta una columna obligatoria</translation>
        </message>
        <message>
            <source>column appears twice in the header</source>
            <translation>la columna aparece dos veces en el encabezado</translation>
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation>columna desconocida; se omite</translation>
        </message>
        <message>
            <source>the row has {found} fields but the header has {expected}</source>
            <translation>la fila tiene {found} campos, pero el encabezado tiene {expected}</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>se requiere un valor</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>no es un número entero</translation>
        </message>
        <message>
            <source>not a number (use a dot as the decimal point, no thousands separator)</source>
            <translation>no es un número (use el punto como separador decimal, sin separador de miles)</translation>
        </message>
        <message>
            <source>not a yes/no value (true/false, yes/no, 1/0, sí/no, oui/non)</source>
            <translation>no es un valor sí/no (true/false, yes/no, 1/0, sí/no, oui/non)</translation>
        </message>
        <message>
            <source>not a date in ISO 8601 form (YYYY-MM-DD)</source>
            <translation>no es una fecha en formato ISO 8601 (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>must be at least {min}</source>
            <translation>debe ser como mínimo {min}</translation>
        </message>
        <message>
            <source>must be at most {max}</source>
            <translation>debe ser como máximo {max}</translation>
        </message>
        <message>
            <source>must be greater than 0</source>
            <translation>debe ser mayor que 0</translation>
        </message>
        <message>
            <source>not an ISCO-08 unit group (a 4-digit code that exists)</source>
            <translation>no es un grupo primario de la CIUO-08 (un código existente de 4 cifras)</translation>
        </message>
        <message>
            <source>not an ISIC Rev.4 section letter (A-U) or 2-digit division</source>
            <translation>no es una letra de sección (A-U) ni una división de 2 cifras de la CIIU Rev.4</translation>
        </message>
        <message>
            <source>not an ISO 4217 currency code</source>
            <translation>no es un código de moneda ISO 4217</translation>
        </message>
        <message>
            <source>not an ISO 3166-1 alpha-2 country code</source>
            <translation>no es un código de país ISO 3166-1 alfa-2</translation>
        </message>
        <message>
            <source>unknown integration support item; use {allowed}</source>
            <translation>elemento de apoyo a la integración desconocido; use {allowed}</translation>
        </message>
        <message>
            <source>holds the control character {char}: {rule}</source>
            <translation>contiene el carácter de control {char}: {rule}</translation>
        </message>
        <message>
            <source>not a usable number (NaN, infinity, an empty number cell, or out of range)</source>
            <translation>no es un número utilizable (NaN, infinito, una celda numérica vacía o un valor fuera de rango)</translation>
        </message>
        <message>
            <source>the cell holds a spreadsheet error, not a value</source>
            <translation>la celda contiene un error de hoja de cálculo, no un valor</translation>
        </message>
        <message>
            <source>foreign employees ({foreign}) exceed employees ({employees})</source>
            <translation>los empleados extranjeros ({foreign}) superan el total de empleados ({employees})</translation>
        </message>
        <message>
            <source>reference already used on row {first_row}</source>
            <translation>referencia ya utilizada en la fila {first_row}</translation>
        </message>
        <message>
            <source>reference already in the database</source>
            <translation>referencia ya existente en la base de datos</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>clave desconocida</translation>
        </message>
        <message>
            <source>required key is missing</source>
            <translation>falta una clave obligatoria</translation>
        </message>
        <message>
            <source>must be {expected}</source>
            <translation>debe ser {expected}</translation>
        </message>
        <message>
            <source>must be one of: {allowed}</source>
            <translation>debe ser uno de estos valores: {allowed}</translation>
        </message>
        <message>
            <source>id already used by another member</source>
            <translation>identificador ya utilizado por otro miembro</translation>
        </message>
        <message>
            <source>no member with this id</source>
            <translation>no hay ningún miembro con este identificador</translation>
        </message>
        <message>
            <source>not a fraction between 0 and 1 (e.g. "2/3")</source>
            <translation>no es una fracción entre 0 y 1 (p. ej., "2/3")</translation>
        </message>
        <message>
            <source>the board needs exactly one active chair (found {found})</source>
            <translation>la comisión necesita exactamente una presidencia activa (hay {found})</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no request with this reference in the database</source>
            <translation>no hay ninguna solicitud con esta referencia en la base de datos</translation>
        </message>
        <message>
            <source>the request is {status}, not pending</source>
            <translation>la solicitud tiene el estado {status}, no pendiente</translation>
        </message>
        <message>
            <source>this member may not vote, score or dissent on the item: {why}</source>
            <translation>este miembro no puede votar, puntuar ni formular voto particular sobre el punto: {why}</translation>
        </message>
        <message>
            <source>a motion after an adopted one (motion {adopted} already decided the item)</source>
            <translation>una moción posterior a otra adoptada (la moción {adopted} ya resolvió el punto)</translation>
        </message>
        <message>
            <source>this request is already an item of the meeting</source>
            <translation>esta solicitud ya es un punto de la sesión</translation>
        </message>
        <message>
            <source>workers must be a whole number from {low} to the {max} requested</source>
            <translation>el número de trabajadores debe ser un entero de {low} a los {max} solicitados</translation>
        </message>
        <message>
            <source>no criterion with this code in the catalogue</source>
            <translation>no hay ningún criterio con este código en el catálogo</translation>
        </message>
        <message>
            <source>points must be 0, 10 or 20</source>
            <translation>los puntos deben ser 0, 10 o 20</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
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
            <translation>El registro se modificó fuera de Tripartite</translation>
        </message>
        <message>
            <source>Open the a&amp;udit log</source>
            <translation>Abrir el registro de a&amp;uditoría</translation>
        </message>
        <message numerus="yes">
            <source>This board's record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</source>
            <translation>
                <numerusform>El registro de esta comisión se modificó fuera de Tripartite: %1 (y %n más). Abra el registro de auditoría para verlos.</numerusform>
                <numerusform>El registro de esta comisión se modificó fuera de Tripartite: %1 (y %n más). Abra el registro de auditoría para verlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>This board's record was changed outside Tripartite: %1. Open the audit log to see it.</source>
            <translation>El registro de esta comisión se modificó fuera de Tripartite: %1. Abra el registro de auditoría para verlo.</translation>
        </message>
        <message>
            <source>audit event {seq} was altered</source>
            <translation>se alteró el evento de auditoría {seq}</translation>
        </message>
        <message>
            <source>audit event {seq} was rewritten and its hash recomputed</source>
            <translation>se reescribió el evento de auditoría {seq} y se recalculó su hash</translation>
        </message>
        <message numerus="yes">
            <source>%n audit event(s) from event {seq} on were deleted</source>
            <translation>
                <numerusform>se eliminó %n evento de auditoría a partir del evento {seq}</numerusform>
                <numerusform>se eliminaron %n eventos de auditoría a partir del evento {seq}</numerusform>
            </translation>
        </message>
        <message>
            <source>audit events before event {seq} were deleted and the rest renumbered</source>
            <translation>se eliminaron eventos de auditoría anteriores al evento {seq} y el resto se renumeró</translation>
        </message>
        <message>
            <source>the record up to event {seq} is not the one {source} holds</source>
            <translation>el registro hasta el evento {seq} no es el que guarda {source}</translation>
        </message>
        <message>
            <source>event {seq}, which {source} holds, is missing</source>
            <translation>falta el evento {seq}, que guarda {source}</translation>
        </message>
        <message>
            <source>{row} differs from what its audit event {seq} recorded</source>
            <translation>{row} difiere de lo que registró su evento de auditoría {seq}</translation>
        </message>
        <message>
            <source>{row} has no audit event vouching for it</source>
            <translation>{row} no tiene ningún evento de auditoría que lo respalde</translation>
        </message>
        <message>
            <source>{row} was deleted</source>
            <translation>{row} se eliminó</translation>
        </message>
        <message>
            <source>the secret votes of {key} differ from what their reveal committed to</source>
            <translation>los votos secretos de {key} difieren de aquello con lo que se comprometió su escrutinio</translation>
        </message>
        <message>
            <source>the secret votes of {key} do not match the members who voted</source>
            <translation>los votos secretos de {key} no corresponden a los miembros que votaron</translation>
        </message>
        <message>
            <source>the check found {code}</source>
            <translation>la verificación encontró {code}</translation>
        </message>
        <message>
            <source>an anchor</source>
            <translation>un anclaje</translation>
        </message>
    </context>
    <context>
        <name>RecordCheck</name>
        <message>
            <source>The record could not be checked: {error}</source>
            <translation>No se pudo verificar el registro: {error}</translation>
        </message>
    </context>
    <context>
        <name>RecusalDialog</name>
        <message>
            <source>Recusals</source>
            <translation>Recusaciones</translation>
        </message>
        <message>
            <source>Recusals recorded</source>
            <translation>Recusaciones registradas</translation>
        </message>
        <message>
            <source>Member who steps aside</source>
            <translation>Miembro que se aparta</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>The interest declared, as it will be minuted</source>
            <translation>El interés declarado, tal como constará en acta</translation>
        </message>
        <message>
            <source>Enter your PIN to record the recusal.</source>
            <translation>Introduzca su PIN para registrar la recusación.</translation>
        </message>
        <message>
            <source>&amp;Record recusal</source>
            <translation>&amp;Registrar recusación</translation>
        </message>
        <message>
            <source>Record recusal</source>
            <translation>Registrar recusación</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>M&amp;otivo:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Recorded for this item:</source>
            <translation>Registradas para este punto:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Write the reason: it is minuted.</source>
            <translation>Escriba el motivo: constará en acta.</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <source>Two members must each type their PIN.</source>
            <translation>Dos miembros deben escribir cada uno su PIN.</translation>
        </message>
        <message>
            <source>These PINs were typed for another board's database.</source>
            <translation>Estos PIN se escribieron para la base de datos de otra comisión.</translation>
        </message>
        <message>
            <source>Two different members must type their PIN.</source>
            <translation>Dos miembros distintos deben escribir su PIN.</translation>
        </message>
        <message>
            <source>Only a meeting created for recording, still in draft, can be recorded.</source>
            <translation>Solo puede registrarse una sesión creada para su registro que siga en borrador.</translation>
        </message>
        <message>
            <source>This needs a member's PIN.</source>
            <translation>Esto requiere el PIN de un miembro.</translation>
        </message>
        <message>
            <source>This PIN was typed too long ago; type it again.</source>
            <translation>Este PIN se escribió hace demasiado tiempo; escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Recording a held meeting gives authority over that meeting only.</source>
            <translation>Registrar una sesión celebrada solo da autoridad sobre esa sesión.</translation>
        </message>
        <message>
            <source>This needs the PINs of the members concerned.</source>
            <translation>Esto requiere los PIN de los miembros afectados.</translation>
        </message>
        <message>
            <source>Only the member themself may do this, after their own PIN.</source>
            <translation>Solo el propio miembro puede hacerlo, tras introducir su PIN.</translation>
        </message>
        <message>
            <source>Only the member presiding (the chair, or the stand-in named at the opening) may do this.</source>
            <translation>Solo quien preside (la presidencia, o el suplente designado en la apertura) puede hacerlo.</translation>
        </message>
        <message>
            <source>Only the chair or the secretary may do this, with their PIN.</source>
            <translation>Solo la presidencia o la secretaría pueden hacerlo, con su PIN.</translation>
        </message>
        <message>
            <source>A change of the rules needs the chair's and the secretary's PINs.</source>
            <translation>Un cambio de las reglas requiere los PIN de la presidencia y de la secretaría.</translation>
        </message>
        <message>
            <source>Resetting a PIN needs the chair's and the secretary's PINs.</source>
            <translation>Restablecer un PIN requiere los PIN de la presidencia y de la secretaría.</translation>
        </message>
        <message>
            <source>To change your own PIN, give your old PIN (Change my PIN).</source>
            <translation>Para cambiar su propio PIN, indique su PIN anterior (Cambiar mi PIN).</translation>
        </message>
        <message>
            <source>A first PIN is set with the chair's or the secretary's PIN.</source>
            <translation>El primer PIN se establece con el PIN de la presidencia o de la secretaría.</translation>
        </message>
        <message>
            <source>A stand-in is named with their own PIN and the secretary's (or the chair's).</source>
            <translation>El suplente de la presidencia se designa con su propio PIN y el de la secretaría (o el de la presidencia).</translation>
        </message>
        <message>
            <source>This member's stored PIN cannot be read; the chair and the secretary must reset it.</source>
            <translation>El PIN guardado de este miembro no puede leerse; la presidencia y la secretaría deben restablecerlo.</translation>
        </message>
        <message>
            <source>That PIN is published as a demo PIN; choose another.</source>
            <translation>Ese PIN está publicado como PIN de demostración; elija otro.</translation>
        </message>
        <message>
            <source>Demo PINs are only for a freshly loaded sample board.</source>
            <translation>Los PIN de demostración son solo para una comisión de ejemplo recién cargada.</translation>
        </message>
        <message>
            <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
            <translation>Este miembro aún no tiene PIN. La secretaría lo establece en la configuración de la comisión.</translation>
        </message>
        <message>
            <source>This database already has a board; use a new database file.</source>
            <translation>Esta base de datos ya tiene una comisión; use un nuevo archivo de base de datos.</translation>
        </message>
        <message>
            <source>This database has no board yet.</source>
            <translation>Esta base de datos aún no tiene comisión.</translation>
        </message>
        <message>
            <source>There is no such member on this board.</source>
            <translation>No existe ese miembro en esta comisión.</translation>
        </message>
        <message>
            <source>The board's criteria catalogue ({version}…) is missing from the database.</source>
            <translation>Falta en la base de datos el catálogo de criterios de la comisión ({version}…).</translation>
        </message>
        <message>
            <source>{path}: choose a .csv or .xlsx file.</source>
            <translation>{path}: elija un archivo .csv o .xlsx.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} no puede escribirse: {reason}.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} no puede leerse: {reason}.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <source>{path} is busy: another program is using it. Close that program and try again.</source>
            <translation>{path} está ocupado: otro programa lo está usando. Cierre ese programa y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{path} is locked by another task; try again in a moment.</source>
            <translation>{path} está bloqueado por otra tarea; vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The computer ran out of memory while using {path}.</source>
            <translation>El equipo se quedó sin memoria al usar {path}.</translation>
        </message>
        <message>
            <source>{path} is read-only; copy it to a folder you may write to, or ask for write access.</source>
            <translation>{path} es de solo lectura; cópielo a una carpeta en la que pueda escribir o solicite permiso de escritura.</translation>
        </message>
        <message>
            <source>The disk could not be read or written while using {path}.</source>
            <translation>No se pudo leer o escribir en el disco al usar {path}.</translation>
        </message>
        <message>
            <source>{path} is damaged; open the latest backup instead.</source>
            <translation>{path} está dañado; abra en su lugar la última copia de seguridad.</translation>
        </message>
        <message>
            <source>The disk is full; free some space, then try again.</source>
            <translation>El disco está lleno; libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{path} cannot be opened.</source>
            <translation>{path} no puede abrirse.</translation>
        </message>
        <message>
            <source>Access to {path} was denied.</source>
            <translation>Se denegó el acceso a {path}.</translation>
        </message>
        <message>
            <source>{path} is not a Tripartite database.</source>
            <translation>{path} no es una base de datos de Tripartite.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be created: {reason}.</source>
            <translation>No se puede crear la carpeta {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} ya existe; elija otro nombre.</translation>
        </message>
        <message>
            <source>A secret ballot is being cast; make the backup after its reveal.</source>
            <translation>Se está emitiendo un voto secreto; haga la copia de seguridad después del escrutinio.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are signed, so it is read-only; record a correction as an amendment.</source>
            <translation>El acta de esta sesión está firmada, por lo que la sesión es de solo lectura; registre la corrección como enmienda.</translation>
        </message>
        <message>
            <source>That agenda item no longer exists.</source>
            <translation>Ese punto del orden del día ya no existe.</translation>
        </message>
        <message>
            <source>That motion no longer exists.</source>
            <translation>Esa moción ya no existe.</translation>
        </message>
        <message>
            <source>That record no longer exists.</source>
            <translation>Ese registro ya no existe.</translation>
        </message>
        <message>
            <source>The meeting's state ({status}) does not allow this now.</source>
            <translation>El estado de la sesión ({status}) no permite hacer esto ahora.</translation>
        </message>
        <message>
            <source>Only a voting member of the board may preside.</source>
            <translation>Solo un miembro con derecho a voto de la comisión puede presidir.</translation>
        </message>
        <message>
            <source>The stand-in named is not marked present: mark them present, or name another.</source>
            <translation>El suplente designado no figura como presente: márquelo como presente o designe a otro.</translation>
        </message>
        <message>
            <source>A vote is still open; reveal it first.</source>
            <translation>Aún hay una votación abierta; revele primero su resultado.</translation>
        </message>
        <message>
            <source>A motion on this item is still being voted; reveal it first.</source>
            <translation>Aún se está votando una moción sobre este punto; revele primero su resultado.</translation>
        </message>
        <message>
            <source>Request {reference} is no longer pending.</source>
            <translation>La solicitud {reference} ya no está pendiente.</translation>
        </message>
        <message>
            <source>Recusals are recorded before voting on the item starts.</source>
            <translation>Las recusaciones se registran antes de que empiece la votación del punto.</translation>
        </message>
        <message>
            <source>Attestations are settled before voting on the item starts.</source>
            <translation>Las acreditaciones se resuelven antes de que empiece la votación del punto.</translation>
        </message>
        <message>
            <source>The item is already settled.</source>
            <translation>El punto ya está resuelto.</translation>
        </message>
        <message>
            <source>Workers approved must be between 1 and the {requested} requested.</source>
            <translation>Los trabajadores aprobados deben estar entre 1 y los {requested} solicitados.</translation>
        </message>
        <message>
            <source>The condition “{kind}” is incomplete or out of range.</source>
            <translation>La condición “{kind}” está incompleta o fuera de rango.</translation>
        </message>
        <message>
            <source>The item has no quorum; it cannot be voted.</source>
            <translation>El punto no tiene quórum; no puede votarse.</translation>
        </message>
        <message>
            <source>The motion is not in a state that allows this.</source>
            <translation>La moción no está en un estado que lo permita.</translation>
        </message>
        <message>
            <source>Voting on this motion is not open.</source>
            <translation>La votación de esta moción no está abierta.</translation>
        </message>
        <message>
            <source>This member is not entitled to vote on this item.</source>
            <translation>Este miembro no tiene derecho a voto en este punto.</translation>
        </message>
        <message>
            <source>This member has already voted on this motion.</source>
            <translation>Este miembro ya ha votado esta moción.</translation>
        </message>
        <message>
            <source>The ballots are sealed until the reveal.</source>
            <translation>Las papeletas están selladas hasta el escrutinio.</translation>
        </message>
        <message>
            <source>A bare tally is accepted only when recording a held meeting.</source>
            <translation>Un recuento sin votos individuales solo se acepta al registrar una sesión celebrada.</translation>
        </message>
        <message>
            <source>The 48-hour window for written dissents has closed.</source>
            <translation>El plazo de 48 horas para formular votos particulares ha terminado.</translation>
        </message>
        <message>
            <source>A dissent is filed against a decision.</source>
            <translation>Un voto particular se formula contra una decisión.</translation>
        </message>
        <message>
            <source>Only a member who sat on this item may file a dissent on it.</source>
            <translation>Solo un miembro que participó en este punto puede formular un voto particular sobre él.</translation>
        </message>
        <message>
            <source>A dissent needs its text.</source>
            <translation>Un voto particular necesita su texto.</translation>
        </message>
        <message>
            <source>That follow-up record no longer exists.</source>
            <translation>Ese registro de seguimiento ya no existe.</translation>
        </message>
        <message>
            <source>This condition's follow-up is settled; it takes no more evidence or findings.</source>
            <translation>El seguimiento de esta condición está cerrado; no admite más pruebas documentales ni resoluciones.</translation>
        </message>
        <message>
            <source>No evidence is filed for this condition yet: file it first, or record a breach.</source>
            <translation>Aún no se ha presentado ninguna prueba documental para esta condición: preséntela primero o haga constar un incumplimiento.</translation>
        </message>
        <message>
            <source>A finding needs its note.</source>
            <translation>Una resolución requiere su nota.</translation>
        </message>
        <message>
            <source>That meeting no longer exists.</source>
            <translation>Esa sesión ya no existe.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are not signed yet: correct the meeting and build them again.</source>
            <translation>El acta de esta sesión aún no está firmada: corrija la sesión y vuelva a generarla.</translation>
        </message>
        <message>
            <source>Close the meeting before building its minutes.</source>
            <translation>Cierre la sesión antes de generar su acta.</translation>
        </message>
        <message>
            <source>The minutes are being signed ({roles} signed): finish the signatures.</source>
            <translation>El acta se está firmando ({roles} han firmado): complete las firmas.</translation>
        </message>
        <message>
            <source>Those minutes no longer exist.</source>
            <translation>Esa acta ya no existe.</translation>
        </message>
        <message>
            <source>These minutes were built again since; sign the newer file.</source>
            <translation>Esta acta se ha vuelto a generar desde entonces; firme el archivo más reciente.</translation>
        </message>
        <message>
            <source>This file is an older revision of the minutes: sign the latest signed file instead.</source>
            <translation>Este archivo es una revisión anterior del acta: firme en su lugar el último archivo firmado.</translation>
        </message>
        <message>
            <source>This file is not minutes stored in this board's database.</source>
            <translation>Este archivo no es un acta guardada en la base de datos de esta comisión.</translation>
        </message>
        <message>
            <source>{folder} is not empty and not an earlier demo folder; choose a new folder.</source>
            <translation>{folder} no está vacía y no es una carpeta de demostración anterior; elija una carpeta nueva.</translation>
        </message>
        <message>
            <source>Type the signer's name.</source>
            <translation>Escriba el nombre del firmante.</translation>
        </message>
        <message>
            <source>There is no signatory role {role}.</source>
            <translation>No existe el cargo de firmante {role}.</translation>
        </message>
        <message>
            <source>There is no key algorithm {algorithm}.</source>
            <translation>No existe el algoritmo de clave {algorithm}.</translation>
        </message>
        <message>
            <source>This file is not a certificate.</source>
            <translation>Este archivo no es un certificado.</translation>
        </message>
        <message>
            <source>This file holds no certificate.</source>
            <translation>Este archivo no contiene ningún certificado.</translation>
        </message>
        <message>
            <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
            <translation>Este archivo no es una clave de firma (un archivo PKCS#12 .p12).</translation>
        </message>
        <message>
            <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
            <translation>Frase de contraseña errónea para este archivo de clave. No se firmó nada; escríbala de nuevo.</translation>
        </message>
        <message>
            <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
            <translation>El archivo no puede leerse como PDF: puede estar dañado o incompleto.</translation>
        </message>
        <message>
            <source>The file has no readable signature.</source>
            <translation>El archivo no tiene ninguna firma legible.</translation>
        </message>
        <message>
            <source>This file is not minutes made by Tripartite (it has no evidence annex).</source>
            <translation>Este archivo no es un acta generada por Tripartite (no tiene anexo documental).</translation>
        </message>
        <message>
            <source>These minutes have no signature box for {role}.</source>
            <translation>Esta acta no tiene recuadro de firma para {role}.</translation>
        </message>
        <message>
            <source>This role has already signed.</source>
            <translation>Este cargo ya ha firmado.</translation>
        </message>
        <message>
            <source>This key was made for the role {key_role}, not {role}.</source>
            <translation>Esta clave se creó para el cargo {key_role}, no para {role}.</translation>
        </message>
        <message>
            <source>This key has already signed the {box} box; each box needs its own signatory.</source>
            <translation>Esta clave ya firmó el recuadro de {box}; cada recuadro necesita su propio firmante.</translation>
        </message>
        <message>
            <source>This file was changed after the {role} signature; do not sign it, get the signed minutes again.</source>
            <translation>Este archivo se modificó después de la firma de {role}; no lo firme, obtenga de nuevo el acta firmada.</translation>
        </message>
        <message>
            <source>This certificate was made for the role {certificate_role}, not {role}.</source>
            <translation>Este certificado se emitió para el cargo {certificate_role}, no para {role}.</translation>
        </message>
        <message>
            <source>The certificate of {subject} names no signatory role; choose the role it signs for.</source>
            <translation>El certificado de {subject} no indica ningún cargo de firmante; elija el cargo para el que firma.</translation>
        </message>
        <message>
            <source>{name} does not hold the signatory role {role}.</source>
            <translation>{name} no ocupa el cargo de firmante {role}.</translation>
        </message>
        <message>
            <source>The certificate of {subject} is trusted already, for another member or box; remove it first.</source>
            <translation>Ya se confía en el certificado de {subject}, para otro miembro u otro recuadro; retírelo primero.</translation>
        </message>
        <message>
            <source>The board does not trust this certificate.</source>
            <translation>La comisión no confía en este certificado.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;Nueva solicitud…</translation>
        </message>
        <message>
            <source>Enter a request by hand (Ctrl+N)</source>
            <translation>Introducir una solicitud a mano (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit request…</source>
            <translation>&amp;Editar solicitud…</translation>
        </message>
        <message>
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <source>Correct the selected request (F2); pending or deferred only</source>
            <translation>Corregir la solicitud seleccionada (F2); solo pendientes o aplazadas</translation>
        </message>
        <message>
            <source>Add to &amp;agenda…</source>
            <translation>&amp;Añadir al orden del día…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>Put the selected requests on a meeting's agenda (Ctrl+Shift+A)</source>
            <translation>Incluir las solicitudes seleccionadas en el orden del día de una sesión (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Search reference, employer, job, region, notes…</source>
            <translation>Buscar referencia, empleador, puesto, región, notas…</translation>
        </message>
        <message>
            <source>Every word must match the start of a word; accents are ignored.</source>
            <translation>Cada palabra debe coincidir con el comienzo de una palabra; se ignoran los acentos.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Es&amp;tado:</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>&amp;Ocupación:</translation>
        </message>
        <message>
            <source>{shown} of {total} requests</source>
            <translation>{shown} de {total} solicitudes</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>All occupations</source>
            <translation>Todas las ocupaciones</translation>
        </message>
        <message>
            <source>Gates and score are computed for the rows shown and cannot be sorted; filter instead.</source>
            <translation>Los requisitos y la puntuación se calculan para las filas mostradas y no pueden ordenarse; use los filtros.</translation>
        </message>
        <message>
            <source>{reference} is {status}: only pending or deferred requests can be edited.</source>
            <translation>{reference} tiene el estado “{status}”: solo pueden editarse las solicitudes pendientes o aplazadas.</translation>
        </message>
        <message>
            <source>Saved the request; the change is in the audit log.</source>
            <translation>Se guardó la solicitud; el cambio consta en el registro de auditoría.</translation>
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
            <translation>Los campos marcados con * son obligatorios. Deje vacío un dato cuando se desconozca: entonces cuenta como falta de documentación, no como cero.</translation>
        </message>
        <message>
            <source>&amp;Save request</source>
            <translation>G&amp;uardar solicitud</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nueva solicitud</translation>
        </message>
        <message>
            <source>Request and employer</source>
            <translation>Solicitud y empleador</translation>
        </message>
        <message>
            <source>The job</source>
            <translation>El puesto de trabajo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Local labour market</source>
            <translation>Mercado de trabajo local</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Cumplimiento</translation>
        </message>
        <message>
            <source>Workforce, housing and integration</source>
            <translation>Plantilla, vivienda e integración</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Referencia</translation>
        </message>
        <message>
            <source>unique, e.g. REQ-2026-0049</source>
            <translation>único, p. ej., REQ-2026-0049</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Empleador</translation>
        </message>
        <message>
            <source>Emplo&amp;yer id</source>
            <translation>&amp;Id. del empleador</translation>
        </message>
        <message>
            <source>tax or registry number</source>
            <translation>número fiscal o de registro</translation>
        </message>
        <message>
            <source>Sector (IS&amp;IC)</source>
            <translation>&amp;Sector (CIIU)</translation>
        </message>
        <message>
            <source>A–U or 01–99</source>
            <translation>A–U o 01–99</translation>
        </message>
        <message>
            <source>&amp;Occupation (ISCO)</source>
            <translation>&amp;Ocupación (CIUO)</translation>
        </message>
        <message>
            <source>e.g. 9211</source>
            <translation>p. ej., 9211</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Puesto de trabajo</translation>
        </message>
        <message>
            <source>Re&amp;gion</source>
            <translation>Re&amp;gión</translation>
        </message>
        <message>
            <source>&amp;Workers requested</source>
            <translation>&amp;Trabajadores solicitados</translation>
        </message>
        <message>
            <source>at least 1</source>
            <translation>al menos 1</translation>
        </message>
        <message>
            <source>&amp;Duration (months)</source>
            <translation>&amp;Duración (meses)</translation>
        </message>
        <message>
            <source>1 to 60</source>
            <translation>de 1 a 60</translation>
        </message>
        <message>
            <source>Wage o&amp;ffered</source>
            <translation>Salario o&amp;frecido</translation>
        </message>
        <message>
            <source>monthly, e.g. 1850.50</source>
            <translation>mensual, p. ej., 1850.50</translation>
        </message>
        <message>
            <source>&amp;Prevailing wage</source>
            <translation>Sa&amp;lario de referencia</translation>
        </message>
        <message>
            <source>monthly, same currency</source>
            <translation>mensual, en la misma moneda</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>&amp;Moneda</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. EUR</source>
            <translation>ISO 4217, p. ej., EUR</translation>
        </message>
        <message>
            <source>Origin co&amp;untries</source>
            <translation>P&amp;aíses de origen</translation>
        </message>
        <message>
            <source>ISO codes separated by ;  e.g. MA;SN</source>
            <translation>códigos ISO separados por ;  p. ej., MA;SN</translation>
        </message>
        <message>
            <source>Vacancy advertised (days)</source>
            <translation>Vacante anunciada (días)</translation>
        </message>
        <message>
            <source>Recruitment channels</source>
            <translation>Canales de contratación</translation>
        </message>
        <message>
            <source>Local applicants</source>
            <translation>Candidatos locales</translation>
        </message>
        <message>
            <source>Local hires</source>
            <translation>Contrataciones locales</translation>
        </message>
        <message>
            <source>Local jobs created</source>
            <translation>Empleos locales creados</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>Personas locales en formación</translation>
        </message>
        <message>
            <source>Layoffs, last 12 months</source>
            <translation>Despidos, últimos 12 meses</translation>
        </message>
        <message>
            <source>Violations, last 3 years</source>
            <translation>Infracciones, últimos 3 años</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>Conflicto laboral</translation>
        </message>
        <message>
            <source>Fees charged to workers</source>
            <translation>Comisiones cobradas a los trabajadores</translation>
        </message>
        <message>
            <source>0 if none</source>
            <translation>0 si no hay</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Empleados</translation>
        </message>
        <message>
            <source>Foreign employees</source>
            <translation>Empleados extranjeros</translation>
        </message>
        <message>
            <source>Housing provided</source>
            <translation>Vivienda facilitada</translation>
        </message>
        <message>
            <source>Housing inspected</source>
            <translation>Vivienda inspeccionada</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>Apoyo a la integración</translation>
        </message>
        <message>
            <source>Su&amp;bmitted on</source>
            <translation>Fec&amp;ha de presentación</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no consta</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Edit request {reference}</source>
            <translation>Editar la solicitud {reference}</translation>
        </message>
        <message>
            <source>The secretary or the chair saves this request.</source>
            <translation>La secretaría o la presidencia guarda esta solicitud.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
        <message>
            <source>Wage offered</source>
            <translation>Salario ofrecido</translation>
        </message>
        <message>
            <source>Prevailing wage</source>
            <translation>Salario de referencia</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Presentada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>ISCO-08 unit group</source>
            <translation>Grupo primario de la CIUO-08</translation>
        </message>
        <message>
            <source>ISIC Rev.4 section or division</source>
            <translation>Sección o división de la CIIU Rev.4</translation>
        </message>
        <message>
            <source>Foreign workers requested</source>
            <translation>Trabajadores extranjeros solicitados</translation>
        </message>
        <message>
            <source>Prevailing wage for the job and region</source>
            <translation>Salario de referencia para el puesto y la región</translation>
        </message>
        <message>
            <source>Compliance gates: ✗ failed, ? missing evidence, ✓ every automatic gate passed (not sortable)</source>
            <translation>Requisitos de cumplimiento: ✗ no cumplido, ? falta documentación, ✓ se cumplen todos los requisitos automáticos (no ordenable)</translation>
        </message>
        <message>
            <source>Technical score from the dossier, 0–100; 50 meets expectations (not sortable)</source>
            <translation>Puntuación técnica del expediente, 0–100; 50 cumple las expectativas (no ordenable)</translation>
        </message>
        <message>
            <source>✓ all</source>
            <translation>✓ todos</translation>
        </message>
        <message>
            <source>{code} failed: {reason}</source>
            <translation>{code} no cumplido: {reason}</translation>
        </message>
        <message>
            <source>{code} missing evidence, {reason}</source>
            <translation>{code}: falta documentación, {reason}</translation>
        </message>
        <message>
            <source>Every automatic gate passed; attestation gates are answered at the meeting.</source>
            <translation>Se cumplen todos los requisitos automáticos; los requisitos de acreditación se responden en la sesión.</translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <source>Technical score (no member scored)</source>
            <translation>Puntuación técnica (ningún miembro puntuó)</translation>
        </message>
        <message>
            <source>Scores by family (0–100)</source>
            <translation>Puntuaciones por familia (0–100)</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>umbral de aprobación</translation>
        </message>
        <message>
            <source>Chart of scores by family and group</source>
            <translation>Gráfico de puntuaciones por familia y grupo</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Tally by group</source>
            <translation>Recuento por grupo</translation>
        </message>
        <message>
            <source>Votes and explanations</source>
            <translation>Votos y explicaciones</translation>
        </message>
        <message>
            <source>Votes and explanations of vote</source>
            <translation>Votos y explicaciones de voto</translation>
        </message>
        <message>
            <source>Written dissents</source>
            <translation>Votos particulares</translation>
        </message>
        <message>
            <source>File di&amp;ssent…</source>
            <translation>Formular voto &amp;particular…</translation>
        </message>
        <message>
            <source>File a written dissent</source>
            <translation>Formular un voto particular</translation>
        </message>
        <message>
            <source>Agreement and sensitivity</source>
            <translation>Acuerdo y sensibilidad</translation>
        </message>
        <message>
            <source>Not decided: no quorum</source>
            <translation>No resuelto: sin quórum</translation>
        </message>
        <message>
            <source>Opinion adopted: %1</source>
            <translation>Dictamen adoptado: %1</translation>
        </message>
        <message>
            <source>Adopted: %1</source>
            <translation>Adoptada: %1</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>No adoptada</translation>
        </message>
        <message>
            <source>Round %1. </source>
            <translation>Ronda %1. </translation>
        </message>
        <message>
            <source>Motion: %1</source>
            <translation>Moción: %1</translation>
        </message>
        <message>
            <source>No result yet</source>
            <translation>Aún no hay resultado</translation>
        </message>
        <message>
            <source>Secret ballot: only the tallies by group are shown and minuted.</source>
            <translation>Votación secreta: solo se muestran y constan en acta los recuentos por grupo.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) entitled to vote cast no ballot; the record does not say who.</source>
            <translation>
                <numerusform>%n miembro con derecho a voto no emitió su voto; el registro no indica quién.</numerusform>
                <numerusform>%n miembros con derecho a voto no emitieron su voto; el registro no indica quiénes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did not vote: %1.</source>
            <translation>No votaron: %1.</translation>
        </message>
        <message>
            <source>Board score %1 (%2).</source>
            <translation>Puntuación de la comisión: %1 (%2).</translation>
        </message>
        <message>
            <source>No member scored for: %1.</source>
            <translation>Ningún miembro puntuó en: %1.</translation>
        </message>
        <message>
            <source>No member scored this item; the chart shows the technical score.</source>
            <translation>Ningún miembro puntuó este punto; el gráfico muestra la puntuación técnica.</translation>
        </message>
        <message>
            <source>Dissents are filed against a decision; this item has none.</source>
            <translation>Los votos particulares se formulan contra una decisión; este punto no tiene ninguna.</translation>
        </message>
        <message>
            <source>Open: dissents may be filed until 48 hours after the meeting closes.</source>
            <translation>Abierto: pueden formularse votos particulares hasta 48 horas después del cierre de la sesión.</translation>
        </message>
        <message>
            <source>Open until %1.</source>
            <translation>Abierto hasta el %1.</translation>
        </message>
        <message>
            <source>Closed on %1.</source>
            <translation>Cerrado el %1.</translation>
        </message>
    </context>
    <context>
        <name>RulesTab</name>
        <message>
            <source>none: without consensus the motion fails</source>
            <translation>ninguna: sin consenso la moción no prospera</translation>
        </message>
        <message>
            <source>The chair's vote breaks a tie</source>
            <translation>El voto de la presidencia dirime los empates</translation>
        </message>
        <message>
            <source>The secretary holds a seat and votes</source>
            <translation>La secretaría ocupa una plaza y vota</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <source>off (gate G9 as in the catalogue)</source>
            <translation>desactivado (requisito G9 como en el catálogo)</translation>
        </message>
        <message>
            <source>Board &amp;name:</source>
            <translation>&amp;Nombre de la comisión:</translation>
        </message>
        <message>
            <source>Legal bas&amp;is:</source>
            <translation>Base &amp;jurídica:</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>&amp;Competencia:</translation>
        </message>
        <message>
            <source>&amp;Decision rule:</source>
            <translation>&amp;Regla de decisión:</translation>
        </message>
        <message>
            <source>How a motion is adopted: by consensus, by a simple or qualified majority of the votes cast, by a majority of the constituency groups, or with each group weighing the same.</source>
            <translation>Cómo se adopta una moción: por consenso, por mayoría simple o cualificada de los votos emitidos, por mayoría de los grupos, o con el mismo peso para cada grupo.</translation>
        </message>
        <message>
            <source>Gr&amp;oups required:</source>
            <translation>Gr&amp;upos requeridos:</translation>
        </message>
        <message>
            <source>Majority of groups: how many of the three constituency blocks must be for.</source>
            <translation>Mayoría de grupos: cuántos de los tres bloques de grupo deben estar a favor.</translation>
        </message>
        <message>
            <source>&amp;Qualified fraction:</source>
            <translation>&amp;Fracción cualificada:</translation>
        </message>
        <message>
            <source>Qualified majority: the share of for among for and against, e.g. 2/3.</source>
            <translation>Mayoría cualificada: la proporción de votos a favor entre los votos a favor y en contra, p. ej., 2/3.</translation>
        </message>
        <message>
            <source>Consensus fallbac&amp;k:</source>
            <translation>Regla &amp;subsidiaria:</translation>
        </message>
        <message>
            <source>Consensus: the rule that decides when consensus fails.</source>
            <translation>Consenso: la regla que decide cuando no se alcanza el consenso.</translation>
        </message>
        <message>
            <source>&amp;Casting vote:</source>
            <translation>&amp;Voto de calidad:</translation>
        </message>
        <message>
            <source>Simple majority and equal groups: on an exact tie the motion passes if the chair voted for.</source>
            <translation>Mayoría simple y grupos con igual peso: en caso de empate exacto, la moción prospera si la presidencia votó a favor.</translation>
        </message>
        <message>
            <source>Q&amp;uorum:</source>
            <translation>&amp;Quórum:</translation>
        </message>
        <message>
            <source>&amp;Ballot:</source>
            <translation>&amp;Modo de votación:</translation>
        </message>
        <message>
            <source>Secretar&amp;y:</source>
            <translation>S&amp;ecretaría:</translation>
        </message>
        <message>
            <source>Statutory minimum wage:</source>
            <translation>Salario mínimo legal:</translation>
        </message>
        <message>
            <source>Monthly, in the board's currency; gate G1 checks it.</source>
            <translation>Mensual, en la moneda de la comisión; lo comprueba el requisito G1.</translation>
        </message>
        <message>
            <source>Reliance ca&amp;p:</source>
            <translation>Límite de &amp;dependencia:</translation>
        </message>
        <message>
            <source>Gate G9: the highest share of foreign workers after admission, e.g. 0.10.</source>
            <translation>Requisito G9: la proporción máxima de trabajadores extranjeros tras la admisión, p. ej., 0.10.</translation>
        </message>
        <message>
            <source>Language of the minutes:</source>
            <translation>Idioma del acta:</translation>
        </message>
        <message>
            <source>The language the minutes and their signature boxes are written in. A change needs the chair's and the secretary's PINs; minutes already made keep their language.</source>
            <translation>Idioma en que se redactan el acta y sus recuadros de firma. Un cambio requiere los PIN de la presidencia y de la secretaría; las actas ya generadas conservan su idioma.</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Rever&amp;tir</translation>
        </message>
        <message>
            <source>The rules are unchanged; nothing to save.</source>
            <translation>Las reglas no han cambiado; no hay nada que guardar.</translation>
        </message>
        <message>
            <source>A change of the rules of procedure or the ballot mode needs the chair's and the secretary's PINs.</source>
            <translation>Un cambio del reglamento interno o del modo de votación requiere los PIN de la presidencia y de la secretaría.</translation>
        </message>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>La presidencia o la secretaría confirma el cambio.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Saved the rules of procedure: {keys}.</source>
            <translation>Se guardó el reglamento interno: {keys}.</translation>
        </message>
        <message>
            <source>Nothing was saved: see the marked fields.</source>
            <translation>No se guardó nada: revise los campos marcados.</translation>
        </message>
    </context>
    <context>
        <name>ScoreGrid</name>
        <message>
            <source>Your scores</source>
            <translation>Sus puntuaciones</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Usted</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>%1 %2: your points</source>
            <translation>%1 %2: sus puntos</translation>
        </message>
        <message>
            <source>%1: comment</source>
            <translation>%1: comentario</translation>
        </message>
        <message>
            <source>Technical score from the dossier</source>
            <translation>Puntuación técnica del expediente</translation>
        </message>
        <message>
            <source>Missing evidence: the dossier lacks the data</source>
            <translation>Falta documentación: el expediente no contiene los datos</translation>
        </message>
        <message>
            <source>Member judgement: no technical score</source>
            <translation>Juicio de los miembros: sin puntuación técnica</translation>
        </message>
        <message>
            <source>Required: why you depart from the data</source>
            <translation>Obligatorio: por qué se aparta de los datos</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
    </context>
    <context>
        <name>ShortageListModel</name>
        <message>
            <source>ISCO code</source>
            <translation>Código CIUO</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
    </context>
    <context>
        <name>ShortageTab</name>
        <message>
            <source>Occupations on the shortage list pass the labour-market test (gate G3) and earn full points for shortage evidence (P1).</source>
            <translation>Las ocupaciones de la lista de difícil cobertura superan la prueba del mercado de trabajo (requisito G3) y obtienen la puntuación máxima por acreditar la escasez (P1).</translation>
        </message>
        <message>
            <source>Occupations on the shortage list</source>
            <translation>Ocupaciones de la lista de difícil cobertura</translation>
        </message>
        <message>
            <source>Add an &amp;occupation:</source>
            <translation>Añadir una &amp;ocupación:</translation>
        </message>
        <message>
            <source>type a code or words of the title</source>
            <translation>escriba un código o palabras de la denominación</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Remove sele&amp;cted</source>
            <translation>Retirar &amp;selección</translation>
        </message>
        <message>
            <source>&amp;Save list</source>
            <translation>&amp;Guardar lista</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Rever&amp;tir</translation>
        </message>
        <message>
            <source>{code} is not an ISCO-08 unit group.</source>
            <translation>{code} no es un grupo primario de la CIUO-08.</translation>
        </message>
        <message>
            <source>{code} is already on the list.</source>
            <translation>{code} ya está en la lista.</translation>
        </message>
        <message>
            <source>Added {code}; save the list to put it in force.</source>
            <translation>Se añadió {code}; guarde la lista para que entre en vigor.</translation>
        </message>
        <message>
            <source>The shortage list is unchanged; nothing to save.</source>
            <translation>La lista de difícil cobertura no ha cambiado; no hay nada que guardar.</translation>
        </message>
        <message>
            <source>Saved the shortage list.</source>
            <translation>Se guardó la lista de difícil cobertura.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Choose your signing key</source>
            <translation>Elija su clave de firma</translation>
        </message>
        <message>
            <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
            <translation>Claves de firma (*.p12 *.pfx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Sign the minutes</source>
            <translation>Firmar el acta</translation>
        </message>
        <message>
            <source>Your signature is added to the minutes as they are now; earlier signatures stay valid. Sign only if you have read them.</source>
            <translation>Su firma se añade al acta tal como está ahora; las firmas anteriores siguen siendo válidas. Firme solo si la ha leído.</translation>
        </message>
        <message>
            <source>Your .p12 key file</source>
            <translation>Su archivo de clave .p12</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Choose the key file</source>
            <translation>Elegir el archivo de clave</translation>
        </message>
        <message>
            <source>Sign as &amp;role:</source>
            <translation>Firmar con el &amp;cargo:</translation>
        </message>
        <message>
            <source>&amp;Key file:</source>
            <translation>&amp;Archivo de clave:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>F&amp;rase de contraseña:</translation>
        </message>
        <message>
            <source>Signing progress</source>
            <translation>Progreso de la firma</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Firmar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Every role has signed these minutes.</source>
            <translation>Todos los cargos han firmado esta acta.</translation>
        </message>
        <message>
            <source>Choose your key file.</source>
            <translation>Elija su archivo de clave.</translation>
        </message>
        <message>
            <source>Type the passphrase of your key file.</source>
            <translation>Escriba la frase de contraseña de su archivo de clave.</translation>
        </message>
        <message>
            <source>Signing as %1…</source>
            <translation>Firmando como %1…</translation>
        </message>
        <message>
            <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
            <translation>Frase de contraseña errónea para este archivo de clave. No se firmó nada; escríbala de nuevo.</translation>
        </message>
        <message>
            <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
            <translation>Este archivo no es una clave de firma (un archivo PKCS#12 .p12).</translation>
        </message>
        <message>
            <source>This key was made for the role %1, not %2.</source>
            <translation>Esta clave se creó para el cargo %1, no para %2.</translation>
        </message>
        <message>
            <source>This role has already signed.</source>
            <translation>Este cargo ya ha firmado.</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesTab</name>
        <message>
            <source>Who signs the minutes of each meeting, in this order.</source>
            <translation>Quién firma el acta de cada sesión, en este orden.</translation>
        </message>
        <message>
            <source>Trusted &amp;certificates…</source>
            <translation>Certificados de &amp;confianza…</translation>
        </message>
        <message>
            <source>The certificates the board trusts for each signature box</source>
            <translation>Los certificados en los que confía la comisión para cada recuadro de firma</translation>
        </message>
        <message>
            <source>&amp;Save signatories</source>
            <translation>&amp;Guardar firmantes</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Rever&amp;tir</translation>
        </message>
        <message>
            <source>At least one role must sign the minutes.</source>
            <translation>Al menos un cargo debe firmar el acta.</translation>
        </message>
        <message>
            <source>The signatories are unchanged; nothing to save.</source>
            <translation>Los firmantes no han cambiado; no hay nada que guardar.</translation>
        </message>
        <message>
            <source>Saved the signatories.</source>
            <translation>Se guardaron los firmantes.</translation>
        </message>
    </context>
    <context>
        <name>SignatureTableModel</name>
        <message>
            <source>Box</source>
            <translation>Recuadro</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Firmante</translation>
        </message>
        <message>
            <source>Signed at (claimed)</source>
            <translation>Firmado el (declarado)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Qué falla</translation>
        </message>
        <message>
            <source>The signatory role whose box was signed</source>
            <translation>El cargo de firmante cuyo recuadro se firmó</translation>
        </message>
        <message>
            <source>The name in the signer's certificate</source>
            <translation>El nombre en el certificado del firmante</translation>
        </message>
        <message>
            <source>When the signer's computer says it signed (UTC); not proven</source>
            <translation>Cuándo dice el equipo del firmante que firmó (UTC); no está probado</translation>
        </message>
        <message>
            <source>Valid: intact, and trusted for this box. Not trusted: intact, but nobody vouches for the certificate. Not valid: forged, tampered or misplaced</source>
            <translation>Válida: íntegra y de confianza para este recuadro. No fiable: íntegra, pero nadie respalda el certificado. No válida: falsificada, manipulada o mal ubicada</translation>
        </message>
        <message>
            <source>Why the signature does not count</source>
            <translation>Por qué no cuenta la firma</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Válida</translation>
        </message>
        <message>
            <source>Not trusted</source>
            <translation>No fiable</translation>
        </message>
        <message>
            <source>Not valid</source>
            <translation>No válida</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Sin firmar</translation>
        </message>
        <message>
            <source>No signature in this box</source>
            <translation>Sin firma en este recuadro</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Intact: %1 · Signature value valid: %2 · Certificate trusted: %3</source>
            <translation>Íntegra: %1 · Valor de firma válido: %2 · Certificado de confianza: %3</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Trusted for the box of: %1</source>
            <translation>De confianza para el recuadro de: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Covers: %1 · Changed after it: %2</source>
            <translation>Cubre: %1 · Cambios posteriores: %2</translation>
        </message>
        <message>
            <source>The first signature: it certifies the document and allows only later signatures.</source>
            <translation>La primera firma: certifica el documento y solo permite firmas posteriores.</translation>
        </message>
        <message>
            <source>This signature could not be validated: %1</source>
            <translation>No se pudo validar esta firma: %1</translation>
        </message>
    </context>
    <context>
        <name>SigningStateModel</name>
        <message>
            <source>Not signed yet</source>
            <translation>Aún sin firmar</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>Firmado por %1</translation>
        </message>
        <message>
            <source>%1: not signed yet</source>
            <translation>%1: aún sin firmar</translation>
        </message>
        <message>
            <source>%1: signed by %2, %3</source>
            <translation>%1: firmado por %2, %3</translation>
        </message>
    </context>
    <context>
        <name>StandInDialog</name>
        <message>
            <source>Who presides</source>
            <translation>Quién preside</translation>
        </message>
        <message>
            <source>When the chair cannot attend, another voting member presides over this meeting and confirms each of the chair's steps with their own PIN. The member named and the secretary confirm it with their PINs.</source>
            <translation>Cuando la presidencia no puede asistir, otro miembro con derecho a voto preside esta sesión y confirma con su propio PIN cada uno de los pasos de la presidencia. El miembro designado y la secretaría lo confirman con sus PIN.</translation>
        </message>
        <message>
            <source>%1 (the chair)</source>
            <translation>%1 (presidencia)</translation>
        </message>
        <message>
            <source>&amp;Presides:</source>
            <translation>&amp;Preside:</translation>
        </message>
        <message>
            <source>&amp;Confirm with PINs</source>
            <translation>&amp;Confirmar con los PIN</translation>
        </message>
        <message>
            <source>The secretary or the chair gives the meeting back to the chair.</source>
            <translation>La secretaría o la presidencia devuelve la presidencia de la sesión a su titular.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>%1 presides over this meeting in the chair's place.</source>
            <translation>%1 preside esta sesión en sustitución de la presidencia.</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>For</source>
            <translation>A favor</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>En contra</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstención</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloque</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
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
            <translation>Verificar acta</translation>
        </message>
    </context>
    <context>
        <name>VerifyPanel</name>
        <message>
            <source>Verify minutes</source>
            <translation>Verificar acta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Trust a certificate</source>
            <translation>Confiar en un certificado</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Aún no se ha elegido ningún archivo.</translation>
        </message>
        <message>
            <source>Verification progress</source>
            <translation>Progreso de la verificación</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <source>The stamps in the signature boxes are only pictures and prove nothing by themselves. Each signature is verified cryptographically: its bytes, its signature value and its certificate.</source>
            <translation>Los sellos de los recuadros de firma son solo imágenes y no prueban nada por sí mismos. Cada firma se verifica criptográficamente: sus bytes, su valor de firma y su certificado.</translation>
        </message>
        <message>
            <source>Verify a &amp;file…</source>
            <translation>Verificar un &amp;archivo…</translation>
        </message>
        <message>
            <source>Choose any PDF file and verify its signatures</source>
            <translation>Elegir cualquier archivo PDF y verificar sus firmas</translation>
        </message>
        <message>
            <source>&amp;Trust a certificate…</source>
            <translation>&amp;Confiar en un certificado…</translation>
        </message>
        <message>
            <source>Add a signer's certificate (PEM) for this check only; the board's store is not changed</source>
            <translation>Añadir el certificado de un firmante (PEM) solo para esta verificación; el almacén de la comisión no se modifica</translation>
        </message>
        <message>
            <source>Verify &amp;again</source>
            <translation>Verificar de &amp;nuevo</translation>
        </message>
        <message>
            <source>Nothing verified yet</source>
            <translation>Aún no se ha verificado nada</translation>
        </message>
        <message>
            <source>Choose a file with Verify a file…</source>
            <translation>Elija un archivo con Verificar un archivo…</translation>
        </message>
        <message>
            <source>Certificate not added</source>
            <translation>Certificado no añadido</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Archivo: %1</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Verificando…</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Sin verificar</translation>
        </message>
        <message>
            <source>Verification failed unexpectedly.</source>
            <translation>La verificación falló inesperadamente.</translation>
        </message>
        <message>
            <source>Verified: the board's minutes, signed by every signatory</source>
            <translation>Verificada: el acta de la comisión, firmada por todos los firmantes</translation>
        </message>
        <message>
            <source>Each signatory signed in their own box, with a certificate trusted for that box; the evidence annex is signed with the minutes, and nothing changed after the last signature.</source>
            <translation>Cada firmante firmó en su propio recuadro, con un certificado de confianza para ese recuadro; el anexo documental está firmado con el acta y nada cambió después de la última firma.</translation>
        </message>
        <message>
            <source>Partly signed: not yet the final minutes</source>
            <translation>Firmada en parte: aún no es el acta definitiva</translation>
        </message>
        <message>
            <source>The signatures so far are good, but not every signatory has signed. Still to sign: %1. Rely on these minutes only once every signatory has signed.</source>
            <translation>Las firmas realizadas hasta ahora son correctas, pero no han firmado todos los firmantes. Falta por firmar: %1. Confíe en esta acta solo cuando hayan firmado todos los firmantes.</translation>
        </message>
        <message>
            <source>%1 (%2 box)</source>
            <translation>%1 (recuadro de %2)</translation>
        </message>
        <message>
            <source>Nothing was changed after signing, but these certificates are not trusted: %1.</source>
            <translation>Nada cambió después de la firma, pero estos certificados no son de confianza: %1.</translation>
        </message>
        <message>
            <source>Add the signer's certificate in Board › Certificates if you know it is theirs, then verify again.</source>
            <translation>Añada el certificado del firmante en Comisión › Certificados si sabe que es suyo y vuelva a verificar.</translation>
        </message>
        <message>
            <source>If you know a certificate is the signer's, add it with Trust a certificate… (for this check only), then verify again.</source>
            <translation>Si sabe que un certificado es del firmante, añádalo con Confiar en un certificado… (solo para esta verificación) y vuelva a verificar.</translation>
        </message>
        <message>
            <source>Still to sign: %1.</source>
            <translation>Falta por firmar: %1.</translation>
        </message>
        <message>
            <source>Intact, but not every signer is trusted</source>
            <translation>Íntegra, pero no todos los firmantes son de confianza</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Sin firmar</translation>
        </message>
        <message>
            <source>Nobody has signed this file. Get the signed minutes from the board.</source>
            <translation>Nadie ha firmado este archivo. Obtenga el acta firmada de la comisión.</translation>
        </message>
        <message>
            <source>What to do: do not rely on this file. Get the signed minutes from the board (the secretary keeps them) and verify that copy.</source>
            <translation>Qué hacer: no confíe en este archivo. Obtenga el acta firmada de la comisión (la guarda la secretaría) y verifique esa copia.</translation>
        </message>
        <message>
            <source>Do not rely on this file: tampered, forged or damaged</source>
            <translation>No confíe en este archivo: manipulado, falsificado o dañado</translation>
        </message>
        <message>
            <source>A signature does not hold.</source>
            <translation>Una firma no es válida.</translation>
        </message>
        <message>
            <source>Signatures are checked against the certificates the board trusts.</source>
            <translation>Las firmas se comprueban con los certificados en los que confía la comisión.</translation>
        </message>
        <message>
            <source>The board trusts no certificate yet, so no signature can be trusted. Add a signer's certificate with Trust a certificate…, or store the members' certificates with “tripartite keys trust”.</source>
            <translation>La comisión aún no confía en ningún certificado, por lo que ninguna firma puede ser de confianza. Añada el certificado de un firmante con Confiar en un certificado…, o guarde los certificados de los miembros con “tripartite keys trust”.</translation>
        </message>
        <message>
            <source>Certificates the board trusts: %1.</source>
            <translation>Certificados en los que confía la comisión: %1.</translation>
        </message>
        <message>
            <source>Added for this check: %1.</source>
            <translation>Añadidos para esta verificación: %1.</translation>
        </message>
        <message>
            <source>No certificate is trusted yet: add the signers' certificates with Trust a certificate…</source>
            <translation>Aún no se confía en ningún certificado: añada los certificados de los firmantes con Confiar en un certificado…</translation>
        </message>
        <message>
            <source>the signer</source>
            <translation>el firmante</translation>
        </message>
        <message>
            <source>%1: the signature cannot be read or validated.</source>
            <translation>%1: la firma no puede leerse ni validarse.</translation>
        </message>
        <message>
            <source>%1: the signed content was changed after signing.</source>
            <translation>%1: el contenido firmado se modificó después de la firma.</translation>
        </message>
        <message>
            <source>%1: the signature value does not match the signed content.</source>
            <translation>%1: el valor de la firma no corresponde al contenido firmado.</translation>
        </message>
        <message>
            <source>%1: data is hidden after the signature, where only zero padding may be.</source>
            <translation>%1: hay datos ocultos después de la firma, donde solo puede haber relleno de ceros.</translation>
        </message>
        <message>
            <source>%1: changes the signatures do not allow were made after it (%2).</source>
            <translation>%1: después de ella se hicieron cambios que las firmas no permiten (%2).</translation>
        </message>
        <message>
            <source>%1: this signature is not in the box of a signatory of these minutes.</source>
            <translation>%1: esta firma no está en el recuadro de un firmante de esta acta.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is not trusted.</source>
            <translation>%1: el certificado de %2 no es de confianza.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is trusted for the %3 box, not for this one.</source>
            <translation>%1: el certificado de %2 es de confianza para el recuadro de %3, no para este.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is trusted for no signatory box.</source>
            <translation>%1: el certificado de %2 no es de confianza para ningún recuadro de firmante.</translation>
        </message>
        <message>
            <source>%1: %2 also signed the box of %3; each box needs its own signatory.</source>
            <translation>%1: %2 también firmó el recuadro de %3; cada recuadro necesita su propio firmante.</translation>
        </message>
    </context>
    <context>
        <name>WeightTableModel</name>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>members judge</source>
            <translation>a juicio de los miembros</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Computed from the dossier</source>
            <translation>Calculado a partir del expediente</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
    </context>
    <context>
        <name>WeightsTab</name>
        <message>
            <source>The board's own copy of the criteria catalogue. Weights must add up to 100; saving stores a new catalogue version and puts it in force for new meetings.</source>
            <translation>La copia propia de la comisión del catálogo de criterios. Los pesos deben sumar 100; al guardar se almacena una nueva versión del catálogo, que entra en vigor para las nuevas sesiones.</translation>
        </message>
        <message>
            <source>Criteria weights</source>
            <translation>Pesos de los criterios</translation>
        </message>
        <message>
            <source>&amp;Save weights</source>
            <translation>&amp;Guardar pesos</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Rever&amp;tir</translation>
        </message>
        <message>
            <source>Catalogue “{name}”, version {version}</source>
            <translation>Catálogo “{name}”, versión {version}</translation>
        </message>
        <message>
            <source>Total {total} of 100 ({families}).</source>
            <translation>Total: {total} de 100 ({families}).</translation>
        </message>
        <message>
            <source>✗ The weights must add up to 100 before they can be saved.</source>
            <translation>✗ Los pesos deben sumar 100 antes de poder guardarse.</translation>
        </message>
        <message>
            <source>The weights are unchanged; nothing to save.</source>
            <translation>Los pesos no han cambiado; no hay nada que guardar.</translation>
        </message>
        <message>
            <source>Saved the criteria weights as catalogue version {version}.</source>
            <translation>Se guardaron los pesos de los criterios como versión {version} del catálogo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Tripartite — this is the sample board</source>
            <translation>Le damos la bienvenida a Tripartite — esta es la comisión de ejemplo</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Try a whole meeting at once: each member unlocks their own pane with the demo PIN below. A real board sets its own PINs under Board › Members, and these published PINs are then refused.</source>
            <translation>Pruebe una sesión completa de una vez: cada miembro desbloquea su propio panel con el PIN de demostración que figura abajo. Una comisión real establece sus propios PIN en Comisión › Miembros, y entonces estos PIN publicados se rechazan.</translation>
        </message>
        <message>
            <source>The demo PINs are no longer in force: every member has set their own PIN under Board › Members.</source>
            <translation>Los PIN de demostración ya no están en vigor: todos los miembros han establecido su propio PIN en Comisión › Miembros.</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{name}, alternate</source>
            <translation>{name}, suplente</translation>
        </message>
    </context>
    <context>
        <name>_Request</name>
        <message>
            <source>Now a second person confirms with their PIN.</source>
            <translation>Ahora una segunda persona confirma con su PIN.</translation>
        </message>
        <message>
            <source>PIN needed</source>
            <translation>Se necesita el PIN</translation>
        </message>
    </context>
</TS>
