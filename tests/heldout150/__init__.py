"""Held-out set 150: a Lisbon hotel night manager's traffic, written without
reading the signature library."""
