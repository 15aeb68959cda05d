"""Held-out set 117: a family in Phnom Penh, Siem Reap and Vientiane."""
