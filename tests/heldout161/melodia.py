"""Melodia: a Greek music-streaming app (Xiaomi phone, earbuds paired).

Its listens ("akroaseis") are scrobbles: track id with listened milliseconds.
The offline-sync batch goes as `p=` with a base64 blob only. Charts are
aggregates; lyrics and artwork are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, ms, ua

API = "https://api.melodia.example"
UA = ua("Melodia", "2.14.0")
TRACKS = [
    ("Φοίβος Δεληβοριάς", "Η Μάγισσα"),
    ("Μαρινέλλα", "Σ' αγαπώ"),
    ("Χάρις Αλεξίου", "Η Άνοιξη"),
    ("Light Mode", "Summer in Limassol"),
    ("Σωκράτης Μάλαμας", "Τσιγάρο Ατέλειωτο"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "melodia", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-melodia-install", b.id("melodia_install", where="header x-melodia-install"))
    return b


def akroasi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/akroaseis")
    b.view("json tragoudi_id + akroasi_ms (scrobble)")
    artist, title = c.rng.choice(TRACKS)
    b.json(
        {
            "tragoudi_id": f"trk_{c.rng.randint(10**6, 10**7)}",
            "kallitexnis": artist,
            "titlos": title,
            "akroasi_ms": c.rng.randint(30000, 240000),
            "oloklirothike": c.rng.random() < 0.6,
            "pote": iso(c),
            "ixeio": "earbuds",
        }
    )
    b.no_content()
    return b.build()


def offline_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/os", device=False)
    b.view("form p (base64 rows of offline plays)", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), c.rng.randint(30, 240), ms(c)] for _ in range(5)]
    b.form([("p", b64(js(rows)))])
    b.no_content()
    return b.build()


def buds_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/syskeves/akoustika")
    b.json(
        {
            "bt_address": b.id("buds_mac", where="json bt_address"),
            "serial_no": b.id("buds_serial", where="json serial_no"),
            "montelo": "Soundbuds Pro 2",
            "android_id": b.id("aid_melodia", where="json android_id"),
        }
    )
    b.ok_json({"spatial_audio": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top50?xora=GR", device=False)
    b.decoy("top-50 chart: play counts over everyone (aggregate)")
    b.ok_json(
        {
            "tracks": [
                {"thesi": i + 1, "titlos": t, "akroaseis": c.rng.randint(10**4, 10**6)}
                for i, (_, t) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/stixoi/trk_{c.rng.randint(10**6, 10**7)}", device=False)
    b.decoy("timed lyrics: line start times, no listener")
    b.ok_json({"grammes": [{"t_ms": i * 4200, "keimeno": "λα λα λα"} for i in range(6)]})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(
        c,
        "melodia",
        "GET",
        f"https://cdn.melodia.example/art/{c.rng.randint(10**5, 10**6)}/300.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
