"""A handful of demo households closed long ago, so the teamleider's Bewaartermijn section
is not empty in the demo: their bewaartermijn (15 years) has passed; one is held back
with a reason. Drawn from its own random stream, so the rest of the demo stays the same."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from wijkteam_desk.services import demo_households, search_index
from wijkteam_desk.services.retention import years_before
from wijkteam_desk.store.models import Household

COUNT = 6
YEARS_BACK = 16  # closed at least this long ago: past the default bewaartermijn of 15
HOLD_REASON = "Lopende klacht bij de gemeente; dossier bewaren tot die is afgehandeld."


def fill(session: Session, seed: int, team_id: int, worker_ids: Sequence[int], *,
         today: date | None = None) -> list[int]:
    """Add COUNT closed households of ``team_id`` whose bewaartermijn has passed; the
    first is held until next year. Returns their ids."""
    rng = random.Random(f"bewaartermijn-{seed}")
    today = today or date.today()
    back_then = years_before(today, YEARS_BACK)
    writer = demo_households._Writer(session)
    first_id = (session.scalar(select(func.max(Household.id))) or 0) + 1
    ids = list(range(first_id, first_id + COUNT))
    for hid in ids:
        demo_households._household(writer, rng, hid, team_id, rng.choice(worker_ids), False,
                                   back_then, worker_ids, 8)
    writer.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT setval(pg_get_serial_sequence('household', 'id'), "
                             "(SELECT max(id) FROM household))"))
    for hid in ids:
        search_index.sync(session, hid)
    session.execute(update(Household).where(Household.id == ids[0]).values(
        retention_hold_until=today + timedelta(days=200), retention_hold_reason=HOLD_REASON))
    return ids
