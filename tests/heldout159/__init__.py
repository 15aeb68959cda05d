"""Held-out set 159: a Toronto / Vancouver family's apps, written without reading the rules."""
