"""HSDS 3.0 import and export of the sociale kaart."""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied
from wijkteam_desk.services import demo_socialmap, hsds, hsds_export
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.store.models import (
    Role,
    SmOrganization,
    SmReport,
    SmSchedule,
    SmService,
    SmTaxonomy,
    SmTaxonomyTerm,
)
from wijkteam_desk.wiring import Services

SAMPLE = Path(__file__).parent.parent / "fixtures" / "hsds-sample"
MAATJE = "0b6b1c7e-2222-4d2a-9f00-000000000001"
RESTAURANT = "0b6b1c7e-2222-4d2a-9f00-000000000003"


def _count(services: Services, model: type) -> int:
    with services.db.begin() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _dump(services: Services) -> dict[str, tuple[list[str], list[list[str]]]]:
    with services.db.begin() as session:
        return hsds_export.dump_tables(session)


def _wipe(services: Services) -> None:
    """Empty the sociale kaart completely, default taxonomies included."""
    with services.db.begin() as session:
        session.execute(delete(SmReport))
        for model in reversed(list(hsds.TABLES.values())):
            session.execute(delete(model))


def test_a_valid_package_reproduces_its_data(make_actor: ActorFactory) -> None:
    services = make_actor.services
    leader = make_actor(Role.TEAMLEIDER)
    report = services.socialmap.import_hsds(leader, SAMPLE)
    assert report.created["service"] == 3 and report.created["organization"] == 2
    assert report.created["location"] == 2 and report.created["schedule"] == 3
    assert _count(services, SmOrganization) == 2 and _count(services, SmService) == 3
    detail = services.socialmap.get_service(leader, MAATJE)
    assert detail.name == "Schuldhulpmaatje Oost"
    assert detail.organization == "Stichting Geldzorgen Oost"
    assert detail.locations[0].address == "Oostergoplein 4, 8921 AB Leeuwarden"
    assert [(h.days, h.opens, h.closes) for h in detail.opening_hours] == [
        (("MO", "WE"), "09:00", "12:00")]
    assert detail.phones == ("058 123 4567",)
    assert detail.required_documents == ("Brieven van schuldeisers", "Legitimatiebewijs")
    assert [t.name for t in detail.leefgebieden] == ["Financiën"]
    assert detail.areas == ("Vrijheidswijk",) and detail.minimum_age == 18
    restaurant = services.socialmap.get_service(leader, RESTAURANT)
    assert not restaurant.is_free and restaurant.cost_amount == 4.5
    assert restaurant.phones == ("058 765 4321",)  # the organisation's number
    assert [r.name for r in services.socialmap.search(leader, SearchFilter(text="taalcafe"))] \
        == ["Taalcafé De Linde"]


def test_reimporting_updates_by_id_instead_of_duplicating(make_actor: ActorFactory,
                                                          tmp_path: Path) -> None:
    services = make_actor.services
    admin = make_actor.admin
    services.socialmap.import_hsds(admin, SAMPLE)
    again = services.socialmap.import_hsds(admin, SAMPLE)
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0
    changed = tmp_path / "pakket"
    shutil.copytree(SAMPLE, changed)
    text = (changed / "service.csv").read_text(encoding="utf-8")
    (changed / "service.csv").write_text(text.replace("Schuldhulpmaatje Oost",
                                                      "Schuldhulpmaatje Leeuwarden-Oost"),
                                         encoding="utf-8")
    report = services.socialmap.import_hsds(admin, changed)
    assert report.updated["service"] == 1 and report.created["service"] == 0
    assert _count(services, SmService) == 3
    detail = services.socialmap.get_service(admin, MAATJE)
    assert detail.name == "Schuldhulpmaatje Leeuwarden-Oost" and detail.version == 2
    assert services.socialmap.search(admin, SearchFilter(text="leeuwarden-oost"))


