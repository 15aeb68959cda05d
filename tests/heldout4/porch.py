"""PorchCam: a video doorbell app. Setup registers the doorbell (serial, Wi-Fi MAC);
the app shows motion events, snapshots and clips, and manages "familiar faces":
the user labels visitors, which uploads face crops, and the app syncs the face
embeddings its on-device recogniser computed. Firebase Analytics rides along.

Shaped after the familiar-face features of consumer doorbells (Google Nest Aware
"familiar face detection", Ring / Eufy face recognition; FTC v. Ring 2023 on
employee access to customer videos) and FaceNet-style 128-d embeddings; Firebase
Analytics' `app-measurement.com/a` upload is a protobuf batch (no key names).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    pb_bytes,
    pb_msg,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, iso, ms, okhttp, req_id, rf, ua
from .shapes import points2d, vector

API = "https://api.porchcam-home.com"
UA = ua("PorchCam", "3.22.1")
NAMES = ["Grandma Ruth", "Tomasz (neighbour)", "Courier - Jay", "Lena", "Dog walker"]


def _api(ctx: Context, method: str, path: str) -> FB:
    fb = FB(ctx, "porchcam", method, API + path)
    fb.header("user-agent", UA)
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    return fb


def register_doorbell(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v1/devices/register")
    fb.json(
        {
            "serial_number": fb.id("doorbell_serial", where="body serial_number"),
            "mac_address": fb.id("doorbell_mac", how="upper", where="body mac_address"),
            "model": "PC-Doorbell-2",
            "setup_code": str(ctx.rng.randint(100000, 999999)),
            "timezone": "Europe/Rome",
        }
    )
    fb.ok_json({"device_id": "dev_" + new_hex(ctx.rng, 12), "status": "provisioning"})
    return fb.build()


def devices(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/v1/devices")
    serial = fb.id(
        "doorbell_serial", where="response devices[].serial_number", direction="response"
    )
    mac = fb.id("doorbell_mac", where="response devices[].wifi_mac", direction="response")
    fb.ok_json(
        {
            "devices": [
                {
                    "id": "dev_" + new_hex(ctx.rng, 12),
                    "name": "Front door",
                    "serial_number": serial,
                    "wifi_mac": mac,
                    "firmware": "2.9.14",
                    "battery": ctx.rng.randint(20, 100),
                    "rssi": -ctx.rng.randint(40, 80),
                }
            ]
        }
    )
    return fb.build()


def motion_events(ctx: Context) -> Flow:
    """Person detection boxes in the event list: a body box, not a face."""
    fb = _api(ctx, "GET", "/v1/events")
    fb.param("since", str(int(ctx.now) - 86400))
    events = []
    for _ in range(ctx.rng.randint(2, 5)):
        events.append(
            {
                "event_id": "evt_" + new_hex(ctx.rng, 16),
                "type": ctx.rng.choice(["motion", "ring", "package"]),
                "ts": iso(ctx),
                "person_detected": ctx.rng.random() < 0.5,
                "bbox": [
                    ctx.rng.randint(0, 600),
                    ctx.rng.randint(0, 300),
                    ctx.rng.randint(100, 400),
                    ctx.rng.randint(200, 700),
                ],
                "snapshot_url": f"https://media.porchcam-home.com/snap/{new_hex(ctx.rng, 20)}.jpg",
            }
        )
    fb.ok_json({"events": events})
    return fb.build()


def snapshot(ctx: Context) -> Flow:
    fb = FB(
        ctx, "porchcam", "GET", f"https://media.porchcam-home.com/snap/{new_hex(ctx.rng, 20)}.jpg"
    )
    fb.header("user-agent", okhttp())
    fb.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 900))
    return fb.build()


def clip(ctx: Context) -> Flow:
    fb = FB(
        ctx, "porchcam", "GET", f"https://media.porchcam-home.com/clips/{new_hex(ctx.rng, 20)}.mp4"
    )
    fb.header("user-agent", "ExoPlayerLib/2.19.1")
    fb.respond(200, "video/mp4", fake_mp4(ctx.rng.getrandbits(32), 1000))
    return fb.build()


def faces_list(ctx: Context) -> Flow:
    """Names and opaque face ids of the familiar-face library: labels, no face data."""
    fb = _api(ctx, "GET", "/v1/faces")
    ids = [req_id(ctx.rng) for _ in NAMES[:3]]
    for i in ids:
        fb.decoy(i)
    fb.ok_json(
        {
            "faces": [
                {
                    "face_id": i,
                    "name": n,
                    "sample_count": ctx.rng.randint(1, 9),
                    "last_seen": iso(ctx),
                }
                for i, n in zip(ids, NAMES, strict=False)
            ]
        }
    )
    return fb.build()


def label_face(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", f"/v1/faces/{new_uuid(ctx.rng)}/label")
    crops = [b64(fake_jpeg(ctx.rng.getrandbits(32), 600)) for _ in range(ctx.rng.randint(1, 3))]
    fb.json(
        {
            "name": ctx.rng.choice(NAMES),
            "face_crops": crops,
            "source_event": "evt_" + new_hex(ctx.rng, 16),
        }
    )
    fb.bio("face_image", "body face_crops[] (base64 JPEG)")
    fb.ok_json({"status": "queued"})
    return fb.build()


def embedding_sync(ctx: Context, packed: bool) -> Flow:
    fb = _api(ctx, "PUT", "/v1/faces/embeddings")
    clusters = []
    for _ in range(ctx.rng.randint(1, 3)):
        vec = vector(ctx.rng, 128)
        clusters.append(
            {
                "cluster_id": new_uuid(ctx.rng),
                "model": "facenet-128-v3",
                "face_embedding": floats_b64(vec) if packed else vec,
                "quality": rf(ctx.rng, 0.6, 0.99, 3),
            }
        )
    fb.json({"clusters": clusters}, encoding="gzip")
    fb.bio(
        "face_embedding", "body clusters[].face_embedding" + (" (base64 float32)" if packed else "")
    )
    fb.no_content()
    return fb.build()


def recognition(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", f"/v1/events/evt_{new_hex(ctx.rng, 16)}/recognition")
    fb.json(
        {
            "face_match": {
                "face_id": new_uuid(ctx.rng),
                "similarity": rf(ctx.rng, 0.7, 0.98, 3),
                "face_landmarks": points2d(ctx.rng, 5, 1920, 1080),
                "face_box": [ctx.rng.randint(600, 900), ctx.rng.randint(200, 400), 180, 220],
                "yaw": rf(ctx.rng, -30, 30, 1),
            },
            "ts": ms(ctx),
        }
    )
    fb.bio("face_landmarks", "body face_match.face_landmarks/face_box")
    fb.no_content()
    return fb.build()


def sync_blob(ctx: Context) -> Flow:
    """The recogniser's state in an opaque protobuf: floats under field numbers."""
    fb = _api(ctx, "POST", "/v1/sync/blob")
    parts = [pb_bytes(1, new_uuid(ctx.rng)), pb_varint(2, ms(ctx))]
    for _ in range(ctx.rng.randint(1, 2)):
        parts.append(
            pb_msg(3, [pb_bytes(1, new_hex(ctx.rng, 8)), pb_packed_floats(2, vector(ctx.rng, 128))])
        )
    fb.bio("face_embedding", "protobuf field 3.2 packed floats", detectable=False)
    fb.set_body(b"".join(parts), "application/x-protobuf")
    fb.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return fb.build()


