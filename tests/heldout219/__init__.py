"""Held-out set 219 (generated, labelled): a Greek family and its devices."""
