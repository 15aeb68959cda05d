"""The Kolkata flat's two screens: an Android TV box sold by the local cable
operator (fictional "DishBangla") and a smart TV (fictional "Kalpataru" brand)
with automatic content recognition (ACR).

The box logs in with its Ethernet MAC and serial in the query string (as
Ministra / Stalker-style portals do) and reports every channel or VOD play
(`chalano` = play log: channel, start, seconds). The TV matches what is on
screen and reports the matches (content id, channel, start, seconds watched),
the viewing information the FTC described for smart-TV ACR (FTC v. VIZIO,
2017); its field names are the vendor's own. An older TV firmware sends
positional rows keyed by a SHA-1 of the serial. The channel list, EPG, the TV's
home rails and "trending in West Bengal" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

BOX = "https://portal.dishbangla.example"
TVAPI = "https://api.kalpataru-tv.example"
ACR = "https://acr.kalpataru-tv.example"
BOX_UA = "Mozilla/5.0 (Linux; Android 9; DB-4K Build/PPR1) DishBanglaBox/2.8"
TV_UA = "KalpataruTV/5.1 (Linux; Android TV 12; KT-43QF)"
CHANNELS = ["Star Jalsha", "Zee Bangla", "Colors Bangla", "ABP Ananda", "Sun Bangla", "DD Bangla"]
PROGRAMMES = [
    "Anurager Chhowa",
    "Jagaddhatri",
    "Didi No. 1",
    "Sa Re Ga Ma Pa Bangla",
    "Ghore Ghore Zee Bangla",
    "Khobor Ekhon",
]


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dishbangla", method, url)
    b.header("user-agent", BOX_UA)
    b.header("authorization", "Bearer " + b.acct("box_token"))
    return b


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kalpataru-tv", method, url)
    b.header("user-agent", TV_UA)
    return b


def box_login(c: Context) -> Flow:
    b = FB(c, "dishbangla", "GET", f"{BOX}/stalker_portal/server/load.php")
    b.header("user-agent", BOX_UA)
    b.param("type", "stb")
    b.param("action", "get_profile")
    b.param("mac", b.id("box_mac", where="query mac"))
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("device_id", b.id("box_device_id", where="query device_id"))
    b.param("stb_type", "DB-4K")
    b.ok_json({"js": {"id": c.rng.randint(1000, 9999), "status": 0, "token": b.acct("box_token")}})
    return b.build()


def box_chalano(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/api/v1/chalano/log")
    b.view("json channel + shuru + second (box play log)")
    b.json(
        {
            "channel": c.rng.choice(CHANNELS),
            "anushthan": c.rng.choice(PROGRAMMES),
            "shuru": iso(c),
            "second": c.rng.randint(60, 3600),
        }
    )
    b.no_content()
    return b.build()


def box_opaque(c: Context) -> Flow:
    """Watchdog with channel index and seconds in positional 'w' values."""
    b = _box(c, "GET", f"{BOX}/stalker_portal/server/load.php")
    b.view("query w (channel index.seconds)", detectable=False)
    b.param("type", "watchdog")
    b.param("action", "get_events")
    b.param("w", f"{c.rng.randint(0, 5)}.{c.rng.randint(30, 3600)}")
    b.ok_json({"js": {"data": {"msgs": 0}}})
    return b.build()


def box_channels(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stalker_portal/server/load.php?type=itv&action=get_all_channels")
    b.ok_json(
        {"js": {"data": [{"id": i, "name": n, "number": 100 + i} for i, n in enumerate(CHANNELS)]}}
    )
    return b.build()


def box_epg(c: Context) -> Flow:
    b = _box(
        c, "GET", f"{BOX}/stalker_portal/server/load.php?type=itv&action=get_epg_info&period=3"
    )
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "js": {
                "data": [
                    {"name": p, "start": iso(c), "duration": c.rng.choice([1800, 3600])}
                    for p in PROGRAMMES
                ]
            }
        }
    )
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TVAPI}/v2/device/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serial": b.id("tv_serial", where="json serial"),
            "wlanMac": b.id("tv_mac", where="json wlanMac"),
            "model": "KT-43QF",
            "region": "IN-WB",
            "viewingDataOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def tv_network(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v2/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "JioFiber-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/v2/fingerprint/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"kt{c.rng.randint(10**6, 10**7)}",
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
    b = FB(c, "kalpataru-tv", "POST", f"{ACR}/q")
    b.header("user-agent", "kt-acr/1.4")
    k = b.id("tv_serial", "sha1", "json k", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 5), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"k": k, "r": rows})
    b.no_content()
    return b.build()


def tv_history(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v2/viewing/recent?days=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recent[] (what this TV watched)", direction="response")
    b.ok_json(
        {
            "recent": [
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


def tv_trending(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v2/trending?region=IN-WB")
    b.decoy("aggregate audience shares (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "share": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def tv_rails(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v2/home/rails?lang=bn")
    b.ok_json({"rails": [{"title": "আপনার জন্য", "items": [f"app_{i}" for i in range(6)]}]})
    return b.build()


def tv_remote(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TVAPI}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
