"""Held-out set 53: a precision-stress session written without reading the signature library."""
