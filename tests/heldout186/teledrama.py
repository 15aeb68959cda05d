"""Rasawahini: a Sri Lankan teledrama streaming app (Sinhala serials, episodes daily).

The in-house team romanises Sinhala in its keys: `balanna` (watch),
`balapu_thathpara` (seconds watched), `nawaththapu_thana` (where playback
stopped), `kathangaya` (episode), `digatama_balanna` (continue watching).
Player events and resume positions are viewing history; the serial catalogue,
the "wadiyenma balapu" (most watched) rail of all-viewer counts, thumbnails and
HLS manifests are not. Firebase Installations gives the install its FID
(https://firebase.google.com/docs/projects/manage-installations).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import DALVIK_SAMSUNG, FB, iso, ms, rid, ua_samsung

API = "https://api.rasawahini.example"
CDN = "https://vod.rasawahini.example"
UA = ua_samsung("Rasawahini", "4.8.2")
NATYA = [
    ("nd_1021", "Sanda Hiru Kumari"),
    ("nd_1187", "Kolamba Ahasa"),
    ("nd_0944", "Ridee Siththam"),
    ("nd_1302", "Amma Mage Sulan Kapolla"),
    ("nd_1255", "Gangawa Ha Ahasa"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "rasawahini", method, url)
    b.header("user-agent", UA)
    b.header("x-rw-lang", "si")
    if device:
        b.header("x-rw-device", b.id("aid_drama", where="header x-rw-device"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    natya_id, name = c.rng.choice(NATYA)
    return natya_id, name, c.rng.randint(1, 420), c.rng.randint(1500, 1900)


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/rasawahini-prod/installations",
    )
    b.header("user-agent", DALVIK_SAMSUNG)
    b.header("x-goog-api-key", "AIzaSyB" + rid(c.rng).replace("-", "")[:32])
    b.json(
        {
            "fid": b.id("drama_fid", where="json fid"),
            "appId": "1:66012345678:android:3f0a9b1c2d4e5f60",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/66012345678/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def progress(c: Context) -> Flow:
    natya_id, name, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v3/balanna/progress")
    b.view("json balapu_thathpara / nawaththapu_thana (episode resume)")
    b.json(
        {
            "natya_id": natya_id,
            "natya_nama": name,
            "kathangaya": ep,
            "balapu_thathpara": c.rng.randint(30, dur),
            "nawaththapu_thana": c.rng.randint(30, dur),
            "mulu_kalaya": dur,
            "welawa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def player_events(c: Context) -> Flow:
    natya_id, _, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/events/player")
    b.view("json balanna_events[] (play / pause / heartbeat)")
    pos = c.rng.randint(0, dur - 120)
    kinds = ["balanna_patan_gaththa", "heartbeat", "nawaththuwa", "balanna_iwarai"]
    b.json(
        {
            "user": b.acct("drama_user"),
            "balanna_events": [
                {"event": kinds[i], "natya_id": natya_id, "kathangaya": ep, "pos": pos + 30 * i}
                for i in range(c.rng.randint(2, 4))
            ],
            "sent": ms(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/digatama_balanna")
    b.view("response json digatama_balanna[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        natya_id, name, ep, dur = _ep(c)
        rows.append(
            {
                "natya_id": natya_id,
                "nama": name,
                "kathangaya": ep,
                "nawaththapu_thana": c.rng.randint(60, dur),
                "antima_balapu_dinaya": iso(c),
            }
        )
    b.ok_json({"digatama_balanna": rows})
    return b.build()


def packed_beacon(c: Context) -> Flow:
    """The low-data mode batches resume rows, gzips and base64s them under 'd'."""
    b = _b(c, "POST", f"{API}/lb", device=False)
    b.view("json d (gzip+base64 rows [natya, ep, seconds, ts])", detectable=False)
    rows = [[_ep(c)[0], c.rng.randint(1, 420), c.rng.randint(30, 1800), ms(c)] for _ in range(3)]
    b.json({"d": b64(gz(jsb(rows))), "z": 1})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/natya?warga=pavul&page=1", device=False)
    b.decoy("serial catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "natya": [
                {
                    "natya_id": nid,
                    "nama": name,
                    "kathanga_ganana": c.rng.randint(80, 450),
                    "mulu_kalaya": c.rng.randint(1500, 1900),
                    "roo": f"{CDN}/img/{nid}/w342.jpg",
                }
                for nid, name in NATYA
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/wadiyenma_balapu?region=LK", device=False)
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "rail": "wadiyenma_balapu",
            "items": [
                {"natya_id": nid, "balapu_ganana": c.rng.randint(10**4, 10**6), "rank": i + 1}
                for i, (nid, _) in enumerate(NATYA)
            ],
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    natya_id, _, ep, _ = _ep(c)
    b = FB(c, "rasawahini", "GET", f"{CDN}/hls/{natya_id}/ep{ep:03d}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=854x480\n480p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def segment(c: Context) -> Flow:
    natya_id, _, ep, _ = _ep(c)
    b = FB(
        c, "rasawahini", "GET", f"{CDN}/hls/{natya_id}/ep{ep:03d}/480p/s{c.rng.randint(1, 300)}.ts"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def thumbnail(c: Context) -> Flow:
    natya_id, _, _, _ = _ep(c)
    b = FB(c, "rasawahini", "GET", f"{CDN}/img/{natya_id}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
