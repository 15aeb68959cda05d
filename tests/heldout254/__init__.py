"""Held-out set 254 (precision stress): the work phone of the AV / IT coordinator
of a Tampere library and culture centre."""
