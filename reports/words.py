"""The PDF face's vocabulary: every word the minutes, the signature stamps and ``verify`` print for a code.

Each table is keyed by an enum's values (``Constituency``, ``Outcome``…) or by a code of the core or of
:mod:`reports.verify`, so a test can check that every value has its words. Sentences with parameters are
``str.format`` templates; the module that fills them names the parameters. English only for now: a language
is one more module of the same shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from tripartite.criteria import Family
from tripartite.gates import GateStatus
from tripartite.models import Authority, BallotMode, Constituency, DecisionRule, Outcome, Quorum, Role, Vote

# -------------------------------------------------------------------------------------------- minutes

CONSTITUENCY = {
    Constituency.GOVERNMENT: "Government",
    Constituency.EMPLOYER: "Employers",
    Constituency.UNION: "Unions",
}
FAMILY = {
    Family.PRODUCTIVITY: "Productivity",
    Family.INCOME_DISTRIBUTION: "Income distribution",
    Family.SOCIAL_INTEGRATION: "Social integration",
}
FAMILY_SHORT = {
    Family.PRODUCTIVITY: "Productivity",
    Family.INCOME_DISTRIBUTION: "Income",
    Family.SOCIAL_INTEGRATION: "Integration",
}
# The constituencies' members as a group of people, where a phrase needs them ("for the union members").
MEMBERS_OF = {
    Constituency.GOVERNMENT: "the government members",
    Constituency.EMPLOYER: "the employers' members",
    Constituency.UNION: "the union members",
}
RULE = {
    DecisionRule.CONSENSUS: "consensus",
    DecisionRule.SIMPLE_MAJORITY: "simple majority",
    DecisionRule.QUALIFIED_MAJORITY: "qualified majority",
    DecisionRule.GROUP_MAJORITY: "group majority",
    DecisionRule.GROUP_WEIGHTED: "group-weighted vote",
}
# What a motion proposes, then what a decision-making board and an advisory board resolve.
PROPOSAL = {
    Outcome.APPROVE: "approve",
    Outcome.APPROVE_WITH_CONDITIONS: "approve with conditions",
    Outcome.REJECT: "reject",
    Outcome.DEFER: "defer",
}
RESOLVED = {
    Authority.DECIDES: {
        Outcome.APPROVE: "APPROVED",
        Outcome.APPROVE_WITH_CONDITIONS: "APPROVED WITH CONDITIONS",
        Outcome.REJECT: "REJECTED",
        Outcome.DEFER: "DEFERRED",
    },
    Authority.ADVISES: {
        Outcome.APPROVE: "FAVOURABLE",
        Outcome.APPROVE_WITH_CONDITIONS: "FAVOURABLE WITH CONDITIONS",
        Outcome.REJECT: "UNFAVOURABLE",
        Outcome.DEFER: "DEFERRED",
    },
}
RESOLUTION = {Authority.DECIDES: "Decision", Authority.ADVISES: "Opinion"}
GATE_STATUS = {
    GateStatus.PASSED: "passed",
    GateStatus.FAILED: "FAILED",
    GateStatus.UNKNOWN: "missing evidence",
    GateStatus.NOT_ASSESSED: "not assessed",
}
VOTE = {Vote.FOR: "For", Vote.AGAINST: "Against", Vote.ABSTAIN: "Abstaining"}
ROLE = {Role.CHAIR: "Chair", Role.SECRETARY: "Secretary", Role.MEMBER: "Member"}
# The quorum rule in the table of the rules in force, then inside the opening's sentence ("the quorum (…)").
QUORUM = {Quorum.HALF: "half the seats", Quorum.HALF_AND_EACH_GROUP: "half the seats and every constituency"}
QUORUM_IN_TEXT = {
    Quorum.HALF: "half the seats",
    Quorum.HALF_AND_EACH_GROUP: "half the seats and at least one member of each group",
}
BALLOT = {
    BallotMode.NAMED: "named: each member's vote is minuted",
    BallotMode.SECRET: "secret: only the tallies by constituency are minuted",
}
REASON = {
    "gate_failed": "a compliance gate failed",
    "missing_evidence": "evidence is missing",
    "score_approve": "the score reaches the pass mark",
    "score_conditions": "the score falls in the conditional band",
    "score_reject": "the score is below the conditional band",
    "no_score": "no criterion could be scored",
}
NOTE = {
    "no_consensus_fallback": "No consensus; the fallback rule ({rule}) decided.",
    "casting_vote": "Tied vote, resolved by the chair's casting vote.",
    "tie": "Tied vote; without a casting vote a tie is not adopted.",
}
REPORTING = {"monthly": "monthly", "quarterly": "quarterly", "half_yearly": "every six months", "yearly": "yearly"}
# The main table of each enum the minutes name by a word, for tests/test_vocabulary.py. A condition is
# written out with its terms (reports.phrases.condition_text); that test says why the statuses of
# meetings, requests, items and motions have no word in the minutes.
TABLES: dict[type[Enum], Mapping[Any, str]] = {
    Constituency: CONSTITUENCY,
    Family: FAMILY,
    DecisionRule: RULE,
    Outcome: PROPOSAL,
    Authority: RESOLUTION,
    GateStatus: GATE_STATUS,
    Vote: VOTE,
    Role: ROLE,
    Quorum: QUORUM,
    BallotMode: BALLOT,
}

# ------------------------------------------------------------------------------------ signatory roles

# Signatory roles as minuted (reports.keys.SIGNATORY_ROLES). One word per group, the same everywhere (minutes,
# stamps, app): "Unions", never "Workers" in one place and "Unions" in another.
ROLE_LABELS: dict[str, str] = {
    "chair": "Chair",
    "secretary": "Secretary",
    "government": "Government",
    "employer": "Employers",
    "union": "Unions",
}

# --------------------------------------------------------------------------------------- verification

# Why a file is refused as a whole (reports.verify.FILE_REASONS): one sentence each.
# Parameters: {error} why the file could not be read; {roles} the signatories still to sign, in words.
FILE_REASON: dict[str, str] = {
    "unreadable": "The file cannot be read as a PDF: it may be damaged or cut short ({error}).",
    "unsigned": "Nobody has signed this file.",
    "not_minutes": "This file is not minutes made by Tripartite: it has no evidence annex and no signatory boxes.",
    "annex_missing": "The minutes carry no evidence annex (evidence.json), so the signatures vouch for no figures.",
    "annex_not_covered": "The evidence annex is not the one the first signature signed: it was added or "
    "replaced after signing.",
    "annex_mismatch": "The evidence annex and the minutes name different meetings (or the minutes name none).",
    "changed_after": "The file was changed after the last signature: some bytes at its end are signed by nobody.",
    "partly_signed": "Not every signatory has signed (still to sign: {roles}): this is an unfinished or earlier "
    "version.",
}
# Why one signature is refused (reports.verify.SIGNATURE_REASONS), a clause printed under its box. A code
# with a suffix (``tampered.not_intact``) is a sharper wording of the same code. Parameters: {signer}, {field},
# {error}, {level} (what changed after it), {boxes} (the boxes its certificate is trusted for), {others} (the
# other boxes the same signer signed).
SIGNATURE_REASON: dict[str, str] = {
    "unreadable": "the signature cannot be read or validated ({error}).",
    "tampered": "the signature does not cover its whole revision of the file.",
    "tampered.not_intact": "the signed content was changed after signing.",
    "tampered.not_valid": "the signature value does not match the signed content and the certificate.",
    "padding": "data is hidden after the signature, in space that must hold only zero padding.",
    "changed_after": "changes that the signatures do not allow were made after it ({level}).",
    "unknown_box": "the signature is in the field {field!r}, which is not the box of a signatory of these minutes.",
    "untrusted": "the certificate of {signer} is not trusted (not among the trusted certificates, or expired).",
    "role_mismatch": "the certificate of {signer} is trusted for the {boxes} box, not for this one.",
    "role_mismatch.no_role": "the certificate of {signer} is trusted for no signatory box (no role was given with it).",
    "same_signer": "the same signer also signed the box of: {others}; each box needs its own signatory.",
}
