"""The roles a key's words play for the biometric detectors, read from the
multilingual lexicon `exfilwatch/detect/lexicon/biometric.yaml`.

Apps name the person's face or voice in their own language (`immagineVolto`,
`vectorRostro`, `titik_wajah`, `dac_trung_giong_noi`, `seimon_vector`) or put it
in an object named for it (`selfie: {data: {front: [jpeg]}}`). The lexicon reads
each word as its CLASS (face, selfie, voiceprint, template...); this module maps
the classes to the ROLES the detectors test, so that covering a language is a
data change and the detectors never see a spelling:

- face: the key names a person's face (face, facial, selfie, portrait, biometric,
  liveness)
- voice: it names a person's voice (voice, speaker, voiceprint)
- artefact: a template, vector, print or point set made of it
- speaker: the speaker being verified or enrolled
- veto: a watch, card or font face, a sticker: no person's
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ..lexicon import Lexicon, load, raw
from ._common import _norm_text, ascii_key, key_words

_ROLES: dict[str, frozenset[str]] = {
    "face": frozenset(["face"]),
    "facial": frozenset(["face"]),
    "selfie": frozenset(["face"]),
    "portrait": frozenset(["face"]),
    "biometric": frozenset(["face"]),
    "liveness": frozenset(["face"]),
    "voice": frozenset(["voice"]),
    "speaker": frozenset(["voice", "speaker"]),
    "voiceprint": frozenset(["voice", "artefact", "speaker"]),
    "enrol": frozenset(["speaker"]),
    "print": frozenset(["artefact"]),
    "template": frozenset(["artefact"]),
    "embedding": frozenset(["artefact"]),
    "landmarks": frozenset(["artefact"]),
    "not_a_person": frozenset(["veto"]),
    # Words that also mean something else (a session, a sound, an arc): read only
    # beside a vector word over an embedding (`biometric_records`).
    "ambiguous_face": frozenset(["weak_face"]),
    "ambiguous_voice": frozenset(["weak_voice"]),
}
# Classes whose stem can open a compound (`gezichts|uitdrukking`); a "biometric"
# stem does not: `biometrikFoto`'s tail is read as a word anyway.
_COMPOUND_HEADS = frozenset(["face", "facial", "selfie", "voice", "speaker", "voiceprint"])
# Exact (not stem) face and voice words that may open a compound written as one
# word (Danish `stemme|aftryk`, Swedish `rost|prov`, Hungarian `arc|sablon`): read
# only when the rest is itself a word the lexicon knows (`compound_split`), since
# `stemme` is also a vote (`stemmeseddel`) and `rost` rust.
_WORD_HEADS = frozenset(["face", "voice", "speaker", "ambiguous_face", "ambiguous_voice"])
_SHORTEST_HEAD = 4
# A three-letter word that is a face or voice only beside a vector word (Hungarian `arc`,
# Turkish `ses`) may open a compound too (`arc|sablon`, round 224), but only with a tail
# of the lexicon's other languages: `arcvector` or `sesembedding` may be an arc's or a
# session's (biometric_records reads English vector words beside them so).
_SHORTEST_AMBIGUOUS_HEAD = 3
_AMBIGUOUS_HEADS = frozenset(["ambiguous_face", "ambiguous_voice"])
_SHORTEST_TAIL = 4


def lexicon() -> Lexicon:
    return load("biometric")


def _roles(cls: str | None) -> frozenset[str]:
    return _ROLES.get(cls, frozenset()) if cls else frozenset()


def _compound_tails(words: tuple[str, ...]) -> tuple[str, ...]:
    """What follows a face or voice stem inside one compound word (German and Dutch
    glue nouns: `gesichtsmerkmale` -> `merkmale`), linking `s` dropped, so the
    tail is read as a word of its own."""
    lex = lexicon()
    tails = []
    for w in words:
        for stem, cls in lex.stems:
            if cls in _COMPOUND_HEADS and w.startswith(stem) and len(w) >= len(stem) + 4:
                tail = w[len(stem) :]
                tails.append(tail[1:] if tail.startswith("s") else tail)
                break
    return tuple(tails)


@lru_cache(maxsize=16384)
def compound_split(word: str) -> tuple[str, str] | None:
    """(head, tail) of one written-together word that opens with an exact face or
    voice word of the lexicon (`stemmeaftryk` -> `stemme`, `aftryk`), a linking
    `s` / `e` dropped from the tail (`ansigts|biometri`). The caller decides
    whether the tail makes the compound biometric: the head alone does not
    (`stemmeseddel` is a ballot, `facebook` no face)."""
    words = lexicon().words
    for end in range(len(word) - _SHORTEST_TAIL, _SHORTEST_AMBIGUOUS_HEAD - 1, -1):
        head = word[:end]
        cls = words.get(head)
        if cls not in _WORD_HEADS or (end < _SHORTEST_HEAD and cls not in _AMBIGUOUS_HEADS):
            continue
        tail = word[end:]
        return head, tail
    return None


def compound_tails(word: str) -> tuple[str, ...]:
    """The readings of a compound's tail: as written, and without a linking letter."""
    split = compound_split(word)
    if split is None:
        return ()
    tail = split[1]
    linked = tail[1:] if tail[0] in "se" and len(tail) > _SHORTEST_TAIL else ""
    return (tail, linked) if linked else (tail,)


