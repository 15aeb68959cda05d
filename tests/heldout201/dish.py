"""The satellite TV box in the Mogadishu living room (a fictional Xiddig Sat
operator's Android-based receiver, model XS-400).

The box logs in to the operator's portal with its Ethernet MAC, its serial and
the conditional-access smart card number, and reports channel changes (channel,
programme, start, seconds watched) with the MAC in a header for the
operator's audience figures, the kind of return-path data set-top-box audience
measurement is built on. An older firmware posts the same as base64 rows with
the MAC, colons stripped and upper-cased, under `k`. The programme guide, the
dish's azimuth / elevation (its "position"), the firmware catalogue with
build serials and the subscription status are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rf, rid

API = "https://portal.xiddigsat.example"
UA = "XiddigSTB/3.4 (Linux; Android 9; XS-400)"
KANAALADA = [
    ("k01", "Universal TV"),
    ("k02", "SNTV"),
    ("k03", "Horn Cable TV"),
    ("k04", "Al Jazeera Arabic"),
    ("k05", "beIN Sports 1"),
    ("k06", "Iqra TV"),
    ("k07", "Somali Cable"),
]
BARNAAMIJYO = ["Wararka Fiidka", "Ciyaaraha Adduunka", "Riwaayad: Nolosha", "Barnaamijka Diinta"]


def _b(c: Context, method: str, url: str, mac_header: bool = False) -> FB:
    b = FB(c, "xiddigsat", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if mac_header:
        b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    return b


def auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/auth")
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serial": b.id("box_serial", where="json serial"),
            "cardNo": b.id("box_card", where="json cardNo"),
            "model": "XS-400",
            "firmware": "3.4.118",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "macaamiil": b.acct("box_subscriber"), "ttl": 86400})
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/ca/xuquuqda")
    b.params.append(("card", b.id("box_card", where="query card")))
    b.ok_json({"xirmada": "Dahab", "dhacaya": iso(c)[:10], "kanaalada": len(KANAALADA)})
    return b.build()


def daawasho_log(c: Context) -> Flow:
    kid, name = c.rng.choice(KANAALADA)
    b = _b(c, "POST", f"{API}/stb/v2/daawasho/log", mac_header=True)
    b.view("json kanaalka/barnaamijka/ilbiriqsiyo (channel watched)")
    b.json(
        {
            "kanaalka": kid,
            "magaca": name,
            "barnaamijka": c.rng.choice(BARNAAMIJYO),
            "bilow": iso(c),
            "ilbiriqsiyo": c.rng.randint(20, 5400),
        }
    )
    b.no_content()
    return b.build()


def audience_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/am/r")
    k = b.id("box_mac", "nosep_upper", "form k", detectable=False)
    b.view("form d (base64 rows: channel index, start, seconds)", detectable=False)
    rows = [
        [c.rng.randint(0, 6), ms(c), c.rng.randint(20, 5400)] for _ in range(c.rng.randint(1, 4))
    ]
    b.form([("k", k), ("d", b64(js(rows))), ("v", "2")])
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    kid, name = c.rng.choice(KANAALADA)
    b = _b(c, "GET", f"{API}/stb/v2/epg?kanaal={kid}&maalin=0")
    b.decoy("EPG programme start times and durations")
    b.ok_json(
        {
            "kanaalka": name,
            "barnaamijyo": [
                {"magaca": t, "bilow": iso(c), "mudada": c.rng.choice([30, 60, 90])}
                for t in BARNAAMIJYO
            ],
        }
    )
    return b.build()


def signal(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/dayax-gacmeed/signal")
    b.decoy("dish position (azimuth / elevation), signal levels")
    b.ok_json(
        {
            "satellite": "Eutelsat 7A / Nilesat",
            "position": {"azimuth": rf(c.rng, 290, 300, 1), "elevation": rf(c.rng, 58, 62, 1)},
            "lnb": "universal",
            "snr_db": rf(c.rng, 8, 14, 1),
            "quality": c.rng.randint(60, 95),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/firmware?hw=XS-400&ver=3.4.118")
    b.decoy("firmware build serial and checksum")
    b.ok_json(
        {
            "latest": "3.4.121",
            "build_serial": "B" + str(c.rng.randint(10**6, 10**7)),
            "sha256": new_hex(c.rng, 64),
            "url": "https://dl.xiddigsat.example/fw/xs400-3.4.121.img",
        }
    )
    return b.build()


def rukhsad(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/macaamiil/xaalad?ref={rid(c.rng)[:8]}")
    b.ok_json({"xaalad": "firfircoon", "xirmada": "Dahab", "lacag_lagu_leeyahay": 0})
    return b.build()
