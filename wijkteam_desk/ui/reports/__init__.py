"""The Rapportages section: kwartaalrapportage and teamoverzicht (DESIGN §2.5)."""
