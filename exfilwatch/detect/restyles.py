"""Whether a face photo is sent to be restyled, not recognised.

A photograph of a face is biometric data when it is processed to identify or verify
the person (GDPR art. 4(14), recital 51): a face-matching, liveness or face-analysis
service. Photo apps also send selfies to services that return a PICTURE: a cartoon,
an anime or comic portrait, a caricature, a painting, a sticker, a filtered or
beautified copy (an "AI comic face" generator, a toonify filter). No one is matched,
so the photo sent there is no biometric sample; face data derived on the way
(landmarks, head pose, a mesh) is, and stays found: this veto reads photos only.

The exchange names a restyling when one of these names it (`lexicon/restyle.yaml`):
the URL path's segments, the host's labels, the query's keys and short values, or
the photo's own record (a multipart upload's part names, file names and text parts,
`style: anime`; a JSON photo's sibling fields). A check or an analysis named anywhere
in the exchange wins (`liveness`, `verify`, `kyc`, `enrol`, `detect`, `landmarks`,
`attributes`, an identity document), so a KYC selfie beside a filter setting, and a
beauty app's call to a face-analysis API, stay found. So does a likeness modelled on
the face: an avatar generated from the selfie or a model trained on several
(`/face/avatars`, `/avatar/v2/generate` with a `style` part), as the avatar rules and
earlier sets hold: the face itself is shaped, not a picture redrawn. One veto, honoured by every
biometric rule beside the animal veto (`subjects.CATEGORY_VETOES`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..decode import MultipartFields
from .lexicon import load
from .structures._common import key_words
from .validators import is_base64_image

if TYPE_CHECKING:
    from .node_tree import NodeTree
    from .subjects import SubjectReader

__all__ = ["restyled_photo"]

RESTYLE = "restyle"
# The face analysed by the service (`detect`, `landmarks`), or a likeness modelled on it
# (an avatar shaped from the selfie, a model trained on selfies): a check in this reading.
_MODELLED = frozenset(["analysis", "likeness"])
# The biometric lexicon's classes that name a check of the person: any of them in the
# exchange makes the photo a sample, whatever filter or style is also named.
_CHECK_CLASSES = frozenset(
    ["liveness", "enrol", "match", "identity_check", "recognition", "recognised", "biometric"]
)
# Signing in names a check only in the URL (`/login/face`): a body's `authToken` signs
# the API call, whatever the photo is for.
_LOGIN = "login"
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"RIFF", b"GIF8")
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp", ".gif")
_LONGEST_VALUE = 64
_URL_SEGMENT = "path["
_HEADER = "header"


@lru_cache(maxsize=8192)
def _names(text: str) -> frozenset[str]:
    """`restyle` and / or `check` for the words of a key, a short value or a segment.
    Read as listed, by a listed stem or phrase, never by romanisation skeleton."""
    words = key_words(text)
    if not words:
        return frozenset()
    found = set(load("restyle").classes_of(words))
    if found & _MODELLED:
        found -= _MODELLED
        found.add("check")
    biometric = load("biometric").classes_of(words)
    if biometric & _CHECK_CLASSES:
        found.add("check")
    if _LOGIN in biometric:
        found.add(_LOGIN)
    if "document" in load("identity_capture").classes_of(words):
        found.add("check")
    return frozenset(found)


def _short(value: object) -> str:
    return value if isinstance(value, str) and len(value) <= _LONGEST_VALUE else ""


def _multipart_texts(fields: MultipartFields) -> list[str]:
    """A multipart upload's part names, file names and short text parts."""
    texts = [str(name) for name in fields]
    texts += list(fields.filenames.values())
    for key, text in fields.texts.items():
        texts += [key, _short(text)]
    return texts


def _exchange_texts(tree: NodeTree, host: str) -> tuple[list[str], list[str]]:
    """(texts that may name a restyling, texts that may name a check): the URL, the
    host and the query name either; a check may be named by any key or short value."""
    outer = [label for label in host.split(".") if label]
    everywhere: list[str] = []
    for node in tree.nodes:
        if node.path.startswith(_HEADER):
            continue
        if node.parent < 0 and node.path.startswith(_URL_SEGMENT):
            outer.append(_short(node.value))
        elif node.path.startswith("query"):
            outer += [node.key, _short(node.value)]
        else:
            everywhere += [node.key, _short(node.value)]
        if isinstance(node.value, MultipartFields):
            everywhere += _multipart_texts(node.value)
    return outer, outer + everywhere


def _exchange_reading(tree: SubjectReader) -> tuple[bool, bool]:
    """(a restyling named by the URL, host or query; a check named anywhere)."""
    outer, every = _exchange_texts(tree, tree.host)
    restyled = any(RESTYLE in _names(t) for t in outer if t)
    checked = any("check" in _names(t) for t in every if t)
    checked = checked or any(_LOGIN in _names(t) for t in outer if t)
    return restyled, checked


def _is_photo(value: object, media: str) -> bool:
    if isinstance(value, MultipartFields):
        return any(
            str(ctype).startswith("image/") or name_of.lower().endswith(_IMAGE_FILES)
            for name, ctype in value.items()
            for name_of in (value.filenames.get(name, ""),)
        )
    if isinstance(value, bytes | bytearray):
        return media.startswith("image/") or bytes(value[:4]).startswith(_IMAGE_MAGIC)
    if isinstance(value, dict):
        return _photo_record(value)
    return is_base64_image(value)


def _photo_record(value: dict) -> bool:
    """A record that holds a photo and only settings beside it (`{selfie: <jpeg>,
    strength: 0.7}`): a finding on it is about the photo. A record that also holds
    lists or objects (landmarks, a head pose) holds face data of its own."""
    photos = 0
    for item in value.values():
        if isinstance(item, dict | list):
            return False
        photos += is_base64_image(item)
    return photos > 0


def _record_names_restyle(tree: NodeTree, index: int) -> bool:
    """The photo's own record names a restyling: its multipart upload's parts, or the
    short fields beside it in the objects that enclose it."""
    for i in tree.chain(index):
        node = tree.nodes[i]
        texts: list[str] = []
        if isinstance(node.value, MultipartFields):
            texts = _multipart_texts(node.value)
        elif i != index:
            for c in tree.children_of(i):
                child = tree.nodes[c]
                if not isinstance(child.value, dict | list):
                    texts += [child.key, _short(child.value)]
        if any(RESTYLE in _names(t) for t in texts if t):
            return True
    return False


def restyled_photo(reader: SubjectReader, index: int) -> bool:
    """True when the data at `index` is a photo the exchange sends to be restyled
    (a cartoon, a filter, a style) and the exchange names no check or analysis."""
    node = reader.nodes[index]
    if node.direction != "request" or not _is_photo(node.value, node.media):
        return False
    restyled, checked = reader.exchange_wide(_exchange_reading)
    if checked:
        return False
    return restyled or _record_names_restyle(reader, index)
