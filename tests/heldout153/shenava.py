"""Shenava: a Persian podcast and audiobook app (also sells e-books).

Podcast and audiobook listening positions (`mogheiat_sanie`, `fasl_ketab_soti`)
are viewing history (listening); the e-book reader's page progress is reading,
which is not. Its sleep-timer analytics ping is a plain count.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.shenava.example"
UA = ua("Shenava", "5.2.0")
SHOWS = ["رادیو مرز", "بی‌پلاس", "چنل بی", "رواق", "کتاب صوتی بوف کور"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "shenava", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("pod_user"))
    return b


def episode_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/podcast/episode/{c.rng.randint(1000, 9999)}/pishraft")
    b.view("path pishraft + json mogheiat_sanie")
    b.json(
        {
            "mogheiat_sanie": c.rng.randint(10, 5400),
            "sorat_pakhsh": c.rng.choice([1.0, 1.25, 1.5]),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def audiobook_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ketab_soti/gosh_dadan")
    b.view("json ketab_id + fasl + mogheiat_sanie (audiobook listening)")
    b.json(
        {
            "ketab_id": c.rng.randint(10**4, 10**5),
            "onvan": SHOWS[-1],
            "fasl": c.rng.randint(1, 20),
            "mogheiat_sanie": c.rng.randint(0, 3000),
            "android_id": b.id("aid_pod", where="json android_id"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def listening_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profile/amar_shenidan")
    b.view("response json akharin_epizodha[] with minutes listened", direction="response")
    b.ok_json(
        {
            "jam_daghighe": c.rng.randint(100, 9000),
            "akharin_epizodha": [
                {
                    "podcast": c.rng.choice(SHOWS),
                    "epizod": c.rng.randint(1, 200),
                    "daghighe": c.rng.randint(1, 90),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ketab/mokhtasat_khandan")
    b.decoy("e-book reading progress (page, percent): reading is not watching or listening")
    b.json(
        {
            "ketab_id": c.rng.randint(10**4, 10**5),
            "safhe": c.rng.randint(1, 400),
            "darsad": c.rng.randint(1, 100),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/podcast/feed?dastebandi=farhangi")
    b.decoy("podcast catalogue with episode durations (no listening)")
    b.ok_json(
        {
            "podcastha": [
                {
                    "onvan": s,
                    "tedad_epizod": c.rng.randint(5, 300),
                    "modat_miangin": c.rng.randint(20, 90),
                }
                for s in SHOWS
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "shenava", "GET", f"https://media.shenava.example/ep/{c.rng.randint(1000, 9999)}.mp3")
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
