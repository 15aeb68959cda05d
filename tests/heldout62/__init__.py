"""Held-out set 62: a precision-stress session of ordinary apps on a Galaxy Tab."""
