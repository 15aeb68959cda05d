"""Held-out set 187: a repair technician's phone, mostly ordinary look-alike traffic."""
