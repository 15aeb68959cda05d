"""YolTaksi: a ride-hailing app (the mother's Redmi in Ganja).

The app registers the phone (`androidId`, `reklamId`, its own `cihazUuid`)
and sends its device fingerprint on every order as `x-dfp` (an MD5 of the
ANDROID_ID). Orders, price estimates, the driver's position polls and past
trips are full of coordinates, order numbers and trace ids: location and
commerce, none of them a device identifier, viewing history or biometric data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.yoltaksi.example"
UA = ua("YolTaksi", "4.1.7", "ana")
GANCA = (40.6828, 46.3606)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yoltaksi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _pt(c: Context) -> dict[str, float]:
    return {
        "lat": rf(c.rng, GANCA[0] - 0.03, GANCA[0] + 0.03, 5),
        "lng": rf(c.rng, 46.33, 46.39, 5),
    }


def qeydiyyat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/cihaz/qeydiyyat")
    b.json(
        {
            "androidId": b.id("aid_taksi", where="json androidId"),
            "reklamId": b.id("gaid_ana", where="json reklamId (advertising id)"),
            "cihazUuid": b.id("taksi_device_uuid", where="json cihazUuid"),
            "telefon": b.acct("taksi_phone"),
            "model": "23124RA7EO",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sifaris(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/sifaris")
    b.header("x-dfp", b.id("aid_taksi", "md5", "header x-dfp", detectable=False))
    b.decoy("pickup / drop-off coordinates and an order number")
    b.json(
        {
            "haradan": _pt(c),
            "haraya": _pt(c),
            "tarif": c.rng.choice(["ekonom", "komfort"]),
            "odenis": "nagd",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"sifarisNo": f"YT-{c.rng.randint(10**7, 10**8)}", "status": "axtarilir"})
    return b.build()


def qiymet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/qiymet")
    b.decoy("route coordinates and a price")
    b.json({"haradan": _pt(c), "haraya": _pt(c)})
    b.ok_json({"qiymet": rf(c.rng, 2.5, 12, 2), "valyuta": "AZN", "deqiqe": c.rng.randint(4, 25)})
    return b.build()


def surucu_movqe(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sifaris/YT-{c.rng.randint(10**7, 10**8)}/surucu")
    b.decoy("driver's coordinate list (someone else's car)")
    b.ok_json(
        {
            "surucu": {"ad": "Elçin", "avtomobil": "Kia Rio", "nomre": "20-KL-214"},
            "iz": [_pt(c) for _ in range(5)],
            "gelis": c.rng.randint(1, 9),
        }
    )
    return b.build()


def kecmis_seferler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/seferler?sehife=1")
    b.decoy("past trips: coordinates, prices, order numbers (location, not viewing)")
    b.ok_json(
        {
            "seferler": [
                {
                    "sifarisNo": f"YT-{c.rng.randint(10**7, 10**8)}",
                    "haradan": _pt(c),
                    "haraya": _pt(c),
                    "qiymet": rf(c.rng, 2.5, 12, 2),
                    "tarix": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def xerite_konfiq(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/konfiq?seher=ganca")
    b.ok_json({"zonalar": [new_hex(c.rng, 8) for _ in range(3)], "minQiymet": 2.0})
    return b.build()
