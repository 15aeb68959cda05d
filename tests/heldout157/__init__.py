"""Held-out set 157: a Lahore / Karachi family's traffic, written without reading the rules."""
