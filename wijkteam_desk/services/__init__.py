"""Use cases. Each public method takes the acting user, checks permission, validates,
writes the audit entry and commits as one unit of work. No Qt here."""
