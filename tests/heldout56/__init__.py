"""Held-out set 56: VR headset and companion-app traffic, written without
reading the signature library."""
