"""Toddlo TV, a fictional kids' video app, with Conviva and Nielsen measurement.

- Conviva: POST `{customer}.cws.conviva.com/0/wsg` session heartbeats
  `{"t": "CwsSessionHb", "cid", "clid", "sid", "seq", "st", "pht" (playhead),
  "an" (asset name), "tags", "evs": [...]}` (Conviva CWS protocol, as in
  conviva/* open SDK sources and the Omnibug tracker list).
- Nielsen DCR: GET `secure-dcr.imrworldwide.com/cgi-bin/gn?prd=dcr&ci=...&asn=
  ...&tl=...&cg=...&c3=st,c&c9=devid,<hash>&c1=nuid,<id>&at=view&rt=video`
  (Nielsen Digital Content Ratings SDK pings; Omnibug Nielsen provider).
The app's own backend stores watch progress per child profile and a
continue-watching row; one beacon is obfuscated by the app (opaque).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import fake_jpeg, fake_mp4, js

from .phone import FB, cfnet, iso, ms, rid

API = "https://api.toddlo.tv"
SHOWS = [
    ("Bing en Flop", "S2E14 De Regenboog", 420),
    ("Dikkie Dik", "Het Vogelhuisje", 300),
    ("Bluey", "S3E05 Onion Rings", 440),
    ("Nijntje", "Nijntje in de Dierentuin", 360),
]


def _b(c: Context, method: str, url: str, sdk: str = "toddlo") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", cfnet("ToddloTV", "1903"))
    return b


def _show(c: Context) -> tuple[str, str, int, str]:
    s = c.rng.choice(SHOWS)
    return (*s, "vid_" + str(c.rng.randint(10000, 99999)))


def conviva_hb(c: Context) -> Flow:
    b = _b(c, "POST", "https://toddlo-tv.cws.conviva.com/0/wsg", "conviva")
    show, ep, dur, vid = _show(c)
    b.view("body.json (CwsSessionHb: an asset name, pht playhead)")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Toddlo-TV",
            "pver": "2.6",
            "sdk": True,
            "clid": b.id("conviva_clid", where="body.json.clid", detectable=False),
            "sid": c.rng.randint(10**8, 10**9),
            "seq": c.rng.randint(1, 60),
            "st": c.rng.randint(10_000, dur * 1000),
            "sst": ms(c) - 600_000,
            "an": f"{show} - {ep}",
            "lv": False,
            "cl": dur,
            "pht": c.rng.randint(0, dur * 1000),
            "ps": 3,
            "br": 2400,
            "tags": {
                "c3.cm.contentType": "VOD",
                "c3.cm.seriesName": show,
                "c3.cm.id": vid,
                "c3.cm.channel": "Toddlo",
                "childProfile": "true",
            },
            "evs": [{"t": "CwsStateChangeEvent", "st": 0, "new": {"ps": 3}}],
        }
    )
    b.ok_json({"err": "ok", "seq": 1, "clid": None})
    return b.build()


def nielsen_ping(c: Context) -> Flow:
    show, ep, dur, vid = _show(c)
    b = _b(c, "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn", "nielsen")
    b.view("query tl/cg/asn/at=view (DCR content ping)")
    devid = b.id("idfv_kids", how="sha256", where="query.c9 (devid,<sha256>)")
    nuid = b.id("nielsen_nuid", where="query.c1 (nuid,<id>)", detectable=False)
    for k, v in [
        ("prd", "dcr"),
        ("ci", "nl-505622"),
        ("ch", "nl-505622_c01_P"),
        ("asn", vid),
        ("tl", f"dav0-{ep}"),
        ("cg", show),
        ("c3", "st,c"),
        ("c6", "vc,c01"),
        ("c9", f"devid,{devid}"),
        ("c1", f"nuid,{nuid}"),
        ("at", c.rng.choice(["view", "timer"])),
        ("rt", "video"),
        ("c13", "asid,P" + rid(c.rng)[:8].upper()),
        ("c15", "apn,ToddloTV"),
        ("c16", "sdkv,ai.9.2.0.0"),
        ("c27", f"cln,{c.rng.randint(0, dur)}"),
        ("c14", "osver,iOS17.4.1"),
        ("c62", f"sendTime,{int(c.now)}"),
        ("rnd", str(c.rng.randint(10**12, 10**13))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def progress(c: Context) -> Flow:
    _, _, dur, vid = _show(c)
    b = _b(c, "POST", f"{API}/v1/profiles/{b_profile(c)}/progress")
    b.header("x-toddlo-device", b.id("idfv_kids", where="header.x-toddlo-device"))
    b.view("body.json (videoId, positionSec, durationSec, event)")
    b.json(
        {
            "videoId": vid,
            "positionSec": c.rng.randint(0, dur),
            "durationSec": dur,
            "event": c.rng.choice(["pause", "heartbeat", "ended"]),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def b_profile(c: Context) -> str:
    return c.phone.kids_profile  # type: ignore[attr-defined]  # an account id, never labelled


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/profiles/{b_profile(c)}/continue-watching")
    b.view("body.json.rail[] (videoId, resumeAt, updatedAt)")
    rail = []
    for _ in range(c.rng.randint(2, 5)):
        _, ep, dur, vid = _show(c)
        rail.append(
            {"videoId": vid, "title": ep, "resumeAt": c.rng.randint(10, dur), "updatedAt": iso(c)}
        )
    b.json({"rail": rail})
    b.no_content()
    return b.build()


def obfuscated_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/b")
    b.view("body.form.z (app-obfuscated play beacon)", detectable=False)
    _, _, dur, vid = _show(c)
    z = encode(js({"v": vid, "p": c.rng.randint(0, dur), "d": dur}), "custom_b64")
    b.form([("z", z), ("k", "3")])
    b.no_content()
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.toddlo.tv/thumbs/vid_{c.rng.randint(10000, 99999)}/w480.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()


def segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://vod.toddlo.tv/hls/vid_{c.rng.randint(10000, 99999)}"
        f"/720p/seg{c.rng.randint(1, 90)}.ts",
    )
    b.decoy("video segment download")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**6), 800))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["bluey", "dino", "nijntje", "liedjes"])
    b = _b(c, "GET", f"{API}/v1/search?q={quote(q)}&kids=1")
    b.decoy("search results")
    b.ok_json(
        {
            "results": [
                {"videoId": f"vid_{c.rng.randint(10000, 99999)}", "title": s[1]} for s in SHOWS
            ]
        }
    )
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails")
    b.decoy("catalogue rails")
    b.ok_json(
        {
            "rails": [
                {"name": n, "items": [s[0] for s in SHOWS]}
                for n in ("Nieuw", "Populair", "Liedjes")
            ]
        }
    )
    return b.build()
