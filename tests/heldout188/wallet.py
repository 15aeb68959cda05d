"""Flouss Pay: a mobile wallet on the family's iPhone (Morocco and Algeria).

The app binds itself to the iPhone by its IDFV (`identifierForVendor`) and
sends it on every call; raising the wallet's ceiling ("plafond") takes a
liveness selfie (`swira_wajh`, base64 JPEG) and the SDK's face-analysis result.
Merchant payment terminals (TPE serials), QR payloads, receipt numbers and
the cash-in agent map are the businesses' equipment and ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.floussapp.example"
UA = ios_ua("FloussPay", "3.7.0", "1187")


def _b(c: Context, method: str, url: str, idfv: bool = True) -> FB:
    b = FB(c, "flouss", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if idfv:
        b.header("x-jihaz-idfv", b.id("idfv_wallet", where="header x-jihaz-idfv"))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/jihaz/rbet")
    b.json(
        {
            "idfv": b.id("idfv_wallet", where="json idfv"),
            "modele": "iPhone14,7",
            "ios": "17.4.1",
            "telephone": b.acct("wallet_phone"),
        }
    )
    b.ok_json({"rbet": True})
    return b.build()


def ceiling_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/plafond/tarqiya/selfie")
    b.bio("face_image", "json swira_wajh (base64 liveness selfie)")
    b.json(
        {
            "swira_wajh": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "no3_tahaqoq": "liveness_passive",
            "plafond_matloub": 20000,
        }
    )
    b.ok_json({"natija": "EN_REVISION"})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/plafond/tarqiya/natija")
    b.bio("face_attributes", "json face.age / face.headPose / face.expression (face analysis)")
    b.json(
        {
            "face": {
                "age": c.rng.randint(20, 55),
                "headPose": {
                    "yaw": rf(c.rng, -8, 8, 2),
                    "pitch": rf(c.rng, -6, 6, 2),
                    "roll": rf(c.rng, -4, 4, 2),
                },
                "expression": c.rng.choice(["neutral", "smile"]),
                "eyesOpen": [rf(c.rng, 0.8, 1, 2), rf(c.rng, 0.8, 1, 2)],
            },
            "liveness": {"score": rf(c.rng, 0.85, 0.99, 3), "spoof": False},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hashed_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/h", idfv=False)
    b.form([("h", b.id("idfv_wallet", "sha256", "form h", detectable=False)), ("n", str(ms(c)))])
    b.no_content()
    return b.build()


def pay_merchant(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/khlas/tajir")
    b.decoy("merchant TPE serial and terminal id (the shop's equipment, not the tester's)")
    b.json(
        {
            "tajir_id": f"M{c.rng.randint(10**5, 10**6)}",
            "tpe_serie": f"PAX-A920-{c.rng.randint(10**7, 10**8)}",
            "terminal_id": f"T{c.rng.randint(10**6, 10**7)}",
            "mablagh": rf(c.rng, 10, 800, 2),
            "3omla": c.rng.choice(["MAD", "DZD"]),
        }
    )
    b.ok_json({"wasl": f"RC{c.rng.randint(10**9, 10**10)}", "halat": "mqbol"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tahwil")
    b.decoy("recipient phone number (account), transfer reference")
    b.json(
        {
            "l_mostafid": "+2136" + str(c.rng.randint(10**7, 10**8)),
            "mablagh": c.rng.choice([200, 500, 1000]),
            "reference": rid(c.rng),
            "ta3li9": c.rng.choice(["l'ftour", "lkra", "مصروف"]),
        }
    )
    b.ok_json({"halat": "tamm", "at": iso(c)})
    return b.build()


def agents_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/wakala?lat=33.58&lng=-7.61", idfv=False)
    b.decoy("cash-in agents' coordinates")
    b.ok_json(
        {
            "wakala": [
                {
                    "ism": f"Wakala {i}",
                    "lat": rf(c.rng, 33.5, 33.6, 5),
                    "lng": rf(c.rng, -7.7, -7.5, 5),
                }
                for i in range(5)
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rasid")
    b.ok_json({"rasid": rf(c.rng, 0, 5000, 2), "3omla": "MAD"})
    return b.build()