def geofence(ctx: Context) -> Flow:
    """Home location and a geofence polygon: coordinates, nothing else."""
    fb = _api(ctx, "PUT", "/v1/homes/geofence")
    lat, lon = 45.4642 + ctx.rng.uniform(-0.01, 0.01), 9.19 + ctx.rng.uniform(-0.01, 0.01)
    fb.json(
        {
            "center": [round(lat, 5), round(lon, 5)],
            "radius_m": 150,
            "polygon": [
                [round(lat + dx, 5), round(lon + dy, 5)]
                for dx, dy in ((0.001, 0), (0, 0.001), (-0.001, 0), (0, -0.001))
            ],
        }
    )
    fb.no_content()
    return fb.build()


def firmware(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/v1/firmware/latest")
    fb.param("model", "PC-Doorbell-2")
    fb.param("current", "2.9.14")
    sha = new_hex(ctx.rng, 40)
    fb.decoy(sha)
    fb.ok_json({"version": "2.9.15", "sha1": sha, "notes": "Improved night vision"})
    return fb.build()


def firebase_analytics(ctx: Context) -> Flow:
    """GA4 for Firebase upload: protobuf, the ids sit under field numbers."""
    fb = FB(ctx, "firebase", "POST", "https://app-measurement.com/a")
    fb.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)")
    bundle = [
        pb_varint(1, 1),
        pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(4, ms(ctx))]),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(14, "com.porchcam.app"),
        pb_bytes(
            19, fb.id("gaid", where="protobuf field 19 (resettable device id)", detectable=False)
        ),
        pb_bytes(
            27,
            fb.id("ga_app_instance", where="protobuf field 27 (app instance id)", detectable=False),
        ),
    ]
    fb.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    fb.respond(204, None)
    return fb.build()


def firebase_config(ctx: Context, app: str, sdk_attr: str) -> Flow:
    fb = FB(
        ctx,
        "firebase",
        "POST",
        f"https://firebaseremoteconfig.googleapis.com/v1/projects/{ctx.rng.randint(10**11, 10**12)}"
        "/namespaces/firebase:fetch",
    )
    fb.header("user-agent", okhttp())
    fb.header("x-goog-api-key", "AIza" + new_hex(ctx.rng, 35))
    fb.json(
        {
            "appInstanceId": fb.id(sdk_attr, where="body appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(ctx.rng, 60),
            "appId": "1:"
            + str(ctx.rng.randint(10**11, 10**12))
            + ":android:"
            + new_hex(ctx.rng, 16),
            "countryCode": "IT",
            "languageCode": "it-IT",
            "platformVersion": "34",
            "timeZone": "Europe/Rome",
            "packageName": app,
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    fb.ok_json({"state": "UPDATE", "entries": {"recognition_enabled": "true"}})
    return fb.build()
