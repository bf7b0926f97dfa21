"""Outcomes of a visit that reach into other areas: a referral (doorverwezen) with its
wegwijzer, and a signal for the wijkteam (overgedragen, the warm handover).

The queue service calls :meth:`OutcomeHandlers.apply` inside its own unit of work, so the
visit, the referral and the signal are saved together or not at all. The handlers are
plain callables wired in wiring.py; without them the outcome is stored on the visit only
(the chosen service id, the handover) and can be followed up by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.inloop_types import Outcome
from wijkteam_desk.store.models import InloopVisit, VisitOutcome

# (session, actor, visit, service_id) -> referral id
ReferFn = Callable[[Session, Actor, InloopVisit, str], int]
# (session, actor, visit) -> signal id
HandoverFn = Callable[[Session, Actor, InloopVisit], int]
# (session, actor, referral id) -> PDF bytes of the wegwijzer
WegwijzerFn = Callable[[Session, Actor, int], bytes]


@dataclass
class OutcomeHandlers:
    refer: ReferFn | None = None
    handover: HandoverFn | None = None
    wegwijzer: WegwijzerFn | None = None

    @property
    def wired(self) -> bool:
        return self.refer is not None and self.handover is not None

    def apply(self, session: Session, actor: Actor, visit: InloopVisit,
              outcome: Outcome) -> dict[str, object]:
        result: dict[str, object] = {}
        if outcome.kind is VisitOutcome.DOORVERWEZEN and self.refer is not None:
            assert outcome.service_id is not None
            visit.referral_id = self.refer(session, actor, visit, outcome.service_id)
            if self.wegwijzer is not None:
                result["wegwijzer"] = self.wegwijzer(session, actor, visit.referral_id)
        if outcome.kind is VisitOutcome.OVERGEDRAGEN and self.handover is not None:
            visit.signal_id = self.handover(session, actor, visit)
        return result
