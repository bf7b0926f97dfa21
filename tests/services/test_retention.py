"""The bewaartermijn: which closed households are due, holds, the setting, who may do
what, and a stale list refused with nothing changed (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput
from wijkteam_desk.store.models import (
    AuditEntry,
    ClosingCategory,
    Household,
    HouseholdStatus,
    Member,
    Role,
)

TODAY = date(2026, 11, 22)


def _closed(services, worker, name: str, closed_on: date | None,  # type: ignore[no-untyped-def]
            area: str = "Heechterp") -> int:
    """A household of ``worker`` closed on ``closed_on`` (None: still open)."""
    h = services.households.create(worker, HouseholdInput(area=area), [MemberInput(name, "Anne")])
    if closed_on is None:
        return int(h.id)
    services.households.set_status(worker, h.id, HouseholdStatus.AFGESLOTEN, h.version,
                                   category=ClosingCategory.DOELEN_BEHAALD)
    with services.db.begin() as session:
        session.execute(update(Household).where(Household.id == h.id)
                        .values(end_date=closed_on))
    return int(h.id)


@pytest.fixture
def team(make_actor: ActorFactory):  # type: ignore[no-untyped-def]
    services = make_actor.services
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    lead = make_actor(Role.TEAMLEIDER, name="tjeerd")
    ids = {
        "old": _closed(services, worker, "Oud", date(2005, 3, 1)),
        "exact": _closed(services, worker, "Precies", date(2011, 11, 22), "Wirdum"),
        "young": _closed(services, worker, "Jong", date(2011, 11, 23)),
        "recent": _closed(services, worker, "Recent", date(2024, 1, 1)),
        "open": _closed(services, worker, "Open", None),
    }
    return services, worker, lead, ids


def _due(services, lead, today: date = TODAY) -> set[int]:  # type: ignore[no-untyped-def]
    return {r.household_id for r in services.retention.destruction_list(lead, today).due}


def test_due_by_closing_date_and_the_bewaartermijn(team, make_actor: ActorFactory) -> None:  # type: ignore[no-untyped-def]
    services, _worker, lead, ids = team
    listed = services.retention.destruction_list(lead, TODAY)
    assert listed.years == 15
    assert [(r.household_id, r.area, r.closed_on, r.years_closed, r.regievoerder)
            for r in listed.due] == [
        (ids["old"], "Heechterp", date(2005, 3, 1), 21, "Sietske"),
        (ids["exact"], "Wirdum", date(2011, 11, 22), 15, "Sietske")]
    assert listed.held == ()
    assert _due(services, lead, date(2026, 11, 23)) == {ids["old"], ids["exact"], ids["young"]}

    admin = make_actor.admin
    services.retention.set_years(admin, 2)
    assert services.retention.years(lead) == 2
    assert _due(services, lead) == {ids["old"], ids["exact"], ids["young"], ids["recent"]}
    services.retention.set_years(admin, 30)
    assert _due(services, lead) == set()
    # another team's teamleider sees none of them
    other_team = services.accounts.create_team(admin, "Dorpenteam")
    stranger = make_actor(Role.TEAMLEIDER, team_id=other_team.id)
    services.retention.set_years(admin, 1)
    assert _due(services, stranger) == set()


@pytest.mark.parametrize("bad", [0, 31, -1, "15", 2.5, True])
def test_a_bad_bewaartermijn_is_refused_and_changes_nothing(make_actor: ActorFactory,
                                                            bad: object) -> None:
    services = make_actor.services
    with pytest.raises(ValidationError) as error:
        services.retention.set_years(make_actor.admin, bad)  # type: ignore[arg-type]
    assert "1 tot en met 30" in error.value.message and error.value.field == "years"
    assert services.retention.years(make_actor.admin) == 15


def test_the_setting_belongs_to_the_beheerder_and_is_audited(team) -> None:  # type: ignore[no-untyped-def]
    services, worker, lead, _ids = team
    for actor in (worker, lead):
        with pytest.raises(PermissionDenied):
            services.retention.set_years(actor, 10)
    admin = services.accounts.authenticate("eerstebeheerder", "geheim-wachtwoord")
    services.retention.set_years(admin, 10)
    with services.db.begin() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "retention.set_years")).one()
    assert (entry.username, entry.reason) == ("eerstebeheerder", "15 -> 10")


def test_a_hold_keeps_a_dossier_off_the_list_until_its_date(team) -> None:  # type: ignore[no-untyped-def]
    services, _worker, lead, ids = team
    with pytest.raises(ValidationError) as error:
        services.retention.hold(lead, ids["old"], date(2027, 6, 1), "  ", TODAY)
    assert error.value.field == "reason"
    with pytest.raises(ValidationError) as error:
        services.retention.hold(lead, ids["old"], TODAY, "Lopende klacht", TODAY)
    assert error.value.field == "until"
    services.retention.hold(lead, ids["old"], date(2027, 6, 1), "Lopende klacht", TODAY)

    listed = services.retention.destruction_list(lead, TODAY)
    assert [r.household_id for r in listed.due] == [ids["exact"]]
    assert [(r.household_id, r.hold_until, r.hold_reason) for r in listed.held] == [
        (ids["old"], date(2027, 6, 1), "Lopende klacht")]
    # a held household cannot be approved
    with pytest.raises(ValidationError):
        services.retention.approve(lead, [ids["old"], ids["exact"]], 2, TODAY)
    # after the hold date it is due again
    assert ids["old"] in _due(services, lead, date(2027, 6, 2))
    with services.db.begin() as session:
        reasons = session.scalars(select(AuditEntry.reason).where(
            AuditEntry.action == "retention.hold")).all()
    assert reasons == ["tot 2027-06-01: Lopende klacht"]


def test_only_the_teamleider_approves_and_a_refusal_changes_nothing(team) -> None:  # type: ignore[no-untyped-def]
    services, worker, lead, ids = team
    due = sorted(_due(services, lead))
    admin = services.accounts.authenticate("eerstebeheerder", "geheim-wachtwoord")
    for actor in (worker, admin):
        for call in (lambda a: services.retention.approve(a, due, 2, TODAY),
                     lambda a: services.retention.destruction_list(a, TODAY),
                     lambda a: services.retention.hold(a, due[0], date(2030, 1, 1), "Klacht",
                                                       TODAY)):
            with pytest.raises(PermissionDenied):
                call(actor)
    with services.db.begin() as session:
        assert session.scalars(select(Household.anonymised_at).where(
            Household.id.in_(due))).all() == [None, None]
        assert session.scalars(select(Household.retention_hold_reason).where(
            Household.id.in_(due))).all() == ["", ""]
        assert "Oud" in session.scalars(select(Member.last_name)).all()


def test_a_stale_list_is_refused_with_nothing_changed(team) -> None:  # type: ignore[no-untyped-def]
    services, worker, lead, ids = team
    due = [r.household_id for r in services.retention.destruction_list(lead, TODAY).due]
    # meanwhile the regievoerder reopens one: "zodra er weer een vraag komt"
    version = services.households.open(worker, ids["exact"]).household.version
    services.households.set_status(worker, ids["exact"], HouseholdStatus.HEROPEND, version)
    with pytest.raises(ValidationError) as error:
        services.retention.approve(lead, due, len(due), TODAY)
    assert "niets gewijzigd" in error.value.message
    # a count that differs from what the teamleider confirmed is refused as well
    with pytest.raises(ValidationError):
        services.retention.approve(lead, [ids["old"]], 2, TODAY)
    # an open or too young household is never anonymised, even when asked for
    with pytest.raises(ValidationError):
        services.retention.approve(lead, [ids["young"], ids["open"]], 2, TODAY)
    with services.db.begin() as session:
        assert session.scalars(select(Household.anonymised_at)).all() == [None] * 5
        assert session.scalars(select(Household.name).where(
            Household.id == ids["old"])).one() == "Anne Oud"
        assert not session.scalars(select(AuditEntry).where(
            AuditEntry.action.like("retention.a%"))).all()
    approval = services.retention.approve(lead, [ids["old"]], 1, TODAY)
    assert approval.numbers == (services.households.open(lead, ids["old"]).household.number,)
    assert _due(services, lead) == set()
