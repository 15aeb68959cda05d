"""An attribution event's custom parameters sent in two halves, read as one record.

Adjust's SDK sends an event's own parameters in two maps, each a JSON object in the form
body: `callback_params` (forwarded to the app's server) and `partner_params` (forwarded to
ad networks). An app splits one record between them as its integrations need: what was
watched in one (`match_id`, `match`), how long in the other (`watched_minutes`). Neither
half is a viewing record alone, so the single-object readings see nothing; the event is
one, so this reading joins the halves and asks them of the joined record.

Precision: both halves must be there and be small objects; the joined record is judged by
the reading that would judge it whole (a game's match played, an ad watched, a smartwatch's
clock stay ruled out there), and a key both halves hold keeps the first half's value.
"""

from __future__ import annotations

import json

from ._common import _key_text, key_words, structure
from .watched_objects import fixture_watched

# the two halves, as Adjust's SDKs and its server-to-server API name them
_HALF_KEYS = frozenset(["callbackparams", "partnerparams"])
_MAX_HALF_SIZE = 30
_MAX_HALF_LENGTH = 4096


def _half_key(key: str) -> bool:
    return "".join(key_words(key)) in _HALF_KEYS


def _half(value: object) -> dict | None:
    """A half as the SDK sends it: an object, or an object's JSON in a form field."""
    if isinstance(value, str) and 1 < len(value) <= _MAX_HALF_LENGTH:
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, dict) and 0 < len(value) <= _MAX_HALF_SIZE:
        return value
    return None


@structure("split_event_params_watched", kind=dict, size=(2, 80), needs=(_half_key,))
def split_event_params_watched(value: object) -> str | None:
    """`callback_params={"match_id": ...}` beside `partner_params={"watched_minutes": "95"}`:
    one event's record of a match watched and for how long, split across its halves."""
    if not isinstance(value, dict):
        return None
    halves = [
        (key, half)
        for key, member in value.items()
        if _half_key(_key_text(key)) and (half := _half(member)) is not None
    ]
    if len(halves) < 2:
        return None
    joined: dict = {}
    for _, half in halves:
        for key, member in half.items():
            joined.setdefault(key, member)
    found = fixture_watched(joined)
    if found is None:
        return None
    names = " and ".join(str(key) for key, _ in halves)
    return f"{found} (the event's {names} read as one record)"
