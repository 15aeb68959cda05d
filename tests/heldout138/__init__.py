"""Held-out set 138: a freelance video producer and sound engineer (Toronto / Montreal)."""
