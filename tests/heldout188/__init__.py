"""Held-out set 188: a Maghreb household's app traffic, written without reading the rules."""
