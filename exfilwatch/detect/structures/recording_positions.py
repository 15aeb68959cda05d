"""A recorder's resume point: a programme recorded on a (cloud) DVR and where its playback
stands, written to the recording's own position entry (round 66, set 271: a Sardinian
set-top box's `PUT /registratziones/<id>/positzione` `{programma, positzione, durada}`;
in English `PUT /recordings/55/position` `{program, position, duration}`).

The position here has no "last" or "saved" qualifier (positions.py's
`qualified_position_write` asks for one), because the URL says what it is: the rule
takes it only as a write to a recording's numbered entry whose last segment names a
position. The body must say it is a programme's playhead: a programme, episode, film or
show named in text, a bare position of at least a minute and under a day in
milliseconds, and nothing else but a length and a moment. A voice memo's, a meeting's or
a camera's recording names no programme; a slide's or a card's position is a small
number without a programme.
"""

from __future__ import annotations

from ._common import _key_text, _numeric, is_moment, structure
from .playback_words import key_and_play_words, play_words
from .programme_bare_positions import _VETO, _named_programme
from .resume_writes import _media_number

_POSITION = frozenset(["position", "playhead", "offset"])
_UNITS = frozenset(["s", "ms", "sec", "secs", "seconds", "millis", "msec"])
_MIN_PLAYHEAD = 60
_LENGTH = frozenset(["duration", "length", "seconds", "ms", "sec", "secs", "millis"])


def _position_key(key: str) -> bool:
    words = set(play_words(key))
    return bool(words & _POSITION) and words <= _POSITION | _UNITS


def _playhead(value: object) -> bool:
    """A playhead of a minute or more (a list's or a priority's place is a small number)."""
    return _media_number(value) and (_numeric(value) or 0) >= _MIN_PLAYHEAD


def _length_key(key: str) -> bool:
    words = set(play_words(key))
    return bool(words) and words <= _LENGTH


@structure("recording_position_write", kind=dict, size=(2, 5), needs=(_position_key,))
def recording_position_write(value: object) -> str | None:
    """A programme named in text and the bare position its playback stands at."""
    if not isinstance(value, dict):
        return None
    texts = {_key_text(k): v for k, v in value.items()}
    if any(_VETO & key_and_play_words(k) for k in texts):
        return None
    position = next((k for k, v in texts.items() if _position_key(k) and _playhead(v)), None)
    programme = next((k for k, v in texts.items() if _named_programme(k, v)), None)
    if position is None or programme is None:
        return None
    others = [(k, v) for k, v in texts.items() if k not in (position, programme)]
    if not all(_length_key(k) or is_moment(v) for k, v in others):
        return None
    return f"recorded programme `{programme}` with its playback position `{position}`"
