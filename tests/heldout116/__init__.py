"""Held-out set 116: a Warsaw car mechanic's phone (precision stress)."""
