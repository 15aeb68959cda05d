"""An OpenRTB bid request whose content object names the title being watched (round 214).

OpenRTB 2.x (object 3.2.16 Content in 2.5/2.6) lets the app or site describe "the content
in which the impression will appear": `id`, `title`, `series`, `season`, `episode`, `len`,
`livestream`, `context` (list 5.18: 1 video, 2 game, 3 music, 4 application, 5 text,
6 other, 7 unknown). For a streaming app's pre- or mid-roll, that object is the film or
episode the person is watching at that moment, sent to an exchange beside the device's ad
id and the app's user id. The same object on a news site is the article read, in a game the
level, in a music app the song: those are not viewing.

The request (an `imp` list beside `app` or `site`) matches when its content has a title (or
a series) and says it is video by one of:

- the video-only members `series`, `season` or `episode` (the spec: "typically applies to
  video content");
- `context` 1 (video);
- an id or title in the media libraries' convention: an episode code (`s01e01`) or a film
  or episode type prefix (`film-`, `movie-`, `ep-`, `episode_`, `vod-`, `ser-`);
- in an app (not a site), a video impression (`imp[].video`) beside the content's own
  `len` or `livestream`, members the spec gives "for video or audio" content.

It does not match when the content says game, music, application or text (`context` 2-5),
or carries a song's members (`artist`, `album`, `isrc`): a music app's content object is the
song heard, left to the listening rules. A content object with only categories (`cat`) or
keywords names nothing watched.
"""

from __future__ import annotations

import re

from ._common import structure

_EPISODE_CODE_RE = re.compile(r"(?i)(?:^|[^a-z0-9])s[0-9]{1,2}[-_.]?e[0-9]{1,3}(?:[^0-9]|$)")
_ITEM_PREFIX_RE = re.compile(
    r"(?i)^(?:ep|epi|episodes?|films?|movies?|mv|vods?|ser|series)[-_:.][^\s]"
)
_VIDEO_MEMBERS = ("series", "season", "episode")
_NOT_VIDEO_CONTEXTS = frozenset([2, 3, 4, 5])
_SONG_MEMBERS = ("artist", "album", "isrc")


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip() and not value.strip().isdigit():
        return value.strip()
    return None


def _present(value: object) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, (int, float)):
        return value > 0
    return _text(value) is not None or (isinstance(value, str) and value.strip().isdigit())


def _video_imp(imps: list) -> bool:
    return any(isinstance(imp, dict) and isinstance(imp.get("video"), dict) for imp in imps)


def _watched_content(content: dict, in_app: bool, video_imp: bool) -> str | None:
    title = _text(content.get("title")) or _text(content.get("series"))
    if title is None:
        return None
    context = content.get("context")
    if not isinstance(context, bool) and context in _NOT_VIDEO_CONTEXTS:
        return None
    if any(_present(content.get(key)) for key in _SONG_MEMBERS):
        return None
    for key in _VIDEO_MEMBERS:
        if _present(content.get(key)):
            return f"bid request content names a {key} being watched"
    if context == 1:
        return "bid request content of video context names a title"
    for key in ("id", "title"):
        text = _text(content.get(key))
        if text and (_EPISODE_CODE_RE.search(text) or _ITEM_PREFIX_RE.match(text)):
            return f"bid request content {key} names a film or episode"
    if in_app and video_imp and ("len" in content or "livestream" in content):
        return "bid request for a video slot names the app's playing title"
    return None


@structure("bid_request_watched_content", kind=dict, size=(2, 40), keys=("imp",))
def bid_request_watched_content(value: object) -> str | None:
    """An OpenRTB request (`imp` beside `app` / `site`) whose content object is a film or
    an episode being watched."""
    if not isinstance(value, dict):
        return None
    imps = value.get("imp")
    if not isinstance(imps, list) or not imps:
        return None
    video_imp = _video_imp(imps)
    for holder in ("app", "site"):
        place = value.get(holder)
        content = place.get("content") if isinstance(place, dict) else None
        if isinstance(content, dict):
            found = _watched_content(content, holder == "app", video_imp)
            if found:
                return found
    return None
