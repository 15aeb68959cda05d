"""Thumbsy: a thumbnail designer (decoys).

Sources: remove.bg API `POST https://api.remove.bg/v1.0/removebg` (multipart
`image_file`, `size`, `type=person`, header `X-Api-Key`) for cut-outs; the
app's own backend receives the subject box Apple Vision found for cropping
(one normalised box and a count: no landmarks, no embeddings) and A/B tests
thumbnails by click-through rate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, rf, rid, ua

API = "https://api.thumbsy.co"


def removebg(c: Context) -> Flow:
    b = FB(c, "remove.bg", "POST", "https://api.remove.bg/v1.0/removebg")
    b.header("x-api-key", rid(c.rng).replace("-", "")[:24])
    bd = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("image_file", "frame_0412.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6))),
        ("size", None, None, b"auto"),
        ("type", None, None, b"person"),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("video still sent for background removal (cut-out), not to a face-recognition API")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + rid(c.rng).encode())
    return b.build()


def subject_crop(c: Context) -> Flow:
    b = FB(c, "thumbsy", "POST", API + "/v2/layouts/autocrop")
    b.header("user-agent", ua("Thumbsy", "618"))
    b.json(
        {
            "canvas": [1280, 720],
            "subject": {
                "count": 1,
                "box": [
                    rf(c.rng, 0.2, 0.5),
                    rf(c.rng, 0.1, 0.3),
                    rf(c.rng, 0.2, 0.4),
                    rf(c.rng, 0.4, 0.7),
                ],
                "confidence": rf(c.rng, 0.8, 1, 2),
            },
            "rule": "thirds",
        }
    )
    b.decoy("subject bounding box and count for cropping: no landmarks or embeddings")
    b.ok_json({"crop": [0, 0, 1280, 720]})
    return b.build()


def ab_test(c: Context) -> Flow:
    b = FB(c, "thumbsy", "GET", API + f"/v2/tests/{rid(c.rng)}/results")
    b.header("user-agent", ua("Thumbsy", "618"))
    b.decoy("thumbnail A/B test: impressions and click-through rate per variant")
    b.ok_json(
        {
            "variants": [
                {
                    "id": v,
                    "impressions": c.rng.randint(1000, 50000),
                    "ctr": rf(c.rng, 0.02, 0.12, 4),
                }
                for v in "ABC"
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(c, "thumbsy-cdn", "GET", "https://cdn.thumbsy.co/fonts/catalogue.json")
    b.decoy("font catalogue")
    b.ok_json({"fonts": [{"family": f, "weights": [400, 800]} for f in ("Anton", "Bebas Neue")]})
    return b.build()


def export(c: Context) -> Flow:
    b = FB(c, "thumbsy-upload", "PUT", f"https://upload.thumbsy.co/t/{rid(c.rng)}.jpg")
    b.set_body(fake_jpeg(c.rng.randint(1, 10**6), 400), "image/jpeg")
    b.decoy("finished thumbnail upload (a designed image)")
    b.respond(200, None)
    return b.build()
