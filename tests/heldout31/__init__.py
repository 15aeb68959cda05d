"""Held-out set 31: an Android Automotive head unit and a Pixel Watch, written without
reading the signature library."""
