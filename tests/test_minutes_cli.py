"""Minutes, keys, signing and verification from the command line, run as real subprocesses."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, ROLES

from .conftest import ROOT
from .reports.test_minutes_wording import internal_words

SAMPLE = ROOT / "data" / "sample"
SIGNERS = {
    "chair": ("gov1", "María Dolores Sánchez Ortega"),
    "secretary": ("sec1", "Ramón Álvarez Quiñones"),
    "government": ("gov2", "Javier Martín Góngora"),
    "employer": ("emp1", "José Antonio Fernández Úbeda"),
    "union": ("uni1", "Rocío Jiménez Cañete"),
}
# The roles as every human-readable output names them (the codes stay the --role values and the JSON).
ROLE_WORDS = {"chair": "Chair", "secretary": "Secretary", "government": "Government", "employer": "Employers",
              "union": "Unions"}  # fmt: skip


def cli(
    *args: object, passphrase: str | None = PASSPHRASE, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TRIPARTITE_PASSPHRASE"}
    if passphrase is not None:
        env["TRIPARTITE_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "tripartite", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


def status(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("SELECT status FROM meetings WHERE id = 1").fetchone()[0])


@pytest.fixture
def recorded_db(tmp_path: Path) -> Path:
    db = tmp_path / "board.db"
    assert cli("init", "--db", db, "--board", SAMPLE / "board.toml").returncode == 0
    assert cli("import", SAMPLE / "requests.csv", "--db", db).returncode == 0
    result = cli("meeting", "record", SAMPLE / "meeting.toml", "--db", db, "--minutes", tmp_path / "recorded.pdf")
    assert result.returncode == 0, result.stderr
    assert "unsigned minutes:" in result.stdout and (tmp_path / "recorded.pdf").stat().st_size > 10_000
    return db


@pytest.mark.slow
def test_keys_minutes_five_signatures_and_verify(recorded_db: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.mkdir()
    for role, (member, name) in SIGNERS.items():
        algorithm = "rsa-3072" if role == "chair" else "p-256"
        made = cli("keys", "new", "--name", name, "--role", role, "--out", keys / f"{role}.p12",
                   "--cert-out", keys / f"{role}.pem", "--algorithm", algorithm)  # fmt: skip
        assert made.returncode == 0, made.stderr
        assert (keys / f"{role}.p12").stat().st_mode & 0o077 == 0, "a private key is readable by its owner only"
        assert cli("keys", "trust", keys / f"{role}.pem", "--db", recorded_db, "--member", member).returncode == 0
    again = cli("keys", "new", "--name", "X", "--role", "chair", "--out", keys / "chair.p12")
    assert again.returncode == 2 and "never overwritten" in again.stderr

    pdf = tmp_path / "minutes.pdf"
    assert cli("minutes", "9", "--db", recorded_db, "--out", pdf).returncode == 2
    built = cli("minutes", "1", "--db", recorded_db, "--out", pdf)
    assert built.returncode == 0, built.stderr
    assert "to be signed by: Chair, Secretary, Government, Employers, Unions" in built.stdout
    old = cli("sign", tmp_path / "recorded.pdf", "--role", "chair", "--key", keys / "chair.p12", "--db", recorded_db)
    assert old.returncode == 2 and "built again since" in old.stderr  # the older build is superseded

    trust = [arg for role in ROLES for arg in ("--trust", keys / f"{role}.pem")]
    for number, role in enumerate(ROLES, start=1):
        signed = cli("sign", pdf, "--role", role, "--key", keys / f"{role}.p12", "--db", recorded_db)
        assert signed.returncode == 0, signed.stderr
        assert f"as {ROLE_WORDS[role]} ({SIGNERS[role][1]})" in signed.stdout
        if number == 1:  # partly signed minutes are not the minutes; --partial checks what is there
            partly = cli("verify", pdf, *trust, "--json")
            checked = json.loads(partly.stdout)
            assert partly.returncode == 1 and checked["verdict"] == "partly_signed"
            assert checked["reasons"] == ["partly_signed"] and checked["missing_roles"] == list(ROLES[1:])
            so_far = cli("verify", pdf, *trust, "--partial")
            assert so_far.returncode == 0 and "OK SO FAR (--partial)" in so_far.stdout, so_far.stdout
    assert "every role has signed" in signed.stdout
    assert status(recorded_db) == "minutes_signed"

    twice = cli("sign", pdf, "--role", "chair", "--key", keys / "chair.p12")
    assert twice.returncode == 2 and "already signed" in twice.stderr
    text = cli("verify", pdf, "--db", recorded_db)
    assert text.returncode == 0, text.stdout
    assert "OK: every signature is intact, valid and trusted for its box" in text.stdout
    assert "Chair: María Dolores Sánchez Ortega" in text.stdout and "Unions: " in text.stdout
    report = json.loads(cli("verify", pdf, *trust, "--json").stdout)
    assert report["ok"] and [s["role"] for s in report["signatures"]] == list(ROLES)
    assert report["signatures"][0]["certifies"] and report["signatures"][-1]["coverage"] == "ENTIRE_FILE"
    audit = cli("audit", "verify", "--db", recorded_db)
    assert audit.returncode == 0 and "1 anchor(s) hold" in audit.stdout

    tampered = tmp_path / "tampered.pdf"
    data = pdf.read_bytes()
    tampered.write_bytes(data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1 :])
    broken = cli("verify", tampered, *trust)
    # A flipped byte either breaks a signature's digest or the file's structure: both are a failed check.
    assert broken.returncode == 1 and "NOT VERIFIED" in broken.stdout and "What to do:" in broken.stdout
    untrusted = cli("verify", pdf, "--trust", keys / "chair.pem")  # the others are not trusted
    assert untrusted.returncode == 1 and "not every signer is trusted for their box" in untrusted.stdout
    assert "tripartite keys trust CERT" in untrusted.stdout
    missing = cli("verify", tmp_path / "nowhere.pdf", *trust)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert cli("verify", pdf).returncode == 2  # nothing to trust: a usage error


def test_a_wrong_passphrase_is_clear_and_writes_nothing(recorded_db: Path, tmp_path: Path) -> None:
    key = tmp_path / "chair.p12"
    assert cli("keys", "new", "--name", "Ana", "--role", "chair", "--out", key, "--algorithm", "p-256").returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("not the right one\n", encoding="utf-8")
    source = tmp_path / "recorded.pdf"
    before = source.read_bytes()
    out = tmp_path / "signed.pdf"
    result = cli("sign", source, "--role", "chair", "--key", key, "--passphrase-file", secret, "--out", out)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: wrong passphrase for this key file"
    not_a_key = cli("sign", source, "--role", "chair", "--key", secret, "--passphrase-file", secret, "--out", out)
    assert not_a_key.returncode == 2 and "not a signing key" in not_a_key.stderr
    assert not out.exists() and source.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    no_passphrase = cli("sign", source, "--role", "chair", "--key", key, passphrase=None)
    assert no_passphrase.returncode == 2 and "TRIPARTITE_PASSPHRASE" in no_passphrase.stderr
    assert status(recorded_db) == "closed"


def test_usage_and_io_errors_exit_2(tmp_path: Path) -> None:
    assert cli("sign", tmp_path / "x.pdf", "--role", "chair", "--key", tmp_path / "k.p12").returncode == 2
    assert cli("minutes", "1", "--db", tmp_path / "none.db", "--out", tmp_path / "m.pdf").returncode == 2
    assert (
        cli("keys", "new", "--name", "A", "--role", "chair", "--out", tmp_path / "k.p12", passphrase="short").returncode
        == 2
    )
    assert not (tmp_path / "k.p12").exists()


@pytest.mark.slow
def test_demo_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = cli("demo", "--dir", folder, passphrase=None, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: every signature is intact, valid and trusted" in result.stdout
    for name in ("board.db", "minutes-unsigned.pdf", "minutes-signed.pdf", "README.txt"):
        assert (folder / name).is_file(), name
        assert str(folder / name) in result.stdout or name == "README.txt"
    assert sorted(p.name for p in (folder / "keys").iterdir()) == sorted(
        f"{role}.{ext}" for role in ROLES for ext in ("p12", "pem")
    )
    assert status(folder / "board.db") == "minutes_signed"
    again = cli("verify", folder / "minutes-signed.pdf", "--db", folder / "board.db")
    assert again.returncode == 0, again.stdout
    assert cli("demo", "--dir", folder, passphrase=None).returncode == 0  # an earlier demo folder is reused
    other = tmp_path / "other"
    other.mkdir()
    (other / "precious.txt").write_text("keep me", encoding="utf-8")
    refused = cli("demo", "--dir", other, passphrase=None)
    assert refused.returncode == 2 and (other / "precious.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.slow
def test_verify_names_each_forgery_and_keys_trust_binds_a_role(recorded_db: Path, tmp_path: Path) -> None:
    from .reports.forge import role_less_identity, sign_boxes

    keys = tmp_path / "keys"
    keys.mkdir()
    for role in ("chair", "union"):
        made = cli("keys", "new", "--name", SIGNERS[role][1], "--role", role, "--out", keys / f"{role}.p12",
                   "--cert-out", keys / f"{role}.pem", passphrase=PASSPHRASE)  # fmt: skip
        assert made.returncode == 0, made.stderr
    pdf = tmp_path / "minutes.pdf"
    assert cli("minutes", "1", "--db", recorded_db, "--out", pdf).returncode == 0
    chair = (keys / "chair.p12").read_bytes()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_boxes(pdf.read_bytes(), [("chair", chair), ("union", chair)]))  # the chair signs twice
    trust = ["--trust", keys / "chair.pem", "--trust", keys / "union.pem"]

    result = cli("verify", forged, *trust, "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["verdict"] == "refused"
    assert report["reasons"] == ["partly_signed", "same_signer", "role_mismatch"]
    union = report["signatures"][-1]
    assert union["role"] == "union" and union["reasons"] == ["role_mismatch", "same_signer"]
    assert union["trusted_for"] == ["chair"] and union["also_signed"] == ["Sig_chair"]
    assert {p["code"] for p in report["problems"] if p["field"] == "Sig_union"} == {"role_mismatch", "same_signer"}
    text = cli("verify", forged, *trust, "--partial")
    assert text.returncode == 1 and "NOT VERIFIED: tampered, forged or damaged" in text.stdout
    assert "trusted for the Chair box, not for this one" in text.stdout
    assert "What to do: Do not rely on this file" in text.stdout

    # A certificate that names no role must be given one, bound to a member who holds it.
    _, pem = role_less_identity("Rocío Jiménez Cañete")
    (keys / "other.pem").write_bytes(pem)
    refused = cli("keys", "trust", keys / "other.pem", "--db", recorded_db, "--member", "uni1")
    assert refused.returncode == 2 and refused.stderr.startswith(f"error: {keys / 'other.pem'}: ")
    assert "give the role it signs for (--role)" in refused.stderr
    wrong = cli("keys", "trust", keys / "other.pem", "--db", recorded_db, "--member", "emp1", "--role", "union")
    assert wrong.returncode == 2 and "does not hold the 'union' signatory role" in wrong.stderr
    bound = cli("keys", "trust", keys / "other.pem", "--db", recorded_db, "--member", "uni1", "--role", "union")
    assert bound.returncode == 0 and "for Rocío Jiménez Cañete, in the Unions box" in bound.stdout
    with sqlite3.connect(recorded_db) as conn:
        assert conn.execute("SELECT member_id, role FROM trusted_certs").fetchall() == [("uni1", "union")]


def test_plain_output_uses_names_and_words_never_ids_or_codes(tmp_path: Path) -> None:
    db = tmp_path / "board.db"
    outputs = [
        cli("init", "--db", db, "--board", SAMPLE / "board.toml"),
        cli("import", SAMPLE / "requests.csv", "--db", db),
        cli("meeting", "record", SAMPLE / "meeting.toml", "--db", db),
        cli("assess", "REQ-2026-0005", "--db", db),  # a gate with missing evidence
        cli("criteria"),
        cli("keys", "new", "--name", "Rocío Jiménez Cañete", "--role", "union", "--out", tmp_path / "u.p12",
            "--cert-out", tmp_path / "u.pem", "--algorithm", "p-256"),
        cli("keys", "trust", tmp_path / "u.pem", "--db", db, "--member", "uni1"),
        cli("minutes", "1", "--db", db, "--out", tmp_path / "m.pdf"),
    ]
    assert all(o.returncode == 0 for o in outputs), [o.stderr for o in outputs]
    text = "\n".join(o.stdout for o in outputs).replace(str(tmp_path), "DIR")
    ids = {member for member, _ in SIGNERS.values()} | {"gov3", "emp2", "emp3", "uni2", "uni3", "emp4"}
    assert internal_words(text, ids) == []
    assert "REQ-2026-0015: approve with conditions (3 workers, 3 condition(s)) by group majority in round 1" in text
    assert "[Government 2-0-1 · Employers 2-0-0 · Unions 0-2-0]" in text
    assert "not given: days the vacancy was advertised" in text
    assert "wrote the signing key of Rocío Jiménez Cañete (Unions)" in text
    assert "the board now trusts the certificate of Rocío Jiménez Cañete for Rocío Jiménez Cañete" in text
