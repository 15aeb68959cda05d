"""Her own streaming app ("Flimmer", in-house backend, German keys) and its SDKs.

Truly sensitive: playback heartbeats, the resume point, the "Weiterschauen"
(continue watching) list, a batched watch log, an opaque encrypted QoS beacon
(detectable=False), the IDFV in an X-Device-Id header. Real SDK: Adjust iOS
(POST app.adjust.com/session, form body with app_token, idfa, idfv,
att_status, tracking_enabled, created_at, device_type, device_name, os_name,
os_version, environment), per adjust/ios_sdk ADJPackageBuilder.m; ATT was
allowed in this app. The ad server takes IAB's IFA parameters (ifa,
ifa_type, lmt) from the IAB Tech Lab "Guidelines for IFA on OTT platforms".
Decoys: catalogue, trailer artwork, HLS segments, search.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.flimmer.tv"
UA = ua("Flimmer", "8.4.1")
TITLES = [
    ("s-tatort-1287", "Tatort: Kaltes Wasser", 5340),
    ("s-bonusfamilie-s3e4", "Bonusfamilie", 2700),
    ("m-das-boot-2", "Das Boot", 8940),
    ("s-undercover-s2e7", "Undercover", 3120),
    ("d-doku-ueberwachung", "Die Überwachten", 2880),
]


def _b(c: Context, method: str, path: str, idfv: bool | None = None) -> FB:
    b = FB(c, "flimmer", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if idfv is None:
        idfv = c.rng.random() < 0.3  # only the player screen adds it
    if idfv:
        b.header("x-device-id", b.id("idfv_stream", where="header:x-device-id"))
    return b


def heartbeat(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v2/playback/heartbeat")
    b.json(
        {
            "contentId": cid,
            "titel": title,
            "positionSec": c.rng.randint(0, dur),
            "dauerSec": dur,
            "ereignis": c.rng.choice(["heartbeat", "pause", "play"]),
            "wiedergabeSession": new_uuid(c.rng),
            "zeit": iso(c),
        }
    )
    b.view("body.contentId+positionSec")
    b.no_content()
    return b.build()


def resume(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "PUT", f"/v2/me/fortsetzen/{cid}")
    b.json(
        {
            "resumePositionMs": c.rng.randint(0, dur) * 1000,
            "abgeschlossen": False,
            "geaendert": ms(c),
        }
    )
    b.view("path+body.resumePositionMs")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/me/weiterschauen")
    rows = [
        {
            "contentId": cid,
            "titel": t,
            "fortschritt": round(c.rng.random(), 3),
            "positionSec": c.rng.randint(60, d),
            "zuletztGesehen": iso(c),
        }
        for cid, t, d in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"weiterschauen": rows})
    b.view("response.weiterschauen", direction="response")
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/me/sehverlauf")
    rows = [
        {"contentId": cid, "gesehenAm": iso(c), "gesehenSec": c.rng.randint(60, d)}
        for cid, _, d in c.rng.sample(TITLES, 2)
    ]
    b.json({"eintraege": rows})
    b.view("body.eintraege")
    b.no_content()
    return b.build()


def qos_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/q", idfv=False)
    b.set_body(b64(bytes(c.rng.getrandbits(8) for _ in range(240))).encode(), "text/plain")
    b.view("body (AES-encrypted playback report)", detectable=False)
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "ios5.0.1")
    b.form(
        [
            ("app_token", "z4y9d1x2q8kw"),
            ("att_status", "3"),
            ("tracking_enabled", "1"),
            ("idfa", b.id("idfa", where="body.idfa")),
            ("idfv", b.id("idfv_stream", where="body.idfv")),
            ("created_at", iso(c).replace("Z", "Z+0100")),
            ("device_type", "iPhone"),
            ("device_name", "iPhone16,1"),
            ("os_name", "ios"),
            ("os_version", "17.5"),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 200))),
            ("needs_response_details", "1"),
        ]
    )
    b.other_id("adjust_adid", "response.adid", direction="response")
    b.ok_json({"app_token": "z4y9d1x2q8kw", "adid": c.phone.adjust_adid, "timestamp": iso(c)})
    return b.build()


def vast(c: Context) -> Flow:
    cid, _, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "flimmer-ads",
        "GET",
        "https://ads.flimmer.tv/vast/v4",
        [
            ("slot", "preroll"),
            ("content", cid),
            ("ifa", "IFA_PLACEHOLDER"),
            ("ifa_type", "idfa"),
            ("lmt", "0"),
            ("correlator", str(c.rng.randint(10**12, 10**13))),
        ],
    )
    b.params[2] = ("ifa", b.id("idfa", where="query.ifa"))
    b.header("user-agent", UA)
    b.respond(200, "application/xml", b'<VAST version="4.2"/>')
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/katalog/startseite", idfv=False)
    b.ok_json(
        {
            "reihen": [
                {
                    "titel": r,
                    "kacheln": [
                        {"contentId": cid, "titel": t, "laufzeitSec": d} for cid, t, d in TITLES
                    ],
                }
                for r in ("Neu", "Krimis", "Dokus")
            ],
            "requestId": rid(c.rng),
        }
    )
    b.decoy("catalogue rows with running times: what is offered, not watched")
    return b.build()


def artwork(c: Context) -> Flow:
    cid, _, _ = c.rng.choice(TITLES)
    b = FB(c, "flimmer", "GET", f"https://img.flimmer.tv/{cid}/poster_16x9_w640.jpg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    b.decoy("poster artwork fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid, _, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "flimmer",
        "GET",
        f"https://vod.flimmer.tv/{cid}/1080p/seg{c.rng.randint(1, 900):04d}.m4s",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F79 (iPhone; U; CPU OS 17_5 like Mac OS X)")
    b.respond(
        200,
        "video/iso.segment",
        b"\x00\x00\x00\x18styp" + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["tatort", "doku überwachung", "boot"])
    b = _b(c, "GET", "/v2/suche", idfv=False)
    b.params = [("q", q)]
    b.ok_json({"treffer": [{"contentId": cid, "titel": t} for cid, t, _ in TITLES[:3]]})
    b.decoy("search results")
    return b.build()
