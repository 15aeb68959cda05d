"""Voye Lakay: a Miami-to-Haiti remittance app with selfie liveness and face match.

Onboarding sends a selfie to ComplyCube (`POST /v1/livePhotos`, `clientId`,
base64 `data`, `performLivenessCheck`; docs.complycube.com) or to Onfido
(`POST /v3.6/live_photos`, multipart `applicant_id` + `file`,
`advanced_validation`; documentation.onfido.com); before a large transfer the
app re-checks the sender with AWS Rekognition `CompareFaces` (`X-Amz-Target:
RekognitionService.CompareFaces`, `SourceImage.Bytes` / `TargetImage.Bytes`)
through its Cognito credentials. The app's own liveness step reports face
landmarks and head pose, and caches a face template under a one-letter key.
Exchange rates, recipients, transfers, a self-declared sex on the KYC form and
the FCM token are not sensitive here.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from . import adsdk
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.voyelakay.example"
UA = ua("VoyeLakay", "2.14.0")
ADJUST_TOKEN = "m3v8dd1p0zkw"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "voyelakay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 700)


def complycube_selfie(c: Context) -> Flow:
    b = FB(c, "complycube", "POST", "https://api.complycube.com/v1/livePhotos")
    b.header("authorization", "test_" + new_hex(c.rng, 40))
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "json data (live photo, liveness check)")
    client = new_hex(c.rng, 24)
    b.json({"clientId": client, "data": b64(_jpeg(c)), "performLivenessCheck": True})
    b.ok_json(
        {
            "id": new_hex(c.rng, 24),
            "clientId": client,
            "contentType": "image/jpg",
            "createdAt": iso(c),
        }
    )
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.us.onfido.com/v3.6/live_photos")
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    b.header("user-agent", "Onfido-Android-SDK/20.2.0")
    b.bio("face_image", "multipart file (live photo)")
    boundary = new_hex(c.rng, 32)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.us-east-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250308T" + f"{c.rng.randint(13, 22):02d}0000Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20250308/us-east-1/rekognition/aws4_request,"
        " SignedHeaders=host;x-amz-date;x-amz-target, Signature=" + new_hex(c.rng, 64),
    )
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    body = {
        "SimilarityThreshold": 90,
        "SourceImage": {"Bytes": b64(_jpeg(c))},
        "TargetImage": {"Bytes": b64(_jpeg(c))},
    }
    b.set_body(jsb(body), "application/x-amz-json-1.1")
    match = {"FaceMatches": [{"Similarity": rf(c.rng, 91, 99.9, 2)}], "UnmatchedFaces": []}
    b.respond(200, "application/x-amz-json-1.1", jsb(match))
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/liveness")
    b.bio("face_landmarks", "json figi.landmarks / figi.headPose")
    cx, cy = c.rng.uniform(300, 420), c.rng.uniform(380, 520)
    pts = [
        [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 80), 1)] for _ in range(68)
    ]
    b.json(
        {
            "etap": "liveness",
            "defi": c.rng.choice(["bat_je", "vire_tet_adwat", "souri"]),
            "figi": {
                "landmarks": pts,
                "headPose": {
                    "yaw": rf(c.rng, -25, 25, 2),
                    "pitch": rf(c.rng, -15, 15, 2),
                    "roll": rf(c.rng, -8, 8, 2),
                },
                "eyesOpenProbability": rf(c.rng, 0.1, 1, 3),
                "smilingProbability": rf(c.rng, 0, 1, 3),
            },
            "le": iso(c),
        }
    )
    b.ok_json({"pase": True})
    return b.build()


def template_cache(c: Context) -> Flow:
    """A 128-float face template, float32 base64 under 't'; nothing names it."""
    b = _b(c, "POST", f"{API}/v1/k/c")
    b.bio("face_embedding", "json t (base64 float32 x128)", detectable=False)
    vec = [round(c.rng.gauss(0, 0.09), 5) for _ in range(128)]
    b.json({"t": b64(struct.pack("<128f", *vec)), "n": 1, "ts": ms(c)})
    b.no_content()
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sekirite/aparey")
    b.json(
        {
            "androidId": b.id("aid_voye", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "deviceFingerprint": b.id("voye_fp", where="json deviceFingerprint"),
            "rooted": False,
            "emulator": False,
            "model": "SM-A155F",
        }
    )
    b.ok_json({"risk": "ba", "score": c.rng.randint(1, 25)})
    return b.build()


def quote(c: Context) -> Flow:
    """Transfer quote; its request-context header is a hash of the ANDROID_ID."""
    b = _b(c, "POST", f"{API}/v1/transfe/quote")
    b.header("x-vl-ctx", b.id("aid_voye", "sha256", "header x-vl-ctx", detectable=False))
    usd = c.rng.choice([50, 100, 150, 200, 300])
    b.json(
        {
            "montan_usd": usd,
            "peyi": "HT",
            "metod": c.rng.choice(["moncash", "depo_labank", "ranmase"]),
        }
    )
    b.ok_json({"to": rf(c.rng, 128, 134, 2), "fre": 3.99, "resevwa_htg": round(usd * 131.2, 2)})
    return b.build()


def adjust_session(c: Context) -> Flow:
    return adsdk.adjust(c, "session", ADJUST_TOKEN, "adjust_uuid_voye")


def adjust_transfer(c: Context) -> Flow:
    return adsdk.adjust(
        c, "event", ADJUST_TOKEN, "adjust_uuid_voye", "t9q2aa", {"metod": "moncash", "premye": "0"}
    )


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/to?de=USD&a=HTG")
    b.decoy("float series (exchange rates)")
    b.ok_json({"to": [[ms(c) - i * 3600000, rf(c.rng, 128, 134, 3)] for i in range(48)]})
    return b.build()


def recipients(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/benefisye")
    b.ok_json(
        {
            "benefisye": [
                {"id": rid(c.rng), "non": n, "vil": v, "moncash": True}
                for n, v in (("Manmi Odette", "Cap-Haïtien"), ("Ti Jean", "Port-au-Prince"))
            ]
        }
    )
    return b.build()


def send(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/transfe")
    b.decoy("transfer number, idempotency key")
    b.json(
        {
            "benefisye_id": rid(c.rng),
            "montan_usd": c.rng.choice([50, 100, 200]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {"nimewo_transfe": f"VL{c.rng.randint(10**9, 10**10)}", "eta": "15 minit", "kreye": iso(c)}
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/enfomasyon")
    b.decoy("self-declared sex / birth date")
    b.json(
        {
            "prenon": "Nadège",
            "non": "Pierre-Louis",
            "sèks": "F",
            "dat_nesans": "1984-09-02",
            "adrès": "NW 54th St, Miami FL",
            "nasyonalite": "HT",
        }
    )
    b.ok_json({"ok": True, "kliyan": b.acct("voye_user")})
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/notifikasyon/anrejistre")
    b.decoy("FCM push token (not a device id)")
    b.json({"token": b.acct("voye_push"), "platform": "android"})
    b.no_content()
    return b.build()
