"""Layarku: a Malaysian streaming app (dramas, Astro-style live channels) with an
in-house backend whose keys are Malay, the Mux Data player beacon, and Adjust.

Sources: Mux Data metadata names (video_id, video_title, video_series,
player_playhead_time, view_session_id, env_key) from the mux-embed / Mux Data
docs (muxinc/mux-docs; EricssonBroadcastServices/javascript-player-mux-data
README); Adjust iOS SDK package builder (adjust/ios_sdk ADJPackageBuilder:
app_token, idfa, idfv, att_status, created_at, environment form fields to
app.adjust.com/session and /event). The Malay key names (sejarah tontonan =
watch history, kedudukan = position, saat = seconds, peranti = device,
teruskan menonton = continue watching) are this app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, cfnet, ios_ua, iso, ms, rid

API = "https://api.layarku.com.my"
UA = ios_ua("Layarku", "5.12.0")
SHOWS = [
    ("DRM-20931", "Cinta Si Wedding Planner", 2580),
    ("DRM-31177", "Keluarga Baha Don", 1440),
    ("DRM-40522", "Projek: Anchor", 2700),
    ("MOV-11870", "Polis Evo 3", 6480),
    ("DRM-52210", "Kampung People", 1320),
]


def _show(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SHOWS)
    ep = c.rng.randint(1, 24)
    return f"{sid}-E{ep:02d}", f"{title} Ep {ep}", dur, c.rng.randint(30, dur)


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "layarku", method, API + path)
    b.header("user-agent", UA)
    b.header("x-layar-app", "ios/5.12.0")
    b.header("accept-language", "ms-MY")
    return b


def sejarah(c: Context) -> Flow:
    """Watch-history write when an episode is closed."""
    kid, title, dur, pos = _show(c)
    b = _base(c, "POST", "/v2/pengguna/sejarah-tontonan")
    b.header("x-peranti-id", b.id("idfv_layar", where="header x-peranti-id"))
    b.json(
        {
            "idPengguna": b.acct("layar_user"),
            "kandunganId": kid,
            "tajuk": title,
            "saatDitonton": pos,
            "jumlahSaat": dur,
            "selesai": pos > dur * 0.9,
            "masa": iso(c),
        }
    )
    b.view("body tajuk/kandunganId/saatDitonton")
    b.ok_json({"status": "berjaya"})
    return b.build()


def denyut(c: Context) -> Flow:
    """Player heartbeat every 30 s, as a GET with the position in the query."""
    kid, _title, _dur, pos = _show(c)
    b = _base(c, "GET", "/v1/main/denyut")
    for k, v in (("k", kid), ("kedudukan", str(pos)), ("keadaan", "main"), ("kualiti", "720p")):
        b.param(k, v)
    b.view("query k/kedudukan (content id + playhead)")
    b.no_content()
    return b.build()


def teruskan(c: Context) -> Flow:
    """Continue-watching row synced back to the server."""
    b = _base(c, "PUT", "/v2/pengguna/teruskan-menonton")
    senarai = []
    for _ in range(c.rng.randint(2, 5)):
        kid, title, dur, pos = _show(c)
        senarai.append({"id": kid, "tajuk": title, "peratus": round(100 * pos / dur, 1)})
    b.json({"senarai": senarai, "dikemaskini": ms(c)}, encoding="gzip")
    b.view("body senarai[] (continue-watching titles + percent)")
    b.ok_json({"ok": True})
    return b.build()


def mux_beacon(c: Context) -> Flow:
    kid, title, dur, pos = _show(c)
    b = FB(c, "mux-data", "POST", "https://k2v9q3mc1o0bs4e7.litix.io/")
    b.header("user-agent", cfnet("Layarku", "51200"))
    ev = {
        "e": c.rng.choice(["playing", "pause", "timeupdate", "ended"]),
        "env_key": "k2v9q3mc1o0bs4e7",
        "view_session_id": rid(c.rng),
        "video_id": kid,
        "video_title": title,
        "video_series": title.rsplit(" Ep", 1)[0],
        "video_duration": dur * 1000,
        "player_playhead_time": pos * 1000,
        "player_software_name": "AVPlayer",
        "viewer_os_family": "iOS",
        "viewer_device_model": "iPhone14,7",
    }
    b.json({"metadata": {"mux_api_version": "2.1"}, "events": [ev]})
    b.view("body events[].video_title/player_playhead_time")
    b.ok_json({})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The app's own encrypted QoE beacon: a blob nobody can read."""
    b = _base(c, "POST", "/t/q")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 320)))
    b.json({"v": 3, "d": b64(blob)})
    b.view("body d (AES-encrypted playback log)", detectable=False)
    b.no_content()
    return b.build()


def adjust_session(c: Context, event: bool = False) -> Flow:
    path = "/event" if event else "/session"
    b = FB(c, "adjust", "POST", "https://app.adjust.com" + path)
    b.header("user-agent", cfnet("Layarku", "51200"))
    b.header("client-sdk", "ios4.38.2")
    pairs = [
        ("app_token", "7qhd2c6ls1kw"),
        ("att_status", "3"),
        ("idfa", b.id("idfa", where="form idfa")),
        ("idfv", b.id("idfv_layar", where="form idfv")),
        ("created_at", iso(c).replace("Z", "+0800")),
        ("environment", "production"),
        ("os_name", "ios"),
        ("device_type", "iPhone"),
        ("hardware_name", "iPhone14,7"),
    ]
    if event:
        pairs.insert(1, ("event_token", "x1fz9k"))
    b.form(pairs)
    b.ok_json({"adid": b.id("adjust_adid", where="response adid", direction="response")})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _base(c, "GET", "/v2/katalog/laman-utama")
    b.param("segmen", c.rng.choice(["drama", "filem", "kanak-kanak", "sukan"]))
    rows = [{"id": s[0], "tajuk": s[1], "poster": f"/p/{s[0]}.jpg"} for s in SHOWS]
    b.ok_json({"baris": rows, "reqId": rid(c.rng)})
    b.decoy("catalogue row of titles in the response (not a history)")
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "layarku", "GET", f"https://img.layarku.com.my/p/{sid}_w480.jpg")
    b.header("user-agent", cfnet("Layarku", "51200"))
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("poster thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    kid = _show(c)[0]
    n = c.rng.randint(1, 400)
    b = FB(c, "layarku", "GET", f"https://vod.layarku.com.my/hls/{kid}/720p/seg_{n:05d}.ts")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/mp2t", gz(jsb({"n": n}))[:64])
    b.decoy("HLS segment fetch (content id in the path, no user history)")
    return b.build()
