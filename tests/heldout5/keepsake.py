"""Keepsake, a photo gallery with cloud backup and on-device face grouping.

Formats followed:
- Resumable uploads as Google's resumable protocol and S3 multipart uploads do
  them (`PUT` chunks with `content-range`; developers.google.com/drive/api/guides/manage-uploads,
  docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html) - negatives.
- Face groups: on-device clustering (as Apple Photos / Google Photos describe
  "people & pets" face groups) sync a group id, face boxes and the face
  embedding (FaceNet-style 128-d float vectors: arxiv.org/abs/1503.03832).
- Object labels from an on-device detector (ML Kit object detection:
  developers.google.com/ml-kit/vision/object-detection) - not faces, negatives.
- Amplitude HTTP V2 API (amplitude.com/docs/apis/analytics/http-v2):
  `api_key`, `events[].device_id`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, ms, req_id, rf, ua

UA = ua("Keepsake", "5.3.2")
LABELS = ["dog", "bicycle", "cake", "beach", "car", "mountain", "cat", "plant"]


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "keepsake-api", method, f"https://api.keepsake.photos{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    return b


def upload_chunk(ctx: Context) -> Flow:
    upload = new_hex(ctx.rng, 26)
    start = ctx.rng.randint(0, 40) * 262144
    b = FB(ctx, "keepsake-upload", "PUT", f"https://upload.keepsake.photos/v1/uploads/{upload}")
    b.header("content-range", f"bytes {start}-{start + 899}/{start + 5000000}")
    b.set_body(fake_jpeg(ctx.rng.randint(0, 10**6), 900), "application/octet-stream")
    b.respond(308, None, headers=[("range", f"bytes=0-{start + 899}")])
    return b.build()


def upload_progress(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/backup/progress")
    total = ctx.rng.randint(200, 9000)
    b.json(
        {
            "batch": req_id(ctx.rng),
            "uploaded": ctx.rng.randint(0, total),
            "total": total,
            "bytes_sent": ctx.rng.randint(10**6, 10**9),
            "wifi_only": True,
        }
    )
    b.decoy("batch uuid")
    b.no_content()
    return b.build()


def thumbnails(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "keepsake-cdn",
        "GET",
        f"https://media.keepsake.photos/t/{new_hex(ctx.rng, 40)}=w256-h256-c",
    )
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(60))
    return b.build()


def albums(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v2/albums?limit=50")
    b.ok_json(
        {
            "albums": [
                {"id": new_hex(ctx.rng, 12), "title": t, "count": ctx.rng.randint(3, 400)}
                for t in ("Lisbon 2024", "Garden", "Screenshots")
            ]
        }
    )
    return b.build()


def object_labels(ctx: Context) -> Flow:
    """Object detection boxes for search (negative: no faces, no person)."""
    b = _api(ctx, "POST", "/v2/media/labels")
    items = []
    for _ in range(ctx.rng.randint(1, 4)):
        items.append(
            {
                "media_id": new_hex(ctx.rng, 16),
                "objects": [
                    {
                        "label": ctx.rng.choice(LABELS),
                        "score": rf(ctx.rng, 0.5, 0.99, 3),
                        "box": [
                            rf(ctx.rng, 0, 0.5),
                            rf(ctx.rng, 0, 0.5),
                            rf(ctx.rng, 0.5, 1),
                            rf(ctx.rng, 0.5, 1),
                        ],
                    }
                ],
            }
        )
    b.json({"model": "mlkit-object-detection-1.0", "items": items})
    b.no_content()
    return b.build()


def exif_sync(ctx: Context) -> Flow:
    """Capture metadata (negative): time, camera, coarse place."""
    b = _api(ctx, "POST", "/v2/media/metadata")
    b.json(
        {
            "media_id": new_hex(ctx.rng, 16),
            "taken_at": iso(ctx),
            "camera": "Redmi Note 13 Pro",
            "focal_length": 5.6,
            "iso": ctx.rng.choice([50, 100, 400]),
            "place": {"city": "Porto", "country": "PT"},
        }
    )
    b.no_content()
    return b.build()


def face_groups(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/people/face-groups/sync")
    groups = []
    for _ in range(ctx.rng.randint(1, 3)):
        groups.append(
            {
                "face_group_id": "fg_" + new_hex(ctx.rng, 10),
                "faces": [
                    {
                        "media_id": new_hex(ctx.rng, 16),
                        "bbox": [
                            rf(ctx.rng, 0, 0.6),
                            rf(ctx.rng, 0, 0.6),
                            rf(ctx.rng, 0.05, 0.3),
                            rf(ctx.rng, 0.05, 0.3),
                        ],
                        "embedding": floats(ctx.rng, 128),
                    }
                ],
            }
        )
    b.json({"model": "facenet-mobile-128", "groups": groups})
    b.bio("face_embedding", "body.groups[].faces[].embedding (face_group)")
    b.ok_json({"merged": 0})
    return b.build()


def faceprint_b64(ctx: Context) -> Flow:
    b = _api(ctx, "PUT", f"/v2/people/fg_{new_hex(ctx.rng, 10)}/faceprint")
    b.json(
        {
            "faceprint": floats_b64(floats(ctx.rng, 128)),
            "dim": 128,
            "dtype": "float32",
            "updated": iso(ctx),
        }
    )
    b.bio("face_embedding", "body.faceprint (base64 float32)")
    b.no_content()
    return b.build()


def face_pb(ctx: Context) -> Flow:
    """Cluster centroids in a protobuf without names (biometric, opaque)."""
    b = _api(ctx, "POST", "/v2/ml/sync")
    body = pb_varint(1, 3) + pb_msg(
        2, [pb_bytes(1, new_hex(ctx.rng, 10)), pb_packed_floats(3, floats(ctx.rng, 128))]
    )
    b.bio("face_embedding", "body:pb.2.3 packed floats", False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def person_rename(ctx: Context) -> Flow:
    """Naming a face group (negative here: a label and a group id, no face data)."""
    b = _api(ctx, "PATCH", f"/v2/people/fg_{new_hex(ctx.rng, 10)}")
    b.json({"display_name": ctx.rng.choice(["Mum", "Grandpa Joe", "Ana"]), "hidden": False})
    b.no_content()
    return b.build()


def amplitude(ctx: Context, opaque: bool) -> Flow:
    b = FB(ctx, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    ev: dict[str, object] = {
        "event_type": ctx.rng.choice(["backup_started", "album_opened", "memory_viewed"]),
        "time": ms(ctx),
        "platform": "Android",
        "os_version": "14",
        "app_version": "5.3.2",
        "insert_id": req_id(ctx.rng),
    }
    if opaque:
        ev["user_id"] = ctx.phone.keep_user
        ev["event_properties"] = {
            "k": b.id("keep_install", "lower", "body.events[].event_properties.k", False)
        }
    else:
        ev["device_id"] = b.id("keep_amp_device", where="body.events[].device_id")
    b.decoy("insert_id uuid")
    b.json({"api_key": new_hex(ctx.rng, 32), "events": [ev]})
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def storage_quota(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v2/account/storage")
    b.ok_json(
        {"used_bytes": ctx.rng.randint(10**9, 10**11), "quota_bytes": 200 * 10**9, "plan": "plus"}
    )
    return b.build()
