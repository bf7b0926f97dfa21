"""Per-household prints: the huishoudoverzicht (BSN masked, no reports) and the inzage
"Wat weten we over u?" (full BSN, every report, PDF + JSON together), who may make them,
and that every print and export is in the logboek."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.household_prints import HouseholdPrintService, inzage_base_name
from wijkteam_desk.services.household_types import (
    ContactInput,
    HouseholdInput,
    MemberInput,
    SignalInput,
)
from wijkteam_desk.store.models import (
    AuditEntry,
    ClosingCategory,
    ConsentPurpose,
    ContactKind,
    HouseholdStatus,
    MemberRole,
    Role,
    SignalSource,
    SignalStatus,
)

NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
REPORTS = ("Kennismaking aan de keukentafel; u vertelde over de schulden.",
           "Samen de brief van de woningcorporatie gelezen.",
           "Gebeld met de bewindvoerder over het leefgeld.")


@pytest.fixture
def case(make_actor):  # type: ignore[no-untyped-def]
    services = make_actor.services
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    colleague = make_actor(Role.SOCIAAL_WERKER, name="jelle")
    other = make_actor(Role.SOCIAAL_WERKER, name="pieter")
    lead = make_actor(Role.TEAMLEIDER, name="tjeerd")
    household = services.households.create(
        worker, HouseholdInput(street="Fictieve Heechterpstraat", house_number="12",
                               postcode="8924AB", city="Leeuwarden", phone="058 212 3456"),
        [MemberInput("Boer", "Jan", "de", role=MemberRole.HOOFDBEWONER, bsn="123456782",
                     date_of_birth=date(1980, 5, 1)),
         MemberInput("Boer", "Femke", "de", role=MemberRole.KIND)])
    hid = household.id
    services.households.add_colleague(worker, hid, colleague.user_id)
    for days, report in zip((30, 20, 10), REPORTS, strict=True):
        services.contacts.add(worker, hid, ContactInput(
            kind=ContactKind.HUISBEZOEK, at=NOW - timedelta(days=days), duration_minutes=45,
            leefgebieden=("Financiën",), report=report))
    services.consent.record(worker, hid, ConsentPurpose.DELEN_MET_PARTNER, True, "Jan de Boer",
                            partner="Bewindvoering Noord", at=NOW - timedelta(days=25))
    services.consent.record(worker, hid, ConsentPurpose.DELEN_MET_PARTNER, False,
                            "Jan de Boer", partner="Bewindvoering Noord",
                            at=NOW - timedelta(days=5))
    signal = services.signals.create(worker, SignalInput(
        SignalSource.WONINGCORPORATIE, "Huurachterstand van twee maanden."))
    services.signals.triage(lead, signal.id, SignalStatus.GEKOPPELD, signal.version,
                            household_id=hid)
    plan = services.plans.open(worker, hid).plan
    goal = pm.Goal(pm.new_id(), "Schulden op een rij", 1, date(2027, 3, 1))
    plan = pm.put_action(pm.put_goal(pm.set_score(plan, 1, date(2026, 10, 1), 2), goal),
                         goal.id, pm.Action(pm.new_id(), "Papieren sorteren",
                                            deadline=date(2026, 12, 15)))
    plan = pm.put_action(plan, goal.id, pm.Action(pm.new_id(), "Bank bellen",
                                                  deadline=date(2026, 11, 1)))
    services.plans.save(worker, hid, plan, None)
    request = services.budget.request(worker, hid, "Naamswijziging", "700",
                                      "Omgekeerde toets.")
    services.budget.decide(lead, request.id, True, "Akkoord.", request.version)
    prints = HouseholdPrintService(services.db, services.log, clock=lambda: NOW)
    return services, prints, household, worker, colleague, other, lead


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to write into (out also holds the test database)."""
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _audit(services, action: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    with services.db.begin() as session:
        return [(e.username, e.record_id, e.reason) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq))]


def test_summary_masks_the_bsn_and_leaves_reports_out(case, out: Path) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, worker, *_ = case
    target = out / "overzicht.pdf"
    result = prints.print_summary(worker, household.id, target)
    assert result.path == target and target.stat().st_size == result.size
    text = _text(target)
    assert household.name in text and household.number in text
    assert "Jan de Boer" in text and "Femke de Boer" in text
    assert "******782" in text and "123456782" not in text
    assert "VERTROUWELIJK" in text and "pagina 1 van" in text and "Wijkteam Test" in text
    assert "Sietske" in text and "Jelle" in text  # regievoerder and betrokken collega
    assert "Papieren sorteren" in text and "15-12-2026" in text  # open action, deadline
    assert "Actie over de deadline Bank bellen" in text and "1-11-2026 (verlopen)" in text
    assert "Schulden op een rij" in text and "2 (1-10-2026)" in text
    assert "ingetrokken" in text  # the current consent statement
    assert not any(r in text for r in REPORTS)
    assert _audit(services, "households.print_summary") == [
        ("sietske", str(household.id), "overzicht.pdf")]


def test_summary_shows_only_the_last_contacts(case, out: Path) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, worker, *_ = case
    prints.print_summary(worker, household.id, out / "a.pdf", recent=1)
    text = _text(out / "a.pdf")
    newest = (NOW - timedelta(days=10)).astimezone()
    oldest = (NOW - timedelta(days=30)).astimezone()
    assert f"{newest.day}-{newest.month}-{newest.year}" in text
    assert f"{oldest.day}-{oldest.month}-{oldest.year} " not in text


