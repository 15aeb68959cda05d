"""A face mesh of any vertex count under a key that names both the face and a mesh.

The `mesh` detector knows only the full topologies (MediaPipe's 468 / 478
points, ARKit's 1,220 vertices). Apps that send a subset or a decimated mesh
(a selfie-mask game's 120 vertices) still name it: `faceMesh`, Spanish
`mallaFacial`, Portuguese `malhaFacial`, French `maillageVisage`. A key whose
words say both "face" (a person's: watch, clock and font faces are vetoed by
the lexicon) and "mesh" in any language, holding dozens of 3-D points, is face
geometry whatever the count. A 3-D model's `surfaceMesh` or a font's
`typefaceMesh` never names a person's face, and a handful of points is no mesh.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _is_number, _key_text, key_words, structure
from .biometric_words import lexicon, word_roles

# A decimated face mesh still has dozens of vertices; a box or a triangle has a few.
_MIN_VERTICES = 30
# How deep below the named key the vertex list may sit (`{vertices: [...]}`).
_MAX_DEPTH = 2


@lru_cache(maxsize=4096)
def face_mesh_key(key: str) -> bool:
    """Whether a key names a person's face AND a mesh (in any language)."""
    words = lexicon().words
    has_mesh = any(words.get(w) == "mesh" for w in key_words(key))
    return has_mesh and "face" in word_roles(key)


def _point3(item: object) -> bool:
    if isinstance(item, list | tuple):
        return len(item) == 3 and all(_is_number(x) for x in item)
    if isinstance(item, dict):
        coords = [item.get(c) for c in ("x", "y", "z")]
        return all(_is_number(c) for c in coords)
    return False


def _vertex_count(value: object, depth: int = 0) -> int:
    """The number of 3-D vertices in a point list or flat xyz list, or in a list
    one or two objects below (`{topology: ..., vertices: [...]}`)."""
    if isinstance(value, list) and value:
        if all(_point3(p) for p in value):
            return len(value)
        if len(value) % 3 == 0 and all(_is_number(x) for x in value):
            return len(value) // 3
        return 0
    if isinstance(value, dict) and depth < _MAX_DEPTH:
        return max((_vertex_count(v, depth + 1) for v in value.values()), default=0)
    return 0


@structure("face_mesh_named", kind=dict, size=(1, None), needs=(face_mesh_key,))
def face_mesh_named(value: object) -> str | None:
    """Dozens of 3-D vertices under a face-and-mesh key (`mallaFacial`, `faceMesh`)."""
    if not isinstance(value, dict):
        return None
    for key, item in value.items():
        if not face_mesh_key(_key_text(key)):
            continue
        count = _vertex_count(item)
        if count >= _MIN_VERTICES:
            return f"face mesh of {count} vertices under {_key_text(key)!r}"
    return None
