"""The sociale kaart screens: search page, detail, wegwijzer printing and the dialogs of
the beheerder/teamleider. ``SocialMapPage`` is the page the main window shows."""

from wijkteam_desk.ui.socialmap.page import SocialMapPage

__all__ = ["SocialMapPage"]
