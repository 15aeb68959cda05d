"""Held-out set 51: a precision stress set of look-alike traffic,
written without reading the signature library."""
