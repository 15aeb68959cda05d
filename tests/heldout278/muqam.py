"""On Ikki Muqam Arxipi: an archive of the Twelve Muqams on the Istanbul phone.

Browsing the twelve muqams and their sections (chong naghme, dastan, meshrep),
track metadata with durations, UEY lyrics, audio chunks, search and the
archive's aggregate "most listened" counts. The archive does not report what
anyone listened to: all of it is content fetching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, rid, ua

API = "https://api.muqam-arxip.example"
UA = ua("MuqamArxip", "1.3.2", "istanbul")
MUQAMLAR = [
    ("rak", "راك"), ("chebbiyat", "چەببىيات"), ("segah", "سەگاھ"), ("chahargah", "چاھارگاھ"),
    ("penjigah", "پەنجىگاھ"), ("ozhal", "ئۇزھال"), ("ejem", "ئەجەم"), ("oshshaq", "ئۇششاق"),
    ("bayat", "بايات"), ("nawa", "نَوا"), ("mushawirek", "مۇشاۋىرەك"), ("iraq", "ئىراق"),
]  # fmt: skip
BOLEKLER = ["chong_naghme", "dastan", "meshrep"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "muqam-arxip", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def muqam_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/muqamlar")
    b.ok_json({"muqamlar": [{"id": m, "nami": a, "bolekler": 3} for m, a in MUQAMLAR]})
    return b.build()


def track(c: Context) -> Flow:
    m, a = c.rng.choice(MUQAMLAR)
    bolek = c.rng.choice(BOLEKLER)
    b = _b(c, "GET", f"{API}/v1/muqamlar/{m}/{bolek}")
    b.decoy("track metadata with durations and recording year (content)")
    b.ok_json(
        {
            "muqam": a,
            "bolek": bolek,
            "parchilar": [
                {
                    "id": f"{m}-{i}",
                    "uzunluqi_sekunt": c.rng.randint(120, 900),
                    "orunlighuchi": c.rng.choice(
                        ["Turdi Axun", "Abdurehim Heyt", "Sanubar Tursun"]
                    ),
                    "yili": c.rng.randint(1951, 2010),
                }
                for i in range(1, 5)
            ],
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    m, a = c.rng.choice(MUQAMLAR)
    b = _b(c, "GET", f"{API}/v1/tékist/{m}".replace("é", "e"))
    b.ok_json({"muqam": a, "tékist": "ئەي دىلبەر، ۋاپا قىلغىن\nيارىم سەن...\n" * 3})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    m = c.rng.choice(MUQAMLAR)[0]
    b = FB(
        c, "muqam-arxip", "GET", f"https://cdn.muqam-arxip.example/a/{m}/{new_hex(c.rng, 12)}.opus"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 8) * 131072}-")
    b.respond(206, "audio/ogg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["rak", "مەشرەپ", "dastan", "Turdi Axun"])
    b = _b(c, "GET", f"{API}/v1/izdesh")
    b.param("q", q)
    b.decoy("search query and results")
    b.ok_json({"netije": [{"id": m, "nami": a} for m, a in MUQAMLAR[:4]]})
    return b.build()


def most_listened(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/statistika/eng-kop-anglanghan")
    b.decoy("aggregate listen counts per muqam (no listener)")
    b.ok_json({"top": [{"id": m, "anglash_sani": c.rng.randint(500, 90000)} for m, _ in MUQAMLAR]})
    return b.build()
