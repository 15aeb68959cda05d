"""Firebase / GA4 events on the wire as flat parameters: GA4's `/g/collect` hit and
the form some Firebase clients post to app-measurement.com carry one event as
`en=<name>` beside its params `ep.<name>=<text>` and `epn.<name>=<number>`. The event
is the same as in the JSON and protobuf forms, so it is read with the same tests
(`measurement_json_event`): GA4's media events, an app's custom event for a piece
played in any language the viewing lexicon reads, the act (or the medium) and its
phase with the piece and how much of it.
"""

from __future__ import annotations

from ._common import structure
from .measurement_json import measurement_json_event

_EVENT_NAME = "en"
_PARAM_PREFIXES = ("epn.", "ep.")
_MAX_PARAMS = 25  # GA4 takes 25 params per event


def _number(text: str) -> float | None:
    """`3598`: a form sends numbers as text; GA4 puts them under `epn.`."""
    try:
        return float(text)
    except ValueError:
        return None


def _event_params(value: dict) -> dict[str, object]:
    """`{ep.show: "..", epn.position_sec: "3598"}` -> `{show: "..", position_sec: 3598.0}`."""
    params: dict[str, object] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            continue
        prefix = next((p for p in _PARAM_PREFIXES if key.startswith(p)), None)
        if prefix is None or len(key) == len(prefix):
            continue
        number = _number(item) if isinstance(item, str) else None
        params[key[len(prefix) :]] = item if number is None else number
    return params


@structure("measurement_param_event", kind=dict, size=(2, 80), keys=(_EVENT_NAME,))
def measurement_param_event(value: object) -> str | None:
    """One GA4 / Firebase event sent as `en` + `ep.` / `epn.` params, for a piece
    watched or listened to."""
    if not isinstance(value, dict):
        return None
    name = value.get(_EVENT_NAME)
    if not isinstance(name, str) or not name:
        return None
    params = _event_params(value)
    if not params or len(params) > _MAX_PARAMS:
        return None
    return measurement_json_event({"name": name, "params": params})
