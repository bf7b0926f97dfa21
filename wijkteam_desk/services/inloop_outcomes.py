"""Outcomes of a visit that reach into other areas: a referral (doorverwezen) with its
wegwijzer, and a signal for the wijkteam (overgedragen, the warm handover).

The queue service calls :meth:`OutcomeHandlers.apply` inside its own unit of work, so the
visit, the referral and the signal are saved together or not at all; the wegwijzer is
printed after that commit (printing is a read, logged by the sociale kaart). The handlers
are plain callables wired in wiring.py; without them the outcome is stored on the visit
only (the chosen service id, the handover) and can be followed up by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.inloop_types import Outcome
from wijkteam_desk.store.models import InloopVisit, VisitOutcome

# (session, actor, visit, service id) -> referral id (None: no referral record kept)
ReferFn = Callable[[Session, Actor, InloopVisit, str], int | None]
# (session, actor, visit) -> signal id
HandoverFn = Callable[[Session, Actor, InloopVisit], int]
# (actor, service id) -> PDF bytes of the wegwijzer
WegwijzerFn = Callable[[Actor, str], bytes]
# (actor) -> [(service id, name shown)] to choose from when referring
ServiceChoicesFn = Callable[[Actor], list[tuple[str, str]]]
# (session, actor, visit, name, postcode) -> matching household id or None
MatchFn = Callable[[Session, Actor, InloopVisit, str, str], int | None]


@dataclass
class OutcomeHandlers:
    refer: ReferFn | None = None
    handover: HandoverFn | None = None
    wegwijzer: WegwijzerFn | None = None
    service_choices: ServiceChoicesFn | None = None
    match: MatchFn | None = None

    def apply(self, session: Session, actor: Actor, visit: InloopVisit,
              outcome: Outcome) -> None:
        """Inside the finishing unit of work."""
        if outcome.kind is VisitOutcome.DOORVERWEZEN and self.refer is not None:
            assert outcome.service_id is not None
            visit.referral_id = self.refer(session, actor, visit, outcome.service_id)
        if outcome.kind is VisitOutcome.OVERGEDRAGEN and self.handover is not None:
            visit.signal_id = self.handover(session, actor, visit)

    def print_wegwijzer(self, actor: Actor, outcome: Outcome) -> bytes | None:
        """After the commit: the wegwijzer of the service referred to, if wired."""
        if (outcome.kind is VisitOutcome.DOORVERWEZEN and self.wegwijzer is not None
                and outcome.service_id is not None):
            return self.wegwijzer(actor, outcome.service_id)
        return None
