"""Held-out set 49 (precision stress), written without reading the signature library."""
