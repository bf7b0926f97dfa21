from __future__ import annotations

from tests.conftest import ActorFactory
from wijkteam_desk.store.models import Role


def test_drafts_belong_to_one_user(make_actor: ActorFactory) -> None:
    drafts = make_actor.services.drafts
    anna, bert = make_actor(Role.SOCIAAL_WERKER), make_actor(Role.SOCIAAL_WERKER)
    drafts.save(anna, "gebruiker/7", {"full_name": "Half getypt"})
    drafts.save(anna, "gebruiker/7", {"full_name": "Half getypt, meer"})
    assert drafts.list(bert) == []
    assert drafts.take(bert, "gebruiker/7") is None
    assert drafts.list(anna) == ["gebruiker/7"]
    assert drafts.take(anna, "gebruiker/7") == {"full_name": "Half getypt, meer"}
    assert drafts.list(anna) == []
