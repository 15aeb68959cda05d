"""Held-out set 251: a Macau integrated-resort surveillance shift manager's work phone."""