def test_a_package_with_errors_imports_nothing_and_lists_every_error(
        make_actor: ActorFactory, tmp_path: Path) -> None:
    services = make_actor.services
    admin = make_actor.admin
    bad = tmp_path / "fout"
    shutil.copytree(SAMPLE, bad)

    def edit(name: str, old: str, new: str) -> None:
        text = (bad / name).read_text(encoding="utf-8")
        assert old in text
        (bad / name).write_text(text.replace(old, new, 1), encoding="utf-8")

    edit("organization.csv", "Buurthuis De Linde,", ",")  # row 3: name missing
    edit("service.csv", "maatje@geldzorgen.example,active", "maatje@geldzorgen.example,open")
    edit("service.csv", "Voor volwassenen met geldzorgen.,18,", "Voor volwassenen.,achttien,")
    edit("schedule.csv", "19:00,21:00", "7 uur,21:00")
    edit("service_at_location.csv", "0c6b1c7e-3333-4d2a-9f00-000000000002,\n",
         "0c6b1c7e-3333-4d2a-9f00-00000000dead,\n")
    with pytest.raises(hsds.ImportRejected) as info:
        services.socialmap.import_hsds(admin, bad)
    found = {(p.file, p.row, p.column) for p in info.value.problems}
    assert found == {
        ("organization.csv", 3, "name"),
        ("service.csv", 2, "status"),
        ("service.csv", 2, "minimum_age"),
        ("service_at_location.csv", 3, "location_id"),
        ("schedule.csv", 3, "opens_at"),
    }
    texts = [str(p) for p in info.value.problems]
    assert "service.csv, regel 2, kolom minimum_age: 'achttien' is geen geheel getal" in texts
    assert "niets ingelezen" in info.value.message
    assert _count(services, SmOrganization) == 0 and _count(services, SmService) == 0
    assert _count(services, SmSchedule) == 0


def test_unreadable_packages_give_a_dutch_problem(make_actor: ActorFactory,
                                                  tmp_path: Path) -> None:
    admin = make_actor.admin
    junk = tmp_path / "kaart.zip"
    junk.write_bytes(b"dit is geen zip")
    with pytest.raises(hsds.ImportRejected) as info:
        make_actor.services.socialmap.import_hsds(admin, junk)
    assert "geen geldig zip-bestand" in str(info.value.problems[0])
    latin = tmp_path / "latin"
    latin.mkdir()
    (latin / "organization.csv").write_bytes("id,name\n1,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(hsds.ImportRejected) as info:
        make_actor.services.socialmap.import_hsds(admin, latin)
    assert "UTF-8" in info.value.problems[0].problem


def _demo_kaart(services: Services, count: int = 120) -> None:
    with services.db.begin() as session:
        demo_socialmap.fill(session, random.Random(7), count=count, today=date(2026, 11, 1))


@pytest.mark.parametrize("target", ["kaart.zip", "kaartmap", "kaart.xlsx"])
def test_export_then_import_is_lossless(make_actor: ActorFactory, tmp_path: Path,
                                        target: str) -> None:
    services = make_actor.services
    admin = make_actor.admin
    _demo_kaart(services)
    services.socialmap.import_hsds(admin, SAMPLE)
    before = _dump(services)
    assert len(before["service"][1]) == 123
    out = tmp_path / target
    services.socialmap.export_hsds(admin, out, "xlsx" if target.endswith("xlsx") else "hsds-csv")
    _wipe(services)
    assert _count(services, SmTaxonomy) == 0 and _count(services, SmTaxonomyTerm) == 0
    services.socialmap.import_hsds(admin, out)
    after = _dump(services)
    assert list(after) == list(before)
    for table in before:
        assert after[table] == before[table], f"{table} differs after the round trip"


def test_export_uses_hsds_names_and_a_datapackage(make_actor: ActorFactory,
                                                  tmp_path: Path) -> None:
    services = make_actor.services
    services.socialmap.import_hsds(make_actor.admin, SAMPLE)
    out = services.socialmap.export_hsds(make_actor.admin, tmp_path / "kaart.zip")
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        meta = json.loads(archive.read("datapackage.json"))
        header = archive.read("service.csv").decode("utf-8").splitlines()[0].split(",")
    assert {"organization.csv", "service.csv", "location.csv", "service_at_location.csv",
            "schedule.csv", "cost_option.csv", "taxonomy_term.csv", "attribute.csv",
            "datapackage.json"} <= names
    assert {r["path"] for r in meta["resources"]} == names - {"datapackage.json"}
    assert header[:6] == ["id", "organization_id", "program_id", "name", "alternate_name",
                          "description"]
    assert {"minimum_age", "maximum_age", "assured_date", "x_kind"} <= set(header)
    book = load_workbook(services.socialmap.export_hsds(make_actor.admin,
                                                        tmp_path / "kaart.xlsx", "xlsx"))
    assert "service" in book.sheetnames
    rows = list(book["service"].iter_rows(values_only=True))
    assert "Schuldhulpmaatje Oost" in [r[3] for r in rows]


def test_only_beheerder_and_teamleider_import(make_actor: ActorFactory) -> None:
    services = make_actor.services
    for role in (Role.VRIJWILLIGER, Role.SOCIAAL_WERKER):
        with pytest.raises(PermissionDenied):
            services.socialmap.import_hsds(make_actor(role), SAMPLE)
    assert _count(services, SmService) == 0
    services.socialmap.import_hsds(make_actor(Role.BEHEERDER), SAMPLE)
    entries = services.audit.list_entries(make_actor.admin, action_prefix="socialmap.")
    assert [e.action for e in entries] == ["socialmap.import_hsds"]
