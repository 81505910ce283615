"""The minutes' phrases: dates, money, rules, conditions and the short sentences built from data and words.

The word tables are :mod:`reports.words`; here they are put together with the minutes' figures, for the
renderer (:mod:`reports.minutes_pdf`) to lay out, in the language of the document being built
(:mod:`reports.i18n`): dates, figures and amounts in its formats, sentences from its catalogue. Results are
plain text, except :func:`turnout_text`, which returns markup with the names already escaped.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from tripartite import reasons
from tripartite.criteria import Family
from tripartite.gates import GateReason
from tripartite.meetings.minutes_data import Condition, ItemMinutes, Minutes, MotionMinutes, QuorumFigures
from tripartite.models import Authority, ConditionKind, Constituency, DecisionRule, ItemStatus, Outcome, Role
from tripartite.reports import i18n
from tripartite.reports.fonts import markup
from tripartite.reports.i18n import _, ngettext, pgettext
from tripartite.reports.words import (
    CONSTITUENCY,
    FAMILY,
    GATE_FIELDS,
    GATE_REASONS,
    MISSING_FIELDS,
    REPORTING,
    RESOLVED,
    RULE,
)


def day_text(value: str | None) -> str:
    """``2026-11-20`` → ``20 November 2026`` (``20 de noviembre de 2026``…)."""
    if not value:
        return "–"
    try:
        return i18n.date(value)
    except ValueError:
        return value


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
        # TRANSLATORS: a day and a time of the room's clock: "27 November 2026, 09:30".
        return _("{day}, {time}").format(day=i18n.date(moment.date()), time=moment.strftime("%H:%M"))
    moment = moment.astimezone(dt.UTC)
    # TRANSLATORS: a day and a time in UTC: "27 November 2026, 19:06 UTC".
    return _("{day}, {time} UTC").format(day=i18n.date(moment.date()), time=moment.strftime("%H:%M"))


def score_text(value: float | None) -> str:
    """A score to one decimal; a dash when there is none."""
    return "–" if value is None else i18n.number(value, 1)


def money_text(value: float, currency: str) -> str:
    """An amount with its currency, as the document's language writes it (``€1,450.00``, ``1 450,00 €``)."""
    try:
        return i18n.money(value, currency)
    except ValueError:  # a code Babel does not know still prints
        return f"{i18n.number(value, 2)} {currency}"


def rule_text(rule: DecisionRule, minutes: Minutes) -> str:
    """A decision rule in words, with the figures the board's rules in force give it."""
    in_force = minutes.rules
    if rule is DecisionRule.GROUP_MAJORITY:
        return _("group majority ({required} of 3 constituency blocks)").format(required=in_force.groups_required)
    if rule is DecisionRule.QUALIFIED_MAJORITY:
        return _("qualified majority ({fraction} of the votes cast)").format(fraction=in_force.qualified_fraction)
    return RULE[rule]


def condition_text(condition: Condition, currency: str) -> str:
    """A condition's terms in words (kind and parameters; the due date is shown apart)."""
    p = condition.params
    kind = condition.kind
    if kind is ConditionKind.QUOTA:
        workers = int(p.get("workers") or 0)
        return ngettext("Quota: at most {count} worker", "Quota: at most {count} workers", workers).format(
            count=workers
        )
    if kind is ConditionKind.MAX_DURATION:
        months = int(p.get("months") or 0)
        return ngettext(
            "Maximum duration of the permits: {count} month", "Maximum duration of the permits: {count} months", months
        ).format(count=months)
    if kind is ConditionKind.WAGE_FLOOR:
        return _("Wage floor: at least {amount} a month").format(amount=money_text(float(p.get("amount", 0)), currency))
    if kind is ConditionKind.TRAINING:
        locals_ = int(p.get("locals") or 0)
        text = ngettext("Training of {count} local worker", "Training of {count} local workers", locals_).format(
            count=locals_
        )
        if p.get("hours"):
            hours = int(p["hours"])
            text += ngettext(", {count} hour each", ", {count} hours each", hours).format(count=hours)
        return text
    if kind is ConditionKind.LOCAL_HIRING:
        return _("Local hiring: at least {share} of the positions").format(share=i18n.percent(float(p.get("ratio", 0))))
    if kind is ConditionKind.HOUSING_STANDARD:
        if p.get("standard"):
            return _("Housing standard: {standard}").format(standard=p["standard"])
        return _("Housing standard")
    if kind is ConditionKind.INTEGRATION_SUPPORT:
        items = ", ".join(str(i).replace("_", " ") for i in p.get("items", []))
        if items:
            return _("Integration support package: {items}").format(items=items)
        return _("Integration support package")
    if kind is ConditionKind.RECRUITMENT_CHANNEL:
        if p.get("channel"):
            return _("Recruitment through {channel}").format(channel=p["channel"])
        return _("Recruitment through an approved channel")
    if kind is ConditionKind.REPORTING:
        frequency = str(p.get("frequency"))
        return _("Report to the board {frequency}").format(frequency=REPORTING.get(frequency, frequency))
    if kind is ConditionKind.NO_FEES_ATTESTATION:
        return _("Attestation that no recruitment fees are charged to the workers")
    rest = ", ".join(f"{k} {v}" for k, v in sorted(p.items()))  # a kind added later still prints its terms
    return f"{kind.value.replace('_', ' ')}: {rest}"


