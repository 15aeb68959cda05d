"""Held-out set 146: a school district IT technician in Helsinki and Espoo (precision stress)."""
