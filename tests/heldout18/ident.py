"""A German video-ident app (IDnow AutoIdent / Nect style): the user reads the
ID document's chip by NFC and records a selfie; the SDK uploads liveness frames,
compares the selfie with the chip's DG2 face image and reports the result.

Sources: ICAO Doc 9303 part 10 (DG2 holds the encoded face image, JPEG or JPEG
2000) and BSI TR-03110 for the chip; the publicly described flow of IDnow
AutoIdent and Nect Ident (selfie video with liveness challenge, face comparison
with the document photo). The vendor endpoints and key names are this
fictional vendor's own: the real SDKs' private APIs are not documented.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, jwt, multipart

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://api.selfident-example.de/v2"
JP2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00\x00\x14ftypjp2 "


def _auth(b: FB, c: Context) -> None:
    b.header("authorization", "Bearer " + jwt({"txn": b.acct("ident_txn"), "iat": int(c.now)}))
    b.header("user-agent", ua("SelfIdent", "5.3.2"))


def liveness_frames(c: Context) -> Flow:
    b = FB(c, "selfident-sdk", "POST", f"{API}/identifications/{b_txn(c)}/liveness/frames")
    _auth(b, c)
    meta = {
        "challenge": c.rng.choice(["TURN_LEFT", "TURN_RIGHT", "SMILE"]),
        "frameTimestamps": [ms(c) + i * 120 for i in range(3)],
        "camera": "front",
    }
    parts = [("meta", None, "application/json", jsb(meta))]
    parts += [
        (
            f"selfieFrame{i}",
            f"selfie_{i}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**6), 700),
        )
        for i in range(3)
    ]
    boundary = rid(c.rng)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "body:multipart selfieFrame0..2 (liveness selfie frames)")
    b.ok_json({"status": "RECEIVED", "nextChallenge": "SMILE"})
    return b.build()


def b_txn(c: Context) -> str:
    return str(c.phone.ident_txn)


def chip_face_match(c: Context) -> Flow:
    b = FB(c, "selfident-sdk", "POST", f"{API}/identifications/{b_txn(c)}/face-comparison")
    _auth(b, c)
    jp2 = JP2 + bytes(c.rng.getrandbits(8) for _ in range(300))
    b.json(
        {
            "referenceImage": {"source": "NFC_DG2", "format": "JPEG2000", "data": b64(jp2)},
            "probeImage": {
                "source": "SELFIE",
                "format": "JPEG",
                "data": b64(fake_jpeg(c.rng.randint(0, 10**6), 500)),
            },
            "threshold": 0.62,
        }
    )
    b.bio("face_image", "body:referenceImage.data (DG2 chip photo), probeImage.data (selfie)")
    b.ok_json({"similarity": rf(c.rng, 0.7, 0.98), "decision": "MATCH", "requestId": rid(c.rng)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = FB(c, "selfident-sdk", "POST", f"{API}/identifications/{b_txn(c)}/result")
    _auth(b, c)
    lm = points(c.rng, 68)
    b.json(
        {
            "passiveLiveness": {"score": rf(c.rng, 0.8, 0.99), "spoofType": None},
            "faceComparison": {"score": rf(c.rng, 0.7, 0.98), "decision": "MATCH"},
            "selfieAnalysis": {
                "estimatedAge": c.rng.randint(28, 40),
                "headPose": {
                    "yaw": rf(c.rng, -8, 8, 2),
                    "pitch": rf(c.rng, -6, 6, 2),
                    "roll": rf(c.rng, -3, 3, 2),
                },
                "landmarks68": lm,
                "eyesOpen": True,
            },
            "completedAt": iso(c),
        }
    )
    b.bio("face_analysis", "body:selfieAnalysis (landmarks68, headPose, estimatedAge)")
    b.ok_json({"state": "SUCCESS"})
    return b.build()


def face_template(c: Context) -> Flow:
    b = FB(c, "selfident-sdk", "PUT", f"{API}/identifications/{b_txn(c)}/biometric-template")
    _auth(b, c)
    b.json(
        {
            "templateType": "FACE",
            "algorithm": "arcface-r100-v3",
            "dimension": 512,
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "createdAt": iso(c),
        }
    )
    b.bio("face_embedding", "body:faceTemplate (float32 x512 base64)")
    b.no_content()
    return b.build()


def sealed_upload(c: Context) -> Flow:
    blob = bytes(c.rng.getrandbits(8) for _ in range(600))
    b = FB(c, "selfident-sdk", "POST", f"{API}/identifications/{b_txn(c)}/evidence")
    _auth(b, c)
    b.json(
        {
            "protected": b64('{"alg":"RSA-OAEP-256","enc":"A256GCM"}'),
            "ciphertext": b64(blob),
            "iv": b64(blob[:12]),
            "tag": b64(blob[-16:]),
        }
    )
    b.bio("face_image", "body:ciphertext (JWE-sealed selfie video evidence)", detectable=False)
    b.ok_json({"stored": True})
    return b.build()


def device_check(c: Context) -> Flow:
    b = FB(c, "selfident-sdk", "POST", f"{API}/device/attestation")
    b.header("x-device-fingerprint", b.id("ident_fp", where="header:x-device-fingerprint"))
    b.json(
        {
            "deviceId": b.id("aid_ident", where="body:deviceId"),
            "platform": "ANDROID",
            "model": "CPH2581",
            "nfcAvailable": True,
            "rooted": False,
            "playIntegrityToken": b64(rid(c.rng) + rid(c.rng)),
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def personal_form(c: Context) -> Flow:
    b = FB(c, "selfident-api", "POST", f"{API}/identifications/{b_txn(c)}/personal-data")
    _auth(b, c)
    b.json(
        {
            "vorname": "Jonas",
            "nachname": "Bergmann",
            "geschlecht": "M",
            "email": b.id("email", where="body:email"),
            "geburtsdatum": "1991-04-17",
            "staatsangehoerigkeit": "DEU",
            "adresse": {"strasse": "Lindenallee 12", "plz": "50968", "ort": "Köln"},
        }
    )
    b.decoy("self-declared gender on a personal-data form")
    b.ok_json({"ok": True})
    return b.build()


def eid_tctoken(c: Context) -> Flow:
    b = FB(c, "selfident-api", "GET", f"{API}/eid/tctoken")
    b.param("sessionId", rid(c.rng))
    b.decoy("eID TC token fetch (session ids)")
    b.respond(
        200,
        "text/xml",
        (
            f"<TCTokenType><ServerAddress>https://eid.selfident-example.de"
            f"</ServerAddress><SessionIdentifier>{rid(c.rng)}</SessionIdentifier>"
            "</TCTokenType>"
        ).encode(),
    )
    return b.build()


def ident_status(c: Context) -> Flow:
    b = FB(c, "selfident-api", "GET", f"{API}/identifications/{b_txn(c)}/status")
    _auth(b, c)
    b.ok_json({"status": c.rng.choice(["PENDING", "REVIEW", "SUCCESS"]), "updatedAt": iso(c)})
    return b.build()
