"""Smart TV in the Accra living room and its "SmartView" companion app.

The TV's ACR reports what is on screen (live channel or app, start, duration);
the firmware uploads to the maker's ACR host with the TV's serial and MAC.
Older firmware sends match rows gzipped and base64'd under `p`. The app's
TV pairing sends the TV's MAC and serial; the remote's key presses and the
app store list are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua

ACR = "https://acr.smartview-tv.example"
API = "https://api.smartview-tv.example"
UA = ua("SmartView", "3.3.0")
CHANNELS = ["GTV", "TV3", "UTV", "Joy Prime", "Adom TV", "Canal+ Afrique", "YouTube"]
SHOWS = ["Adom Kasiebo", "TV3 News 360", "United Showbiz", "Kumawood Movie", "Ghana Premier League"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v3/acr/matches")
    b.header("user-agent", "SmartViewTV/T-KTM2 1420.3")
    b.header("x-tv-serial", b.id("tv_serial", where="header x-tv-serial"))
    b.view("json matches[] (channel, programme, start, seconds on screen)")
    b.json(
        {
            "mac": b.id("tv_mac", where="json mac"),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(SHOWS),
                    "start": iso(c),
                    "secondsOnScreen": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_packed(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/x")
    b.header("user-agent", "SmartViewTV/T-KTM2 1120.1")
    b.view("json p (gzip+base64 match rows)", detectable=False)
    rows = [
        [c.rng.randint(0, 6), c.rng.randint(10**5, 10**6), ms(c), c.rng.randint(30, 3600)]
        for _ in range(3)
    ]
    b.json({"p": b64(gz(jsb(rows))), "n": b.id("tv_serial", "sha256", "json n", detectable=False)})
    b.no_content()
    return b.build()


def pair_tv(c: Context) -> Flow:
    b = FB(c, "smartview", "POST", f"{API}/v1/tv/pair")
    b.header("user-agent", UA)
    b.json(
        {
            "tvMacAddress": b.id("tv_mac", where="json tvMacAddress"),
            "tvSerialNumber": b.id("tv_serial", where="json tvSerialNumber"),
            "tvModel": "UA43T5300",
            "pin": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"paired": True, "session": rid(c.rng)})
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "smartview", "POST", f"{API}/v1/remote/key")
    b.header("user-agent", UA)
    b.json({"key": c.rng.choice(["KEY_CHUP", "KEY_VOLUP", "KEY_SOURCE", "KEY_OK"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def app_store(c: Context) -> Flow:
    b = FB(c, "smartview", "GET", f"{API}/v1/tv/apps?region=GH")
    b.header("user-agent", UA)
    b.decoy("TV app catalogue with install counts")
    b.ok_json(
        {
            "apps": [
                {"id": a, "installs": c.rng.randint(10**3, 10**6)}
                for a in ("youtube", "netflix", "showmax", "kenteplay")
            ]
        }
    )
    return b.build()
