"""A content-view event whose content type is a media kind named in the app's own language.

Attribution and analytics SDKs carry a typed content view: Meta's `fb_mobile_content_view`
with `fb_content_type` and `fb_content_id`, AppsFlyer's `af_content_view` with
`af_content_type` and `af_content_id`. The type says what kind of thing was opened, and an
app fills it in its catalogue's words: a Serbian music app sends `fb_content_type: pesma`
("song"), a Polish one `utwor`, a Czech TV app `epizoda`. content-view-media-kind.yaml
lists the English and a few loan words; this reading sends the type through the viewing
lexicon (`play_words`), so a song, an episode, a series, a film, a podcast or a channel in
any language the lexicon holds counts, and a language added there counts here.

Precision: the type must be one short phrase whose words are media kinds (a `product`, an
`article`, a `recipe` is no media kind in any language), the object must name the piece in
words (a description, a name, or a title in any language: an id alone is a page opened as
often as a piece played, and writers label it so, set 213), and a price, a currency or a
quantity make it a shop's item. The rule also asks for a content-view event in the exchange.
"""

from __future__ import annotations

from ._common import _key_text, key_words, structure
from .playback_words import play_words

_TYPE_KEYS = frozenset(
    ["fb_content_type", "af_content_type", "content_type", "contenttype", "fbcontenttype",
     "afcontenttype"]
)  # fmt: skip
_PIECE_KEYS = frozenset(
    ["fb_description", "af_description", "af_content", "fb_content", "content_name",
     "contentname"]
)  # fmt: skip
# what a person plays or watches; `album`, `chapter`, `book` are opened to browse or read
_MEDIA_KINDS = frozenset(
    ["song", "track", "episode", "series", "drama", "film", "video", "podcast", "audiobook",
     "programme", "program", "channel", "radio_station", "lecture", "recitation"]
)  # fmt: skip
# words that may qualify a kind without changing it (`live_tv_channel`, `web_series`)
_QUALIFIERS = frozenset(["live", "web", "tv", "short", "full", "audio", "music", "radio", "new"])
_SHOP_WORDS = frozenset(
    ["price", "currency", "quantity", "revenue", "sku", "num", "items", "cart", "order"]
)  # fmt: skip
_MAX_TYPE_WORDS = 3
_MAX_TYPE_LENGTH = 40


def _flat_key(key: str) -> str:
    return "_".join(key_words(key))


def _type_key(key: str) -> bool:
    flat = _flat_key(key)
    return flat in _TYPE_KEYS or flat.replace("_", "") in _TYPE_KEYS


def _title_key(key: str) -> bool:
    """`titolo`, `naslov`, `title`: the piece's title in the app's own language."""
    return play_words(key) == ("title",)


def _media_kind(value: object) -> bool:
    """`pesma`, `песма`, `epizoda`, `live_channel`: a media kind, not a product or a page."""
    if not isinstance(value, str) or not 0 < len(value.strip()) <= _MAX_TYPE_LENGTH:
        return False
    words = play_words(value)
    if not words or len(words) > _MAX_TYPE_WORDS:
        return False
    return any(w in _MEDIA_KINDS for w in words) and all(
        w in _MEDIA_KINDS or w in _QUALIFIERS for w in words
    )


@structure("content_view_typed_media_kind", kind=dict, size=(2, 40), needs=(_type_key,))
def content_view_typed_media_kind(value: object) -> str | None:
    """A typed content view whose type is a media kind in any language, naming the piece
    in words."""
    if not isinstance(value, dict):
        return None
    kind = piece = None
    for key, member in value.items():
        text = _key_text(key)
        flat = _flat_key(text)
        if _SHOP_WORDS.intersection(key_words(text)):
            return None
        if kind is None and _type_key(text) and _media_kind(member):
            kind = key
        elif (
            piece is None
            and (flat in _PIECE_KEYS or flat.replace("_", "") in _PIECE_KEYS or _title_key(text))
            and isinstance(member, str)
            and any(c.isalpha() for c in member)
        ):
            piece = key
    if kind is None or piece is None:
        return None
    return f"content view typed `{value[kind]}` (a media kind), naming `{piece}`"
