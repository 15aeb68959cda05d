"""Held-out set 6: apps and SDKs the signature library was not developed on."""
