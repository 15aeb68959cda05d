"""Srce: a regional dating app with photo verification (pose-matching selfie
and an on-device face mesh; in-house backend, English keys) and Adjust for
attribution (app.adjust.com/session form body: `gps_adid`, `android_uuid`,
`app_token`, `created_at`, `tracking_enabled`; github.com/adjust/android_sdk,
PackageBuilder.java).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://api.srce.app"
UA = ua("Srce", "6.1.3")
POSES = ["peace_sign", "thumb_up", "hand_on_cheek", "look_left"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "srce", method, url)
    b.header("user-agent", UA)
    b.header("x-srce-user", c.phone.date_user)
    return b


def verify_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/verification/photo")
    bnd = "srce-" + rid(c.rng)[:12]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("pose", None, None, c.rng.choice(POSES).encode()),
        ("verification_selfie", "v.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 800)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart:verification_selfie")
    b.ok_json({"state": "in_review"})
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/verification/liveness")
    mesh = [[x, y, rf(c.rng, -0.1, 0.1)] for x, y in points(c.rng, 468)]
    b.json(
        {"faceMesh": {"landmarks": mesh, "count": 468}, "pose": c.rng.choice(POSES), "ts": iso(c)}
    )
    b.bio("face_mesh", "json:faceMesh.landmarks (468)")
    b.ok_json({"live": True})
    return b.build()


def face_vector(c: Context) -> Flow:
    """Duplicate-account check: the verified face's embedding."""
    b = _b(c, "POST", f"{API}/v2/trust/face-dedupe")
    b.json({"faceEmbedding": floats_b64(floats(c.rng, 192)), "model": "mfn-v3"})
    b.bio("face_embedding", "json:faceEmbedding")
    b.ok_json({"duplicates": 0})
    return b.build()


def blendshapes(c: Context) -> Flow:
    """The 'smile to unlock' check: MediaPipe-style expression scores."""
    names = [
        "mouthSmileLeft",
        "mouthSmileRight",
        "eyeBlinkLeft",
        "eyeBlinkRight",
        "jawOpen",
        "browInnerUp",
    ]
    b = _b(c, "POST", f"{API}/v2/verification/expression")
    b.json({"blendshapes": [{"categoryName": n, "score": rf(c.rng, 0, 1)} for n in names]})
    b.bio("blendshapes", "json:blendshapes[].categoryName+score")
    b.ok_json({"ok": True})
    return b.build()


def vector_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/t")
    b.json({"k": "m3", "d": floats_b64(floats(c.rng, 192))})
    b.bio("face_embedding", "json:d (unnamed float blob)", detectable=False)
    b.no_content()
    return b.build()


def adjust(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q3n8k1xw9tmo"),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("android_uuid", b.id("date_install", where="form:android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c).replace("Z", "Z+0100")),
            ("environment", "production"),
            ("os_name", "android"),
            ("device_type", "phone"),
        ]
    )
    b.ok_json({"adid": rid(c.rng).replace("-", ""), "timestamp": iso(c)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices")
    b.json({"hw": b.id("aid_date", where="json:hw", detectable=False), "platform": "android"})
    b.ok_json({"ok": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/profile/photos")
    bnd = "srce-" + rid(c.rng)[:12]
    img = fake_jpeg(c.rng.getrandbits(32), 700)
    b.set_body(
        multipart(bnd, [("photo", "p.jpg", "image/jpeg", img)]),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"url": f"https://cdn.srce.app/p/{rid(c.rng)}.jpg"})
    b.decoy("profile gallery photo upload (no face processing)")
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/signup/about")
    b.json({"gender": c.rng.choice(["female", "male"]), "lookingFor": "men", "birthYear": 1991})
    b.ok_json({"ok": True})
    b.decoy("self-declared gender on sign-up")
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/discover")
    b.ok_json(
        {
            "cards": [
                {"id": rid(c.rng)[:12], "photo": f"https://cdn.srce.app/p/{rid(c.rng)}.jpg"}
                for _ in range(4)
            ]
        }
    )
    b.decoy("discover cards with photo URLs")
    return b.build()


def photo_fetch(c: Context) -> Flow:
    b = FB(c, "srce", "GET", f"https://cdn.srce.app/p/{rid(c.rng)}_480.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("profile photo download")
    return b.build()
