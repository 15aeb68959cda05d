"""Held-out set 186: a Sri Lankan household's app traffic, written without reading the rules."""
