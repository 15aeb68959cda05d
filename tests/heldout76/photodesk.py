"""The photo desk: bystander redaction (face BLURRING), resizing, captions.

Real: Cloudinary's Upload API (POST api.cloudinary.com/v1_1/<cloud>/image/upload,
multipart with file, api_key, timestamp, signature, folder; `faces=true` makes
the answer list face rectangles as [x, y, w, h]) and its delivery URLs with the
documented `e_blur_faces` / `e_pixelate_faces` effects (Cloudinary Upload API
reference and transformation reference). In-house "Bilddesk" backend: manual
redaction boxes with a blur radius, IPTC captions, crops.
No landmarks, embeddings or face analysis: boxes to hide faces, which is what a
photo desk must do for bystanders. Decoys, all of them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rid, ua

CLOUD = "rheinblick"
UA = ua("Bilddesk", "5.1.0")


def _boxes(c: Context, n: int) -> list[list[int]]:
    return [
        [
            c.rng.randint(0, 3000),
            c.rng.randint(0, 2000),
            c.rng.randint(60, 300),
            c.rng.randint(60, 300),
        ]
        for _ in range(n)
    ]


def cloudinary_upload(c: Context) -> Flow:
    url = f"https://api.cloudinary.com/v1_1/{CLOUD}/image/upload"
    b = FB(c, "cloudinary", "POST", url)
    b.header("user-agent", UA)
    boundary = "Boundary-" + new_hex(c.rng, 24).upper()
    pub = f"demo-{c.rng.randint(1000, 9999)}"
    fields = [
        ("api_key", str(c.rng.randint(10**14, 10**15))),
        ("timestamp", str(int(c.now))),
        ("folder", "demo-utrecht"),
        ("public_id", pub),
        ("faces", "true"),
        ("signature", new_hex(c.rng, 40)),
    ]
    parts = [(k, None, None, v.encode()) for k, v in fields]
    parts.append(("file", f"{pub}.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "public_id": f"demo-utrecht/{pub}",
            "width": 4032,
            "height": 3024,
            "faces": _boxes(c, c.rng.randint(1, 6)),
            "bytes": 2310044,
            "secure_url": f"https://res.cloudinary.com/{CLOUD}/image/upload/{pub}.jpg",
        }
    )
    b.decoy("crowd photo uploaded to an image CDN; face rectangles returned for blurring only")
    return b.build()


def cloudinary_blurred(c: Context) -> Flow:
    effect = c.rng.choice(["e_blur_faces:1200", "e_pixelate_faces:25"])
    url = (
        f"https://res.cloudinary.com/{CLOUD}/image/upload/{effect}/c_fill,w_1200,h_675/"
        f"demo-utrecht/demo-{c.rng.randint(1000, 9999)}.jpg"
    )
    b = FB(c, "cloudinary", "GET", url)
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("fetch of a photo with bystanders' faces blurred (delivery transformation)")
    return b.build()


def redaction_job(c: Context) -> Flow:
    img = new_hex(c.rng, 16)
    b = FB(
        c, "bilddesk", "POST", f"https://bilddesk.rheinblick-medien.de/api/bilder/{img}/schwaerzung"
    )
    b.header("user-agent", UA)
    regions = [
        {
            "x": x,
            "y": y,
            "breite": w,
            "hoehe": h,
            "art": "gesicht",
            "blurRadius": c.rng.choice([18, 24, 32]),
            "grund": "Persönlichkeitsrecht",
        }
        for x, y, w, h in _boxes(c, c.rng.randint(1, 5))
    ]
    b.json(
        {
            "bildId": img,
            "bereiche": regions,
            "kennzeichenUnkenntlich": c.rng.random() < 0.4,
            "bearbeitetVon": "jvdm",
            "zeit": iso(c),
        }
    )
    b.ok_json({"status": "angenommen", "jobId": rid(c.rng)})
    b.decoy("manual redaction boxes with blur radius over bystanders' faces: no face data")
    return b.build()


def gezicht_vervagen(c: Context) -> Flow:
    img = new_hex(c.rng, 16)
    b = FB(
        c, "bilddesk", "PUT", f"https://bilddesk.rheinblick-medien.de/api/nl/foto/{img}/vervaging"
    )
    b.header("user-agent", UA)
    b.json(
        {
            "fotoId": img,
            "gezichtenVervagen": True,
            "aantalGezichten": c.rng.randint(1, 9),
            "vakken": [dict(zip(("x", "y", "b", "h"), box, strict=True)) for box in _boxes(c, 3)],
            "straal": 28,
        }
    )
    b.ok_json({"ok": True})
    b.decoy("Dutch-keyed face-blur request: count of faces and blur boxes, nothing about a face")
    return b.build()


def resize(c: Context) -> Flow:
    img = new_hex(c.rng, 16)
    b = FB(
        c, "bilddesk", "POST", f"https://bilddesk.rheinblick-medien.de/api/bilder/{img}/varianten"
    )
    b.header("user-agent", UA)
    b.json(
        {
            "varianten": [
                {"name": n, "breite": w, "hoehe": h, "zuschnitt": "motiv"}
                for n, w, h in (
                    ("teaser", 1200, 675),
                    ("quadrat", 800, 800),
                    ("hochkant", 720, 1280),
                )
            ],
            "fokuspunkt": {"x": round(c.rng.random(), 3), "y": round(c.rng.random(), 3)},
        }
    )
    b.ok_json({"jobId": rid(c.rng)})
    b.decoy("resize/crop variants with a focal point of a photo")
    return b.build()


def caption(c: Context) -> Flow:
    img = new_hex(c.rng, 16)
    b = FB(c, "bilddesk", "PATCH", f"https://bilddesk.rheinblick-medien.de/api/bilder/{img}/iptc")
    b.header("user-agent", UA)
    b.json(
        {
            "bildunterschrift": c.rng.choice(
                [
                    "Überwachungskameras mit Gesichtserkennung am Hauptbahnhof",
                    "Demonstranten in Utrecht; Gesichter unkenntlich gemacht",
                    "Die Ministerin bei der Pressekonferenz",
                ]
            ),
            "fotograf": "J. van der Meer",
            "copyright": "Rheinblick Medien",
            "personenImBild": c.rng.randint(0, 12),
            "freigabe": "nur Web",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("IPTC caption mentioning face recognition; count of persons in picture")
    return b.build()


def thumbs(c: Context) -> Flow:
    b = FB(
        c,
        "bilddesk",
        "GET",
        f"https://img.rheinblick-medien.de/thumbs/{new_hex(c.rng, 12)}_face-crop_320.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    b.decoy("thumbnail download (a portrait crop of an agency photo), not a face upload")
    return b.build()
