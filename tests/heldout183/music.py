"""Melodka: her music app, with Bluetooth earbuds and a Firebase Analytics SDK.

Listening is viewing history: the scrobble of a track with how long she
listened, the recently-played list in a response, and a batched play log the
app compresses and base64s under one key. The earbuds' MAC goes up when they
pair (her own device). Charts, search and album art are ordinary.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.melodka.example"
UA = ua("Melodka", "5.3.2")
TRACKS = [
    ("Vltava", "Smetana"),
    ("Holubí dům", "Jiří Schelinger"),
    ("Jožin z bažin", "Ivan Mládek"),
    ("Modlitba pro Martu", "Marta Kubišová"),
    ("Kuře v hodinkách", "Flamengo"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "melodka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/me/poslechy")
    b.view("json poslechnuto_s with skladba_id")
    title, artist = c.rng.choice(TRACKS)
    length = c.rng.randint(150, 420)
    b.json(
        {
            "skladba_id": c.rng.randint(10**6, 10**7),
            "nazev": title,
            "interpret": artist,
            "poslechnuto_s": c.rng.randint(30, length),
            "delka_s": length,
            "prehrano_v": iso(c),
            "zdroj": "sluchatka",
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/naposledy-prehrane?limit=20")
    b.view("response json historie[].prehrano_v", direction="response")
    b.ok_json(
        {
            "historie": [
                {"skladba": t, "interpret": a, "prehrano_v": iso(c), "dokonceno": True}
                for t, a in TRACKS[: c.rng.randint(2, 5)]
            ]
        }
    )
    return b.build()


def play_log_opaque(c: Context) -> Flow:
    """Offline plays batched as gzip+base64 under 'p': nothing readable says listening."""
    b = _b(c, "POST", f"{API}/v1/sync")
    b.view("form p (gzip+base64 play rows)", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), c.rng.randint(30, 400), ms(c)] for _ in range(4)]
    blob = base64.b64encode(gz(jsb(rows))).decode()
    b.form([("p", blob), ("v", "3")])
    b.no_content()
    return b.build()


def buds_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/zarizeni/sluchatka")
    b.json(
        {
            "btAdresa": b.id("buds_mac", where="json btAdresa"),
            "model": "Galaxy Buds2 Pro",
            "kodek": "SSC",
        }
    )
    b.ok_json({"eq_preset": "vokaly"})
    return b.build()


def ga4_events(c: Context) -> Flow:
    """Firebase Analytics batch: app instance id, ANDROID_ID-free, with the ad id."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("music_app_instance", where="json app_instance_id"),
            "resettable_device_id": b.id("gaid", where="json resettable_device_id"),
            "events": [{"name": "screen_view", "params": {"screen": "domu"}, "ts": ms(c)}],
        }
    )
    b.respond(204, None)
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/me/zarizeni")
    b.json(
        {
            "fid": b.id("music_fid", where="json fid"),
            "android_id": b.id("aid_music", where="json android_id"),
            "uzivatel": b.acct("music_user"),
        }
    )
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/zebricky/cz-top-50")
    b.decoy("national top-50 chart with play counts (aggregate)")
    b.ok_json(
        {
            "skladby": [
                {"pozice": i + 1, "nazev": t, "prehrani_celkem": c.rng.randint(10**4, 10**7)}
                for i, (t, _) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["smetana", "kubisova", "podcast"])
    b = _b(c, "GET", f"{API}/v1/hledat?q={q}&typ=skladba")
    b.decoy("search results")
    b.ok_json({"vysledky": [{"id": c.rng.randint(10**6, 10**7), "nazev": t} for t, _ in TRACKS]})
    return b.build()


def cover_art(c: Context) -> Flow:
    b = FB(c, "melodka", "GET", f"https://img.melodka.example/obal/{new_hex(c.rng, 16)}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "melodka",
        "GET",
        f"https://audio.melodka.example/s/{rid(c.rng)}/seg{c.rng.randint(1, 40)}.m4a",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
