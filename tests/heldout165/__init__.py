"""Held-out set 165: a Madrid / Barcelona household's traffic, written without reading the rules."""
