"""Biometric modalities other than face and voice (fingerprint minutiae sets),
ID-chip face groups, and the face-image test they share with named_biometric.

A minutiae template is the list of ridge endings and bifurcations a fingerprint
(or palm print) reader extracts: each minutia has a position and a ridge
direction (ISO/IEC 19794-2, ANSI/NIST-ITL type 9; NIST NBIS `mindtct` writes
x, y, theta, quality). It identifies the finger it came from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..validators import is_base64_image
from ._common import _is_number, _key_set_has, _key_text, _norm_key, _norm_text, structure

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


# Base64 openings of the image formats identity documents use beside JPEG: a JPEG 2000
# file (the `jP  ` signature box), a bare JPEG 2000 codestream (FF 4F FF 51), and an
# ICAO 9303 DG2 data group (tag 75 with a long length) that wraps the face image.
_DOCUMENT_IMAGE_OPENINGS = ("AAAADGpQICAN", "/0//U", "dYI", "dYE")


def is_face_image(value: object) -> bool:
    """A photo as base64: JPEG / PNG / WebP / HEIC, or the JPEG 2000 and DG2
    wrappings an ID chip's face image comes in."""
    if is_base64_image(value):
        return True
    if not isinstance(value, str) or len(value) < 128:
        return False
    return value.startswith(_DOCUMENT_IMAGE_OPENINGS)


# -- ICAO 9303 data group 2 (an ID chip's face) ---------------------------------------------
#
# An ePassport or eID chip holds the holder's face as data group 2 (DG2: a JPEG or
# JPEG 2000 image in an ISO 19794-5 / 39794-5 record). Apps that read the chip over
# NFC send the groups on as base64 under their standard names (`dg2`, `DG2`,
# `dg2FaceImage`, `dataGroup2`), usually beside DG1 (the MRZ) and the SOD.

_DG2_RE = re.compile(r"(?:ef)?(?:dg|datagroup)0?2(?![0-9])[a-z]*")
_CHIP_SIBLINGS_RE = re.compile(r"(?:ef)?(?:dg|datagroup)(?:0?1|1[1-6]|0?[3-9])|(?:ef)?(?:sod|com)")


@lru_cache(maxsize=4096)
def _dg2_key(key: str) -> bool:
    return bool(_DG2_RE.fullmatch(_norm_text(key)))


def _blob(value: object) -> bool:
    if isinstance(value, bytes):
        return len(value) >= 150
    return isinstance(value, str) and len(value) >= 200 and " " not in value


@structure("chip_face_group", kind=dict, size=(1, 40), needs=(_dg2_key,))
def chip_face_group(value: object) -> str | None:
    """A DG2 blob of image size beside the chip's other groups (DG1, SOD), or one
    that opens as an image. A `dg2` setting or a short code is not a face."""
    if not isinstance(value, dict) or not _key_set_has(_dg2_key, tuple(value)):
        return None
    keys = [_key_text(k) for k in value]
    siblings = any(_CHIP_SIBLINGS_RE.fullmatch(_norm_text(k)) for k in keys)
    for k, v in value.items():
        key = _key_text(k)
        if _dg2_key(key) and _blob(v) and (siblings or is_face_image(v)):
            return f"ID chip face image (ICAO data group 2) under {key!r}"
    return None
