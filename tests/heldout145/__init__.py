"""Held-out set 145: a family in Nairobi and Lagos."""
