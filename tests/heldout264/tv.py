"""The smart TV in the Bulawayo lounge (a fictional Hlanga brand) with automatic
content recognition (ACR) and a camera for profile recognition.

The TV matches what is on screen and reports the matches (content, channel,
start, seconds watched), the viewing information the FTC described for
smart-TV ACR (FTC v. VIZIO, 2017); the firmware's keys are Ndebele
(`ukubukela` = watching, `isiteshi` = channel, `isikhathi` = time,
`imizuzwana` = seconds). An older firmware sends positional rows keyed by a
SHA-1 of the serial. The camera picks the viewer's profile from a face
embedding (`ubuso` = face), guests' faces included. The TV is identified by
an ACR `psid`, its serial and its Wi-Fi MAC. Home rails, the app store, the
"trending in Zimbabwe" counts and remote-control keys are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, floats, iso, ms, rf, rid

API = "https://api.hlanga-tv.example"
ACR = "https://acr.hlanga-tv.example"
UA = "HlangaTV/5.1 (Linux; Android TV 12; HL-50Q7)"
CHANNELS = ["ZBC TV", "ZuvaSport 1", "ZuvaMagic", "3KTV", "YouTube", "Netflix"]
PROGRAMMES = [
    "Ezomdabu",
    "Main News",
    "Highlanders v Dynamos",
    "Amakhosi Ethu",
    "Gospel Hour",
    "Bulawayo Nights",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hlanga-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/bhalisa")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "inomboroYeSiriyali": b.id("tv_serial", where="json inomboroYeSiriyali (serial)"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "HL-50Q7",
            "ilizwe": "ZW",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/ukubukela")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json ukubukela[] (ACR matches)")
    b.json(
        {
            "ukubukela": [
                {
                    "contentId": f"hl{c.rng.randint(10**6, 10**7)}",
                    "isiteshi": c.rng.choice(CHANNELS),
                    "uhlelo": c.rng.choice(PROGRAMMES),
                    "isikhathi": iso(c),
                    "imizuzwana": c.rng.randint(60, 3600),
                    "okokufaka": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "hlanga-tv", "POST", f"{ACR}/r")
    b.header("user-agent", "hl-acr/1.2")
    k = b.id("tv_serial", "sha1", "json k", detectable=False)
    b.view("json r[] positional rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 5), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"k": k, "r": rows})
    b.no_content()
    return b.build()


def okubukelwe(c: Context) -> Flow:
    """ "Recently watched" summary on the TV's home screen."""
    b = _b(c, "GET", f"{API}/v1/okubukelwe?days=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json okubukelwe[] (recently watched)", direction="response")
    b.ok_json(
        {
            "okubukelwe": [
                {
                    "uhlelo": c.rng.choice(PROGRAMMES),
                    "isiteshi": c.rng.choice(CHANNELS),
                    "isikhathi": iso(c),
                    "imizuzu": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def profile_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/camera/ubuso/match")
    b.bio("face_embedding", "json ubuso[].isifaniso (128 float32 base64) per face in the room")
    b.json(
        {
            "ubuso": [
                {
                    "isifaniso": floats_b64(floats(c.rng, 128)),
                    "ibhokisi": [c.rng.randint(0, 1200) for _ in range(4)],
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "isikhathi": iso(c),
        }
    )
    b.ok_json(
        {
            "amaphrofayili": [
                {"id": "p1", "ibizo": "Gogo", "score": rf(c.rng, 0.7, 0.99, 3)},
                {"id": None, "ibizo": "isivakashi", "score": rf(c.rng, 0.1, 0.4, 3)},
            ]
        }
    )
    return b.build()


def status_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "ZOL-FIBRE-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home?lang=nd")
    b.ok_json(
        {
            "rails": [
                {"isihloko": "Okunconyiweyo", "items": [f"app_{i}" for i in range(6)]},
                {
                    "isihloko": "Amafilimu",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?ilizwe=ZW")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"uhlelo": t, "isiteshi": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "zuvaplay", "showmax")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
