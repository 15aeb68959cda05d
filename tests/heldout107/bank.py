"""Tenge Super: a bank superapp (payments, marketplace, transfers) with face login.

Face login and remote onboarding run through Verigram, a Kazakh liveness and
face-matching vendor: the SDK uploads selfie frames, the bank's backend keeps a
face template (`bet_ülgısı`, "face pattern") and gets back a match score with
the head pose the liveness check measured. Card-to-card transfers, the QR pay
call, the exchange-rate series and the branch map are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, b, floats, iso, ms, rf, rid, ua

API = "https://mob.tengesuper.example"
VG = "https://services.verigram.ai"
UA = ua("TengeSuper", "24.46.1")


def _dev(fb: FB) -> None:
    fb.header("x-device-fingerprint", fb.id("bank_device_fp", where="header x-device-fingerprint"))


def verilive_frames(c: Context) -> Flow:
    fb = b(c, "verigram", "POST", f"{VG}/verilive/v2/session/{rid(c.rng)}/frames", UA)
    fb.header("x-verigram-api-key", new_hex(c.rng, 32))
    fb.bio("face_image", "multipart selfie_0..2 jpeg to a liveness API (path verilive)")
    boundary = "vg" + new_hex(c.rng, 16)
    parts = [
        (f"selfie_{i}", f"selfie_{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
        for i in range(3)
    ]
    parts.append(("meta", None, "application/json", b'{"challenge":"turn_left","fps":15}'))
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.ok_json({"status": "accepted"})
    return fb.build()


def verilive_result(c: Context) -> Flow:
    fb = b(c, "verigram", "GET", f"{VG}/verilive/v2/session/{rid(c.rng)}/result", UA)
    fb.mark(
        "biometric",
        "face_analysis",
        "response json liveness + face_match + head_pose (face-analysis result)",
        True,
        "response",
    )
    fb.ok_json(
        {
            "liveness": {"is_live": True, "score": rf(c.rng, 0.9, 1.0)},
            "face_match": {"similarity": rf(c.rng, 0.8, 0.99)},
            "head_pose": {"yaw": rf(c.rng, -20, 20, 1), "pitch": rf(c.rng, -10, 10, 1)},
            "face_bbox": [c.rng.randint(50, 200) for _ in range(4)],
        }
    )
    return fb.build()


def face_login(c: Context) -> Flow:
    fb = b(c, "tengesuper", "POST", f"{API}/api/auth/bet-arqyly-kiru", UA)
    _dev(fb)
    fb.bio("face_template", "json bet_ülgısı (base64 float32 face template, 128-d)")
    fb.json(
        {
            "android_id": fb.id("aid_bank", where="json android_id"),
            "bet_ülgısı": floats_b64(floats(c.rng, 128)),
            "sdk": "verigram-android 3.2.1",
            "uaqyt": iso(c),
        }
    )
    fb.ok_json({"token": new_hex(c.rng, 48), "expires_in": 900})
    return fb.build()


def onboarding_encrypted(c: Context) -> Flow:
    """Remote onboarding: the SDK encrypts the selfie bundle before upload."""
    fb = b(c, "tengesuper", "POST", f"{API}/api/v3/onb/s2", UA)
    _dev(fb)
    fb.bio("face_image", "json data (AES-encrypted selfie bundle, key id only)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    fb.json(
        {"kid": "k7", "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(16))), "data": b64(blob)}
    )
    fb.ok_json({"step": 3})
    return fb.build()


def device_bind(c: Context) -> Flow:
    fb = b(c, "tengesuper", "POST", f"{API}/api/device/qurylğyny-baılau", UA)
    fb.json(
        {
            "qurylğy_id": fb.id("bank_device_fp", where="json qurylğy_id (device id)"),
            "android_id": fb.id("aid_bank", where="json android_id"),
            "push_token": c.phone.fcm_token,
            "client_id": c.phone.bank_client,
            "model": "SM-A356E",
        }
    )
    fb.decoy("client_id is the bank customer number; push_token an FCM token (accounts)")
    fb.ok_json({"bound": True, "otp_sent_to": c.phone.msisdn[:5] + "*****"})
    return fb.build()


def device_hash_opaque(c: Context) -> Flow:
    fb = b(c, "tengesuper", "GET", f"{API}/api/cfg", UA)
    fb.param("h", fb.id("aid_bank", "sha256", "query h (sha256 of ANDROID_ID)", detectable=False))
    fb.param("v", "24.46.1")
    fb.ok_json({"features": {"qr": True, "face_login": True}})
    return fb.build()


def transfer(c: Context) -> Flow:
    fb = b(c, "tengesuper", "POST", f"{API}/api/audarym", UA)
    _dev(fb)
    fb.decoy("card-to-card transfer: phone number of the recipient and amount (account data)")
    fb.json(
        {
            "alushy_telefon": "+7707" + str(c.rng.randint(10**6, 10**7 - 1)),
            "soma": c.rng.randint(500, 50000),
            "valiuta": "KZT",
            "idempotency_key": rid(c.rng),
        }
    )
    fb.ok_json({"status": "ok", "order": rid(c.rng)})
    return fb.build()


def qr_pay(c: Context) -> Flow:
    fb = b(c, "tengesuper", "POST", f"{API}/api/qr/tolem", UA)
    _dev(fb)
    fb.decoy("QR payment: merchant terminal id (a shop's device, not the tester's)")
    fb.json(
        {
            "terminal_id": "T" + str(c.rng.randint(10**7, 10**8)),
            "merchant": c.rng.choice(["Magnum", "Small", "Sulpak", "Chocolife"]),
            "soma": c.rng.randint(300, 30000),
        }
    )
    fb.ok_json({"ok": True})
    return fb.build()


def rates(c: Context) -> Flow:
    fb = b(c, "tengesuper", "GET", f"{API}/api/baǵam/usd-kzt?kün=30", UA)
    fb.decoy("USD/KZT rate series: floats (price series, not a face vector)")
    fb.ok_json({"series": [rf(c.rng, 470, 500, 2) for _ in range(30)], "from": iso(c)})
    return fb.build()


def branches(c: Context) -> Flow:
    fb = b(c, "tengesuper", "GET", f"{API}/api/atm?lat=43.238&lon=76.889", UA)
    fb.decoy("ATM and branch coordinates")
    fb.ok_json(
        {"atm": [{"lat": rf(c.rng, 43.2, 43.3), "lon": rf(c.rng, 76.8, 77.0)} for _ in range(6)]}
    )
    return fb.build()


def statement(c: Context) -> Flow:
    fb = b(c, "tengesuper", "GET", f"{API}/api/vypiska?from={ms(c) - 86400000 * 30}", UA)
    fb.decoy("account statement with merchant names and timestamps")
    fb.ok_json(
        {
            "ops": [
                {"merchant": "Magnum", "soma": -c.rng.randint(500, 9000), "at": iso(c)}
                for _ in range(5)
            ]
        }
    )
    return fb.build()
