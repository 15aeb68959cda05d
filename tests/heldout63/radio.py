"""A radiko-like radio app (fictional hosts for the app's own API).

Auth follows the radiko v2 handshake that open-source clients document
(yt-dlp radiko extractor, midry3125/cliRadio: GET /v2/api/auth1 with
X-Radiko-App / -App-Version / -Device / -User headers, then auth2 with the
partial key); time-free playback fetches /v2/api/ts/playlist.m3u8?station_id=
&ft=&to=. The app's listening log (station, programme window, seconds
listened) is the in-house part, as a form body.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, rid, ua

API = "https://radio-api.onkyo-kiku.jp"
STATIONS = ["TBS", "QRR", "LFR", "INT", "FMT", "FMJ", "JORF"]


def _window(ctx: Context) -> tuple[str, str]:
    h = ctx.rng.randint(5, 22)
    day = ctx.rng.choice(["20241101", "20241102", "20241103", "20241104"])
    return f"{day}{h:02d}0000", f"{day}{h + 1:02d}0000"


def auth1(ctx: Context) -> Flow:
    b = FB(ctx, "radio", "GET", f"{API}/v2/api/auth1", http_version="HTTP/1.1")
    b.header("X-Radiko-App", "aSmartPhone8")
    b.header("X-Radiko-App-Version", "8.1.7")
    b.header("X-Radiko-Device", "34.XQ-DQ44")
    user = b.id("aid_radio", how="md5", where="header.X-Radiko-User", detectable=False)
    b.header("X-Radiko-User", user)
    b.respond(
        200,
        "text/plain",
        b"",
        headers=[
            ("X-Radiko-AuthToken", new_hex(ctx.rng, 22)),
            ("X-Radiko-KeyOffset", str(ctx.rng.randint(0, 8000))),
            ("X-Radiko-KeyLength", "16"),
        ],
    )
    return b.build()


def listen_log(ctx: Context) -> Flow:
    b = FB(ctx, "radio", "POST", f"{API}/v3/api/listen_log")
    b.header("user-agent", ua("OnkyoKiku", "8.1.7"))
    ft, to = _window(ctx)
    b.form(
        [
            ("station_id", ctx.rng.choice(STATIONS)),
            ("ft", ft),
            ("to", to),
            ("type", ctx.rng.choice(["live", "timefree"])),
            ("listened_sec", str(ctx.rng.randint(30, 3600))),
            ("area_id", "JP13"),
            ("member_id", ctx.phone.radio_user),  # type: ignore[attr-defined]
        ]
    )
    b.view("body{station_id,ft,to,listened_sec}")
    b.ok_json({"status": "ok"})
    return b.build()


def listen_log_batch(ctx: Context) -> Flow:
    """The same log, batched as base64 JSON in a form field (JSON-in-base64)."""
    b = FB(ctx, "radio", "POST", f"{API}/v3/api/listen_log/batch")
    recs = []
    for _ in range(ctx.rng.randint(2, 4)):
        ft, to = _window(ctx)
        recs.append(
            {
                "station_id": ctx.rng.choice(STATIONS),
                "ft": ft,
                "to": to,
                "listened_sec": ctx.rng.randint(30, 3600),
            }
        )
    payload = base64.b64encode(js(recs).encode()).decode()
    b.form([("logs", payload), ("v", "2")])
    b.view("body.logs(b64 json)[]{station_id,ft,to,listened_sec}")
    b.ok_json({"status": "ok", "n": len(recs)})
    return b.build()


def timefree_playlist(ctx: Context) -> Flow:
    ft, to = _window(ctx)
    params = [("station_id", ctx.rng.choice(STATIONS)), ("l", "15"), ("ft", ft), ("to", to)]
    b = FB(ctx, "radio", "GET", f"{API}/v2/api/ts/playlist.m3u8", params)
    b.header("X-Radiko-AuthToken", new_hex(ctx.rng, 22))
    b.decoy("stream playlist fetch (the content, not a log)")
    b.respond(200, "application/x-mpegURL", b"#EXTM3U\n#EXT-X-VERSION:3\nchunk.m3u8\n")
    return b.build()


def now_on_air(ctx: Context) -> Flow:
    st = ctx.rng.choice(STATIONS)
    b = FB(ctx, "radio", "GET", f"{API}/v3/feed/pc/noa/{st}.xml")
    b.decoy("station's now-playing song list")
    b.respond(200, "application/xml", f'<noa><item stamp="{rid(ctx.rng)}"/></noa>'.encode())
    return b.build()
