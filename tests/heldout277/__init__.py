"""Held-out set 277: app traffic written without reading the signature library."""
