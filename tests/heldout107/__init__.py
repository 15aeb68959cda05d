"""Held-out set 107: a family in Almaty, Shymkent and Bishkek (Kazakh, Kyrgyz, Russian)."""
