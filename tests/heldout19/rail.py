"""A rail-ticket app ("Platform") whose digital railcards are face-matched.

In-house: railcard photo upload (multipart, selfie + metadata; the backend
matches it against the holder's photo), face-match result the app sends on
(similarity, landmarks), journey planner (coordinates, prices: decoys),
ticket barcodes, app install registration.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.platform-rail-example.co.uk"
UA = ua("PlatformRail", "12.8.0")


def install(c: Context) -> Flow:
    b = FB(c, "platform", "POST", f"{API}/v1/installs")
    b.header("user-agent", UA)
    b.json(
        {
            "install_uuid": b.id("rail_install", where="body.install_uuid"),
            "android_id": b.id("aid_rail", where="body.android_id"),
            "push_enabled": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def railcard_photo(c: Context) -> Flow:
    bd = "----okhttp" + rid(c.rng).replace("-", "")[:20]
    b = FB(c, "platform", "POST", f"{API}/v2/railcards/photo")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_rail", how="sha256", where="header.x-device-id"))
    meta = f'{{"railcardType":"16-25","capture":"front_camera","faceMatch":true,"at":"{iso(c)}"}}'
    img = fake_jpeg(c.rng.randint(0, 10**9), 800)
    b.set_body(
        multipart(
            bd,
            [
                ("meta", None, "application/json", meta.encode()),
                ("photo", "selfie.jpg", "image/jpeg", img),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.bio("face_image", "multipart.photo+faceMatch")
    b.ok_json({"matchJobId": rid(c.rng), "state": "queued"})
    return b.build()


def face_match_result(c: Context) -> Flow:
    b = FB(c, "platform", "POST", f"{API}/v2/railcards/verification")
    b.header("user-agent", UA)
    pts = [[rf(c.rng, 120, 360, 1), rf(c.rng, 160, 420, 1)] for _ in range(5)]
    b.json(
        {
            "railcardId": "RC" + str(c.rng.randint(10**7, 10**8)),
            "faceMatch": {
                "similarity": rf(c.rng, 0.8, 0.99),
                "threshold": 0.78,
                "landmarks5": pts,
                "yaw": rf(c.rng, -12, 12, 1),
            },
        }
    )
    b.bio("face_match", "body.faceMatch.similarity+landmarks5")
    b.ok_json({"verified": True})
    return b.build()


def photo_opaque(c: Context) -> Flow:
    b = FB(c, "platform", "POST", f"{API}/v2/rc/blob")
    b.header("user-agent", UA)
    blob = b64(bytes(c.rng.getrandbits(8) for _ in range(600)))
    b.json({"k": "v3", "d": blob, "n": rid(c.rng)[:12]})
    b.bio("face_image", "body.d (encrypted)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def journeys(c: Context) -> Flow:
    b = FB(
        c, "platform", "GET", f"{API}/v1/journeys", [("from", "RDG"), ("to", "PAD"), ("at", iso(c))]
    )
    fares = [
        {
            "dep": iso(c),
            "price": round(c.rng.uniform(9, 38), 2),
            "path": [[51.458, -0.971], [51.516, -0.176]],
        }
        for _ in range(4)
    ]
    b.ok_json({"journeys": fares, "traceId": rid(c.rng)})
    b.decoy("journey search with prices and coordinates")
    return b.build()


def ticket(c: Context) -> Flow:
    b = FB(c, "platform", "GET", f"{API}/v1/tickets/active")
    b.header("authorization", "Bearer " + b.acct("rail_user"))
    b.ok_json(
        {"tickets": [{"ref": "TTK" + str(c.rng.randint(10**8, 10**9)), "barcode": b64(rid(c.rng))}]}
    )
    b.decoy("ticket barcode")
    return b.build()
