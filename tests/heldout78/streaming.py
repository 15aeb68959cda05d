"""The parents' streaming app (truly sensitive: their profile's watch log, resume
points and continue-watching row) and the family's smart TV, which the app finds
over Roku's External Control Protocol (its serial, Wi-Fi MAC and device id come back
in `query/device-info`). Catalogue rows, trailers, artwork, DRM licences and the
kids' PIN screen are decoys.

Sources: Roku ECP (developer.roku.com/docs/developer-program/debugging/external-
control-api.md: GET :8060/query/device-info -> <serial-number>, <device-id>,
<wifi-mac>); the streaming backend is in-house (names plausible, like the
bookmark / heartbeat APIs streaming services run).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.flixfamille-example.com"
TITLES = [
    ("tt-88301", "The Long Winter", 2940),
    ("tt-11902", "Chef's Table Québec", 3120),
    ("tt-40227", "Northern Lights S2E4", 2580),
    ("tt-70015", "Courtroom 9 S1E1", 2700),
]


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def watch_heartbeat(c: Context) -> Flow:
    tid, _, dur = _title(c)
    pos = c.rng.randint(60, dur)
    b = FB(c, "streaming", "POST", f"{API}/v2/playback/heartbeat")
    b.header("user-agent", ua("FlixFamille", "12.4.0"))
    b.view("json {titleId, positionSec, watchedSec, profile}")
    b.json(
        {
            "profile": "Parents",
            "titleId": tid,
            "positionSec": pos,
            "durationSec": dur,
            "watchedSec": c.rng.choice([30, 60]),
            "state": "playing",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    tid, _, dur = _title(c)
    b = FB(c, "streaming", "PUT", f"{API}/v2/profiles/parents/bookmarks/{tid}")
    b.view("json bookmark.offset_ms (resume point)")
    b.json(
        {
            "bookmark": {
                "offset_ms": c.rng.randint(60, dur) * 1000,
                "updated": iso(c),
                "completed": False,
            }
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "streaming", "GET", f"{API}/v2/profiles/parents/rows/continue-watching")
    b.view("response items[].{titleId,progress,lastWatched}", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "titleId": t,
                    "title": n,
                    "progress": rf(c.rng, 0.1, 0.9, 2),
                    "lastWatched": iso(c),
                }
                for t, n, _ in TITLES[:3]
            ]
        }
    )
    return b.build()


def watch_log_opaque(c: Context) -> Flow:
    b = FB(c, "streaming", "POST", f"{API}/v2/t")
    b.view("json q (encrypted batch of playback events)", detectable=False)
    b.json({"q": new_hex(c.rng, 240), "n": c.rng.randint(3, 9)})
    b.no_content()
    return b.build()


def catalogue_row(c: Context) -> Flow:
    b = FB(c, "streaming", "GET", f"{API}/v2/rows/kids-popular")
    b.decoy("catalogue row with runtimes and popularity (what exists, not what was watched)")
    b.ok_json(
        {
            "items": [
                {
                    "titleId": t,
                    "title": n,
                    "runtimeSec": d,
                    "rating": "G",
                    "trailer": {"durationSec": c.rng.randint(60, 150)},
                }
                for t, n, d in TITLES
            ]
        }
    )
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(
        c,
        "streaming",
        "GET",
        f"https://img.flixfamille-example.com/boxart/{new_hex(c.rng, 12)}.jpg",
    )
    b.decoy("box-art thumbnail download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 99999), 500))
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = FB(c, "streaming", "POST", "https://lic.flixfamille-example.com/widevine")
    b.set_body(bytes(c.rng.randrange(256) for _ in range(300)), "application/octet-stream")
    b.decoy("Widevine licence challenge (opaque, carries no watch log in the clear)")
    b.respond(200, "application/octet-stream", bytes(c.rng.randrange(256) for _ in range(200)))
    return b.build()


def kids_pin(c: Context) -> Flow:
    b = FB(c, "streaming", "POST", f"{API}/v2/profiles/verify-pin")
    b.json({"profile": "Parents", "pinHash": new_hex(c.rng, 64), "attempt": 1, "reqId": rid(c.rng)})
    b.decoy("parental PIN hash and request id (look like identifiers)")
    b.ok_json({"valid": True})
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "streaming", "POST", f"{API}/v2/devices/register")
    aid = b.id("aid_stream", where="json device.androidId")
    b.other_id("stream_install", "json device.installId")
    b.json(
        {
            "device": {
                "androidId": aid,
                "installId": c.phone.stream_install,
                "model": "SM-X710",
                "type": "TABLET",
            },
            "account": c.phone.stream_user,
        }
    )
    b.ok_json({"deviceToken": new_hex(c.rng, 40)})
    return b.build()


def tv_device_info(c: Context) -> Flow:
    b = FB(
        c, "roku-ecp", "GET", "http://192.168.2.41:8060/query/device-info", http_version="HTTP/1.1"
    )
    sn = b.id("tv_serial", where="response <serial-number>", direction="response")
    mac = b.id("tv_mac", where="response <wifi-mac>", direction="response")
    b.other_id("tv_device_id", "response <device-id>, <udn>", direction="response")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" ?>\n<device-info>\n'
        f"<udn>{c.phone.tv_device_id}</udn>\n<serial-number>{sn}</serial-number>\n"
        f"<device-id>{c.phone.tv_device_id}</device-id>\n<vendor-name>TCL</vendor-name>\n"
        f"<model-name>55S455</model-name>\n<wifi-mac>{mac}</wifi-mac>\n"
        "<network-type>wifi</network-type>\n<user-device-name>Salon TV</user-device-name>\n"
        "</device-info>\n"
    )
    b.respond(200, "text/xml; charset=utf-8", xml.encode())
    return _on_lan(b.build())


def tv_keypress(c: Context) -> Flow:
    key = c.rng.choice(["Home", "Select", "Play", "Right", "VolumeUp"])
    b = FB(
        c, "roku-ecp", "POST", f"http://192.168.2.41:8060/keypress/{key}", http_version="HTTP/1.1"
    )
    b.decoy("remote-control key press (no ids, no watch log)")
    b.respond(200, None)
    return _on_lan(b.build())


def _on_lan(flow: Flow) -> Flow:
    """ECP talks to the TV on the home network: its address is the URL's LAN address."""
    flow.server_ip = flow.host
    return flow
