"""Birrlink: a mobile-money wallet (telebirr-like) with a face check at login and
a voice check for low-literacy users.

The liveness step uploads a selfie under `fit_misl` ("face picture") with the head
pose and blink result its on-device face tracker measured; a later build wraps
the same step in an AES payload (`data`, `x-enc: 1`) where nothing is readable.
The voice check sends a spoken phrase for speaker verification under `dimts_namuna`
("voice sample"). Transfers, merchant QR codes, airtime and agent coordinates are
not sensitive; the phone number is an account.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.birrlink.example"
UA = ua("Birrlink", "5.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "birrlink", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_birr", where="header x-device-id"))
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/fit-maregagecha")
    b.bio("face_image", "json fit_misl (romanised Amharic 'face picture') + face pose/blink")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "fit_misl": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "liveness": {
                "blink": True,
                "head_yaw": rf(c.rng, -15, 15, 2),
                "head_pitch": rf(c.rng, -10, 10, 2),
                "face_box": [rf(c.rng, 100, 200, 1), rf(c.rng, 150, 250, 1), 320.0, 400.0],
            },
            "ts": iso(c),
        }
    )
    b.ok_json({"result": "MATCH", "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_login_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/auth/step")
    b.header("x-enc", "1")
    b.bio("face_image", "json data (AES payload of the selfie)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"data": base64.b64encode(blob).decode(), "iv": b64(bytes(12)), "step": 3})
    b.ok_json({"next": 4})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/dimts")
    b.bio("voiceprint", "multipart dimts_namuna (voice sample for speaker verification)")
    boundary = "----birr" + new_digits(c.rng, 12)
    body = multipart(
        boundary,
        [
            ("mode", None, None, b"speaker_verify"),
            ("dimts_namuna", "phrase.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speaker_match": True})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "device_token": (
                b.other_id("birr_device_token", "json device_token"),
                c.phone.birr_device_token,
            )[1],
            "gaid": b.id("gaid", where="json gaid"),
            "model": "TECNO CK7n",
        }
    )
    b.ok_json({"bound": True, "customer": b.acct("wallet_user")})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transfer")
    b.decoy("transfer with a receiver phone number (account) and transaction id")
    b.json(
        {
            "to": "2519" + new_digits(c.rng, 8),
            "amount": c.rng.choice([50, 200, 1000]),
            "note": "ለቤት ኪራይ",
        }
    )
    b.ok_json({"txn_id": "BL" + new_digits(c.rng, 10).upper(), "balance": rf(c.rng, 100, 9000, 2)})
    return b.build()


def merchant_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/merchant/qr/decode")
    b.decoy("merchant QR: the shop's till id, not the tester's device")
    b.json({"qr": "000201010212" + new_digits(c.rng, 20)})
    b.ok_json({"merchant": "Tomoca Coffee", "till_id": new_digits(c.rng, 6)})
    return b.build()


def agents_nearby(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v2/agents?lat=9.0{c.rng.randint(100, 399)}&lon=38.7{c.rng.randint(100, 699)}",
    )
    b.decoy("agent locations (coordinates)")
    b.ok_json(
        {
            "agents": [
                {"name": "Bole Agent", "lat": rf(c.rng, 8.95, 9.05), "lon": rf(c.rng, 38.7, 38.8)}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/airtime")
    b.json({"msisdn": b.acct("msisdn"), "amount": 25, "ref": rid(c.rng)})
    b.ok_json({"status": "SUCCESS"})
    return b.build()
