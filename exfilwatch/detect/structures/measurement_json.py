"""Firebase / GA4 events sent as JSON (the Measurement Protocol's form: `events: [{name,
params: {...}}]` beside an `app_instance_id` or `client_id`) instead of the SDK's
protobuf bundle. An app that forwards its analytics from its own code or a server posts
the same events, so they are read with the same tests as the protobuf ones
(`measurement_media_event`, `measurement_played_piece`), and one more: an event named
for the act and its phase alone (`listen_progress`, `watch_complete`, "the listening
went on") is a piece played when its params name the piece and say how long or how far.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import key_word_set, structure
from .live_broadcast_events import live_broadcast_event
from .measured_plays import (
    _AMOUNTS,
    _PIECE_NAMES,
    _PIECE_NOUNS,
    _VETO,
    measurement_played_piece,
)
from .playback_events import (
    _PHASES,
    _event_name,
    _param_rows,
    _proto_field,
    measurement_media_event,
)
from .playback_words import play_words

# The act alone, in any language the viewing lexicon reads (`listen`, `watching`, `sdap`).
_ACTS = frozenset(["play", "played", "listen", "listened", "watching", "watched", "playback"])
# The medium and a phase (`audio_progress`, `video_complete`: GA4's own media events are
# named so) say the act as well as a verb does.
_MEDIUMS = frozenset(["audio", "video"])
# A spoken piece is a talk as often as a lecture or a sermon (a dhamma talk, a TED talk);
# read only as a param of an event already named for listening or watching.
_SPOKEN_PIECES = frozenset(["talk", "talks"])


def _as_protobuf_event(name: str, params: dict) -> dict:
    """The event as the SDK's bundle decodes without a schema: {1: params, 2: name}."""
    rows = [{"1": key, "3" if isinstance(v, (int, float)) else "2": v} for key, v in params.items()]
    return {"1": rows, "2": name}


@lru_cache(maxsize=4096)
def _act_phase_name(name: str) -> bool:
    """`listen_progress`, `watching_end`: the act and a phase, no game, ad or download."""
    words = set(play_words(name))
    if key_word_set(name) & _VETO or words & _VETO:
        return False
    return bool(words & (_ACTS | _MEDIUMS)) and bool((words | key_word_set(name)) & _PHASES)


@lru_cache(maxsize=4096)
def _param_says(name: str) -> str | None:
    """`piece` for a param naming the piece (`talk_id`, `episode_title`), `amount` for one
    saying how long or how far (`seconds`, `position`)."""
    words = set(play_words(name))
    if words & _AMOUNTS:
        return "amount"
    if words & _PIECE_NAMES and words & (_PIECE_NOUNS | _SPOKEN_PIECES):
        return "piece"
    # A bare piece noun names the piece by its number or title (`surah=50`, a recitation
    # app's `audio_progress`; `episode=12`): read only beside the act and its phase (round 54).
    if len(words) == 1 and words <= _PIECE_NOUNS:
        return "piece"
    return None


@structure("measurement_json_event", kind=dict, size=(2, 8), keys=("params",))
def measurement_json_event(value: object) -> str | None:
    """One event of a JSON analytics upload ({name, params}) for a piece watched or
    listened to: GA4's media events, an app's custom played-piece event, or the act and
    its phase with the piece and how much of it."""
    if not isinstance(value, dict):
        return None
    name, params = value.get("name"), value.get("params")
    if not isinstance(name, str) or not isinstance(params, dict) or not params:
        return None
    if not all(isinstance(key, str) for key in params):
        return None
    event = _as_protobuf_event(name, params)
    found = (
        measurement_media_event(event)
        or measurement_played_piece(event)
        or live_broadcast_event(name, list(params))
    )
    if found:
        return found
    if not _act_phase_name(name):
        return None
    said = {_param_says(key) for key in params}
    if {"piece", "amount"} <= said:
        return f"analytics event {name}: the act and its phase, with the piece and how much"
    return None


@structure("measurement_act_phase_event", kind=dict, size=(2, 8), keys=("1", "2"))
def measurement_act_phase_event(value: object) -> str | None:
    """The JSON form's third test on the SDK's own protobuf bundle: an app's event named
    for the act and its phase alone (Bulgarian `gledane_start` / `gledane_kray`, "watching
    start / end"; `listen_progress`) says nothing of the piece in its name, so the SDK's
    bundle, where the same event arrives, needs its params to name the piece and say how
    far, exactly as measurement_json_event asks of the JSON upload."""
    if not isinstance(value, dict):
        return None
    name = _event_name(value)
    if name is None or not _act_phase_name(name):
        return None
    said = {
        _param_says(pname)
        for row in _param_rows(value)
        if isinstance(row, dict) and isinstance(pname := _proto_field(row, 1), str)
    }
    if {"piece", "amount"} <= said:
        return f"analytics event {name}: the act and its phase, with the piece and how much"
    return None
