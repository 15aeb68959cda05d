"""A video posted in a channel or feed, with how far the viewer got in it.

Messengers with broadcast channels (and social feeds) carry films as POSTS: the app
names the video by the post's or the message's id, not by a media id, and says what it
measures in the progress key instead (`{"post_id": 7772, "sanie": 511,
"pishraft_film": 0.08}`, Persian "seconds", "film progress"; `{"messageId": 9,
"videoProgress": 0.4, "positionSec": 96}`). A post id beside a progress that names a
film, a video or a clip, and beside a position in seconds, is how far one person
watched that video: the same watch position a player reports for a media id.

What is not, and why it stays out:
- an upload or a draft: a post's video being sent has a progress too (bytes, a speed,
  an ETA); a key saying upload, bytes, size, speed or eta vetoes the record, and the rule
  reads no upload, compose or render path;
- a progress with no media noun (`progress: 0.4`, a form's or an onboarding's) or no
  position in time (a read receipt's `post_id` with a scroll fraction).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, structure
from .playback_words import play_words

_POST_WORDS = frozenset(["post", "message", "msg"])
_ID_WORDS = frozenset(["id", "uid", "uuid", "no", "number", "num"])
_MEDIA_CLASSES = frozenset(["video", "film", "clip", "episode", "media", "movie"])
_PROGRESS_CLASSES = frozenset(["progress", "percent"])
_TIME_CLASSES = frozenset(["seconds", "position", "playhead"])
_TIME_UNITS = frozenset(["sec", "secs", "ms", "s"])
# what a post's upload or a download carries beside its progress
_TRANSFER_WORDS = frozenset(
    ["upload", "uploaded", "uploading", "download", "downloaded", "downloading", "bytes",
     "size", "speed", "eta", "bitrate", "chunk", "chunks", "transcode", "encode", "render"]
)  # fmt: skip
_ROW_KEYS = (3, 12)


@lru_cache(maxsize=8192)
def _role(key: str) -> str | None:
    """`post` for a post's or a message's id, `progress` for a progress naming its media,
    `time` for a position or seconds, `transfer` for an upload's or a download's field."""
    words = set(play_words(key))
    if words & _TRANSFER_WORDS:
        return "transfer"
    if words & _POST_WORDS and words & _ID_WORDS:
        return "post"
    if words & _PROGRESS_CLASSES and words & _MEDIA_CLASSES:
        return "progress"
    if words & _TIME_CLASSES and not words & _PROGRESS_CLASSES:
        return "time"
    if "time" in words and words & _TIME_UNITS:
        return "time"
    return None


def _fraction(value: object) -> bool:
    """A progress as a fraction (0..1) or a percent (0..100)."""
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 <= number <= 100


def _seconds(value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 < number <= DAY_MS


def _post_key(key: str) -> bool:
    return _role(key) == "post"


@structure("post_media_progress", kind=dict, size=_ROW_KEYS, needs=(_post_key,))
def post_media_progress(value: object) -> str | None:
    """A post's or a message's id, a progress that names its film or video, and a position
    in seconds: how far one person watched a video posted in a channel or a feed."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    found: dict[str, str] = {}
    for key, item in value.items():
        text = _key_text(key)
        role = _role(text)
        if role == "transfer":
            return None
        if role == "post" and item not in (None, "", 0):
            found.setdefault("post", text)
        elif role == "progress" and _fraction(item):
            found.setdefault("progress", text)
        elif role == "time" and _seconds(item):
            found.setdefault("time", text)
    if len(found) < 3:
        return None
    return f"post `{found['post']}` with `{found['progress']}` at `{found['time']}`"
