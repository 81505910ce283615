"""Every refusal code the core and ``reports`` raise, with the parameters each one carries.

A :class:`~tripartite.errors.Refusal` names why an action was refused by one of these codes, never by a
sentence (DESIGN §1: the core returns codes, the faces speak). Each face keeps the words for every code
here: the app in ``tripartite.ui.refusal_words``, the command line in :mod:`tripartite.cli_text`.
``tests/test_vocabulary.py`` holds the faces to this table, and scans every ``raise`` in ``tripartite/``
and ``reports/`` for a code registered here with exactly its parameters.

A refusal's ``str()`` is its log form, ``meeting_state(status='open', allowed=('draft',))``: for logs and
tracebacks, never for a user, so a face that shows ``str(exc)`` shows a code (a test forbids it).

A code means one thing: two refusals a user must act on differently get two codes. Parameters are data
(ids, counts, enum members, file names, a library's own reason); a face may leave out those it does
not need (the app never shows a member id).
"""

from __future__ import annotations

REFUSALS: dict[str, tuple[str, ...]] = {
    # ---- who may act (tripartite.authority.NotAuthorised)
    "needs_pins": (),  # two PIN proofs were expected
    "other_database": (),  # the authority was issued for another database file
    "same_member": (),  # the two PINs are the same member's
    "not_recorded": (),  # recording is only for a meeting created for it, still in draft
    "no_proof": (),  # no authority at all
    "stale": (),  # the PIN was typed too long ago
    "recording_only": (),  # a recording's authority is for its own meeting only
    "needs_pin": (),  # the operator (command line) cannot do what needs a member's PIN
    "not_yours": (),  # only the member themself, after their own PIN
    "needs_chair": (),  # only the member presiding the meeting
    "needs_officer": (),  # the chair's or the secretary's PIN
    "needs_both": (),  # a change of the rules: the chair's and the secretary's PINs
    "reset_needs_both": (),  # resetting a PIN: two officers other than the member
    "use_change": (),  # a member resetting their own PIN must change it instead
    "first_pin_needs_officer": (),  # a first PIN is set under an officer's PIN
    "stand_in_needs_pins": (),  # a stand-in is named with their own PIN and an officer's
    # ---- PINs (tripartite.pins.PinError)
    "unreadable_pin_hash": ("stored",),  # the stored hash parameters cannot be parsed
    "demo_pin": (),  # the PIN is one of the published demo PINs
    "weak_pin": ("min_digits",),
    "demo_pins_fresh_only": (),  # demo PINs on a board that is not a freshly loaded sample
    "wrong_pin": ("member", "remaining"),  # remaining: tries left before a lockout
    "locked_out": ("member", "seconds"),  # seconds: until the member may try again
    "no_pin": ("member",),
    # ---- the board (tripartite.board, board_settings, sample, criteria)
    "board_exists": (),
    "no_board": (),
    "unknown_member": ("member",),
    "catalogue_missing": ("version",),  # version: the first characters of its hash
    # ---- files (tripartite.exporter, reports.files)
    "unsupported_export": ("path",),  # not .csv or .xlsx
    "cannot_write": ("path", "reason"),  # reason: the operating system's
    "cannot_read": ("path", "reason"),
    "no_such_file": ("path", "what"),  # what: file, certificate, key file, minutes file
    # ---- the environment (tripartite.errors.DatabaseError): detail is SQLite's own message
    "database_busy": ("path", "detail"),  # another program holds the database
    "database_locked": ("path", "detail"),
    "out_of_memory": ("path", "detail"),
    "database_read_only": ("path", "detail"),
    "disk_io_error": ("path", "detail"),
    "database_damaged": ("path", "detail"),
    "disk_full": ("path", "detail"),
    "cannot_open_database": ("path", "detail"),
    "database_access_denied": ("path", "detail"),
    "not_a_database": ("path", "detail"),
    "cannot_create_folder": ("path", "reason"),
    "file_exists": ("path",),  # a backup never overwrites a file
    "secret_vote_in_progress": (),  # a backup taken during a secret vote would keep the votes' order
    # ---- meetings (tripartite.meeting.ProcedureError)
    "minutes_signed": ("meeting",),  # the meeting is read-only; only an amendment corrects it
    "no_item": ("item",),
    "no_motion": ("motion",),
    "not_found": (),  # a record asked for by id does not exist
    "meeting_state": ("status", "allowed"),  # status: a MeetingStatus; allowed: the statuses it needs
    "stand_in_not_member": ("member",),
    "stand_in_absent": ("member",),
    "vote_open": (),  # closing a meeting while a vote is open
    "motion_open": (),  # proposing while a motion on the item is being voted
    "request_state": ("reference", "status"),  # status: a RequestStatus
    "recusals_closed": (),  # recusals are recorded before voting on the item starts
    "attestations_closed": (),  # attestations are settled before voting on the item starts
    "item_closed": (),  # the item is decided or has no quorum
    "bad_workers": ("requested",),
    "bad_condition": ("kind", "key", "problem", "value"),  # problem: a problem code of conditions.check
    "no_quorum": (),
    "motion_state": ("status",),
    "vote_not_open": (),
    "not_entitled": ("member",),  # may not vote on the item (absent, recused, no seat)
    "already_voted": ("member",),
    "sealed": ("motion",),  # ballots asked for before the reveal (or ever, when secret)
    "votes_missing": ("missing",),  # missing: the ids of those who have not voted
    "recorded_only": (),  # a bare tally is taken only when recording a held meeting
    "dissent_closed": ("closes",),  # closes: when the 48-hour window closed (UTC ISO 8601)
    "not_decided": (),  # a dissent is filed against a decision
    "did_not_sit": ("member",),  # a dissent by a member who did not sit on the item
    "dissent_empty": (),
    # ---- the conditions follow-up register (tripartite.followup.FollowupRefused)
    "no_followup": ("followup",),  # followup: the record's id
    "followup_settled": ("followup", "state"),  # state: a followup.State (verified, breached or waived)
    "followup_no_evidence": ("followup",),  # verified needs evidence filed first
    "followup_note_empty": (),  # a finding (verified or breached) needs its note
    # ---- minutes (tripartite.minutes.MinutesError)
    "no_meeting": ("meeting",),
    "not_signed_yet": ("meeting",),  # an amendment corrects signed minutes only
    "meeting_not_closed": ("meeting", "status"),
    "being_signed": ("meeting", "roles"),  # roles: the signatory roles that have signed
    "no_minutes": ("minutes",),
    "rebuilt_since": ("newest",),  # newest: the minutes id built since
    "older_revision": (),
    "not_stored_minutes": (),
    "demo_folder_taken": ("folder",),  # not empty, and not an earlier demo folder
    # ---- signing (reports.signing.SigningError and its kinds)
    "empty_signer_name": (),
    "unknown_role": ("role", "roles"),  # roles: the signatory roles there are
    "unknown_algorithm": ("algorithm", "algorithms"),
    "short_passphrase": ("min_length",),
    "not_a_certificate": ("reason",),
    "no_certificate": (),
    "not_a_key_file": (),
    "wrong_passphrase": (),
    "unreadable_pdf": ("reason",),
    "no_readable_signature": ("reason",),
    "no_annex": (),  # not minutes made by Tripartite
    "no_box_for_role": ("role", "roles"),  # roles: the boxes the minutes have
    "role_signed": ("role",),
    "key_for_another_role": ("key_role", "role"),
    "key_signed_already": ("box",),
    "changed_after_signature": ("role",),
    "certificate_for_another_role": ("certificate_role", "role"),
    "certificate_names_no_role": ("subject",),
    "role_not_held": ("member", "name", "role"),
    "trusted_elsewhere": ("subject", "member", "role"),
    "untrusted_fingerprint": ("fingerprint",),
}
