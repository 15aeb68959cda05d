"""Held-out set 210 (a Filipino family in Quezon City, Cebu and Dubai)."""
