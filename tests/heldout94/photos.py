"""The group's trip-photo sharing app (fictional backend "Rihla Album"): photo
uploads with the face-blur rectangles the guide drew (tourists who asked not
to be shown), album view counters, thumbnails and the highlight reel.

Hard negatives: the photos go to an album, not to a face API; blur boxes are
privacy masks (rectangles only, no landmarks, no embeddings); album views count
photos looked at, which is not viewing history; the reel is a video download.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.rihla-album.com"
CDN = "https://img.rihla-album.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rihla-album", method, url)
    b.header("user-agent", ua("RihlaAlbum", "5.2.1"))
    return b


def _box(c: Context) -> dict[str, object]:
    return {
        "x": c.rng.randint(0, 3000),
        "y": c.rng.randint(0, 2000),
        "w": c.rng.randint(60, 300),
        "h": c.rng.randint(60, 300),
        "type": "face",
        "flou": "gaussian",
    }


def upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/albums/HT-{c.rng.randint(2400, 2499)}/photos")
    b.decoy(
        "trip photo to a shared album with blurRegions type=face rectangles (privacy masks): "
        "no face API, no landmarks or embeddings"
    )
    meta = {
        "caption": c.rng.choice(["Karnak at sunrise", "البتراء", "Felouque sur le Nil"]),
        "takenAt": iso(c),
        "gps": [rf(c.rng, 25.6, 30.4), rf(c.rng, 31.1, 35.5)],
        "blurRegions": [_box(c) for _ in range(c.rng.randint(0, 3))],
    }
    boundary = new_hex(c.rng, 32)
    photo = fake_jpeg(c.rng.randint(0, 10**9), 1100)
    b.set_body(
        multipart(
            boundary,
            [
                ("meta", None, "application/json", js(meta).encode()),
                ("photo", f"IMG_{c.rng.randint(1, 9999):04d}.jpg", "image/jpeg", photo),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"photoId": rid(c.rng), "status": "processing"})
    return b.build()


def album_views(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/analytics/album-views")
    b.decoy("photos viewed in an album with dwellMs: not watch/listen history")
    b.json(
        {
            "albumId": f"HT-{c.rng.randint(2400, 2499)}",
            "views": [
                {"photoId": rid(c.rng), "dwellMs": c.rng.randint(300, 9000), "zoom": False}
                for _ in range(c.rng.randint(3, 12))
            ],
            "sentAt": ms(c),
        }
    )
    b.no_content()
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/t/{new_hex(c.rng, 32)}/w320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def highlight_reel(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/reels/{new_hex(c.rng, 16)}/720p.mp4")
    b.decoy("trip highlight video file download: media fetch, not a watch log")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1400))
    return b.build()


def blur_job(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jobs/{rid(c.rng)}")
    b.decoy("blur job status: facesBlurred count")
    b.ok_json(
        {"state": "done", "facesBlurred": c.rng.randint(0, 6), "tookMs": c.rng.randint(200, 4000)}
    )
    return b.build()
