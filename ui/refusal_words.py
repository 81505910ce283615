"""The app's words for refused actions: one sentence per code of :data:`tripartite.refusals.REFUSALS`.

The core refuses with a code and parameters, never a sentence (DESIGN §1). Every place the app shows an
error (a message box, the line under a field, the default failure handler of a job) passes the exception
to :func:`say`, which renders a refusal through :data:`REFUSALS` and any other known error as its own
message. Sources are marked with ``QT_TRANSLATE_NOOP`` (style.md D16); ``{name}`` stands for a parameter,
and ``%n`` for the one in :data:`COUNTS`, whose sentence :mod:`tripartite.ui.plurals` writes out
so that it is translated with the language's plural forms. A sentence names no member
id: the person at the laptop knows whose PIN they typed.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tripartite.errors import Refusal
from tripartite.ui import labels
from tripartite.ui.plurals import plurals

_CONTEXT = "Refusals"

# A counted sentence (a code of COUNTS) is the English source only: lupdate extracts and translates it
# from tripartite.ui.plurals, as a plural message.
REFUSALS: dict[str, str] = {
    # ---- who may act
    "needs_pins": QT_TRANSLATE_NOOP("Refusals", "Two members must each type their PIN."),
    "other_database": QT_TRANSLATE_NOOP("Refusals", "These PINs were typed for another board's database."),
    "same_member": QT_TRANSLATE_NOOP("Refusals", "Two different members must type their PIN."),
    "not_recorded": QT_TRANSLATE_NOOP(
        "Refusals", "Only a meeting created for recording, still in draft, can be recorded."
    ),
    "no_proof": QT_TRANSLATE_NOOP("Refusals", "This needs a member's PIN."),
    "stale": QT_TRANSLATE_NOOP("Refusals", "This PIN was typed too long ago; type it again."),
    "recording_only": QT_TRANSLATE_NOOP(
        "Refusals", "Recording a held meeting gives authority over that meeting only."
    ),
    "needs_pin": QT_TRANSLATE_NOOP("Refusals", "This needs the PINs of the members concerned."),
    "not_yours": QT_TRANSLATE_NOOP("Refusals", "Only the member themself may do this, after their own PIN."),
    "needs_chair": QT_TRANSLATE_NOOP(
        "Refusals", "Only the member presiding (the chair, or the stand-in named at the opening) may do this."
    ),
    "needs_officer": QT_TRANSLATE_NOOP("Refusals", "Only the chair or the secretary may do this, with their PIN."),
    "needs_both": QT_TRANSLATE_NOOP("Refusals", "A change of the rules needs the chair's and the secretary's PINs."),
    "reset_needs_both": QT_TRANSLATE_NOOP("Refusals", "Resetting a PIN needs the chair's and the secretary's PINs."),
    "use_change": QT_TRANSLATE_NOOP("Refusals", "To change your own PIN, give your old PIN (Change my PIN)."),
    "first_pin_needs_officer": QT_TRANSLATE_NOOP(
        "Refusals", "A first PIN is set with the chair's or the secretary's PIN."
    ),
    "stand_in_needs_pins": QT_TRANSLATE_NOOP(
        "Refusals", "A stand-in is named with their own PIN and the secretary's (or the chair's)."
    ),
    # ---- PINs
    "unreadable_pin_hash": QT_TRANSLATE_NOOP(
        "Refusals", "This member's stored PIN cannot be read; the chair and the secretary must reset it."
    ),
    "demo_pin": QT_TRANSLATE_NOOP("Refusals", "That PIN is published as a demo PIN; choose another."),
    "weak_pin": "A PIN has at least %n digits, and digits only.",
    "demo_pins_fresh_only": QT_TRANSLATE_NOOP("Refusals", "Demo PINs are only for a freshly loaded sample board."),
    "wrong_pin": "Wrong PIN. Tries left before a lockout: %n.",
    "locked_out": "Locked out after too many wrong PINs; try again in %n s.",
    "no_pin": QT_TRANSLATE_NOOP(
        "Refusals", "This member has no PIN yet. The secretary sets one in the board settings."
    ),
    # ---- the board
    "board_exists": QT_TRANSLATE_NOOP("Refusals", "This database already has a board; use a new database file."),
    "no_board": QT_TRANSLATE_NOOP("Refusals", "This database has no board yet."),
    "unknown_member": QT_TRANSLATE_NOOP("Refusals", "There is no such member on this board."),
    "catalogue_missing": QT_TRANSLATE_NOOP(
        "Refusals", "The board's criteria catalogue ({version}…) is missing from the database."
    ),
    # ---- files
    "unsupported_export": QT_TRANSLATE_NOOP("Refusals", "{path}: choose a .csv or .xlsx file."),
    "cannot_write": QT_TRANSLATE_NOOP("Refusals", "{path} cannot be written: {reason}."),
    "cannot_read": QT_TRANSLATE_NOOP("Refusals", "{path} cannot be read: {reason}."),
    "no_such_file": QT_TRANSLATE_NOOP("Refusals", "{path} does not exist."),
    # ---- the environment (SQLite's own detail is left out: it is English, and the sentence says what to do)
    "database_busy": QT_TRANSLATE_NOOP(
        "Refusals", "{path} is busy: another program is using it. Close that program and try again."
    ),
    "database_locked": QT_TRANSLATE_NOOP("Refusals", "{path} is locked by another task; try again in a moment."),
    "out_of_memory": QT_TRANSLATE_NOOP("Refusals", "The computer ran out of memory while using {path}."),
    "database_read_only": QT_TRANSLATE_NOOP(
        "Refusals", "{path} is read-only; copy it to a folder you may write to, or ask for write access."
    ),
    "disk_io_error": QT_TRANSLATE_NOOP("Refusals", "The disk could not be read or written while using {path}."),
    "database_damaged": QT_TRANSLATE_NOOP("Refusals", "{path} is damaged; open the latest backup instead."),
    "disk_full": QT_TRANSLATE_NOOP("Refusals", "The disk is full; free some space, then try again."),
    "cannot_open_database": QT_TRANSLATE_NOOP("Refusals", "{path} cannot be opened."),
    "database_access_denied": QT_TRANSLATE_NOOP("Refusals", "Access to {path} was denied."),
    "not_a_database": QT_TRANSLATE_NOOP("Refusals", "{path} is not a Tripartite database."),
    "cannot_create_folder": QT_TRANSLATE_NOOP("Refusals", "The folder {path} cannot be created: {reason}."),
    "file_exists": QT_TRANSLATE_NOOP("Refusals", "{path} already exists; choose another name."),
    "secret_vote_in_progress": QT_TRANSLATE_NOOP(
        "Refusals", "A secret ballot is being cast; make the backup after its reveal."
    ),
    # ---- meetings
    "minutes_signed": QT_TRANSLATE_NOOP(
        "Refusals", "The minutes of this meeting are signed, so it is read-only; record a correction as an amendment."
    ),
    "no_item": QT_TRANSLATE_NOOP("Refusals", "That agenda item no longer exists."),
    "no_motion": QT_TRANSLATE_NOOP("Refusals", "That motion no longer exists."),
    "not_found": QT_TRANSLATE_NOOP("Refusals", "That record no longer exists."),
    "meeting_state": QT_TRANSLATE_NOOP("Refusals", "The meeting's state ({status}) does not allow this now."),
    "stand_in_not_member": QT_TRANSLATE_NOOP("Refusals", "Only a voting member of the board may preside."),
    "stand_in_absent": QT_TRANSLATE_NOOP(
        "Refusals", "The stand-in named is not marked present: mark them present, or name another."
    ),
    "vote_open": QT_TRANSLATE_NOOP("Refusals", "A vote is still open; reveal it first."),
    "motion_open": QT_TRANSLATE_NOOP("Refusals", "A motion on this item is still being voted; reveal it first."),
    "request_state": QT_TRANSLATE_NOOP("Refusals", "Request {reference} is no longer pending."),
    "recusals_closed": QT_TRANSLATE_NOOP("Refusals", "Recusals are recorded before voting on the item starts."),
    "attestations_closed": QT_TRANSLATE_NOOP(
        "Refusals", "Attestations are settled before voting on the item starts."
    ),
    "item_closed": QT_TRANSLATE_NOOP("Refusals", "The item is already settled."),
    "bad_workers": QT_TRANSLATE_NOOP("Refusals", "Workers approved must be between 1 and the {requested} requested."),
    "bad_condition": QT_TRANSLATE_NOOP("Refusals", "The condition “{kind}” is incomplete or out of range."),
    "no_quorum": QT_TRANSLATE_NOOP("Refusals", "The item has no quorum; it cannot be voted."),
    "motion_state": QT_TRANSLATE_NOOP("Refusals", "The motion is not in a state that allows this."),
    "vote_not_open": QT_TRANSLATE_NOOP("Refusals", "Voting on this motion is not open."),
    "not_entitled": QT_TRANSLATE_NOOP("Refusals", "This member is not entitled to vote on this item."),
    "already_voted": QT_TRANSLATE_NOOP("Refusals", "This member has already voted on this motion."),
    "sealed": QT_TRANSLATE_NOOP("Refusals", "The ballots are sealed until the reveal."),
    "votes_missing": "Not everyone has voted (missing: %n); the chair may close the vote.",
    "recorded_only": QT_TRANSLATE_NOOP("Refusals", "A bare tally is accepted only when recording a held meeting."),
    "dissent_closed": QT_TRANSLATE_NOOP("Refusals", "The 48-hour window for written dissents has closed."),
    "not_decided": QT_TRANSLATE_NOOP("Refusals", "A dissent is filed against a decision."),
    "did_not_sit": QT_TRANSLATE_NOOP("Refusals", "Only a member who sat on this item may file a dissent on it."),
    "dissent_empty": QT_TRANSLATE_NOOP("Refusals", "A dissent needs its text."),
    # ---- the conditions follow-up register
    "no_followup": QT_TRANSLATE_NOOP("Refusals", "That follow-up record no longer exists."),
    "followup_settled": QT_TRANSLATE_NOOP(
        "Refusals", "This condition's follow-up is settled; it takes no more evidence or findings."
    ),
    "followup_no_evidence": QT_TRANSLATE_NOOP(
        "Refusals", "No evidence is filed for this condition yet: file it first, or record a breach."
    ),
    "followup_note_empty": QT_TRANSLATE_NOOP("Refusals", "A finding needs its note."),
    # ---- minutes
    "no_meeting": QT_TRANSLATE_NOOP("Refusals", "That meeting no longer exists."),
    "not_signed_yet": QT_TRANSLATE_NOOP(
        "Refusals", "The minutes of this meeting are not signed yet: correct the meeting and build them again."
    ),
    "meeting_not_closed": QT_TRANSLATE_NOOP("Refusals", "Close the meeting before building its minutes."),
    "being_signed": QT_TRANSLATE_NOOP(
        "Refusals", "The minutes are being signed ({roles} signed): finish the signatures."
    ),
    "no_minutes": QT_TRANSLATE_NOOP("Refusals", "Those minutes no longer exist."),
    "rebuilt_since": QT_TRANSLATE_NOOP("Refusals", "These minutes were built again since; sign the newer file."),
    "older_revision": QT_TRANSLATE_NOOP(
        "Refusals", "This file is an older revision of the minutes: sign the latest signed file instead."
    ),
    "not_stored_minutes": QT_TRANSLATE_NOOP("Refusals", "This file is not minutes stored in this board's database."),
    "demo_folder_taken": QT_TRANSLATE_NOOP(
        "Refusals", "{folder} is not empty and not an earlier demo folder; choose a new folder."
    ),
    # ---- signing
    "empty_signer_name": QT_TRANSLATE_NOOP("Refusals", "Type the signer's name."),
    "unknown_role": QT_TRANSLATE_NOOP("Refusals", "There is no signatory role {role}."),
    "unknown_algorithm": QT_TRANSLATE_NOOP("Refusals", "There is no key algorithm {algorithm}."),
    "short_passphrase": "The passphrase must have at least %n characters.",
    "not_a_certificate": QT_TRANSLATE_NOOP("Refusals", "This file is not a certificate."),
    "no_certificate": QT_TRANSLATE_NOOP("Refusals", "This file holds no certificate."),
    "not_a_key_file": QT_TRANSLATE_NOOP("Refusals", "This file is not a signing key (a PKCS#12 .p12 file)."),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Refusals", "Wrong passphrase for this key file. Nothing was signed; type it again."
    ),
    "unreadable_pdf": QT_TRANSLATE_NOOP(
        "Refusals", "The file cannot be read as a PDF: it may be damaged or cut short."
    ),
    "no_readable_signature": QT_TRANSLATE_NOOP("Refusals", "The file has no readable signature."),
    "no_annex": QT_TRANSLATE_NOOP(
        "Refusals", "This file is not minutes made by Tripartite (it has no evidence annex)."
    ),
    "no_box_for_role": QT_TRANSLATE_NOOP("Refusals", "These minutes have no signature box for {role}."),
    "role_signed": QT_TRANSLATE_NOOP("Refusals", "This role has already signed."),
    "key_for_another_role": QT_TRANSLATE_NOOP("Refusals", "This key was made for the role {key_role}, not {role}."),
    "key_signed_already": QT_TRANSLATE_NOOP(
        "Refusals", "This key has already signed the {box} box; each box needs its own signatory."
    ),
    "changed_after_signature": QT_TRANSLATE_NOOP(
        "Refusals", "This file was changed after the {role} signature; do not sign it, get the signed minutes again."
    ),
    "certificate_for_another_role": QT_TRANSLATE_NOOP(
        "Refusals", "This certificate was made for the role {certificate_role}, not {role}."
    ),
    "certificate_names_no_role": QT_TRANSLATE_NOOP(
        "Refusals", "The certificate of {subject} names no signatory role; choose the role it signs for."
    ),
    "role_not_held": QT_TRANSLATE_NOOP("Refusals", "{name} does not hold the signatory role {role}."),
    "trusted_elsewhere": QT_TRANSLATE_NOOP(
        "Refusals", "The certificate of {subject} is trusted already, for another member or box; remove it first."
    ),
    "untrusted_fingerprint": QT_TRANSLATE_NOOP("Refusals", "The board does not trust this certificate."),
}
# The parameter a sentence counts with %n (Qt picks the plural form); a sequence counts its length.
COUNTS: dict[str, str] = {
    "weak_pin": "min_digits",
    "wrong_pin": "remaining",
    "locked_out": "seconds",
    "votes_missing": "missing",
    "short_passphrase": "min_length",
}
# Parameters that hold a signatory role's code, shown by the name of its box.
_ROLE_PARAMS = frozenset({"role", "key_role", "certificate_role", "box"})
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _shown(name: str, value: object) -> str:
    """A parameter as the sentence shows it: an enum or a role by its words, a sequence joined."""
    if isinstance(value, Enum):
        return labels.words(value)
    if name in _ROLE_PARAMS:
        return labels.role(value)
    if name == "roles" and isinstance(value, (list, tuple)):
        return ", ".join(labels.role(v) for v in value)
    if name == "kind":
        return labels.condition(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _count(value: object) -> int:
    if isinstance(value, (list, tuple, set, frozenset)):
        return len(value)
    return int(value) if isinstance(value, (int, float, str)) else 0


def refusal(code: str, params: dict[str, object]) -> str | None:
    """The sentence for a refusal code and its parameters, or None when the code has none."""
    source = REFUSALS.get(code)
    if source is None:
        return None
    counted = COUNTS.get(code)
    text = plurals().refusal(code, _count(params.get(counted))) if counted else None
    if text is None:
        text = QCoreApplication.translate(_CONTEXT, source)

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return _shown(name, params[name]) if name in params else match.group(0)

    # One pass, so a value that holds "{…}" (a file name) is never filled in again.
    return _PLACEHOLDER.sub(value, text)


def say(exc: object) -> str:
    """The words the app shows for an error: a refusal through :data:`REFUSALS`, any other one as its message.

    An error that still carries a bare ``code`` (and a sentence) is looked up by it too; a code without
    words shows the error's own text, so nothing is ever hidden.
    """
    code = getattr(exc, "code", None)
    if isinstance(code, str):
        params = exc.params if isinstance(exc, Refusal) else {}
        words = refusal(code, params)
        if words is not None:
            return words
    return str(exc)
