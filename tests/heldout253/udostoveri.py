"""Удостовери (Udostoveri): an e-identity app, Evrotrust-like, on the father's
Galaxy A55. The bank sends him there to be identified remotely.

An identification process takes the ID card (the back side with its MRZ; no
face on it), a selfie, and a short liveness video in which he turns his head;
the vendor matches the selfie against the chip / document portrait and the
result endpoint returns the face-match similarity and the liveness verdict.
A later re-verification sends a face template the app computed itself,
base64 float32 under the key `d`. Device registration names the ANDROID_ID and
the app's install id; the remote config carries a SHA-1 of the ANDROID_ID in a
one-letter form field. Signing a document (its hash, a signature) and the
qualified certificate download are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, jsb, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.udostoveri.example"
UA = ua("Udostoveri", "5.1.4", "bashta")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "udostoveri", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/register")
    b.json(
        {
            "installationId": b.id("eid_install", where="json installationId"),
            "androidId": b.id("aid_eid", where="json androidId"),
            "platform": "android",
            "model": "SM-A556B",
            "appVersion": "5.1.4",
        }
    )
    b.ok_json({"registered": True, "user": b.acct("eid_user")})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.form([("a", "5.1.4"), ("q", b.id("aid_eid", "sha1", "form q", detectable=False))])
    b.ok_json({"nfc": True, "videoSec": 6, "minSimilarity": 0.7})
    return b.build()


def start(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identification/start")
    b.decoy("process id and requester (bank) reference")
    b.json(
        {"documentType": "ID_CARD", "country": "BGR", "requester": "TRAKIA_BANK", "ref": rid(c.rng)}
    )
    b.ok_json({"processId": rid(c.rng), "steps": ["DOCUMENT_BACK", "SELFIE", "LIVENESS_VIDEO"]})
    return b.build()


def _upload(c: Context, name: str, fname: str, ctype: str, data: bytes) -> FB:
    b = _b(c, "POST", f"{API}/api/v2/identification/{rid(c.rng)}/media")
    boundary = "----udst" + new_hex(c.rng, 16)
    meta = {
        "type": name,
        "capturedAt": iso(c),
        "camera": "front" if name != "DOCUMENT_BACK" else "back",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json; charset=utf-8", jsb(meta)),
            (name.lower(), fname, ctype, data),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"accepted": True, "mediaId": rid(c.rng)})
    return b


def document_back(c: Context) -> Flow:
    b = _upload(
        c, "DOCUMENT_BACK", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)
    )
    b.decoy("ID card back side with MRZ (no face)")
    return b.build()


def selfie(c: Context) -> Flow:
    b = _upload(c, "SELFIE", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    b.bio("face_image", "multipart part selfie (meta type SELFIE)")
    return b.build()


def liveness_video(c: Context) -> Flow:
    b = _upload(c, "LIVENESS_VIDEO", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9)))
    b.bio("face_video", "multipart part liveness_video (head-turn video of the face)")
    return b.build()


def result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/identification/{rid(c.rng)}/result")
    where = "response json faceMatch.similarity + liveness (face-match result)"
    b.mark("biometric", "face_match", where, True, "response")
    b.ok_json(
        {
            "status": "IDENTIFIED",
            "faceMatch": {
                "similarity": rf(c.rng, 0.78, 0.98, 3),
                "decision": "MATCH",
                "source": "CHIP",
            },
            "liveness": {"score": rf(c.rng, 0.8, 0.99, 3), "passed": True, "headTurn": True},
            "document": {"type": "ID_CARD", "country": "BGR", "expires": "2031-04-11"},
        }
    )
    return b.build()


def reverify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/rv")
    b.bio("face_template", "json d (base64 float32 vector)", detectable=False)
    b.json({"d": floats_b64(floats(c.rng, 128)), "v": 2, "n": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


def podpis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sign")
    b.decoy("document hash and signature request (not biometric)")
    b.json(
        {
            "documentId": rid(c.rng),
            "documentHash": new_hex(c.rng, 64),
            "hashAlgorithm": "SHA-256",
            "reason": "Договор за разплащателна сметка",
        }
    )
    b.ok_json(
        {"signature": b64(bytes(c.rng.getrandbits(8) for _ in range(64))), "status": "SIGNED"}
    )
    return b.build()


def certificate(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/certificate/qualified")
    b.decoy("qualified certificate serial and thumbprint")
    b.ok_json(
        {
            "serialNumber": new_hex(c.rng, 32).upper(),
            "thumbprint": new_hex(c.rng, 40).upper(),
            "validTo": "2028-03-01T00:00:00Z",
        }
    )
    return b.build()
