"""Sandara: a Pashto music and poetry (landay, ghazal) audio app from Kabul.

The in-house team writes Pashto keys in Arabic script for listening reports
(`اورېدل_شوې_ثانیې`, listened seconds) and romanised ones in its playlist
history (`awredal`). A numeric-key ping carries the same without words.
Reading a poem's text is reading, not listening; play counts are aggregates.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.sandara.example"
UA = ua("Sandara", "1.12.0")
SINGERS = ["ناشناس", "ګل پاڼه", "کرن خان", "هارون باچا", "Sardar Ali Takkar"]
POETS = ["رحمان بابا", "خوشحال خان خټک", "غني خان", "حمزه شینواری"]


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "sandara", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-alah-id", b.id("aid_sandara", where="header x-alah-id (Pashto alah: device)"))
    return b


def _track(c: Context) -> dict[str, object]:
    return {
        "سندره_id": f"sn{c.rng.randint(1000, 99999)}",
        "سندرغاړی": c.rng.choice(SINGERS),
        "موده": c.rng.randint(120, 480),
    }


def listen_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/{quote('اورېدل')}")
    b.view("json اورېدل_شوې_ثانیې (Pashto: listened seconds) with track id")
    b.json(
        {
            **_track(c),
            "اورېدل_شوې_ثانیې": c.rng.randint(20, 400),
            "بشپړ": c.rng.random() < 0.4,
            "وخت": iso(c),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/awredal_tarikh?limit=20")
    b.view("response awredal_tarikh[] (listening history)", direction="response")
    rows = [{**_track(c), "awredal_pa": iso(c), "takrar": c.rng.randint(1, 9)} for _ in range(6)]
    b.ok_json({"awredal_tarikh": rows})
    return b.build()


def numeric_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q", ident=False)
    b.view("json rows [track, seconds, ts] under 'r'", detectable=False)
    b.json({"r": [[c.rng.randint(1000, 99999), c.rng.randint(10, 400), ms(c)] for _ in range(2)]})
    b.no_content()
    return b.build()


def poem_text(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/shear/{c.rng.randint(100, 9999)}", ident=False)
    b.decoy("poem text with a reading position: reading is not watching or listening")
    b.ok_json(
        {
            "شاعر": c.rng.choice(POETS),
            "متن": "که د بېلتون غم دې زیات شي، صبر کړه",
            "lwastal_mogheiat": c.rng.randint(1, 12),
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/top?hafta=current", ident=False)
    b.decoy("top-listened chart with total plays: an aggregate over all listeners")
    b.ok_json(
        {"top": [{**_track(c), "ټول_اورېدل": c.rng.randint(10**3, 10**6)} for _ in range(10)]}
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "sandara",
        "GET",
        f"https://cdn.sandara.example/a/sn{c.rng.randint(1000, 99999)}/128k.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 90000)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
