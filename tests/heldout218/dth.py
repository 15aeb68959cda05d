"""The satellite (DTH) set-top box in the Pokhara living room, of a fictional
operator "Akash DTH" whose hybrid box also streams IPTV catch-up over the home
Wi-Fi.

The box logs in to the operator's middleware with its serial, Ethernet MAC and
the conditional-access chip id (the smart card number is the subscription, not
the device). It posts a `herdai` (now watching) event when a channel or a
catch-up programme starts and a `herisakiyo` event with the seconds watched;
the operator's audience-measurement probe posts rows of [channel, seconds, ts]
keyed by an MD5 of the MAC. The channel list, the EPG, entitlement checks and
the DRM licence request (key ids, not the viewer) are content or plumbing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid

MW = "https://mw.akashdth.example/stb/api/v4"
AM = "https://am.akashdth.example/m"
UA = "AkashSTB/3.9.2 (Linux; Android 9; AK-HX4K; stb)"
CHANNELS = [
    (101, "Nepal Television"),
    (104, "Kantipur TV HD"),
    (107, "Image Channel"),
    (112, "AP1 HD"),
    (118, "Himalaya TV"),
    (131, "Star Sports 1"),
    (140, "Colors"),
    (155, "National Geographic"),
]


def _b(c: Context, method: str, path: str, mac_header: bool = True) -> FB:
    b = FB(c, "akash-dth", method, f"{MW}/{path}")
    b.header("user-agent", UA)
    b.header("x-smartcard", b.acct("box_card"))
    if mac_header:
        b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", "auth/login", mac_header=False)
    b.json(
        {
            "stbSerial": b.id("box_serial", where="json stbSerial"),
            "macAddress": b.id("box_mac", where="json macAddress"),
            "chipId": b.id("box_chip_id", where="json chipId"),
            "smartCardNo": b.acct("box_card"),
            "firmware": "AKHX4K_3.9.2_20241012",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48), "ttl": 86400, "package": "Super Value HD"})
    return b.build()


def herdai(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "events/herdai")
    b.view("json channelId + suru (channel watching now)")
    b.json({"channelId": ch, "channelNaam": name, "suru": iso(c), "srot": "DVB-S2"})
    b.no_content()
    return b.build()


def herisakiyo(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "events/herisakiyo")
    b.view("json channelId + herekoSekend (seconds watched)")
    b.json(
        {
            "channelId": ch,
            "channelNaam": name,
            "karyakram": c.rng.choice(["Samachar", "Meri Bassai", "Nepal Idol", "Cricket Live"]),
            "herekoSekend": c.rng.randint(60, 5400),
            "antya": iso(c),
        }
    )
    b.no_content()
    return b.build()


def audience_probe(c: Context) -> Flow:
    b = FB(c, "akash-dth", "POST", AM)
    b.header("user-agent", "am-probe/2")
    key = b.id("box_mac", "md5_of_nosep", "json i", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [[c.rng.choice(CHANNELS)[0], c.rng.randint(30, 3600), ms(c)] for _ in range(3)]
    b.json({"i": key, "r": rows})
    b.no_content()
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", "channels?package=super-value-hd")
    b.ok_json({"channels": [{"id": i, "naam": n, "hd": i % 2 == 0} for i, n in CHANNELS]})
    return b.build()


def epg(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"epg?channelId={ch}&din=1")
    b.decoy("EPG programme times and durations (content fetch)")
    b.ok_json(
        {
            "channel": name,
            "karyakram": [
                {"sirshak": t, "suru": iso(c), "awadhi": c.rng.choice([30, 60])}
                for t in ("Samachar", "Krishi Karyakram", "Cricket Live", "Chalchitra")
            ],
        }
    )
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", "subscription/entitlement")
    b.ok_json({"package": "Super Value HD", "expiry": iso(c)[:10], "balanceNPR": 420})
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = _b(c, "POST", "drm/widevine/licence", mac_header=False)
    b.decoy("DRM licence request with key ids (not the viewer)")
    b.json(
        {
            "kid": [rid(c.rng).replace("-", "") for _ in range(2)],
            "challenge": b64(bytes(c.rng.getrandbits(8) for _ in range(120))),
            "drmSystem": "widevine",
        }
    )
    b.ok_json({"licence": b64(bytes(c.rng.getrandbits(8) for _ in range(160)))})
    return b.build()
