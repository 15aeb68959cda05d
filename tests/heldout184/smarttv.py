"""Gis TV: the companion of the family's smart TV (a budget Android-based set
sold in Dakar) with automatic content recognition ("Recommandations
personnalisées" in the TV's settings).

ACR reports name the matched programme, channel or app, and the seconds seen;
an older firmware sends only hashed audio-fingerprint buckets with match
offsets under single letters (opaque). The TV's Wi-Fi MAC and its ACR psid are
device ids. Screen mirroring and the app store are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://tv.gistv.example"
ACR = "https://acr.gistv.example"
UA = ua("GisTV", "2.2.1")
SOURCES = ["RTS1", "TFM", "Sen TV", "YouTube", "Teranga Xool", "Canal+ Sport 1", "HDMI1"]
PROGRAMMES = ["Un Café Avec", "Xalaat", "Journal 20h", "Lutte: Balla Gaye 2", "Ligue des champions"]


def pair(c: Context) -> Flow:
    b = FB(c, "gistv", "POST", f"{API}/v1/tele/jumelage")
    b.header("user-agent", UA)
    b.json(
        {
            "mac_wifi": b.id("tv_mac", where="json mac_wifi"),
            "android_id": b.id("aid_tv", where="json android_id"),
            "code": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"jumele": True, "tv": "GIS-43F9"})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = FB(c, "gistv-acr", "POST", f"{ACR}/v3/acr/rapports")
    b.header("user-agent", "GisTV-ACR/1.8 (Android TV 11)")
    b.view("json correspondances[] programme + secondes_vues (ACR)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "correspondances": [
                {
                    "source": c.rng.choice(SOURCES),
                    "programme": c.rng.choice(PROGRAMMES),
                    "debut": iso(c),
                    "secondes_vues": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "gistv-acr", "POST", f"{ACR}/f")
    b.header("user-agent", "GisTV-ACR/1.2")
    b.view(
        "json f[] hashed fingerprint buckets with offsets under single letters", detectable=False
    )
    b.json(
        {"f": [[new_hex(c.rng, 16), c.rng.randint(0, 9000)] for _ in range(6)], "t": ms(c), "s": 1}
    )
    b.no_content()
    return b.build()


def tv_state(c: Context) -> Flow:
    b = FB(c, "gistv", "GET", f"{API}/v1/tele/etat")
    b.header("user-agent", UA)
    mac = b.id("tv_mac", "lower", "response json reseau.mac", direction="response")
    b.ok_json(
        {
            "allumee": True,
            "volume": c.rng.randint(0, 30),
            "reseau": {"mac": mac, "ssid": "Freebox-Ndiaye"},
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = FB(c, "gistv", "GET", f"{API}/v1/store/apps?categorie=video")
    b.header("user-agent", UA)
    b.decoy("TV app store list with install counts (aggregate)")
    b.ok_json(
        {
            "apps": [
                {"nom": n, "installs": c.rng.randint(1000, 99999)}
                for n in ("YouTube", "Teranga Xool", "Kanal Plus")
            ]
        }
    )
    return b.build()


def mirroring(c: Context) -> Flow:
    b = FB(c, "gistv", "POST", f"{API}/v1/tele/miroir")
    b.header("user-agent", UA)
    b.json({"session": rid(c.rng), "resolution": "720p", "debut": ms(c)})
    b.ok_json({"port": 7236})
    return b.build()
