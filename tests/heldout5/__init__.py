"""Held-out set 5: simulated traffic of apps the signature rules were not written for."""
