"""Viaggio Photos (fictional travel-photo app): landmarks and scenery, never faces.

Cloud Vision `images:annotate` (cloud.google.com/vision/docs/reference/rest/v1/
images/annotate): requests[{image{content base64}, features[{type:
LANDMARK_DETECTION | LABEL_DETECTION, maxResults}]}]; the answer's
landmarkAnnotations carry boundingPoly vertices and locations[latLng]. The
app's own landmark matcher sends a global image descriptor of a BUILDING
(a feature vector without face context), album sync carries geotags and
thumbnails. Hard biometric decoys: images to a vision API, vectors, polygons.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb

from .phone import CITIES, FB, floats, iso, rf, rid, ua

SIGHTS = [
    "Palacio Real de Madrid",
    "Plaza de España",
    "Colosseo",
    "Fontana di Trevi",
    "Ponte Vecchio",
    "Duomo di Firenze",
    "Statue of Liberty",
    "Golden Gate Bridge",
]


def vision_landmark(c: Context) -> Flow:
    b = FB(c, "google-vision", "POST", "https://vision.googleapis.com/v1/images:annotate")
    b.header("user-agent", ua("ViaggioPhotos", "6.3.0"))
    b.header("x-goog-api-key", "AIzaSyD" + new_hex(c.rng, 8) + "viaggio0demo")
    feats = [{"type": "LANDMARK_DETECTION", "maxResults": 3}]
    if c.rng.random() < 0.5:
        feats.append({"type": "LABEL_DETECTION", "maxResults": 10})
    b.set_body(
        jsb(
            {
                "requests": [
                    {
                        "image": {"content": b64(fake_jpeg(c.rng.getrandbits(32), 1200))},
                        "features": feats,
                    }
                ]
            }
        ),
        "application/json",
    )
    name = c.rng.choice(SIGHTS)
    poly = [{"x": c.rng.randint(0, 400), "y": c.rng.randint(0, 300)} for _ in range(4)]
    b.decoy("photo to Cloud Vision for LANDMARK/LABEL detection only (buildings, scenery; no face)")
    b.ok_json(
        {
            "responses": [
                {
                    "landmarkAnnotations": [
                        {
                            "mid": "/m/0" + new_hex(c.rng, 5),
                            "description": name,
                            "score": rf(c.rng, 0.5, 0.95),
                            "boundingPoly": {"vertices": poly},
                            "locations": [
                                {
                                    "latLng": {
                                        "latitude": rf(c.rng, 37, 44, 6),
                                        "longitude": rf(c.rng, -6, 13, 6),
                                    }
                                }
                            ],
                        }
                    ]
                }
            ]
        }
    )
    return b.build()


def landmark_match(c: Context) -> Flow:
    b = FB(c, "viaggio", "POST", "https://api.viaggiophotos.com/v2/landmarks/match")
    b.header("user-agent", ua("ViaggioPhotos", "6.3.0"))
    b.header("x-request-id", rid(c.rng))
    city = c.rng.choice(CITIES)
    b.json(
        {
            "descriptor": floats_b64(floats(c.rng, 256, 6)),
            "descriptorModel": "delg-global-256",
            "gps": {
                "lat": rf(c.rng, city[1] - 0.02, city[1] + 0.02, 6),
                "lon": rf(c.rng, city[2] - 0.02, city[2] + 0.02, 6),
            },
            "heading": c.rng.randint(0, 359),
            "scene": c.rng.choice(["architecture", "monument", "skyline"]),
        }
    )
    b.decoy("image descriptor of a building for landmark retrieval: a vector without face context")
    b.ok_json({"match": c.rng.choice(SIGHTS), "score": rf(c.rng, 0.6, 0.97)})
    return b.build()


def scene_tags(c: Context) -> Flow:
    b = FB(c, "viaggio", "POST", "https://api.viaggiophotos.com/v2/photos/tags")
    b.header("user-agent", ua("ViaggioPhotos", "6.3.0"))
    b.json(
        {
            "photos": [
                {
                    "photoId": "ph_" + new_hex(c.rng, 12),
                    "takenAt": iso(c),
                    "tags": c.rng.sample(
                        [
                            "beach",
                            "sunset",
                            "church",
                            "street",
                            "food",
                            "bridge",
                            "mountain",
                            "museum",
                        ],
                        3,
                    ),
                    "aesthetic": rf(c.rng, 0.2, 0.9),
                    "colorHistogram": [c.rng.randint(0, 255) for _ in range(16)],
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    b.decoy("on-device scenery tags and colour histograms of photos: no faces, no ids")
    b.no_content()
    return b.build()


def album_sync(c: Context) -> Flow:
    b = FB(c, "viaggio", "POST", "https://api.viaggiophotos.com/v2/albums/sync")
    b.header("user-agent", ua("ViaggioPhotos", "6.3.0"))
    city = c.rng.choice(CITIES)
    b.json(
        {
            "album": f"Viaggio {city[0]}",
            "items": [
                {
                    "sha256": new_hex(c.rng, 64),
                    "w": 4080,
                    "h": 3072,
                    "geo": [
                        rf(c.rng, city[1] - 0.05, city[1] + 0.05, 5),
                        rf(c.rng, city[2] - 0.05, city[2] + 0.05, 5),
                    ],
                    "exif": {
                        "make": "Google",
                        "model": "Pixel 9",
                        "iso": c.rng.choice([50, 100, 400]),
                    },
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.decoy("album sync: photo content hashes, geotags, EXIF camera model: no device id")
    b.ok_json({"synced": True})
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "viaggio", "GET", f"https://cdn.viaggiophotos.com/t/{new_hex(c.rng, 24)}_w480.jpg")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("thumbnail download of a landscape photo")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700))
    return b.build()
