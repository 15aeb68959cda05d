"""Held-out set 42: a family's kids' tablet and smart display (DE/AT/CH).

Written without reading the signature library.
"""
