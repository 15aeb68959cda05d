"""Bank Mizrach Digital: an Israeli bank app with onboarding liveness (Onfido,
iProov), face login against its own face-template service, AppsFlyer.

- Onfido API v3 (documentation.onfido.com; onfido-sdk-ui src/utils/onfidoApi.ts):
  multipart POST /v3/live_photos (file, advanced_validation, sdk_metadata) and
  /v3/live_videos (file, challenge JSON, challenge_id, challenge_switch_at,
  languages), Authorization: Bearer <SDK token>.
- iProov (docs.iproov.com REST API v2): POST /api/v2/claim/verify/token; the SDK
  then streams frames over socket.io to the same host (binary, opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, floats_b64, js, jwt, multipart

from . import ads
from .phone import FB, floats, iso, ms, rf, rid, ua

APP = ads.App("il.mizrachdigital.bank", "MizrachDigital", "6.20.0", "aid_bank")
API = "https://mobile.mizrach-digital.co.il"
ONFIDO = "https://api.onfido.com"
IPROOV = "https://eu.rp.secure.iproov.me"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-correlation-id", rid(b.ctx.rng))


def _sdk(b: FB) -> None:
    b.header("authorization", "Bearer " + jwt({"app": new_hex(b.ctx.rng, 8), "exp": 1}))
    b.header("user-agent", "onfido-android-sdk/19.1.0")


def onfido_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/v3/live_photos")
    _sdk(b)
    bnd = "onfido" + new_hex(c.rng, 16)
    b.bio("face_image", "multipart:file (selfie to Onfido live_photos)")
    meta = js({"sdk_source": "android-sdk", "sdk_version": "19.1.0", "camera": "front"})
    b.set_body(
        multipart(
            bnd,
            [
                ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
                ("advanced_validation", None, None, b"true"),
                ("sdk_metadata", None, None, meta.encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"id": new_hex(c.rng, 32), "file_name": "selfie.jpg", "created_at": iso(c)}, 201)
    return b.build()


def onfido_video(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/v3/live_videos")
    _sdk(b)
    bnd = "onfido" + new_hex(c.rng, 16)
    b.bio("face_video", "multipart:file (liveness video to Onfido live_videos)")
    ch = js([{"type": "recite", "query": [3, 7, 1]}, {"type": "movement", "query": "turnLeft"}])
    b.set_body(
        multipart(
            bnd,
            [
                ("file", "live_video.mp4", "video/mp4", fake_mp4(c.rng.getrandbits(32))),
                ("challenge", None, None, ch.encode()),
                ("challenge_id", None, None, new_hex(c.rng, 32).encode()),
                ("challenge_switch_at", None, None, b"3120"),
                ("languages", None, None, b'[{"source":"sdk","language_code":"he"}]'),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"id": new_hex(c.rng, 32), "created_at": iso(c)}, 201)
    return b.build()


def iproov_token(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", f"{IPROOV}/api/v2/claim/verify/token")
    b.decoy("iProov claim token request: no face data yet")
    b.json(
        {
            "api_key": new_hex(c.rng, 40),
            "resource": APP.pkg,
            "client": "android",
            "user_id": c.phone.bank_user,
            "assurance_type": "genuine_presence",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 64), "pod": "edge", "expires_in": 300})
    return b.build()


def iproov_frames(c: Context) -> Flow:
    url = f"{IPROOV}/socket.io/"
    params = [("EIO", "4"), ("transport", "polling"), ("sid", new_hex(c.rng, 20))]
    b = FB(c, "iproov", "POST", url, params)
    b.header("user-agent", "iProov-Android/10.1.1")
    b.bio("face_frames", "octet-stream: socket.io binary frames (encrypted)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(1400)), "application/octet-stream")
    b.respond(200, "text/plain; charset=UTF-8", b"ok")
    return b.build()


def face_login(c: Context) -> Flow:
    b = FB(c, "mizrach", "POST", f"{API}/auth/v2/face-login")
    _hdr(b)
    b.bio("face_template", "json:faceTemplate.vector")
    b.json(
        {
            "customerId": c.phone.bank_user,
            "faceTemplate": {
                "vector": floats_b64(floats(c.rng, 128)),
                "model": "mfn-v3",
                "dims": 128,
                "quality": rf(c.rng, 0.6, 0.99, 3),
            },
            "liveness": {"passive_score": rf(c.rng, 0.8, 1, 3)},
            "ts": ms(c),
        }
    )
    b.ok_json({"auth": "ok", "session": new_hex(c.rng, 32)})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = FB(c, "mizrach", "POST", f"{API}/auth/v2/device/bind")
    _hdr(b)
    fp = b.id(APP.aid, how="sha256", where="json:deviceFingerprint")
    b.json(
        {
            "deviceFingerprint": fp,
            "deviceModel": "Pixel 8a",
            "rooted": False,
            "otpChannel": "sms",
            "customerId": c.phone.bank_user,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def transactions(c: Context) -> Flow:
    b = FB(c, "mizrach", "GET", f"{API}/accounts/v1/transactions", [("from", "2024-10-01")])
    _hdr(b)
    b.decoy("transactions with amounts and reference numbers")
    b.ok_json(
        {
            "items": [
                {
                    "ref": new_digits(c.rng, 10),
                    "amount": rf(c.rng, -900, 900, 2),
                    "currency": "ILS",
                    "desc": "שופרסל",
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "mizrach", "GET", f"{API}/markets/v1/fx", [("pair", "USDILS"), ("range", "1M")])
    _hdr(b)
    b.decoy("exchange-rate price series")
    b.ok_json({"points": [rf(c.rng, 3.6, 3.9, 4) for _ in range(30)]})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = FB(c, "mizrach", "POST", f"{API}/onboarding/v1/personal-details")
    _hdr(b)
    b.decoy("self-declared gender and birth date on an account-opening form")
    b.json(
        {
            "min": "nekeva",
            "taarich_leida": "1991-03-14",
            "teudat_zehut_last4": "4821",
            "occupation": "teacher",
        }
    )
    b.ok_json({"step": "selfie"})
    return b.build()


def af(c: Context) -> Flow:
    return ads.appsflyer_launch(
        c, APP, "af_complete_registration" if c.rng.random() < 0.2 else None
    )
