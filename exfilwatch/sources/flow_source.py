"""mitmproxy flow dumps, as written by `mitmdump -w` (any mitmproxy 7+ version)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Exchange
from . import SourceError
from .mitm_flow import exchange_from_flow, exchange_from_message


def read_flows(path: Path) -> Iterator[Exchange]:
    from mitmproxy import exceptions, http, io

    source = str(path)
    try:
        with path.open("rb") as f:
            reader = io.FlowReader(f)
            for flow in reader.stream():
                if not isinstance(flow, http.HTTPFlow):
                    continue
                yield exchange_from_flow(flow, source)
                if flow.websocket is not None:
                    for i in range(len(flow.websocket.messages)):
                        yield exchange_from_message(flow, i, source)
    except exceptions.FlowReadException as exc:
        raise SourceError(f"{path}: not a readable mitmproxy flow dump ({exc})") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from None
    except Exception as exc:  # mitmproxy's reader raises anything on garbage (found by fuzzing)
        raise SourceError(
            f"{path}: corrupt mitmproxy flow dump ({exc.__class__.__name__})"
        ) from None
