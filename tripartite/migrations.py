"""The schema: every migration of the SQLite store, in order (DESIGN §2), and the register's search columns.

Every schema change goes through :data:`migrations` (sqlite-utils ``Migrations``), which
:func:`tripartite.store.open_db` applies; old migrations are never edited, a change is a new one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from tripartite import audit

migrations = Migrations("tripartite")

# Text fields of a request that the register's search box looks in (FTS5).
REQUEST_FTS_COLUMNS = ("reference", "employer_name", "employer_id", "job_title", "region", "notes")


@migrations()
def m001_core(db: Database) -> None:
    """Create every table of the domain model (DESIGN §2)."""
    db.table("board").create(
        {
            "id": int,  # always 1: one board per database
            "name": str,
            "country": str,
            "currency": str,
            "authority": str,
            "legal_basis": str,
            "decision_rule": str,
            "groups_required": int,
            "qualified_fraction": str,
            "consensus_fallback": str,
            "casting_vote": int,
            "quorum": str,
            "ballot": str,
            "secretary_votes": int,
            "signatories": str,  # JSON list of roles
            "shortage_list": str,  # JSON list of ISCO codes
            "statutory_minimum_wage": float,
            "reliance_cap": float,
            "criteria": str,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "country", "authority", "decision_rule", "quorum", "ballot"},
    )
    db.table("members").create(
        {
            "id": str,
            "name": str,
            "constituency": str,
            "role": str,
            "alternate_of": str,
            "active": int,
            "pin_hash": bytes,
            "pin_salt": bytes,
            "failed_pins": int,
            "locked_until": str,
        },
        pk="id",
        not_null={"name", "constituency", "role", "active"},
        defaults={"active": 1, "failed_pins": 0},
        foreign_keys=[("alternate_of", "members", "id")],
    )
    db.table("requests").create(
        {
            "id": int,
            "reference": str,
            "employer_name": str,
            "employer_id": str,
            "sector_isic": str,
            "occupation_isco": str,
            "job_title": str,
            "region": str,
            "workers_requested": int,
            "duration_months": int,
            "wage_offered": float,
            "prevailing_wage": float,
            "currency": str,
            "origin_countries": str,
            "vacancy_advertised_days": int,
            "recruitment_channels": int,
            "local_applicants": int,
            "local_hired": int,
            "local_jobs_created": int,
            "local_trainees": int,
            "layoffs_last_12m": int,
            "compliance_violations_3y": int,
            "labour_dispute": int,
            "housing_provided": int,
            "housing_inspected": int,
            "fees_charged_to_workers": float,
            "integration_support": str,
            "firm_employees": int,
            "firm_foreign_employees": int,
            "submitted_on": str,
            "notes": str,
            "status": str,
            "created_at": str,
        },
        pk="id",
        not_null={
            "reference",
            "employer_name",
            "sector_isic",
            "occupation_isco",
            "region",
            "workers_requested",
            "duration_months",
            "wage_offered",
            "prevailing_wage",
            "currency",
            "status",
        },
        defaults={"status": "pending"},
    )
    db.table("requests").create_index(["reference"], unique=True)
    db.table("request_history").create(
        {"id": int, "request_id": int, "at": str, "from_status": str, "to_status": str, "actor": str, "note": str},
        pk="id",
        not_null={"request_id", "at", "to_status"},
        foreign_keys=[("request_id", "requests", "id")],
    )
    db.table("criteria_catalogues").create(
        {"version": str, "name": str, "toml": str, "created_at": str}, pk="version", not_null={"toml"}
    )
    db.table("meetings").create(
        {
            "id": int,
            "title": str,
            "date": str,
            "place": str,
            "status": str,
            "opened_at": str,
            "closed_at": str,
            "criteria_version": str,
            "rules": str,  # JSON snapshot of the rules of procedure in force
            "amends": int,
            "created_at": str,
        },
        pk="id",
        not_null={"title", "date", "status"},
        defaults={"status": "draft"},
        foreign_keys=[("criteria_version", "criteria_catalogues", "version"), ("amends", "meetings", "id")],
    )
    db.table("attendance").create(
        {"meeting_id": int, "member_id": str, "present": int, "apologies": int, "arrived_at": str, "departed_at": str},
        pk=("meeting_id", "member_id"),
        not_null={"present"},
        foreign_keys=[("meeting_id", "meetings", "id"), ("member_id", "members", "id")],
    )
    db.table("agenda_items").create(
        {
            "id": int,
            "meeting_id": int,
            "request_id": int,
            "position": int,
            "status": str,
            "quorum_met": int,
            "note": str,
        },
        pk="id",
        not_null={"meeting_id", "request_id", "position", "status"},
        defaults={"status": "pending"},
        foreign_keys=[("meeting_id", "meetings", "id"), ("request_id", "requests", "id")],
    )
    db.table("agenda_items").create_index(["meeting_id", "request_id"], unique=True)
    db.table("recusals").create(
        {"item_id": int, "member_id": str, "reason": str},
        pk=("item_id", "member_id"),
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    db.table("attestations").create(
        {"item_id": int, "gate": str, "answer": int, "member_id": str, "at": str},
        pk=("item_id", "gate"),
        not_null={"answer"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    db.table("scores").create(
        {"item_id": int, "member_id": str, "criterion": str, "points": int, "comment": str, "at": str},
        pk=("item_id", "member_id", "criterion"),
        not_null={"points"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    db.table("motions").create(
        {
            "id": int,
            "item_id": int,
            "round": int,
            "outcome": str,
            "workers": int,
            "proposed_by": str,
            "status": str,  # draft | open | revealed
            "adopted": int,
            "rule": str,
            "note": str,
            "casting_vote_used": int,
            "tally": str,  # JSON {constituency: {for, against, abstain}}
            "opened_at": str,
            "revealed_at": str,
        },
        pk="id",
        not_null={"item_id", "round", "outcome", "status"},
        defaults={"status": "draft"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("proposed_by", "members", "id")],
    )
    db.table("conditions").create(
        {
            "id": int,
            "motion_id": int,
            "position": int,
            "kind": str,
            "params": str,
            "due_on": str,
            "verification_note": str,
        },
        pk="id",
        not_null={"motion_id", "kind"},
        foreign_keys=[("motion_id", "motions", "id")],
    )
    db.table("ballots").create(
        {"motion_id": int, "member_id": str, "vote": str, "comment": str, "cast_at": str},
        pk=("motion_id", "member_id"),
        not_null={"vote"},
        foreign_keys=[("motion_id", "motions", "id"), ("member_id", "members", "id")],
    )
    db.table("decisions").create(
        {
            "item_id": int,
            "motion_id": int,
            "outcome": str,
            "workers": int,
            "rule": str,
            "quorum": str,  # JSON figures
            "tally": str,  # JSON by constituency
            "casting_vote_used": int,
            "reasons": str,
            "valid_until": str,
            "decided_at": str,
        },
        pk="item_id",
        not_null={"outcome", "rule"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("motion_id", "motions", "id")],
    )
    db.table("dissents").create(
        {"id": int, "item_id": int, "member_id": str, "text": str, "filed_at": str},
        pk="id",
        not_null={"item_id", "member_id", "text", "filed_at"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    db.table("minutes").create(
        {
            "id": int,
            "meeting_id": int,
            "kind": str,
            "amends": int,
            "sha256": str,
            "pdf": bytes,
            "created_at": str,
            "locked": int,
        },
        pk="id",
        not_null={"meeting_id", "kind", "created_at"},
        defaults={"kind": "original", "locked": 0},
        foreign_keys=[("meeting_id", "meetings", "id"), ("amends", "minutes", "id")],
    )
    db.table("signatures").create(
        {"minutes_id": int, "role": str, "signer": str, "signed_at": str, "sha256": str},
        pk=("minutes_id", "role"),
        foreign_keys=[("minutes_id", "minutes", "id")],
    )
    db.table("events").create(
        {"seq": int, "at": str, "actor": str, "action": str, "payload": str, "prev_hash": str, "hash": str},
        pk="seq",
        not_null={"at", "action", "payload", "prev_hash", "hash"},
    )


@migrations()
def m002_register_search(db: Database) -> None:
    """Indexes for the request register's filters, and its FTS5 text index.

    Only the two filter columns get an index: each secondary index multiplied the cost of a
    100,000-row import, while sorting by any other column scans the table in tens of milliseconds.
    The FTS table is external-content (no second copy of the text), tokenised with diacritics
    removed so "nunez" finds "Núñez". A bulk import pauses the per-row trigger through
    ``fts_paused`` and indexes its rows in one statement, inside the same transaction.
    """
    db.table("requests").create_index(["status"])
    db.table("requests").create_index(["occupation_isco"])
    db.table("request_history").create_index(["request_id"])
    db.table("agenda_items").create_index(["request_id"])
    db.table("fts_paused").create({"since_id": int})
    cols = ", ".join(REQUEST_FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in REQUEST_FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in REQUEST_FTS_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE requests_fts USING fts5({cols}, content='requests', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        f"CREATE TRIGGER requests_ai AFTER INSERT ON requests WHEN NOT EXISTS (SELECT 1 FROM fts_paused) "
        f"BEGIN INSERT INTO requests_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    db.execute(
        f"CREATE TRIGGER requests_ad AFTER DELETE ON requests BEGIN "
        f"INSERT INTO requests_fts(requests_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols}); END"
    )
    db.execute(
        f"CREATE TRIGGER requests_au AFTER UPDATE OF {cols} ON requests BEGIN "
        f"INSERT INTO requests_fts(requests_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols}); "
        f"INSERT INTO requests_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    # Requests already in the database (a store built by m001 alone) join the index now.
    db.execute("INSERT INTO requests_fts(requests_fts) VALUES ('rebuild')")


@migrations()
def m003_sealed_ballots_and_lockouts(db: Database) -> None:
    """A per-ballot nonce, and a member's lockout count.

    The nonce salts the ballot's digest in the audit log, so the log commits to each sealed ballot
    without revealing it (a bare hash of "for" could be guessed). The lockout count makes each PIN
    lockout twice as long as the last, and survives a restart.
    """
    db.table("ballots").add_column("nonce", str)
    db.table("members").add_column("lockouts", int, not_null_default=0)
    db.table("motions").create_index(["item_id"])
    db.table("ballots").create_index(["member_id"])


@migrations()
def m004_trusted_certificates(db: Database) -> None:
    """The certificates the board trusts, per member, and each signed revision of the minutes.

    A member may hold several certificates over the years (renewals), so a certificate is keyed by its
    SHA-256 fingerprint. Each signature row keeps the signed file it produced: the board holds its own
    legal record, and the next signatory signs exactly that revision.
    """
    db.table("trusted_certs").create(
        {
            "fingerprint": str,  # SHA-256 of the certificate (DER), hex
            "member_id": str,
            "subject": str,
            "role": str,  # the signatory role of identities made by `keys new`, else null
            "not_after": str,
            "pem": str,
            "added_at": str,
        },
        pk="fingerprint",
        not_null={"member_id", "pem", "added_at"},
        foreign_keys=[("member_id", "members", "id")],
    )
    db.table("trusted_certs").create_index(["member_id"])
    db.table("signatures").add_column("pdf", bytes)


@migrations()
def m005_authority_coverage_secret_ballots(db: Database) -> None:
    """Who acts and what the record covers (DESIGN §4, §6).

    PIN parameters and resets, recorded meetings and their presiding member, unlinked secret votes,
    kept import files; and a baseline event for the rows written before the log covered every table.

    - ``members.pin_params`` keeps each hash's scrypt parameters (null: the first wave's), and
      ``pin_reset_at``/``pin_reset_by`` that others reset the PIN, so the member is told at the next unlock.
    - ``meetings.recorded`` marks a meeting entered from a file; ``meetings.presiding`` the chair's stand-in.
    - ``voters`` says who voted on a secret motion; ``secret_votes`` holds the votes with no member and no
      time, keyed at random, so the file never links a member to a vote (``WITHOUT ROWID``: no insertion
      order either).
    - ``import_files`` keeps every imported file: its SHA-256 in the import's event commits to every row.
    """
    db.table("members").add_column("pin_params", str)
    db.table("members").add_column("pin_reset_at", str)
    db.table("members").add_column("pin_reset_by", str)
    db.table("meetings").add_column("recorded", int, not_null_default=0)
    db.table("meetings").add_column("presiding", str)
    db.table("voters").create(
        {"motion_id": int, "member_id": str, "cast_at": str},
        pk=("motion_id", "member_id"),
        not_null={"cast_at"},
        foreign_keys=[("motion_id", "motions", "id"), ("member_id", "members", "id")],
    )
    db.execute(
        "CREATE TABLE secret_votes (key TEXT PRIMARY KEY, motion_id INTEGER NOT NULL REFERENCES motions(id), "
        "constituency TEXT NOT NULL, vote TEXT NOT NULL, comment TEXT, chair INTEGER NOT NULL DEFAULT 0) "
        "WITHOUT ROWID"
    )
    db.execute("CREATE INDEX idx_secret_votes_motion ON secret_votes (motion_id)")
    db.table("import_files").create(
        {"id": int, "name": str, "sha256": str, "size": int, "data": bytes, "imported_at": str},
        pk="id",
        not_null={"name", "sha256", "data", "imported_at"},
    )
    if db.execute("SELECT EXISTS(SELECT 1 FROM events)").fetchone()[0]:
        audit.append_baseline(db)


@migrations()
def m006_board_language(db: Database) -> None:
    """The documents' language (DESIGN §14): a board made before it prints its minutes in English."""
    db.table("board").add_column("language", str, not_null_default="en")


