"""PadalaKo: the remittance app Tito Boyet uses from Dubai to send money home.

Identity checks run Onfido's SDK: the selfie goes to `/v3.6/live_photos`
(multipart `file` + `applicant_id`) and the motion capture to `/v3.6/live_videos`
(https://documentation.onfido.com/api/latest/). Adjust's Android SDK sends
`gps_adid` and `android_uuid` on `/session` and `/event`
(https://github.com/adjust/android_sdk, PackageBuilder) and returns the device's
`adid` in its answer. AED->PHP rate series, beneficiary forms, the transfer's
control number and the branch map are ordinary.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart

from .phone import FB, app_builder, dalvik, iso, ms, rf, rid, ua

API = "https://api.padalako.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("PadalaKo", "3.9.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "padalako", method, url, UA)
    b.header("x-client-device", b.id("aid_padala", where="header x-client-device"))
    return b


def _onfido(c: Context, path: str, field: str, name: str, ctype: str, data: bytes) -> FB:
    boundary = "OkHttp" + new_hex(c.rng, 20)
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("authorization", "Bearer " + "eyJ" + new_hex(c.rng, 80))
    b.header("user-agent", "Onfido-Android-SDK/19.2.0")
    parts = [("applicant_id", None, None, rid(c.rng).encode()), (field, name, ctype, data)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    return b


def onfido_selfie(c: Context) -> Flow:
    jpg = fake_jpeg(c.rng.randint(0, 10**9), 700)
    b = _onfido(c, "live_photos", "file", "selfie.jpg", "image/jpeg", jpg)
    b.bio("face_image", "multipart file on Onfido live_photos")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)})
    return b.build()


def onfido_motion(c: Context) -> Flow:
    mp4 = fake_mp4(c.rng.randint(0, 10**9), 1200)
    b = _onfido(c, "live_videos", "file", "motion.mp4", "video/mp4", mp4)
    b.bio("face_video", "multipart file on Onfido live_videos (face motion liveness)")
    b.ok_json({"id": rid(c.rng), "file_name": "motion.mp4"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.5")
    b.form(
        [
            ("app_token", "q8w2e4r6t8y0"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("aid_padala", where="form android_uuid (ANDROID_ID here)")),
            ("created_at", iso(c).replace("Z", "Z+0400")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_name", "RMX3851"),
            ("country", "AE"),
        ]
    )
    adid = b.id("padala_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.form(
        [
            ("app_token", "q8w2e4r6t8y0"),
            ("event_token", c.rng.choice(["padala1", "kyc_ok2", "rate3x"])),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("padala_adid", where="form adid")),
            ("revenue", str(rf(c.rng, 200, 2000, 2))),
            ("currency", "AED"),
            ("callback_params", quote('{"corridor":"AE-PH"}')),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "padalako", "GET", f"{API}/v1/rates/AED-PHP?days=30")
    b.header("user-agent", UA)
    b.decoy("AED->PHP rate series (floats)")
    b.ok_json({"pair": "AED-PHP", "serye": [rf(c.rng, 15.1, 15.9, 4) for _ in range(30)]})
    return b.build()


def beneficiary(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tatanggap")
    b.decoy("beneficiary form: name, bank account, mobile number")
    b.json(
        {
            "pangalan": "Marites Dela Cruz",
            "bangko": "BDO",
            "account_no": new_digits(c.rng, 12),
            "mobile": "+63917" + new_digits(c.rng, 7),
            "relasyon": "kapatid",
        }
    )
    b.ok_json({"tatanggapId": rid(c.rng)})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/padala")
    b.decoy("transfer with control number and amounts")
    b.json(
        {
            "sender": b.acct("padala_user"),
            "halaga_aed": rf(c.rng, 200, 3000, 2),
            "payout": c.rng.choice(["GCash", "Cebuana", "BDO", "Palawan"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"control_no": "PK" + new_digits(c.rng, 11), "status": "PROCESSING"})
    return b.build()


def branches(c: Context) -> Flow:
    b = FB(c, "padalako", "GET", f"{API}/v1/sangay?lat=18.197&lng=120.593&radius=5")
    b.header("user-agent", UA)
    b.decoy("payout branch map: coordinates of shops")
    b.ok_json(
        {
            "sangay": [
                {"name": f"Laoag {i}", "lat": rf(c.rng, 18.1, 18.3), "lng": rf(c.rng, 120.5, 120.7)}
                for i in range(5)
            ]
        }
    )
    return b.build()
