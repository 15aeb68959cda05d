"""Held-out set 123: a Leeds / Glasgow household (UK broadcasters, doorbell, speaker)."""
