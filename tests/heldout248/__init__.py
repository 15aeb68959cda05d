"""Held-out set 248 (precision stress): a cruise ship officer's company phone."""
