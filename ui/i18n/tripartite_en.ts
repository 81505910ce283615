<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditView</name>
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
</context>
<context>
    <name>ChairBar</name>
    <message numerus="yes">
        <source>%n recused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConstituencyPane</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message numerus="yes">
        <source>The old PIN is wrong: %n tries left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message numerus="yes">
        <source>Wrong PIN: %n tries left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateBallot</name>
    <message numerus="yes">
        <source>Locking in %n s — touch any key to keep working</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordBanner</name>
    <message numerus="yes">
        <source>This board&apos;s record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n member(s) entitled to vote cast no ballot; the record does not say who.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
