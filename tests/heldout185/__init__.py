"""Held-out set 185: a Chilean-Argentine family's app traffic, written without
reading the signature library."""
