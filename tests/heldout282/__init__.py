"""Held-out set 282: Hawaiian immersion-school families in Hilo and Honolulu."""
