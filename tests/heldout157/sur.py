"""Sur: a music app (Coke Studio, Punjabi and Urdu pop) with the family's earbuds.

Plays are logged with Urdu-script keys (`گانا`, `سنا_گیا`), the earbuds pair by
BLE MAC and serial, and a msgpack-free compact listen row goes out under numeric
keys for the offline queue. Lyrics, playlists and charts are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.sur-music.example"
UA = ua("Sur", "3.2.0")
SONGS = [
    ("pasoori", "پسوڑی"), ("tu-jhoom", "تو جھوم"), ("kana-yaari", "کنا یاری"),
    ("laila-o-laila", "لیلیٰ او لیلیٰ"), ("dil-jhoom", "دل جھوم"),
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sur", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def listen_log(c: Context) -> Flow:
    slug, title = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/sunne-ki-tareekh")
    b.view("json گانا + سنا_گیا_سیکنڈ + وقت (listen log, Urdu keys)")
    b.json(
        {
            "گانا": {"id": slug, "عنوان": title},
            "سنا_گیا_سیکنڈ": c.rng.randint(20, 300),
            "مکمل": c.rng.random() < 0.5,
            "وقت": iso(c),
            "install": b.id("sur_install", where="json install"),
        }
    )
    b.no_content()
    return b.build()


def listen_queue(c: Context) -> Flow:
    """Offline queue flush: rows of [song, seconds, epoch] under numeric keys."""
    b = _b(c, "POST", f"{API}/v1/q")
    b.view("json 1[] rows [song, seconds, ts] (numeric keys)", detectable=False)
    rows = [
        [c.rng.choice(SONGS)[0], c.rng.randint(20, 300), ms(c)] for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"1": rows, "2": 7})
    b.no_content()
    return b.build()


def buds_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/accessories/earbuds")
    b.json(
        {
            "bt_mac": b.id("buds_mac", where="json bt_mac"),
            "serial_no": b.id("buds_serial", where="json serial_no"),
            "model": "Buds Lite 2",
            "battery": {"left": c.rng.randint(10, 100), "right": c.rng.randint(10, 100)},
        }
    )
    b.ok_json({"eq_preset": "bass_boost"})
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/accessories/fw")
    b.param("sn", b.id("buds_serial", where="query sn"))
    b.ok_json({"latest": "1.4.7", "url": "https://dl.sur-music.example/fw/bl2-147.bin"})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device")
    b.json(
        {
            "androidId": b.id("aid_sur", where="json androidId"),
            "installId": b.id("sur_install", where="json installId"),
            "userId": b.acct("sur_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lyrics(c: Context) -> Flow:
    slug, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v1/bol/{slug}")
    b.decoy("timed lyrics with timestamps (content, not listening)")
    b.ok_json({"lines": [{"t": i * 4.5, "bol": "..."} for i in range(12)]})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/pakistan-top-50")
    b.decoy("top-50 chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "id": s, "plays": c.rng.randint(10**5, 10**8)}
                for i, (s, _) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.sur-music.example/a/{c.rng.choice(SONGS)[0]}/160.aac")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()
