"""An app's own analytics event for a piece watched or listened to, named in its
developers' language (Tagalog `pinakinggan_kanta`, "song listened to"; Turkish
`izlenen_bolum`; Swahili `wimbo_uliosikilizwa`), in a Firebase / GA4 bundle
(app-measurement.com/a, decoded without a schema: event {1: params, 2: name}).

GA4's own media events are English (`video_progress`, playback_events.py). An app's
custom event says the same with the lexicon's words: a watched, listened or played
verb and a media noun in the name, a param naming the piece (its id or title) and a
param saying how much or how far in time. A game's, an ad's, a download's or an
upload's event is not a piece played (their words veto the name).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import key_word_set, structure
from .playback_events import (
    _AD_WORDS,
    _GAME_WORDS,
    _NOT_VIEWING,
    _event_name,
    _param_rows,
    _proto_field,
)
from .playback_words import play_words

_PLAYED_VERBS = frozenset(["watched", "listened", "played"])
_PIECE_NOUNS = frozenset(
    ["song", "track", "episode", "film", "video", "podcast", "programme", "program",
     "lecture", "audiobook", "series", "drama", "album", "recitation", "chapter"]
)  # fmt: skip
_PIECE_NAMES = frozenset(["id", "title", "name"])
_AMOUNTS = frozenset(["seconds", "minutes", "duration", "position", "progress", "percent"])
_VETO = _AD_WORDS | _GAME_WORDS | _NOT_VIEWING


# A bare verb (`song_play`, `episode_listen`) names a start as often as a play: such an
# event counts only when a param says how long it PLAYED (`seconds_played`).
_PLAY_VERBS = frozenset(["play", "listen", "watching", "playback"])


# A phase only a piece already playing reaches (`podcast_progress`, `episode_complete`,
# as GA4's own `video_progress`): the medium and the phase say it played (round 154). A
# chapter, an album or a series has no playhead of its own, and a start may be a tap.
_PLAYING_PHASES = frozenset(
    ["progress", "heartbeat", "hb", "quartile", "complete", "completed", "finish", "finished"]
)
_PLAYED_MEDIA = _PIECE_NOUNS - frozenset(["chapter", "album", "series"])


# The act as a noun (`visione`, `viewing`, `listening`), said of content alone: a shop's
# `view_content` is `view`, which stays out.
_VIEWING_ACTS = frozenset(["watching", "viewing", "listening", "watched", "listened"])


@lru_cache(maxsize=4096)
def _played_piece_name(name: str) -> str | None:
    """`past` for a played verb and a media noun (`pinakinggan_kanta`,
    `watched_episode`) or a medium and a phase only a playing piece reaches
    (`podcast_progress`), `bare` for a bare verb and a media noun (`song_play`)."""
    words = set(play_words(name))
    if key_word_set(name) & _VETO or words & _VETO:
        return None
    if not words & _PIECE_NOUNS:
        # The act's noun and content alone (Italian `visione_contenuto`, "viewing of
        # content", round 66, set 271): the params must name the programme or episode.
        acts = words & _VIEWING_ACTS
        return "content" if acts and words == acts | {"content"} else None
    if words & _PLAYED_VERBS:
        return "past"
    if words & _PLAYED_MEDIA and (words | key_word_set(name)) & _PLAYING_PHASES:
        return "past"
    return "bare" if words & _PLAY_VERBS else None


# A programme or podcast is a `show` as often as a series: a param named for the
# piece alone (`show`, `episode`) carries its title.
_TITLED_PIECES = _PIECE_NOUNS | {"show"}
# Where the playhead is (`position_sec`, `bota_sec`): past the start, so the piece
# was playing up to there, unlike a duration (the piece's own length).
_PLAYHEAD = frozenset(["position"])
# A param that is a unit of time and nothing else (`seconds`, Urdu `syknd`) beside a
# listening or watching event counts the time it played: an app names the piece's own
# length a duration or a length (round 49: `naat_sunna` {naat_id, seconds}).
_BARE_UNITS = frozenset(["seconds", "minutes"])
# The act of listening or watching measured in time (`listen_sec`, `watchTime`, round 64:
# a `song_play` event with `listen_sec`) is how long it went on, as `seconds_played` is: the
# piece's own length is named for the piece (`song_duration`), not for the act. `play`
# stays out: a `play_time` is a game's as often.
_HEARD_ACTS = frozenset(["listen", "listening", "watch", "watching"])
_ACT_TIMES = frozenset(["sec", "secs", "seconds", "ms", "millis", "minutes", "mins", "time"])


@lru_cache(maxsize=4096)
def _param_kind(name: str) -> str | None:
    """`piece` for a param naming the piece (`kanta_id`, `pamagat`, `show`), `played`
    for one saying how long it played (`seconds_played`), `playhead` for where it is
    (`position_sec`), `amount` for one saying how much or how far in time (`segundo`,
    `tagal`)."""
    words = set(play_words(name))
    if words & _AMOUNTS and words & _PLAYED_VERBS:
        return "played"  # `seconds_played`: how long it played, not the piece's length
    if words & _HEARD_ACTS and words & _ACT_TIMES:
        return "played"  # `listen_sec`, `watch_time`: the time the act took, not the length
    if words and words <= _BARE_UNITS:
        return "units"  # `seconds`, `sekunde`: a count of time, no length word
    if words & _PLAYHEAD:
        return "playhead"
    if words & _AMOUNTS:
        return "amount"
    if words & _PIECE_NAMES and (words & _PIECE_NOUNS or words <= _PIECE_NAMES):
        return "piece"
    if words and words <= _TITLED_PIECES | _PIECE_NAMES:
        return "piece"
    return None


@structure("measurement_played_piece", kind=dict, size=(2, 8), keys=("1", "2"))
def measurement_played_piece(value: object) -> str | None:
    """A Firebase Analytics event named for a piece watched or listened to, in any
    language the viewing lexicon reads, with the piece and how much of it."""
    if not isinstance(value, dict):
        return None
    name = _event_name(value)
    tense = None if name is None else _played_piece_name(name)
    if tense is None:
        return None
    pnames = [
        pname
        for row in _param_rows(value)
        if isinstance(row, dict) and isinstance(pname := _proto_field(row, 1), str)
    ]
    kinds = {_param_kind(pname) for pname in pnames}
    if tense == "content":
        # Content is anything: a param must name the programme, the episode or the film,
        # and another where its playhead is or how long it played.
        named = any(_param_kind(p) == "piece" and set(play_words(p)) & _PIECE_NOUNS for p in pnames)
        if named and kinds & {"played", "playhead", "units"}:
            return f"analytics event {name}: a programme viewed, named, with its playhead"
        return None
    # A bare verb with a playhead (`podcast_listen` at `position_sec`) played to there.
    played = (
        {"played", "playhead", "units"}
        if tense == "bare"
        else {"played", "playhead", "amount", "units"}
    )
    if "piece" in kinds and kinds & played:
        return f"analytics event {name}: a piece played, named, with how much"
    return None
