"""Validation of Dutch personal data, with property-based tests for the parsers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.services import validation

TODAY = date(2026, 11, 22)
digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(st.integers(1000, 9999), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2,
                                        max_size=2), st.sampled_from(["", " ", "  "]),
       st.booleans())
def test_every_real_postcode_is_normalised(number, letters, space, upper) -> None:
    typed = f"{number}{space}{letters.upper() if upper else letters}"
    if letters.upper() in ("SA", "SD", "SS"):
        with pytest.raises(ValidationError):
            validation.postcode(typed)
    else:
        assert validation.postcode(typed) == f"{number} {letters.upper()}"


@given(st.text(max_size=12))
def test_postcode_never_accepts_garbage_silently(text) -> None:
    try:
        result = validation.postcode(text)
    except ValidationError as error:
        assert error.field == "postcode" and "Postcode" in error.message
    else:
        assert result == "" or (len(result) == 7 and result[:4].isdigit()
                                and result[4] == " " and result[5:].isalpha())


@given(digits)
def test_bsn_accepts_exactly_the_eleven_proof(text) -> None:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    total = sum(int(d) * w for d, w in zip(text, weights, strict=True))
    valid = total % 11 == 0 and text != "0" * 9
    if valid:
        assert validation.bsn(text) == text
        assert validation.bsn(f"{text[:4]}.{text[4:6]}.{text[6:]}") == text
        assert validation.mask_bsn(text) == "******" + text[-3:]
    else:
        with pytest.raises(ValidationError) as error:
            validation.bsn(text)
        assert "elfproef" in error.value.message


@given(digits)
def test_one_changed_digit_breaks_a_valid_bsn(text) -> None:
    if not validation.bsn_is_valid(text):
        return
    changed = text[:3] + str((int(text[3]) + 1) % 10) + text[4:]
    assert not validation.bsn_is_valid(changed)


@given(st.sampled_from(["6", "58", "20", "10", "50"]), st.integers(0, 10**8 - 1),
       st.sampled_from(["0{a} {b}", "+31 {a} {b}", "0031{a}{b}", "(0{a}) {b}"]))
def test_dutch_phone_numbers_normalise_to_e164(area, rest, form) -> None:
    subscriber = str(rest).zfill(9 - len(area))[: 9 - len(area)]
    typed = form.format(a=area, b=subscriber)
    try:
        stored = validation.phone(typed)
    except ValidationError as error:
        assert error.field == "phone"
        return
    assert stored == f"+31{area}{subscriber}"
    shown = validation.display_phone(stored)
    assert shown.startswith("0") and validation.phone(shown) == stored


@given(st.text(max_size=20))
def test_phone_parsing_never_crashes(text) -> None:
    try:
        stored = validation.phone(text)
    except ValidationError:
        return
    assert stored == "" or stored.startswith("+")


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("06 12345678", "+31612345678", "06 12345678"),
    ("058-2123456", "+31582123456", "058 212 3456"),
    ("+32 2 555 12 12", "+3225551212", "+32 2 555 12 12"),
])
def test_phone_examples(typed, stored, shown) -> None:
    assert validation.phone(typed) == stored
    assert validation.display_phone(stored) == shown


def test_other_fields() -> None:
    assert validation.house_number(" 12 ") == 12
    assert validation.addition("-a") == "A"
    assert validation.addition("bis") == "bis"
    assert validation.email(" Jan@Voorbeeld.NL ") == "Jan@voorbeeld.nl"
    with pytest.raises(ValidationError, match="E-mailadres"):
        validation.email("jan@voorbeeld")
    assert validation.date_of_birth(date(1950, 1, 1), TODAY) == date(1950, 1, 1)
    with pytest.raises(ValidationError, match="toekomst"):
        validation.date_of_birth(date(2026, 11, 23), TODAY)
    with pytest.raises(ValidationError, match="120 jaar"):
        validation.date_of_birth(date(1906, 11, 21), TODAY)


def test_every_choice_has_a_dutch_label() -> None:
    from wijkteam_desk.services import household_labels as labels
    from wijkteam_desk.store import models

    for enum_cls, names in ((models.HouseholdStatus, labels.HOUSEHOLD_STATUS),
                            (models.ClosingCategory, labels.CLOSING_CATEGORY),
                            (models.MemberRole, labels.MEMBER_ROLE),
                            (models.ContactKind, labels.CONTACT_KIND),
                            (models.SignalSource, labels.SIGNAL_SOURCE),
                            (models.Urgency, labels.URGENCY),
                            (models.SignalStatus, labels.SIGNAL_STATUS),
                            (models.ConsentPurpose, labels.CONSENT_PURPOSE),
                            (models.OutreachOutcome, labels.OUTREACH_OUTCOME)):
        assert set(names) == set(enum_cls)
        assert all(label[0].isupper() for label in names.values())
