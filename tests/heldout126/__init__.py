"""Held-out set 126: a Nepali / Sri Lankan family's phone, TV box and watch."""
