"""Photo-book app that groups faces ("Pagecraft", fictional) and its print service.

On device the app runs Apple's Vision framework: `VNDetectFaceLandmarksRequest`
gives `VNFaceObservation`s with `boundingBox`, `roll` / `yaw` / `pitch`,
`faceCaptureQuality` and `VNFaceLandmarks2D` regions (faceContour, leftEye,
rightEye, leftEyebrow, rightEyebrow, nose, noseCrest, medianLine, outerLips,
innerLips, leftPupil, rightPupil; Apple developer documentation). It sends the
observations, a per-face print vector with its face-group id, the resulting
people groups, and face crops for the cover to the print service. A sealed sync
chunk carries prints opaquely. Whole-image `VNFeaturePrintObservation`s used to
drop near-duplicate photos carry no face context (decoy), as do page layouts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart, pb_bytes, pb_varint

from .phone import FB, fb, floats, iso, rf, rid, ua

API = "https://api.pagecraft.photos"
PRINT = "https://print.pagecraft.photos"
UA = ua("Pagecraft", "iPadOS 17.5.1", "880")
REGIONS = {
    "faceContour": 17,
    "leftEye": 8,
    "rightEye": 8,
    "leftEyebrow": 6,
    "rightEyebrow": 6,
    "nose": 10,
    "noseCrest": 6,
    "medianLine": 10,
    "outerLips": 14,
    "innerLips": 6,
    "leftPupil": 1,
    "rightPupil": 1,
}


def _asset(c: Context) -> str:
    return rid(c.rng).upper() + "/L0/001"


def _base(c: Context, method: str, url: str) -> FB:
    b = fb(c, "pagecraft", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("photo_install", where="header:x-install-id"))
    return b


def _pts(c: Context, n: int) -> list[list[float]]:
    return [[rf(c.rng, 0.1, 0.9), rf(c.rng, 0.1, 0.9)] for _ in range(n)]


def face_observations(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v3/albums/alb_{c.rng.randint(100, 999)}/faces")
    obs = []
    for _ in range(c.rng.randint(1, 3)):
        obs.append(
            {
                "boundingBox": {
                    "x": rf(c.rng, 0, 0.7),
                    "y": rf(c.rng, 0, 0.7),
                    "w": rf(c.rng, 0.05, 0.3),
                    "h": rf(c.rng, 0.05, 0.3),
                },
                "roll": rf(c.rng, -0.4, 0.4),
                "yaw": rf(c.rng, -0.8, 0.8),
                "pitch": rf(c.rng, -0.3, 0.3),
                "faceCaptureQuality": rf(c.rng, 0.2, 0.9, 3),
                "landmarks": {k: _pts(c, n) for k, n in REGIONS.items()},
            }
        )
    b.json({"assetId": _asset(c), "revision": 3, "observations": obs}, "gzip")
    b.bio("face_landmarks", "body:observations[].landmarks (VNFaceLandmarks2D)")
    b.ok_json({"stored": len(obs)})
    return b.build()


def faceprints(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v3/faces/prints")
    prints = [
        {
            "faceId": "f_" + rid(c.rng)[:12],
            "faceGroupId": f"grp_{c.rng.randint(1, 30)}",
            "faceprint": floats_b64(floats(c.rng, 128)),
            "printRevision": 2,
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"assetId": _asset(c), "prints": prints})
    b.bio("face_embedding", "body:prints[].faceprint")
    b.ok_json({"ok": True})
    return b.build()


def people_groups(c: Context) -> Flow:
    b = _base(c, "PUT", f"{API}/v3/people")
    groups = [
        {
            "faceGroupId": f"grp_{i}",
            "label": name,
            "keyFaceId": "f_" + rid(c.rng)[:12],
            "faceIds": ["f_" + rid(c.rng)[:12] for _ in range(3)],
            "faceprintCentroid": floats(c.rng, 16, 4),
        }
        for i, name in enumerate(["Mormor", "Sol", "Even"], 1)
    ]
    b.json({"groups": groups, "clusteredAt": iso(c)})
    b.bio("face_clusters", "body:groups[].faceprintCentroid/faceIds")
    b.ok_json({"ok": True})
    return b.build()


def face_crop(c: Context) -> Flow:
    order = f"PB-{c.rng.randint(100000, 999999)}"
    b = _base(c, "POST", f"{PRINT}/v1/orders/{order}/face-crops")
    boundary = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("faceGroupId", None, None, f"grp_{c.rng.randint(1, 30)}".encode()),
        ("cropRect", None, None, b"0.31,0.22,0.18,0.18"),
        ("image", "face_0.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart:image (face crop with faceGroupId)")
    b.ok_json({"cropId": rid(c.rng)})
    return b.build()


def sealed_chunk(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v3/sync/chunk")
    b.header("x-chunk-type", "fpx")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(640)), "application/octet-stream")
    b.bio("face_embedding", "body (encrypted chunk fpx)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = fb(c, "pagecraft", "POST", f"{API}/v2/install")
    b.header("user-agent", UA)
    b.json(
        {
            "installationId": b.id("photo_install", where="body:installationId"),
            "idfv": b.id("idfv_photo", where="body:idfv"),
            "locale": "nb_NO",
            "account": b.acct("photo_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/t/batch")
    msg = pb_bytes(
        1, b.id("idfv_photo", how="protobuf", where="protobuf field 1", detectable=False)
    )
    msg += pb_varint(2, int(c.now)) + pb_bytes(3, "screen_view") + pb_bytes(4, "book_editor")
    b.set_body(msg, "application/x-protobuf")
    b.no_content()
    return b.build()


def dedupe_prints(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v3/assets/similarity")
    b.json(
        {
            "purpose": "near_duplicate",
            "items": [
                {"assetId": _asset(c), "imageFeaturePrint": floats_b64(floats(c.rng, 96))}
                for _ in range(2)
            ],
        }
    )
    b.decoy("whole-image feature print for duplicate detection (no face context)")
    b.ok_json({"duplicates": []})
    return b.build()


def page_layout(c: Context) -> Flow:
    b = _base(c, "PUT", f"{API}/v3/books/bk_{c.rng.randint(10, 99)}/pages/{c.rng.randint(1, 40)}")
    b.json(
        {
            "template": "grid_3",
            "slots": [
                {
                    "assetId": _asset(c),
                    "x": rf(c.rng, 0, 0.6),
                    "y": rf(c.rng, 0, 0.6),
                    "w": 0.33,
                    "h": 0.33,
                    "rotation": 0,
                }
                for _ in range(3)
            ],
        }
    )
    b.decoy("page layout rectangles and PHAsset identifiers")
    b.ok_json({"saved": True})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = fb(c, "pagecraft", "GET", f"https://img.pagecraft.photos/t/{rid(c.rng)[:16]}_256.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()


def blog_article(c: Context) -> Flow:
    b = fb(c, "pagecraft", "GET", "https://pagecraft.photos/blog/how-we-group-faces-on-device")
    b.header("user-agent", UA)
    html = (
        "<html><body><h1>How Pagecraft groups faces</h1><p>Face landmarks and face prints "
        "never leave your iPad unless you order a cover with a face crop.</p></body></html>"
    )
    b.decoy("article about face grouping")
    b.respond(200, "text/html; charset=utf-8", html.encode())
    return b.build()


def order_submit(c: Context) -> Flow:
    b = _base(c, "POST", f"{PRINT}/v1/orders")
    b.json(
        {
            "quoteId": rid(c.rng),
            "contact": {"email": b.id("email", where="body:contact.email"), "name": "Ines H."},
            "shipTo": {"postcode": "0457", "country": "NO"},
        }
    )
    b.decoy("order and quote ids")
    b.ok_json({"orderId": f"PB-{c.rng.randint(100000, 999999)}"}, 201)
    return b.build()


def price_quote(c: Context) -> Flow:
    b = _base(c, "POST", f"{PRINT}/v1/quote")
    b.json({"format": "A4_landscape", "pages": c.rng.randint(20, 60), "cover": "hard"})
    b.decoy("price quote")
    b.ok_json({"nok": rf(c.rng, 299, 899, 2), "quoteId": rid(c.rng)})
    return b.build()
