"""A bare "recent" list whose rows each name a song, its singer and one moment (round 56).

`{"lmeh_thmey": [{"bot_id": .., "chhmoh_bot": "..", "neak_chrieng": "..", "pel": "<ISO>"}]}`
(Khmer "recent": the song's id, its name, the singer, the time): the list's key says only
recent and the moment's key says only time, so no key says played. A row that names a
piece AND the artist who performs it, with one moment, under a key that says recent, is a
music app's recently played list. Not read: recent searches (a query, no artist), recent
orders or purchases (a price, an order word), recently added or released songs (the moment's
key says added, released, created), a concert's or a tour's rows (a venue, an event), an
artist followed (no piece named), a museum's or an auction's artworks viewed (`viewed_at`,
`year`, `medium`, `lot`).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_SECONDS, _key_text, _numeric, is_moment, structure, viewing_classes
from .playback_words import play_words, priced_record

_RECENT = "recently"
_LIST_WORDS = frozenset(["recently", "song", "track", "songs", "tracks", "music", "list"])
_PIECE_CLASSES = frozenset(["song", "title", "name", "track"])
_ARTIST = "artist"
_VETO_CLASSES = frozenset(["price", "message", "event"])
_VETO_WORDS = frozenset(
    ["added", "add", "created", "create", "released", "release", "releases", "published",
     "publish", "upload", "uploaded", "ordered", "order", "orders", "purchase", "purchased",
     "bought", "booked", "booking", "ticket", "tickets", "venue", "concert", "tour", "followed",
     "follow", "liked", "like", "saved", "updated", "modified", "expires", "due", "scheduled",
     "starts", "deadline", "search", "query", "searched",
     # a museum's or an auction's artworks viewed: a painting's artist, not a singer
     "viewed", "visited", "seen", "year", "medium", "dimensions", "auction", "lot", "bid",
     "gallery", "museum", "exhibition", "artwork", "painting"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _recent_key(key: str) -> bool:
    """`lmeh_thmey`, `recent`, `recent_songs`: a list said to be recent and nothing else."""
    words = set(play_words(key))
    return _RECENT in words and words <= _LIST_WORDS


def _needs_recent(key: str) -> bool:
    return _recent_key(_key_text(key))


def _song_row(row: object) -> bool:
    if not isinstance(row, dict) or not 3 <= len(row) <= 10 or priced_record(row):
        return False
    artist = piece = False
    moments = 0
    for key, value in row.items():
        text = _key_text(key)
        classes, words = viewing_classes(text)
        played = classes | set(play_words(text))
        if played & _VETO_CLASSES or words & _VETO_WORDS:
            return False
        if is_moment(value):
            moments += 1
        elif isinstance(value, str) and any(c.isalpha() for c in value):
            if _ARTIST in played:
                artist = True
            elif played & _PIECE_CLASSES:
                piece = True
    return artist and piece and moments == 1


@structure("recent_song_artist_rows", kind=dict, size=(1, 12), needs=(_needs_recent,))
def recent_song_artist_rows(value: object) -> str | None:
    """Under a key that says recent, rows each naming a song, its artist and one moment."""
    if not isinstance(value, dict):
        return None
    for key, rows in value.items():
        if not _recent_key(_key_text(key)) or not isinstance(rows, list) or not rows:
            continue
        if all(_song_row(r) for r in rows[:50]):
            return f"{len(rows)} songs with their artist and a time, under {key}"
    return None


# Round 66 (set 264): songs heard offline, sent back when the phone is online again.
_PLAYED_AMOUNT_CLASSES = frozenset(["seconds", "minutes", "listened", "played"])
_SONG_LIST_CLASSES = frozenset(["song", "track", "played", "listened"])
_SONG_LIST_WORDS = frozenset(["songs", "tracks", "plays", "listens"])
_SONG_LIST_VETO_WORDS = frozenset(
    ["download", "downloads", "downloaded", "playlist", "playlists", "queue", "favourites",
     "favorites", "library", "setlist", "catalogue", "catalog", "chart", "charts", "top"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _song_list_key(key: str) -> bool:
    """`songs`, `izingoma`, `offline_tracks`: a list named for its songs, not a playlist's."""
    classes, words = viewing_classes(key)
    played = set(play_words(key)) | classes
    named = played & _SONG_LIST_CLASSES or words & _SONG_LIST_WORDS
    return bool(named) and not words & _SONG_LIST_VETO_WORDS


def _needs_song_list(key: str) -> bool:
    return _song_list_key(_key_text(key))


def _heard_row(row: object) -> bool:
    """A song, its artist, one moment and how long it was heard (a played amount's key)."""
    if not isinstance(row, dict) or not 4 <= len(row) <= 10 or not _song_row(row):
        return False
    for key, value in row.items():
        text = _key_text(key)
        played = set(play_words(text)) | viewing_classes(text)[0]
        if "duration" in played or not played & _PLAYED_AMOUNT_CLASSES:
            continue
        number = None if isinstance(value, bool) else _numeric(value)
        if number is not None and 0 < number <= DAY_SECONDS:
            return True
    return False


@structure("offline_heard_song_rows", kind=dict, size=(1, 12), needs=(_needs_song_list,))
def offline_heard_song_rows(value: object) -> str | None:
    """Under a key that names songs, rows each with the song, its artist, when and for how
    long it was heard: a music app's plays made offline, synced back (the rule reads the
    path's `offline`)."""
    if not isinstance(value, dict):
        return None
    for key, rows in value.items():
        if not _song_list_key(_key_text(key)) or not isinstance(rows, list) or not rows:
            continue
        if all(_heard_row(r) for r in rows[:50]):
            return f"{len(rows)} songs each with its artist, when and how long heard, under {key}"
    return None
