"""Tunely: the technician's music app (tunely.example) with Firebase.

Listen events (track, played milliseconds, completion) are her listening
history; a batched offline-play upload uses msgpack with one-letter keys. The
audio-route report names her own Galaxy Buds by Bluetooth address. Search,
artwork, lyrics and "popular in Melbourne" charts are content and aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.tunely.example"
UA = ua("Tunely", "6.2.1")
TRACKS = [
    ("t_5521", "Dreamtime", "Hunters & Collectors"),
    ("t_1093", "Lối Nhỏ", "Đen Vâu"),
    ("t_8840", "Συννεφιασμένη Κυριακή", "Vassilis Tsitsanis"),
    ("t_2272", "Bad Habit", "Steve Lacy"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tunely", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/search?q={c.rng.choice(['den vau', 'rebetiko', 'triple j'])}")
    b.decoy("search results (content list)")
    b.ok_json({"tracks": [{"id": t, "title": n, "artist": a} for t, n, a in TRACKS]})
    return b.build()


def artwork(c: Context) -> Flow:
    b = _b(c, "GET", f"https://art.tunely.example/{new_hex(c.rng, 20)}/300x300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/city/melbourne")
    b.decoy("city chart with play counts over all listeners (aggregate)")
    b.ok_json({"chart": [{"id": t, "plays": c.rng.randint(10**4, 10**6)} for t, _, _ in TRACKS]})
    return b.build()


def listen_event(c: Context) -> Flow:
    tid, title, artist = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/me/listens")
    b.view("json trackId + playedMs + completed")
    b.json(
        {
            "trackId": tid,
            "title": title,
            "artist": artist,
            "playedMs": c.rng.randint(5000, 240000),
            "completed": c.rng.random() < 0.6,
            "startedAt": iso(c),
            "source": "album",
        }
    )
    b.no_content()
    return b.build()


def offline_plays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/op")
    b.view("msgpack rows [a track, b ms, c ts] (one-letter keys)", detectable=False)
    rows = [
        {"a": c.rng.choice(TRACKS)[0], "b": c.rng.randint(5000, 240000), "c": ms(c)}
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def audio_route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/client/audio-route")
    b.json(
        {
            "route": "bluetooth_a2dp",
            "deviceName": "Linh's Buds2 Pro",
            "btAddress": b.id("buds_mac", where="json btAddress"),
            "codec": "SSC",
        }
    )
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tunely-au/installations",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("tunely_fid", where="json fid"),
            "appId": "1:4411:android:ab12",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/4411/installations/x", "refreshToken": rid(c.rng)})
    return b.build()