def _artefact_compound(word: str) -> frozenset[str]:
    """The roles of a face / voice word written together with a template, vector or
    print word (`stemmeaftryk`, `rostavtryck`, `arcsablon`): both parts' roles, or
    none when the tail is anything else."""
    lex = lexicon()
    for tail in compound_tails(word):
        tail_roles = _roles(lex.word(tail))
        if "artefact" in tail_roles:
            head = compound_split(word)[0]  # type: ignore[index]
            if len(head) < _SHORTEST_HEAD and _english_artefact(tail):
                continue
            return _roles(lex.words.get(head)) | tail_roles
    return frozenset()


@lru_cache(maxsize=1)
def _english_artefact_words() -> frozenset[str]:
    """The lexicon's English template, vector and print words (stems without the dash)."""
    classes = raw("biometric").get("classes") or {}
    return frozenset(
        str(w).lower().rstrip("-")
        for cls in ("template", "embedding", "print", "landmarks", "voiceprint")
        for w in (classes.get(cls) or {}).get("en") or []
    )


def _english_artefact(tail: str) -> bool:
    english = _english_artefact_words()
    return tail in english or any(tail.startswith(w) for w in english if len(w) >= 4)


_SHORTEST_HEAD_FIRST_TAIL = 5


def _head_first_compound(word: str) -> frozenset[str]:
    """The roles of a template, vector or print word written together with the face
    or voice word it is OF, in the languages that put the modifier after the noun
    and write no spaces (Thai แม่แบบใบหน้า "template face" -> `aemaebb|aibhna`,
    เวกเตอร์ใบหน้า -> `ewketor|aibhna`): both parts' roles, or none unless the
    head is an artefact word and the tail a face or voice word of five letters or
    more (shorter ones end ordinary words)."""
    words = lexicon().words
    for end in range(_SHORTEST_HEAD, len(word) - _SHORTEST_HEAD_FIRST_TAIL + 1):
        head_roles = _roles(words.get(word[:end]))
        if "artefact" not in head_roles:
            continue
        tail_class = words.get(word[end:])
        if tail_class in _WORD_HEADS:
            return head_roles | _roles(tail_class)
    return frozenset()


# Chinese characters as Japanese writes them (and Korean hanja). The key reader
# romanises them two to a word in Mandarin (`顔特徴点` -> `yante`, `zhengdian`), which
# cuts a one-character Japanese word (顔 "face") from the next: the lexicon lists
# such words in the script, and they are found wherever they stand in the key.
_IDEOGRAPHS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _ideograph_words() -> tuple[tuple[str, str], ...]:
    """(word, class) of each lexicon word written in Chinese characters."""
    return tuple((w, c) for w, c in lexicon().words.items() if _IDEOGRAPHS.search(w))


def _ideograph_roles(key: str) -> frozenset[str]:
    """The roles of the lexicon's character-written words inside a key (no spaces
    divide words in the script, so each is looked for as a substring)."""
    if key.isascii() or not _IDEOGRAPHS.search(key):
        return frozenset()
    roles: set[str] = set()
    for word, cls in _ideograph_words():
        if word in key:
            roles |= _roles(cls)
    return frozenset(roles)


# The Arabic article as Arabizi writes it between the words of a phrase (`bsmet el sot`,
# `basmat al sawt`: the print of the voice); read past it when pairing words.
_ARTICLES = frozenset(["el", "al"])


@lru_cache(maxsize=16384)
def word_roles(key: str) -> frozenset[str]:
    """The roles ("face", "voice", "artefact", "speaker") of a key's words: each
    word, each adjacent pair read as one word (`giong_noi` -> `giongnoi`) or as a
    phrase, each word's stems (`vektoru`, `gezichtsuitdrukking`), and the tails
    of compounds. Empty when a word says the face is no person's."""
    lex = lexicon()
    base = key_words(key)  # accents folded there (`röst` -> rost)
    words = base + _compound_tails(base)
    pairs = list(pairwise(words))
    pool = set(words) | {a + b for a, b in pairs}
    roles: set[str] = set(_ideograph_roles(key))
    for w in pool:
        roles |= _roles(lex.words.get(w))
    for _, _, cls in lex.phrase_spans(words, sizes=(2,)):
        roles |= _roles(cls)
    if _ARTICLES.intersection(base):  # `bsmet_el_sot` reads as the phrase `bsmet sot`
        bare = [w for w in words if w not in _ARTICLES]
        for _, _, cls in lex.phrase_spans(bare, sizes=(2,)):
            roles |= _roles(cls)
    for w in words:
        for stem, cls in lex.stems:
            if w.startswith(stem):
                roles |= _roles(cls)
    if not roles & {"face", "voice", "weak_face", "weak_voice"}:
        for w in base:
            roles |= _artefact_compound(w) or _head_first_compound(w)
    if "veto" in roles:
        return frozenset()
    return frozenset(roles)


def modality_key(key: str) -> bool:
    """Whether a key names a person's face or voice (the detector's gate)."""
    return bool(word_roles(key) & {"face", "voice"})


@lru_cache(maxsize=1)
def _expression_stems() -> tuple[str, ...]:
    return tuple(stem for stem, cls in lexicon().stems if cls == "expression")


@lru_cache(maxsize=4096)
def expression_key(key: str) -> bool:
    """A key that names a facial expression or mood: an expression stem anywhere
    in it, so compounds count (`gezichtsuitdrukking`, `yuzIfadesi`), or an exact
    expression word among its words."""
    key = ascii_key(key)
    norm = _norm_text(key)
    if any(stem in norm for stem in _expression_stems()):
        return True
    words = lexicon().words
    return any(words.get(w) == "expression" for w in key_words(key))
