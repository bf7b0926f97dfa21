"""Dutch labels and date formats shared by the per-household prints (huishoudoverzicht and
"Wat weten we over u?") and the inzage JSON."""

from __future__ import annotations

from datetime import date, datetime

from wijkteam_desk.i18n import msg
from wijkteam_desk.reports.plan_pdf import long_date
from wijkteam_desk.services.household_labels import (
    CONSENT_PURPOSE,
    CONTACT_KIND,
    HOUSEHOLD_STATUS,
    MEMBER_ROLE,
    SIGNAL_SOURCE,
    SIGNAL_STATUS,
    closing_line,
)
from wijkteam_desk.services.household_types import HouseholdInfo
from wijkteam_desk.store.models import BudgetStatus, ReferralStatus, VisitOutcome

__all__ = ["CONSENT_PURPOSE", "CONTACT_KIND", "HOUSEHOLD_STATUS", "MEMBER_ROLE",
           "SIGNAL_SOURCE", "SIGNAL_STATUS", "long_date"]

DASH = "–"
REFERRAL_STATUS = {
    ReferralStatus.VOORGESTELD: msg("voorgesteld"),
    ReferralStatus.AANGEMELD: msg("aangemeld"),
    ReferralStatus.GESTART: msg("gestart"),
    ReferralStatus.AFGEROND: msg("afgerond"),
    ReferralStatus.AFGEWEZEN: msg("afgewezen"),
    ReferralStatus.NIET_GESTART: msg("niet gestart"),
}
# referrals in these states were registered with the provider: the resident's data went there
SHARED = frozenset({ReferralStatus.AANGEMELD, ReferralStatus.GESTART, ReferralStatus.AFGEROND,
                    ReferralStatus.AFGEWEZEN})
BUDGET_STATUS = {
    BudgetStatus.AANGEVRAAGD: msg("aangevraagd"),
    BudgetStatus.GOEDGEKEURD: msg("goedgekeurd"),
    BudgetStatus.AFGEWEZEN: msg("afgewezen"),
}
VISIT_OUTCOME = {
    VisitOutcome.DIRECT_BEANTWOORD.value: msg("direct beantwoord"),
    VisitOutcome.DOORVERWEZEN.value: msg("doorverwezen"),
    VisitOutcome.AFSPRAAK.value: msg("afspraak gemaakt"),
    VisitOutcome.TERUGKOMEN.value: msg("komt terug"),
    VisitOutcome.OVERGEDRAGEN.value: msg("overgedragen aan het wijkteam"),
}


def dmy(value: date | None) -> str:
    """``22-11-2026``; a dash when there is no date."""
    return f"{value.day}-{value.month}-{value.year}" if value else DASH


def local(value: datetime) -> datetime:
    """A stored (UTC) moment in the computer's time zone."""
    return value.astimezone() if value.tzinfo else value


def dmy_hm(value: datetime | None) -> str:
    """``22-11-2026 14:05`` in local time."""
    if value is None:
        return DASH
    moment = local(value)
    return f"{dmy(moment.date())} {moment:%H:%M}"


def long_moment(value: datetime) -> str:
    """``22 november 2026 om 14:05`` in local time (for the resident)."""
    moment = local(value)
    return f"{long_date(moment.date())} {msg('om')} {moment:%H:%M}"


def euro(cents: int) -> str:
    """``€ 1.234,50``."""
    text = f"{cents / 100:,.2f}"
    return "€ " + text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def yes_no(value: bool) -> str:
    return msg("ja") if value else msg("nee")


def closing_text(h: HouseholdInfo) -> str:
    """The afsluitreden: the standard category with the typed toelichting."""
    if h.closing_category is not None:
        return closing_line(h.closing_category, h.closing_reason)
    return h.closing_reason
