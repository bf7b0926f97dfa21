"""The resident's inzage is written in plain Dutch (B1), like the resident's plan."""

from __future__ import annotations

from tests.reports.test_plan_pdf import long_sentences
from wijkteam_desk.reports.inzage_text import ACTIONS, TEXT, action_text, shown_reason


def test_fixed_texts_of_the_inzage_are_b1() -> None:
    offenders = [s for text in TEXT.values() for s in long_sentences(text)]
    assert offenders == []


def test_every_logboek_action_gets_a_plain_description() -> None:
    assert action_text("households.open") == ACTIONS["households.open"]
    assert action_text("plans.compare") == "gegevens bekeken"
    assert action_text("outreach.print_looplijst") == "gegevens afgedrukt"
    assert action_text("households.update") == "gegevens vastgelegd of veranderd"


def test_only_reasons_a_person_typed_are_shown() -> None:
    assert shown_reason("households.reveal_bsn", "Aanvraag bijstand") == "Aanvraag bijstand"
    assert shown_reason("plans.print", "intern") == ""
    assert shown_reason("households.print_summary", "overzicht.pdf") == ""
    assert shown_reason("households.print_summary", "Ziekte collega; o.pdf") == "Ziekte collega"
