"""A player's event as flat parameters, whatever it calls them: an event key whose value
is a playback phase (start, stop, pause, finish, continue, heartbeat) in any language
the viewing lexicon reads (`kistet=chersa`, Amharic "event: finished"), a playhead in
time (`bota_sec=292`), and one more parameter holding an id of what was playing
(`ep=ep84025`). The key of that id can be any abbreviation (`ep`, `c`, `k`): the phase
and the moving playhead say the call is a player's, so the id beside them is the piece.

What keeps the reading to a piece played: the event's value must be a phase (a form's
`action=continue` has no playhead in time; a carousel's position is a slot, under 30),
the position key says position or playhead, and the id's key names no person, session,
device, request, ad, game or transfer (those ids sit beside playheads too but name no
piece: a bare session heartbeat is not a record of what was watched).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, key_word_set, structure
from .aggregates import aggregate_key
from .not_playheads import ad_owned_key, equipment_record, online_time_key
from .playback_events import _GAME_WORDS
from .playback_vocab import _AD_WORDS, _NOT_PLAYBACK
from .playback_words import play_words

# `ev` / `evt`: the abbreviations measurement SDKs and ad-insertion beacons use (INFOnline's
# `ev=pause`, an SSAI tracker's `ev=midpoint`).
_EVENT_KEYS = frozenset(["event", "action", "ev", "evt"])
_PHASES = frozenset(
    ["start", "started", "stop", "stopped", "pause", "paused", "end", "ended", "finish",
     "finished", "complete", "completed", "continue", "resume", "resumed", "heartbeat", "hb",
     "progress", "play", "playing", "seek", "seeked", "midpoint", "quartile"]
)  # fmt: skip
_POSITION_WORDS = frozenset(["position", "playhead", "progress"])
_TIME_UNITS = frozenset(["seconds", "sec", "secs", "s", "ms", "millis", "minutes", "min", "mins"])
_MIN_UNITLESS_PLAYHEAD = 30
# Ids that name a person, an install, a session or a call, never the piece played.
_NOT_PIECE_IDS = frozenset(
    ["user", "uid", "userid", "account", "profile", "member", "customer", "session", "sid",
     "sess", "device", "did", "install", "installation", "client", "app", "request", "req",
     "rid", "trace", "span", "correlation", "nonce", "token", "auth", "key", "signature",
     "sig", "campaign", "placement", "build", "version", "ver", "lang", "locale", "os",
     "platform", "net", "network", "scroll", "page", "slide", "step", "card", "form",
     "route", "order", "cart", "product", "sku", "item", "ts", "timestamp", "time", "date",
     "at", "seq", "counter", "cb", "rnd", "rand", "random"]
)  # fmt: skip
_ID_LENGTH = (3, 64)


@lru_cache(maxsize=8192)
def _event_key(key: str) -> bool:
    return bool(_EVENT_KEYS.intersection(play_words(key)))


@lru_cache(maxsize=8192)
def _phase_value(value: str) -> bool:
    words = play_words(value)
    return 0 < len(words) <= 3 and bool(_PHASES.intersection(words))


@lru_cache(maxsize=8192)
def _position_key(key: str) -> str | None:
    """`with_unit` for `bota_sec` / `position_ms`, `bare` for `pos` / `position`."""
    words = play_words(key)
    if not words or not _POSITION_WORDS.intersection(words) or aggregate_key(key):
        return None
    if ad_owned_key(key) or online_time_key(key):
        return None  # the ad's own slot (`positionPub`), a link's time online
    return "with_unit" if _TIME_UNITS.intersection(words) else "bare"


# A camera's stream (a road's, a beach's) is a place's live feed, nobody's choice of a
# piece: its id is no piece played (lexicon class `camera`).
_NOT_PIECE_CLASSES = frozenset(["camera"])


@lru_cache(maxsize=8192)
def _piece_id_key(key: str) -> bool:
    words = set(play_words(key)) | key_word_set(key)
    vetoes = _NOT_PIECE_IDS | _NOT_PLAYBACK | _AD_WORDS | _GAME_WORDS | _NOT_PIECE_CLASSES
    return not words & vetoes


def _id_value(value: object) -> bool:
    """`ep84025`, `tt0903747`: letters and digits, no spaces; a plain number is a count
    or a clock as often as an id."""
    if not isinstance(value, str) or not _ID_LENGTH[0] <= len(value) <= _ID_LENGTH[1]:
        return False
    if " " in value or _numeric(value) is not None:
        return False
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def timed_playhead(kind: str | None, number: float | None) -> bool:
    """A flat parameter's playhead (`kind` from its key: `with_unit` or `bare`): a time
    under a day, and a bare number 30 or more (a rail's slot is a small number too).
    Shared with `programme_positions`, which reads the same shape of beacon."""
    if kind is None or number is None or not 0 <= number < DAY_MS:
        return False
    return kind == "with_unit" or number >= _MIN_UNITLESS_PLAYHEAD


def _playhead(key: str, value: object) -> bool:
    return timed_playhead(_position_key(key), _numeric(value))


# The piece's key may SAY it is the piece (`samagri=jire-khursani`, Nepali "content";
# `video=`, `episodio=`): then a worded slug names it without a digit, and the position
# beside the phase is a playhead however early (`sthiti=5`, or not yet known: `sthiti=`),
# since a key naming the piece leaves no carousel slot or form step to confuse it with.
_PIECE_NOUNS = frozenset(
    ["content", "video", "film", "movie", "episode", "programme", "program", "song", "track",
     "series", "drama", "show", "podcast", "audiobook", "lecture", "recitation"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _piece_noun_key(key: str) -> bool:
    words = play_words(key)
    return 0 < len(words) <= 2 and bool(_PIECE_NOUNS.intersection(words)) and _piece_id_key(key)


def _slug_value(value: object) -> bool:
    """`jire-khursani`, `meri_bassai`: a worded slug, no spaces, not a number."""
    if not isinstance(value, str) or not _ID_LENGTH[0] <= len(value) <= _ID_LENGTH[1]:
        return False
    return " " not in value and _numeric(value) is None and any(c.isalpha() for c in value)


@lru_cache(maxsize=8192)
def _named_position_key(key: str) -> bool:
    """A position key, or beside a named piece also its abbreviation (`pos`, `streamPos`):
    next to a phase and a piece `pos` is the playhead, not a point of sale."""
    if _position_key(key) is not None:
        return True
    words = play_words(key)
    return "pos" in words and not aggregate_key(key) and not ad_owned_key(key)


def _early_playhead(key: str, value: object) -> bool:
    """A position key beside a named piece: any playhead in range, or one left empty."""
    if not _named_position_key(key):
        return False
    number = _numeric(value)
    return value == "" if number is None else 0 <= number < DAY_MS


# A slot beside the position (`slide=3`, `card`, `step`, `rail`) makes it a carousel's or a
# form's place, not a playhead: the named-piece reading then stays silent.
_SLOT_WORDS = frozenset(
    ["slide", "card", "page", "step", "scroll", "carousel", "banner", "tile", "slot", "rail",
     "row", "form", "screen", "tab", "section", "question", "level"]
)  # fmt: skip


# A path's segment that says the next one is a piece (`mediathek/video/<slug>`, the content
# path audience-measurement SDKs send: INFOnline's `cp`, Gemius' and Kantar's content codes).
_PATH_MEDIA_NOUNS = _PIECE_NOUNS | frozenset(["audio", "podcasts", "videos", "episodes"])


@lru_cache(maxsize=8192)
def _media_path_value(value: str) -> bool:
    """`mediathek/video/tatort-das-letzte-wort`: a media noun, then a worded slug after it."""
    segments = [part for part in value.strip("/").split("/") if part]
    if not 2 <= len(segments) <= 8 or " " in value:
        return False
    last = segments[-1]
    last_words = set(play_words(last))
    if not _slug_value(last) or not last_words or last_words <= _PATH_MEDIA_NOUNS:
        return False  # `video/podcasts`: a section, not a piece
    return any(_PATH_MEDIA_NOUNS.intersection(play_words(part)) for part in segments[:-1])


def _piece_value(key: str, value: object) -> bool:
    """A piece named by its key (`content=a_7b`, `video=`) or by a media path as its value."""
    if _piece_noun_key(key) and _slug_value(value):
        return True
    if not isinstance(value, str) or "/" not in value:
        return False
    return _piece_id_key(key) and _media_path_value(value)


def _named_piece_event(value: dict) -> str | None:
    """A phase with a key naming the piece and a position key: the piece's key."""
    if any(_SLOT_WORDS.intersection(key_word_set(_key_text(k))) for k in value):
        return None
    piece = next((k for k, v in value.items() if _piece_value(_key_text(k), v)), None)
    if piece is None or not any(_early_playhead(_key_text(k), v) for k, v in value.items()):
        return None
    return _key_text(piece)


def _phase_event(value: dict) -> bool:
    return any(
        isinstance(key, str) and isinstance(item, str) and _event_key(key) and _phase_value(item)
        for key, item in value.items()
    )


@structure("player_event_params", kind=dict, size=(3, 24), needs=(_event_key,))
def player_event_params(value: object) -> str | None:
    """Flat params of one player event: a phase, a playhead in time and the piece's id."""
    if not isinstance(value, dict) or not _phase_event(value):
        return None
    if any(_NOT_PIECE_CLASSES.intersection(play_words(_key_text(k))) for k in value):
        return None  # a camera's feed beside the id, whatever the id's key
    if equipment_record(value):
        return None  # an encoder's or a transmitter's keep-alive: the station's machine
    playhead = next((k for k, v in value.items() if _playhead(_key_text(k), v)), None)
    if playhead is not None:
        for key, item in value.items():
            text = _key_text(key)
            if key != playhead and not _event_key(text) and _id_value(item) and _piece_id_key(text):
                return f"player event with a phase, playhead `{playhead}` and piece `{key}`"
    piece = _named_piece_event(value)
    return f"player event with a phase, a position and the piece `{piece}`" if piece else None
