"""The subdomain (jeugd / Wmo / participatie / schulden) recorded in day-to-day work: on a
signal when it is registered or triaged, by the source when nobody chose, from the
leefgebied of an inloop visit at the handover, and on the leefgebieden by the beheerder."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services.accounts import LocationInput
from wijkteam_desk.services.household_types import SignalInput
from wijkteam_desk.services.inloop_types import Outcome, VisitInput
from wijkteam_desk.services.plan_config import subdomain_by_leefgebied_name
from wijkteam_desk.store.models import (
    AuditEntry,
    LocationKind,
    Role,
    Signal,
    SignalSource,
    SignalStatus,
    Subdomain,
    VisitOutcome,
)
from wijkteam_desk.wiring import Services


def _audit(services: Services, action: str) -> list[str]:
    with services.db.begin() as session:
        return list(session.scalars(select(AuditEntry.reason).where(
            AuditEntry.action == action).order_by(AuditEntry.seq)))


def _signal_count(services: Services) -> int:
    with services.db.begin() as session:
        return session.scalar(select(func.count(Signal.id))) or 0


@pytest.mark.parametrize(("source", "expected"), [
    (SignalSource.VROEGSIGNALERING_SCHULDEN, Subdomain.SCHULDEN),
    (SignalSource.SCHOOL, Subdomain.JEUGD),
    (SignalSource.HUISARTS, None),
    (SignalSource.INLOOP, None),
])
def test_without_a_choice_the_source_decides(services: Services, make_actor: ActorFactory,
                                             source: SignalSource,
                                             expected: Subdomain | None) -> None:
    worker, lead = make_actor(Role.SOCIAAL_WERKER), make_actor(Role.TEAMLEIDER)
    created = services.signals.create(worker, SignalInput(source, "Melding"))
    assert created.subdomain is expected
    assert [s.subdomain for s in services.signals.list_new(lead)] == [expected]


def test_a_chosen_subdomain_wins_over_the_source(services: Services,
                                                 make_actor: ActorFactory) -> None:
    worker, lead = make_actor(Role.SOCIAAL_WERKER), make_actor(Role.TEAMLEIDER)
    wmo = services.signals.create(worker, SignalInput(
        SignalSource.HUISARTS, "Valt vaak, redt het huishouden niet", subdomain=Subdomain.WMO))
    # A school signal about the parent's debts; and one explicitly not recorded.
    debts = services.signals.create(worker, SignalInput(
        SignalSource.SCHOOL, "Ouders hebben schulden", subdomain="schulden"))
    unknown = services.signals.create(worker, SignalInput(
        SignalSource.VROEGSIGNALERING_SCHULDEN, "Huurachterstand", subdomain=None))
    assert (wmo.subdomain, debts.subdomain, unknown.subdomain) == (
        Subdomain.WMO, Subdomain.SCHULDEN, None)
    stored = {s.id: s.subdomain for s in services.signals.list_new(lead)}
    assert stored == {wmo.id: Subdomain.WMO, debts.id: Subdomain.SCHULDEN, unknown.id: None}


def test_an_unknown_subdomain_is_refused_and_nothing_is_stored(
        services: Services, make_actor: ActorFactory) -> None:
    worker, lead = make_actor(Role.SOCIAAL_WERKER), make_actor(Role.TEAMLEIDER)
    with pytest.raises(ValidationError) as error:
        services.signals.create(worker, SignalInput(SignalSource.HUISARTS, "Melding",
                                                    subdomain="zorg"))
    assert error.value.field == "subdomain"
    assert "subdomein" in str(error.value.message)
    assert _signal_count(services) == 0
    signal = services.signals.create(worker, SignalInput(SignalSource.HUISARTS, "Melding"))
    with pytest.raises(ValidationError) as error:
        services.signals.triage(lead, signal.id, SignalStatus.AFGEHANDELD, signal.version,
                                subdomain="zorg")
    assert error.value.field == "subdomain"
    [still] = services.signals.list_new(lead)
    assert (still.status, still.subdomain, still.version) == (
        SignalStatus.NIEUW, None, signal.version)


def test_triage_keeps_or_corrects_the_subdomain(services: Services,
                                                make_actor: ActorFactory) -> None:
    worker, lead = make_actor(Role.SOCIAAL_WERKER), make_actor(Role.TEAMLEIDER)
    school = services.signals.create(worker, SignalInput(SignalSource.SCHOOL, "Verzuim"))
    kept = services.signals.triage(lead, school.id, SignalStatus.AFGEHANDELD, school.version)
    assert kept.signal.subdomain is Subdomain.JEUGD
    gp = services.signals.create(worker, SignalInput(SignalSource.HUISARTS, "Eenzaam"))
    corrected = services.signals.triage(lead, gp.id, SignalStatus.VERWEZEN, gp.version,
                                        referred_to="Humanitas", subdomain=Subdomain.WMO)
    assert corrected.signal.subdomain is Subdomain.WMO
    debt = services.signals.create(worker, SignalInput(
        SignalSource.VROEGSIGNALERING_SCHULDEN, "Melding energieleverancier"))
    cleared = services.signals.triage(lead, debt.id, SignalStatus.VERWEZEN, debt.version,
                                      referred_to="Schuldhulp", subdomain=None)
    assert cleared.signal.subdomain is None
    with services.db.begin() as session:
        stored = {i: s for i, s in session.execute(select(Signal.id, Signal.subdomain))}
    assert stored == {school.id: Subdomain.JEUGD, gp.id: Subdomain.WMO, debt.id: None}
    assert _audit(services, "signals.triage") == [
        "afgehandeld", "verwezen subdomain:wmo", "verwezen subdomain:none"]


@pytest.fixture
def location(services: Services, make_actor: ActorFactory) -> int:
    return services.accounts.create_location(
        make_actor.admin, LocationInput("Buurtkamer Heechterp", LocationKind.BUURTKAMER,
                                        make_actor.team.id, "", "B")).id


def _hand_over(services: Services, make_actor: ActorFactory, location: int, topic: str,
               *, answer_topic: str = "") -> Subdomain | None:
    vera = make_actor(Role.VRIJWILLIGER)
    services.inloop.open_session(vera, location)
    desk = services.inloop.list_desks(vera, location)[0]
    visit = services.inloop.register(vera, location, VisitInput(topic, "vraag", "Anna"))
    services.inloop.call(vera, visit.visit_id, desk.id)
    done = services.inloop.finish(vera, visit.visit_id, Outcome(
        VisitOutcome.OVERGEDRAGEN, topic=answer_topic))
    with services.db.begin() as session:
        signal = session.get(Signal, done.signal_id)
        assert signal is not None
        return signal.subdomain


def test_the_inloop_handover_takes_the_subdomain_of_the_leefgebied(
        services: Services, make_actor: ActorFactory, location: int) -> None:
    assert _hand_over(services, make_actor, location, "Financiën") is Subdomain.SCHULDEN
    assert _hand_over(services, make_actor, location, "Huisvesting") is Subdomain.WMO
    assert _hand_over(services, make_actor, location, "Werk & opleiding") is (
        Subdomain.PARTICIPATIE)
    # Justitie belongs to no subdomain; two topics under two subdomains are ambiguous.
    assert _hand_over(services, make_actor, location, "Justitie") is None
    assert _hand_over(services, make_actor, location, "Financiën",
                      answer_topic="Huisvesting") is None
    assert _hand_over(services, make_actor, location, "Huisvesting",
                      answer_topic="Basale ADL") is Subdomain.WMO


def test_the_beheerder_sets_the_subdomain_of_a_leefgebied(services: Services,
                                                          make_actor: ActorFactory,
                                                          location: int) -> None:
    config = services.plan_config
    admin = make_actor(Role.BEHEERDER)
    rows = {r.name: r for r in config.list_leefgebieden(admin)}
    assert rows["Financiën"].subdomain is Subdomain.SCHULDEN
    assert rows["Justitie"].subdomain is None and rows["Middelengebruik"].subdomain is None
    assert rows["Huiselijke relaties"].subdomain is Subdomain.JEUGD  # opvoeding: the default

    added = config.create_leefgebied(admin, "Opvoeding", "Kinderen opvoeden.",
                                     subdomain=Subdomain.JEUGD)
    assert added.subdomain is Subdomain.JEUGD
    substances = rows["Middelengebruik"]
    changed = config.update_leefgebied(admin, substances.id, substances.name,
                                       substances.explanation, substances.version,
                                       subdomain="wmo")
    assert changed.subdomain is Subdomain.WMO
    # Renaming without a subdomain keeps it.
    renamed = config.update_leefgebied(admin, changed.id, "Verslaving",
                                       changed.explanation, changed.version)
    assert renamed.subdomain is Subdomain.WMO
    finance = rows["Financiën"]
    config.update_leefgebied(admin, finance.id, finance.name, finance.explanation,
                             finance.version, subdomain=None)
    with pytest.raises(ValidationError) as error:
        config.update_leefgebied(admin, added.id, added.name, "", added.version,
                                 subdomain="zorg")
    assert error.value.field == "subdomain"
    with pytest.raises(ValidationError):
        config.create_leefgebied(admin, "Zingeving", subdomain="zorg")

    after = {r.name: r.subdomain for r in config.list_leefgebieden(admin)}
    assert after["Opvoeding"] is Subdomain.JEUGD and after["Financiën"] is None
    assert after["Verslaving"] is Subdomain.WMO and "Zingeving" not in after
    with services.db.begin() as session:
        mapping = subdomain_by_leefgebied_name(session)
    assert mapping == {
        "Werk & opleiding": Subdomain.PARTICIPATIE, "Tijdsbesteding": Subdomain.PARTICIPATIE,
        "Huisvesting": Subdomain.WMO, "Verslaving": Subdomain.WMO,
        "Huiselijke relaties": Subdomain.JEUGD,
        "Geestelijke gezondheid": Subdomain.WMO, "Lichamelijke gezondheid": Subdomain.WMO,
        "Basale ADL": Subdomain.WMO, "Instrumentele ADL": Subdomain.WMO,
        "Sociaal netwerk": Subdomain.WMO, "Maatschappelijke participatie": Subdomain.PARTICIPATIE,
        "Opvoeding": Subdomain.JEUGD}
    assert _audit(services, "plan_config.create_leefgebied") == ["subdomain:jeugd"]
    assert _audit(services, "plan_config.update_leefgebied") == [
        "subdomain:none->wmo", "contacts:0", "subdomain:schulden->none"]
    # The handover follows the beheerder's mapping from now on.
    assert _hand_over(services, make_actor, location, "Financiën") is None
