"""The test phone's own identifiers, found in any encoding an app may give them.

A tester knows their phone's advertising ID, Android ID or IMEI. Rather than
decode every value every way an app might have encoded it, we encode the known
values every way an app might, once at load time, and look for all of those
literals in one pass of an Aho-Corasick automaton over each decoded value. The
variants of one value are: its case and separator forms, URL-encoded, hex,
base64 and base64url (padded or not), MD5 / SHA-1 / SHA-256 / SHA-512 of each
form, a hash of a hash, and any hash cut to 16 hex characters or more (we match
the 16-character prefix, so full and truncated hashes are one literal).

A literal must stand alone (no letter or digit just before or after it), so
that a short value inside a longer token, a different identifier, is not
reported; except a run of 12 or more hex digits (a MAC, Android ID or IMEI
without separators, or its hex form): binary protocols pack those into longer
hex strings (a Bluetooth advertisement's manufacturer data carries the MAC),
and the chance that another token contains one by accident is about 16^-12.

Two automata: one over lower-cased text for the case-insensitive forms (plain,
hex, hashes) and one over the text as it is for base64, whose alphabet is
case-sensitive.
"""

from __future__ import annotations

import base64
import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import ahocorasick
import yaml

DEVICE_KINDS = frozenset(
    [
        "advertising_id",
        "idfa",
        "idfv",
        "android_id",
        "imei",
        "meid",
        "mac",
        "serial",
        "device_id",
        "install_id",
    ]
)
CONTACT_KINDS = frozenset(["email", "phone"])
HASHES = ("md5", "sha1", "sha256", "sha512")
_SEPARATORS = "-:. "
_HASH_PREFIX = 16
_EMBEDDED_HEX = 12
_HEX_DIGITS = frozenset("0123456789abcdef")


def category_of(kind: str) -> str:
    if kind in DEVICE_KINDS:
        return "device_id"
    if kind in CONTACT_KINDS:
        return "contact"
    return "custom"


@dataclass(frozen=True, slots=True)
class Variant:
    kind: str
    encodings: tuple[str, ...]
    literal: str
    bounded_right: bool
    case_sensitive: bool = False
    embedded: bool = False
    """Found inside a longer token too (long hex runs, see the module's docstring)."""


@dataclass(frozen=True, slots=True)
class Hit:
    variant: Variant
    start: int
    end: int
    text: str


class KnownValuesError(ValueError):
    pass


def _forms(value: str) -> list[str]:
    """The case and separator forms of a value, most literal first."""
    forms = [value]
    nosep = value.translate({ord(c): None for c in _SEPARATORS})
    for form in (value, nosep):
        for cased in (form, form.lower(), form.upper()):
            if cased not in forms:
                forms.append(cased)
    return forms


def _b64_forms(raw: bytes) -> set[str]:
    std = base64.b64encode(raw).decode().rstrip("=")
    url = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return {std, url}


def variants(kind: str, value: str) -> list[Variant]:
    """Every literal under which `value` may travel, with the encodings that made it."""
    out: dict[tuple[str, bool], Variant] = {}

    def add(literal: str, encodings: tuple[str, ...], ci: bool, bounded: bool) -> None:
        literal = literal.lower() if ci else literal
        if len(literal) >= 4:
            embedded = ci and _long_hex(literal)
            variant = Variant(kind, encodings, literal, bounded, not ci, embedded)
            out.setdefault((literal, ci), variant)

    for form in _forms(value):
        raw = form.encode()
        add(form, (), True, True)
        quoted = quote(form, safe="")
        if quoted != form:
            add(quoted, ("url",), True, True)
            add(quote(quoted, safe=""), ("url", "url"), True, True)
        add(raw.hex(), ("hex",), True, True)
        for b64 in _b64_forms(raw):
            add(b64, ("base64",), False, False)
        for name in HASHES:
            digest = hashlib.new(name, raw)
            hexdigest = digest.hexdigest()
            add(hexdigest[:_HASH_PREFIX], (name,), True, False)
            for b64 in _b64_forms(digest.digest()):
                add(b64[:_HASH_PREFIX], (name, "base64"), False, False)
            for outer in HASHES:
                inner = hashlib.new(outer, hexdigest.encode()).hexdigest()
                add(inner[:_HASH_PREFIX], (name, outer), True, False)
    return list(out.values())


