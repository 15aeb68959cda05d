"""Held-out set 108: a football referee and PE teacher in Thessaloniki (precision stress)."""
