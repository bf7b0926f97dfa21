"""Dutch display names of the household, contact, signal, consent and outreach choices
(marked with msg(); the UI translates them like every service message). The one place
for these labels: the screens, the status history and the reports all read them here."""

from __future__ import annotations

from wijkteam_desk.i18n import msg
from wijkteam_desk.store.models import (
    ClosingCategory,
    ConsentPurpose,
    ContactKind,
    HouseholdStatus,
    MemberRole,
    OutreachOutcome,
    SignalSource,
    SignalStatus,
    Subdomain,
    Urgency,
)

HOUSEHOLD_STATUS = {
    HouseholdStatus.AANGEMELD: msg("Aangemeld"),
    HouseholdStatus.ACTIEF: msg("Actief"),
    HouseholdStatus.AFGESLOTEN: msg("Afgesloten"),
    HouseholdStatus.HEROPEND: msg("Heropend"),
}
# The standard afsluitredenen, in the order the close dialog offers them.
CLOSING_CATEGORY = {
    ClosingCategory.DOELEN_BEHAALD: msg("Doelen behaald"),
    ClosingCategory.VERHUISD: msg("Verhuisd buiten de wijk"),
    ClosingCategory.MAATWERK: msg("Overgedragen aan maatwerk"),
    ClosingCategory.VOORLIGGEND: msg("Overgedragen aan voorliggend veld"),
    ClosingCategory.WIL_NIET: msg("Bewoner wil geen ondersteuning meer"),
    ClosingCategory.GEEN_CONTACT: msg("Geen contact mogelijk"),
    ClosingCategory.OVERLEDEN: msg("Overleden"),
    ClosingCategory.ANDERS: msg("Andere reden"),
}
CLOSING_SEPARATOR = " — "


def closing_line(category: ClosingCategory, toelichting: str = "") -> str:
    """The status history's readable line of a closing: the label, then the toelichting,
    e.g. "Doelen behaald — schulden geregeld"."""
    label = CLOSING_CATEGORY[category]
    return label + CLOSING_SEPARATOR + toelichting if toelichting else label


MEMBER_ROLE = {
    MemberRole.HOOFDBEWONER: msg("Hoofdbewoner"),
    MemberRole.PARTNER: msg("Partner"),
    MemberRole.KIND: msg("Kind"),
    MemberRole.OVERIG: msg("Overig"),
}
CONTACT_KIND = {
    ContactKind.HUISBEZOEK: msg("Huisbezoek"),
    ContactKind.INLOOP: msg("Inloop"),
    ContactKind.TELEFOON: msg("Telefoon"),
    ContactKind.EMAIL: msg("E-mail"),
    ContactKind.OVERLEG: msg("Overleg"),
    ContactKind.OUTREACH: msg("Outreach (eropaf)"),
}
SIGNAL_SOURCE = {
    SignalSource.INLOOP: msg("Inloop"),
    SignalSource.EIGEN_WAARNEMING: msg("Eigen waarneming"),
    SignalSource.ZELFMELDER: msg("Zelfmelder"),
    SignalSource.WONINGCORPORATIE: msg("Woningcorporatie"),
    SignalSource.HUISARTS: msg("Huisarts"),
    SignalSource.WIJKAGENT: msg("Wijkagent"),
    SignalSource.SCHOOL: msg("School"),
    SignalSource.GEMEENTE: msg("Gemeente"),
    SignalSource.VROEGSIGNALERING_SCHULDEN: msg("Vroegsignalering schulden"),
    SignalSource.LAATSIGNALERING_ENERGIE: msg("Laatsignalering gas/stroom"),
    SignalSource.OUTREACH: msg("Outreach (eropaf)"),
}
SUBDOMAIN = {
    Subdomain.JEUGD: msg("Jeugd"),
    Subdomain.WMO: msg("Wmo"),
    Subdomain.PARTICIPATIE: msg("Participatie"),
    Subdomain.SCHULDEN: msg("Schulden"),
}
URGENCY = {
    Urgency.NORMAAL: msg("Normaal"),
    Urgency.HOOG: msg("Hoog"),
    Urgency.SPOED: msg("Spoed"),
}
SIGNAL_STATUS = {
    SignalStatus.NIEUW: msg("Nieuw"),
    SignalStatus.AFGEHANDELD: msg("Afgehandeld / advies"),
    SignalStatus.VERWEZEN: msg("Verwezen"),
    SignalStatus.GEKOPPELD: msg("Gekoppeld aan huishouden"),
}
CONSENT_PURPOSE = {
    ConsentPurpose.VASTLEGGEN: msg("Gegevens vastleggen"),
    ConsentPurpose.BESPREKEN_IN_TEAM: msg("Bespreken in het team"),
    ConsentPurpose.DELEN_MET_PARTNER: msg("Delen met partner"),
    ConsentPurpose.DOORVERWIJZEN: msg("Doorverwijzen naar"),
}
OUTREACH_OUTCOME = {
    OutreachOutcome.NIET_THUIS: msg("Niet thuis (flyer achtergelaten)"),
    OutreachOutcome.GEEN_CONTACT_GEWENST: msg("Geen contact gewenst"),
    OutreachOutcome.GESPREK: msg("Gesprek"),
}
