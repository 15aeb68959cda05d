"""Face-expression weights packed as one vector.

VR avatar relays send a headset's face tracking as a packed array (base64 of
little-endian float32, or a bare list) instead of a name per weight: one weight
per expression of a fixed set, in the set's order. The length says which set
it is (52 ARKit / MediaPipe blendshapes, 63 for Meta's XR_FB_face_tracking /
OVRFaceExpressions, 70 for XR_FB_face_tracking2), and every weight is in 0..1.
A length alone says little, so rules use this only under a key that says face
tracking or expression weights, or beside a tag naming the set.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import struct

from ._common import _is_number, structure

# ARKit 52 (51 / 53 with or without MediaPipe's `_neutral`), XR_FB_face_tracking 63,
# XR_FB_face_tracking2 70.
FACE_WEIGHT_SETS = frozenset([51, 52, 53, 63, 70])
_B64_RE = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")


def _packed_floats(text: str) -> list[float] | None:
    """The float32 values of base64 text whose length is a face-weight set's size."""
    if not 200 <= len(text) <= 600 or not _B64_RE.fullmatch(text):
        return None
    try:
        raw = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) % 4 or len(raw) // 4 not in FACE_WEIGHT_SETS:
        return None
    return list(struct.unpack(f"<{len(raw) // 4}f", raw))


def _weights(value: object) -> tuple[list[float], str] | None:
    """The numbers of a list or of packed base64 float32, with the form's name."""
    if isinstance(value, list):
        if len(value) in FACE_WEIGHT_SETS and all(
            _is_number(x) and not isinstance(x, bool) for x in value
        ):
            return [float(x) for x in value], "list"
        return None
    if isinstance(value, str):
        floats = _packed_floats(value)
        return (floats, "base64 float32") if floats is not None else None
    return None


def _face_like(weights: list[float]) -> bool:
    """Weights in 0..1 that vary like a face: several distinct fractional values
    (a face at rest still moves brows, lids and lips), not a constant fill, a
    one-hot or a probability distribution summing to 1."""
    if not all(math.isfinite(x) and -0.01 <= x <= 1.01 for x in weights):
        return False
    fractional = [x for x in weights if 0 < x < 1 and not float(x).is_integer()]
    if len(fractional) < len(weights) * 0.25 or len(set(fractional)) < 8:
        return False
    return not 0.98 <= sum(weights) <= 1.02


@structure("face_weight_vector", kind=(list, str), size=(51, 70))
def face_weight_vector(value: object) -> str | None:
    """A vector of a face-expression set's length (52, 63, 70) of 0..1 weights,
    as a list or base64 float32."""
    found = _weights(value)
    if found is None or not _face_like(found[0]):
        return None
    weights, form = found
    return f"{len(weights)} face-expression weights ({form})"
