"""A "watching now" event: the channel a box or an app shows, named, from a moment.

A satellite or cable box reports the channel it switched to as it starts showing it
(`POST /events/herdai {channelId, channelNaam, suru}`, Nepali "watching", channel name,
start; `{channelId, channelName, start}` to `/events/watching`): no duration yet, since
the next event says when it ended. One channel named in text, one moment and little
else; the rule reads it only as a write to a path whose last segment says watching.
A software update channel (`channel: stable`) or a contact channel (`email`) is not a
broadcast, and a chat's or a shop's record carries a message or a price (vetoed).
"""

from __future__ import annotations

from ._common import _key_text, structure
from .channel_logs import _channel_key, _contact_channel, channel_came_on

_ROW_KEYS = (2, 8)
# Release channels of software, feeds and packages: `channel: beta` is no broadcast.
_RELEASE_CHANNELS = frozenset(
    ["stable", "beta", "alpha", "dev", "canary", "nightly", "edge", "release", "lts",
     "preview", "insider", "latest", "next", "prod", "production", "staging", "test"]
)  # fmt: skip


def _release_channel(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower() in _RELEASE_CHANNELS


@structure("channel_watching_start", kind=dict, size=_ROW_KEYS, needs=(_channel_key,))
def channel_watching_start(value: object) -> str | None:
    """A channel named in text with the one moment it came on (no duration needed)."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    for key, member in value.items():
        if _channel_key(_key_text(key)) and (_contact_channel(member) or _release_channel(member)):
            return None
    if not channel_came_on(value):
        return None
    channel = next(k for k in value if _channel_key(_key_text(k)))
    return f"channel `{channel}` named with the moment it came on"
