"""Held-out set 274: a household in Grozny and an Ingush relative\x27s phone."""
