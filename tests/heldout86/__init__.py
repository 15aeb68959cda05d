"""Held-out set 86: a precision stress set, written without reading the signature library."""
