"""Held-out set 100: a precision stress set, written without reading the signature library."""
