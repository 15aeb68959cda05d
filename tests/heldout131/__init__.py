"""Held-out set 131: a Cologne / Vienna family's app traffic, written without reading
the signature library."""
