"""Held-out set 79: a moto g85 and an LG webOS TV in Poland, Czechia and Hungary."""
