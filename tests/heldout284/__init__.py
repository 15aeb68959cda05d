"""Held-out set 284 (precision stress): Occitan and Friulian apps."""
