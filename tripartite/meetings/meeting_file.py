"""A held meeting's TOML file, checked whole into a :class:`Plan` before anything is written (DESIGN §8.3, §8.4).

An unknown member, a vote or a score by an absent, recused or non-voting member, an unknown criterion, a
score outside 0/10/20, a request not in the database or a motion after an adopted one each become a
problem naming its key and line; :func:`check_file` collects them all and raises them together.

This module is over 500 lines on purpose: it is one class reading one file, whose methods share the
problem list and the line locator; cut in two, each half would need the other's state.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tripartite import conditions, criteria, rules, scoring, tomlfile
from tripartite.board import BoardConfig
from tripartite.errors import InputError, Problem
from tripartite.meetings.attendance import seats_of
from tripartite.models import BallotMode, Constituency, Outcome, RequestStatus, Role, Vote
from tripartite.request_schema import MAX_AMOUNT
from tripartite.text import CONTROL_RULE, control_in

_MEETING_KEYS = {"title", "date", "place", "present", "apologies"}
_ITEM_KEYS = {"request", "recused", "recusal_reasons", "scores", "score_comments", "attest", "motion", "dissent"}
_MOTION_KEYS = {"outcome", "workers", "conditions", "votes", "comments", "tally", "proposed_by"}


@dataclass
class _Motion:
    outcome: Outcome
    workers: int | None
    conditions: list[dict[str, Any]]
    votes: dict[str, Vote]
    comments: dict[str, str]
    tally: rules.Tally | None
    proposed_by: str | None


@dataclass
class _Item:
    index: int
    reference: str
    request: dict[str, Any]
    recused: list[str]
    reasons: dict[str, str]
    scores: dict[str, dict[str, int]]
    comments: dict[str, dict[str, str]]
    attest: dict[str, bool]
    motions: list[_Motion]
    dissents: list[tuple[str, str]]


@dataclass
class Plan:
    """A checked meeting file: the meeting, its attendance and its items, ready to be recorded."""

    title: str
    date: str
    place: str | None
    present: list[str]
    apologies: list[str]
    items: list[_Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_file(
    raw: dict[str, Any], text: str, name: str, db: Database, config: BoardConfig, catalogue: criteria.Catalogue
) -> Plan:
    """Check a parsed meeting file whole and return its plan.

    Args:
        raw: the file's parsed TOML.
        text: its text, to find each problem's line.
        name: how problems name the file.
        db: the database (its requests and members).
        config: the board.
        catalogue: the criteria catalogue in force.

    Raises:
        InputError: every problem in the file.
    """
    return _Checker(name, tomlfile.Locator(text), db, config, catalogue).check(raw)


class _Checker:
    """Checks a meeting file whole, collecting every problem with its key and line."""

    def __init__(
        self, name: str, locator: tomlfile.Locator, db: Database, config: BoardConfig, catalogue: criteria.Catalogue
    ):
        self.name, self.locator, self.db, self.config, self.catalogue = name, locator, db, config, catalogue
        self.problems: list[Problem] = []
        self.members = {m.id: m for m in config.members}
        self.procedure = rules.Rules.of(config)
        self.seats = seats_of(config)
        self.motion_base = 0  # [[item.motion]] tables seen before the current item
        self.dissent_base = 0  # [[item.dissent]] tables seen before the current item

    def fail(
        self, where: str, table: str, index: int, key: str, code: str, value: object = "", /, **params: object
    ) -> None:
        # Positional-only up to value: a message parameter may have any name (conditions pass a dict of them).
        shown = "" if value == "" else str(value)
        self.problems.append(Problem(self.name, self.locator.line(table, index, key), where, code, shown, params))

    def ids(self, where: str, table: str, index: int, key: str, value: Any) -> list[str]:
        if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
            self.fail(where, table, index, key, "wrong_type", value, expected="a list of member ids")
            return []
        for member_id in value:
            if member_id not in self.members:
                self.fail(where, table, index, key, "unknown_member", member_id)
        return [v for v in value if v in self.members]

    def text(
        self, where: str, table: str, index: int, key: str, value: Any, *, multiline: bool = False
    ) -> str | None:
        """A TOML string without forbidden control characters, or None after reporting it (see :mod:`text`)."""
        if not isinstance(value, str):
            self.fail(where, table, index, key, "wrong_type", value, expected="text")
            return None
        if char := control_in(value, multiline=multiline):
            self.fail(where, table, index, key, "control_character", value, char=char, rule=CONTROL_RULE[multiline])
            return None
        return value

    def check(self, raw: dict[str, Any]) -> Plan:
        for key in raw:
            if key not in ("meeting", "item"):
                self.fail(key, key, 0, "", "unknown_key", key)
        head = raw.get("meeting")
        if not isinstance(head, dict):
            self.fail("meeting", "meeting", 0, "", "missing_key")
            raise InputError(self.problems)
        for key in head:
            if key not in _MEETING_KEYS:
                self.fail(f"meeting.{key}", "meeting", 0, key, "unknown_key", key)
        for key in ("title", "date", "present"):
            if key not in head:
                self.fail(f"meeting.{key}", "meeting", 0, key, "missing_key")
        date = head.get("date", "")
        # A TOML date literal or its ISO text; a datetime is not a date (its isoformat would pass as one).
        date_text = date.isoformat() if isinstance(date, dt.date) and not isinstance(date, dt.datetime) else ""
        if isinstance(date, str):
            date_text = date
        try:
            dt.date.fromisoformat(date_text)
        except ValueError:
            self.fail("meeting.date", "meeting", 0, "date", "not_date", date)
        title = self.text("meeting.title", "meeting", 0, "title", head["title"]) if "title" in head else ""
        if title is not None and "title" in head and not title.strip():
            self.fail("meeting.title", "meeting", 0, "title", "wrong_type", expected="non-empty text")
        place = head.get("place")
        if place is not None:
            place = self.text("meeting.place", "meeting", 0, "place", place)
        present = self.ids("meeting.present", "meeting", 0, "present", head.get("present", []))
        apologies = self.ids("meeting.apologies", "meeting", 0, "apologies", head.get("apologies", []))
        plan = Plan(title or "", date_text, place, present, apologies)
        items = raw.get("item", [])
        seen_requests: set[str] = set()
        for index, entry in enumerate(items if isinstance(items, list) else []):
            item = self._item(index, entry, present, plan)
            if item is not None:
                if item.reference in seen_requests:
                    self.fail(f"item[{index}].request", "item", index, "request", "duplicate_item", item.reference)
                seen_requests.add(item.reference)
                plan.items.append(item)
        if self.problems:
            raise InputError(self.problems)
        return plan

    def _table(self, where: str, table: str, index: int, key: str, value: Any, expected: str) -> dict[str, Any]:
        """A TOML table value, or {} after reporting that it is not one."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(where, table, index, key, "wrong_type", value, expected=expected)
            return {}
        return value

    def _item(self, index: int, entry: Any, present: list[str], plan: Plan) -> _Item | None:
        where = f"item[{index}]"
        if not isinstance(entry, dict):
            self.fail(where, "item", index, "", "wrong_type", expected="a table")
            return None
        for key in entry:
            if key not in _ITEM_KEYS:
                self.fail(f"{where}.{key}", "item", index, key, "unknown_key", key)
        reference = entry.get("request")
        if "request" not in entry:
            self.fail(f"{where}.request", "item", index, "request", "missing_key")
            self._skip(entry)
            return None
        if not isinstance(reference, str):
            # A list, a table or a number is no reference (and SQLite cannot even be asked about one).
            self.fail(f"{where}.request", "item", index, "request", "wrong_type", reference, expected="a reference")
            self._skip(entry)
            return None
        rows = list(self.db.query("SELECT * FROM requests WHERE reference = ?", [reference]))
        if not rows:
            self.fail(f"{where}.request", "item", index, "request", "unknown_request", reference)
            self._skip(entry)
            return None
        request = rows[0]
        if request["status"] not in (RequestStatus.PENDING.value, RequestStatus.DEFERRED.value):
            self.fail(
                f"{where}.request", "item", index, "request", "request_state", reference, status=request["status"]
            )
        recused = self.ids(f"{where}.recused", "item", index, "recused", entry.get("recused", []))
        reasons = self._table(
            f"{where}.recusal_reasons",
            "item",
            index,
            "recusal_reasons",
            entry.get("recusal_reasons"),
            "a table of member id = reason",
        )
        entitled = {s.member_id: s.constituency for s in rules.entitled(self.seats, present, recused, self.procedure)}
        scores, comments = self._scores(where, index, entry, present, recused)
        attest: dict[str, bool] = {}
        attestation_gates = {g.code for g in self.catalogue.gates if g.kind == "attestation"}
        raw_attest = self._table(
            f"{where}.attest", "item", index, "attest", entry.get("attest"), "a table like { G6 = true, G7 = true }"
        )
        for gate, answer in raw_attest.items():
            if gate not in attestation_gates or not isinstance(answer, bool):
                self.fail(
                    f"{where}.attest.{gate}",
                    "item",
                    index,
                    "attest",
                    "bad_choice",
                    gate,
                    allowed="G6 = true|false, G7 = true|false",
                )
            else:
                attest[gate] = answer
        motions = self._motions(where, index, entry, request, entitled, present, recused, plan)
        dissents = []
        raw_dissents = entry.get("dissent", [])
        for number, dissent in enumerate(raw_dissents if isinstance(raw_dissents, list) else [None]):
            member_id = dissent.get("member") if isinstance(dissent, dict) else None
            spot = self._dissent_spot(index, number)
            if (
                not isinstance(dissent, dict)
                or not isinstance(dissent.get("text"), str)
                or not isinstance(member_id, str)
            ):
                bad_key = "member" if isinstance(dissent, dict) and not isinstance(member_id, str) else "text"
                self.fail(
                    f"{where}.dissent[{number}]",
                    *spot,
                    bad_key if spot[0] == "item.dissent" else "dissent",
                    "wrong_type",
                    "",
                    expected="[[item.dissent]] tables with member and text",
                )
            elif member_id not in entitled:
                self.fail(
                    f"{where}.dissent[{number}].member",
                    *spot,
                    "member" if spot[0] == "item.dissent" else "dissent",
                    "not_entitled",
                    member_id,
                    why=self._why_words(member_id, present, recused),
                )
            elif self.text(
                f"{where}.dissent[{number}].text",
                *spot,
                "text" if spot[0] == "item.dissent" else "dissent",
                dissent["text"],
                multiline=True,
            ):
                dissents.append((member_id, dissent["text"]))
        self.dissent_base += len(raw_dissents) if isinstance(raw_dissents, list) else 0
        for member_id, reason in reasons.items():
            self.text(
                f"{where}.recusal_reasons.{member_id}",
                "item",
                index,
                "recusal_reasons",
                reason,
                multiline=True,
            )
        return _Item(
            index,
            str(reference),
            request,
            recused,
            {k: str(v) for k, v in reasons.items()},
            scores,
            comments,
            attest,
            motions,
            dissents,
        )

    def _skip(self, entry: dict[str, Any]) -> None:
        """Count the motion and dissent tables of an item that is not checked further (their lines follow)."""
        for key in ("motion", "dissent"):
            tables = entry.get(key)
            if isinstance(tables, list):
                if key == "motion":
                    self.motion_base += len(tables)
                else:
                    self.dissent_base += len(tables)

    def _dissent_spot(self, index: int, number: int) -> tuple[str, int]:
        """Where a dissent is written: its own ``[[item.dissent]]`` table, else inline in the item."""
        spot = ("item.dissent", self.dissent_base + number)
        return spot if self.locator.line(*spot) else ("item", index)

    def _who_may_act(self, member_id: str, present: list[str], recused: list[str]) -> str | None:
        """Why a member may not vote or score on the item, or None when they may."""
        member = self.members[member_id]
        if member.role is Role.SECRETARY and not self.config.secretary_votes:
            return "the secretary does not vote"
        if member_id not in present:
            return "absent"
        if member_id in recused:
            return "recused"
        entitled = {s.member_id for s in rules.entitled(self.seats, present, recused, self.procedure)}
        return None if member_id in entitled else "holds no seat"

    def _why_words(self, member_id: Any, present: list[str], recused: list[str]) -> str:
        if member_id not in self.members:
            return "not a member"
        return self._who_may_act(member_id, present, recused) or "not entitled"

    def _scores(
        self, where: str, index: int, entry: dict[str, Any], present: list[str], recused: list[str]
    ) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, str]]]:
        scores: dict[str, dict[str, int]] = {}
        raw = self._table(
            f"{where}.scores",
            "item",
            index,
            "scores",
            entry.get("scores"),
            "a table of member id = { criterion = points }",
        )
        for member_id, sheet in raw.items():
            key = f"{where}.scores.{member_id}"
            line_key = f"scores.{member_id}"
            if member_id not in self.members:
                self.fail(key, "item", index, line_key, "unknown_member", member_id)
                continue
            if why := self._who_may_act(member_id, present, recused):
                self.fail(key, "item", index, line_key, "not_entitled", member_id, why=why)
                continue
            if not isinstance(sheet, dict):
                self.fail(key, "item", index, line_key, "wrong_type", sheet, expected="{ criterion = points, … }")
                continue
            problems = scoring.check_scores(sheet, {}, {}, self.catalogue, require_comments=False)
            for problem in problems:
                self.fail(f"{key}.{problem.criterion}", "item", index, line_key, problem.code, problem.value)
            if not problems:
                scores[member_id] = dict(sheet)
        comments: dict[str, dict[str, str]] = {}
        raw_comments = self._table(
            f"{where}.score_comments",
            "item",
            index,
            "score_comments",
            entry.get("score_comments"),
            "a table of member id = { criterion = text }",
        )
        for member_id, texts in raw_comments.items():
            place = (f"{where}.score_comments.{member_id}", "item", index, f"score_comments.{member_id}")
            if not isinstance(texts, dict) or any(not isinstance(t, str) for t in texts.values()):
                self.fail(*place, "wrong_type", texts, expected="{ criterion = text }")
            else:
                checked = [self.text(f"{place[0]}.{c}", *place[1:], t, multiline=True) for c, t in texts.items()]
                if None not in checked:
                    comments[member_id] = dict(texts)
        return scores, comments

    def _motions(
        self,
        where: str,
        index: int,
        entry: dict[str, Any],
        request: dict[str, Any],
        entitled: dict[str, Constituency],
        present: list[str],
        recused: list[str],
        plan: Plan,
    ) -> list[_Motion]:
        motions: list[_Motion] = []
        adopted_at: int | None = None
        raw_motions = entry.get("motion", [])
        if not isinstance(raw_motions, list):
            self.fail(f"{where}.motion", "item", index, "motion", "wrong_type", "", expected="[[item.motion]] tables")
            raw_motions = []
        quorum = rules.quorum(
            rules.seat_count(self.seats, self.procedure),
            [s for s in self.seats if s.member_id in entitled],
            self.procedure,
        )
        chair = next((m.id for m in self.config.members if m.role is Role.CHAIR and m.active), None)
        requested = request["workers_requested"]
        for number, raw in enumerate(raw_motions):
            key = f"{where}.motion[{number}]"
            # The locator numbers [[item.motion]] tables through the whole file.
            spot = ("item.motion", self.motion_base + number)
            if not isinstance(raw, dict):
                self.fail(key, *spot, "", "wrong_type", "", expected="a table")
                continue
            for k in raw:
                if k not in _MOTION_KEYS:
                    self.fail(f"{key}.{k}", *spot, k, "unknown_key", k)
            outcome_value = raw.get("outcome")
            try:
                if not isinstance(outcome_value, str):
                    raise ValueError(outcome_value)  # as Outcome() itself would
                outcome = Outcome(outcome_value)
            except ValueError:
                self.fail(
                    f"{key}.outcome", *spot, "outcome", "bad_choice", raw.get("outcome"), allowed=", ".join(Outcome)
                )
                continue
            approving = outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS)
            workers = raw.get("workers")
            if workers is not None and (
                isinstance(workers, bool)
                or not isinstance(workers, int)
                or not (1 if approving else 0) <= workers <= requested
            ):
                self.fail(
                    f"{key}.workers",
                    *spot,
                    "workers",
                    "workers_range",
                    workers,
                    low=1 if approving else 0,
                    max=requested,
                )
            motion_conditions = raw.get("conditions", [])
            if not isinstance(motion_conditions, list) or any(not isinstance(c, dict) for c in motion_conditions):
                self.fail(
                    f"{key}.conditions",
                    *spot,
                    "conditions",
                    "wrong_type",
                    motion_conditions,
                    expected="a list of { kind = …, … } tables",
                )
                motion_conditions = []
            for c_index, condition in enumerate(motion_conditions):
                if self._condition_values(f"{key}.conditions[{c_index}]", spot, condition):
                    continue
                for c_key, code, value, params in conditions.check_condition(condition, requested):
                    self.fail(f"{key}.conditions[{c_index}].{c_key}", *spot, "conditions", code, value, **params)
            proposed_by = raw.get("proposed_by")
            if proposed_by is not None and not isinstance(proposed_by, str):
                self.fail(f"{key}.proposed_by", *spot, "proposed_by", "wrong_type", proposed_by, expected="a member id")
                proposed_by = None
            elif proposed_by is not None and proposed_by not in self.members:
                self.fail(f"{key}.proposed_by", *spot, "proposed_by", "unknown_member", proposed_by)
                proposed_by = None
            votes = self._votes(key, spot, raw.get("votes"), present, recused)
            comments = self._table(
                f"{key}.comments", *spot, "comments", raw.get("comments"), "a table of member id = text"
            )
            for member_id, text in comments.items():
                place = (f"{key}.comments.{member_id}", *spot, f"comments.{member_id}")
                if self.text(*place, text, multiline=True) is None:
                    continue  # not text, or a control character: reported
                if member_id not in votes:
                    self.fail(
                        f"{key}.comments.{member_id}",
                        *spot,
                        f"comments.{member_id}",
                        "not_entitled",
                        member_id,
                        why="an explanation of vote needs a vote",
                    )
            tally = self._tally(key, spot, raw.get("tally"), entitled)
            if adopted_at is not None:
                self.fail(key, *spot, "", "after_adopted", number + 1, adopted=adopted_at + 1)
            motions.append(
                _Motion(
                    outcome,
                    workers,
                    list(motion_conditions),
                    votes,
                    {m: t for m, t in comments.items() if isinstance(t, str)},
                    tally,
                    proposed_by,
                )
            )
            if quorum.met and adopted_at is None:
                counted = tally or rules.tally_votes(votes, entitled)
                chair_vote = votes.get(chair) if chair in entitled else None
                if rules.decide(counted, self.procedure, chair_vote).adopted:
                    adopted_at = number
            identifying = rules.identifying_groups(tally or rules.tally_votes(votes, entitled))
            if self.config.ballot is BallotMode.SECRET and identifying:
                plan.warnings.append(
                    f"{self.name}:{where} {request['reference']} motion {number + 1}: the "
                    f"{', '.join(identifying)} tally identifies a single member's vote"
                )
        self.motion_base += len(raw_motions)
        return motions

    def _votes(
        self, key: str, spot: tuple[str, int], raw: Any, present: list[str], recused: list[str]
    ) -> dict[str, Vote]:
        votes: dict[str, Vote] = {}
        table = self._table(f"{key}.votes", *spot, "votes", raw, "a table of member id = for|against|abstain")
        for member_id, vote in table.items():
            where = f"{key}.votes.{member_id}"
            if member_id not in self.members:
                self.fail(where, *spot, f"votes.{member_id}", "unknown_member", member_id)
            elif why := self._who_may_act(member_id, present, recused):
                self.fail(where, *spot, f"votes.{member_id}", "not_entitled", member_id, why=why)
            elif not isinstance(vote, str) or vote not in set(Vote):
                self.fail(where, *spot, f"votes.{member_id}", "bad_choice", vote, allowed="for, against, abstain")
            else:
                votes[member_id] = Vote(vote)
        return votes

    def _condition_values(self, key: str, spot: tuple[str, int], condition: dict[str, Any]) -> bool:
        """Report numbers no condition can hold (NaN, infinities, negative or absurd) and control characters.

        The kinds' own rules (:func:`conditions.check_condition`) say which keys a condition takes; this
        says what no value of any condition may be. Returns True when something was reported.
        """
        reported = False
        for c_key, value in condition.items():
            where = f"{key}.{c_key}"
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                continue  # the kind's rules report a wrong type
            if isinstance(value, str):
                reported |= self.text(where, *spot, "conditions", value, multiline=True) is None
            elif not math.isfinite(value):
                self.fail(where, *spot, "conditions", "bad_number", value)
                reported = True
            elif value < 0:
                self.fail(where, *spot, "conditions", "too_small", value, min=0)
                reported = True
            elif value > MAX_AMOUNT:
                self.fail(where, *spot, "conditions", "too_large", value, max=MAX_AMOUNT)
                reported = True
        return reported

    def _tally(
        self, key: str, spot: tuple[str, int], raw: Any, entitled: dict[str, Constituency]
    ) -> rules.Tally | None:
        if raw is None:
            return None
        if self.config.ballot is not BallotMode.SECRET:
            self.fail(
                f"{key}.tally",
                *spot,
                "tally",
                "rule_conflict",
                "",
                reason="a bare tally is for secret ballots; this board votes by name",
            )
            return None
        tally = rules.empty_tally()
        raw = self._table(f"{key}.tally", *spot, "tally", raw, "{ government = { for = n, … }, … }")
        for group, counts in raw.items():
            if group not in tally or not isinstance(counts, dict):
                self.fail(
                    f"{key}.tally.{group}",
                    *spot,
                    f"tally.{group}",
                    "bad_choice",
                    group,
                    allowed=", ".join(Constituency),
                )
                continue
            for vote, count in counts.items():
                if vote not in tally[group] or isinstance(count, bool) or not isinstance(count, int) or count < 0:
                    self.fail(
                        f"{key}.tally.{group}.{vote}",
                        *spot,
                        f"tally.{group}",
                        "wrong_type",
                        count,
                        expected="for/against/abstain counts",
                    )
                    continue
                tally[group][vote] = count
            seated = sum(1 for c in entitled.values() if c.value == group)
            if sum(tally[group].values()) > seated:
                self.fail(
                    f"{key}.tally.{group}", *spot, f"tally.{group}", "too_large", sum(tally[group].values()), max=seated
                )
        return tally
