"""The detail of one service: everything a visitor needs, as readable rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from wijkteam_desk.services.socialmap import cost_text, who_text
from wijkteam_desk.services.socialmap_format import hours_text, money
from wijkteam_desk.services.socialmap_types import ServiceDetail
from wijkteam_desk.ui.socialmap.common import kind_text


class ServiceDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("Gegevens van de voorziening"))
        self.detail: ServiceDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: ServiceDetail | None) -> None:
        self.detail = detail
        if detail is None:
            hint = self.tr("Kies een voorziening in de lijst om alles erover te zien.")
            self.setHtml(f"<p style='color:#555'>{escape(hint)}</p>")
            return
        self.setHtml(self._html(detail))

    def _section(self, label: str, lines: list[str]) -> str:
        lines = [line for line in lines if line]
        if not lines:
            return ""
        body = "<br>".join(escape(line) for line in lines)
        return f"<h3 style='margin-bottom:2px'>{escape(label)}</h3><p>{body}</p>"

    def _html(self, d: ServiceDetail) -> str:
        parts = [f"<h2>{escape(d.name)}</h2>",
                 f"<p style='color:#444'>{escape(d.organization)}</p>"]
        if d.stale:
            parts.append("<p style='color:#8a4b00'><b>⚠ " + escape(self.tr(
                "Deze gegevens zijn langer dan zes maanden niet gecontroleerd.")) + "</b></p>")
        for report in d.reports:
            parts.append("<p style='color:#8a4b00'>⚠ " + escape(self.tr(
                "Gemeld als 'klopt niet meer' door {0}: {1}").format(
                    report.reported_by, report.note)) + "</p>")
        hours = [hours_text(h) for h in d.opening_hours]
        places = []
        for loc in d.locations:
            places.append(", ".join(p for p in (loc.name, loc.address) if p))
            places += [f"  {hours_text(h)}" for h in loc.opening_hours if not d.opening_hours]
            places += [f"  {phone}" for phone in loc.phones]
            if loc.transportation:
                places.append(f"  {loc.transportation}")
        ages = who_text(d)
        gemeente = ""
        if d.gemeente_cost is not None:
            gemeente = f"{money(d.gemeente_cost)} {d.gemeente_cost_unit}".strip()
        wait = self.tr("ongeveer {0} dagen").format(d.wait_days) if d.wait_days is not None \
            else ""
        parts += [
            self._section(self.tr("Wat is het?"), [d.description]),
            self._section(self.tr("Soort voorziening"), [kind_text(d.kind, d.maatwerk_form)]),
            self._section(self.tr("Voor wie?"), [ages]),
            self._section(self.tr("Waar?"), places),
            self._section(self.tr("Wanneer open?"), hours),
            self._section(self.tr("Bellen of mailen"), [*d.phones, d.email, d.url,
                                                        d.organization_website]),
            self._section(self.tr("Hoe meld je je aan?"), [d.application_process]),
            self._section(self.tr("Neem mee"), [f"• {doc}" for doc in d.required_documents]),
            self._section(self.tr("Wat kost het de bewoner?"), [cost_text(d)]),
            self._section(self.tr("Kosten voor de gemeente (indicatie)"), [gemeente]),
            self._section(self.tr("Gebruikelijke wachttijd"), [wait]),
            self._section(self.tr("Talen"), [", ".join(d.languages)]),
            self._section(self.tr("Wijken en dorpen"), [", ".join(d.areas)]),
            self._section(self.tr("Leefgebieden en onderwerpen"), [
                ", ".join(t.name for t in (*d.leefgebieden, *d.topics))]),
            self._section(self.tr("Doorverwijzingen"), [self.tr(
                "{0} keer doorverwezen, {1} keer gestart").format(d.referrals_made,
                                                                  d.referrals_started)]),
            self._section(self.tr("Gecontroleerd"), [
                ("-".join(reversed(d.assured_date.split("-"))) if d.assured_date
                 else self.tr("nooit")) + (f" ({d.assurer})" if d.assurer else "")]),
        ]
        return "".join(parts)
