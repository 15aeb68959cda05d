"""Pakomatas: a Baltic parcel-locker app (Latvian and Lithuanian UI, Russian too).

Lockers open over BLE: the app asks for the locker's unlock token and reports
the door event. The lockers' BLE MACs and serials are the carrier's public
equipment, not the family's device (decoys); the app's push registration sends
the phone's ANDROID_ID. Tracking events, locker maps with coordinates and the
courier's ETA are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.pakomats.example"
UA = ua("Pakomats", "4.0.7")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pakomats", method, url)
    b.header("user-agent", UA)
    b.header("x-lang", c.rng.choice(["lv", "lt", "ru"]))
    return b


def _locker_mac(c: Context) -> str:
    return "D4:36:39:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/push/registracija")
    b.json(
        {
            "ierices_id": b.id("aid_paku", where="json ierices_id"),
            "fcm": "c" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 60),
            "telefons": b.acct("paku_phone"),
            "platforma": "android",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pakomati/{c.rng.randint(1000, 9999)}/atvert")
    b.decoy("parcel locker's BLE MAC and serial: the carrier's public equipment, not the family's")
    b.header("x-ierice", b.id("aid_paku", where="header x-ierice"))
    b.json(
        {
            "pakomata_ierice": {
                "ble_mac": _locker_mac(c),
                "serija": "PKM-" + new_hex(c.rng, 8).upper(),
            },
            "sutijuma_nr": f"CC{c.rng.randint(10**8, 10**9)}LV",
            "durvis": c.rng.randint(1, 60),
        }
    )
    b.ok_json({"atslega": new_hex(c.rng, 32), "deriga_s": 60})
    return b.build()


def door_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pakomati/notikums")
    b.decoy("locker door event with the locker's ids (public equipment) and a parcel number")
    b.json(
        {
            "pakomata_mac": _locker_mac(c),
            "durvis_atvertas": iso(c),
            "notikums": "izņemts",
            "req": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def tracking(c: Context) -> Flow:
    nr = f"CC{c.rng.randint(10**8, 10**9)}LV"
    b = _b(c, "GET", f"{API}/v2/sutijumi/{nr}")
    b.decoy("parcel tracking number and status history")
    b.ok_json(
        {
            "statusi": [
                {"statuss": s, "laiks": iso(c), "vieta": v}
                for s, v in (
                    ("pieņemts", "Rīga"),
                    ("ceļā", "Kaunas"),
                    ("pakomātā", "Vilnius Akropolis"),
                )
            ]
        }
    )
    return b.build()


def locker_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/pakomati?lat=54.68&lon=25.28&r=3000")
    b.decoy("locker locations with coordinates (public places)")
    b.ok_json(
        {
            "pakomati": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "lat": rf(c.rng, 54.6, 54.8, 5),
                    "lon": rf(c.rng, 25.1, 25.4, 5),
                    "brivas": c.rng.randint(0, 40),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def courier_eta(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kurjers/eta?sutijums={c.rng.randint(10**8, 10**9)}")
    b.ok_json(
        {
            "eta_min": c.rng.randint(5, 90),
            "kurjera_lat": rf(c.rng, 56.9, 57.0, 5),
            "kurjera_lon": rf(c.rng, 24.0, 24.2, 5),
            "ts": ms(c),
        }
    )
    return b.build()
