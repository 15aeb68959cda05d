"""A burst of camera frames under a face word that alone is ambiguous.

Liveness checks of the flashing-screen kind (iProov-style: the screen flashes colours while
the front camera films the face) send the frames they took as a burst of base64 JPEGs:
`{"tvar": {"kadry": ["/9j/..", "/9j/..", ..]}}` (Belarusian Łacinka "face", "frames"). Some
face words are also ordinary words elsewhere (lexicon/biometric.yaml `ambiguous_face`:
Belarusian `tvar` is Czech and Slovak "shape", Slovenian `obraz` Polish "picture"), so
one image under them is no face; but several camera frames of the same capture under the
face word, with nothing of an editor's, a product's or a shape's settings beside them, are
the capture of a face.

What is read: a key whose only biometric role is the ambiguous face word, holding (directly
or in one member) a list of `_MIN_FRAMES` or more images the face-image test accepts, all of
them; a member naming a product, a price, a colour, a size or an editor's setting vetoes it.
"""

from __future__ import annotations

from ._common import _key_text, key_words, structure
from .biometric_words import word_roles
from .face_signals import _SETTING_WORDS
from .modalities import is_face_image

_MIN_FRAMES = 2
_MAX_FRAMES = 60
# A shape's or a product's object (a Czech shop's `tvar` of a product, a drawing tool's).
_NOT_FACE_WORDS = frozenset(
    ["product", "price", "color", "colour", "size", "width", "height", "material", "sku",
     "stroke", "fill", "svg", "vector", "path", "polygon", "cena", "barva", "velikost",
     "produkt", "rozmer"]
)  # fmt: skip


def _weak_face_key(key: str) -> bool:
    return word_roles(key) == frozenset(["weak_face"])


def _frames(value: object) -> int:
    if not isinstance(value, list) or not _MIN_FRAMES <= len(value) <= _MAX_FRAMES:
        return 0
    return len(value) if all(is_face_image(item) for item in value) else 0


def _burst(value: object) -> int:
    if isinstance(value, list):
        return _frames(value)
    if not isinstance(value, dict) or len(value) > 12:
        return 0
    for key in value:
        words = set(key_words(_key_text(key)))
        if words & (_NOT_FACE_WORDS | _SETTING_WORDS):
            return 0
    return max((_frames(member) for member in value.values()), default=0)


@structure("ambiguous_face_frames", kind=dict, size=(1, 40), needs=(_weak_face_key,))
def ambiguous_face_frames(value: object) -> str | None:
    """Camera frames under an ambiguous face word: a face's capture burst."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if not _weak_face_key(text):
            continue
        if set(key_words(text)) & _NOT_FACE_WORDS:
            continue
        count = _burst(member)
        if count:
            return f"{count} camera frames under the face word `{text}`"
    return None
