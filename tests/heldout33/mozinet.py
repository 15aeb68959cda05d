"""Mozinet: a Hungarian streaming app (own backend with Hungarian key names) and
NPAW Youbora video analytics.

Youbora: the player plugin's open REST API (NicePeopleAtWork/NicePlayers
youbora-data.js; kaltura/playkit-ios-youbora README): GET /init, /start,
/joinTime, /ping, /stop on an NQS host with accountCode, title, mediaResource,
mediaDuration, playhead and a view `code`. /ping names no content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_mp4, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.mozinet.hu"
SHOWS = [
    ("mz-s-4471", "A mi kis falunk", "S08E03", 2580),
    ("mz-s-1180", "Keresztanyu", "S02E117", 2460),
    ("mz-m-0932", "Saul fia", "", 6420),
    ("mz-s-2205", "Drága örökösök", "S04E12", 2700),
    ("mz-s-7710", "Nyerő Páros", "S05E08", 3900),
]
UA = ua("Mozinet", "5.12.1")


def _show(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(SHOWS)


def _auth(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(b.ctx.rng)).rstrip("="))


def nezes_naplo(c: Context) -> Flow:
    """The app's own watch log (nézettségi napló), Hungarian keys."""
    sid, title, ep, dur = _show(c)
    b = FB(c, "mozinet", "POST", f"{API}/v2/nezettseg/naplo")
    _auth(b)
    pos = c.rng.randint(30, dur - 30)
    b.json(
        {
            "felhasznalo": b.acct("hu_user"),
            "musorAzonosito": sid,
            "musorCim": title,
            "epizod": ep,
            "pozicioMp": pos,
            "hosszMp": dur,
            "esemeny": c.rng.choice(["lejatszas", "szunet", "folytatas", "befejezve"]),
            "idopont": iso(c),
        }
    )
    b.view("body.musorAzonosito/pozicioMp")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    """The 'continue watching' row synced to the profile (English keys)."""
    b = FB(c, "mozinet", "PUT", f"{API}/v2/profiles/{c.phone.hu_user}/continue-watching")
    _auth(b)
    items = []
    for sid, title, ep, dur in c.rng.sample(SHOWS, 3):
        items.append(
            {
                "assetId": sid,
                "title": title,
                "episode": ep or None,
                "progressSec": c.rng.randint(60, dur),
                "durationSec": dur,
                "lastWatchedAt": ms(c) - c.rng.randint(1, 9) * 86400000,
            }
        )
    b.json({"items": items, "rev": c.rng.randint(100, 999)})
    b.view("body.items[].assetId/progressSec")
    b.ok_json({"ok": True})
    return b.build()


def _youbora(c: Context, path: str, params: list[tuple[str, str]]) -> FB:
    host = f"https://infinity-c{c.rng.randint(10, 40)}.youboranqs01.com"
    b = FB(c, "youbora", "GET", host + path, params, "HTTP/1.1")
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b


def _code(c: Context) -> str:
    return "U_" + "".join(c.rng.choice("abcdef0123456789") for _ in range(12))


def youbora_start(c: Context) -> Flow:
    sid, title, ep, dur = _show(c)
    params = [
        ("accountCode", "mozinethu"),
        ("system", "mozinethu"),
        ("code", _code(c)),
        ("title", f"{title} {ep}".strip()),
        ("mediaResource", f"https://vod.mozinet.hu/{sid}/master.m3u8"),
        ("mediaDuration", str(dur)),
        ("playhead", str(c.rng.choice([0, 0, 812]))),
        ("player", "ExoPlayer2"),
        ("pluginVersion", "6.8.4-exoplayer2"),
        ("live", "false"),
        ("contentId", sid),
        ("timemark", str(ms(c))),
    ]
    b = _youbora(c, c.rng.choice(["/start", "/joinTime", "/init"]), params)
    b.view("query.title/mediaResource/playhead")
    return b.build()


def youbora_ping(c: Context) -> Flow:
    """A heartbeat of a view: only the view code and player metrics, no content named."""
    params = [
        ("code", _code(c)),
        ("pingTime", "5"),
        ("playhead", str(c.rng.randint(10, 3000))),
        ("bitrate", str(c.rng.choice([1800000, 3500000, 6000000]))),
        ("throughput", str(c.rng.randint(5, 60) * 10**6)),
        ("timemark", str(ms(c))),
    ]
    b = _youbora(c, "/ping", params)
    b.view("query.code/playhead (view heartbeat)", detectable=False)
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "mozinet", "POST", f"{API}/v2/eszkoz/regisztracio")
    _auth(b)
    b.json(
        {
            "eszkozAzonosito": b.id("aid_hu", where="body.eszkozAzonosito"),
            "eszkozTipus": "Xiaomi 2306EPN60G",
            "platform": "android",
            "alkalmazasVerzio": "5.12.1",
        }
    )
    b.ok_json({"eszkozSorszam": c.rng.randint(1, 5), "maxEszkoz": 5})
    return b.build()


def katalogus(c: Context) -> Flow:
    b = FB(
        c, "mozinet", "GET", f"{API}/v2/katalogus/kezdolap", [("oldal", str(c.rng.randint(1, 4)))]
    )
    _auth(b)
    rows = [
        {"cim": t, "azonosito": s, "kep": f"https://img.mozinet.hu/{s}/16x9.webp"}
        for s, t, _, _ in SHOWS
    ]
    b.ok_json({"sorok": [{"nev": "Népszerű most", "elemek": rows}], "traceId": rid(c.rng)})
    b.decoy("catalogue page (titles and thumbnails, nothing watched)")
    return b.build()


def kereses(c: Context) -> Flow:
    q = c.rng.choice(["keresztanyu", "vígjáték", "sorozat 2024", "saul"])
    b = FB(c, "mozinet", "GET", f"{API}/v2/kereses", [("q", q), ("limit", "20")])
    _auth(b)
    b.ok_json({"talalatok": [{"azonosito": s, "cim": t} for s, t, _, _ in SHOWS[:3]]})
    b.decoy("search results")
    return b.build()


def segment(c: Context) -> Flow:
    sid = _show(c)[0]
    n = c.rng.randint(1, 700)
    b = FB(
        c,
        "mozinet",
        "GET",
        f"https://vod.mozinet.hu/{sid}/video_1080p/seg_{n:05d}.m4s",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.respond(200, "video/mp4", fake_mp4(n, 600))
    b.decoy("video segment fetch")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's encrypted QoE/watch beacon: nothing readable says what it is."""
    b = FB(c, "mozinet", "POST", f"{API}/q/b")
    _auth(b)
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.set_body(jsb({"v": 3, "p": b64(blob)}), "application/json")
    b.view("body.p (encrypted)", detectable=False)
    b.no_content()
    return b.build()
