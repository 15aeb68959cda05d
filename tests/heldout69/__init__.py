"""Held-out set 69: a Xiaomi 14 (HyperOS, mainland China) and the family's Xiaomi TV."""
