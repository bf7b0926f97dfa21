"""The Beheer section: users, teams and locations."""
