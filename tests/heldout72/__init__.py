"""Held-out set 72: a precision stress set (a teacher's iPad), written without reading the rules."""
