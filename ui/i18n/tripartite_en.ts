<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaAdder</name>
    <message numerus="yes">
        <source>Added %n request(s) to the agenda of “{title}”.</source>
        <translation>
            <numerusform>Added %n request to the agenda of “{title}”.</numerusform>
            <numerusform>Added %n requests to the agenda of “{title}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message numerus="yes">
        <source>Put %n request(s) on a meeting&apos;s agenda: {references}</source>
        <translation>
            <numerusform>Put %n request on a meeting&apos;s agenda: {references}</numerusform>
            <numerusform>Put %n requests on a meeting&apos;s agenda: {references}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n anchor(s) hold (signed minutes).</source>
        <translation>
            <numerusform>%n anchor holds (signed minutes).</numerusform>
            <numerusform>%n anchors hold (signed minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record was changed outside Tripartite: %n thing(s) do not hold. Do not rely on it until the board has looked into it.</source>
        <translation>
            <numerusform>The record was changed outside Tripartite: %n thing does not hold. Do not rely on it until the board has looked into it.</numerusform>
            <numerusform>The record was changed outside Tripartite: %n things do not hold. Do not rely on it until the board has looked into it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChairBar</name>
    <message numerus="yes">
        <source>%n recused.</source>
        <translation>
            <numerusform>%n recused.</numerusform>
            <numerusform>%n recused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConstituencyPane</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secretary (or the chair) files %n file(s) of evidence for {request}.</source>
        <translation>
            <numerusform>The secretary (or the chair) files %n file of evidence for {request}.</numerusform>
            <numerusform>The secretary (or the chair) files %n files of evidence for {request}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence filed: %n file(s).</source>
        <translation>
            <numerusform>Evidence filed: %n file.</numerusform>
            <numerusform>Evidence filed: %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message numerus="yes">
        <source>The old PIN is wrong: %n tries left.</source>
        <translation>
            <numerusform>The old PIN is wrong: %n try left.</numerusform>
            <numerusform>The old PIN is wrong: %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message numerus="yes">
        <source>Wrong PIN: %n tries left</source>
        <translation>
            <numerusform>Wrong PIN: %n try left</numerusform>
            <numerusform>Wrong PIN: %n tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>A PIN has at least %n digits, and digits only.</source>
        <translation>
            <numerusform>A PIN has at least %n digit, and digits only.</numerusform>
            <numerusform>A PIN has at least %n digits, and digits only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Tries left before a lockout: %n.</source>
        <translation>
            <numerusform>Wrong PIN. Tries left before a lockout: %n.</numerusform>
            <numerusform>Wrong PIN. Tries left before a lockout: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked out after too many wrong PINs; try again in %n s.</source>
        <translation>
            <numerusform>Locked out after too many wrong PINs; try again in %n s.</numerusform>
            <numerusform>Locked out after too many wrong PINs; try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not everyone has voted (missing: %n); the chair may close the vote.</source>
        <translation>
            <numerusform>Not everyone has voted (missing: %n); the chair may close the vote.</numerusform>
            <numerusform>Not everyone has voted (missing: %n); the chair may close the vote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from event {seq} on were deleted.</source>
        <translation>
            <numerusform>%n event from event {seq} on was deleted.</numerusform>
            <numerusform>%n events from event {seq} on were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were deleted before event {seq} and the rest renumbered.</source>
        <translation>
            <numerusform>%n event was deleted before event {seq} and the rest renumbered.</numerusform>
            <numerusform>%n events were deleted before event {seq} and the rest renumbered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) filed</source>
        <translation>
            <numerusform>%n file filed</numerusform>
            <numerusform>%n files filed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateBallot</name>
    <message numerus="yes">
        <source>Locking in %n s — touch any key to keep working</source>
        <translation>
            <numerusform>Locking in %n s — touch any key to keep working</numerusform>
            <numerusform>Locking in %n s — touch any key to keep working</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message numerus="yes">
        <source>This board&apos;s record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</source>
        <translation>
            <numerusform>This board&apos;s record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</numerusform>
            <numerusform>This board&apos;s record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) from event {seq} on were deleted</source>
        <translation>
            <numerusform>%n audit event from event {seq} on was deleted</numerusform>
            <numerusform>%n audit events from event {seq} on were deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n member(s) entitled to vote cast no ballot; the record does not say who.</source>
        <translation>
            <numerusform>%n member entitled to vote cast no ballot; the record does not say who.</numerusform>
            <numerusform>%n members entitled to vote cast no ballot; the record does not say who.</numerusform>
        </translation>
    </message>
</context>
</TS>
