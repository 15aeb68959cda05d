"""Hearth: a smart-home dashboard on the TV (doorbell camera, thermostat).

In-house backend for familiar-face alerts (face thumbnails, face cluster ids,
as Nest Aware "familiar faces" shows them) plus Amazon Rekognition
`SearchFacesByImage` (AWS API reference: `X-Amz-Target:
RekognitionService.SearchFacesByImage`, JSON 1.1 body with CollectionId,
Image.Bytes, FaceMatchThreshold, MaxFaces).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, mpack

from .phone import FB, floats, iso, rf, rid, tv_ua

SDK = "hearth"
UA = tv_ua("HearthTV", "1.22.0")
API = "https://api.hearth-home.io"


def _cluster(ctx: Context) -> str:
    return "fc_" + "".join(ctx.rng.choice("0123456789abcdef") for _ in range(12))


def label_face(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/doorbell/events/{rid(ctx.rng)[:12]}/faces")
    b.bio("face_image", "body.faceThumbnail + body.faceClusterId")
    b.header("user-agent", UA)
    b.json(
        {
            "faceClusterId": _cluster(ctx),
            "label": ctx.rng.choice(["Grandma", "Postman", "Leo"]),
            "faceThumbnail": b64(fake_jpeg(ctx.rng.getrandbits(32), 300)),
            "similarity": rf(ctx.rng, 0.7, 0.99),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def events(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/doorbell/events")
    b.param("since", iso(ctx))
    b.mark("biometric", "face_image", "response.events[].familiarFace.thumb", True, "response")
    evs = [
        {
            "id": rid(ctx.rng)[:12],
            "type": "familiar_face",
            "at": iso(ctx),
            "familiarFace": {
                "clusterId": _cluster(ctx),
                "name": "Grandma",
                "thumb": b64(fake_jpeg(ctx.rng.getrandbits(32), 200)),
            },
        }
    ]
    b.header("user-agent", UA)
    b.ok_json({"events": evs})
    return b.build()


def rekognition(ctx: Context) -> Flow:
    b = FB(
        ctx, SDK, "POST", "https://rekognition.eu-west-1.amazonaws.com/", http_version="HTTP/1.1"
    )
    b.bio("face_image", "body.Image.Bytes (SearchFacesByImage)")
    b.header("x-amz-target", "RekognitionService.SearchFacesByImage")
    b.header("x-amz-date", "20241105T080000Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + rid(ctx.rng)[:12].upper()
        + "/20241105/eu-west-1/rekognition/aws4_request, "
        + "SignedHeaders=host;x-amz-date;x-amz-target, Signature="
        + rid(ctx.rng).replace("-", "") * 2,
    )
    b.set_body(
        js(
            {
                "CollectionId": "hearth-household-" + rid(ctx.rng)[:8],
                "Image": {"Bytes": b64(fake_jpeg(ctx.rng.getrandbits(32), 600))},
                "MaxFaces": 3,
                "FaceMatchThreshold": 90,
            }
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.respond(200, "application/x-amz-json-1.1", b'{"FaceMatches":[],"FaceModelVersion":"7.0"}')
    return b.build()


def cluster_sync(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/s")
    b.bio("face_embedding", "msgpack body (short keys, float vectors)", detectable=False)
    b.set_body(
        mpack({"c": [[_cluster(ctx)[3:], floats(ctx.rng, 64)] for _ in range(2)], "v": 4}),
        "application/x-msgpack",
    )
    b.no_content()
    return b.build()


def snapshot(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/cameras/front-door/snapshot.jpg")
    b.param("w", "640")
    b.decoy("doorbell live snapshot image (camera still, no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 500))
    return b.build()


def thermostat(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/thermostat/history")
    b.decoy("temperature series")
    b.ok_json({"points": [[iso(ctx), rf(ctx.rng, 18, 23, 1)] for _ in range(12)], "unit": "C"})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/dashboards")
    b.header("user-agent", UA)
    b.json(
        {
            "clientId": b.id("home_client", where="body.clientId", detectable=False),
            "androidId": b.id("aid_home", where="body.androidId"),
            "tvEthernetMac": b.id("tv_eth_mac", where="body.tvEthernetMac"),
            "household": b.acct("home_user"),
        }
    )
    b.ok_json({"dashboard": rid(ctx.rng)})
    return b.build()