def test_inzage_gives_everything_with_the_full_bsn(case, out: Path) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, worker, colleague, other, lead = case
    services.households.open(lead, household.id)
    services.households.open_with_reason(other, household.id, "Vervanging tijdens vakantie")
    result = prints.export_inzage(colleague, household.id, out)
    base = inzage_base_name(household.number, NOW)
    assert (result.pdf_path.name, result.json_path.name) == (f"{base}.pdf", f"{base}.json")
    assert household.name not in base
    assert sorted(p.name for p in out.iterdir()) == [f"{base}.json", f"{base}.pdf"]
    text = _text(result.pdf_path)
    assert "Wat weten we over u?" in text and household.name in text
    assert "123456782" in text and "******" not in text
    assert all(r in text for r in REPORTS)
    assert "Huurachterstand van twee maanden." in text
    assert "Bewindvoering Noord" in text and "ingetrokken" in text and "gegeven" in text
    assert "Schulden op een rij" in text and "Papieren sorteren" in text
    assert "Naamswijziging" in text and "€ 700,00" in text
    assert "Autoriteit Persoonsgegevens" in text and "15 jaar" in text
    # who looked: function and reason, never a colleague's name
    assert "Vervanging tijdens vakantie" in text and "teamleider" in text
    assert "Pieter" not in text and "Tjeerd" not in text and "tjeerd" not in text

    data = json.loads(result.json_path.read_text("utf-8"))
    assert data["huishouden"]["naam"] == household.name
    assert [m["bsn"] for m in data["gezinsleden"]] == ["123456782", ""]
    assert [c["verslag"] for c in data["contactmomenten"]] == list(REPORTS)
    assert result.contacts == 3
    assert [t["gegeven"] for t in data["toestemmingen"]] == [False, True]
    assert data["signalen"][0]["omschrijving"] == "Huurachterstand van twee maanden."
    assert data["plan"]["goals"][0]["text"] == "Schulden op een rij"
    assert data["doorpakbudget"][0]["bedrag_eurocent"] == 70000
    looked = {(a["functie"], a["handeling"], a["reden"]) for a in data["inzage_in_dossier"]}
    assert ("teamleider", "households.open", "") in looked
    assert ("sociaal werker", "households.open_with_reason",
            "Vervanging tijdens vakantie") in looked
    raw = result.json_path.read_text("utf-8")
    assert data["doorpakbudget"][0]["status"] == "goedgekeurd"
    assert "Pieter" not in raw and "Tjeerd" not in raw and "tjeerd" not in raw
    assert _audit(services, "households.export_inzage") == [
        ("jelle", str(household.id), base)]


@pytest.mark.parametrize("role", [Role.VRIJWILLIGER, Role.BEHEERDER])
def test_vrijwilliger_and_beheerder_never(case, make_actor, out: Path, role) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, *_ = case
    actor = make_actor(role)
    with pytest.raises(PermissionDenied):
        prints.print_summary(actor, household.id, out / "x.pdf")
    with pytest.raises(PermissionDenied):
        prints.export_inzage(actor, household.id, out)
    assert list(out.iterdir()) == []
    assert not _audit(services, "households.print_summary")
    assert not _audit(services, "households.export_inzage")


def test_others_only_with_a_reason(case, make_actor, out: Path) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, _worker, _colleague, other, lead = case
    outsider = make_actor(Role.TEAMLEIDER, team_id=None, name="buitenstaander")
    with pytest.raises(PermissionDenied):
        prints.export_inzage(outsider, household.id, out)
    with pytest.raises(ValidationError) as error:
        prints.print_summary(other, household.id, out / "x.pdf")
    assert error.value.field == "reason"
    assert list(out.iterdir()) == []
    prints.print_summary(other, household.id, out / "x.pdf",
                         reason="Bewoner belt, regievoerder is ziek")
    assert any("regievoerder is ziek" in r.reason
               for r in services.households.list_reasoned_access(lead))
    assert _audit(services, "households.print_summary") == [
        ("pieter", str(household.id), "Bewoner belt, regievoerder is ziek; x.pdf")]


def test_inzage_writes_both_files_or_neither(case, out: Path) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, worker, *_ = case
    with pytest.raises(ValidationError):
        prints.export_inzage(worker, household.id, out / "bestaat-niet")
    base = inzage_base_name(household.number, NOW)
    (out / f"{base}.json").mkdir()  # the JSON cannot be put in place
    with pytest.raises(OSError):
        prints.export_inzage(worker, household.id, out)
    assert sorted(p.name for p in out.iterdir()) == [f"{base}.json"]
    assert not _audit(services, "households.export_inzage")


def test_a_closed_household_shows_its_afsluitreden_and_retention(case, out: Path) -> None:  # type: ignore[no-untyped-def]
    services, prints, household, worker, *_ = case
    info = services.households.open(worker, household.id).household
    services.households.set_status(worker, household.id, HouseholdStatus.AFGESLOTEN,
                                   info.version, "schulden geregeld",
                                   category=ClosingCategory.DOELEN_BEHAALD)
    prints.print_summary(worker, household.id, out / "o.pdf")
    assert "Doelen behaald — schulden geregeld" in _text(out / "o.pdf")
    result = prints.export_inzage(worker, household.id, out)
    text = _text(result.pdf_path)
    assert "Doelen behaald — schulden geregeld" in text and "We vernietigen het vanaf" in text
    data = json.loads(result.json_path.read_text("utf-8"))
    assert data["huishouden"]["afsluitcategorie"] == "doelen_behaald"


def test_the_inzage_states_the_bewaartermijn_the_beheerder_set(  # type: ignore[no-untyped-def]
        case, make_actor, out: Path) -> None:
    services, prints, household, worker, *_ = case
    services.retention.set_years(make_actor(Role.BEHEERDER, name="beheer"), 7)
    text = _text(prints.export_inzage(worker, household.id, out).pdf_path)
    assert "nog 7 jaar" in text and "15 jaar" not in text