@migrations()
def m007_conditions_followup(db: Database) -> None:
    """The conditions follow-up register (DESIGN §11), and the board's ``followup_default_days``.

    - ``followups``: one record per condition of an adopted decision (one per period for a recurring
      ``reporting`` condition), with its state, due date, kind and terms, and links to the request,
      the meeting, the agenda item and the condition.
    - ``followup_evidence``: the files filed for a record, kept in the database with their SHA-256.
    - ``board.followup_default_days`` is nullable: a board stored before it reads the default (180),
      and its row's digest in the audit log stays as it was.

    Decisions adopted before this migration get their records now, with one event that vouches for them.
    """
    from tripartite import followup  # the register's own rules make the records of earlier decisions

    db.table("board").add_column("followup_default_days", int)
    states = ", ".join(f"'{s.value}'" for s in followup.State)
    db.execute(
        "CREATE TABLE followups (id INTEGER PRIMARY KEY, "
        "request_id INTEGER NOT NULL REFERENCES requests(id), "
        "meeting_id INTEGER NOT NULL REFERENCES meetings(id), "
        "item_id INTEGER NOT NULL REFERENCES agenda_items(id), "
        "condition_id INTEGER NOT NULL REFERENCES conditions(id), "
        "period INTEGER, kind TEXT NOT NULL, terms TEXT NOT NULL, due_on TEXT NOT NULL, "
        f"state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ({states})), "
        "note TEXT, created_at TEXT NOT NULL, settled_at TEXT, "
        "UNIQUE (condition_id, period))"
    )
    db.execute("CREATE INDEX idx_followups_due ON followups (due_on, id)")
    db.execute("CREATE INDEX idx_followups_request ON followups (request_id)")
    db.execute(
        "CREATE TABLE followup_evidence (id INTEGER PRIMARY KEY, "
        "followup_id INTEGER NOT NULL REFERENCES followups(id), "
        "name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, "
        "filed_at TEXT NOT NULL, note TEXT)"
    )
    db.execute("CREATE INDEX idx_followup_evidence_followup ON followup_evidence (followup_id)")
    items = [r[0] for r in db.execute("SELECT item_id FROM decisions ORDER BY item_id")]
    created = [i for item in items for i in followup.create_for_decision(db, item)]
    if created:
        audit.append(
            db,
            "followup.created_for_earlier_decisions",
            {"items": items, "followups": created},
            rows={"followups": audit.current_digests(db, "followups")},
        )
