"""The machine-readable half of the inzage (AVG art. 15, and the right to a copy in a
common format): the same record as "Wat weten we over u?", as UTF-8 JSON with Dutch keys.
Dates are ISO 8601 (moments in UTC with their offset)."""

from __future__ import annotations

import dataclasses
import enum
import json
from datetime import date, datetime
from typing import Any

from wijkteam_desk.reports.inzage_text import action_text, shown_reason
from wijkteam_desk.services import plan_model as pm
from wijkteam_desk.services.household_record import HouseholdRecord

FORMAT = "wijkteam-desk/inzage"
FORMAT_VERSION = 1
# Field names of the plain data, in the resident's language. Internal ids and version
# counters are left out: they mean nothing to the resident.
KEYS = {
    "name": "naam", "number": "nummer", "street": "straat", "house_number": "huisnummer",
    "house_number_addition": "toevoeging", "postcode": "postcode", "city": "woonplaats",
    "area": "wijk_of_dorp", "address": "adres", "phone": "telefoon", "email": "e-mail",
    "language": "taal", "interpreter_needed": "tolk_nodig", "status": "status",
    "closing_reason": "afsluitreden", "closing_category": "afsluitcategorie",
    "start_date": "startdatum", "end_date": "einddatum",
    "regievoerder_name": "regievoerder", "regie_external": "regie_bij",
    "role": "rol", "date_of_birth": "geboortedatum", "bsn": "bsn",
    "role_note": "rol", "organisation": "organisatie",
    "kind": "soort", "at": "moment", "worker_name": "medewerker",
    "second_worker_name": "tweede_medewerker", "duration_minutes": "duur_minuten",
    "leefgebieden": "leefgebieden", "report": "verslag",
    "purpose": "doel", "partner": "partner", "given": "gegeven", "given_by": "door",
    "recorded_by_name": "vastgelegd_door",
    "received_on": "ontvangen_op", "source": "bron", "description": "omschrijving",
    "triage_note": "toelichting", "referred_to": "verwezen_naar",
    "reason": "reden", "by_name": "door", "from_name": "van", "to_name": "naar",
    "external_party": "externe_partij", "note": "notitie",
    "service_name": "voorziening", "organization": "organisatie", "question": "vraag",
    "proposed_on": "voorgesteld_op", "registered_on": "aangemeld_op",
    "started_on": "gestart_op", "ended_on": "beeindigd_op", "warm_handover": "warme_overdracht",
    "handover_note": "overdracht", "outcome": "uitkomst", "created_by": "gemaakt_door",
    "amount_cents": "bedrag_eurocent", "justification": "onderbouwing",
    "requested_by": "aangevraagd_door", "requested_at": "aangevraagd_op",
    "decided_by": "besloten_door", "decided_at": "besloten_op",
    "decision_note": "toelichting_besluit",
    "day": "datum", "location": "locatie", "topic": "onderwerp",
    "outcome_note": "toelichting_uitkomst", "recorded_on": "datum",
    "function": "functie", "action": "handeling",
}
# Colleagues who only registered or decided something (recorded_by, created_by,
# requested_by, decided_by, status changes) are left out, as in the logboek part: the
# resident sees the people who work with them (regievoerder, betrokken collega's, the
# workers of each contact), not every colleague's name.
SKIP = frozenset({"id", "version", "household_id", "team_id", "regievoerder_id",
                  "worker_id", "second_worker_id", "user_id", "organisation_ref_id",
                  "service_id", "household_number", "household_name", "goal_key",
                  "bsn_masked", "first_name", "tussenvoegsel", "last_name",
                  "recorded_by_name", "created_by", "requested_by", "decided_by", "by_name"})


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {KEYS.get(f.name, f.name): _plain(getattr(value, f.name))
                for f in dataclasses.fields(value) if f.name not in SKIP}
    return value


def inzage_document(record: HouseholdRecord) -> dict[str, Any]:
    """The inzage as a JSON-ready dict."""
    d = record.dossier
    plan = None
    if record.plan is not None:
        plan = pm.to_dict(record.plan)
        plan["leefgebied_namen"] = {str(k): v for k, v in record.leefgebieden.items()}
        plan["eerst_vastgesteld_op"] = _plain(record.plan_agreed_on)
    return {
        "formaat": FORMAT,
        "formaatversie": FORMAT_VERSION,
        "gemaakt_op": record.printed_at.isoformat(),
        "team": record.team_name,
        "huishouden": _plain(d.household),
        "gezinsleden": _plain(record.members),
        "betrokken_collegas": _plain(d.colleagues),
        "betrokken_partners": _plain(d.partners),
        "statusgeschiedenis": _plain(d.status_history),
        "regiegeschiedenis": _plain(d.regie_history),
        "signalen": _plain(record.signals),
        "contactmomenten": _plain(sorted(record.contacts, key=lambda c: c.at)),
        "inloopbezoeken": _plain(record.visits),
        "toestemmingen": _plain(d.consent_history),
        "plan": plan,
        "doorverwijzingen": _plain(record.referrals),
        "geen_passend_aanbod": _plain(record.gaps),
        "doorpakbudget": _plain(record.budget),
        "inzage_in_dossier": [
            {"moment": a.at.isoformat(), "functie": a.function, "handeling": a.action,
             "omschrijving": action_text(a.action), "reden": shown_reason(a.action, a.reason)}
            for a in record.access_log],
        "bewaartermijn_jaren_na_afsluiten": record.retention_years,
    }


def inzage_json(record: HouseholdRecord) -> bytes:
    """UTF-8 JSON, indented so it can also be read in a text editor."""
    return json.dumps(inzage_document(record), ensure_ascii=False, indent=2).encode("utf-8")
