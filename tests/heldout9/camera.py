"""Hearthcam (fictional home-security camera) with familiar-face recognition.

The camera clusters the faces it sees (as Nest Aware "Familiar Faces" and
Eufy / Arlo face recognition do) and the app syncs the clusters, uploads face
crops with their embeddings, binds the camera by serial and Wi-Fi MAC and polls
its status. The whole backend is the vendor's own (key names are ours).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.hearthcam.io"
UA = ua("Hearthcam", "6.1.3")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "hearthcam", method, API + path)
    b.header("user-agent", UA)
    b.header("x-hc-token", rid(ctx.rng).replace("-", ""))
    return b


def face_clusters(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/familiar-faces/clusters/sync")
    clusters = [
        {
            "clusterId": "fc_" + rid(ctx.rng)[:10],
            "faceCount": ctx.rng.randint(3, 240),
            "centroid": floats(ctx.rng, 128, 5),
            "label": ctx.rng.choice([None, "Mom", "Dog walker"]),
            "lastSeen": iso(ctx),
        }
        for _ in range(ctx.rng.randint(2, 4))
    ]
    b.json({"cameraSn": b.id("cam_serial", where="json cameraSn"), "clusters": clusters})
    b.bio("face_embedding", "json clusters[].centroid (familiar-face cluster embeddings)")
    b.ok_json({"synced": len(clusters)})
    return b.build()


def face_thumb(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"/v2/events/{rid(ctx.rng)[:12]}/faces")
    bnd = "hc" + rid(ctx.rng).replace("-", "")
    meta = {
        "bbox": [ctx.rng.randint(0, 900), ctx.rng.randint(0, 500), 96, 112],
        "embedding": floats_b64(floats(ctx.rng, 256, 6)),
        "embeddingModel": "hc-face-v4",
        "quality": rf(ctx.rng, 0.4, 0.99),
    }
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("thumb", "face_0.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 600)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_embedding", "multipart meta.embedding + face thumb")
    b.ok_json({"faceId": rid(ctx.rng), "matchedCluster": None})
    return b.build()


def face_ingest_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/x/ingest")
    b.json({"blob": b64(fake_jpeg(ctx.rng.getrandbits(32), 800)[20:]), "n": 1})
    b.bio("face_embedding", "json blob (encrypted face batch)", detectable=False)
    b.no_content()
    return b.build()


def bind(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/devices/bind")
    b.json(
        {
            "serialNumber": b.id("cam_serial", where="json serialNumber"),
            "mac": b.id("cam_mac", where="json mac"),
            "model": "HC-Pro3",
            "fw": "3.8.12",
            "phone": {"androidId": b.id("aid_cam", where="json phone.androidId")},
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def status(ctx: Context) -> Flow:
    b = FB(ctx, "hearthcam", "GET", API)
    sn = b.id("cam_serial", where="url path /v2/devices/{serial}/status")
    b.base = f"{API}/v2/devices/{sn}/status"
    b.header("user-agent", UA)
    b.ok_json(
        {"online": True, "battery": ctx.rng.randint(20, 100), "rssi": -ctx.rng.randint(40, 80)}
    )
    return b.build()


def p2p_relay(ctx: Context) -> Flow:
    b = FB(ctx, "hearthcam", "POST", "https://relay.hearthcam.io/p2p/v1/session")
    b.header("user-agent", UA)
    b.header("x-cam-mac", b.id("cam_mac", "nosep_upper", where="header x-cam-mac"))
    b.header("x-client-install", b.id("cam_install", where="header x-client-install"))
    b.json(
        {"candidates": [f"udp 192.0.2.{ctx.rng.randint(2, 250)} {ctx.rng.randint(1024, 65000)}"]}
    )
    b.ok_json({"relay": "relay-eu-3", "ttl": 60})
    return b.build()


def motion_event(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v2/events")
    b.param("since", str(ms(ctx) - 3_600_000))
    evs = [
        {
            "id": rid(ctx.rng)[:12],
            "type": ctx.rng.choice(["person", "vehicle", "package", "animal"]),
            "box": [rf(ctx.rng, 0, 1, 3) for _ in range(4)],
            "confidence": rf(ctx.rng, 0.5, 0.99),
        }
        for _ in range(5)
    ]
    b.ok_json({"events": evs})
    b.decoy("motion events with object boxes (no face data)")
    return b.build()


def snapshot(ctx: Context) -> Flow:
    b = FB(ctx, "hearthcam", "GET", f"https://media.hearthcam.io/snap/{rid(ctx.rng)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1000))
    b.decoy("snapshot thumbnail fetch")
    return b.build()


def clip(ctx: Context) -> Flow:
    b = FB(ctx, "hearthcam", "GET", f"https://media.hearthcam.io/clips/{rid(ctx.rng)}.mp4")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(ctx.rng.getrandbits(32), 1200))
    b.decoy("recorded clip download")
    return b.build()


def ptz(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/devices/ptz")
    b.json({"pan": rf(ctx.rng, -170, 170, 1), "tilt": rf(ctx.rng, -30, 60, 1), "zoom": 1.0})
    b.ok_json({"ok": True})
    b.decoy("camera pan / tilt command")
    return b.build()
