"""Nieuwe aanmeldingen: the teamleider triages a signal into a new household through the
dialog; nothing from the signal is typed again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import message_boxes
from tests.ui.households.conftest import Team, make_signal
from wijkteam_desk.store.models import Signal, SignalSource, SignalStatus, Subdomain, Urgency
from wijkteam_desk.ui.households.signal_dialog import SignalDialog
from wijkteam_desk.ui.households.signals_page import SignalsPage
from wijkteam_desk.ui.households.triage_dialog import TriageDialog


def _page(qtbot: QtBot, team: Team) -> SignalsPage:
    page = SignalsPage(team.services, team.leader)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def test_triage_into_a_new_household_keeps_the_signal_data(qtbot: QtBot, team: Team) -> None:
    make_signal(team, urgency=Urgency.NORMAAL, name="Els Visser", description="Vraag over huur")
    signal_id = make_signal(team, urgency=Urgency.SPOED)
    page = _page(qtbot, team)
    assert page.model.rowCount() == 2
    assert page.proxy.index(0, 0).data() == "Spoed"  # spoed first
    assert page.proxy.index(0, 5).data() == "Jan de Boer"

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialogs = [w for w in page.findChildren(TriageDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "Huurachterstand van drie maanden" in dialog.summary.text()
    assert dialog.choices["new"].isChecked()  # the signal has a name: new household

    assert not dialog.try_save()  # no regievoerder chosen yet
    assert dialog.errors.text("regievoerder_id") == (
        "Kies een regievoerder voor het nieuwe huishouden.")
    dialog.regievoerder.setCurrentIndex(dialog.regievoerder.findData(team.other.user_id))
    dialog.area.setText("Heechterp")
    assert dialog.try_save()

    assert page.model.rowCount() == 1
    assert [r.name for r in page.model.rows()] == ["Els Visser"]
    found = team.services.households.search(team.leader, "Jan de Boer")
    assert len(found) == 1
    dossier = team.services.households.open(team.leader, found[0].household_id)
    h = dossier.household
    assert (h.name, h.address, h.postcode, h.city, h.phone, h.area) == (
        "Jan de Boer", "Schoolstraat 5", "8924 GH", "Leeuwarden", "06 12345678", "Heechterp")
    assert h.regievoerder_id == team.other.user_id
    assert [(m.first_name, m.tussenvoegsel, m.last_name) for m in dossier.members] == [
        ("Jan", "de", "Boer")]
    assert dossier.status_history[0].reason == (
        "Huurachterstand van drie maanden; brief kwam terug.")
    assert signal_id not in [s.id for s in team.services.signals.list_new(team.leader)]


def test_triage_as_referral_needs_where_to(qtbot: QtBot, team: Team) -> None:
    make_signal(team)
    page = _page(qtbot, team)
    dialog = page.triage()
    assert dialog is not None
    dialog.choices[SignalStatus.VERWEZEN].setChecked(True)
    assert dialog.pages.currentIndex() == 3
    assert not dialog.try_save()
    assert dialog.errors.text("referred_to") == "Vul in waarnaar is verwezen."
    assert page.model.rowCount() == 1
    dialog.referred_to.setText("Schuldhulp Leeuwarden")
    assert dialog.try_save()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()


def test_triage_attaches_to_an_existing_household(qtbot: QtBot, team: Team) -> None:
    make_signal(team, name="Wiebe Hoekstra", street="", house_number="", postcode="")
    page = _page(qtbot, team)
    dialog = page.triage()
    assert dialog is not None
    dialog.choices["existing"].setChecked(True)
    assert dialog.search.text() == "Hoekstra"  # prefilled with the signal's last name
    assert [r.name for r in dialog.results_model.rows()] == ["Wiebe Hoekstra"]
    dialog.results.selectRow(0)
    assert dialog.try_save()
    assert page.model.rowCount() == 0


def test_a_worker_registers_a_signal_with_field_messages(qtbot: QtBot, team: Team) -> None:
    dialog = SignalDialog(team.services, team.worker)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.source.setCurrentIndex(dialog.source.findData(SignalSource.HUISARTS.value))
    dialog.edits["name"].setText("Sjoerd Bakker")
    dialog.edits["postcode"].setText("892 AB")
    assert not dialog.try_save()
    assert dialog.errors.text("description") == "Beschrijf kort waar de aanmelding over gaat."
    dialog.description.setPlainText("Huisarts maakt zich zorgen over eenzaamheid.")
    assert not dialog.try_save()
    assert dialog.errors.text("postcode").startswith("Postcode: vul vier cijfers")
    assert team.services.signals.list_new(team.leader) == []
    dialog.edits["postcode"].setText("8921ab")
    assert dialog.try_save()
    [signal] = team.services.signals.list_new(team.leader)
    assert (signal.source, signal.name, signal.postcode) == (
        SignalSource.HUISARTS, "Sjoerd Bakker", "8921 AB")
    assert message_boxes() == []


def _items(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_subdomain_follows_the_source_until_the_worker_chooses(qtbot: QtBot,
                                                                   team: Team) -> None:
    dialog = SignalDialog(team.services, team.worker)
    qtbot.addWidget(dialog)
    dialog.open()
    combo = dialog.subdomain
    assert _items(combo) == ["Niet vastgelegd", "Jeugd", "Wmo", "Participatie", "Schulden"]
    assert combo.accessibleName() == "Subdomein" and combo.currentText() == "Niet vastgelegd"
    dialog.source.setCurrentIndex(dialog.source.findData(SignalSource.SCHOOL.value))
    assert combo.currentText() == "Jeugd"
    dialog.source.setCurrentIndex(
        dialog.source.findData(SignalSource.VROEGSIGNALERING_SCHULDEN.value))
    assert combo.currentText() == "Schulden"
    dialog.source.setCurrentIndex(dialog.source.findData(SignalSource.HUISARTS.value))
    assert combo.currentText() == "Niet vastgelegd"
    # The worker picks Wmo with the keyboard; changing the source keeps that choice.
    combo.setFocus()
    qtbot.keyClicks(combo, "W")
    assert combo.currentText() == "Wmo"
    dialog.source.setCurrentIndex(dialog.source.findData(SignalSource.SCHOOL.value))
    assert combo.currentText() == "Wmo"
    dialog.description.setPlainText("Moeder redt de zorg voor haar zoon met beperking niet.")
    assert dialog.try_save()
    [signal] = team.services.signals.list_new(team.leader)
    assert (signal.source, signal.subdomain) == (SignalSource.SCHOOL, Subdomain.WMO)


def test_not_recorded_is_a_choice_too(qtbot: QtBot, team: Team) -> None:
    dialog = SignalDialog(team.services, team.worker)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.source.setCurrentIndex(
        dialog.source.findData(SignalSource.VROEGSIGNALERING_SCHULDEN.value))
    combo = dialog.subdomain
    combo.setFocus()
    qtbot.keyClicks(combo, "N")
    assert combo.currentText() == "Niet vastgelegd"
    dialog.description.setPlainText("Melding van de energieleverancier.")
    assert dialog.try_save()
    [signal] = team.services.signals.list_new(team.leader)
    assert signal.subdomain is None


def test_the_list_shows_the_subdomain_and_triage_corrects_it(qtbot: QtBot, team: Team) -> None:
    make_signal(team, source=SignalSource.SCHOOL, name="Els Visser")
    make_signal(team, urgency=Urgency.SPOED, subdomain=Subdomain.SCHULDEN)
    page = _page(qtbot, team)
    header = page.proxy.headerData(4, Qt.Orientation.Horizontal)
    assert header == "Subdomein"
    assert [page.proxy.index(r, 4).data() for r in range(2)] == ["Schulden", "Jeugd"]
    dialog = page.triage()
    assert dialog is not None
    assert dialog.subdomain.currentText() == "Schulden"
    assert _items(dialog.subdomain)[0] == "Niet vastgelegd"
    dialog.choices[SignalStatus.VERWEZEN].setChecked(True)
    dialog.referred_to.setText("Schuldhulp Leeuwarden")
    dialog.subdomain.setCurrentIndex(dialog.subdomain.findText("Wmo"))
    assert dialog.try_save()
    assert page.model.rowCount() == 1
    assert page.proxy.index(0, 4).data() == "Jeugd"
    dialog = page.triage()
    assert dialog is not None and dialog.subdomain.currentText() == "Jeugd"
    dialog.choices[SignalStatus.AFGEHANDELD].setChecked(True)
    dialog.subdomain.setCurrentIndex(0)
    assert dialog.try_save()
    with team.services.db.begin() as session:
        stored = sorted((s.name, s.subdomain) for s in session.scalars(select(Signal)))
    assert stored == [("Els Visser", None), ("Jan de Boer", Subdomain.WMO)]