def _long_hex(literal: str) -> bool:
    return len(literal) >= _EMBEDDED_HEX and all(c in _HEX_DIGITS for c in literal)


def _word_char(c: str) -> bool:
    """ASCII letters and digits continue an identifier; anything else bounds it."""
    return c.isascii() and c.isalnum()


class KnownValues:
    """A matcher for a set of (kind, value) pairs; build once, search many times."""

    def __init__(self, values: dict[str, list[str]]) -> None:
        self.values = {k: [str(v) for v in vs] for k, vs in values.items()}
        self._automaton = ahocorasick.Automaton()
        self.count = 0
        for kind, items in self.values.items():
            for value in items:
                value = value.strip()
                if len(value) < 4:
                    raise KnownValuesError(
                        f"{kind}: values shorter than 4 characters match too much"
                    )
                for variant in variants(kind, value):
                    key = variant.literal.lower()
                    bucket = self._automaton.get(key, None)
                    if bucket is None:
                        self._automaton.add_word(key, [variant])
                    else:
                        bucket.append(variant)
                    self.count += 1
        if self.count:
            self._automaton.make_automaton()

    def __bool__(self) -> bool:
        return self.count > 0

    @classmethod
    def from_file(cls, path: str | Path) -> KnownValues:
        """YAML: kind to a value or a list of values. Errors never echo a value."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise KnownValuesError(f"{path}: cannot read ({exc.strerror})") from None
        except (yaml.YAMLError, UnicodeDecodeError):
            raise KnownValuesError(f"{path}: not valid YAML") from None
        if not isinstance(data, dict):
            raise KnownValuesError(f"{path}: expected a mapping of kind to value(s)")
        values: dict[str, list[str]] = {}
        for kind, items in data.items():
            items = items if isinstance(items, list) else [items]
            if not all(isinstance(i, str | int) for i in items):
                raise KnownValuesError(f"{path}: {kind}: values must be strings")
            values[str(kind)] = [str(i) for i in items]
        try:
            return cls(values)
        except KnownValuesError as exc:
            raise KnownValuesError(f"{path}: {exc}") from None

    def search_many(self, texts: list[str]) -> list[tuple[int, Hit]]:
        """Search many texts in one automaton pass: (index of the text, hit).

        An exchange has dozens of small values; joining them with NUL (which no
        literal contains, and which bounds words) makes one C-level scan instead
        of a Python call per value.
        """
        if not self.count or not texts:
            return []
        starts = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + 1
        joined = "\x00".join(texts)
        out = []
        for hit in self.search(joined):
            index = bisect_right(starts, hit.start) - 1
            offset = starts[index]
            out.append((index, Hit(hit.variant, hit.start - offset, hit.end - offset, hit.text)))
        return out

    def search(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        if not self.count or len(text) < 4:
            return hits
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two: keep offsets
            lowered = "".join(low if len(low := c.lower()) == 1 else c for c in text)
        # One pass over the lower-cased text; base64 forms, whose alphabet is
        # case-sensitive, are then checked against the text as it is.
        size = len(text)
        for end, bucket in self._automaton.iter(lowered):
            start = end - len(bucket[0].literal) + 1
            open_left = start > 0 and _word_char(lowered[start - 1])
            if open_left and not bucket[0].embedded:
                continue
            found = text[start : end + 1]
            open_right = end + 1 < size and _word_char(lowered[end + 1])
            for v in bucket:
                if (open_left or (v.bounded_right and open_right)) and not v.embedded:
                    continue
                if v.case_sensitive and found != v.literal:
                    continue
                hits.append(Hit(v, start, end + 1, found))
        return hits
