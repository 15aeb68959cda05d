"""Held-out set 158 (precision stress): a veterinary clinic's reception, written blind."""
