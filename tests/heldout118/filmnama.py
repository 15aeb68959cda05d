"""Filmnama: a Persian (Iranian) series and film streaming app, Finglish keys.

Its in-house player reports watch time with romanised Persian keys
(`zaman_tamasha`, `akharin_mogheiat`, `ghesmat`); the continue-watching rail
(`edame_tamasha`) comes back in a response. A batched resume beacon ships as
gzip+base64 under `p` (nothing readable). Catalogue rails, "most watched"
(`por_bazdid`, an aggregate), search and subtitles are not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.filmnama.example"
UA = ua("Filmnama", "4.8.2")
SERIALS = ["Shahrzad", "Khane-ye Kaghazi", "Mokhtarnameh", "Pedar", "Yaghi", "Jeyran"]


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "filmnama", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-device-id", b.id("aid_film", where="header x-device-id"))
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def _ep(c: Context) -> dict[str, object]:
    return {
        "serial": c.rng.choice(SERIALS),
        "fasl": c.rng.randint(1, 4),
        "ghesmat": c.rng.randint(1, 30),
        "content_id": f"ep{c.rng.randint(10000, 99999)}",
        "modat": c.rng.randint(2400, 3600),
    }


def heartbeat(c: Context) -> Flow:
    ep = _ep(c)
    b = _b(c, "POST", f"{API}/v3/player/tamasha/heartbeat")
    b.view("json zaman_tamasha / akharin_mogheiat (Finglish watch time, position)")
    b.json(
        {
            **ep,
            "zaman_tamasha": c.rng.randint(30, 600),
            "akharin_mogheiat": c.rng.randint(60, int(ep["modat"])),  # type: ignore[call-overload]
            "keyfiyat": "720p",
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profile/edame_tamasha")
    b.view("response edame_tamasha[] with mogheiat (continue-watching)", direction="response")
    rows = [
        {**_ep(c), "mogheiat": c.rng.randint(60, 3000), "akharin_bazdid": iso(c)} for _ in range(5)
    ]
    b.ok_json({"edame_tamasha": rows})
    return b.build()


def resume_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json p = base64(gzip(episode, position rows))", detectable=False)
    rows = [[_ep(c)["content_id"], c.rng.randint(10, 3000), ms(c)] for _ in range(3)]
    b.json({"p": b64(gz(js(rows).encode())), "v": 3})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home?section=por_bazdid", ident=False)
    b.decoy("most-watched rail with view counts: an aggregate over all viewers")
    items = [{**_ep(c), "tedad_bazdid": c.rng.randint(10**4, 10**6)} for _ in range(8)]
    b.ok_json({"por_bazdid": items, "jadid": [_ep(c) for _ in range(4)]})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["سریال ایرانی", "پایتخت", "film komedi"])
    b = _b(c, "GET", f"{API}/v3/search?q={quote(q)}", ident=False)
    b.decoy("search results with durations (catalogue, not a watch report)")
    b.ok_json({"natayej": [_ep(c) for _ in range(6)]})
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c, "filmnama", "GET", f"https://vod.filmnama.example/hls/{_ep(c)['content_id']}/master.m3u8"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=1280x720\n720p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def subtitles(c: Context) -> Flow:
    b = FB(c, "filmnama", "GET", f"https://vod.filmnama.example/sub/{_ep(c)['content_id']}/fa.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(
        200, "text/vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nسلام، کجا بودی؟\n".encode()
    )
    return b.build()
