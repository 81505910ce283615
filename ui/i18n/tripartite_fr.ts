<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddItemsDialog</name>
    <message>
        <source>Add items to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, employer, job or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a request; Enter adds the ticked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked requests to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ticked · %2 of %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaAdder</name>
    <message>
        <source>The secretary or the chair puts these requests on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} request(s) to the agenda of “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {count} request(s) on a meeting&apos;s agenda: {references}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {date} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ordinary session 12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Voting open · %1 of %2 voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to record the attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone with a seat present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks Present or Apologies (for an absent member only); type a time as HH:MM. The first change asks for the chair&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time as HH:MM; ticking Present fills it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if the member sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies are for absent members: untick Present first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttestationDialog</name>
    <message>
        <source>Attestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the board attests it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: attestation refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to record the board&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These gates count only once the board has answered them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Event {seq} was changed after it was written (it no longer matches its own hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {seq} was rewritten and its hash recomputed: the next event committed to another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} event(s) from event {seq} on were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} event(s) were deleted before event {seq} and the rest renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record up to event {seq} was rewritten: {source} commits to another hash for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was cut short or rewritten: {source} commits to event {seq}, which is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}, {key}: differs from its audit event (event {seq}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}, {key}: no audit event vouches for it (written outside Tripartite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}, {key}: was deleted (its audit event {seq} remains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot of {key}: the votes differ from what the reveal committed to (event {seq}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot of {key}: the number of votes differs from the number of members who voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the board&apos;s record, and who made it. Nothing here shows how anyone voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log: a name, a reference, a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair reads it into the record of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rify record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the record: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record intact: {events} events, head {head}; every table matches its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) hold (signed minutes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record was changed outside Tripartite: %n thing(s) do not hold. Do not rely on it until the board has looked into it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Members and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board settings and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the board “{name}” with {count} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the board&apos;s settings: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the shortage list: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed who signs the minutes: {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the criteria weights: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {member} to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {member}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the first PIN of {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the forgotten PIN of {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} changed their own PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong PIN for {member} ({failures} in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} locked out for {seconds} s after wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} unlocked with their PIN ({changes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave the sample board its published demo PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the meeting {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {meeting}, presided by {presiding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named {presiding} to preside over {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {meeting} to amend {amends}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {meeting} from the file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}: {state} at {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {request} on the agenda of {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} recused from {request}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered gate {gate} for {request}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the answer to gate {gate} for {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{request} not decided: no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put motion {round} on {request}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the vote on motion {round} on {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} cast a ballot on motion {round} on {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed motion {round} on {request}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on {request}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} filed a written dissent on {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} scored {request} on {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} requests from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered the request {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the request {request}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built the minutes of {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signer} signed the minutes of {meeting} as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signatory signed: {meeting} is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted the certificate of {subject} for {member}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped trusting the certificate of {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record began to vouch for every table (rows written before it are taken as they were)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action of a later version ({action})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line (for the secretary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (signing key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent with apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong tries forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN hash renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told of the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casting vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statutory minimum wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliance cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>The chair or the secretary confirms the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Every change here is recorded in the audit log, with who made it and when. Meetings keep the rules and criteria they started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules of procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria &amp;weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortage &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This database has no board yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Load the sample board when the app starts with an empty database, or create a board with &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board settings — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>no box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the box of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Add a signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature on the minutes counts only if its certificate is listed here for the box it signs. Add a member&apos;s certificate only when you know it is theirs (from the member, in person). Each change needs the chair&apos;s or the secretary&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board trusts no certificate yet: no signature can be verified against the board&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .pem, .crt, .cer or .der file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the &amp;box of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file first (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with your PIN that the board trusts this certificate for %1, in the %2 box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the certificate to remove in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with your PIN that the board no longer trusts this certificate of %1. Minutes it signed will no longer verify against the board&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has neither a chair nor a secretary to confirm this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board now trusts the certificate of %1 for the %2 box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board no longer trusts the certificate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairBar</name>
    <message>
        <source>Chair&apos;s bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cusals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attestations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestations G6 and G7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-i&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presides over this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the chair cannot attend, name who presides (before the meeting opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;otion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vo&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute: no &amp;quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute the item as not decided for want of quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close vote and &amp;reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum: this item cannot be voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the motion to the vote (the presiding member&apos;s PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair is not marked present: Stand-in… names who presides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuted as not decided: no quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1, voting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, revealed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a new motion for another round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to put this motion to the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genuineness and equal-treatment gates are not assessed for this item. Open the vote anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate %1 is not assessed for this item. Open the vote anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair records the board&apos;s answers with Attestations….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone has voted. Not yet voted: %1.

Close the vote now? They will not vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to close the vote and reveal the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to reveal the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute this item as not decided for want of quorum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to minute this item as not decided (no quorum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting? Items not decided stay on the agenda; written dissents may follow for 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to close the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How compliance will be checked (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstituencyPane</name>
    <message>
        <source>Unlock Government…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Employers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Unions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pane</source>
        <extracomment>Seconds without activity after which an unlocked pane locks itself. The last seconds, counted down on screen. Milliseconds per idle tick (tests stretch it and call :meth:`_on_idle_timeout` themselves).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the %1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the %1 pane with a member&apos;s PIN (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pane opens when the vote on the motion opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of this group is entitled on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in this group has voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select your name, then unlock with your PIN (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose your name and enter your PIN to open your private ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose For, Against or Abstain first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is required where your score departs from the data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionTableModel</name>
    <message>
        <source>20 · exceeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 · meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? missing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DissentDialog</name>
    <message>
        <source>Written dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member filing the dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dissent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member filing the dissent confirms with their own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DissentModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>Request summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add requests to the agenda, then select one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ISCO %2) · %3 · %4 workers for %5 months · wage %6 %8 (prevailing %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at or above the pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score just below the pass mark: approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score below the conditional mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Select a request in the register to see its dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical points per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histo&amp;ry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score by family (0–100; 50 meets expectations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} — {employer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · {code} {occupation} · {region} · {workers} workers for {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compliance gate failed: {gates}. Gates are not offset by a good score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing evidence for {gates}: the dossier needs completing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technical score: no automatic criterion has the data it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score {score} of 100 (pass mark {pass_mark}; conditions from {conditional}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested conditions: {conditions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: nothing to test without a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust: moving any family&apos;s weight by 10 points does not change the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {group} weight profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile on {families}: a 10-point move of that weight changes the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical weight: {code} ({label}) from {old} to {new} would carry the score across the pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} (no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}  {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector (ISIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation (ISCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevailing wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy advertised (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local jobs created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layoffs, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations, last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees charged to workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given (missing evidence where a gate needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyRegister</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import employers&apos; requests from a CSV or XLSX file with &lt;i&gt;File › Import requests…&lt;/i&gt; (Ctrl+I), or enter one with &lt;i&gt;New request…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import requests…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Quorum met: %1 present and entitled, %2 required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group is represented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum: %1 present and entitled, %2 required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entitled member present for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus needs nobody against; %1 voted against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus needs at least one vote for; nobody voted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: nobody voted against and %1 voted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority: %1 for, %2 against (abstentions are not votes cast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified majority of %1: %2 for out of %3 votes cast; at least %4 needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group majority: %1 of 3 group blocks for (%2 required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block position: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group-weighted vote: each group weighs the same; weighted for %1, against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus, so the fallback rule decided: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes were tied; the chair&apos;s casting vote decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes were tied and there is no casting vote, so the motion is not adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion is adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion is not adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score to test: nobody scored and the dossier gives no technical score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two groups scored, so there is no divergence between groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergence between groups: %1 points. The groups are split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergence between groups: %1 points. No split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split comes mostly from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust: moving any family&apos;s weight by 10 points does not change the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 group&apos;s own weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile: the band changes when these weights move: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical weight: %1 moved by %2 points (to %3) would carry the score across the pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: in %1 a single member voted, so this group&apos;s tally shows how that member voted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sample board and requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: another task is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} requests to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample board (members with demo PINs, rules of procedure) and 48 sample requests to try Tripartite, a whole vote included? You can also start with an empty board and import your own requests later with File › Import requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateTableModel</name>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Pass the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot cast. Pass the laptop to the next member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot is sealed until the chair reveals the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot cast. Everyone entitled has voted: the chair may reveal the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the agenda of {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal of {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate {gate} attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided: no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion proposed: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent filed by {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided at {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request files (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests come from a CSV (UTF-8) or Excel file, one request per row, with the columns of the import schema. The import is all or nothing: if any row has a problem, nothing is written and every problem is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair imports these requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: another task is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} requests from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Problems in {file}: {problems}. Fix them in the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in {file}: {problems}. Warnings: {warnings}. Fix the problems in the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A government member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employers&apos; member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A union member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides (issues decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advises (issues opinions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority of constituency groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups weighted equally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group-weighted vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the seats and every constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named (each vote is minuted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (only tallies are minuted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition of skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wage offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prevailing wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days the vacancy was advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firm&apos;s employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firm&apos;s foreign employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layoffs in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violations in the last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees charged to workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local jobs created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruitment channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum: not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota of workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of local workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local hiring ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-fees attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota of workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wage floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training of local workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local hiring ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruitment channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-fees attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later signatures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data hidden in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not allowed after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a signatory&apos;s box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer trusted for another box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same signer in another box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not minutes made by Tripartite: it has no evidence annex and no signature boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes carry no evidence annex, so the signatures vouch for no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence annex is not the one the first signature signed: it was added or replaced later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence annex is for another meeting than these minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed after the last signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every signatory has signed: still to sign: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will be in %1 the next time you start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Tripartite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe: unfinished work was rolled back. Please report this, with the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register and dossiers (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas, the meeting room and decisions (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, PINs, rules, criteria, shortage list (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the record, who made it, and the record&apos;s check (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signatures of a minutes PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome and demo PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tripartite — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;For national tripartite labour boards: government, employers&apos; and union members deciding together on employers&apos; requests to admit foreign workers.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the sample board and {count} requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is open. A ballot being filled in and not yet cast will be lost; cast ballots are kept, and the vote can go on when Tripartite is started again.

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit during a vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRoom</name>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All &amp;meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair puts these requests on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet. Create one with New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair creates the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short id used in meeting files; it cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a seat (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternate of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair and the secretary confirm who sits on the board, and with what role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair or the secretary confirms the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This id is already used by another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (a full member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>holds a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Board members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or reset &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change m&amp;y PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting a forgotten PIN needs two people: the chair and the secretary. The member is told at their next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair or the secretary allows this member&apos;s first PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set for {name}; only its hash is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel building the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview does not draw the signature stamps. Verify… checks each signature cryptographically, which is what proves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your signature for a role that has not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every signature of the minutes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the minutes shown, with their signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair builds the minutes: PIN needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair builds the minutes of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the minutes was cancelled. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes cannot be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the minutes failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built just now from the meeting&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing has started: this is the stored file with its signatures so far. It can no longer be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes signed: the meeting is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role has signed. A correction needs an amendment: a new meeting linked to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet: %1 roles to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the minutes first. The first signature fixes them: they can no longer be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 roles have signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the role %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes of “%1”, as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of condition to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not valid (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary session 11/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Change the PIN of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the PIN of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the PIN of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member types a new PIN of at least 6 digits, twice. Nobody else should watch. Only a salted hash of it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is published as a demo PIN; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits, and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The old PIN is wrong: %n tries left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked out for %1 s after too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneMembersModel</name>
    <message>
        <source>Has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not voted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has not voted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the QtPdf module of PySide6-Addons is not installed. Save the minutes with Save as… and open the file in a PDF reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown (it is not a readable PDF).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingRequestsModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Enter PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN: 1 try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN: %n tries left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out for %1 s after too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may try your PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>A PIN has at least %n digits, and digits only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Tries left before a lockout: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked out after too many wrong PINs; try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not everyone has voted (missing: %n); the chair may close the vote.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateBallot</name>
    <message>
        <source>Private ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this. It locks when you cast or after a minute idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the data scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the technical scores from the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each criterion with a technical score to that score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for the motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote against the motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of vote (minuted &amp;with a named vote):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast &amp;ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k without voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock without voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between the three choices; Space chooses; Ctrl+Return casts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locking in %n s — touch any key to keep working</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose For, Against or Abstain first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message>
        <source>The record was changed outside Tripartite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the a&amp;udit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This board&apos;s record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This board&apos;s record was changed outside Tripartite: %1. Open the audit log to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event {seq} was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event {seq} was rewritten and its hash recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} audit event(s) from event {seq} on were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit events before event {seq} were deleted and the rest renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record up to event {seq} is not the one {source} holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {seq}, which {source} holds, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} differs from what its audit event {seq} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} has no audit event vouching for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret votes of {key} differ from what their reveal committed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret votes of {key} do not match the members who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check found {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anchor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>The record could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Recusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusals recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member who steps aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest declared, as it will be minuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to record the recusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for this item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason: it is minuted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Two members must each type their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These PINs were typed for another board&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different members must type their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a meeting created for recording, still in draft, can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a member&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN was typed too long ago; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a held meeting gives authority over that meeting only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the PINs of the members concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the member themself may do this, after their own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the member presiding (the chair, or the stand-in named at the opening) may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair or the secretary may do this, with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the rules needs the chair&apos;s and the secretary&apos;s PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting a PIN needs the chair&apos;s and the secretary&apos;s PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change your own PIN, give your old PIN (Change my PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first PIN is set with the chair&apos;s or the secretary&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stand-in is named with their own PIN and the secretary&apos;s (or the chair&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member&apos;s stored PIN cannot be read; the chair and the secretary must reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is published as a demo PIN; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo PINs are only for a freshly loaded sample board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has a board; use a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no board yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such member on this board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s criteria catalogue ({version}…) is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: choose a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is busy: another program is using it. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is locked by another task; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory while using {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only; copy it to a folder you may write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written while using {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged; open the latest backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to {path} was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Tripartite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret ballot is being cast; make the backup after its reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this meeting are signed, so it is read-only; record a correction as an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That motion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s state ({status}) does not allow this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a voting member of the board may preside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stand-in named is not marked present: mark them present, or name another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is still open; reveal it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A motion on this item is still being voted; reveal it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {reference} is no longer pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusals are recorded before voting on the item starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestations are settled before voting on the item starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers approved must be between 1 and the {requested} requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition “{kind}” is incomplete or out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no quorum; it cannot be voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on this motion is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not entitled to vote on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has already voted on this motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots are sealed until the reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bare tally is accepted only when recording a held meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 48-hour window for written dissents has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dissent is filed against a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member who sat on this item may file a dissent on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dissent needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this meeting are not signed yet: correct the meeting and build them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting before building its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are being signed ({roles} signed): finish the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those minutes no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes were built again since; sign the newer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an older revision of the minutes: sign the latest signed file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not minutes stored in this board&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty and not an earlier demo folder; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signatory role {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key algorithm {algorithm}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no readable signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not minutes made by Tripartite (it has no evidence annex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes have no signature box for {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role has already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was made for the role {key_role}, not {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has already signed the {box} box; each box needs its own signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was changed after the {role} signature; do not sign it, get the signed minutes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate was made for the role {certificate_role}, not {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {subject} names no signatory role; choose the role it signs for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not hold the signatory role {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {subject} is trusted already, for another member or box; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board does not trust this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a request by hand (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected request (F2); pending or deferred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected requests on a meeting&apos;s agenda (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, employer, job, region, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match the start of a word; accents are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates and score are computed for the rows shown and cannot be sorted; filter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is {status}: only pending or deferred requests can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the request; the change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>Fields marked * are required. Leave a fact empty when it is unknown: it then counts as missing evidence, not as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce, housing and integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique, e.g. REQ-2026-0049</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax or registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector (IS&amp;IC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A–U or 01–99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation (ISCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9211</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage o&amp;ffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly, e.g. 1850.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prevailing wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly, same currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin co&amp;untries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO codes separated by ;  e.g. MA;SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy advertised (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local jobs created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layoffs, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations, last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees charged to workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair saves this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevailing wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISCO-08 unit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISIC Rev.4 section or division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign workers requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevailing wage for the job and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance gates: ✗ failed, ? missing evidence, ✓ every automatic gate passed (not sortable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score from the dossier, 0–100; 50 meets expectations (not sortable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} missing evidence, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every automatic gate passed; attestation gates are answered at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Technical score (no member scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by family (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of scores by family and group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes and explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes and explanations of vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written dissents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File di&amp;ssent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a written dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided: no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion adopted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot: only the tallies by group are shown and minuted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) entitled to vote cast no ballot; the record does not say who.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Did not vote: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board score %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member scored for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member scored this item; the chart shows the technical score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissents are filed against a decision; this item has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: dissents may be filed until 48 hours after the meeting closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>none: without consensus the motion fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s vote breaks a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary holds a seat and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (gate G9 as in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bas&amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a motion is adopted: by consensus, by a simple or qualified majority of the votes cast, by a majority of the constituency groups, or with each group weighing the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gr&amp;oups required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority of groups: how many of the three constituency blocks must be for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualified fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified majority: the share of for among for and against, e.g. 2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus fallbac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: the rule that decides when consensus fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Casting vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority and equal groups: on an exact tie the motion passes if the chair voted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretar&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory minimum wage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, in the board&apos;s currency; gate G1 checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliance ca&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate G9: the highest share of foreign workers after admission, e.g. 0.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are unchanged; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of the rules of procedure or the ballot mode needs the chair&apos;s and the secretary&apos;s PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair or the secretary confirms the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rules of procedure: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: your points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical score from the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing evidence: the dossier lacks the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member judgement: no technical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why you depart from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortageListModel</name>
    <message>
        <source>ISCO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortageTab</name>
    <message>
        <source>Occupations on the shortage list pass the labour-market test (gate G3) and earn full points for shortage evidence (P1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations on the shortage list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a code or words of the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sele&amp;cted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not an ISCO-08 unit group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {code}; save the list to put it in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortage list is unchanged; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the shortage list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Choose your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature is added to the minutes as they are now; earlier signatures stay valid. Sign only if you have read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your .p12 key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role has signed these minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was made for the role %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role has already signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>Who signs the minutes of each meeting, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates the board trusts for each signature box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one role must sign the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatories are unchanged; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the signatories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTableModel</name>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory role whose box was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the signer&apos;s computer says it signed (UTC); not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: intact, and trusted for this box. Not trusted: intact, but nobody vouches for the certificate. Not valid: forged, tampered or misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the signature does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandInDialog</name>
    <message>
        <source>Who presides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the chair cannot attend, another voting member presides over this meeting and confirms each of the chair&apos;s steps with their own PIN. The member named and the secretary confirm it with their PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm with PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or the chair gives the meeting back to the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presides over this meeting in the chair&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stamps in the signature boxes are only pictures and prove nothing by themselves. Each signature is verified cryptographically: its bytes, its signature value and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any PDF file and verify its signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a signer&apos;s certificate (PEM) for this check only; the board&apos;s store is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file with Verify a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the board&apos;s minutes, signed by every signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signatory signed in their own box, with a certificate trusted for that box; the evidence annex is signed with the minutes, and nothing changed after the last signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly signed: not yet the final minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures so far are good, but not every signatory has signed. Still to sign: %1. Rely on these minutes only once every signatory has signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed after signing, but these certificates are not trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the signer&apos;s certificate in Board › Certificates if you know it is theirs, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know a certificate is the signer&apos;s, add it with Trust a certificate… (for this check only), then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, but not every signer is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed this file. Get the signed minutes from the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: do not rely on this file. Get the signed minutes from the board (the secretary keeps them) and verify that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this file: tampered, forged or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures are checked against the certificates the board trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board trusts no certificate yet, so no signature can be trusted. Add a signer&apos;s certificate with Trust a certificate…, or store the members&apos; certificates with “tripartite keys trust”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates the board trusts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added for this check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is trusted yet: add the signers&apos; certificates with Trust a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature cannot be read or validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signed content was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature value does not match the signed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data is hidden after the signature, where only zero padding may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changes the signatures do not allow were made after it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this signature is not in the box of a signatory of these minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is trusted for the %3 box, not for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is trusted for no signatory box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 also signed the box of %3; each box needs its own signatory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsTab</name>
    <message>
        <source>The board&apos;s own copy of the criteria catalogue. Weights must add up to 100; saving stores a new catalogue version and puts it in force for new meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue “{name}”, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} of 100 ({families}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The weights must add up to 100 before they can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are unchanged; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the criteria weights as catalogue version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Tripartite — this is the sample board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a whole meeting at once: each member unlocks their own pane with the demo PIN below. A real board sets its own PINs under Board › Members, and these published PINs are then refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo PINs are no longer in force: every member has set their own PIN under Board › Members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, alternate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Request</name>
    <message>
        <source>Now a second person confirms with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
