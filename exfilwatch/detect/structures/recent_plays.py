"""A "recently played" answer whose rows name the piece only by a bare id (round 50).

`played_moment_rows` reads a history's rows when each names its piece by a key the
viewing lexicon knows (`titulo`, `track: {name}`, `folge_id`). A recently played answer
in the app's own language often names the piece by a word the lexicon does not hold (Dutch
`nummer` is a song as well as a number; Catalan `tema`, Spanish slang `rola`) and keeps
its catalogue id under a bare `id`. When the PATH already says recently played, listened
or watched (`/recent-afgespeeld`, `/escuchado-recientemente`, `/ouvidas-recentemente`)
and each row's moment key says the act again (`afgespeeldOp`, `escuchado_el`), the act
is said twice and the row's id is the piece's, whatever the row calls it. A row named only
by its id must say the act as played, listened or heard (`watched` is also what many
languages say of a house or a product viewed: Dutch `bekeken`, Spanish `visto`) and carry
the piece's name in words under some key (`"nummer": "Froukje - Groter dan ik"`): a board
game's, a court's or a voicemail's row names no piece in words. A row whose moment says
only watched must name a kind of media (a video, an episode, a series, a channel): Italian
`visti di recente` and Spanish `vistos recientemente` are a shop's recently viewed
products too (`{ean, nome, vistoIl}`).

Not read: a row with a price, an ad, a game's result or level, a route or a public
screen (`played_records._vetoed`, `played_moments._GAME_WORDS`), a moment whose key says
no act (`created_at`, `viewed_at`: a shop's recently viewed products), and a row with
nothing but a moment.
"""

from __future__ import annotations

from ._common import _key_text, is_moment, key_word_set, structure, viewing_classes
from .playback_vocab import _MEDIA_NOUNS
from .playback_words import play_words
from .played_moments import _GAME_WORDS, _names_piece, played_moment_key
from .played_records import _most_rows, _vetoed

# A row's own catalogue id (`id`, `_id`): in a list the path says was played, the piece's.
_BARE_IDS = frozenset(["id", "_id", "uuid", "key"])
# The acts that are said of media only; `watched` is said of houses and products too.
_HEARD_OR_PLAYED = frozenset(["played", "listened", "listen", "heard"])
# A security or traffic camera's clip is watched for work, not a viewer's programme.
_CAMERA = frozenset(["camera"])
# What a row says was watched when the act is watched: a kind of media, never a product.
_WATCHED_MEDIA = _MEDIA_NOUNS | frozenset(
    ["series", "season", "channel", "program", "programme", "match", "lecture", "sermon"]
)


def _bare_id(key: str, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return False
    return key.lower() in _BARE_IDS


def _name_in_words(value: object) -> bool:
    """A title written out (`"Froukje - Groter dan ik"`): letters and a space, no moment."""
    if not isinstance(value, str) or is_moment(value) or "://" in value:
        return False
    return " " in value.strip() and sum(c.isalpha() for c in value) >= 3


def _recent_play_row(row: object) -> bool:
    """One row: the moment its piece was played (the key says the act) and the piece
    named, by a known piece key, or by the row's own id beside its name in words when the
    act said is played, listened or heard; a watched row names a kind of media."""
    if not isinstance(row, dict) or not 2 <= len(row) <= 16 or _vetoed(row):
        return False
    named = by_id = worded = timed = heard = media = False
    for key, value in row.items():
        text = _key_text(key)
        if key_word_set(text) & _GAME_WORDS or viewing_classes(text)[0] & _CAMERA:
            return False
        media = media or bool(_WATCHED_MEDIA.intersection(play_words(text)))
        if played_moment_key(text):
            if is_moment(value):
                timed = True
                heard = heard or bool(_HEARD_OR_PLAYED.intersection(play_words(text)))
        elif _names_piece(text, value):
            named = True
        elif _bare_id(text, value):
            by_id = True
        else:
            worded = worded or _name_in_words(value)
    if not timed or not (heard or media):
        return False
    return named or (by_id and worded and heard)


@structure("recent_play_rows", kind=list, size=(1, 2000))
def recent_play_rows(value: object) -> str | None:
    """Rows (80 % or more) each a piece, named or by its id, with the moment it was
    played (the rule asks the path to say recently played, listened or watched)."""
    played = _most_rows(value, _recent_play_row)
    return f"{played} pieces each with when it was played" if played else None
