"""Held-out set 43 (precision stress): app traffic written without reading the signature library."""
