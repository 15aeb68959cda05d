"""Biometric modalities other than face and voice: fingerprint minutiae sets.

A minutiae template is the list of ridge endings and bifurcations a fingerprint
(or palm print) reader extracts: each minutia has a position and a ridge
direction (ISO/IEC 19794-2, ANSI/NIST-ITL type 9; NIST NBIS `mindtct` writes
x, y, theta, quality). It identifies the finger it came from.
"""

from __future__ import annotations

from ._common import _is_number, _norm_key, structure

_DIRECTION_KEYS = frozenset(["angle", "theta", "direction", "orientation", "dir", "t", "a"])
_POSITION_KEYS = frozenset(["x", "y"])


def _minutia(item: object) -> bool:
    if isinstance(item, dict):
        keys = {_norm_key(k): v for k, v in item.items()}
        return (
            keys.keys() >= _POSITION_KEYS
            and all(_is_number(keys[k]) for k in _POSITION_KEYS)
            and any(_is_number(keys[k]) for k in _DIRECTION_KEYS & keys.keys())
        )
    if isinstance(item, list | tuple):  # [x, y, theta] or [x, y, theta, quality(, type)]
        return 3 <= len(item) <= 5 and all(_is_number(x) for x in item)
    return False


@structure("minutiae", kind=list, size=(8, 512))
def minutiae(value: object) -> str | None:
    """Eight or more points with a position and a ridge direction: only under a
    key that names fingerprint minutiae or a finger / palm template."""
    if isinstance(value, list) and 8 <= len(value) <= 512 and all(_minutia(m) for m in value):
        return f"{len(value)} fingerprint minutiae (position and ridge direction)"
    return None
