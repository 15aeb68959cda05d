"""One channel's viewing sent to a channel or live usage log (round 50).

A set-top box or a live-streaming app logs each channel it showed as it happens:
`POST /api/stat/channel {box_sn, channel, from, to}`, `POST /api/live/log {channel,
joined_at, left_at}`. The row is the tuning row the channel rules read
(`channel_logs.channel_tuning_row`); the path that says statistics or log is looser than
one that says tuning, so the row must also not be a query's window: a statistics request
asks for a channel's figures over whole days (`from` and `to` both at a midnight, in any
time zone: on the half hour, half a day or more apart), while a viewer's tuning starts and
ends whenever they switched.
"""

from __future__ import annotations

from ._common import structure
from .channel_logs import _channel_key, _row_parts, channel_tuning_row

_HALF_HOUR = 1800
_HALF_DAY = 43_200


def _day_window(row: dict) -> bool:
    """Both moments on the half hour and half a day or more apart: a report's range of
    whole days (a local midnight is on the half hour in UTC), not a switch."""
    parts = _row_parts(row, stations=True)
    if parts is None or len(parts[1]) != 2:
        return False
    start, end = parts[1]
    whole = all(m == int(m) and int(m) % _HALF_HOUR == 0 for m in (start, end))
    return whole and abs(end - start) >= _HALF_DAY


@structure("channel_usage_row", kind=dict, size=(2, 12), needs=(_channel_key,))
def channel_usage_row(value: object) -> str | None:
    """A channel named with when it came on and until when or how long, not a whole-day
    window (the rule asks the path to say a channel's or live viewing's log or usage)."""
    if not isinstance(value, dict) or _day_window(value):
        return None
    return channel_tuning_row(value)
