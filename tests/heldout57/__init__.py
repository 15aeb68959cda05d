"""Held-out set 57: a precision stress set written without reading the signature library."""
