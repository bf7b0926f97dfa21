"""The command line, run as a real subprocess like a beheerder or a scheduled task would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from wijkteam_desk.store.engine import Database

KEY = "cli-test-sleutel"


def run(data: Path, *args: str, env: dict[str, str] | None = None,
        key: str = KEY) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("WIJKTEAM_DESK")}
    full_env["WIJKTEAM_DESK_DB_KEY"] = key
    full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "wijkteam_desk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=full_env, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    result = run(data, "demo")
    assert result.returncode == 0, result.stderr
    assert "welkom-demo" in result.stdout
    return data


def test_demo_then_verify(demo_dir: Path) -> None:
    result = run(demo_dir, "verify")
    assert result.returncode == 0, result.stderr
    assert "In orde" in result.stdout
    assert (demo_dir / "wijkteam.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_demo_twice_adds_nothing(demo_dir: Path) -> None:
    result = run(demo_dir, "demo")
    assert result.returncode == 0 and "al een demodatabase" in result.stdout


def test_verify_detects_tampering(tmp_path: Path, demo_dir: Path) -> None:
    import shutil

    data = tmp_path / "kopie"
    shutil.copytree(demo_dir, data)
    db = Database.open_sqlite(data / "wijkteam.db", KEY)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET action = 'iets anders' WHERE seq = 1"))
    db.dispose()
    result = run(data, "verify")
    assert result.returncode == 1
    assert "regel 1 is gewijzigd" in result.stderr


def test_user_add_backup_and_restore(tmp_path: Path) -> None:
    data = tmp_path / "d"
    first = run(data, "user", "add", "--username", "bea", "--role", "beheerder",
                env={"WIJKTEAM_DESK_NEW_PASSWORD": "eerste-wachtwoord"})
    assert first.returncode == 0, first.stderr
    as_bea = {"WIJKTEAM_DESK_PASSWORD": "eerste-wachtwoord"}
    second = run(data, "--user", "bea", "user", "add", "--username", "vera",
                 "--role", "vrijwilliger",
                 env={**as_bea, "WIJKTEAM_DESK_NEW_PASSWORD": "tweede-wachtwoord"})
    assert second.returncode == 0, second.stderr
    backup = run(data, "--user", "bea", "backup", "--out", str(tmp_path / "b.db"), env=as_bea)
    assert backup.returncode == 0, backup.stderr
    third = run(data, "--user", "bea", "user", "add", "--username", "tom", "--role",
                "teamleider", env={**as_bea, "WIJKTEAM_DESK_NEW_PASSWORD": "derde-wachtwoord"})
    assert third.returncode == 0
    restore = run(data, "--user", "bea", "restore", str(tmp_path / "b.db"), env=as_bea)
    assert restore.returncode == 0, restore.stderr
    db = Database.open_sqlite(data / "wijkteam.db", KEY)
    with db.engine.connect() as conn:
        names = sorted(r[0] for r in conn.execute(text("SELECT username FROM user_account")))
    db.dispose()
    assert names == ["bea", "vera"]


@pytest.mark.parametrize("args,expect", [
    (["frobnicate"], "geen geldige keuze"),
    (["user", "add", "--username", "x"], "ontbreken: --role"),
    (["demo", "--seed", "abc"], "geen geheel getal"),
])
def test_bad_command_lines_get_a_dutch_message(tmp_path: Path, args: list[str],
                                               expect: str) -> None:
    result = run(tmp_path / "d", *args)
    assert result.returncode == 2
    assert expect in result.stderr
    assert not (tmp_path / "d" / "wijkteam.db").exists()


def test_wrong_key_on_the_command_line(demo_dir: Path) -> None:
    result = run(demo_dir, "verify", key="fout")
    assert result.returncode == 2
    assert "sleutel klopt niet" in result.stderr


def test_acting_user_needs_the_right_role(tmp_path: Path, demo_dir: Path) -> None:
    result = run(demo_dir, "--user", "vrijwilliger", "backup", "--out", str(tmp_path / "x.db"),
                 env={"WIJKTEAM_DESK_PASSWORD": "welkom-demo"})
    assert result.returncode == 2
    assert "geen toestemming" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_export_quarterly_as_the_teamleider(tmp_path: Path, demo_dir: Path) -> None:
    as_leader = {"WIJKTEAM_DESK_PASSWORD": "welkom-demo"}
    out = tmp_path / "kwartaal.xlsx"
    result = run(demo_dir, "--user", "teamleider", "export", "quarterly", "--year", "2026",
                 "--quarter", "3", "--format", "xlsx", "--out", str(out), env=as_leader)
    assert result.returncode == 0, result.stderr
    assert "Rapport opgeslagen" in result.stdout
    from openpyxl import load_workbook

    assert load_workbook(out).sheetnames[0] == "Samenvatting"
    db = Database.open_sqlite(demo_dir / "wijkteam.db", KEY)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT username, reason FROM audit_entry WHERE action = "
                                "'reports.export_quarterly' ORDER BY seq DESC")).first()
    db.dispose()
    assert row == ("teamleider", "xlsx; 2026 kwartaal 3; kwartaal.xlsx")


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "2026", "--quarter", "5"], "Het kwartaal moet 1, 2, 3 of 4 zijn."),
    (["--year", "1850", "--quarter", "1"], "Kies een jaar tussen 2000 en 2100."),
    (["--year", "volgend", "--quarter", "1"], "'volgend' is geen geheel getal"),
])
def test_export_quarterly_bad_period_is_refused_in_dutch(
        tmp_path: Path, demo_dir: Path, args: list[str], message: str) -> None:
    out = tmp_path / "k.pdf"
    result = run(demo_dir, "--user", "teamleider", "export", "quarterly", *args,
                 "--format", "pdf", "--out", str(out),
                 env={"WIJKTEAM_DESK_PASSWORD": "welkom-demo"})
    assert result.returncode == 2 and message in result.stderr
    assert not out.exists()


def test_export_refused_for_a_sociaal_werker(tmp_path: Path, demo_dir: Path) -> None:
    result = run(demo_dir, "--user", "sociaalwerker", "export", "quarterly", "--year", "2026",
                 "--quarter", "1", "--format", "pdf", "--out", str(tmp_path / "k.pdf"),
                 env={"WIJKTEAM_DESK_PASSWORD": "welkom-demo"})
    assert result.returncode == 2 and "geen toestemming" in result.stderr
def test_demo_households_option(tmp_path: Path) -> None:
    result = run(tmp_path / "klein", "demo", "--households", "40", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "40 huishoudens" in result.stdout
    bad = run(tmp_path / "fout", "demo", "--households", "veel")
    assert bad.returncode != 0 and "aantal" in bad.stderr
def test_socialmap_export_and_import(tmp_path: Path, demo_dir: Path) -> None:
    import shutil

    data = tmp_path / "kaart"
    shutil.copytree(demo_dir, data)
    beheerder = {"WIJKTEAM_DESK_PASSWORD": "welkom-demo"}
    out = tmp_path / "kaart.zip"
    result = run(data, "--user", "sociaalwerker", "socialmap", "export", "--out", str(out),
                 env=beheerder)
    assert result.returncode == 0, result.stderr
    import zipfile

    with zipfile.ZipFile(out) as archive:
        services = archive.read("service.csv").decode("utf-8").splitlines()
    assert len(services) == 1 + 1500
    refused = run(data, "--user", "vrijwilliger", "socialmap", "import", str(out), env=beheerder)
    assert refused.returncode == 2 and "geen toestemming" in refused.stderr
    again = run(data, "--user", "beheerder", "socialmap", "import", str(out), env=beheerder)
    assert again.returncode == 0, again.stderr
    assert "0 nieuwe en 0 bijgewerkte voorzieningen" in again.stdout
    bad = tmp_path / "fout"
    bad.mkdir()
    (bad / "service.csv").write_text("id,name,status\nS1,Taalcafé,open\n", encoding="utf-8")
    failed = run(data, "--user", "teamleider", "socialmap", "import", str(bad), env=beheerder)
    assert failed.returncode == 1
    assert "service.csv, regel 2, kolom status" in failed.stderr
    assert "service.csv, regel 1, kolom organization_id: verplichte kolom ontbreekt" \
        in failed.stderr
