"""Held-out set 258 (Paraguay: Spanish and Guaraní / jopara apps)."""
