"""Held-out set 134: a family in Pune, Kolkata and Lucknow (India)."""
