"""The smart TV in the Baku flat (a fictional Ekran brand) with automatic
content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, title, seconds watched, input), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own. The TV is identified by its ACR id, its
serial and its Wi-Fi MAC. An older ACR client sends positional rows keyed by a
SHA-1 of the serial. The home-screen rails, the app store and the audience
shares per programme are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.ekran-tv.example"
ACR = "https://acr.ekran-tv.example"
UA = "EkranTV/5.4 (Linux; Android TV 12; EK-55Q7)"
KANALLAR = ["AzTV", "İctimai TV", "ATV", "Xəzər TV", "Space TV", "CBC Sport", "Netflix", "YouTube"]
VERILISLER = [
    "Xəbərlər 20:00",
    "Nə? Harada? Nə zaman?",
    "Səni axtarıram",
    "Qarabağ - Neftçi",
    "ATV Səhər",
    "Muğam Müsabiqəsi",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ekran-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "EK-55Q7",
            "region": "AZ",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"ek{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(KANALLAR),
                    "title": c.rng.choice(VERILISLER),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI2", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "ekran-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "ek-acr/1.9")
    k = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json f[] positional rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "f": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/continue?lang=az")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "title": c.rng.choice(VERILISLER),
                    "channel": c.rng.choice(KANALLAR),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/network")
    mac = b.id("tv_mac", "lower", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "wifi", "macAddress": mac, "ssid": "AileWiFi", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=az")
    b.ok_json(
        {
            "rails": [
                {"title": "Tövsiyə olunur", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Filmlər", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def audience(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?region=AZ")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "share": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(VERILISLER, KANALLAR, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.ok_json(
        {"apps": [{"id": a, "rating": rf(c.rng, 3, 5, 1)} for a in ("youtube", "izleaz", "megogo")]}
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_DOWN", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
