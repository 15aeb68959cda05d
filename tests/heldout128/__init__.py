"""Held-out set 128: a mall control-room operator's work phone (precision stress)."""
