"""PDF and xlsx builders. Plain data in, bytes out; no Qt, no database."""
