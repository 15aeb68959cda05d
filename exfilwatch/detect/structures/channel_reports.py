"""One channel a set-top box reports it started (or stopped) playing, at a moment.

IPTV middleware of the Huawei family has the box report each live channel it plays to the
middleware, one call per change: `POST /VSP/V3/ReportChannel {"action": "0", "channelID":
"103", "mediaID": "103002", "businessType": "BTV", "channelName": "..", "startTime": ".."}`
(action 0: the channel started, 1: it stopped; BTV: broadcast TV). Each call is one line
of the household's tuning log: the channel and when it came on; the next call says until
when. The row carries no duration, so `channel_tuning_row` (which asks for how long or
until when) does not read it; the rule's URL, a path that says the box reports a channel
(`ReportChannel`, `channel/report`), says it is a play report.

What is read: a small object naming one channel in text (any language the viewing lexicon
reads; a chat's or a contact route's channel is vetoed as channel_logs.py vetoes it), with
one moment and no second channel. What is not: a row with a reason, a complaint, an abuse
or a message word (a chat app's "report this channel" to its moderators), a price (a
shop's), a programme guide's rows (a list, and guide paths are kept out by the rule).
"""

from __future__ import annotations

from ._common import _key_text, key_words, structure
from .channel_logs import channel_came_on

# A moderation report on a chat or video channel, not a box's play report.
_MODERATION_WORDS = frozenset(
    ["reason", "abuse", "spam", "complaint", "violation", "comment", "message", "text",
     "description", "flag", "flagged", "reporter", "offence", "offense", "harassment"]
)  # fmt: skip
_ROW_SIZE = (2, 12)


@structure("channel_play_report", kind=dict, size=_ROW_SIZE)
def channel_play_report(value: object) -> str | None:
    """A channel named in text and one moment it started or stopped playing."""
    if not isinstance(value, dict):
        return None
    if any(_MODERATION_WORDS.intersection(key_words(_key_text(k))) for k in value):
        return None
    if not channel_came_on(value):
        return None
    return "one channel the box reports playing, with the moment it came on"
