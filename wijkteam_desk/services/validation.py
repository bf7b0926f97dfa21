"""Validation and normalisation of Dutch personal data: postcode, house number, BSN,
phone, e-mail and date of birth. Each function returns the normalised value or raises
ValidationError with a Dutch message naming the field."""

from __future__ import annotations

import functools
import re
from datetime import date

import phonenumbers

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import msg
from wijkteam_desk.store.models import Subdomain

_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s*([A-Za-z]{2})$")
_ADDITION = re.compile(r"^[A-Za-z0-9]{1,6}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
MAX_AGE_YEARS = 120


def postcode(text: str, field: str = "postcode") -> str:
    """``"1234ab"`` -> ``"1234 AB"``; empty stays empty. SA, SD and SS are never issued."""
    text = (text or "").strip()
    if not text:
        return ""
    match = _POSTCODE.match(text)
    if not match or match.group(2).upper() in ("SA", "SD", "SS"):
        raise ValidationError(
            msg("Postcode: vul vier cijfers en twee letters in, bijvoorbeeld 8921 AB."),
            field=field)
    return f"{match.group(1)} {match.group(2).upper()}"


def house_number(text: str | int | None, field: str = "house_number") -> int | None:
    """A positive whole number (1-99999), or None when empty."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        number = int(str(text).strip())
    except ValueError:
        number = 0
    if not 0 < number < 100000:
        raise ValidationError(msg("Huisnummer: vul een getal in, bijvoorbeeld 12."), field=field)
    return number


def addition(text: str, field: str = "house_number_addition") -> str:
    """Huisnummertoevoeging such as ``A``, ``2`` or ``bis``: letters and digits only."""
    text = (text or "").strip().lstrip("-").strip()
    if not text:
        return ""
    if not _ADDITION.match(text):
        raise ValidationError(
            msg("Toevoeging: alleen letters en cijfers, bijvoorbeeld A of 2."), field=field)
    return text.upper() if len(text) <= 2 else text.lower()


def bsn_is_valid(digits: str) -> bool:
    """The 11-proef on a 9-digit string."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def bsn(text: str, field: str = "bsn") -> str:
    """A BSN (8 or 9 digits, spaces and dots allowed) that passes the 11-proef; empty
    stays empty. Returned as 9 digits."""
    digits = re.sub(r"[\s.]", "", text or "")
    if not digits:
        return ""
    if digits.isdigit() and len(digits) == 8:
        digits = "0" + digits
    if not digits.isdigit() or len(digits) != 9:
        raise ValidationError(msg("BSN: vul negen cijfers in."), field=field)
    if not bsn_is_valid(digits):
        raise ValidationError(
            msg("BSN: dit nummer bestaat niet (de elfproef klopt niet). Controleer de cijfers."),
            field=field)
    return digits


def mask_bsn(value: str) -> str:
    """``"123456782"`` -> ``"******782"``; empty stays empty."""
    return "******" + value[-3:] if value else ""


def phone(text: str, field: str = "phone") -> str:
    """A Dutch (or international, with +) phone number, stored as E.164; empty stays empty."""
    text = (text or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            msg("Telefoonnummer: dit is geen geldig nummer, bijvoorbeeld 058 123 4567 of "
                "06 12345678."), field=field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@functools.lru_cache(maxsize=4096)
def display_phone(e164: str) -> str:
    """Stored E.164 shown the Dutch way: ``058 123 4567``; foreign numbers with +."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "NL")
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 31:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def email(text: str, field: str = "email") -> str:
    """A plausible e-mail address (lower-cased domain); empty stays empty."""
    text = (text or "").strip()
    if not text:
        return ""
    if len(text) > 254 or not _EMAIL.match(text):
        raise ValidationError(
            msg("E-mailadres: dit lijkt geen geldig adres, bijvoorbeeld naam@voorbeeld.nl."),
            field=field)
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def date_of_birth(value: date | None, today: date, field: str = "date_of_birth") -> date | None:
    """Not in the future and not more than 120 years ago."""
    if value is None:
        return None
    if value > today:
        raise ValidationError(msg("Geboortedatum: deze datum ligt in de toekomst."), field=field)
    try:
        oldest = today.replace(year=today.year - MAX_AGE_YEARS)
    except ValueError:  # 29 February
        oldest = today.replace(year=today.year - MAX_AGE_YEARS, day=28)
    if value < oldest:
        raise ValidationError(
            msg("Geboortedatum: iemand kan niet ouder zijn dan 120 jaar. Controleer het jaar."),
            field=field)
    return value


def required(text: str, field: str, message: str, max_length: int) -> str:
    """Stripped text that must not be empty and not longer than ``max_length``."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(message, field=field)
    return limited(text, field, max_length)


def limited(text: str, field: str, max_length: int) -> str:
    """Stripped optional text of at most ``max_length`` characters."""
    text = (text or "").strip()
    if len(text) > max_length:
        raise ValidationError(msg("Deze tekst is te lang."), field=field)
    return text


def subdomain(value: object, field: str = "subdomain") -> Subdomain | None:
    """A Subdomain (or its value, as a combobox hands it back); None or "" = not recorded."""
    if value is None or value == "":
        return None
    if isinstance(value, Subdomain):
        return value
    try:
        return Subdomain(str(value))
    except ValueError:
        raise ValidationError(msg("Kies het subdomein uit de lijst: jeugd, Wmo, participatie "
                                  "of schulden."), field=field) from None
