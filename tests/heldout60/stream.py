"""A Nordic TV-streaming app ("Kanava": series, news, live TV) with NPAW (Youbora)
video analytics, and a music / podcast app ("Lyssna").

Real SDK: NPAW Youbora player plugin, GET beacons to the NQS host
(/start, /joinTime, /ping, /pause, /stop) with query parameters such as
accountCode, code (view code), title, mediaDuration, playhead, pingTime,
bitrate, per the "Youbora Analytics Player Plugin Open REST API" and the
NicePeopleAtWork/NicePlayers plugins. The apps' own backends: a playback
progress sync, the continue-watching row, a podcast listen log, a device
registration for DRM with ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.kanava-tv.fi"
NQS = "https://a-fds.youborafds01.com"
UA = ua("Kanava", "12.8.0")
TITLES = ["Karppi S3E4", "Skam S2E7", "Bron S1E2", "Uutiset 20.30", "Ragnarok S1E5"]


def _b(c: Context, method: str, url: str, sdk: str = "kanava") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def npaw_ping(c: Context) -> Flow:
    dur = c.rng.randint(1500, 3600)
    params = [
        ("accountCode", "kanavafi"), ("code", "U_" + new_hex(c.rng, 12)),
        ("title", c.rng.choice(TITLES)), ("mediaDuration", str(dur)),
        ("playhead", str(c.rng.randint(5, dur))), ("pingTime", "5"),
        ("bitrate", str(c.rng.choice([1800000, 3500000, 6000000]))),
    ]  # fmt: skip
    b = FB(c, "npaw", "GET", NQS + c.rng.choice(["/ping", "/start", "/pause"]), params)
    b.header("user-agent", UA)
    b.view("query title/playhead/mediaDuration (Youbora beacon)")
    b.respond(200, "text/plain", b"")
    return b.build()


def progress(c: Context) -> Flow:
    b = _b(c, "PUT", API + f"/v2/katselu/{new_digits(c.rng, 7)}")
    dur = c.rng.randint(1500, 3600)
    b.json(
        {
            "ohjelma": c.rng.choice(TITLES),
            "sijaintiSek": c.rng.randint(10, dur),
            "kestoSek": dur,
            "katsottu": iso(c),
            "laite": "android",
        }
    )
    b.view("body ohjelma/sijaintiSek/kestoSek: episode playback position")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v2/jatka-katsomista")
    rows = [
        {
            "id": new_digits(c.rng, 7),
            "otsikko": c.rng.choice(TITLES),
            "edistyminen": round(c.rng.random(), 2),
            "viimeksiKatsottu": iso(c),
        }
        for _ in range(5)
    ]
    b.ok_json({"rivi": rows})
    b.view("response rivi: continue-watching row with progress", direction="response")
    return b.build()


def progress_opaque(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v2/t")
    b.json({"e": b64(c.rng.randbytes(160)), "v": 3})
    b.view("body e (encrypted playback telemetry)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v2/etusivu")
    rows = [
        {
            "id": new_digits(c.rng, 7),
            "otsikko": t,
            "kesto": c.rng.randint(1500, 3600),
            "kuva": f"https://img.kanava-tv.fi/{new_hex(c.rng, 12)}.jpg",
        }
        for t in TITLES
    ]
    b.ok_json({"suositellut": rows, "requestId": rid(c.rng)})
    b.decoy("front-page catalogue: titles and durations offered, nothing watched")
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "kanava",
        "GET",
        f"https://vod.kanava-tv.fi/{new_hex(c.rng, 16)}/hls/720p/seg_{c.rng.randint(1, 700)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G@" + c.rng.randbytes(300))
    b.decoy("HLS video segment fetch")
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v2/laitteet")
    b.other_id("stream_device", "body deviceUuid")
    b.json(
        {
            "deviceUuid": c.phone.stream_device,
            "androidId": b.id("aid_stream", where="body androidId"),
            "drm": "widevine",
            "securityLevel": "L1",
            "nimi": "Pixel 7a",
        }
    )
    b.ok_json({"laitteita": 2, "max": 5})
    return b.build()


def license_request(c: Context) -> Flow:
    b = _b(c, "POST", "https://drm.kanava-tv.fi/widevine/license")
    b.header(
        "x-device", b.id("aid_stream", how="sha256", where="header x-device (sha256 of ANDROID_ID)")
    )
    b.set_body(c.rng.randbytes(300), "application/octet-stream")
    b.respond(200, "application/octet-stream", c.rng.randbytes(200))
    return b.build()


def podcast_listen(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.lyssna-app.se/v1/lyssningar", "lyssna")
    dur = c.rng.randint(900, 5400)
    b.json(
        {
            "episodeId": "ep_" + new_hex(c.rng, 10),
            "podd": c.rng.choice(["Sommar i P1", "Creepypodden", "Kaverin kanssa"]),
            "startPos": c.rng.randint(0, dur),
            "listenedMs": c.rng.randint(10000, 900000),
            "durationSec": dur,
            "speed": 1.0,
            "at": ms(c),
        }
    )
    b.view("body episodeId/podd/listenedMs: podcast listen log")
    b.no_content()
    return b.build()


def music_plays(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.lyssna-app.se/v1/spelningar/batch", "lyssna")
    plays = [
        {
            "trackId": new_hex(c.rng, 22),
            "playedMs": c.rng.randint(30000, 240000),
            "endedAt": ms(c),
            "reason": c.rng.choice(["trackdone", "fwdbtn"]),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"plays": plays, "context": "playlist:" + new_hex(c.rng, 22)}, encoding="gzip")
    b.view("gzip body plays[].trackId/playedMs: music listen log")
    b.no_content()
    return b.build()


def podcast_feed(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.lyssna-app.se/v1/poddar/topplista", "lyssna")
    b.ok_json(
        {
            "lista": [
                {
                    "id": new_hex(c.rng, 10),
                    "namn": "Podd",
                    "avsnitt": c.rng.randint(10, 400),
                    "lyssnare": c.rng.randint(1000, 900000),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("podcast chart with listener counts (aggregate, nobody's listening)")
    return b.build()
