"""Held-out set 115: a family in Osaka and Fukuoka."""
