"""The minutes' phrases: dates, money, rules, conditions and the short sentences built from data and words.

The word tables are :mod:`reports.words`; here they are put together with the minutes' figures, for the
renderer (:mod:`reports.minutes_pdf`) to lay out. Results are plain text, except :func:`turnout_text`, which
returns markup with the names already escaped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tripartite.criteria import Family
from tripartite.meetings.minutes_data import Condition, ItemMinutes, Minutes, MotionMinutes, QuorumFigures
from tripartite.models import Authority, ConditionKind, Constituency, DecisionRule, ItemStatus, Outcome, Role
from tripartite.reports.fonts import markup
from tripartite.reports.words import CONSTITUENCY, FAMILY, REPORTING, RESOLVED, RULE


def day_text(value: str | None) -> str:
    """``2026-11-20`` → ``20 November 2026``."""
    if not value:
        return "–"
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B')} {day.year}"


def time_text(value: str | None) -> str:
    """An ISO timestamp → ``27 November 2026, 19:06 UTC``; a time without a zone → ``27 November 2026, 09:30``.

    The app's own stamps carry their zone and are printed in UTC. Arrivals and departures are the room's
    clock as the secretary wrote it down (HH:MM on the meeting's day): calling them UTC would be false.
    """
    if not value:
        return "–"
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return f"{day_text(moment.date().isoformat())}, {moment.strftime('%H:%M')}"
    moment = moment.astimezone(dt.UTC)
    return f"{day_text(moment.date().isoformat())}, {moment.strftime('%H:%M')} UTC"


def score_text(value: float | None) -> str:
    """A score to one decimal; a dash when there is none."""
    return "–" if value is None else f"{value:.1f}"


def money_text(value: float, currency: str) -> str:
    """An amount with thousands separators and its currency, without ``.00`` on whole amounts."""
    shown = f"{value:,.2f}".removesuffix(".00")
    return f"{shown} {currency}"


def rule_text(rule: DecisionRule, minutes: Minutes) -> str:
    """A decision rule in words, with the figures the board's rules in force give it."""
    in_force = minutes.rules
    if rule is DecisionRule.GROUP_MAJORITY:
        return f"group majority ({in_force.groups_required} of 3 constituency blocks)"
    if rule is DecisionRule.QUALIFIED_MAJORITY:
        return f"qualified majority ({in_force.qualified_fraction} of the votes cast)"
    return RULE[rule]


def condition_text(condition: Condition, currency: str) -> str:
    """A condition's terms in words (kind and parameters; the due date is shown apart)."""
    p = condition.params
    kind = condition.kind
    if kind is ConditionKind.QUOTA:
        return f"Quota: at most {p.get('workers')} workers"
    if kind is ConditionKind.MAX_DURATION:
        return f"Maximum duration of the permits: {p.get('months')} months"
    if kind is ConditionKind.WAGE_FLOOR:
        return f"Wage floor: at least {money_text(float(p.get('amount', 0)), currency)} a month"
    if kind is ConditionKind.TRAINING:
        hours = f", {p['hours']} hours each" if p.get("hours") else ""
        return f"Training of {p.get('locals')} local workers{hours}"
    if kind is ConditionKind.LOCAL_HIRING:
        return f"Local hiring: at least {float(p.get('ratio', 0)):.0%} of the positions"
    if kind is ConditionKind.HOUSING_STANDARD:
        return "Housing standard" + (f": {p['standard']}" if p.get("standard") else "")
    if kind is ConditionKind.INTEGRATION_SUPPORT:
        items = ", ".join(str(i).replace("_", " ") for i in p.get("items", []))
        return "Integration support package" + (f": {items}" if items else "")
    if kind is ConditionKind.RECRUITMENT_CHANNEL:
        return "Recruitment through " + str(p.get("channel") or "an approved channel")
    if kind is ConditionKind.REPORTING:
        return f"Report to the board {REPORTING.get(str(p.get('frequency')), p.get('frequency'))}"
    if kind is ConditionKind.NO_FEES_ATTESTATION:
        return "Attestation that no recruitment fees are charged to the workers"
    rest = ", ".join(f"{k} {v}" for k, v in sorted(p.items()))  # a kind added later still prints its terms
    return f"{kind.value.replace('_', ' ')}: {rest}"



def missing_groups(q: QuorumFigures) -> str:
    """``; not represented: …`` for the constituencies a quorum lacks, else nothing."""
    if not q.groups_missing:
        return ""
    return "; not represented: " + ", ".join(CONSTITUENCY[g] for g in q.groups_missing)


def fragile_text(code: str) -> str:
    """What a sensitivity code names: a family weight, or a constituency's weight profile."""
    if code.startswith("profile:"):
        return f"the {CONSTITUENCY[Constituency(code.split(':', 1)[1])].lower()} weight profile"
    try:
        return f"the {FAMILY[Family(code)].lower()} weight"
    except ValueError:
        return code


def attendee_note(member: Any) -> str:
    """The notes of one attendee: alternate for whom, no vote, arrival and departure."""
    notes = []
    if member.alternate_of_name:
        notes.append(f"alternate for {member.alternate_of_name}")
    if member.role is Role.SECRETARY and not member.holds_seat:
        notes.append("non-voting")
    elif member.present and not member.holds_seat:
        notes.append("no vote")
    if member.arrived_at:
        notes.append(f"arrived {time_text(member.arrived_at)}")
    if member.departed_at:
        notes.append(f"left {time_text(member.departed_at)}")
    return "; ".join(notes)


def resolution_short(item: ItemMinutes, authority: Authority) -> str:
    """An item's resolution in a few words, for the table at a glance."""
    if item.note == "no_quorum" or item.status == ItemStatus.NO_QUORUM:
        return "not decided (no quorum)"
    if item.decision is None:
        return "not decided (no motion adopted)"
    text = RESOLVED[authority][item.decision.outcome].lower()
    if item.decision.conditions:
        text += f" ({len(item.decision.conditions)})"
    return text


def workers_text(item: ItemMinutes) -> str:
    """Workers approved of workers requested (``– / N`` when none were approved)."""
    d = item.decision
    if d is None or d.outcome not in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
        return f"– / {item.request.workers_requested}"
    return f"{d.workers} / {item.request.workers_requested}"


def turnout_text(motion: MotionMinutes) -> str:
    """Who did not vote on a secret ballot, by name (who voted is not secret, only how), as markup."""
    if motion.did_not_vote is None:
        if not motion.did_not_vote_count:
            return "Every member entitled to vote cast a ballot."
        count = motion.did_not_vote_count
        members = "One member" if count == 1 else f"{count} members"
        return f"{members} entitled to vote cast no ballot; the record of this ballot does not say who."
    if not motion.did_not_vote:
        return "Every member entitled to vote cast a ballot."
    who = ", ".join(f"{markup(v.name)} ({CONSTITUENCY[v.constituency]})" for v in motion.did_not_vote)
    return f"<b>Did not vote:</b> {who}."
