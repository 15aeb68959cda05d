"""Gaanbari: a Bangladeshi music streaming app (Rabindra sangeet, Nazrul geeti,
band music, Coke Studio Bangla).

Play logs go to the backend with Banglish keys (`gaan_id`, `shuna_hoyeche_sec`,
`skip_korse`); a batched play log is also sent as protobuf with numeric field
numbers only (opaque). Firebase Installations registers the app's FID. The Top
50 Bangladesh chart, lyrics, search results and audio chunks are not listening
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, bd_time, ms, rid, ua

API = "https://api.gaanbari.example"
UA = ua("Gaanbari", "2.4.7")
SONGS = [
    ("g-10021", "Amar Sonar Bangla", "Rabindranath Tagore"),
    ("g-20410", "Nasek Nasek", "Coke Studio Bangla"),
    ("g-30077", "Bhalobeshe Shokhi", "Shironamhin"),
    ("g-40912", "Karar Oi Louho Kopat", "Kazi Nazrul Islam"),
    ("g-51003", "Dewana", "Arbovirus"),
]


def _b(c: Context, method: str, url: str, with_id: bool = True) -> FB:
    """The player's calls carry the ANDROID_ID; browsing calls do not."""
    b = FB(c, "gaanbari", method, url)
    b.header("user-agent", UA)
    if with_id:
        b.header("x-gb-did", b.id("aid_gaan", where="header x-gb-did"))
    return b


def play_log(c: Context) -> Flow:
    gid, title, artist = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/play-log")
    b.view("json gaan_id + shuna_hoyeche_sec (listened seconds)")
    b.json(
        {
            "gaan_id": gid,
            "gaan": title,
            "shilpi": artist,
            "shuna_hoyeche_sec": c.rng.randint(5, 320),
            "skip_korse": c.rng.random() < 0.3,
            "shuru_holo": bd_time(c.now - 200),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recently-played")
    b.view("response recently_played[] with played_at", direction="response")
    rows = [
        {"gaan_id": g, "gaan": t, "played_at": bd_time(c.now - c.rng.randint(60, 86400))}
        for g, t, _ in c.rng.sample(SONGS, 3)
    ]
    b.ok_json({"recently_played": rows})
    return b.build()


def play_log_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pl")
    b.view("protobuf rows (field 1 song, 2 seconds, 3 epoch ms): numbers only", detectable=False)
    rows = [
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(SONGS)[0]),
                pb_varint(2, c.rng.randint(5, 320)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/gaanbari-prod/installations"
    b = FB(c, "firebase-installations", "POST", url)
    b.header("x-goog-api-key", "AIzaSyB" + rid(c.rng).replace("-", "")[:32])
    b.json(
        {
            "fid": b.id("gaan_fid", where="json fid"),
            "appId": "1:551230947771:android:7a0c2de4f16b3e90",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.1.3",
        }
    )
    b.ok_json({"name": "projects/551230947771/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def top_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top-50-bangladesh", with_id=False)
    b.decoy("chart of most-played songs (aggregate over listeners)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "gaan_id": g, "plays": c.rng.randint(10**4, 10**6)}
                for i, (g, _, _) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    gid, _, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v1/lyrics/{gid}", with_id=False)
    b.decoy("time-synced lyrics lines with timestamps (content fetch)")
    b.ok_json({"lines": [{"t": i * 4.5, "text": "আমার সোনার বাংলা"} for i in range(4)]})
    return b.build()


def search(c: Context) -> Flow:
    query = c.rng.choice(["nazrul", "james", "ayub bachchu"])
    b = _b(c, "GET", f"{API}/v1/search?q={query}", with_id=False)
    b.decoy("search results")
    b.ok_json({"results": [{"gaan_id": g, "gaan": t} for g, t, _ in SONGS[:3]]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    gid = c.rng.choice(SONGS)[0]
    b = FB(
        c,
        "gaanbari",
        "GET",
        f"https://cdn.gaanbari.example/a/{gid}/160k/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
