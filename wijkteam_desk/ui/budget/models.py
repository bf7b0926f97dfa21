"""Table models and formatting for doorpakbudget requests. Fed with BudgetInfo rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from wijkteam_desk.store.models import BudgetStatus
from wijkteam_desk.ui.models import Column, RowsTableModel

# Euros as a Dutch user types them: 700, 1.250 or 1250,50 (the service checks again).
AMOUNT_PATTERN = r"^\s*(€\s*)?(\d{1,3}(\.\d{3})*|\d+)(,\d{0,2})?\s*$"


def euros(cents: int) -> str:
    """Dutch notation: € 1.250,50."""
    text = f"{cents / 100:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"


def status_names() -> dict[BudgetStatus, str]:
    return {
        BudgetStatus.AANGEVRAAGD: QCoreApplication.translate("BudgetModel", "aangevraagd"),
        BudgetStatus.GOEDGEKEURD: QCoreApplication.translate("BudgetModel", "goedgekeurd"),
        BudgetStatus.AFGEWEZEN: QCoreApplication.translate("BudgetModel", "afgewezen"),
    }


def local_date(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d-%m-%Y") if moment is not None else ""


class BudgetModel(RowsTableModel):
    """The requests of one household, in the dossier."""

    def columns(self) -> list[Column]:
        names = status_names()
        return [
            (self.tr("Datum"), lambda r: local_date(r.requested_at)),
            (self.tr("Waarvoor"), lambda r: r.purpose),
            (self.tr("Bedrag"), lambda r: euros(r.amount_cents)),
            (self.tr("Status"), lambda r: names[r.status]),
            (self.tr("Aangevraagd door"), lambda r: r.requested_by),
            (self.tr("Besluit"), lambda r: " ".join(
                p for p in (r.decided_by, local_date(r.decided_at), r.decision_note) if p)),
        ]

    def is_inactive(self, row: Any) -> bool:
        return row.status is BudgetStatus.AFGEWEZEN


class PendingBudgetModel(RowsTableModel):
    """The team's requests waiting for the teamleider."""

    def columns(self) -> list[Column]:
        return [
            (self.tr("Datum"), lambda r: local_date(r.requested_at)),
            (self.tr("Huishouden"), lambda r: f"{r.household_name} ({r.household_number})"),
            (self.tr("Waarvoor"), lambda r: r.purpose),
            (self.tr("Bedrag"), lambda r: euros(r.amount_cents)),
            (self.tr("Aangevraagd door"), lambda r: r.requested_by),
            (self.tr("Onderbouwing"), lambda r: " ".join(r.justification.split())),
        ]

    def is_inactive(self, row: Any) -> bool:
        return False
