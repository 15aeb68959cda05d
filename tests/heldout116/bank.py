"""mBankowość: the mechanic's own bank app, which logs him in with his face.

Login sends a selfie frame to the bank's liveness / face-match endpoint, or, on
the newer build, the on-device face template (float32, base64) under
`szablonTwarzy`. The step-up flow for large transfers sends the template
encrypted under `p`: biometric, nothing readable says so. Transfers, BLIK codes
and the NBP exchange-rate table are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.mbankowosc.example"
UA = ua("mBankowosc", "7.31.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "mbankowosc", method, API + path)
    b.header("user-agent", UA)
    b.header("x-client-id", b.acct("bank_client"))
    return b


def face_login_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v3/biometria/twarz/weryfikacja")
    boundary = "----mb" + new_hex(c.rng, 16)
    b.bio("face_image", "multipart selfie (liveness + face match)")
    b.header("x-device-id", b.id("bank_device", where="header x-device-id"))
    meta = (
        f'{{"tryb":"liveness","androidId":"{b.id("aid_bank", where="multipart meta androidId")}"}}'
    )
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta.encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"wynik": "ZGODNY", "wynikLiveness": rf(c.rng, 0.9, 1.0, 3), "token": new_hex(c.rng, 40)}
    )
    return b.build()


def face_template_login(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v3/biometria/twarz/szablon")
    b.bio("face_template", "json szablonTwarzy (base64 float32 x128)")
    b.json(
        {
            "szablonTwarzy": floats_b64(floats(c.rng, 128)),
            "wersjaModelu": "fm-2.3",
            "urzadzenie": b.id("bank_device", where="json urzadzenie"),
        }
    )
    b.ok_json({"wynik": "ZGODNY", "token": new_hex(c.rng, 40)})
    return b.build()


def step_up_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v3/su")
    b.bio("face_template", "json p (encrypted face template)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(560))), "k": 2, "n": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/platnosci/v2/przelewy")
    b.decoy("a transfer: IBAN, amount, title")
    b.json(
        {
            "rachunekOdbiorcy": "PL" + new_digits(c.rng, 26),
            "kwota": rf(c.rng, 20, 5000, 2),
            "tytul": c.rng.choice(["Czesci FV/112/11", "Czynsz warsztat", "ZUS"]),
            "data": iso(c),
        }
    )
    b.ok_json({"status": "ZLECONY", "id": rid(c.rng)})
    return b.build()


def blik(c: Context) -> Flow:
    b = _b(c, "POST", "/blik/v1/kod")
    b.ok_json({"kod": new_digits(c.rng, 6), "waznyDo": iso(c)})
    return b.build()


def nbp_rates(c: Context) -> Flow:
    b = FB(c, "nbp", "GET", "https://api.nbp.pl/api/exchangerates/tables/A/?format=json")
    b.header("user-agent", UA)
    b.decoy("exchange-rate series")
    b.ok_json(
        [
            {
                "table": "A",
                "rates": [{"code": k, "mid": rf(c.rng, 0.1, 5, 4)} for k in ("EUR", "USD", "UAH")],
            }
        ]
    )
    return b.build()
