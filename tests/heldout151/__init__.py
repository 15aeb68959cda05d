"""Held-out set 151: a Sydney / Auckland household, written without reading the rules."""
