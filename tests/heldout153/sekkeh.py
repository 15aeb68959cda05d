"""Sekkeh: a payment app (bills, top-ups, card-to-card) with face login.

Face login sends 68 face points (`noghat_chehre`) and the head pose estimated
from the face (`zavie_sar`); the Hamta check (the customs registry of imported
phones) sends the phone's own IMEI the user reads off *#06#. A lighter login
path sends the face embedding as base64 float32 under the one-letter key `f`.
Receipts carry tracking numbers (`shomare_peygiri`), not device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, floats, iso, ms, rf, ua

API = "https://api.sekkeh.example"
UA = ua("Sekkeh", "10.4.0")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "sekkeh", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-sekkeh-install", b.id("pay_install", where="header x-sekkeh-install"))
    return b


def face_points(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vorood/chehre")
    b.bio("face_landmarks", "json noghat_chehre (68 [x,y]) + zavie_sar from face")
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(260, 340)
    b.json(
        {
            "noghat_chehre": [
                [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)]
                for _ in range(68)
            ],
            "zavie_sar": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "cheshm_baz": True,
            "android_id": b.id("aid_pay", where="json android_id"),
        }
    )
    b.ok_json({"natije": "ok"})
    return b.build()


def light_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/l", device=False)
    b.bio("face_embedding", "json f = base64 float32 x192 under a one-letter key", detectable=False)
    b.json({"f": floats_b64(floats(c.rng, 192)), "u": b.acct("pay_user"), "t": ms(c)})
    b.ok_json({"s": 1})
    return b.build()


def hamta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/estelam/hamta")
    b.json(
        {
            "imei": b.id("imei", where="json imei (Hamta phone-registry check)"),
            "shomare": b.acct("msisdn"),
        }
    )
    b.ok_json({"vaziat": "faal", "model": "Galaxy A54"})
    return b.build()


def bill_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ghabz/pardakht", device=False)
    b.decoy("bill id, payment id and tracking number (payment references)")
    b.json(
        {
            "shenase_ghabz": str(c.rng.randint(10**12, 10**13)),
            "shenase_pardakht": str(c.rng.randint(10**7, 10**9)),
        }
    )
    b.ok_json({"shomare_peygiri": str(c.rng.randint(10**11, 10**12)), "zaman": iso(c)})
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sharj", device=False)
    b.decoy("mobile top-up for a phone number (account, not device)")
    b.json(
        {
            "shomare": b.acct("msisdn"),
            "mablagh": c.rng.choice([50000, 100000, 200000]),
            "operator": "MCI",
        }
    )
    b.ok_json({"shomare_peygiri": str(c.rng.randint(10**11, 10**12))})
    return b.build()


def card_to_card(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kart_be_kart", device=False)
    b.decoy("masked card numbers and a reference id")
    b.json(
        {
            "mabda": "6037-99**-****-1234",
            "maghsad": "6104-33**-****-9876",
            "mablagh": c.rng.randint(10**5, 10**7),
        }
    )
    b.ok_json({"marja": str(c.rng.randint(10**9, 10**10))})
    return b.build()


def shop_kiosk_face(c: Context) -> Flow:
    """Paying at a shop's face-pay kiosk: the kiosk's own id, not the family's device."""
    b = _b(c, "POST", f"{API}/v1/kiosk/pardakht", device=False)
    b.decoy("a shop's payment kiosk terminal id and serial (a business's device, not the tester's)")
    b.json(
        {
            "terminal_id": str(c.rng.randint(10**7, 10**8)),
            "kiosk_serial": "KS" + str(c.rng.randint(10**8, 10**9)),
            "mablagh": c.rng.randint(10**5, 10**6),
        }
    )
    b.ok_json({"tayid": True})
    return b.build()
