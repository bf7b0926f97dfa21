"""Households screens (issue 3): Mijn huishoudens with type-ahead search, the dossier,
Nieuwe aanmeldingen with triage, and the dialogs they open."""
