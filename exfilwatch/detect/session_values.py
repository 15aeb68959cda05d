"""Device identifiers a session has already named, found again wherever they travel.

Why: a rule reads a key or a structure, so it finds a device identifier only
where an app names it in words the library knows. But a phone's identifiers
are few and travel everywhere: the Android ID an analytics SDK sends as
`android_id` goes out again under `tv.serie`, `vinculacion`, `x-reloj-serie`,
a numeric key or a hash, to the same and to other hosts. Once a rule has read
a value as a device identifier, that value is a known value of this session,
and the tester's `--known` machinery (every case, separator, URL, hex, base64
and hash form of it, see `known_values`) finds it in any other flow, in any
language, under any key. This is the one reading that does not hang on a word.

What teaches: device_id findings of the signature rules (not `known:` ones,
which need no help), at confidence 0.6 or more, whose value looks like an
identifier (8 to 128 characters, no spaces, a digit, four or more distinct
letters or digits: the all-zero advertising ID of a phone that limits ad
tracking is not one phone's identifier). Low-confidence value-shape findings
(a UUID under an opaque key) do not teach: they are guesses, and a guess
repeated is not evidence.

Order: a session is the traffic of one capture or one proxy run. A value may
be taught after the flows that carry it were analysed (a capture's first flow
is often the one that hides it best), so a newly taught value is also looked
up in the flows already seen, and those get their finding late. The final set
of findings is therefore the same in whatever order the flows arrive (a HAR, a
flow dump and a pcap of the same traffic may order them differently) and
whether a file is analysed whole or in parts that are merged (`merge_parts`).

Lookups are exact tokens, not substrings: each string value is cut into runs
of letters, digits and `-:_.` (the characters identifiers are written with),
and hex runs of 16 or more also as their 16-character prefix (hashes cut short,
as in `known_values`). Memory is bounded: after `MAX_SIGHTINGS` stored tokens a
session stops remembering old flows' tokens (later flows are still checked
against every learned value), and says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..decode import Node
from .known_values import Variant, variants

__all__ = [
    "Candidate",
    "FlowRef",
    "Learned",
    "SessionValues",
    "candidates",
    "merge_parts",
    "teachable",
]

MIN_TEACHER_CONFIDENCE = 0.6
MAX_SIGHTINGS = 500_000
_CONFIDENCE = {(): 0.85, ("url",): 0.85, ("hex",): 0.8, ("base64",): 0.8}
_HASHED_CONFIDENCE = 0.75
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-:_.]*[A-Za-z0-9]")
_B64_VALUE = re.compile(r"[A-Za-z0-9+/_\-]{8,}={0,2}")
_DIGIT = re.compile(r"[0-9]")
_LONGEST = 160
_LONGEST_VALUE = 1024
"""Longer tokens are text or blobs, not one identifier (a SHA-512 in hex is 128)."""
_HEX_RUN = re.compile(r"[0-9a-f]+")
_PREFIX = 16


class FlowRef(NamedTuple):
    """What a late finding needs of a flow that was analysed before."""

    index: int
    source: str
    flow: str
    method: str
    url: str
    """As the flow's own findings give it (their values redacted)."""
    server_ip: str | None
    started: float


class Candidate(NamedTuple):
    """A token of a decoded value and where it was (a tuple: an exchange has dozens)."""

    text: str
    path: str
    key: str
    encodings: tuple[str, ...]
    direction: str


def teachable(value: str) -> bool:
    """A value one device could own, as opposed to a word, a zero or a constant."""
    value = value.strip()
    if not 8 <= len(value) <= 128 or any(c.isspace() for c in value):
        return False
    alnum = {c.lower() for c in value if c.isascii() and c.isalnum()}
    return len(alnum) >= 4 and any(c.isdigit() for c in alnum)


@lru_cache(maxsize=32768)
def _lookup_keys(token: str) -> tuple[str, ...]:
    """The literals a token may equal: lower-cased, as it is (base64 is
    case-sensitive), and a long hex run's 16-character hash prefix."""
    lowered = token.lower()
    keys = [lowered]
    if token != lowered:
        keys.append(token)
    if len(lowered) > _PREFIX and _HEX_RUN.fullmatch(lowered):
        keys.append(lowered[:_PREFIX])
    return tuple(keys)


def candidates(nodes: list[Node]) -> list[Candidate]:
    """The identifier-shaped tokens of an exchange's decoded string values.

    Strings over a kilobyte are bodies, logs or blobs whose parts the decoder has
    already made nodes of, and a string without a digit holds no identifier: both
    are passed over before any token is cut (this runs on every value of every flow).
    """
    out: list[Candidate] = []
    for node in nodes:
        value = node.value
        if isinstance(value, str):
            if not 8 <= len(value) <= _LONGEST_VALUE:
                continue
            tokens = _tokens(value)
        elif type(value) is int and value > 9_999_999:  # not a bool
            tokens = (str(value),)
        else:
            continue
        if tokens:
            where = (node.path, node.key, node.encodings, node.direction)
            out.extend(Candidate(t, *where) for t in tokens)
    return out


@lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[str, ...]:
    """A value's tokens, remembered: the same header values, ids and versions come
    back in every flow of a session."""
    if not _DIGIT.search(text):
        return ()
    tokens = [t for t in _TOKEN.findall(text) if 8 <= len(t) <= _LONGEST and _DIGIT.search(t)]
    if (
        len(text) <= _LONGEST
        and _B64_VALUE.fullmatch(text)
        and (whole := text.rstrip("=")) not in tokens
    ):
        tokens.append(whole)  # base64 is looked up whole: its alphabet is not a token's
    return tuple(tokens)


@dataclass(frozen=True, slots=True)
class Learned:
    """A learned value found in a flow: the engine makes the finding."""

    ref: FlowRef
    token: Candidate
    encodings: tuple[str, ...]
    """How the value was encoded to give the token (hashes, base64...)."""

    @property
    def confidence(self) -> float:
        return _CONFIDENCE.get(self.encodings, _HASHED_CONFIDENCE)


@dataclass(slots=True)
class _Observation:
    """One flow as the session saw it: its tokens, for values learned later."""

    ref: FlowRef
    tokens: list[Candidate]
    found_paths: frozenset[str]


@dataclass(slots=True)
class SessionValues:
    """The learned values of one session, and the tokens of the flows seen so far."""

    learned: dict[str, Variant] = field(default_factory=dict)
    sightings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    observations: list[_Observation] = field(default_factory=list)
    reported: set[tuple[str, str]] = field(default_factory=set)
    taught: set[str] = field(default_factory=set)
    stored: int = 0
    full: bool = False

    def observe(
        self,
        ref: FlowRef,
        tokens: list[Candidate],
        taught: list[str],
        found_paths: frozenset[str],
    ) -> list[Learned]:
        """Findings from this flow's tokens and, late, on earlier flows."""
        number = len(self.observations)
        kept = [] if self.full else tokens  # past the bound, a flow's tokens are not kept
        self.observations.append(_Observation(ref, kept, found_paths))
        out: list[Learned] = []
        learned, sightings = self.learned, self.sightings
        for position, token in enumerate(tokens):
            keys = _lookup_keys(token.text)
            variant = self._learned_variant(keys) if learned else None
            if variant is not None:
                self._report_token(ref, found_paths, token, variant, out)
            if kept:
                for key in keys:
                    sightings.setdefault(key, []).append((number, position))
                self.stored += len(keys)
        self.full = self.stored >= MAX_SIGHTINGS
        for value in taught:
            self._teach(value, out)
        return _deepest(out)

    @property
    def note(self) -> str | None:
        if self.full:
            return (
                f"learned identifiers: over {MAX_SIGHTINGS:,} tokens, older flows "
                "were not searched again for values learned later"
            )
        return None

    def _learned_variant(self, keys: tuple[str, ...]) -> Variant | None:
        for key in keys:
            variant = self.learned.get(key)
            if variant is not None and (not variant.case_sensitive or key == variant.literal):
                return variant
        return None

    def _teach(self, value: str, out: list[Learned]) -> None:
        if value in self.taught:
            return
        self.taught.add(value)
        for variant in variants("device_id", value.strip()):
            if len(variant.literal) < 8 or variant.literal in self.learned:
                continue
            self.learned[variant.literal] = variant
            for number, position in self.sightings.get(variant.literal, ()):
                token = self.observations[number].tokens[position]
                if not variant.case_sensitive or token.text == variant.literal:
                    self._report(number, token, variant, out)

    def _report(self, number: int, token: Candidate, variant: Variant, out: list[Learned]) -> None:
        seen = self.observations[number]
        self._report_token(seen.ref, seen.found_paths, token, variant, out)

    def _report_token(
        self,
        ref: FlowRef,
        found_paths: frozenset[str],
        token: Candidate,
        variant: Variant,
        out: list[Learned],
    ) -> None:
        key = (ref.flow, token.path)
        if token.path in found_paths or key in self.reported:
            return
        self.reported.add(key)
        out.append(Learned(ref, token, variant.encodings))


def merge_parts(parts: Sequence[SessionValues]) -> list[Learned]:
    """Parts of one capture analysed apart (`batch`): each part's tokens are looked up
    for the values only the other parts learned, which is all a part could not find
    alone. Only learned values cross, never tokens, so merging costs a lookup per
    value and part, not a second pass over the flows."""
    every = set().union(*(part.taught for part in parts))
    out: list[Learned] = []
    for part in parts:
        for value in sorted(every - part.taught):
            part._teach(value, out)
    return _deepest(out)


def _deepest(hits: list[Learned]) -> list[Learned]:
    """A value found both in an encoded string and in what it decodes to is one
    finding, at the decoded node (as `known_values` reports it)."""
    paths: dict[str, list[str]] = {}
    for hit in hits:
        paths.setdefault(hit.ref.flow, []).append(hit.token.path)
    return [
        hit
        for hit in hits
        if not any(
            other != hit.token.path
            and other.startswith(hit.token.path)
            and other[len(hit.token.path)] in "|.["
            for other in paths[hit.ref.flow]
        )
    ]
