"""Viajero eSIM (fictional eSIM shop): plans, installs and roaming data use.

The activation code follows GSMA SGP.22 ("LPA:1$<SM-DP+ address>$<matching
id>"): the profile's download code, not a device id; usage is a series of
byte counts. The compatibility check is where the app reads the PHONE's own
identifiers (its eUICC EID and IMEI, and the app's ANDROID_ID in a header):
those are TRULY device ids and labelled as such.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.viajero-esim.com/v1"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "viajero", method, API + path)
    b.header("user-agent", ua("ViajeroESIM", "2.4.0"))
    b.header("x-request-id", rid(c.rng))
    return b


def plans(c: Context) -> Flow:
    b = _b(c, "GET", "/plans")
    b.param("pais", c.rng.choice(["ES", "IT", "US"]))
    b.decoy("eSIM plan catalogue: data amounts, validity, prices")
    b.ok_json(
        {
            "planes": [
                {
                    "sku": "VJ-" + new_digits(c.rng, 5),
                    "datosGB": g,
                    "dias": d,
                    "precio": rf(c.rng, 4, 40, 2),
                }
                for g, d in ((1, 7), (5, 30), (10, 30))
            ]
        }
    )
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", "/orders")
    b.json(
        {
            "sku": "VJ-" + new_digits(c.rng, 5),
            "pago": {"metodo": "GPAY", "token": new_hex(c.rng, 48)},
        }
    )
    b.decoy(
        "eSIM order: SGP.22 activation code (SM-DP+ address and matching id) of the sold profile"
    )
    b.ok_json(
        {
            "pedido": "VJ" + new_digits(c.rng, 10),
            "activationCode": f"LPA:1$smdp.viajero-esim.com${new_hex(c.rng, 24).upper()}",
            "confirmationCode": new_digits(c.rng, 6),
        }
    )
    return b.build()


def usage(c: Context) -> Flow:
    b = _b(c, "GET", "/usage")
    b.decoy("roaming data-usage series (bytes per hour) and visited network MCC-MNC")
    b.ok_json(
        {
            "red": c.rng.choice(["214-01", "222-10", "310-260"]),
            "porHora": [c.rng.randint(0, 90_000_000) for _ in range(24)],
            "restanteMB": c.rng.randint(0, 9000),
        }
    )
    return b.build()


def compat_check(c: Context) -> Flow:
    b = _b(c, "POST", "/device/compatibility")
    b.header("x-device-id", b.id("aid_esim", where="header x-device-id"))
    how = c.rng.choice(["plain", "plain", "sha256"])
    body = {"modelo": "Pixel 9", "android": "15", "eSimCapable": True}
    if how == "plain":
        body["eid"] = str(c.phone.eid)
        b.other_id("eid", "json eid")
        body["imei"] = b.id("imei", where="json imei")
    else:
        body["imeiHash"] = b.id("imei", "sha256", where="json imeiHash (sha256)")
    b.json(body)
    b.ok_json({"compatible": True, "checkedAt": iso(c)})
    return b.build()
