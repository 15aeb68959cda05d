"""The class-newsletter photo app: background removal, cropping to a focal point,
uploads to an image CDN, newsletter layout with font faces. Images go to
image-editing APIs, never to face APIs: hard biometric decoys.

Sources: remove.bg API (`POST https://api.remove.bg/v1.0/removebg`, multipart
`image_file`, `size`, `type`, `format`, header `X-Api-Key`; remove.bg docs and
the npm remove.bg wrapper); Cloudinary Upload API (`POST
https://api.cloudinary.com/v1_1/<cloud>/image/upload`, form `file`,
`upload_preset`, `public_id`, `tags`; cloudinary.com/documentation).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import iso, new, rf, rid, ua

AGENT = ua("NewsletterStudio", "905")
RES = "https://res.cloudinary.com/cedar-ridge-news/image/upload"


def remove_bg(c: Context) -> Flow:
    r = c.rng
    bnd = "Boundary-" + new_hex(r, 16).upper()
    body = multipart(
        bnd,
        [
            (
                "image_file",
                f"IMG_{r.randint(1000, 9999):04d}.jpg",
                "image/jpeg",
                fake_jpeg(r.randint(0, 10**9), 1600),
            ),
            ("size", None, None, b"auto"),
            ("type", None, None, r.choice([b"auto", b"product"])),
            ("format", None, None, b"png"),
        ],
    )
    b = new(c, "photos", "POST", "https://api.remove.bg/v1.0/removebg", AGENT)
    b.header("x-api-key", new_hex(r, 24))
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.respond(
        200,
        "image/png",
        b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(300)),
        headers=[("x-credits-charged", "1"), ("x-width", "1200"), ("x-height", "900")],
    )
    b.decoy("class photo sent for background removal (image editing, not face analysis)")
    return b.build()


def cloud_upload(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "photos", "POST", "https://api.cloudinary.com/v1_1/cedar-ridge-news/image/upload", AGENT
    )
    bnd = "Boundary-" + new_hex(r, 16).upper()
    body = multipart(
        bnd,
        [
            ("file", "photo.jpg", "image/jpeg", fake_jpeg(r.randint(0, 10**9), 1400)),
            ("upload_preset", None, None, b"newsletter_unsigned"),
            ("tags", None, None, b"science-fair,room114"),
            ("public_id", None, None, ("nl/" + new_hex(r, 10)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json(
        {
            "public_id": "nl/" + new_hex(r, 10),
            "width": 2048,
            "height": 1536,
            "format": "jpg",
            "secure_url": f"{RES}/nl/{new_hex(r, 10)}.jpg",
        }
    )
    b.decoy("newsletter photo upload to an image CDN")
    return b.build()


def crop(c: Context) -> Flow:
    r = c.rng
    b = new(c, "photos", "POST", "https://api.example-newsletter.com/v2/images/crop", AGENT)
    b.json(
        {
            "imageId": rid(r),
            "aspect": r.choice(["4:3", "1:1", "16:9"]),
            "focalPoint": {"x": rf(r, 0.2, 0.8, 3), "y": rf(r, 0.2, 0.8, 3)},
            "cropBox": [rf(r, 0, 0.2, 3), rf(r, 0, 0.2, 3), rf(r, 0.8, 1, 3), rf(r, 0.8, 1, 3)],
            "rotateDeg": r.choice([0, 0, 90]),
            "filters": {"brightness": rf(r, -0.2, 0.2, 2)},
        }
    )
    b.ok_json({"url": f"https://cdn.example-newsletter.com/c/{new_hex(r, 16)}.jpg"})
    b.decoy("crop with a user-tapped focal point (no face detection)")
    return b.build()


def layout(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "photos",
        "PUT",
        f"https://api.example-newsletter.com/v2/newsletters/{new_hex(r, 8)}",
        AGENT,
    )
    b.json(
        {
            "title": r.choice(["Room 114 News", "Noticias del salón 114"]),
            "issueDate": iso(c)[:10],
            "fontFace": r.choice(["Poppins", "Nunito", "Comic Neue"]),
            "typefaceWeights": [400, 700],
            "blocks": [
                {"kind": "photo", "imageId": rid(r), "caption": "Science fair winners!"},
                {"kind": "text", "html": "<p>Great week, families!</p>"},
            ],
        }
    )
    b.ok_json({"saved": True})
    b.decoy("newsletter layout: font faces and photo blocks")
    return b.build()


def stock_search(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "photos",
        "GET",
        "https://api.example-newsletter.com/v2/stock/search",
        AGENT,
        [
            ("q", r.choice(["happy faces clipart", "smiley face", "pumpkin", "classroom"])),
            ("page", "1"),
        ],
    )
    b.ok_json(
        {
            "results": [
                {
                    "id": new_hex(r, 10),
                    "thumb": f"https://cdn.example-newsletter.com/s/{new_hex(r, 10)}.png",
                    "tags": ["face", "emoji", "cartoon"],
                }
                for _ in range(6)
            ]
        }
    )
    b.decoy("clip-art search for 'smiley face' (catalogue, not a face)")
    return b.build()
