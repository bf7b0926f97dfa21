"""Table models of the households screens. Fed with the services' rows by their caller;
they never query the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from wijkteam_desk.services.household_types import (
    CaseloadRow,
    Dossier,
    SearchResult,
    SignalInfo,
)
from wijkteam_desk.store.models import Urgency
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.messages import translate
from wijkteam_desk.ui.models import SORT_ROLE, Column, Index, RowsTableModel

ATTENTION = QColor("#a4000f")


class HouseholdTableModel(RowsTableModel):
    """Dates shown the Dutch way and sorted on their value; rows may be emphasised."""

    def is_inactive(self, row: Any) -> bool:
        return False

    emphasis_column: int | None = None  # None: the whole row

    def emphasised(self, row: Any) -> bool:
        return False

    def emphasised_cell(self, row: Any, column: int) -> bool:
        return self.emphasis_column in (None, column) and self.emphasised(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            SORT_ROLE,
        ):
            value = self._columns[index.column()][1](row)
            if isinstance(value, datetime):
                return value.isoformat() if role == SORT_ROLE else texts.moment(value)
            if isinstance(value, date):
                return value.isoformat() if role == SORT_ROLE else texts.day(value)
            if value is None:
                return "" if role != SORT_ROLE else ""
            if role == SORT_ROLE:
                return value.lower() if isinstance(value, str) else value
            if role == Qt.ItemDataRole.ToolTipRole:
                text = str(value)
                return text if len(text) > 30 else None
            return str(value)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole) and (
            self.emphasised_cell(row, index.column())
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ATTENTION)
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class CaseloadModel(HouseholdTableModel):
    """The caseload; ``team`` (the teamleider's whole team) shows the regievoerder where
    "Mijn rol" stands for a worker's own caseload."""

    team = False

    def columns(self) -> list[Column]:
        statuses = texts.status_names()
        roles = {"regievoerder": self.tr("regievoerder"), "betrokken": self.tr("betrokken")}
        last: Column = ((self.tr("Regievoerder"), lambda r: r.regievoerder_name) if self.team
                        else (self.tr("Mijn rol"), lambda r: roles.get(r.role, r.role)))
        return [
            (self.tr("Naam"), lambda r: r.name),
            (self.tr("Aandacht"), self.attention),
            (self.tr("Laatste contact"), lambda r: r.last_contact),
            (self.tr("Status"), lambda r: statuses[r.status]),
            (self.tr("Adres"), lambda r: r.address),
            (self.tr("Postcode"), lambda r: r.postcode),
            last,
            (self.tr("Nummer"), lambda r: r.number),
        ]

    def set_team(self, team: bool, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.team = team
        self._columns = self.columns()
        self._rows = list(rows)
        self.endResetModel()

    emphasis_column = 1

    def attention(self, row: CaseloadRow) -> str:
        notes = []
        for note in row.attention:
            if note == "Al lang geen contact" and row.weeks_since_contact is not None:
                notes.append(
                    self.tr("Geen contact sinds {0} weken").format(row.weeks_since_contact)
                )
            else:
                notes.append(translate(note))
        return "; ".join(notes)

    def emphasised(self, row: CaseloadRow) -> bool:
        return bool(row.attention)


class SearchModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        statuses = texts.status_names()
        return [
            (self.tr("Naam"), lambda r: r.name),
            (self.tr("Postcode"), lambda r: r.postcode),
            (
                self.tr("Adres"),
                lambda r: r.address if r.involved else self.tr("(alleen met reden)"),
            ),
            (self.tr("Regievoerder"), lambda r: r.regievoerder_name),
            (self.tr("Status"), lambda r: statuses[r.status] if r.status else ""),
            (self.tr("Woonplaats"), lambda r: r.city),
            (self.tr("Telefoon"), lambda r: r.phone),
            (self.tr("Nummer"), lambda r: r.number),
        ]

    def is_inactive(self, row: SearchResult) -> bool:
        return not row.involved


class ContactsModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        kinds = texts.kind_names()

        def workers(r: Any) -> str:
            return r.worker_name + (f" + {r.second_worker_name}" if r.second_worker_name else "")

        return [
            (self.tr("Datum en tijd"), lambda r: r.at),
            (self.tr("Soort"), lambda r: kinds[r.kind]),
            (self.tr("Medewerker"), workers),
            (self.tr("Minuten"), lambda r: r.duration_minutes),
            (self.tr("Leefgebieden"), lambda r: ", ".join(r.leefgebieden)),
            (self.tr("Verslag"), lambda r: " ".join(r.report.split())),
        ]


class MembersModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        roles = texts.member_role_names()
        return [
            (self.tr("Naam"), lambda r: r.full_name),
            (self.tr("Rol"), lambda r: roles[r.role]),
            (self.tr("Geboortedatum"), lambda r: r.date_of_birth),
            (self.tr("BSN"), lambda r: r.bsn_masked),
            (self.tr("Telefoon"), lambda r: r.phone),
            (self.tr("E-mail"), lambda r: r.email),
        ]


class ConsentModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        purposes = texts.purpose_names()
        return [
            (self.tr("Doel"), lambda r: purposes[r.purpose]),
            (self.tr("Partner"), lambda r: r.partner),
            (self.tr("Stand"), lambda r: self.tr("gegeven") if r.given else self.tr("ingetrokken")),
            (self.tr("Door bewoner"), lambda r: r.given_by),
            (self.tr("Datum"), lambda r: r.at),
            (self.tr("Vastgelegd door"), lambda r: r.recorded_by_name),
        ]

    def emphasised(self, row: Any) -> bool:
        return not row.given


class ColleaguesModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [(self.tr("Collega"), lambda r: r.name), (self.tr("Taak"), lambda r: r.role_note)]


class PartnersModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Naam"), lambda r: r.name),
            (self.tr("Organisatie"), lambda r: r.organisation),
            (self.tr("Rol"), lambda r: r.role),
            (self.tr("Telefoon"), lambda r: r.phone),
        ]


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    what: str
    detail: str
    by_name: str


def history_rows(dossier: Dossier) -> list[HistoryRow]:
    """Status changes, regie handovers and consent statements on one time line."""
    statuses = texts.status_names()
    purposes = texts.purpose_names()
    rows = [
        HistoryRow(
            s.at,
            QCoreApplication.translate("Huishoudens", "Status: {0}").format(statuses[s.status]),
            translate(s.reason),
            s.by_name,
        )
        for s in dossier.status_history
    ]
    for h in dossier.regie_history:
        to = h.to_name or h.external_party or QCoreApplication.translate("Huishoudens", "(niemand)")
        what = (
            QCoreApplication.translate("Huishoudens", "Regie: {0} → {1}").format(h.from_name, to)
            if h.from_name
            else QCoreApplication.translate("Huishoudens", "Regie: {0}").format(to)
        )
        rows.append(HistoryRow(h.at, what, h.note, h.by_name))
    for c in dossier.consent_history:
        state = (
            QCoreApplication.translate("Huishoudens", "gegeven")
            if c.given
            else QCoreApplication.translate("Huishoudens", "ingetrokken")
        )
        rows.append(
            HistoryRow(
                c.at,
                QCoreApplication.translate("Huishoudens", "Toestemming {0}: {1}").format(
                    state, purposes[c.purpose]
                ),
                " ".join(x for x in (c.partner, c.given_by) if x),
                c.recorded_by_name,
            )
        )
    return sorted(rows, key=lambda r: r.at, reverse=True)


class HistoryModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Datum en tijd"), lambda r: r.at),
            (self.tr("Wat"), lambda r: r.what),
            (self.tr("Toelichting"), lambda r: " ".join(r.detail.split())),
            (self.tr("Door"), lambda r: r.by_name),
        ]


class SignalsModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        urgencies = texts.urgency_names()
        sources = texts.source_names()

        def days(r: SignalInfo) -> str:
            text = self.tr("{0} d").format(r.days_open)
            return text + (self.tr(" (te lang)") if r.overdue else "")

        return [
            (self.tr("Urgentie"), lambda r: urgencies[r.urgency]),
            (self.tr("Ontvangen"), lambda r: r.received_on),
            (self.tr("Open"), days),
            (self.tr("Bron"), lambda r: sources[r.source]),
            (self.tr("Subdomein"), lambda r: texts.subdomain_text(r.subdomain)),
            (self.tr("Naam"), lambda r: r.name),
            (self.tr("Adres"), lambda r: " ".join(x for x in (r.address, r.postcode) if x)),
            (self.tr("Omschrijving"), lambda r: " ".join(r.description.split())),
        ]

    def emphasised_cell(self, row: SignalInfo, column: int) -> bool:
        if column == 0:
            return row.urgency is not Urgency.NORMAAL
        return column == 2 and row.overdue


class ReasonedAccessModel(HouseholdTableModel):
    def columns(self) -> list[Column]:
        return [
            (self.tr("Datum en tijd"), lambda r: r.at),
            (self.tr("Medewerker"), lambda r: r.user_name),
            (self.tr("Huishouden"), lambda r: r.household_name),
            (self.tr("Nummer"), lambda r: r.number),
            (self.tr("Reden"), lambda r: " ".join(r.reason.split())),
        ]
