"""Puls Fitness: a gym app with face check-in at the door (Amazon Rekognition
face collections) and an in-house face-template check.

Amazon Rekognition: POST https://rekognition.<region>.amazonaws.com/ with
`X-Amz-Target: RekognitionService.SearchFacesByImage` / `IndexFaces` and an
`application/x-amz-json-1.1` body {"CollectionId", "Image": {"Bytes": <base64>},
"FaceMatchThreshold", "MaxFaces"} (Rekognition API reference).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://app.pulsfitness.dk"
UA = ua("PulsFitness", "6.1.4")
REK = "https://rekognition.eu-north-1.amazonaws.com/"


def _aws(b: FB, target: str) -> None:
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", "20241105T" + f"{b.ctx.rng.randint(80000, 215959):06d}Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA"
        + new_hex(b.ctx.rng, 16).upper()
        + "/20241105/eu-north-1/rekognition/aws4_request, "
        + "SignedHeaders=host;x-amz-date;x-amz-target, Signature="
        + new_hex(b.ctx.rng, 64),
    )


def search_face(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", REK)
    _aws(b, "SearchFacesByImage")
    body = {
        "CollectionId": "puls-members-kbh",
        "Image": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 800))},
        "FaceMatchThreshold": 95,
        "MaxFaces": 1,
    }
    b.json(body, ctype="application/x-amz-json-1.1")
    b.bio("face_image", "json:Image.Bytes to SearchFacesByImage")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 95, 99.9, 2)}], "FaceModelVersion": "7.0"})
    return b.build()


def index_face(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", REK)
    _aws(b, "IndexFaces")
    body = {
        "CollectionId": "puls-members-kbh",
        "Image": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 900))},
        "ExternalImageId": c.phone.gym_member,
        "DetectionAttributes": ["DEFAULT"],
        "MaxFaces": 1,
    }
    b.json(body, ctype="application/x-amz-json-1.1")
    b.bio("face_image", "json:Image.Bytes to IndexFaces")
    b.ok_json({"FaceRecords": [{"Face": {"FaceId": rid(c.rng)}}]})
    return b.build()


def door_checkin(c: Context) -> Flow:
    b = FB(c, "pulsfitness", "POST", f"{API}/api/v2/indtjek/ansigt")
    b.header("user-agent", UA)
    b.json(
        {
            "medlem": b.acct("gym_member"),
            "doer": c.rng.choice(["KBH-NV-01", "AAR-C-02", "REY-01"]),
            "ansigtsskabelon": floats_b64(floats(c.rng, 128)),
            "skabelonVersion": "arcface-r50",
            "tid": iso(c),
        }
    )
    b.bio("face_template", "json:ansigtsskabelon (arcface embedding)")
    b.ok_json({"adgang": True})
    return b.build()


def door_token_opaque(c: Context) -> Flow:
    b = FB(c, "pulsfitness", "POST", f"{API}/api/v2/doer/token")
    b.header("user-agent", UA)
    b.json(
        {
            "t": b64(bytes.fromhex(new_hex(c.rng, 256))),
            "d": b.id("aid_gym", "sha1", where="json:d", detectable=False),
        }
    )
    b.bio("face_template", "json:t (sealed face hash for the door)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def install(c: Context) -> Flow:
    b = FB(c, "pulsfitness", "POST", f"{API}/api/v2/installationer")
    b.header("user-agent", UA)
    b.json(
        {
            "installationId": b.id("gym_install", where="json:installationId"),
            "device": {
                "android_id": b.id("aid_gym", where="json:device.android_id"),
                "model": "CPH2493",
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hold(c: Context) -> Flow:
    b = FB(
        c, "pulsfitness", "GET", f"{API}/api/v2/hold", [("center", "KBH-NV"), ("dato", iso(c)[:10])]
    )
    b.header("user-agent", UA)
    b.ok_json(
        {"hold": [{"navn": "Spinning", "start": "17:30"}, {"navn": "Yoga", "start": "18:30"}]}
    )
    b.decoy("class schedule")
    return b.build()


def crowd(c: Context) -> Flow:
    b = FB(c, "pulsfitness", "GET", f"{API}/api/v2/center/KBH-NV/belaegning")
    b.header("user-agent", UA)
    b.ok_json({"timer": [c.rng.randint(5, 95) for _ in range(18)]})
    b.decoy("occupancy series")
    return b.build()


def workout_rec(c: Context) -> Flow:
    b = FB(c, "pulsfitness", "POST", f"{API}/api/v2/anbefalinger")
    b.header("user-agent", UA)
    b.json({"embedding": floats(c.rng, 32), "model": "workout-rec-v3", "maal": "styrke"})
    b.ok_json({"programmer": ["5x5", "PPL"]})
    b.decoy("feature vector without face context (workout recommender)")
    return b.build()
