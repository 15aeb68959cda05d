"""KijkBox: a Dutch streaming app on Femke's own Pixel 8, with AppsFlyer, an
OpenRTB ad exchange for pre-rolls, and its own watch-progress API
("kijkvoortgang"). Its catalogue, search and HLS segments are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import HB, iso, ms, rid, ua

API = "https://api.kijkbox.example"
UA = ua("KijkBox", "5.12.0")
TITLES = [
    ("s-8812", "Zorg en Zeggenschap"),
    ("s-1203", "Boer zoekt Vrouw"),
    ("m-5521", "Zwartboek"),
]


def _b(c: Context, method: str, url: str, sdk: str = "kijkbox") -> HB:
    b = HB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=nl.kijkbox.app&buildnumber=6.14.2",
        "appsflyer",
    )
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kijk_af_uid", where="json uid"),
            "android_id": b.id("aid_kijk", where="json android_id"),
            "app_id": "nl.kijkbox.app",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(1, 60)),
            "deviceData": {"brand": "google", "model": "Pixel 8", "sdk": "34", "lang": "nl"},
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = _b(c, "POST", "https://rtb.adbeurs.example/openrtb2/auction", "openrtb")
    b.header("x-openrtb-version", "2.5")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "video": {"mimes": ["video/mp4"], "w": 1920, "h": 1080}}],
            "app": {"bundle": "nl.kijkbox.app", "name": "KijkBox"},
            "device": {
                "ifa": b.id("gaid", where="json device.ifa"),
                "os": "android",
                "make": "Google",
                "model": "Pixel 8",
                "geo": {"country": "NLD"},
            },
            "regs": {"ext": {"gdpr": 1}},
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def voortgang(c: Context) -> Flow:
    sid, name = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/v3/kijkvoortgang")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("json titelId / positieSec / bekekenOp")
    b.json(
        {
            "gebruiker": b.acct("kijk_user"),
            "titelId": sid,
            "titel": name,
            "positieSec": c.rng.randint(30, 2900),
            "duurSec": 3000,
            "bekekenOp": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    sid, _ = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/b")
    b.view("form d (base64 of t|p|ts)", detectable=False)
    b.form([("d", b64(f"{sid}|{c.rng.randint(30, 2900)}|{ms(c)}"))])
    b.no_content()
    return b.build()


def catalogus(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogus?rail=aanbevolen&pagina={c.rng.randint(1, 4)}")
    b.decoy("'bekijk' buttons, view counts in a catalogue")
    b.ok_json(
        {
            "items": [
                {
                    "id": s,
                    "titel": n,
                    "aantalWeergaven": c.rng.randint(10**3, 10**6),
                    "knop": "Bekijk nu",
                }
                for s, n in TITLES
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.kijkbox.example/hls/{c.rng.choice(TITLES)[0]}/1080p/"
        f"seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def zoeken(c: Context) -> Flow:
    q = c.rng.choice(["documentaire", "quiz", "natuur"])
    b = _b(c, "GET", f"{API}/v3/zoeken?q={q}")
    b.ok_json({"q": q, "resultaten": js([n for _, n in TITLES])})
    return b.build()
