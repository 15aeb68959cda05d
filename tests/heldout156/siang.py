"""Siang: a Thai music app (luk thung, T-pop, mor lam).

Play logs name the track, how long it played (`len_pai_ms`, "played") and
whether it finished (`jop_phleng`); the Firebase Installations SDK registers its
`fid`. The compact scrobble keeps numeric msgpack keys (opaque). Charts with
play counts over all listeners, lyrics, search and audio segments are not
listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, bearer, iso, ms, rid, ua

API = "https://api.siangmusic.example"
UA = ua("Siang", "8.14.0")
TRACKS = [
    ("ฮักเจ้าหลายเด้อ", "ไผ่ พงศธร"),
    ("คนบ่มีแฟน", "ลำไย ไหทองคำ"),
    ("ROCKSTAR", "LISA"),
    ("ทางของฝุ่น", "Atom ชนกันต์"),
    ("ขอใจเธอแลกเบอร์โทร", "หญิงลี ศรีจุมพล"),
    ("Shining Star", "PiXXiE"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "siang", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-siang-did", b.id("aid_siang", where="header x-siang-did"))
    return b


def _track(c: Context) -> tuple[int, str, str]:
    title, artist = c.rng.choice(TRACKS)
    return c.rng.randint(10**6, 10**7), title, artist


def play_log(c: Context) -> Flow:
    tid, title, artist = _track(c)
    b = _b(c, "POST", f"{API}/api/v3/playlog")
    b.view("json len_pai_ms + jop_phleng (played ms, finished) per track")
    dur = c.rng.randint(150_000, 280_000)
    b.json(
        {
            "track_id": tid,
            "chue_phleng": title,
            "sinlapin": artist,
            "len_pai_ms": c.rng.randint(5_000, dur),
            "khwam_yao_ms": dur,
            "jop_phleng": c.rng.random() < 0.5,
            "len_muea": iso(c),
            "source": c.rng.choice(["playlist", "radio", "album"]),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/me/recently-played?limit=20")
    b.view("response json items[] track + played_at", direction="response")
    items = []
    for _ in range(c.rng.randint(3, 6)):
        tid, title, artist = _track(c)
        items.append({"track_id": tid, "title": title, "artist": artist, "played_at": iso(c)})
    b.ok_json({"items": items})
    return b.build()


def scrobble_opaque(c: Context) -> Flow:
    """The offline-queue flush: msgpack maps with numeric keys, nothing named."""
    b = _b(c, "POST", f"{API}/q/1")
    b.view("msgpack {1: track, 2: ms, 3: ts} rows", detectable=False)
    rows = [
        {1: _track(c)[0], 2: c.rng.randint(5_000, 280_000), 3: ms(c)}
        for _ in range(c.rng.randint(2, 8))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/siang-music-th/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyB" + rid(c.rng).replace("-", "")[:32])
    b.json(
        {
            "fid": b.id("siang_fid", where="json fid"),
            "appId": "1:448120553190:android:7c1d02e4a9b6f31e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/448120553190/installations/"
            + b.id("siang_fid", where="response json name (path tail)", direction="response"),
            "refreshToken": "3_A" + rid(c.rng).replace("-", ""),
            "authToken": {"token": "eyJ" + rid(c.rng).replace("-", ""), "expiresIn": "604800s"},
        }
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = FB(c, "siang", "GET", f"{API}/api/v3/charts/top100?region=TH")
    b.header("user-agent", UA)
    b.decoy("chart with yod_fang (plays over all listeners: aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "title": t, "artist": a, "yod_fang": c.rng.randint(10**5, 10**8)}
                for i, (t, a) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, title, _ = _track(c)
    b = FB(c, "siang", "GET", f"{API}/api/v3/tracks/{tid}/lyrics")
    b.header("user-agent", UA)
    b.decoy("time-synced lyrics with millisecond offsets (content, not a play)")
    b.ok_json(
        {
            "title": title,
            "lines": [
                {"startMs": i * 4200, "text": t}
                for i, t in enumerate(["โอ้ละหนอ", "คิดฮอดเด้อ", "ยังคอยอยู่"])
            ],
        }
    )
    return b.build()


def audio_segment(c: Context) -> Flow:
    b = FB(
        c,
        "siang",
        "GET",
        f"https://audio.siangmusic.example/a/{c.rng.randint(10**6, 10**7)}"
        f"/seg{c.rng.randint(1, 40)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
