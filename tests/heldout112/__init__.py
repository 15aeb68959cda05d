"""Held-out set 112: a Lyon physiotherapist's phone (precision stress), written blind."""
