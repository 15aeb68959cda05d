"""Lullanest: a baby monitor with cry detection, sleep tracking and face tracking.

The camera reports the faces it sees (5-point landmarks and a 128-d embedding,
the layout of dlib / FaceNet style recognisers) so the app can tell parents
from strangers; parents enrol "familiar faces" by photo. Cry detection and the
face-covered alert are inferences, not biometric data. The app registers with
Firebase Installations (`fid`, `appId`, `authVersion: FIS_v2`,
https://firebase.google.com/docs/projects/manage-installations).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, mpack, multipart

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://api.lullanest.com"
UA = ua("Lullanest", "3.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lullanest", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/lullanest-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("nest_fid", where="json fid"),
            "appId": "1:482193775120:android:4f1c2a9b7e0d3c55",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/482193775120/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()


def camera_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cameras")
    b.json(
        {
            "serialNumber": b.id("cam_serial", where="json serialNumber"),
            "macAddress": b.id("cam_mac", where="json macAddress"),
            "fwVersion": "2.18.4",
            "room": "Nursery",
            "phoneAndroidId": b.id("aid_nest", where="json phoneAndroidId"),
        }
    )
    b.ok_json({"cameraId": c.rng.randint(10000, 99999), "status": "ONLINE"})
    return b.build()


def camera_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cameras")
    serial = b.id("cam_serial", where="response json cameras[0].serial", direction="response")
    b.ok_json(
        {
            "cameras": [
                {"serial": serial, "room": "Nursery", "online": True, "tempC": rf(c.rng, 19, 24, 1)}
            ]
        }
    )
    return b.build()


def stream_token(c: Context) -> Flow:
    """The live-view token request hides the camera serial in a base64 header."""
    b = _b(c, "POST", f"{API}/v1/live/token")
    b.header("x-ln-c", b.id("cam_serial", "b64", "header x-ln-c", detectable=False))
    b.json({"quality": c.rng.choice(["hd", "sd"])})
    b.ok_json({"token": rid(c.rng), "ttl": 300, "relay": "relay-eu-2.lullanest.com"})
    return b.build()


def face_seen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    b.bio("face_embedding", "json faceEmbedding / faceLandmarks")
    b.json(
        {
            "type": "FACE_SEEN",
            "ts": iso(c),
            "camera": "Nursery",
            "faceBox": {"x": c.rng.randint(0, 400), "y": c.rng.randint(0, 300), "w": 96, "h": 110},
            "faceLandmarks": points(c.rng, 5),
            "faceEmbedding": floats(c.rng, 128),
            "match": c.rng.choice(["parent_1", "parent_2", "unknown"]),
        }
    )
    b.ok_json({"eventId": rid(c.rng)})
    return b.build()


def familiar_face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/familiar-faces")
    boundary = rid(c.rng)
    b.bio("face_image", "multipart face_image")
    body = multipart(
        boundary,
        [
            ("personName", None, None, c.rng.choice(["Grandma", "Nanny", "Dad"]).encode()),
            ("face_image", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"faceId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def face_ingest_opaque(c: Context) -> Flow:
    """The same embeddings, batched as msgpack under one-letter keys."""
    b = _b(c, "POST", f"{API}/ingest/v3")
    b.bio("face_embedding", "msgpack v", detectable=False)
    b.set_body(
        mpack({"t": ms(c), "c": 1, "v": [floats(c.rng, 128) for _ in range(2)]}),
        "application/x-msgpack",
    )
    b.no_content()
    return b.build()


def cry_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    b.decoy("cry detection (inference, not a voiceprint)")
    b.json(
        {
            "type": "CRY_DETECTED",
            "ts": iso(c),
            "confidence": rf(c.rng, 0.6, 0.99, 2),
            "durationSec": c.rng.randint(4, 90),
        }
    )
    b.ok_json({"eventId": rid(c.rng)})
    return b.build()


def face_covered_alert(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/alerts")
    b.decoy("face-covered alert (boolean)")
    b.json({"alert": "FACE_COVERED", "ts": iso(c), "faceVisible": False, "severity": "high"})
    b.ok_json({"pushed": True})
    return b.build()


def sleep_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sleep/report")
    b.ok_json(
        {
            "night": iso(c)[:10],
            "asleepMin": c.rng.randint(420, 700),
            "wakeUps": c.rng.randint(0, 5),
            "roomTempC": [rf(c.rng, 19, 24, 1) for _ in range(12)],
        }
    )
    return b.build()


def snapshot_thumb(c: Context) -> Flow:
    b = FB(c, "lullanest", "GET", f"https://cdn.lullanest.com/snap/{rid(c.rng)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()
