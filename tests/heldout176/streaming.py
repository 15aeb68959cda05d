"""Ilta: a Stockholm-made streaming service (Nordic series and films) on the nurse's
own phone, casting to the household TV.

Its in-house team writes Swedish keys: the player's heartbeat
(`/tittande/puls`, `positionSek`, `tittadTidSek`), "fortsätt titta" in the response
(programmes with `positionSek` and `senastSedd`) and the cast session that tells
the household TV what to play from where (the TV's serial: her household's
device). An older analytics pixel packs the same rows in gzip + base64 under `d`.
The TV is paired with its serial and Wi-Fi MAC; AppsFlyer launches carry the
advertising id, AppsFlyer's `uid` and the ANDROID_ID; the device list call sends an
MD5 of the ANDROID_ID under `x-ilta-h` (nothing says what it is). Rails of the
most watched (counts over all viewers), recommendations, manifests, thumbnails and
search results are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ilta.example"
UA = ua("Ilta", "6.18.0")
PROGRAMS = [
    ("p-88213", "Bron – säsong 2", 3480),
    ("p-51902", "Karppi", 2700),
    ("p-70044", "Kummeli Kultakuume", 5400),
    ("p-12987", "Vår tid är nu", 3300),
    ("p-66310", "Sorjonen", 2820),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ilta", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-ilta-sprak", c.rng.choice(["fi", "sv"]))
    return b


def heartbeat(c: Context) -> Flow:
    pid, _, dur = c.rng.choice(PROGRAMS)
    b = _b(c, "POST", f"{API}/api/v2/tittande/puls")
    b.view("json programId + positionSek + tittadTidSek")
    pos = c.rng.randint(60, dur)
    b.json(
        {
            "programId": pid,
            "avsnitt": c.rng.randint(1, 10),
            "positionSek": pos,
            "tittadTidSek": c.rng.randint(30, pos),
            "spelare": "exo",
            "handelse": c.rng.choice(["puls", "paus", "slut"]),
            "tidpunkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/fortsatt-titta?profil=1")
    b.view("response objekt[].positionSek + senastSedd", direction="response")
    b.ok_json(
        {
            "rubrik": "Fortsätt titta / Jatka katselua",
            "objekt": [
                {
                    "programId": pid,
                    "titel": title,
                    "positionSek": c.rng.randint(60, dur),
                    "langdSek": dur,
                    "senastSedd": iso(c),
                }
                for pid, title, dur in c.rng.sample(PROGRAMS, 3)
            ],
        }
    )
    return b.build()


def legacy_pixel(c: Context) -> Flow:
    pid, _, dur = c.rng.choice(PROGRAMS)
    rows = {"a": pid, "b": c.rng.randint(60, dur), "c": ms(c), "e": 2}
    b = _b(c, "GET", f"{API}/px")
    b.param("d", b64(gz(js(rows).encode())))
    b.view("query d (gzip + base64 rows under one-letter keys)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def cast_session(c: Context) -> Flow:
    pid, title, dur = c.rng.choice(PROGRAMS)
    b = _b(c, "POST", f"{API}/api/v2/cast/session")
    b.view("json programId + startPositionSek on the household TV")
    b.json(
        {
            "mottagare": {
                "serienummer": b.id("tv_serial", where="json mottagare.serienummer (household TV)"),
                "modell": "QE55Q80C",
            },
            "programId": pid,
            "titel": title,
            "startPositionSek": c.rng.randint(0, dur),
            "startad": iso(c),
        }
    )
    b.ok_json({"castSession": rid(c.rng)})
    return b.build()


def pair_tv(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/enheter/para")
    b.json(
        {
            "typ": "TV",
            "serienummer": b.id("tv_serial", where="json serienummer"),
            "mac": b.id("tv_mac", where="json mac"),
            "parkod": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"parad": True})
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/konto/enheter")
    b.header("x-ilta-h", b.id("aid_stream", "md5", where="header x-ilta-h (MD5)", detectable=False))
    b.ok_json(
        {
            "enheter": [
                {"namn": "Sannan puhelin", "typ": "MOBIL"},
                {"namn": "Olohuoneen TV", "typ": "TV"},
            ],
            "max": 5,
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent",
        http_version="HTTP/1.1",
    )
    b.param("app_id", "se.ilta.android")
    b.param("buildnumber", "6.13.1")
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("stream_af_uid", where="json uid"),
            "android_id": b.id("aid_stream", where="json android_id"),
            "appsflyerKey": new_hex(c.rng, 22),
            "af_timestamp": str(ms(c)),
            "eventName": "af_login",
            "brand": "samsung",
            "model": "SM-S911B",
            "counter": str(c.rng.randint(2, 90)),
        },
        "gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def ga_app_instance(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    b.decoy("Firebase session id and engagement time of the app (not a programme)")
    b.json(
        {
            "app_instance_id": b.id("stream_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "firebase_screen": "Hem",
                        "engagement_time_msec": c.rng.randint(500, 90000),
                    },
                }
            ],
            "ga_session_id": str(c.rng.randint(10**9, 2 * 10**9)),
        }
    )
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/startsida?profil=1")
    b.decoy("most-watched rail with view counts over all viewers (aggregates), recommendations")
    b.ok_json(
        {
            "rader": [
                {
                    "rubrik": "Mest sedda just nu",
                    "objekt": [
                        {"programId": p, "titel": t, "visningar": c.rng.randint(10**4, 10**6)}
                        for p, t, _ in PROGRAMS
                    ],
                },
                {
                    "rubrik": "Rekommenderat för dig",
                    "objekt": [{"programId": p, "titel": t} for p, t, _ in PROGRAMS[:3]],
                },
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMS)[0]
    b = FB(c, "ilta", "GET", f"https://vod.ilta.example/{pid}/{new_hex(c.rng, 16)}/manifest.mpd")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    mpd = (
        '<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" '
        'mediaPresentationDuration="PT58M0S"/>'
    )
    b.respond(200, "application/dash+xml", mpd.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMS)[0]
    b = FB(c, "ilta", "GET", f"https://img.ilta.example/{pid}/16x9/w640.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["bron", "karppi", "dokumentti", "deckare"])
    b = _b(c, "GET", f"{API}/api/v2/sok?q={q}")
    b.ok_json(
        {"traffar": [{"programId": p, "titel": t, "langdSek": d} for p, t, d in PROGRAMS[:2]]}
    )
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = FB(c, "ilta", "POST", "https://drm.ilta.example/widevine/licens")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("Widevine licence challenge (opaque bytes, no device id readable)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
