"""The demo households: realistic, deterministic per seed, usable by the demo users."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import TEST_KEY
from wijkteam_desk.services import demo_retention, validation
from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.services.household_labels import CLOSING_CATEGORY
from wijkteam_desk.services.system import DEMO_PASSWORD
from wijkteam_desk.store import migrations
from wijkteam_desk.store.engine import Database
from wijkteam_desk.store.models import (
    ClosingCategory,
    Contact,
    Household,
    HouseholdStatus,
    HouseholdStatusChange,
    Member,
    Signal,
    SignalSource,
    Subdomain,
)
from wijkteam_desk.wiring import Services, build_services


def _fill(path: Path, seed: int) -> tuple[Services, list[tuple[object, ...]]]:
    db = Database.open_sqlite(path, TEST_KEY, create=True)
    migrations.upgrade(db)
    services = build_services(db)
    fill_demo(services, seed=seed, households=300)
    with db.begin() as session:
        rows = session.execute(select(Household.name, Household.postcode, Household.street)
                               .order_by(Household.id)).all()
        signals = session.execute(select(Signal.name, Signal.source, Signal.subdomain)
                                  .order_by(Signal.id)).all()
    return services, [tuple(r) for r in rows] + [tuple(r) for r in signals]


def test_demo_households_are_realistic_and_deterministic(tmp_path: Path) -> None:
    services, first = _fill(tmp_path / "a.db", seed=3)
    _again, second = _fill(tmp_path / "b.db", seed=3)
    _other, third = _fill(tmp_path / "c.db", seed=4)
    assert first == second and first != third
    with services.db.begin() as session:
        # the 300 asked for, and the few closed long ago (past their bewaartermijn)
        assert session.scalar(select(func.count(Household.id))) == 300 + demo_retention.COUNT
        members = session.scalar(select(func.count(Member.id))) or 0
        contacts = session.scalar(select(func.count(Contact.id))) or 0
        bsns = session.scalars(select(Member.bsn).where(Member.bsn != "")).all()
        phones = session.scalars(select(Member.phone).where(Member.phone != "")).all()
    assert 1.8 < members / 300 < 3.0 and 18 < contacts / 300 < 36
    assert bsns and all(validation.bsn_is_valid(b) for b in bsns)
    assert all(validation.phone(p) == p for p in phones)
    households = 300 + demo_retention.COUNT
    assert all(validation.postcode(pc) == pc for _n, pc, _s in first[:households])
    _subdomains_are_realistic(first[households:])
    worker = services.accounts.authenticate("sociaalwerker", DEMO_PASSWORD)
    caseload = services.households.my_caseload(worker)
    assert 30 <= len(caseload) <= 60
    dossier = services.households.open(worker, caseload[0].household_id)
    assert dossier.members and dossier.household.regievoerder_id == worker.user_id
    some_name = dossier.members[0].last_name
    assert services.households.search(worker, some_name)
    lead = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    new = services.signals.list_new(lead)
    assert len(new) == 20 and any(s.overdue for s in new)
    assert services.audit.verify(services.accounts.authenticate("beheerder", DEMO_PASSWORD)).ok


def test_the_demo_has_dossiers_past_their_bewaartermijn(tmp_path: Path) -> None:
    services, _rows = _fill(tmp_path / "a.db", seed=3)
    lead = services.accounts.authenticate("teamleider", DEMO_PASSWORD)
    listed = services.retention.destruction_list(lead)
    assert len(listed.due) == demo_retention.COUNT - 1
    assert all(r.years_closed >= 16 and r.regievoerder for r in listed.due)
    assert [r.hold_reason for r in listed.held] == [demo_retention.HOLD_REASON]
    again, _rows = _fill(tmp_path / "b.db", seed=3)
    assert [(r.number, r.closed_on) for r in again.retention.destruction_list(
        again.accounts.authenticate("teamleider", DEMO_PASSWORD)).due] == [
        (r.number, r.closed_on) for r in listed.due]


def _subdomains_are_realistic(signals: list[tuple[object, ...]]) -> None:
    """Vroegsignalering is always schulden; the others mostly Wmo, a few not recorded."""
    assert len(signals) == 300 + demo_retention.COUNT + 300 // 3 + 20
    debt = [sub for _n, source, sub in signals
            if source is SignalSource.VROEGSIGNALERING_SCHULDEN]
    assert debt and set(debt) == {Subdomain.SCHULDEN}
    school = [sub for _n, source, sub in signals if source is SignalSource.SCHOOL]
    assert school.count(Subdomain.JEUGD) > len(school) / 2
    rest = [sub for _n, source, sub in signals if source not in (
        SignalSource.VROEGSIGNALERING_SCHULDEN, SignalSource.SCHOOL)]
    share = {sub: rest.count(sub) / len(rest) for sub in [*Subdomain, None]}
    assert 0.25 < share[Subdomain.WMO] < 0.45
    assert all(0.1 < share[sub] < 0.3 for sub in (
        Subdomain.JEUGD, Subdomain.PARTICIPATIE, Subdomain.SCHULDEN))
    assert 0 < share[None] < 0.12


def _closings(services: Services) -> list[tuple[int, ClosingCategory | None, str]]:
    with services.db.begin() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(Household.id, Household.closing_category, HouseholdStatusChange.reason)
            .join(HouseholdStatusChange, HouseholdStatusChange.household_id == Household.id)
            .where(Household.status == HouseholdStatus.AFGESLOTEN,
                   HouseholdStatusChange.status == HouseholdStatus.AFGESLOTEN)
            .order_by(Household.id))]


def test_closed_demo_households_have_a_standard_afsluitreden(tmp_path: Path) -> None:
    services, _rows = _fill(tmp_path / "a.db", seed=5)
    again, _same = _fill(tmp_path / "b.db", seed=5)
    closed = _closings(services)
    assert closed == _closings(again)  # deterministic per seed
    assert len(closed) > 50
    # every closed household has a category; its history line is the category's label
    assert all(c is not None and reason == CLOSING_CATEGORY[c] for _h, c, reason in closed)
    assert {c for _h, c, _r in closed} == {ClosingCategory.DOELEN_BEHAALD, ClosingCategory.VERHUISD,
                                          ClosingCategory.MAATWERK, ClosingCategory.WIL_NIET}
    with services.db.begin() as session:
        open_categories = session.scalars(select(Household.closing_category).where(
            Household.status != HouseholdStatus.AFGESLOTEN)).all()
    assert open_categories and set(open_categories) == {None}
