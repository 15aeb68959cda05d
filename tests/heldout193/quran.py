"""Tilovat: Quran recitation and nasheed audio (Uzbek/Tajik keys in Samarkand builds).

Listening progress (surah, ayah, position in the recitation) is listening history.
Prayer times by coordinates and the mushaf text one reads are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.tilovat.example"
UA = ua("Tilovat", "1.9.0")
QORI = ["Mishary Alafasy", "Abdulbasit", "Shayx Muhammad Sodiq"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tilovat", method, url)
    b.header("user-agent", UA)
    return b


def listen_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tinglash/holat")
    b.view("json sura + oyat + qori + pozitsiya_ms")
    b.json(
        {
            "qurilma": b.id("aid_quran", where="json qurilma"),
            "sura": c.rng.randint(1, 114),
            "oyat": c.rng.randint(1, 200),
            "qori": c.rng.choice(QORI),
            "pozitsiya_ms": c.rng.randint(1000, 600000),
            "vaqt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def nasheed_tj(c: Context) -> Flow:
    """Samarkand build with Tajik keys: `шунидан` (listen), `вақт` (time)."""
    b = _b(c, "POST", f"{API}/v1/nashid/шунидан")
    b.view("json нашид_id + вақт_шунидан")
    b.json({"нашид_id": c.rng.randint(100, 999), "вақт_шунидан": c.rng.randint(5, 400)})
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 39.6, 41.4, 3), rf(c.rng, 64.3, 69.4, 3)
    b = _b(c, "GET", f"{API}/v1/namoz-vaqtlari?lat={lat}&lon={lon}")
    b.decoy("prayer times for coordinates: location, not history")
    b.ok_json({"bomdod": "05:41", "peshin": "12:28", "asr": "15:12", "shom": "17:31"})
    return b.build()


def mushaf_page(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/mushaf/oqish")
    b.decoy("reading position in the mushaf text: reading is not watching/listening")
    b.json({"sahifa": c.rng.randint(1, 604), "oqildi": ms(c)})
    b.no_content()
    return b.build()
