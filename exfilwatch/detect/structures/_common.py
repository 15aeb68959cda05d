"""The registry of structural detectors and the key-name helpers they share."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

Structure = Callable[[object], str | None]
STRUCTURES: dict[str, Structure] = {}
_NON_ALNUM = re.compile(r"[^a-z0-9]")


def structure(name: str) -> Callable[[Structure], Structure]:
    def register(fn: Structure) -> Structure:
        STRUCTURES[name] = fn
        return fn

    return register


def _norm_key(key: object) -> str:
    return _norm_text(key if isinstance(key, str) else str(key))


@lru_cache(maxsize=16384)
def _norm_text(key: str) -> str:
    """Key names repeat across every object of a session: normalise each once."""
    return _NON_ALNUM.sub("", key.lower())


def _is_number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


@lru_cache(maxsize=16384)
def key_words(key: str) -> tuple[str, ...]:
    """`playTimeSum`, `play_time_sum`, `PLAY-TIME-SUM` -> ("play", "time", "sum")."""
    return tuple(w.lower() for w in _WORD_RE.findall(key))


def _numeric(value: object) -> float | None:
    if _is_number(value):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, str) and 0 < len(value) <= 24:
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _key_text(key: object) -> str:
    return key if isinstance(key, str) else str(key)


@lru_cache(maxsize=16384)
def _key_set_has(test: Callable[[str], object], keys: tuple[object, ...]) -> bool:
    """Whether any key of an object passes a per-key test. Objects of one schema
    share their key tuple across a session, so most objects cost one hash lookup."""
    return any(test(_key_text(k)) for k in keys)
