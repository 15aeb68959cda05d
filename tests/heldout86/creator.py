"""Podcast-hosting creator dashboard: Spreaker's public API v2 as the station uses
it for the podcast of her show (api.spreaker.com/v2: upload an episode as
multipart with media_file and title; show and episode statistics: plays,
downloads, likes, per day and per country; developers.spreaker.com). Spreaker
is owned by iHeartMedia. Her uploads and aggregate download counts are not
viewing history: hard decoys (the drop-off curve is an aggregate too).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, req_id, rf
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB

API = "https://api.spreaker.com/v2"
SHOW = "5821347"


def _fb(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "spreaker", method, f"{API}{path}", params)
    b.header("authorization", "Bearer " + req_id(c.rng).replace("-", ""))
    b.header("user-agent", "Spreaker Studio/5.12 Android")
    return b


def episode_upload(c: Context) -> Flow:
    b = _fb(c, "POST", f"/shows/{SHOW}/episodes")
    bd = "----spk" + req_id(c.rng)[:10]
    audio = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(c.rng.getrandbits(8) for _ in range(1500))
    title = f"Mattina Scirocco - puntata {c.rng.randint(100, 400)}"
    parts = [
        ("title", None, None, title.encode()),
        ("description", None, None, b"Ospiti, musica e le vostre telefonate."),
        ("media_file", "puntata.mp3", "audio/mpeg", audio),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("her own episode upload to the hosting service, not listening history")
    b.ok_json({"response": {"episode": {"episode_id": c.rng.randint(10**7, 10**8)}}})
    return b.build()


def show_statistics(c: Context) -> Flow:
    b = _fb(c, "GET", f"/shows/{SHOW}/statistics")
    stats = {
        "plays_count": c.rng.randint(10000, 90000),
        "downloads_count": c.rng.randint(5000, 40000),
        "likes_count": c.rng.randint(100, 900),
        "followers_count": c.rng.randint(500, 3000),
    }
    b.ok_json({"response": {"statistics": stats}})
    b.decoy("aggregate plays/downloads of her show")
    return b.build()


def plays_by_day(c: Context) -> Flow:
    b = _fb(c, "GET", f"/shows/{SHOW}/statistics/plays", [("group", "day")])
    days = [
        {
            "date": f"2024-11-{d:02d}",
            "plays_count": c.rng.randint(200, 2000),
            "downloads_count": c.rng.randint(100, 900),
        }
        for d in range(1, 15)
    ]
    b.ok_json({"response": {"statistics": days}})
    b.decoy("plays per day (aggregate time series)")
    return b.build()


def geographics(c: Context) -> Flow:
    b = _fb(c, "GET", f"/episodes/{c.rng.randint(10**7, 10**8)}/statistics/geographics")
    rows = [{"country": k, "percentage": rf(c.rng, 1, 60, 1)} for k in ("IT", "MT", "DE", "GB")]
    b.ok_json({"response": {"statistics": {"countries": rows}}})
    b.decoy("listener countries of an episode (percentages)")
    return b.build()


def retention(c: Context) -> Flow:
    ep = c.rng.randint(10**7, 10**8)
    b = _fb(c, "GET", f"/episodes/{ep}/statistics/consumption")
    curve, v = [], 1.0
    for _ in range(20):
        v = round(v * c.rng.uniform(0.9, 0.99), 3)
        curve.append(v)
    b.ok_json(
        {
            "response": {
                "episode_id": ep,
                "average_listen_pct": rf(c.rng, 40, 80, 1),
                "dropoff": curve,
                "updated_at": iso(c),
            }
        }
    )
    b.decoy("aggregate drop-off curve of her episode's audience, no individual's listening")
    return b.build()


def headshot_upload(c: Context) -> Flow:
    b = FB(c, "station-cms", "POST", "https://www.radioscirocco.it/wp-json/wp/v2/media")
    b.header("content-disposition", 'attachment; filename="giulia-camilleri-2024.jpg"')
    b.header("authorization", "Basic " + req_id(c.rng).replace("-", "")[:24])
    b.set_body(fake_jpeg(c.rng.getrandbits(32), 800), "image/jpeg")
    b.decoy("her press photo uploaded to the station website's CMS (WordPress media), no face API")
    b.ok_json({"id": c.rng.randint(1000, 9999), "media_type": "image", "alt_text": ""})
    return b.build()
