"""Meta's own traffic: Horizon OS telemetry and the Meta Horizon companion app.

Telemetry uses Meta's analytics2 batch upload, as Facebook / Instagram apps do
(POST https://graph.<app>.com/logging_client_events, form fields
`access_token`, `format`, `compressed`, `message`; `message` is a JSON batch
{seq, app_id, app_ver, device_id, session_id, uid, data: [{name, time, extra}],
log_type} or the same zlib-deflated and base64'd with compressed=1; see the
Instagram private-API clients and patches that build this URL, e.g.
morphe patches AnalyticsEndpointFingerprint). Event names and `extra` keys are
this set's own. Meta Quest TV playback events are viewing history.
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, hmd_ua, ms, pixel_ua, rid

GRAPH = "https://graph.oculus.com"


def _id(b: FB, attr: str, where: str, compress: bool) -> str:
    """Inside a deflated batch the value itself is plain: once the base64 and
    deflate layers of `message` are undone (as a decoder does) it is in the
    clear, so it is expected of `--known` too."""
    if compress:
        return b.id(attr, where=where + " (inside base64 + deflate layers)")
    return b.id(attr, where=where)


def _batch(c: Context, b: FB, data: list[dict[str, object]], compress: bool) -> None:
    msg = {
        "seq": c.rng.randint(1, 4000),
        "app_id": "1437758943160063",
        "app_ver": "69.0.0.565",
        "device_id": _id(b, "meta_device", "form:message.device_id", compress),
        "session_id": rid(c.rng),
        "uid": b.acct("meta_user"),
        "data": data,
        "log_type": "client_event",
    }
    text = js(msg)
    if compress:
        text = b64(zlib.compress(text.encode(), 6))
    b.form(
        [
            ("access_token", b.acct("access_token")),
            ("format", "json"),
            ("compressed", "1" if compress else "0"),
            ("message", text),
        ]
    )


def _b(c: Context) -> FB:
    b = FB(c, "meta-telemetry", "POST", GRAPH + "/logging_client_events")
    b.header("user-agent", hmd_ua("HorizonOS", "69.0") + " [FBAN/OculusSystem]")
    return b


def device_info(c: Context) -> Flow:
    b, z = _b(c), c.rng.random() < 0.4
    data = [
        {
            "name": "oculus_device_status",
            "time": ms(c) / 1000,
            "module": "systemux",
            "extra": {
                "hmd_serial": _id(b, "hmd_serial", "form:message.data[].extra.hmd_serial", z),
                "wifi_mac_address": _id(
                    b, "hmd_mac", "form:message.data[].extra.wifi_mac_address", z
                ),
                "headset_type": "EUREKA",
                "battery": c.rng.randint(5, 100),
            },
        }
    ]
    _batch(c, b, data, compress=z)
    b.ok_json({"checksum": "", "config": ""})
    return b.build()


def tv_playback(c: Context) -> Flow:
    b = _b(c)
    vid = str(c.rng.randint(10**15, 10**16 - 1))
    data = [
        {
            "name": "oculus_tv_video_progress",
            "time": ms(c) / 1000,
            "module": "oculus_tv",
            "extra": {
                "video_id": vid,
                "position_ms": c.rng.randint(0, 3_600_000),
                "duration_ms": 3_600_000,
                "player": "immersive",
                "source": "continue_watching",
            },
        }
    ]
    _batch(c, b, data, compress=c.rng.random() < 0.5)
    b.view("form:message.data[].extra.video_id+position_ms")
    b.ok_json({"checksum": ""})
    return b.build()


def perf_events(c: Context) -> Flow:
    """Frame-rate / thermal counters: no viewing, still the device id of the batch."""
    b = _b(c)
    data = [
        {
            "name": "vrshell_perf",
            "time": ms(c) / 1000,
            "extra": {
                "fps": [c.rng.randint(70, 90) for _ in range(20)],
                "gpu_level": 4,
                "trace": rid(c.rng),
            },
        }
    ]
    _batch(c, b, data, compress=False)
    b.decoy("numeric series and trace id")
    b.ok_json({"checksum": ""})
    return b.build()


def companion_devices(c: Context) -> Flow:
    """The Pixel companion app lists the paired headset (the answer names it)."""
    b = FB(c, "meta-horizon-app", "POST", GRAPH + "/graphql")
    b.header("user-agent", pixel_ua("MetaHorizon", "287.0.0.6.107"))
    b.form([("doc_id", "6498273610238761"), ("variables", js({"include_hmds": True}))])
    b.header("authorization", "OAuth " + b.acct("access_token"))
    hmd = {
        "id": b.id(
            "meta_device", where="response json:data.viewer.devices[].id", direction="response"
        ),
        "serial_number": b.id(
            "hmd_serial",
            where="response json:data.viewer.devices[].serial_number",
            direction="response",
        ),
        "type": "EUREKA",
        "name": "Lenas Quest",
    }
    b.ok_json({"data": {"viewer": {"devices": [hmd]}}})
    return b.build()


def companion_pair(c: Context) -> Flow:
    b = FB(c, "meta-horizon-app", "POST", GRAPH + "/graphql")
    b.header("user-agent", pixel_ua("MetaHorizon", "287.0.0.6.107"))
    variables = {
        "input": {
            "hmd_serial": b.id("hmd_serial", where="form:variables.input.hmd_serial"),
            "android_id": b.id("aid_comp", where="form:variables.input.android_id"),
            "pin": str(c.rng.randint(10000, 99999)),
        }
    }
    b.form([("doc_id", "5821046739102834"), ("variables", js(variables))])
    b.ok_json({"data": {"pair_hmd": {"status": "PAIRED"}}})
    return b.build()


def store_section(c: Context) -> Flow:
    b = FB(c, "meta-horizon-app", "POST", GRAPH + "/graphql")
    b.header("user-agent", pixel_ua("MetaHorizon", "287.0.0.6.107"))
    b.form(
        [("doc_id", "4419203817264410"), ("variables", js({"section": "top_selling", "first": 12}))]
    )
    b.ok_json(
        {
            "data": {
                "items": [
                    {
                        "id": str(c.rng.randint(10**15, 10**16)),
                        "price": {"offset": c.rng.randint(999, 4999), "currency": "EUR"},
                    }
                    for _ in range(8)
                ]
            }
        }
    )
    b.decoy("store section with ids and prices")
    return b.build()
