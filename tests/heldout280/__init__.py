"""Held-out set 280 (Papua New Guinea and Vanuatu)."""
