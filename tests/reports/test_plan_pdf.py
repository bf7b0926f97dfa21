from __future__ import annotations

import io
import re

from pypdf import PdfReader

from tests.reports.plan_sample import document
from wijkteam_desk.reports.plan_pdf import RESIDENT_TEXT, internal_pdf, resident_pdf
from wijkteam_desk.services.plan_model import SCORE_LEVELS

MAX_WORDS = 15


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def long_sentences(text: str) -> list[str]:
    """B1 check: sentences of more than 15 words."""
    sentences = re.split(r"(?<=[.!?:])\s+", text.strip())
    return [s for s in sentences if len(s.split()) > MAX_WORDS]


def test_the_b1_check_flags_a_long_sentence() -> None:
    long = ("Op grond van de Wet maatschappelijke ondersteuning wordt in overleg met u "
            "beoordeeld of een maatwerkvoorziening noodzakelijk en passend is.")
    assert long_sentences("Dit is kort. " + long) == [long]


def test_fixed_texts_of_the_resident_pdf_are_b1() -> None:
    offenders = [s for text in RESIDENT_TEXT.values() for s in long_sentences(text)]
    assert offenders == []


def test_leefgebied_explanations_of_the_default_set_are_b1() -> None:
    from importlib import import_module

    migration = import_module("db.versions.0020_leefgebieden")
    offenders = [s for _code, _name, text in migration.DEFAULTS for s in long_sentences(text)]
    assert offenders == []


def test_resident_pdf_has_goals_and_actions_but_no_scores_or_notes() -> None:
    text = text_of(resident_pdf(document()))
    for wanted in ("Over drie maanden is er een betalingsregeling", "Alle brieven in één map doen",
                   "Schuldhulp Leeuwarden", "U zelf", "Sietske Hoekstra (uw regievoerder)",
                   "1 februari 2026", "1 april 2026", "Handtekening bewoner",
                   "Handtekening regievoerder", "Geld, inkomen, rekeningen en schulden.",
                   "Zingeving", "Anja (buurvrouw): past op de kinderen"):
        assert wanted in text, wanted
    for secret in ("GEHEIME-WERKNOTITIE", "SITUATIE-SCHULDEN", "EVALUATIE-NOTITIE", "score",
                   "Score", "ZRM", *SCORE_LEVELS.values()):
        assert secret not in text, secret
    assert "We kijken samen hoe het gaat. Dat doen we op 1 april 2026." in text


def body_font_size(pdf: bytes) -> float:
    """The most used font size on the first page."""
    sizes: dict[float, int] = {}

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            real = round(size * tm[0], 1)
            sizes[real] = sizes.get(real, 0) + len(text)

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return max(sizes, key=lambda k: sizes[k])


def test_large_print_is_bigger() -> None:
    assert body_font_size(resident_pdf(document())) == 11
    assert body_font_size(resident_pdf(document(), large_print=True)) == 16
    assert "Over drie maanden is er een betalingsregeling" in text_of(
        resident_pdf(document(), large_print=True))


def test_internal_pdf_has_scores_chart_and_notes() -> None:
    pdf = internal_pdf(document())
    text = text_of(pdf)
    for wanted in ("VERTROUWELIJK", "GEHEIME-WERKNOTITIE", "SITUATIE-SCHULDEN",
                   "Score per leefgebied door de tijd", "05-01-2026", "02-03-2026",
                   "Zingeving (vervallen)", "deels behaald", "EVALUATIE-NOTITIE"):
        assert wanted in text, wanted
