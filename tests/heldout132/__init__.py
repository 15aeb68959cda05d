"""Held-out set 132: a dentist's phone, written without reading the signature library."""
