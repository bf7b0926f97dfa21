"""Dutch names for the household enums, translated in context "Huishoudens"."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from wijkteam_desk.store.models import (
    ConsentPurpose,
    ContactKind,
    HouseholdStatus,
    MemberRole,
    SignalSource,
    SignalStatus,
    Urgency,
)

# Default leefgebieden (ZRM 2017) for the contact form until the configurable list of the
# plan area is wired in; the services accept any name from the list.
DEFAULT_LEEFGEBIEDEN = (
    "Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
    "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
    "Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Huishoudens", text)


def status_names() -> dict[HouseholdStatus, str]:
    return {HouseholdStatus.AANGEMELD: _t("aangemeld"), HouseholdStatus.ACTIEF: _t("actief"),
            HouseholdStatus.AFGESLOTEN: _t("afgesloten"),
            HouseholdStatus.HEROPEND: _t("heropend")}


def kind_names() -> dict[ContactKind, str]:
    return {ContactKind.HUISBEZOEK: _t("huisbezoek"), ContactKind.INLOOP: _t("inloop"),
            ContactKind.TELEFOON: _t("telefoon"), ContactKind.EMAIL: _t("e-mail"),
            ContactKind.OVERLEG: _t("overleg"), ContactKind.OUTREACH: _t("outreach")}


def member_role_names() -> dict[MemberRole, str]:
    return {MemberRole.HOOFDBEWONER: _t("hoofdbewoner"), MemberRole.PARTNER: _t("partner"),
            MemberRole.KIND: _t("kind"), MemberRole.OVERIG: _t("overig")}


def source_names() -> dict[SignalSource, str]:
    s = SignalSource
    return {s.INLOOP: _t("inloop"), s.EIGEN_WAARNEMING: _t("eigen waarneming"),
            s.ZELFMELDER: _t("zelfmelder"), s.WONINGCORPORATIE: _t("woningcorporatie"),
            s.HUISARTS: _t("huisarts"), s.WIJKAGENT: _t("wijkagent"), s.SCHOOL: _t("school"),
            s.GEMEENTE: _t("gemeente"),
            s.VROEGSIGNALERING_SCHULDEN: _t("vroegsignalering schulden"),
            s.LAATSIGNALERING_ENERGIE: _t("laatsignalering gas/stroom"),
            s.OUTREACH: _t("outreach")}


def urgency_names() -> dict[Urgency, str]:
    return {Urgency.NORMAAL: _t("normaal"), Urgency.HOOG: _t("hoog"), Urgency.SPOED: _t("spoed")}


def signal_status_names() -> dict[SignalStatus, str]:
    return {SignalStatus.NIEUW: _t("nieuw"), SignalStatus.AFGEHANDELD: _t("afgehandeld/advies"),
            SignalStatus.VERWEZEN: _t("verwezen"), SignalStatus.GEKOPPELD: _t("gekoppeld")}


def purpose_names() -> dict[ConsentPurpose, str]:
    p = ConsentPurpose
    return {p.VASTLEGGEN: _t("gegevens vastleggen"),
            p.BESPREKEN_IN_TEAM: _t("bespreken in het team"),
            p.DELEN_MET_PARTNER: _t("delen met partner"), p.DOORVERWIJZEN: _t("doorverwijzen naar")}


def access_text(access: str) -> str:
    return {"betrokken": _t("U bent betrokken bij dit huishouden."),
            "teamleider": _t("U leest als teamleider van het team."),
            "met_reden": _t("Alleen lezen: u hebt dit dossier geopend met een reden.")}.get(
        access, "")


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""

