"""Vistalink: a TV maker's companion app (remote, pairing, "viewing insights").

The TV's automatic content recognition (ACR) matches what is on screen; the
companion app relays the match reports and shows a watch history. What ACR
reports hold (content id, channel, start time, duration per matched programme)
follows the FTC's account of smart-TV ACR data (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc)
and Samsung's description of its ACR "viewing information" service; the field
names are the app's own. The TV is identified by a Tizen-style DUID and its
Wi-Fi MAC. The EPG, key presses and the installed-apps list are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.vistalink-tv.com"
ACR = "https://acr.vistalink-tv.com"
UA = ua("Vistalink", "1.22.0")
CHANNELS = ["ZDF", "Das Erste", "ProSieben", "Arte", "Sky Sport 1", "Netflix", "Disney+"]
PROGRAMMES = ["Tagesschau", "Tatort", "Bundesliga Live", "The Crown S6E3", "Bluey S3E12"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vistalink", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def pair_tv(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/pair")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "androidId": b.id("aid_tv", where="json androidId"),
            "tvModel": "VL55Q8",
            "pin": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"paired": True, "sessionId": rid(c.rng)})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = FB(c, "vistalink-acr", "POST", f"{ACR}/v2/acr/report")
    b.header("user-agent", UA)
    b.view("json acrMatches[]")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "acrMatches": [
                {
                    "contentId": f"c{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "programTitle": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/insights/watch-history?days=7")
    b.view("response json history[]", direction="response")
    b.ok_json(
        {
            "history": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": iso(c),
                    "watchedMinutes": c.rng.randint(5, 180),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def acr_opaque(c: Context) -> Flow:
    """Older firmware path: match rows [content, channel index, ts, seconds] under 'r'."""
    b = FB(c, "vistalink-acr", "POST", f"{ACR}/r1")
    b.header("user-agent", "VistalinkTV/3.1 Tizen")
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"r": rows, "k": 3})
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/status")
    mac = b.id("tv_mac", "lower", "response json network.macAddress", direction="response")
    b.ok_json(
        {
            "power": "on",
            "volume": c.rng.randint(0, 40),
            "network": {"type": "wifi", "macAddress": mac, "rssi": -c.rng.randint(40, 80)},
        }
    )
    return b.build()


def opaque_tv_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/p")
    b.form([("x", b.id("tv_duid", "md5", "form x", detectable=False)), ("y", "1")])
    b.no_content()
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["KEY_VOLUP", "KEY_HOME", "KEY_ENTER", "KEY_RIGHT"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?channel={c.rng.randint(1, 60)}")
    b.decoy("programme guide with times (content fetch)")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "durationMin": c.rng.choice([15, 30, 60, 90])}
                for t in PROGRAMMES
            ]
        }
    )
    return b.build()


def installed_apps(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/apps")
    b.ok_json(
        {
            "apps": [
                {"id": a, "name": a.title(), "rating": rf(c.rng, 3, 5, 1)}
                for a in ("netflix", "youtube", "disneyplus", "arte")
            ]
        }
    )
    return b.build()
