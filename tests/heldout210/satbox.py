"""SatPinoy: a Cignal-like satellite pay-TV box in the Quezon City living room.

The box (an Android TV STB) logs in with its serial, Ethernet MAC and the
conditional-access smart-card number, checks entitlements by serial, and
reports channel zaps and watch time per channel (`channel`, `simula`,
`tagal_segundo`) for audience measurement. A newer firmware posts the same as
a compact pipe-separated line under `d`. The programme guide, the pay-per-view
catalogue and firmware checks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

API = "https://stb.satpinoy.example"
UA = "SatPinoySTB/3.4.2 (Linux; Android TV 9; SP-HD4K)"
CHANNELS = [
    (2, "Kapamilya Channel"),
    (7, "GMA"),
    (12, "TV5"),
    (28, "One Sports"),
    (31, "PBA Rush"),
    (75, "CNN Philippines"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "satpinoy", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/stb/login")
    b.json(
        {
            "serial": b.id("box_serial", where="json serial"),
            "mac": b.id("box_mac", where="json mac"),
            "smartCard": b.id("box_smartcard", where="json smartCard"),
            "fw": "3.4.2",
            "account": b.acct("box_account"),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "region": "NCR"})
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/stb/entitlements?sn={c.phone.box_serial}")
    b.id("box_serial", where="query sn")
    b.ok_json({"packages": ["Premium 1000", "PBA Rush"], "expires": "2027-01-01"})
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/stb/audience")
    b.header("x-stb-mac", b.id("box_mac", "nosep_upper", "header x-stb-mac"))
    b.view("json zaps[] channel + simula + tagal_segundo")
    b.json(
        {
            "zaps": [
                {
                    "channel": num,
                    "channelName": name,
                    "simula": iso(c),
                    "tagal_segundo": c.rng.randint(20, 3600),
                }
                for num, name in c.rng.sample(CHANNELS, c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def audience_compact(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/a2")
    b.view("form d = 'channel|start|seconds' rows", detectable=False)
    rows = ";".join(
        f"{c.rng.choice(CHANNELS)[0]}|{ms(c) // 1000}|{c.rng.randint(20, 3600)}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.form([("d", rows), ("f", "3")])
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)[0]
    b = _b(c, "GET", f"{API}/api/epg?ch={ch}&day=0")
    b.decoy("programme start times and durations")
    b.ok_json(
        {
            "programs": [
                {"title": t, "simula": iso(c), "tagal": 60}
                for t in ("TV Patrol", "FPJ's Batang Quiapo", "PBA Live", "Balitanghali")
            ]
        }
    )
    return b.build()


def ppv_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/ppv?lang=fil")
    b.decoy("pay-per-view event catalogue with prices")
    b.ok_json(
        {
            "events": [
                {"id": "ppv-" + new_hex(c.rng, 6), "title": "Pacquiao Exhibition", "price": 499}
            ]
        }
    )
    return b.build()


def fw_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/fw/latest?model=SP-HD4K&cur=3.4.2")
    b.decoy("firmware build hash")
    b.ok_json({"latest": "3.4.2", "sha256": new_hex(c.rng, 64), "req": rid(c.rng)})
    return b.build()
