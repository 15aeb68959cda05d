"""Held-out set 55: a precision-stress session written without reading the signature library."""
