"""Adding or changing a gezinslid. Messages appear next to the field they belong to."""

from __future__ import annotations

from dataclasses import replace

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.i18n import QT_TRANSLATE_NOOP
from wijkteam_desk.services.household_types import Dossier, MemberInfo, MemberInput
from wijkteam_desk.store.models import MemberRole
from wijkteam_desk.ui.households import texts
from wijkteam_desk.ui.households.dossier_form import DossierFormDialog
from wijkteam_desk.ui.households.widgets import enum_of, fill_enum, select_enum

if TYPE_CHECKING:
    from wijkteam_desk.ui.households.dossier_window import DossierWindow

_DATE = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(text: str, field: str = "date_of_birth") -> date | None:
    """``31-12-1980``, ``31/12/1980``, ``31121980`` or ``1980-12-31``; empty is None."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 8:
        text = f"{text[:2]}-{text[2:4]}-{text[4:]}"
    match = _DATE.match(text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        match = _ISO.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        pass
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Meldingen", "Geboortedatum: vul een bestaande datum in, bijvoorbeeld 31-12-1980."
        ),
        field=field,
    )


class MemberDialog(DossierFormDialog):
    def __init__(self, window: DossierWindow, member: MemberInfo | None) -> None:
        title = (
            QCoreApplication.translate("Huishoudens", "Gezinslid toevoegen")
            if member is None
            else QCoreApplication.translate("Huishoudens", "Gezinslid wijzigen")
        )
        super().__init__(title, window)
        self.member = member
        self.version = member.version if member else None
        self.first_name = QLineEdit(member.first_name if member else "")
        self.tussenvoegsel = QLineEdit(member.tussenvoegsel if member else "")
        self.last_name = QLineEdit(member.last_name if member else "")
        self.date_of_birth = QLineEdit(texts.day(member.date_of_birth) if member else "")
        self.date_of_birth.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.role = QComboBox()
        fill_enum(self.role, texts.member_role_names())
        if member is not None:
            select_enum(self.role, member.role)
        elif not window.dossier.members:
            select_enum(self.role, MemberRole.HOOFDBEWONER)
        else:
            select_enum(self.role, MemberRole.KIND)
        self.bsn = QLineEdit()
        self.bsn.setPlaceholderText(
            self.tr("Bewaard: {0} – leeg laten om het te houden").format(
                member.bsn_masked
            )
            if member and member.bsn_masked
            else self.tr("optioneel")
        )
        self.phone = QLineEdit(member.phone if member else "")
        self.phone.setPlaceholderText("06 12345678")
        self.email = QLineEdit(member.email if member else "")
        self.add_row(self.tr("&Voornaam:"), "first_name", self.first_name)
        self.add_row(self.tr("T&ussenvoegsel:"), "tussenvoegsel", self.tussenvoegsel)
        self.add_row(self.tr("&Achternaam:"), "last_name", self.last_name)
        self.add_row(self.tr("&Geboortedatum:"), "date_of_birth", self.date_of_birth)
        self.add_row(self.tr("&Rol:"), "role", self.role)
        self.add_row(self.tr("&BSN:"), "bsn", self.bsn)
        self.add_row(self.tr("&Telefoon:"), "phone", self.phone)
        self.add_row(self.tr("&E-mail:"), "email", self.email)
        self.first_name.setFocus()

    def data(self) -> MemberInput:
        return MemberInput(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            tussenvoegsel=self.tussenvoegsel.text(),
            date_of_birth=parse_date(self.date_of_birth.text(), "date_of_birth"),
            role=enum_of(self.role, MemberRole),
            bsn=self.bsn.text(),
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def save(self) -> Any:
        data = self.data()
        if self.member is not None and self.member.bsn_masked and not (data.bsn or "").strip():
            # The form shows only the masked BSN: an empty field keeps the stored one.
            data = replace(data, bsn=None)
        return self.services.households.save_member(
            self.actor,
            self.window_.household_id,
            data,
            None if self.member is None else self.member.id,
            self.version,
        )

    def reloaded(self, dossier: Dossier) -> None:
        if self.member is not None:
            for m in dossier.members:
                if m.id == self.member.id:
                    self.version = m.version
