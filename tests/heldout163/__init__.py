"""Held-out set 163: a family in Accra and Abidjan, written without reading the rules."""
