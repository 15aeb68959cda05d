"""The Android smart TV in the Pokhara living room (a fictional Himal brand) with
automatic content recognition (ACR).

The TV matches what is on screen (tuner, HDMI from the DTH box, apps) and
reports the matches (content id, channel, start, seconds watched), the viewing
information the FTC described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own. The TV is identified by an ACR `psid`, its
serial and its Wi-Fi MAC. An older firmware sends positional rows keyed by a
SHA-1 of the serial. The launcher rails, the app store and the "trending in
Nepal" shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.himaltv.example"
ACR = "https://acr.himaltv.example"
UA = "HimalTV/5.4 (Linux; Android TV 12; HM-50UA7)"
CHANNELS = ["Kantipur TV", "Nepal Television", "Image Channel", "Avenues TV", "YouTube", "Netflix"]
PROGRAMMES = [
    "Kantipur Samachar",
    "Meri Bassai",
    "Nepal Idol",
    "The Voice of Nepal",
    "Harke Haldar",
    "NPL: Janakpur Bolts vs Kathmandu Gurkhas",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "himal-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "HM-50UA7",
            "country": "NP",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing/matches")
    b.header("x-acr-psid", b.id("tv_psid", where="header x-acr-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"hm{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "himal-tv", "POST", f"{ACR}/u")
    b.header("user-agent", "hm-acr/1.7")
    k = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json m[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 5), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "m": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/recent?days=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json(
        {"type": "wifi", "mac": mac, "ssid": "GURUNG-HOME-5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def launcher_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/launcher/rails?lang=ne")
    b.ok_json(
        {
            "rails": [
                {"title": "Sifaris", "items": [f"app_{i}" for i in range(6)]},
                {
                    "title": "Chalchitra",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=NP")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "ghartv", "khellive", "sursangeet")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
