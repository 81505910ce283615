"""Enumerations of the domain model (DESIGN §2). Values are the strings stored and exchanged in files."""

from __future__ import annotations

from enum import StrEnum


class Constituency(StrEnum):
    """The three groups of a tripartite board."""

    GOVERNMENT = "government"
    EMPLOYER = "employer"
    UNION = "union"


class Role(StrEnum):
    """A member's role on the board."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class Authority(StrEnum):
    """Whether the board decides, or only advises (then it issues opinions)."""

    DECIDES = "decides"
    ADVISES = "advises"


class RequestStatus(StrEnum):
    """Life cycle of a request dossier."""

    PENDING = "pending"
    ON_AGENDA = "on_agenda"
    DECIDED = "decided"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


class MeetingStatus(StrEnum):
    """Life cycle of a meeting."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    MINUTES_SIGNED = "minutes_signed"


class ItemStatus(StrEnum):
    """Life cycle of an agenda item: pending until a motion on it is adopted, or it is minuted without quorum."""

    PENDING = "pending"
    DECIDED = "decided"
    NO_QUORUM = "no_quorum"


class MotionStatus(StrEnum):
    """Life cycle of a motion: proposed (draft), put to the vote (open), counted (revealed)."""

    DRAFT = "draft"
    OPEN = "open"
    REVEALED = "revealed"


class Outcome(StrEnum):
    """What a motion proposes and a decision records."""

    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions"
    REJECT = "reject"
    DEFER = "defer"


class Vote(StrEnum):
    """A ballot's choice."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class DecisionRule(StrEnum):
    """The board's decision rule (DESIGN §4)."""

    CONSENSUS = "consensus"
    SIMPLE_MAJORITY = "simple_majority"
    QUALIFIED_MAJORITY = "qualified_majority"
    GROUP_MAJORITY = "group_majority"
    GROUP_WEIGHTED = "group_weighted"


class Quorum(StrEnum):
    """How quorum is counted."""

    HALF = "half"
    HALF_AND_EACH_GROUP = "half_and_each_group"


class BallotMode(StrEnum):
    """Whether individual votes are minuted."""

    NAMED = "named"
    SECRET = "secret"


class ConditionKind(StrEnum):
    """Kinds of condition attached to an approval."""

    QUOTA = "quota"
    MAX_DURATION = "max_duration"
    WAGE_FLOOR = "wage_floor"
    TRAINING = "training"
    LOCAL_HIRING = "local_hiring"
    HOUSING_STANDARD = "housing_standard"
    INTEGRATION_SUPPORT = "integration_support"
    RECRUITMENT_CHANNEL = "recruitment_channel"
    REPORTING = "reporting"
    NO_FEES_ATTESTATION = "no_fees_attestation"


INTEGRATION_ITEMS = ("language_course", "orientation", "health_info", "family_support", "skills_recognition")
