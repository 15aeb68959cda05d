"""The smart TV in the Bucharest living room (a fictional Vedere brand) with
automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, programme, start, seconds watched, input), the viewing information the
FTC described for smart-TV ACR (FTC v. VIZIO, 2017); field names are the
vendor's own. The TV is identified by an ACR id, its serial and its Wi-Fi MAC.
An older firmware sends positional rows keyed by a SHA-1 of the serial. The
home-screen rails, the app store and "în tendințe în România" counts are
content fetches; the remote's key presses are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.vedere-tv.example"
ACR = "https://acr.vedere-tv.example"
UA = "VedereTV/9.1 (Linux; Android TV 12; VD-55Q7)"
CANALE = ["PRO TV", "Antena 1", "Kanal D", "TVR 1", "Digi Sport 1", "Netflix", "YouTube"]
PROGRAME = [
    "Știrile PRO TV",
    "Las Fierbinți",
    "Chefi la cuțite",
    "Observator",
    "Superliga: CFR Cluj - FCSB",
    "Te cunosc de undeva!",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vedere-tv", method, url)
    b.header("user-agent", UA)
    return b


def inregistrare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "VD-55Q7",
            "country": "RO",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def status_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/status")
    b.param("mac", b.id("tv_mac", "nosep_upper", "query mac"))
    b.param("fw", "VD55Q7-1.9.204")
    b.ok_json({"update": False, "serverTime": ms(c)})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"vd{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CANALE),
                    "title": c.rng.choice(PROGRAME),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opac(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/r")
    key = b.id("tv_serial", "sha1", "json k", detectable=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": key, "d": rows}, "gzip")
    b.no_content()
    return b.build()


def insights(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/insights/viewing-summary")
    b.header("x-tv-serial", b.id("tv_serial", where="header x-tv-serial"))
    b.view("json viewingSummary (minutes per channel)")
    b.json(
        {
            "viewingSummary": [
                {"channel": ch, "minutes": c.rng.randint(5, 240), "date": iso(c)[:10]}
                for ch in c.rng.sample(CANALE, 3)
            ]
        }
    )
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=ro")
    b.decoy("home-screen rails (catalogue)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Recomandate",
                    "items": [{"id": rid(c.rng)[:8], "title": p} for p in PROGRAME[:3]],
                },
                {
                    "title": "Aplicații",
                    "items": [{"id": "netflix"}, {"id": "voyo"}, {"id": "antena-play"}],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=RO")
    b.decoy("trending in Romania (aggregate viewer counts)")
    b.ok_json(
        {"trending": [{"title": p, "viewers": c.rng.randint(10**4, 10**6)} for p in PROGRAME]}
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "HOME", "OK"]), "t": ms(c)})
    b.no_content()
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?cat=video")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("voyo", "antena-play", "digi-online")
            ]
        }
    )
    return b.build()
