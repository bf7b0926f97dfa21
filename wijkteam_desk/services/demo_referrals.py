"""Fictional referrals and hiaten for the demo database (about four referrals per
household, as in DESIGN §4: ~60,000 at 15,000 households). Bulk inserts."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wijkteam_desk.services.socialmap_terms import TOPIC_IDS, TOPICS
from wijkteam_desk.store.models import Gap, Household, Referral, ReferralStatus, SmService

S = ReferralStatus
OUTCOMES = {S.AFGEROND: ("Doel bereikt.", "Bewoner redt het weer zelf.", "Afgeschaald."),
            S.AFGEWEZEN: ("Wachtlijst te lang.", "Valt buiten de doelgroep."),
            S.NIET_GESTART: ("Bewoner zag er toch van af.", "Niet op komen dagen.")}
GAPS = ("Geen vervoer in het weekend.", "Geen hulp in de eigen taal.",
        "Wachtlijst van meer dan een half jaar.", "Niets voor jongeren na 22 uur.",
        "Geen betaalbare opvang voor mantelzorgers.")


def fill(session: Session, rng: random.Random, today: date | None = None) -> int:
    """About 3.6 referrals per household to random services, and a few hiaten."""
    today = today or date.today()
    households = session.execute(select(Household.id, Household.regievoerder_id,
                                        Household.start_date, Household.area)).all()
    services = list(session.scalars(select(SmService.id).order_by(SmService.id)))
    if not households or not services:
        return 0
    fallback = next((h[1] for h in households if h[1]), None)
    rows: list[dict[str, Any]] = []
    gaps: list[dict[str, Any]] = []
    for household_id, regie, start, area in households:
        author = regie or fallback
        if author is None:
            continue
        for _ in range(rng.choices((0, 2, 4, 6), weights=(1, 3, 4, 2))[0]):
            proposed = min(today, start + timedelta(days=rng.randint(0, 400)))
            status = rng.choices(list(S), weights=(1, 1, 2, 5, 1, 1))[0]
            row: dict[str, Any] = {
                "household_id": household_id, "service_id": rng.choice(services),
                "status": status, "proposed_on": proposed, "created_by_id": author,
                "question": "", "warm_handover": rng.random() < 0.4, "registered_on": None,
                "started_on": None, "ended_on": None,
                "outcome": rng.choice(OUTCOMES[status]) if status in OUTCOMES else ""}
            day = proposed
            if status not in (S.VOORGESTELD,):
                day = min(today, day + timedelta(days=rng.randint(1, 14)))
                row["registered_on"] = day
            if status in (S.GESTART, S.AFGEROND):
                day = min(today, day + timedelta(days=rng.randint(3, 45)))
                row["started_on"] = day
            if status in (S.AFGEROND, S.AFGEWEZEN, S.NIET_GESTART):
                row["ended_on"] = min(today, day + timedelta(days=rng.randint(7, 180)))
            rows.append(row)
        if rng.random() < 0.03:
            code = rng.choice(TOPICS)[0]
            gaps.append({"topic_id": TOPIC_IDS[code], "topic": dict(TOPICS)[code],
                         "area": area, "description": rng.choice(GAPS),
                         "household_id": None, "recorded_by_id": author,
                         "recorded_on": min(today, start + timedelta(days=rng.randint(0, 300)))})
    for start_index in range(0, len(rows), 5000):
        session.execute(insert(Referral), rows[start_index:start_index + 5000])
    if gaps:
        session.execute(insert(Gap), gaps)
    return len(rows)
