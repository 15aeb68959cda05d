"""Held-out set 92: a precision-stress session written without reading the signature library."""
