"""Held-out set 249: a Gujarati family in Ahmedabad, Surat, Rajkot and Leicester."""
