"""Held-out set 263 (Kazan, Tatarstan: a precision stress set)."""
