"""Held-out set 200: a Cambodian family (Phnom Penh, Siem Reap, Long Beach)."""
