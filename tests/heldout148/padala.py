"""PadalaNow: a remittance app (OFW family sending money home) with a selfie check.

Its KYC sends a selfie and ID photo to ADVANCE.AI's face comparison (form fields
`firstImage` / `secondImage`); the app's own backend keeps a face-analysis result
(estimated age, gender, head pose from the selfie). Adjust tracks installs (adid,
gps_adid). Exchange-rate series, beneficiary lists and a pawnshop branch map are
ordinary; a beneficiary's phone (another person's device) is never a device id here.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, app_fb, iso, rf, rid, ua

API = "https://api.padalanow.example"
UA = ua("PadalaNow", "3.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "padalanow", method, url, UA)
    b.header("x-pn-user", b.acct("padala_user"))
    return b


def advance_compare(c: Context) -> Flow:
    b = FB(c, "advanceai", "POST", "https://api.advance.ai/openapi/face-comparison/v3/check")
    b.header("user-agent", "okhttp/4.9.3")
    b.header("x-advai-key", rid(c.rng))
    b.bio("face_image", "form firstImage (selfie) to face-comparison API")
    pairs = [
        ("firstImage", b64(fake_jpeg(c.rng.randint(0, 10**9), 600))),
        ("secondImage", b64(fake_jpeg(c.rng.randint(0, 10**9), 600))),
    ]
    b.set_body(urlencode(pairs).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"code": "SUCCESS", "data": {"similarity": rf(c.rng, 60, 99, 2)}})
    return b.build()


def face_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/selfie-result")
    b.bio("face_analysis", "json mukha.edad_tantya / kasarian_tantya / head_pose")
    b.json(
        {
            "mukha": {
                "edad_tantya": c.rng.randint(25, 60),
                "kasarian_tantya": c.rng.choice(["M", "F"]),
                "head_pose": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
                "nakapikit": False,
            },
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.0 (Android 13)")
    b.header("client-sdk", "android4.38.0")
    pairs = [
        ("app_token", "q7w2e9r4t1yu"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("android_uuid", b.id("adjust_adid", where="form android_uuid")),
        ("created_at", iso(c)),
        ("session_count", str(c.rng.randint(2, 80))),
    ]
    b.form(pairs)
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fx/rates?from=AED,SAR,USD&to=PHP&days=30")
    b.decoy("exchange-rate series (floats, not a face vector)")
    b.ok_json({"AED": [rf(c.rng, 15.1, 15.9, 4) for _ in range(30)]})
    return b.build()


def beneficiary(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tatanggap")
    b.decoy("beneficiary's mobile number and name (another person; a phone number is no device id)")
    b.json(
        {
            "pangalan": "Lorna Dela Cruz",
            "mobile": "+63917" + str(c.rng.randint(1000000, 9999999)),
            "relasyon": "nanay",
        }
    )
    b.ok_json({"id": c.rng.randint(1000, 9999)})
    return b.build()


def branch_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/branches?lat=10.3157&lng=123.8854&radius=3km")
    b.decoy("pawnshop branch coordinates")
    b.ok_json(
        {
            "branches": [
                {"lat": rf(c.rng, 10.29, 10.34, 5), "lng": rf(c.rng, 123.87, 123.92, 5)}
                for _ in range(5)
            ]
        }
    )
    return b.build()
