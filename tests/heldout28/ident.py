"""An itsme / iDIN-like identity app: a selfie to Onfido, the passport chip's face
photo (ICAO DG2) read over NFC and sent to the app's backend, the face-match result
sent on to the bank that asked, device registration.

Sources: Onfido API v3.6 reference (documentation.onfido.com, "Upload live
photo"): `POST /v3.6/live_photos`, multipart with `applicant_id`, `file`,
`advanced_validation`; EU region host api.eu.onfido.com. ICAO Doc 9303 part 10:
DG1 holds the MRZ, DG2 the encoded face image (JPEG / JPEG 2000). The app's own
endpoints and key names are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, blob, iso, rf, rid, ua

API = "https://api.mijnid-example.nl"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("MijnID", "4.2.0"))
    b.header("x-correlation-id", rid(b.ctx.rng))


def onfido_live_photo(ctx: Context) -> Flow:
    boundary = "----" + rid(ctx.rng).replace("-", "")
    b = FB(ctx, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("authorization", "Bearer eyJhbGciOiJFUzUxMiJ9." + b64(rid(ctx.rng))[:30])
    b.header("user-agent", "onfido-android-sdk/21.4.0")
    parts = [
        ("applicant_id", None, None, rid(ctx.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 9**9), 1000)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "body.multipart.file (live photo)")
    b.ok_json({"id": rid(ctx.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def chip_dg2(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/onboarding/nfc")
    _hdr(b)
    jp2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n" + blob(ctx.rng, 700)
    b.json(
        {
            "documentType": "P",
            "issuingState": ctx.rng.choice(["NLD", "POL"]),
            "chip": {
                "dg1": b64(blob(ctx.rng, 90)),
                "dg2FaceImage": b64(jp2),
                "sod": b64(blob(ctx.rng, 120)),
            },
            "activeAuth": True,
        }
    )
    b.bio("face_image", "body.chip.dg2FaceImage")
    b.ok_json({"step": "selfie"})
    return b.build()


def chip_groups(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/onboarding/document/datagroups")
    _hdr(b)
    b.json(
        {
            "dataGroups": {
                "DG1": b64(blob(ctx.rng, 90)),
                "DG2": b64(blob(ctx.rng, 800)),
                "DG14": b64(blob(ctx.rng, 60)),
            },
            "readAt": iso(ctx),
        }
    )
    b.bio("face_image", "body.dataGroups.DG2 (ICAO face data group)")
    b.ok_json({"step": "selfie"})
    return b.build()


def match_result(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/rp/assertion")
    _hdr(b)
    b.json(
        {
            "relyingParty": "bank-przyklad",
            "assurance": "substantial",
            "faceMatch": {
                "similarity": rf(ctx.rng, 0.82, 0.99),
                "liveness": "PASS",
                "yaw": rf(ctx.rng, -8, 8),
            },
            "claims": ["name", "birthdate"],
        }
    )
    b.bio("face_match_result", "body.faceMatch.similarity")
    b.ok_json({"assertionId": rid(ctx.rng)})
    return b.build()


def selfie_frames(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/onboarding/liveness/frames")
    _hdr(b)
    frames = [
        {
            "t": i * 120,
            "img": b64(fake_jpeg(ctx.rng.randint(0, 9**9), 200)),
            "headPose": {"yaw": rf(ctx.rng, -20, 20, 1), "pitch": rf(ctx.rng, -10, 10, 1)},
        }
        for i in range(3)
    ]
    b.json({"challenge": "turn_head_left", "frames": frames})
    b.bio("face_video", "body.frames[].img+headPose (liveness challenge)")
    b.ok_json({"live": True})
    return b.build()


def opaque_selfie(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/s/{rid(ctx.rng)[:8]}")
    _hdr(b)
    b.set_body(blob(ctx.rng, 900), "application/octet-stream")
    b.bio("face_image", "body (encrypted selfie package)", detectable=False)
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/devices/register")
    _hdr(b)
    b.json(
        {
            "installationId": b.id("ident_inst", where="body.installationId"),
            "deviceInfo": {
                "androidId": b.id("aid_ident", "sha1", where="body.deviceInfo.androidId"),
                "manufacturer": "LENOVO",
                "model": "TB370FU",
                "sdkInt": 33,
            },
            "pushToken": "f" + rid(ctx.rng).replace("-", "")[:20],
            "user": b.acct("ident_user"),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def signup_form(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/onboarding/persoonsgegevens")
    _hdr(b)
    b.form(
        [
            ("voornaam", "Anouk"),
            ("geslacht", ctx.rng.choice(["V", "M", "X"])),
            ("geboortedatum", "1988-03-14"),
            ("taal", "nl"),
        ]
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared gender on a sign-up form")
    return b.build()


def login_flow(ctx: Context) -> Flow:
    b = FB(ctx, "mijnid", "POST", f"{API}/v2/auth/approve")
    _hdr(b)
    b.json({"requestId": rid(ctx.rng), "pinVerified": True, "ts": iso(ctx)})
    b.ok_json({"approved": True})
    b.decoy("login approval with request ids")
    return b.build()
