"""Ugesi Manje: the prepaid electricity app of the smart meter at the
Pietermaritzburg house (the mother's Samsung).

Keys are isiZulu: `imitha` = meter, `ithokheni` = token, `amayunithi` =
units (kWh), `ukusetshenziswa` = usage. The 11-digit meter number and the
20-digit STS token belong to the municipality's meter and the purchase, not to
a device of the family (decoys). Device registration sends the ANDROID_ID, the
app's install id and the advertising id with named keys; a telemetry call
sends a SHA-256 of the ANDROID_ID in a one-letter header. Load-shedding stages
are public schedules.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, ms, rf, ua

API = "https://api.ugesimanje.example"
UA = ua("UgesiManje", "4.0.3", "mama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ugesimanje", method, url)
    b.header("user-agent", UA)
    b.header("x-umsebenzisi", b.acct("ugesi_user"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/idivayisi")
    b.json(
        {
            "androidId": b.id("aid_ugesi", where="json androidId"),
            "installId": b.id("ugesi_install", where="json installId"),
            "advertisingId": b.id("gaid_mama", where="json advertisingId"),
            "imodeli": "SM-A145F",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/t")
    b.header("x-d", b.id("aid_ugesi", "sha256", "header x-d", detectable=False))
    b.json({"e": "app_open", "t": ms(c)})
    b.no_content()
    return b.build()


def thenga(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/imitha/thenga")
    b.decoy("meter number (municipality's meter) and 20-digit STS token")
    b.json({"inomboloYemitha": b.acct("meter_no"), "inani": c.rng.choice([50, 100, 200, 350])})
    token = " ".join(new_digits(c.rng, 4) for _ in range(5))
    b.ok_json(
        {
            "ithokheni": token,
            "amayunithi": rf(c.rng, 20, 120, 1),
            "irisidi": f"UG{c.rng.randint(10**8, 10**9)}",
        }
    )
    return b.build()


def usage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/imitha/ukusetshenziswa?izinsuku=7")
    b.ok_json(
        {
            "inomboloYemitha": b.acct("meter_no"),
            "ukusetshenziswa": [
                {"usuku": iso(c)[:10], "kWh": rf(c.rng, 4, 18, 1)} for _ in range(7)
            ],
            "ibhalansi_kWh": rf(c.rng, 5, 90, 1),
        }
    )
    return b.build()


def loadshedding(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ukucishwa-kogesi?indawo=msunduzi-12")
    b.ok_json(
        {
            "isigaba": c.rng.randint(0, 4),
            "izikhathi": [
                {"kusuka": "18:00", "kuya": "20:30"},
                {"kusuka": "02:00", "kuya": "04:30"},
            ],
        }
    )
    return b.build()
