"""Navo: a music app with Uzbek estrada, and a smartwatch remote.

Listening reports (`tinglash`, `прослушано`) name the track and seconds: viewing
history in the project's sense (listening). Charts are aggregates; lyrics are text.
The watch is the family's own: its BLE MAC is a device id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.navo-music.example"
UA = ua("Navo", "3.1.7")
TRACKS = ["Yulduz Usmonova - Dunyo", "Shahzoda - Sevgi", "Ozoda - Yor-yor", "Lola - Baxtim"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "navo", method, url)
    b.header("user-agent", UA)
    return b


def listen_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tinglash/log")
    b.view("json trek_id + tinglangan_soniya")
    b.json(
        {
            "android_id": b.id("aid_musiqa", where="json android_id"),
            "trek_id": c.rng.randint(10**5, 10**6),
            "nomi": c.rng.choice(TRACKS),
            "tinglangan_soniya": c.rng.randint(10, 300),
            "tugallandi": c.rng.random() < 0.5,
            "vaqt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def history_ru(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/история-прослушиваний")
    b.view("response json прослушано[]", direction="response")
    b.ok_json({"прослушано": [{"трек": t, "когда": iso(c)} for t in TRACKS[: c.rng.randint(2, 4)]]})
    return b.build()


def listen_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/t.gif?a={c.rng.randint(10**5, 10**6)}&b={c.rng.randint(5, 300)}")
    b.view("query a (track) + b (seconds), single-letter keys", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def watch_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/soat/ulash")
    b.json(
        {
            "soat_mac": b.id("watch_mac", where="json soat_mac (own smartwatch)"),
            "model": "Galaxy Watch6",
        }
    )
    b.ok_json({"ulandi": True})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/top-100?hudud=UZ")
    b.decoy("chart with play counts over all listeners (aggregate)")
    b.ok_json({"top": [{"trek": t, "tinglashlar": c.rng.randint(10**3, 10**6)} for t in TRACKS]})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/qoshiq-matni/{c.rng.randint(10**5, 10**6)}")
    b.ok_json({"matn": "Dunyo, dunyo, senga ne bo'ldi...", "ts": ms(c)})
    return b.build()
