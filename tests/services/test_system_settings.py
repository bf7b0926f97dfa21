"""Office-wide settings of the system service: the screen lock time (DESIGN §2.6: the
screen locks after idle time; front-desk PCs are shared)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.conftest import ActorFactory
from wijkteam_desk.errors import PermissionDenied, ValidationError
from wijkteam_desk.store.models import AuditEntry, Role
from wijkteam_desk.wiring import Services


def test_the_lock_time_is_set_by_the_beheerder_within_bounds_and_audited(
        services: Services, make_actor: ActorFactory) -> None:
    admin = make_actor(Role.BEHEERDER)
    volunteer = make_actor(Role.VRIJWILLIGER)
    assert services.system.idle_lock_minutes(volunteer) is None
    for bad in (0, 61, -5):
        with pytest.raises(ValidationError) as error:
            services.system.set_idle_lock_minutes(admin, bad)
        assert error.value.field == "idle_lock_minutes"
    with pytest.raises(PermissionDenied):
        services.system.set_idle_lock_minutes(volunteer, 5)
    assert services.system.idle_lock_minutes(volunteer) is None  # nothing stored
    assert services.system.set_idle_lock_minutes(admin, 5) == 5
    assert services.system.idle_lock_minutes(volunteer) == 5
    with services.db.begin() as session:
        reasons = session.scalars(select(AuditEntry.reason).where(
            AuditEntry.action == "system.set_idle_lock_minutes")).all()
    assert reasons == ["10 -> 5"]
