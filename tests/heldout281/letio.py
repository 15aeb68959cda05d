"""Letiō Nukuʻalofa: a Tongan radio station's app (Mele's Pixel) with the live
stream, "now playing", and song requests with dedications (`kole hiva` =
request a song, `fakamatala` = message).

A song request names a song a listener wants played for someone: it is not a
record of what she listened to. The live stream chunks and now-playing are
content fetches. The app registers once with its ANDROID_ID and install id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import AB, iso, rid, ua

API = "https://api.letio-nukualofa.example"
UA = ua("LetioNukualofa", "1.4.2", "mele")
HIVA = [
    ("Ko e ʻOfa ʻa e Tamai", "Kuaea Maʻuloa"),
    ("Fakaʻofa Hoku Kāinga", "Siosaia V."),
    ("Mele ʻo Tonga", "Kalapu Tafuna"),
    ("Nukuʻalofa Tuʻa Pō", "Ana & Sela"),
]


def _b(c: Context, method: str, url: str) -> AB:
    b = AB(c, "letio", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lesisita")
    b.form(
        [
            ("android_id", b.id("aid_letio", where="form android_id")),
            ("install_id", b.id("letio_install", where="form install_id")),
            ("lea", "to"),
        ]
    )
    b.ok_json({"ok": True, "kau_fanongo": b.acct("letio_user")})
    return b.build()


def kole_hiva(c: Context) -> Flow:
    song, artist = c.rng.choice(HIVA)
    b = _b(c, "POST", f"{API}/v1/kole-hiva")
    b.decoy("song request with a dedication (not listening history)")
    b.form(
        [
            ("hiva", song),
            ("tufunga", artist),
            ("ki_a", c.rng.choice(["Nana ʻi Haʻapai", "Kāinga ʻi Aokalani", "Fefine"])),
            ("fakamatala", "Mālō e lelei mei Aokalani"),
            ("hingoa", "Mele"),
        ]
    )
    b.ok_json({"fika_kole": c.rng.randint(100, 999), "tuʻunga_ʻi_he_laine": c.rng.randint(1, 9)})
    return b.build()


def now_playing(c: Context) -> Flow:
    song, artist = c.rng.choice(HIVA)
    b = _b(c, "GET", f"{API}/v1/lolotonga?t={int(c.now)}")
    b.decoy("station's now-playing (same for every listener)")
    b.ok_json({"hiva": song, "tufunga": artist, "kamata": iso(c), "kole_meia": "Sela"})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = AB(
        c,
        "letio",
        "GET",
        f"https://stream.letio-nukualofa.example/live/aac_64/{c.rng.randint(10**5, 10**6)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def kole_lisi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kole-hiva/lisi")
    b.decoy("station's public request queue (everyone's requests)")
    b.ok_json(
        {
            "lisi": [
                {"hiva": s, "tufunga": a, "mei": c.rng.choice(["Lupe", "Tevita", "Sione"])}
                for s, a in HIVA
            ],
            "sig": new_hex(c.rng, 16),
        }
    )
    return b.build()


def ping_token(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tokeni?r={rid(c.rng)}")
    b.ok_json({"tokeni": new_hex(c.rng, 32)})
    return b.build()
