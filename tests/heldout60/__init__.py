"""Held-out set 60: a precision stress set written without reading the signature library."""
