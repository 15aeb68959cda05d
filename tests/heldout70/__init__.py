"""Held-out set 70: a precision stress set written without reading the signature library."""
