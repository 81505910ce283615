"""The PDF face's vocabulary: every word the minutes, the signature stamps and ``verify`` print for a code.

Each table is keyed by an enum's values (``Constituency``, ``Outcome``…) or by a code of the core or of
:mod:`reports.verify`, so a test can check that every value has its words. Sentences with parameters are
``str.format`` templates; the module that fills them names the parameters.

Every text is marked with :func:`~reports.i18n.N_` (``scripts/translations.py update`` extracts it) and each
table is a :class:`~reports.i18n.Words`, which reads out in the language of the document being built
(:mod:`reports.i18n`): ``CONSTITUENCY[Constituency.UNION]`` is "Unions", "Sindicatos" or "Syndicats".
Iterating a table's values gives the English source text.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from tripartite.criteria import Family
from tripartite.gates import GateStatus
from tripartite.models import (
    Authority,
    BallotMode,
    ConditionKind,
    Constituency,
    DecisionRule,
    Outcome,
    Quorum,
    Role,
    Vote,
)
from tripartite.reports.i18n import N_, Words

# -------------------------------------------------------------------------------------------- minutes

CONSTITUENCY = Words(
    {
        Constituency.GOVERNMENT: N_("Government"),
        Constituency.EMPLOYER: N_("Employers"),
        Constituency.UNION: N_("Unions"),
    }
)
FAMILY = Words(
    {
        Family.PRODUCTIVITY: N_("Productivity"),
        Family.INCOME_DISTRIBUTION: N_("Income distribution"),
        Family.SOCIAL_INTEGRATION: N_("Social integration"),
    }
)
FAMILY_SHORT = Words(
    {
        Family.PRODUCTIVITY: N_("Productivity"),
        Family.INCOME_DISTRIBUTION: N_("Income"),
        Family.SOCIAL_INTEGRATION: N_("Integration"),
    }
)
# The constituencies' members as a group of people, where a phrase needs them ("for the union members").
MEMBERS_OF = Words(
    {
        Constituency.GOVERNMENT: N_("the government members"),
        Constituency.EMPLOYER: N_("the employers' members"),
        Constituency.UNION: N_("the union members"),
    }
)
RULE = Words(
    {
        DecisionRule.CONSENSUS: N_("consensus"),
        DecisionRule.SIMPLE_MAJORITY: N_("simple majority"),
        DecisionRule.QUALIFIED_MAJORITY: N_("qualified majority"),
        DecisionRule.GROUP_MAJORITY: N_("group majority"),
        DecisionRule.GROUP_WEIGHTED: N_("group-weighted vote"),
    }
)
# What a motion proposes, then what a decision-making board and an advisory board resolve.
PROPOSAL = Words(
    {
        Outcome.APPROVE: N_("approve"),
        Outcome.APPROVE_WITH_CONDITIONS: N_("approve with conditions"),
        Outcome.REJECT: N_("reject"),
        Outcome.DEFER: N_("defer"),
    }
)
RESOLVED = {
    Authority.DECIDES: Words(
        {
            Outcome.APPROVE: N_("APPROVED"),
            Outcome.APPROVE_WITH_CONDITIONS: N_("APPROVED WITH CONDITIONS"),
            Outcome.REJECT: N_("REJECTED"),
            Outcome.DEFER: N_("DEFERRED"),
        }
    ),
    Authority.ADVISES: Words(
        {
            Outcome.APPROVE: N_("FAVOURABLE"),
            Outcome.APPROVE_WITH_CONDITIONS: N_("FAVOURABLE WITH CONDITIONS"),
            Outcome.REJECT: N_("UNFAVOURABLE"),
            Outcome.DEFER: N_("DEFERRED"),
        }
    ),
}
RESOLUTION = Words({Authority.DECIDES: N_("Decision"), Authority.ADVISES: N_("Opinion")})
# A gate's reason by its code (tripartite.gates.REASONS); {placeholders} are its facts, filled by
# reports.phrases.gate_reason with the document's figures.
GATE_REASONS = Words(
    {
        "wage_below_prevailing": N_("wage {wage} < prevailing {prevailing}"),
        "wage_below_minimum": N_("wage {wage} < statutory minimum {minimum}"),
        "wage_at_least_prevailing": N_("wage {wage} ≥ prevailing {prevailing}"),
        "missing": N_("not given: {fields}"),
        "missing_advertising": N_("not given: {fields} (occupation not on the shortage list)"),
        "reported": N_("{field} reported"),
        "none_reported": N_("no {field}"),
        "count_above_zero": N_("{field} {value} > 0"),
        "count_zero": N_("{field} 0"),
        "on_shortage_list": N_("occupation {occupation} on the shortage list"),
        "advertised_enough": N_("advertised {days} days ≥ {required}"),
        "advertised_too_short": N_("advertised {days} days < {required}, occupation not on the shortage list"),
        "share_floor_above_cap": N_("share at least {share} > cap {cap}"),
        "share_above_cap": N_("foreign share {share} > cap {cap}"),
        "share_within_cap": N_("foreign share {share} ≤ cap {cap}"),
        "disabled": N_("disabled"),
        "not_attested": N_("not yet attested"),
        "attested": N_("attested by the board"),
        "attestation_refused": N_("attestation refused"),
    }
)
# The request fields a reason names: the one a yes/no or count gate reads ({field}), the missing ones ({fields}).
GATE_FIELDS = Words(
    {
        "labour_dispute": N_("labour dispute"),
        "layoffs_last_12m": N_("layoffs"),
        "compliance_violations_3y": N_("violations"),
        "fees_charged_to_workers": N_("fees charged to workers"),
    }
)
MISSING_FIELDS = Words(
    {
        "vacancy_advertised_days": N_("days the vacancy was advertised"),
        "firm_employees": N_("the firm's employees"),
        "firm_foreign_employees": N_("the firm's foreign employees"),
        "labour_dispute": N_("labour dispute"),
        "layoffs_last_12m": N_("layoffs in the last 12 months"),
        "compliance_violations_3y": N_("violations in the last 3 years"),
        "fees_charged_to_workers": N_("fees charged to workers"),
    }
)
GATE_STATUS = Words(
    {
        GateStatus.PASSED: N_("passed"),
        GateStatus.FAILED: N_("FAILED"),
        GateStatus.UNKNOWN: N_("missing evidence"),
        GateStatus.NOT_ASSESSED: N_("not assessed"),
    }
)
VOTE = Words({Vote.FOR: N_("For"), Vote.AGAINST: N_("Against"), Vote.ABSTAIN: N_("Abstaining")})
ROLE = Words({Role.CHAIR: N_("Chair"), Role.SECRETARY: N_("Secretary"), Role.MEMBER: N_("Member")})
# The quorum rule in the table of the rules in force, then inside the opening's sentence ("the quorum (…)").
QUORUM = Words(
    {Quorum.HALF: N_("half the seats"), Quorum.HALF_AND_EACH_GROUP: N_("half the seats and every constituency")}
)
QUORUM_IN_TEXT = Words(
    {
        Quorum.HALF: N_("half the seats"),
        Quorum.HALF_AND_EACH_GROUP: N_("half the seats and at least one member of each group"),
    }
)
BALLOT = Words(
    {
        BallotMode.NAMED: N_("named: each member's vote is minuted"),
        BallotMode.SECRET: N_("secret: only the tallies by constituency are minuted"),
    }
)
REASON = Words(
    {
        "gate_failed": N_("a compliance gate failed"),
        "missing_evidence": N_("evidence is missing"),
        "score_approve": N_("the score reaches the pass mark"),
        "score_conditions": N_("the score falls in the conditional band"),
        "score_reject": N_("the score is below the conditional band"),
        "no_score": N_("no criterion could be scored"),
    }
)
NOTE = Words(
    {
        "no_consensus_fallback": N_("No consensus; the fallback rule ({rule}) decided."),
        "casting_vote": N_("Tied vote, resolved by the chair's casting vote."),
        "tie": N_("Tied vote; without a casting vote a tie is not adopted."),
    }
)
REPORTING = Words(
    {
        "monthly": N_("monthly"),
        "quarterly": N_("quarterly"),
        "half_yearly": N_("every six months"),
        "yearly": N_("yearly"),
    }
)
# A condition's kind, where the minutes name it without its terms (the conditions an assessment suggests).
CONDITION_KIND = Words(
    {
        ConditionKind.QUOTA: N_("quota"),
        ConditionKind.MAX_DURATION: N_("maximum duration"),
        ConditionKind.WAGE_FLOOR: N_("wage floor"),
        ConditionKind.TRAINING: N_("training"),
        ConditionKind.LOCAL_HIRING: N_("local hiring"),
        ConditionKind.HOUSING_STANDARD: N_("housing standard"),
        ConditionKind.INTEGRATION_SUPPORT: N_("integration support"),
        ConditionKind.RECRUITMENT_CHANNEL: N_("recruitment channel"),
        ConditionKind.REPORTING: N_("reporting"),
        ConditionKind.NO_FEES_ATTESTATION: N_("no-fees attestation"),
    }
)
# Each language by its own name (never translated), as the evidence annex's table names the minutes' language.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
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
ROLE_LABELS: Words[str] = Words(
    {
        "chair": N_("Chair"),
        "secretary": N_("Secretary"),
        "government": N_("Government"),
        "employer": N_("Employers"),
        "union": N_("Unions"),
    }
)

# --------------------------------------------------------------------------------------- verification

# Why a file is refused as a whole (reports.verify.FILE_REASONS): one sentence each.
# Parameters: {error} why the file could not be read; {roles} the signatories still to sign, in words.
FILE_REASON: Words[str] = Words(
    {
        "unreadable": N_("The file cannot be read as a PDF: it may be damaged or cut short ({error})."),
        "unsigned": N_("Nobody has signed this file."),
        "not_minutes": N_(
            "This file is not minutes made by Tripartite: it has no evidence annex and no signatory boxes."
        ),
        "annex_missing": N_(
            "The minutes carry no evidence annex (evidence.json), so the signatures vouch for no figures."
        ),
        "annex_not_covered": N_(
            "The evidence annex is not the one the first signature signed: it was added or replaced after signing."
        ),
        "annex_mismatch": N_("The evidence annex and the minutes name different meetings (or the minutes name none)."),
        "changed_after": N_(
            "The file was changed after the last signature: some bytes at its end are signed by nobody."
        ),
        "partly_signed": N_(
            "Not every signatory has signed (still to sign: {roles}): this is an unfinished or earlier version."
        ),
    }
)
# Why one signature is refused (reports.verify.SIGNATURE_REASONS), a clause printed under its box. A code
# with a suffix (``tampered.not_intact``) is a sharper wording of the same code. Parameters: {signer}, {field},
# {error}, {level} (what changed after it), {boxes} (the boxes its certificate is trusted for), {others} (the
# other boxes the same signer signed).
SIGNATURE_REASON: Words[str] = Words(
    {
        "unreadable": N_("the signature cannot be read or validated ({error})."),
        "tampered": N_("the signature does not cover its whole revision of the file."),
        "tampered.not_intact": N_("the signed content was changed after signing."),
        "tampered.not_valid": N_("the signature value does not match the signed content and the certificate."),
        "padding": N_("data is hidden after the signature, in space that must hold only zero padding."),
        "changed_after": N_("changes that the signatures do not allow were made after it ({level})."),
        "unknown_box": N_(
            "the signature is in the field {field!r}, which is not the box of a signatory of these minutes."
        ),
        "untrusted": N_("the certificate of {signer} is not trusted (not among the trusted certificates, or expired)."),
        "role_mismatch": N_("the certificate of {signer} is trusted for the {boxes} box, not for this one."),
        "role_mismatch.no_role": N_(
            "the certificate of {signer} is trusted for no signatory box (no role was given with it)."
        ),
        "same_signer": N_("the same signer also signed the box of: {others}; each box needs its own signatory."),
    }
)