@cache
def _default_catalogue() -> tuple[str, dict[str, str]]:
    from tripartite.criteria_toml import load_catalogue

    catalogue = load_catalogue()
    return catalogue.name, {g.code: g.label for g in catalogue.gates}


def gate_label(code: str, label: str) -> str:
    """A gate's label: translated when it is the default catalogue's, else as the board's catalogue writes it."""
    if _default_catalogue()[1].get(code) == label:
        return pgettext("criterion", label)
    return label


def gate_reason(why: GateReason | None, english: str) -> str:
    """A gate's reason in the document's language, its figures formatted for it; ``english`` when it has no code."""
    if why is None or why.code not in GATE_REASONS:
        return reasons.gate_reason(english)
    shown = why.shown(
        field=lambda name: GATE_FIELDS.get(name, name.replace("_", " ")),
        fields=lambda names: ", ".join(MISSING_FIELDS.get(f, f.replace("_", " ")) for f in names),
        share=lambda value: i18n.number(value, 2),
        number=lambda value: i18n.number(value, 2 if value != int(value) else 0),
    )
    try:
        return GATE_REASONS[why.code].format(**shown)
    except (KeyError, IndexError, ValueError):
        return reasons.gate_reason(english)


def catalogue_name(name: str) -> str:
    """The criteria catalogue's name: translated when it is the default catalogue's, else as written."""
    return pgettext("criterion", name) if name == _default_catalogue()[0] else name


def missing_groups(q: QuorumFigures) -> str:
    """``; not represented: …`` for the constituencies a quorum lacks, else nothing."""
    if not q.groups_missing:
        return ""
    return _("; not represented: {groups}").format(groups=", ".join(CONSTITUENCY[g] for g in q.groups_missing))


def fragile_text(code: str) -> str:
    """What a sensitivity code names: a family weight, or a constituency's weight profile."""
    if code.startswith("profile:"):
        group = CONSTITUENCY[Constituency(code.split(":", 1)[1])].lower()
        return _("the weight profile of the {group}").format(group=group)
    try:
        return _("the weight of {family}").format(family=FAMILY[Family(code)].lower())
    except ValueError:
        return code


def attendee_note(member: Any) -> str:
    """The notes of one attendee: alternate for whom, no vote, arrival and departure."""
    notes = []
    if member.alternate_of_name:
        notes.append(_("alternate for {name}").format(name=member.alternate_of_name))
    if member.role is Role.SECRETARY and not member.holds_seat:
        notes.append(_("non-voting"))
    elif member.present and not member.holds_seat:
        notes.append(_("no vote"))
    if member.arrived_at:
        notes.append(_("arrived {time}").format(time=time_text(member.arrived_at)))
    if member.departed_at:
        notes.append(_("left {time}").format(time=time_text(member.departed_at)))
    return "; ".join(notes)


def resolution_short(item: ItemMinutes, authority: Authority) -> str:
    """An item's resolution in a few words, for the table at a glance."""
    if item.note == "no_quorum" or item.status == ItemStatus.NO_QUORUM:
        return _("not decided (no quorum)")
    if item.decision is None:
        return _("not decided (no motion adopted)")
    text = RESOLVED[authority][item.decision.outcome].lower()
    if item.decision.conditions:
        count = len(item.decision.conditions)
        text += " " + ngettext("({count} condition)", "({count} conditions)", count).format(count=count)
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
            return _("Every member entitled to vote cast a ballot.")
        count = motion.did_not_vote_count
        return ngettext(
            "One member entitled to vote cast no ballot; the record of this ballot does not say who.",
            "{count} members entitled to vote cast no ballot; the record of this ballot does not say who.",
            count,
        ).format(count=count)
    if not motion.did_not_vote:
        return _("Every member entitled to vote cast a ballot.")
    who = ", ".join(f"{markup(v.name)} ({CONSTITUENCY[v.constituency]})" for v in motion.did_not_vote)
    return _("<b>Did not vote:</b> {names}.").format(names=who)
