"""Qapy: a Kazakh super-app / bank whose onboarding and login use face liveness.

Sources:
- VisionLabs LUNA ID (Android / iOS SDK docs, docs.visionlabs.ai): API v6
  `liveness` (images checked for a live person) and `verifiers` verification;
  the bank runs LUNA PLATFORM on its own host, so the host is first party.
- Regula Face API (faceapi.regulaforensics.com): `POST /api/match` with
  `images: [{index, type, data: <base64>}]`; `POST /api/detect` with attributes.
- Sumsub: selfie upload `POST /resources/applicants/{id}/info/idDoc`, multipart
  with `metadata` {"idDocType": "SELFIE"} and the image as `content`.
- NtechLab FindFace Multi: `POST /detect` multipart `photo`, faces with bbox.
Device: the bank's own device fingerprint call. Decoys: transactions, FX rate
series, a sign-up form with self-declared gender, ID-document OCR.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.qapy.kz"
LUNA = "https://luna-id.qapy.kz"
UA = ua("Qapy", "9.3.0")


def _b(ctx: Context, method: str, url: str) -> FB:
    b = FB(ctx, "qapy", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(ctx.rng))
    return b


def _jpeg(ctx: Context) -> bytes:
    return fake_jpeg(ctx.rng.randint(0, 10**9), 700)


def luna_liveness(ctx: Context) -> Flow:
    b = _b(ctx, "POST", LUNA + "/6/liveness")
    b.header("luna-account-id", "4f1b7c2e-aa10-4c55-9d0e-qapy00000001")
    bnd = "lunaid" + rid(ctx.rng)[:12]
    parts = [("image", "frame.jpg", "image/jpeg", _jpeg(ctx))]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart image -> /6/liveness")
    b.ok_json({"images": [{"liveness": {"prediction": 1, "estimations": {"probability": 0.97}}}]})
    return b.build()


def luna_verify_descriptor(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{LUNA}/6/verifiers/{rid(ctx.rng)}/raw")
    b.json(
        {
            "references": [{"face_id": rid(ctx.rng)}],
            "candidates": [{"descriptor": floats_b64(floats(ctx.rng, 128)), "version": 59}],
        }
    )
    b.bio("embedding", "body.candidates[].descriptor")
    b.ok_json({"matches": [{"similarity": rf(ctx.rng, 0.8, 0.99)}]})
    return b.build()


def regula_match(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "https://faceapi.regulaforensics.com/api/match")
    b.json(
        {
            "tag": rid(ctx.rng),
            "images": [
                {"index": 0, "type": 1, "data": b64(_jpeg(ctx))},
                {"index": 1, "type": 3, "data": b64(_jpeg(ctx))},
            ],
        }
    )
    b.bio("face_image", "body.images[].data")
    b.ok_json({"code": 0, "results": [{"first": 0, "second": 1, "similarity": 0.93}]})
    return b.build()


def sumsub_selfie(ctx: Context) -> Flow:
    app = ctx.phone.sumsub_applicant  # type: ignore[attr-defined]
    b = _b(ctx, "POST", f"https://api.sumsub.com/resources/applicants/{app}/info/idDoc")
    bnd = "----sumsub" + rid(ctx.rng)[:16]
    meta = b'{"idDocType":"SELFIE","country":"KAZ"}'
    parts = [
        ("metadata", None, "application/json", meta),
        ("content", "selfie.jpg", "image/jpeg", _jpeg(ctx)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.header("x-access-token", "_act-sbx-" + rid(ctx.rng))
    b.bio("face_image", "multipart content (idDocType SELFIE)")
    b.ok_json({"idDocType": "SELFIE", "country": "KAZ"})
    return b.build()


def findface_detect(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "https://ff.qapy.kz/api/v1/detect")
    bnd = "ff" + rid(ctx.rng)[:10]
    parts = [("photo", "login.jpg", "image/jpeg", _jpeg(ctx)), ("attributes", None, None, b"face")]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart photo -> /detect")
    bbox = {"left": 120, "top": 88, "right": 410, "bottom": 430}
    b.ok_json({"objects": {"face": [{"id": rid(ctx.rng), "bbox": bbox}]}})
    return b.build()


def liveness_result(ctx: Context) -> Flow:
    """The app forwards its on-device face analysis to its own backend."""
    b = _b(ctx, "POST", API + "/onboarding/v2/face-check")
    b.json(
        {
            "sessionId": rid(ctx.rng),
            "faceAnalysis": {
                "livenessScore": rf(ctx.rng, 0.8, 1),
                "eyesOpen": True,
                "headPose": {"yaw": rf(ctx.rng, -10, 10, 2), "pitch": rf(ctx.rng, -8, 8, 2)},
                "landmarks5": [
                    [rf(ctx.rng, 100, 400, 1), rf(ctx.rng, 100, 450, 1)] for _ in range(5)
                ],
                "estimatedAge": ctx.rng.randint(25, 35),
            },
        }
    )
    b.bio("face_analysis", "body.faceAnalysis")
    b.ok_json({"next": "otp"})
    return b.build()


def sealed_biometry(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/s/v1/blob")
    b.json(
        {
            "alg": "A256GCM",
            "kid": "qb-7",
            "ct": b64(bytes(ctx.rng.getrandbits(8) for _ in range(160))),
        }
    )
    b.bio("face_template", "body.ct (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def device_fingerprint(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/security/v1/device")
    b.json(
        {
            "deviceId": b.id("aid_bank", where="body.deviceId"),
            "fingerprint": b.id("bank_fp", where="body.fingerprint"),
            "rooted": False,
            "model": "SM-A356E",
            "pushToken": b.acct("bank_push"),
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def transactions(ctx: Context) -> Flow:
    b = _b(ctx, "GET", API + "/cards/v1/transactions?limit=30")
    tx = [
        {"id": rid(ctx.rng), "amount": -rf(ctx.rng, 500, 40000, 0), "at": iso(ctx)}
        for _ in range(5)
    ]
    b.ok_json({"items": tx})
    b.decoy("transaction list with ids")
    return b.build()


def fx_rates(ctx: Context) -> Flow:
    b = _b(ctx, "GET", API + "/public/fx?pair=USDKZT&period=30d")
    b.ok_json({"series": [rf(ctx.rng, 470, 520, 2) for _ in range(30)]})
    b.decoy("exchange-rate series")
    return b.build()


def signup_form(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/onboarding/v2/profile")
    b.json(
        {
            "firstName": "Айгерим",
            "gender": "F",
            "birthYear": 1994,
            "city": "Алматы",
            "email": b.id("email", where="body.email"),
        }
    )
    b.decoy("self-declared gender on sign-up form")
    b.ok_json({"ok": True})
    return b.build()


def id_ocr(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/onboarding/v2/document")
    b.json(
        {"docType": "KZ_ID", "mrz": "IDKAZ0" + str(ctx.rng.randint(10**8, 10**9)), "side": "back"}
    )
    b.decoy("ID document OCR (no face)")
    b.ok_json({"ok": True})
    return b.build()
