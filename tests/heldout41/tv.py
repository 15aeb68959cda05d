"""Nordlys TV: a smart TV (Android TV based) and its phone companion. The TV
runs automatic content recognition (ACR): it fingerprints the screen and
reports matches and viewing sessions; the companion pairs with it and sends
the TV's serial and Wi-Fi MAC. In-house API in the style of the TV makers'
ACR services (Samba TV, LG "Live Plus"); key names are the maker's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, ua

ACR = "https://acr.nordlys-tv.com"
HUB = "https://hub.nordlys-tv.com"
TV_UA = "NordlysTV/8.1 (Linux; Android 12; NL55U8 Build/STT2.230201)"
UA = ua("NordlysRemote", "4.2.0")
CHANNELS = [
    ("DR1", "TV AVISEN"),
    ("TV2", "Nyhederne"),
    ("RUV", "Kastljós"),
    ("JOJ", "Krimi"),
    ("MARKIZA", "Televízne noviny"),
]


def acr_match(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS)
    b = FB(c, "nordlys-acr", "POST", f"{ACR}/v3/match")
    b.header("user-agent", TV_UA)
    b.header("x-tv-serial", b.id("tv_serial", where="header:x-tv-serial"))
    fps = [{"ts": ms(c) + i * 500, "fp": new_hex(c.rng, 32)} for i in range(8)]
    b.json(
        {
            "fingerprints": fps,
            "match": {"channel": ch, "programme": prog, "offsetSec": c.rng.randint(0, 3000)},
            "input": "HDMI1",
        }
    )
    b.view("json:fingerprints + match.channel/programme (ACR)")
    b.ok_json({"ok": True})
    return b.build()


def viewing_sessions(c: Context) -> Flow:
    b = FB(c, "nordlys-acr", "POST", f"{ACR}/v3/viewing")
    b.header("user-agent", TV_UA)
    rows = []
    for ch, prog in c.rng.sample(CHANNELS, 3):
        start = ms(c) - c.rng.randint(600_000, 7_200_000)
        rows.append(
            {
                "channel": ch,
                "title": prog,
                "start": start,
                "end": start + c.rng.randint(60_000, 3_000_000),
            }
        )
    body = {"deviceMac": b.id("tv_mac", where="json:deviceMac"), "viewingSessions": rows}
    b.set_body(jsb(body), "application/json", "gzip")
    b.view("gzip json:viewingSessions[] channel+title+start/end")
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "nordlys-acr", "POST", f"{ACR}/v3/fp.bin")
    b.header("user-agent", TV_UA)
    b.set_body(gz(bytes.fromhex("4e4c4652" + new_hex(c.rng, 700))), "application/octet-stream")
    b.view("binary fingerprint batch (no names)", detectable=False)
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = FB(c, "nordlys-hub", "GET", f"{HUB}/api/tv/status")
    b.params = [("mac", b.id("tv_mac", "nosep", where="query:mac")), ("fw", "8.1.233")]
    b.header("user-agent", TV_UA)
    b.ok_json({"update": False})
    return b.build()


def pair(c: Context) -> Flow:
    b = FB(c, "nordlys-hub", "POST", f"{HUB}/api/companion/pair")
    b.header("user-agent", UA)
    b.json(
        {
            "tv": {
                "serial": b.id("tv_serial", where="json:tv.serial"),
                "mac": b.id("tv_mac", where="json:tv.mac"),
            },
            "phone": {"android_id": b.id("aid_tv", where="json:phone.android_id")},
            "user": b.acct("tv_user"),
        }
    )
    b.ok_json({"paired": True, "pin": f"{c.rng.randint(0, 9999):04d}"})
    return b.build()


def tv_ping_opaque(c: Context) -> Flow:
    b = FB(c, "nordlys-hub", "POST", f"{HUB}/p")
    b.header("user-agent", TV_UA)
    b.form(
        [
            ("a", b.id("tv_serial", "b64", where="form:a", detectable=False)),
            ("b", new_hex(c.rng, 8)),
        ]
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(
        c,
        "nordlys-hub",
        "GET",
        f"{HUB}/api/epg",
        [("region", c.rng.choice(["dk", "is", "sk"])), ("date", iso(c)[:10])],
    )
    b.header("user-agent", TV_UA)
    b.ok_json({"channels": [{"id": ch, "now": p, "next": "Vejret"} for ch, p in CHANNELS]})
    b.decoy("programme guide (EPG), not history")
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "nordlys-hub", "POST", f"{HUB}/api/companion/key")
    b.header("user-agent", UA)
    b.json(
        {
            "key": c.rng.choice(["VOL_UP", "CH_UP", "OK", "BACK"]),
            "seq": c.rng.randint(1, 999),
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("remote key press")
    return b.build()


def apps_rail(c: Context) -> Flow:
    b = FB(c, "nordlys-hub", "GET", f"{HUB}/api/launcher/rail", [("v", new_hex(c.rng, 8))])
    b.header("user-agent", TV_UA)
    b.ok_json({"apps": ["dk.kanalnord.tv", "is.nordurljos.tv", "sk.pozeraj.tv"]})
    b.decoy("launcher app rail")
    return b.build()
