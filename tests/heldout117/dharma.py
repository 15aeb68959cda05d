"""Dhamma Khmer: Buddhist dharma-talk audio from Phnom Penh pagodas.

Listening progress is viewing history (listening counts); reading a sutra
text is not (reading is not watching or listening). An MD5 of the ANDROID_ID
rides under an opaque key `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://app.dhammakhmer.example"
UA = ua("DhammaKhmer", "1.9.3")
MONKS = ["ព្រះធម្មវិបស្សនា សំ ប៊ុនធឿន", "Luong Por Chea", "ព្រះភិក្ខុ ប៊ុត សាវង្ស"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dhammakhmer", method, url)
    b.header("user-agent", UA)
    return b


def listen_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sdab-thor/progress")
    b.view("json ទេសនា (talk) + ស្តាប់បាន (seconds listened)")
    b.json(
        {
            "ទេសនា": c.rng.randint(100, 3000),
            "ព្រះសង្ឃ": c.rng.choice(MONKS),
            "ស្តាប់បាន": c.rng.randint(30, 3600),
            "percent": c.rng.randint(1, 100),
            "at": iso(c),
            "aid": b.id("aid_dharma", where="json aid"),
        }
    )
    b.no_content()
    return b.build()


def listen_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p.gif")
    b.view("query t (talk no), s (seconds), single-letter keys", detectable=False)
    b.param("h", b.id("aid_dharma", "md5", "query h = md5(ANDROID_ID)", detectable=False))
    b.param("t", str(c.rng.randint(100, 3000)))
    b.param("s", str(c.rng.randint(30, 3600)))
    b.param("z", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def sutra_text(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sutra/read-position")
    b.decoy("reading position in a sutra text (reading is not viewing history)")
    b.json(
        {"sutra": "ធម្មបទ", "gatha": c.rng.randint(1, 423), "read_percent": c.rng.randint(1, 100)}
    )
    b.no_content()
    return b.build()


def talks(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/talks?monk=all&sort=popular")
    b.decoy("catalogue of talks with durations and listen counts (aggregate)")
    b.ok_json(
        {
            "talks": [
                {
                    "id": c.rng.randint(100, 3000),
                    "duration": c.rng.randint(900, 5400),
                    "listens": c.rng.randint(100, 50000),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/thngai-sel?year=2568")
    b.decoy("Buddhist holy-day calendar (dates)")
    b.ok_json({"days": [{"date": f"2024-12-{d:02d}", "name": "ថ្ងៃសីល"} for d in (1, 8, 15, 23)]})
    return b.build()
