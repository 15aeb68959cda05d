"""Banka Vltava: her bank, with selfie login through iProov and AppsFlyer.

Logging in with a face sends a selfie frame to the liveness / face-matching
service; the bank's own backend stores a face template (base64 float32) on
enrolment; a newer build wraps the frame in an encrypted envelope (opaque).
Device binding carries the app's ANDROID_ID and the bank's binding id. Account
overviews, FX rates and card payments are ordinary look-alikes.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.bankavltava.example"
UA = ua("BankaVltava", "12.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankavltava", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def selfie_login(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/verify/validate")
    b.header("user-agent", UA)
    boundary = "----iProov" + new_hex(c.rng, 16)
    b.bio("face_image", "multipart selfie_frame (liveness + face match)")
    body = multipart(
        boundary,
        [
            ("token", None, None, new_hex(c.rng, 64).encode()),
            ("selfie_frame", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("client", None, None, b"android"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"passed": True, "type": "genuine_presence"})
    return b.build()


def face_template_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/biometrie/oblicej/registrace")
    b.bio("face_embedding", "json sablona_obliceje (base64 float32 x128)")
    b.json(
        {
            "klient": b.acct("bank_client"),
            "sablona_obliceje": floats_b64(floats(c.rng, 128)),
            "verze_modelu": "fm-2.3",
            "kvalita": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def selfie_encrypted(c: Context) -> Flow:
    """Newer build: the frame sealed in a JWE-like envelope under 'e'; nothing says face."""
    b = _b(c, "POST", f"{API}/auth/v2/s")
    b.bio("face_image", "json e (encrypted selfie frame)", detectable=False)
    sealed = base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(900))).decode()
    b.json({"e": sealed, "k": new_hex(c.rng, 32), "n": new_hex(c.rng, 24)})
    b.ok_json({"r": "ok"})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/zarizeni/vazba")
    b.json(
        {
            "idZarizeni": b.id("bank_binding", where="json idZarizeni (binding id)"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "model": "SM-A546B",
            "root": False,
        }
    )
    b.ok_json({"vazba": "aktivni"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=cz.bankavltava.mobile",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "uid": b.id("bank_af_uid", where="json uid (appsflyer id)"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_bank", "sha1", "json android_id (sha1)"),
            "af_timestamp": str(int(c.now * 1000)),
            "launch_counter": str(c.rng.randint(2, 500)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def overview(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ucty/v1/prehled")
    b.decoy("account balances and IBAN (account data, not device)")
    b.ok_json(
        {
            "ucty": [
                {
                    "iban": "CZ65" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
                    "zustatek": rf(c.rng, 100, 90000, 2),
                    "mena": "CZK",
                }
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/kurzy/v1/denni?mena=EUR,USD")
    b.decoy("exchange-rate series (numbers, no biometric)")
    b.ok_json(
        {
            "EUR": [rf(c.rng, 24.9, 25.4, 3) for _ in range(30)],
            "USD": [rf(c.rng, 22, 24, 3) for _ in range(30)],
        }
    )
    return b.build()


def card_payment(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/karty/v1/transakce?od={iso(c)[:10]}")
    b.decoy("card transactions with merchant terminal ids (a business's equipment)")
    b.ok_json(
        {
            "transakce": [
                {
                    "castka": rf(c.rng, 20, 900, 2),
                    "obchodnik": m,
                    "terminalId": "T" + new_hex(c.rng, 7).upper(),
                }
                for m in ("Menza Troja", "Albert", "DPP jízdenky")
            ]
        }
    )
    return b.build()
