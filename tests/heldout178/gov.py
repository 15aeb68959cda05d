"""Chemi Saxelmtsipo: a government services app (ID, property, utilities) on the
iPhone, whose remote identification checks a live selfie against the ID-card photo.

The liveness step uploads selfie frames; the match step sends a face template
(float32, base64) under the in-house key `saxis_shabloni` ("face template"). A
hardened path sends the frames AES-encrypted in one opaque field. The ID-card OCR
boxes, the MRZ, the personal number and the service forms are not biometric (the
personal number is an account, not a device id).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, ios_ua, iso, rf, rid

API = "https://api.chemi-gov.example"
UA = ios_ua("ChemiSaxelmtsipo", "5.4.1")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "chemi-gov", method, url)
    b.header("user-agent", UA)
    b.header("x-session", b.acct("gov_session"))
    if device:
        b.header("x-device-vendor-id", b.id("idfv_gov", where="header x-device-vendor-id"))
    return b


def liveness_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identifikacia/liveness/selfie")
    b.bio("face_image", "multipart selfie_frame_* (path liveness/selfie)")
    boundary = "Boundary-" + rid(c.rng).upper()
    parts = [
        (
            f"selfie_frame_{i}",
            f"frame{i}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 700),
        )
        for i in range(3)
    ]
    parts.append(("challenge", None, None, c.rng.choice(["turn_left", "blink", "smile"]).encode()))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"liveness": "passed", "score": rf(c.rng, 0.8, 1.0, 3)})
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identifikacia/shedareba")
    b.bio("face_template", "json saxis_shabloni (float32 base64) + saxis_kutxeebi")
    b.json(
        {
            "piradi_nomeri": b.acct("personal_no"),
            "saxis_shabloni": floats_b64(floats(c.rng, 128)),
            "saxis_kutxeebi": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
            "modeli": "arcface-r50-v3",
        }
    )
    b.ok_json({"shedegi": "emtxveva", "msgavseba": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def face_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identifikacia/quality")
    b.bio("face_attributes", "json face.age/gender/eyesOpen/headPose")
    b.json(
        {
            "face": {
                "bbox": [rf(c.rng, 100, 200, 1), rf(c.rng, 120, 240, 1), 280.0, 340.0],
                "age": c.rng.randint(25, 70),
                "gender": c.rng.choice(["female", "male"]),
                "eyesOpen": rf(c.rng, 0.7, 1, 2),
                "headPose": {"yaw": rf(c.rng, -10, 10, 2), "roll": rf(c.rng, -5, 5, 2)},
            },
            "ts": iso(c),
        }
    )
    b.ok_json({"quality": "ok"})
    return b.build()


def sealed_frames(c: Context) -> Flow:
    """Hardened path: frames AES-GCM sealed; only an opaque `blob` and a key id go out."""
    b = _b(c, "POST", f"{API}/v3/s/upload")
    b.bio("face_image", "json blob (encrypted selfie frames)", detectable=False)
    sealed = hashlib.shake_256(rid(c.rng).encode()).digest(1200)
    b.json({"kid": "k7", "iv": b64(sealed[:12]), "blob": b64(sealed[12:])})
    b.ok_json({"ok": True})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identifikacia/dokumenti")
    b.decoy("ID-card OCR boxes and MRZ (document text, not a face)")
    b.json(
        {
            "ocr": [
                {
                    "field": f,
                    "box": [c.rng.randint(0, 500) for _ in range(4)],
                    "conf": rf(c.rng, 0.8, 1, 2),
                }
                for f in ("gvari", "saxeli", "dabadebis_tarigi", "piradi_nomeri")
            ],
            "mrz": "IDGEO" + str(c.rng.randint(10**8, 10**9)) + "<<<<<<<<<<<<<<<",
        }
    )
    b.ok_json({"status": "accepted"})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mowyobiloba/registracia")
    b.json(
        {
            "vendorId": b.id("idfv_gov", where="json vendorId"),
            "deviceKey": b.id("gov_device_key", where="json deviceKey"),
            "model": "iPhone14,5",
            "os": "17.6.1",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def services(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/servisebi?ena=ka", device=False)
    b.ok_json(
        {
            "servisebi": [
                {"id": s, "fasi": c.rng.choice([0, 25, 50])}
                for s in ("pasporti", "qonebis_registracia", "komunaluri")
            ]
        }
    )
    return b.build()


def utility_bill(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/komunaluri/gadasaxadi", device=False)
    b.decoy("monthly consumption series (meter readings, not biometric)")
    b.ok_json({"moxmareba": [rf(c.rng, 50, 400, 1) for _ in range(12)], "valuta": "GEL"})
    return b.build()
