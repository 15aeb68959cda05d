"""A numbered episode of a named piece with a bare position, written to a progress path.

A podcast or series app saves where its listener got to in one episode: `POST
/podcast/hidet` (Amharic "progress") `{"podcastId": "p84", "kifil": 119, "bota": 3546}`
(kifil "episode", bota "position"). The position has no unit, so alone it could be a
list order or a page; here three things say it is a playhead: the object names the
piece by its id (a podcast's, a series', a show's), numbers the episode, and the
rule's URL names the progress resource (a progress or resume word of any language as
the last path segment). A position of a few units is still a queue's order, so the
reading asks for a whole number of at least `_MIN_POSITION` (a playhead in seconds)
and under a day. A game's, a book's or a course's numbered chapter, an ad's, a
priced row and an episode's statistics are ruled out as numbered_episodes.py rules
them out.
"""

from __future__ import annotations

from ._common import DAY_SECONDS, _key_text, _numeric, structure
from .numbered_episodes import _ruled_out, numbered_episode
from .playback_words import play_words

# The pieces whose id names what the episode belongs to.
_PIECE_NOUNS = frozenset(
    ["podcast", "series", "show", "programme", "program", "drama", "audiobook", "episode",
     "radio_station"]
)  # fmt: skip
_ID_WORDS = frozenset(["id", "ids", "uid", "key", "code"])
_MIN_POSITION = 10


def _piece_id(key: str, value: object) -> bool:
    """The piece named by its id (`podcastId`), or by its name in text under the bare
    noun (`{"podkasti": "Kartuli supra"}`, Georgian, round 63: the id is in the path)."""
    words = play_words(key)
    if len(words) == 1 and words[0] in _PIECE_NOUNS and words[0] != "episode":
        return isinstance(value, str) and any(c.isalpha() for c in value)
    return (
        len(words) == 2
        and words[0] in _PIECE_NOUNS
        and words[1] in _ID_WORDS
        and isinstance(value, str | int)
        and not isinstance(value, bool)
        and str(value).strip() != ""
    )


def _bare_position(key: str, value: object) -> bool:
    if play_words(key) != ("position",) or isinstance(value, bool):
        return False
    number = _numeric(value)
    return number is not None and number == int(number) and _MIN_POSITION <= number < DAY_SECONDS


def _position_key(key: str) -> bool:
    return play_words(_key_text(key)) == ("position",)


@structure("episode_bare_position", kind=dict, size=(3, 20), needs=(_position_key,))
def episode_bare_position(value: object) -> str | None:
    """A piece's id, an episode's number and a bare position (a whole number)."""
    if not isinstance(value, dict):
        return None
    keys = {_key_text(k): v for k, v in value.items()}
    position = next((k for k, v in keys.items() if _bare_position(k, v)), None)
    if position is None:
        return None
    piece = next((k for k, v in keys.items() if _piece_id(k, v)), None)
    if piece is None:
        return None
    episode = numbered_episode(
        {k: v for k, v in value.items() if _key_text(k) != piece}, paired=False
    )
    if episode is None or _ruled_out(value):
        return None
    return f"episode `{episode}` of `{piece}` at position `{position}`"
