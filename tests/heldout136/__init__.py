"""Held-out set 136: a family between Warsaw and Lviv."""
