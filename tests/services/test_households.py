"""Households: creating, editing with validation, status, regie, access rules, audit."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from wijkteam_desk.errors import ConflictError, PermissionDenied, ValidationError
from wijkteam_desk.services.household_types import HouseholdInput, MemberInput, PartnerInput
from wijkteam_desk.store.models import (
    AuditEntry,
    ClosingCategory,
    Household,
    HouseholdStatus,
    Member,
    MemberRole,
    Role,
)
from wijkteam_desk.wiring import Services

ADDRESS = HouseholdInput(street="Tuinstraat", house_number="12", house_number_addition="a",
                         postcode="8921ab", city="Leeuwarden", area="Heechterp",
                         phone="058 212 3456", email="fam@Voorbeeld.NL")
JAN = MemberInput(first_name="Jan", tussenvoegsel="de", last_name="Vries",
                  role=MemberRole.HOOFDBEWONER, bsn="123456782",
                  date_of_birth=date(1980, 5, 1))


@pytest.fixture
def team(services: Services, make_actor):  # type: ignore[no-untyped-def]
    lead = make_actor(Role.TEAMLEIDER, name="teamleider")
    worker = make_actor(Role.SOCIAAL_WERKER, name="sietske")
    other = make_actor(Role.SOCIAAL_WERKER, name="other")
    volunteer = make_actor(Role.VRIJWILLIGER, name="vera")
    admin = make_actor(Role.BEHEERDER, name="bauke")
    return lead, worker, other, volunteer, admin


def _count(services: Services, model: type) -> int:
    with services.db.begin() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _actions(services: Services) -> list[tuple[str, str, str]]:
    with services.db.begin() as session:
        return [(e.action, e.username, e.reason) for e in
                session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]


def test_created_household_is_normalised_and_shown_masked(services: Services, team) -> None:
    lead, worker, *_ = team
    info = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    assert info.number == f"H-{info.id:06d}"
    assert info.postcode == "8921 AB"
    assert info.address == "Tuinstraat 12 A"
    assert info.phone == "058 212 3456"
    assert info.email == "fam@voorbeeld.nl"
    assert info.name == "Jan de Vries"
    assert info.status is HouseholdStatus.AANGEMELD
    assert info.regievoerder_name == "Sietske"
    dossier = services.households.open(worker, info.id)
    assert dossier.members[0].bsn_masked == "******782"
    assert "123456782" not in repr(dossier)
    assert services.households.reveal_bsn(worker, dossier.members[0].id,
                                          "Aanvraag bijzondere bijstand") == "123456782"
    assert ("households.reveal_bsn", "sietske", "Aanvraag bijzondere bijstand") in _actions(
        services)


@pytest.mark.parametrize(("field", "change"), [
    ("postcode", {"postcode": "0921 AB"}),
    ("postcode", {"postcode": "8921 SS"}),
    ("house_number", {"house_number": "twaalf"}),
    ("house_number_addition", {"house_number_addition": "a/b"}),
    ("phone", {"phone": "12345"}),
    ("email", {"email": "jan@"}),
])
def test_bad_household_input_saves_nothing(services: Services, team, field, change) -> None:
    lead, worker, *_ = team
    data = HouseholdInput(**{**ADDRESS.__dict__, **change})
    with pytest.raises(ValidationError) as info:
        services.households.create(lead, data, [JAN], regievoerder_id=worker.user_id)
    assert info.value.field == field
    assert info.value.message[0].isupper() and info.value.message.endswith(".")
    assert _count(services, Household) == 0


@pytest.mark.parametrize(("field", "change"), [
    ("bsn", {"bsn": "123456789"}),
    ("date_of_birth", {"date_of_birth": date(2999, 1, 1)}),
    ("date_of_birth", {"date_of_birth": date(1850, 1, 1)}),
    ("last_name", {"last_name": "  "}),
])
def test_bad_member_input_saves_nothing(services: Services, team, field, change) -> None:
    lead, worker, *_ = team
    info = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    bad = MemberInput(**{**JAN.__dict__, **change})
    with pytest.raises(ValidationError) as error:
        services.households.save_member(worker, info.id, bad)
    assert error.value.field == field
    assert _count(services, Member) == 1


def test_two_workers_saving_at_once_second_gets_conflict(services: Services, team) -> None:
    lead, worker, *_ = team
    info = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    services.households.add_colleague(lead, info.id, lead.user_id)
    first = HouseholdInput(**{**ADDRESS.__dict__, "name": "Familie De Vries",
                              "phone": "06 12345678"})
    second = HouseholdInput(**{**ADDRESS.__dict__, "name": "De Vries", "city": "Wirdum"})
    services.households.update(worker, info.id, first, info.version)
    with pytest.raises(ConflictError) as error:
        services.households.update(lead, info.id, second, info.version)
    assert "intussen gewijzigd" in error.value.message
    now = services.households.open(worker, info.id).household
    assert (now.name, now.city, now.phone) == ("Familie De Vries", "Leeuwarden", "06 12345678")


def test_concurrent_saves_never_both_win(services: Services, team) -> None:
    lead, worker, *_ = team
    info = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    outcomes: list[str] = []

    def save(actor, name: str) -> None:  # type: ignore[no-untyped-def]
        try:
            services.households.update(actor, info.id,
                                       HouseholdInput(**{**ADDRESS.__dict__, "name": name}),
                                       info.version)
            outcomes.append("ok")
        except ConflictError:
            outcomes.append("conflict")
        except Exception as exc:  # noqa: BLE001 - e.g. database busy counts as not saved
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=save, args=(a, n))
               for a, n in ((worker, "Een"), (lead, "Twee"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 1
    assert services.households.open(worker, info.id).household.version == info.version + 1


def test_status_lifecycle_with_history(services: Services, team) -> None:
    lead, worker, *_ = team
    h = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    h = services.households.set_status(worker, h.id, HouseholdStatus.ACTIEF, h.version)
    with pytest.raises(ValidationError) as error:
        services.households.set_status(worker, h.id, HouseholdStatus.AFGESLOTEN, h.version)
    assert error.value.field == "closing_category"
    h = services.households.set_status(worker, h.id, HouseholdStatus.AFGESLOTEN, h.version,
                                       category=ClosingCategory.DOELEN_BEHAALD)
    assert h.end_date is not None and h.closing_category is ClosingCategory.DOELEN_BEHAALD
    with pytest.raises(ValidationError):
        services.households.set_status(worker, h.id, HouseholdStatus.ACTIEF, h.version)
    h = services.households.set_status(worker, h.id, HouseholdStatus.HEROPEND, h.version)
    assert h.regievoerder_id == worker.user_id and h.end_date is None
    history = services.households.open(worker, h.id).status_history
    assert [s.status.value for s in history] == ["aangemeld", "actief", "afgesloten",
                                                 "heropend"]


def test_regie_handover_history_and_partners(services: Services, team) -> None:
    lead, worker, other, *_ = team
    h = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    services.households.assign_regievoerder(lead, h.id, other.user_id, note="Verlof")
    services.households.assign_regievoerder(lead, h.id, None, external_party="Jeugdteam GI")
    services.households.add_partner(lead, h.id, PartnerInput(
        name="Mevr. Bakker", organisation="Bewindvoering Noord", role="bewindvoerder",
        phone="0582345678"))
    d = services.households.open(lead, h.id)
    assert [(r.from_name, r.to_name, r.external_party) for r in d.regie_history] == [
        ("", "Sietske", ""), ("Sietske", "Other", ""), ("Other", "", "Jeugdteam GI")]
    assert d.partners[0].organisation == "Bewindvoering Noord"
    assert d.partners[0].phone == "058 234 5678"
    with pytest.raises(PermissionDenied):
        services.households.assign_regievoerder(worker, h.id, worker.user_id)
    assert [w.name for w in services.households.list_workers(lead)] == [
        "Other", "Sietske", "Teamleider"]


def test_access_matrix_for_a_dossier(services: Services, team) -> None:
    lead, worker, other, volunteer, admin = team
    h = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    assert services.households.open(worker, h.id).access == "betrokken"
    assert services.households.open(lead, h.id).access == "teamleider"
    for actor in (other, volunteer, admin):
        with pytest.raises(PermissionDenied):
            services.households.open(actor, h.id)
    with pytest.raises(PermissionDenied):
        services.households.update(other, h.id, ADDRESS, h.version)
    # the non-involved colleague sees only the existence row in the search
    row = services.households.search(other, "vries")[0]
    assert (row.number, row.name, row.postcode, row.regievoerder_name, row.involved) == (
        h.number, "Jan de Vries", "8921 AB", "Sietske", False)
    assert row.address == "" and row.phone == ""
    assert services.households.search(worker, "vries")[0].address == "Tuinstraat 12 A"
    # ...and may open it only with a reason, read only, audited, listed for the teamleider
    with pytest.raises(ValidationError):
        services.households.open_with_reason(other, h.id, "even")
    d = services.households.open_with_reason(other, h.id, "Bewoner belt, collega ziek")
    assert d.access == "met_reden" and not d.can_edit
    assert ("households.open_with_reason", "other", "Bewoner belt, collega ziek") in _actions(
        services)
    listed = services.households.list_reasoned_access(lead)
    assert [(r.number, r.user_name, r.reason) for r in listed] == [
        (h.number, "Other", "Bewoner belt, collega ziek")]
    for actor in (volunteer, admin):
        with pytest.raises(PermissionDenied):
            services.households.open_with_reason(actor, h.id, "Ik wil het graag weten")
    # a betrokken collega gets full access
    services.households.add_colleague(worker, h.id, other.user_id, "jeugdspecialist")
    assert services.households.open(other, h.id).access == "betrokken"
    assert any(a == ("households.open", "other", "") for a in _actions(services))


def test_vrijwilliger_learns_only_that_a_household_exists(services: Services, team) -> None:
    lead, worker, _other, volunteer, admin = team
    services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    assert services.households.match_exists(volunteer, "de Vries", "8921AB") is True
    assert services.households.match_exists(volunteer, "Jan de Vries", "8921 AB") is True
    assert services.households.match_exists(volunteer, "Vries", "8921 AC") is False
    assert services.households.match_exists(volunteer, "Bakker", "8921 AB") is False
    for blocked in (services.households.search, ):
        with pytest.raises(PermissionDenied):
            blocked(volunteer, "vries")
        with pytest.raises(PermissionDenied):
            blocked(admin, "vries")
    with pytest.raises(PermissionDenied):
        services.households.match_exists(admin, "Vries", "8921 AB")


def test_search_finds_by_name_address_postcode_phone_and_number(services: Services,
                                                                team) -> None:
    lead, worker, *_ = team
    h = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    services.households.create(lead, HouseholdInput(street="Wâldwei", house_number=3,
                                                    postcode="9084 AA", city="Goutum"),
                               [MemberInput(first_name="Sjoukje", last_name="Wâlde")],
                               regievoerder_id=worker.user_id)
    for query in ("jan vr", "Tuinstr 12", "8921 ab", "8921AB", "0582123456", "058 212",
                  h.number, str(h.id)):
        assert [r.household_id for r in services.households.search(lead, query)] == [h.id], query
    assert [r.name for r in services.households.search(lead, "walde")] == ["Sjoukje Wâlde"]
    assert services.households.search(lead, "   ") == []
    services.households.save_member(worker, h.id, MemberInput(first_name="Anne",
                                                              last_name="Hoekstra"))
    assert [r.household_id for r in services.households.search(lead, "hoekst")] == [h.id]


def test_my_caseload_shows_what_needs_attention(services: Services, team) -> None:
    lead, worker, other, *_ = team
    a = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    services.households.create(lead, ADDRESS, [MemberInput(last_name="Bakker")],
                               regievoerder_id=other.user_id)
    rows = services.households.my_caseload(worker)
    assert [r.household_id for r in rows] == [a.id]
    assert rows[0].role == "regievoerder" and rows[0].last_contact is None
    assert "Aangemeld: nog niet gestart" in rows[0].attention
    assert "Nog geen contact" in rows[0].attention


def test_team_caseload_shows_every_open_household_of_the_team_with_its_regievoerder(
        services: Services, team, make_actor) -> None:
    lead, worker, other, *_ = team
    a = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    b = services.households.create(lead, ADDRESS, [MemberInput(last_name="Bakker")],
                                   regievoerder_id=other.user_id)
    unassigned = services.households.create(lead, ADDRESS, [MemberInput(last_name="Smit")])
    other_team = services.accounts.create_team(make_actor.admin, "Dorpenteam West")
    west_lead = make_actor(Role.TEAMLEIDER, team_id=other_team.id, name="westleider")
    services.households.create(west_lead, ADDRESS, [MemberInput(last_name="Westra")])
    rows = {r.household_id: r for r in services.households.team_caseload(lead)}
    assert set(rows) == {a.id, b.id, unassigned.id}
    assert rows[a.id].regievoerder_name == worker.full_name
    assert rows[b.id].regievoerder_name == other.full_name
    assert rows[unassigned.id].regievoerder_name == ""
    assert "Nog geen contact" in rows[a.id].attention
    # a worker's own caseload is unchanged; the team view is the teamleider's
    assert [r.household_id for r in services.households.my_caseload(worker)] == [a.id]
    with pytest.raises(PermissionDenied):
        services.households.team_caseload(worker)
    assert [r.name for r in services.households.team_caseload(west_lead)] == ["Westra"]


def test_the_search_query_uses_the_search_index(services: Services, team) -> None:
    """The words typed are matched through the FTS5 table (SQLite) or the GIN full-text
    index (PostgreSQL), not by reading every household."""
    from sqlalchemy import text

    from wijkteam_desk.services import search_index
    from wijkteam_desk.services.household_read import SEARCH_SQL

    lead, worker, *_ = team
    services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    with services.db.engine.connect() as conn:
        dialect = conn.dialect.name
        where, params = search_index.match_sql(dialect, ["vries"])
        sql = SEARCH_SQL.format(where=where)
        values = {**params, "team": 1, "me": 1, "limit": 50}
        if dialect == "sqlite":
            plan = " ".join(str(r[-1]) for r in conn.execute(
                text("EXPLAIN QUERY PLAN " + sql), values))
            assert "household_fts VIRTUAL TABLE INDEX" in plan
            assert "SEARCH h USING INTEGER PRIMARY KEY" in plan
        else:
            conn.execute(text("SET enable_seqscan = off"))
            plan = " ".join(r[0] for r in conn.execute(text("EXPLAIN " + sql), values))
            assert "ix_household_search_fts" in plan


def test_caseload_flags_households_without_recent_contact(services: Services, team) -> None:
    from datetime import UTC, datetime, timedelta

    from wijkteam_desk.services.household_types import ContactInput

    lead, worker, *_ = team
    h = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    services.contacts.add(worker, h.id, ContactInput(at=datetime.now(UTC) - timedelta(weeks=7)))
    row = services.households.my_caseload(worker)[0]
    assert row.weeks_since_contact == 7 and row.attention == ("Al lang geen contact",)


def test_another_teams_teamleider_sees_nothing(services: Services, team, make_actor) -> None:
    lead, worker, *_ = team
    h = services.households.create(lead, ADDRESS, [JAN], regievoerder_id=worker.user_id)
    other_team = services.accounts.create_team(make_actor.admin, "Dorpenteam West")
    stranger = make_actor(Role.TEAMLEIDER, team_id=other_team.id, name="westleider")
    with pytest.raises(PermissionDenied):
        services.households.open(stranger, h.id)
    with pytest.raises(PermissionDenied):
        services.households.open_with_reason(stranger, h.id, "Ik ben ook teamleider")
    assert services.households.search(stranger, "vries") == []
    assert services.households.match_exists(stranger, "Vries", "8921 AB") is False
    assert services.households.list_reasoned_access(stranger) == []
