"""Музей: the audio guide of the national museum in Vladikavkaz (Zarina's Galaxy),
and the museum's own lending guides.

The app (Digor and Iron texts, romanised keys: `stop`, `qusyn` = listen,
`qusgæ` = listened, `rætæg` (Digor) = time) downloads tours and audio files
(content fetches), shows exhibits on a hall map (coordinates of exhibits, not of
anyone), and reports which stops the visitor listened to and for how long
(viewing history), batched; an older build sends nameless rows. Its install
registration sends its own install id and the ANDROID_ID.

The lending guides are the museum's inventory (its equipment): they sync
battery and inventory numbers, download content, and upload aggregate play
counts per stop for the day (no person's listening).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, equipment_mac, equipment_serial, iso, ms, rf, rid, ua

API = "https://gid.osmuseum.example"
UA = ua("MuseumGid", "1.6.0", "zarina")
STOPS = [
    (11, "Нарты кадджытæ", 184),
    (12, "Æхсæртæггаты фæндыр", 142),
    (14, "Къостайы нывтæ", 211),
    (17, "Аланты бæх-фæлгæс", 97),
    (21, "Дигорон хæзнатæ", 165),
    (23, "Зæды уацмыс", 120),
]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "museumgid", method, url)
    b.header("user-agent", UA)
    if install:
        b.header("x-gid-install", b.id("museum_install", where="header x-gid-install"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/install")
    b.json(
        {
            "installId": b.id("museum_install", where="json installId"),
            "androidId": b.id("aid_museum", where="json androidId"),
            "ticket": b.acct("museum_ticket"),
            "ævzag": "os-digor",
        }
    )
    b.ok_json({"ok": True, "tours": ["nart", "alan", "kosta"]})
    return b.build()


def tour(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tours/{c.rng.choice(['nart', 'alan', 'kosta'])}?lang=os")
    b.decoy("tour catalogue with audio durations and hall positions of exhibits")
    b.ok_json(
        {
            "stops": [
                {
                    "stop": n,
                    "nom": t,
                    "duration": d,
                    "position": {"hall": 2, "x": rf(c.rng, 0, 40, 1), "y": rf(c.rng, 0, 25, 1)},
                    "audio": f"/a/{n}.m4a",
                }
                for n, t, d in STOPS
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    n = c.rng.choice(STOPS)[0]
    b = FB(c, "museumgid", "GET", f"https://cdn.osmuseum.example/a/{n}.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 3) * 32768}-")
    b.decoy("audio file fetch (listen button)")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def exhibit_photo(c: Context) -> Flow:
    b = FB(c, "museumgid", "GET", f"https://cdn.osmuseum.example/img/{new_hex(c.rng, 16)}_w800.jpg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def listened(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qusyn", install=True)
    b.view("json qusgæ[] stop + seconds listened")
    b.json(
        {
            "qusgæ": [
                {
                    "stop": n,
                    "nom": t,
                    "sekundtæ": c.rng.randint(20, d),
                    "rætæg": iso(c),
                    "kæronmæ": c.rng.random() < 0.4,
                }
                for n, t, d in c.rng.sample(STOPS, c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def listened_gz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qusyn/batch")
    b.view("gzip base64 JSON in 'data': listenedStops[] with positions")
    inner = {
        "listenedStops": [
            {"stop": n, "position": c.rng.randint(10, d), "at": ms(c)}
            for n, _t, d in c.rng.sample(STOPS, 2)
        ]
    }
    b.json({"data": b64(gz(jsb(inner))), "enc": "gzip+base64"})
    b.no_content()
    return b.build()


def listened_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/r")
    b.view("json r[] rows [stop, seconds, ts]", detectable=False)
    b.json({"r": [[n, c.rng.randint(10, d), ms(c)] for n, _t, d in c.rng.sample(STOPS, 3)]})
    b.no_content()
    return b.build()


def hall_beacons(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/beacons?hall={c.rng.randint(1, 4)}")
    b.decoy("the museum's BLE beacons (institution equipment) with positions")
    b.ok_json(
        {
            "beacons": [
                {
                    "mac": equipment_mac(c.rng, "AC:23:3F"),
                    "major": 7,
                    "minor": n,
                    "position": {"x": rf(c.rng, 0, 40, 1), "y": rf(c.rng, 0, 25, 1)},
                }
                for n, _t, _d in STOPS[:3]
            ]
        }
    )
    return b.build()


# --- the museum's lending devices -------------------------------------------------


def lender_sync(c: Context) -> Flow:
    b = FB(c, "museum-lending", "POST", f"{API}/fleet/v1/sync")
    b.header("user-agent", "GidBox/2.2 (Android 8.1; inventory)")
    b.decoy("museum's own lending guide: inventory number, serial, battery")
    b.json(
        {
            "inventarNo": f"OSM-GID-{c.rng.randint(1, 60):03d}",
            "serial": equipment_serial(c.rng, "GB"),
            "battery": c.rng.randint(15, 100),
            "contentVersion": "2024.11",
            "dock": c.rng.randint(1, 6),
        }
    )
    b.ok_json({"update": False})
    return b.build()


def lender_stats(c: Context) -> Flow:
    b = FB(c, "museum-lending", "POST", f"{API}/fleet/v1/stats")
    b.header("user-agent", "GidBox/2.2 (Android 8.1; inventory)")
    b.decoy("aggregate plays per stop for the day across all lent guides")
    b.json(
        {
            "day": iso(c)[:10],
            "plays": {str(n): c.rng.randint(5, 400) for n, _t, _d in STOPS},
            "avgListenSec": {str(n): c.rng.randint(40, d) for n, _t, d in STOPS},
        }
    )
    b.no_content()
    return b.build()


def lender_content(c: Context) -> Flow:
    b = FB(
        c, "museum-lending", "GET", f"{API}/fleet/v1/content/2024.11/pack-{c.rng.randint(1, 9)}.zip"
    )
    b.header("user-agent", "GidBox/2.2 (Android 8.1; inventory)")
    b.header("x-request-id", rid(c.rng))
    b.respond(
        200, "application/zip", b"PK\x03\x04" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
