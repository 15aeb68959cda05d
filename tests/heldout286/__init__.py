"""Held-out set 286: a Sami family in Kautokeino, Karasjok and Inari."""
