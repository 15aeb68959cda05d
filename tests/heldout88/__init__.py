"""Held-out set 88: a precision-stress set written without reading the signature library."""
