"""Held-out set 74: an IT administrator's phone, a precision stress set.

Written without reading the signature library.
"""
