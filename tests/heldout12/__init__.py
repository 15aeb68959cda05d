"""Held-out set 12: family-iPad app traffic written without reading the signature library."""
