"""Searching, viewing, editing, freshness and the wegwijzer of the sociale kaart."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import ActorFactory
from wijkteam_desk.errors import ConflictError, PermissionDenied, ValidationError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.services.socialmap_format import OpeningHours
from wijkteam_desk.services.socialmap_terms import LEEFGEBIED_IDS, TOPIC_IDS
from wijkteam_desk.services.socialmap_types import (
    LocationInput,
    OrganizationInput,
    SearchFilter,
    ServiceInput,
)
from wijkteam_desk.store.models import MaatwerkForm, Role, ServiceKind

SAMPLE = Path(__file__).parent.parent / "fixtures" / "hsds-sample"
# Monday 23 November 2026, 10:15 in Leeuwarden (09:15 UTC)
MONDAY_MORNING = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_MORNING)


@pytest.fixture
def kaart(make_actor: ActorFactory, clock: Clock) -> SocialMapService:
    services = make_actor.services
    return SocialMapService(services.db, services.log, clock=clock)


def _org(kaart: SocialMapService, actor: Actor, name: str = "Stichting De Brug") -> str:
    return kaart.save_organization(actor, OrganizationInput(name, phone="058 111 2222")).id


def _service(kaart: SocialMapService, actor: Actor, org: str, name: str,
             **extra: object) -> str:
    data = ServiceInput(organization_id=org, name=name, **extra)  # type: ignore[arg-type]
    return kaart.save_service(actor, data).id


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(r.name for r in rows)


def test_search_finds_words_and_filters_combine(make_actor: ActorFactory,
                                               kaart: SocialMapService) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    org = _org(kaart, leader)
    _service(kaart, leader, org, "Schuldhulpmaatje Vrijheidswijk",
             description="Hulp bij geldzorgen en post.", areas=("Vrijheidswijk",),
             leefgebied_ids=(LEEFGEBIED_IDS["financien"],), minimum_age=18,
             opening_hours=(OpeningHours(("MO", "WE"), "09:00", "12:00"),))
    _service(kaart, leader, org, "Jongerenwerk Vrijheidswijk", areas=("Vrijheidswijk",),
             leefgebied_ids=(LEEFGEBIED_IDS["tijdsbesteding"],), minimum_age=12,
             maximum_age=23, opening_hours=(OpeningHours(("MO",), "14:00", "18:00"),))
    _service(kaart, leader, org, "Sportclub Wirdum", areas=("Wirdum",), cost_amount=12.5,
             keywords="voetbal korfbal", topic_ids=(TOPIC_IDS["sport"],),
             opening_hours=(OpeningHours(("MO", "TU"), "09:00", "22:00"),))
    _service(kaart, leader, org, "Dagbesteding Oost", kind=ServiceKind.MAATWERK,
             maatwerk_form=MaatwerkForm.PGB, areas=("Vrijheidswijk", "Wirdum"),
             gemeente_cost=6500.0, wait_days=42)
    volunteer = make_actor(Role.VRIJWILLIGER)

    def find(**criteria: object) -> list[str]:
        return names(kaart.search(volunteer, SearchFilter(**criteria)))  # type: ignore[arg-type]

    assert find(text="geldzorgen") == ["Schuldhulpmaatje Vrijheidswijk"]
    assert find(text="FINANCIEN") == ["Schuldhulpmaatje Vrijheidswijk"]  # the leefgebied
    assert find(text="korfbal") == ["Sportclub Wirdum"]  # a keyword
    assert find(text="vrijheid maatje") == ["Schuldhulpmaatje Vrijheidswijk"]
    assert find(text="brug") == names(kaart.search(volunteer))  # organisation name
    assert find(area="Wirdum") == ["Dagbesteding Oost", "Sportclub Wirdum"]
    assert find(area="Vrijheidswijk", age=15) == ["Dagbesteding Oost", "Jongerenwerk Vrijheidswijk"]
    assert find(area="Vrijheidswijk", age=15, kind=ServiceKind.VOORLIGGEND) == [
        "Jongerenwerk Vrijheidswijk"]
    assert find(cost="paid") == ["Sportclub Wirdum"]
    assert find(cost="free", area="Wirdum") == ["Dagbesteding Oost"]
    assert find(leefgebied_id=LEEFGEBIED_IDS["financien"], age=17) == []
    assert find(topic_id=TOPIC_IDS["sport"]) == ["Sportclub Wirdum"]
    # Monday 10:15 local time: the maatje and the sportclub are open, jongerenwerk is not
    assert find(open_now=True) == ["Schuldhulpmaatje Vrijheidswijk", "Sportclub Wirdum"]
    assert find(open_now=True, text="sport", cost="paid", area="Wirdum") == ["Sportclub Wirdum"]
    rows = kaart.search(volunteer, SearchFilter(text="dagbesteding"))
    assert rows[0].kind is ServiceKind.MAATWERK and rows[0].maatwerk_form is MaatwerkForm.PGB


def test_entries_older_than_six_months_are_flagged(make_actor: ActorFactory,
                                                   kaart: SocialMapService,
                                                   clock: Clock) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    org = _org(kaart, leader)
    sid = _service(kaart, leader, org, "Taalcafé Oost")
    volunteer = make_actor(Role.VRIJWILLIGER)
    assert not kaart.search(volunteer)[0].stale
    clock.now = MONDAY_MORNING + timedelta(days=5 * 30)
    assert not kaart.search(volunteer)[0].stale
    assert kaart.list_to_check(leader) == []
    clock.now = MONDAY_MORNING + timedelta(days=6 * 31)
    row = kaart.search(volunteer)[0]
    assert row.stale and row.assured_date == "2026-11-23"
    assert kaart.get_service(volunteer, sid).stale
    assert [r.name for r in kaart.search(volunteer, SearchFilter(only_stale=True))] == [
        "Taalcafé Oost"]
    assert [r.service_id for r in kaart.list_to_check(leader)] == [sid]
    kaart.mark_checked(leader, sid)
    assert not kaart.search(volunteer)[0].stale
    assert kaart.list_to_check(leader) == []


def test_anyone_reports_klopt_niet_meer_and_the_teamleider_checks(
        make_actor: ActorFactory, kaart: SocialMapService, clock: Clock) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    org = _org(kaart, leader)
    sid = _service(kaart, leader, org, "Buurtrestaurant De Linde")
    volunteer = make_actor(Role.VRIJWILLIGER)
    with pytest.raises(ValidationError) as info:
        kaart.report_outdated(volunteer, sid, "  ")
    assert info.value.field == "note"
    kaart.report_outdated(volunteer, sid, "Is verhuisd naar de Lindelaan.")
    assert kaart.search(volunteer)[0].open_reports == 1
    with pytest.raises(PermissionDenied):
        kaart.list_to_check(volunteer)
    with pytest.raises(PermissionDenied):
        kaart.mark_checked(volunteer, sid)
    (row,) = kaart.list_to_check(leader)
    assert row.reports[0].note == "Is verhuisd naar de Lindelaan."
    assert row.reports[0].reported_by == volunteer.full_name
    clock.now = MONDAY_MORNING + timedelta(days=40)
    kaart.mark_checked(leader, sid)
    assert kaart.list_to_check(leader) == []
    detail = kaart.get_service(volunteer, sid)
    assert detail.assured_date == "2027-01-02" and detail.assurer == leader.full_name
    assert detail.reports == ()


def test_editing_organisations_locations_and_services(make_actor: ActorFactory,
                                                      kaart: SocialMapService) -> None:
    admin = make_actor(Role.BEHEERDER)
    org = kaart.save_organization(admin, OrganizationInput("Humanitas Oost", phone="058 1"))
    loc = kaart.save_location(admin, LocationInput(
        "Buurthuis De Linde", org.id, "Lindelaan 12", "8925cd", "Leeuwarden",
        opening_hours=(OpeningHours(("TU",), "09:00", "17:00"),)))
    (info,) = kaart.list_locations(admin)
    assert info.postal_code == "8925 CD" and info.opening_hours[0].days == ("TU",)
    detail = kaart.save_service(admin, ServiceInput(
        org.id, "Thuisadministratie", "Hulp met post.", location_ids=(loc,),
        required_documents=("Legitimatiebewijs", ""), languages=("Nederlands", "Fries"),
        phone="06 12345678"))
    assert detail.locations[0].address == "Lindelaan 12, 8925 CD Leeuwarden"
    assert detail.locations[0].opening_hours[0].opens == "09:00"  # the location's hours
    assert detail.required_documents == ("Legitimatiebewijs",)
    assert detail.languages == ("Fries", "Nederlands") and detail.phones == ("06 12345678",)
    changed = kaart.save_service(admin, ServiceInput(org.id, "Thuisadministratie Oost"),
                                 detail.id, detail.version)
    assert changed.name == "Thuisadministratie Oost" and changed.locations == ()
    with pytest.raises(ConflictError):
        kaart.save_service(admin, ServiceInput(org.id, "Oud"), detail.id, detail.version)
    with pytest.raises(ValidationError) as bad:
        kaart.save_service(admin, ServiceInput(org.id, "X", opening_hours=(
            OpeningHours(("MO",), "12:00", "09:00"),)))
    assert bad.value.field == "opening_hours"
    with pytest.raises(ValidationError) as bad:
        kaart.save_service(admin, ServiceInput(org.id, "X", maatwerk_form=MaatwerkForm.ZIN))
    assert bad.value.field == "maatwerk_form"
    with pytest.raises(ValidationError) as bad:
        kaart.save_location(admin, LocationInput("X", "", "Straat 1", "89", "Leeuwarden"))
    assert bad.value.field == "postal_code"
    renamed = kaart.save_organization(admin, OrganizationInput("Humanitas Leeuwarden"),
                                      org.id, org.version)
    assert renamed.version == org.version + 1
    assert kaart.search(admin, SearchFilter(text="humanitas leeuwarden"))
    actions = [e.action for e in make_actor.services.audit.list_entries(
        make_actor.admin, action_prefix="socialmap.")]
    assert actions.count("socialmap.save_service") == 2
    assert "socialmap.save_location" in actions and "socialmap.save_organization" in actions


def test_a_volunteer_can_search_and_print_but_not_edit(make_actor: ActorFactory,
                                                       kaart: SocialMapService,
                                                       tmp_path: Path) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    kaart.import_hsds(leader, SAMPLE)
    volunteer = make_actor(Role.VRIJWILLIGER)
    (row,) = kaart.search(volunteer, SearchFilter(text="schuldhulp"))
    detail = kaart.get_service(volunteer, row.id)
    for attempt in (
        lambda: kaart.save_service(volunteer, ServiceInput(detail.organization_id, "X")),
        lambda: kaart.save_organization(volunteer, OrganizationInput("X")),
        lambda: kaart.save_location(volunteer, LocationInput("X")),
        lambda: kaart.import_hsds(volunteer, SAMPLE),
        lambda: kaart.export_hsds(volunteer, tmp_path / "x.zip"),
        lambda: kaart.mark_checked(volunteer, row.id),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    printed = kaart.print_wegwijzer(volunteer, row.id)
    reader = PdfReader(io.BytesIO(printed.pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Schuldhulpmaatje Oost", "Oostergoplein 4, 8921 AB Leeuwarden",
                     "Maandag en woensdag", "09:00", "12:00", "058 123 4567",
                     "Legitimatiebewijs", "Gratis", "Neem mee", "Wanneer open?"):
        assert expected in text, expected
    entries = make_actor.services.audit.list_entries(make_actor.admin,
                                                     action_prefix="socialmap.print")
    assert [(e.username, e.record_id) for e in entries] == [(volunteer.username, row.id)]


def test_a_long_wegwijzer_still_fits_one_page(make_actor: ActorFactory,
                                              kaart: SocialMapService) -> None:
    leader = make_actor(Role.TEAMLEIDER)
    org = _org(kaart, leader)
    sid = _service(kaart, leader, org, "Heel uitgebreide voorziening",
                   description="Veel uitleg. " * 250,
                   required_documents=tuple(f"Document {i}" for i in range(15)),
                   opening_hours=tuple(OpeningHours((d,), "09:00", "17:00")
                                       for d in ("MO", "TU", "WE", "TH", "FR", "SA")))
    reader = PdfReader(io.BytesIO(kaart.print_wegwijzer(leader, sid).pdf))
    assert len(reader.pages) == 1
    assert "Document 14" in reader.pages[0].extract_text()


def test_lists_for_the_filters_and_the_edit_dialogs(make_actor: ActorFactory,
                                                    kaart: SocialMapService) -> None:
    kaart.import_hsds(make_actor.admin, SAMPLE)
    volunteer = make_actor(Role.VRIJWILLIGER)
    assert kaart.list_areas(volunteer) == ["Heechterp-Schieringen", "Vrijheidswijk"]
    leefgebieden, topics = kaart.list_terms(volunteer)
    assert len(leefgebieden) == 13 and "Financiën" in [t.name for t in leefgebieden]
    assert "Schulden en geldzorgen" in [t.name for t in topics]
    orgs = {o.name: o for o in kaart.list_organizations(volunteer)}
    assert orgs["Buurthuis De Linde"].phone == "058 765 4321"
    assert sorted(loc.name for loc in kaart.list_locations(volunteer)) == [
        "Buurthuis De Linde", "Kantoor Geldzorgen"]


def test_the_result_list_follows_location_and_area_changes(make_actor: ActorFactory,
                                                           kaart: SocialMapService) -> None:
    admin = make_actor(Role.BEHEERDER)
    kaart.import_hsds(admin, SAMPLE)
    (row,) = kaart.search(admin, SearchFilter(text="taalcafe"))
    assert (row.address, row.areas) == ("Lindelaan 12, Leeuwarden", "Heechterp-Schieringen")
    (loc,) = [x for x in kaart.list_locations(admin) if x.name == "Buurthuis De Linde"]
    kaart.save_location(admin, LocationInput(loc.name, loc.organization_id, "Eikenlaan 3",
                                             "8925 CD", "Leeuwarden"), loc.id, loc.version)
    (row,) = kaart.search(admin, SearchFilter(text="taalcafe"))
    assert row.address == "Eikenlaan 3, Leeuwarden"
    detail = kaart.get_service(admin, row.id)
    kaart.save_service(admin, ServiceInput(detail.organization_id, detail.name,
                                           areas=("Wirdum", "Goutum"),
                                           location_ids=(loc.id,)), row.id, detail.version)
    (row,) = kaart.search(admin, SearchFilter(text="taalcafe"))
    assert row.areas == "Goutum, Wirdum"
