"""Held-out set 172: a Vietnamese family's devices, written without reading the signatures."""
