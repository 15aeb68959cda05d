"""The Karachi household's own smart TV (a Chinese-brand panel on the family's
account) and its maker's companion app, which relays the TV's ACR matches.

The ACR report lists matched programmes with channel and seconds (`acr_hits`);
a compact firmware variant sends rows of numbers under `r` with the TV's ACR id
hashed. The EPG, remote key presses and the TV's app store are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://tvcloud.panelcare.example"
UA = ua("PanelCare", "3.6.0")
PROGRAMMES = ["Khabarnama", "Jeeto Pakistan", "PSL Live", "Tere Bin Ep 31", "Hum Tum"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "panelcare-acr", "POST", f"{API}/acr/v3/hits")
    b.header("user-agent", "PanelTV/5.2 (Linux; Android TV 11)")
    b.view("json acr_hits[] programme/channel/seconds (ACR)")
    b.json(
        {
            "acr_device": b.id("tv_acr_id", where="json acr_device"),
            "tv_sn": b.id("tv_serial", where="json tv_sn"),
            "acr_hits": [
                {
                    "programme": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(["PTV Home", "Geo Ent", "A Sports"]),
                    "seconds": c.rng.randint(30, 3600),
                    "matched_at": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_compact(c: Context) -> Flow:
    b = FB(c, "panelcare-acr", "POST", f"{API}/a/r")
    b.header("user-agent", "PanelTV/5.2 (Linux; Android TV 11)")
    b.view("json r[] numeric rows [content, channel, ts, secs]", detectable=False)
    b.json(
        {
            "i": b.id("tv_serial", "sha1", "json i (sha1 of TV serial)", detectable=False),
            "r": [
                [c.rng.randint(10**6, 10**7), c.rng.randint(1, 80), ms(c), c.rng.randint(30, 3600)]
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def tv_pair(c: Context) -> Flow:
    b = FB(c, "panelcare", "POST", f"{API}/app/v1/tv/bind")
    b.header("user-agent", UA)
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "tvMac": b.id("tv_mac", "lower", "json tvMac"),
            "phoneAccount": b.id("email", where="json phoneAccount (the family's account email)"),
            "room": "Karachi - Dada abu ka kamra",
        }
    )
    b.ok_json({"bound": True, "bindId": rid(c.rng)})
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "panelcare", "POST", f"{API}/app/v1/remote")
    b.header("user-agent", UA)
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "panelcare", "GET", f"{API}/app/v1/epg?ch=PTV%20Home")
    b.header("user-agent", UA)
    b.decoy("programme guide (content fetch, not viewing)")
    b.ok_json({"guide": [{"programme": p, "start": iso(c), "mins": 60} for p in PROGRAMMES]})
    return b.build()
