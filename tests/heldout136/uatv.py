"""Efir.UA: a Ukrainian TV streaming app on the Mi Box S (Android TV) in Lviv.

The current API speaks romanised Ukrainian (`peregliad`, `prystrii`,
`pozytsiia`); the archive (catch-up) service is the older Russian-speaking one
(`prosmotr`, `ustroystvo`); the watch-history screen answers in Cyrillic
(`переглянуто`). The box's serial, Wi-Fi MAC and ANDROID_ID bind the
subscription. A batched statistics call is AES-encrypted.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import BOX_UA, FB, iso, ms, rid

API = "https://api.efir-ua.example"
ARCHIVE = "https://arhiv.efir-ua.example"
CHANNELS = ["1plus1", "ictv", "stb", "novyi", "suspilne", "espreso"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "efir-ua", method, url)
    b.header("user-agent", BOX_UA)
    if device:
        b.header("x-prystrii", b.id("uatv_device", where="header x-prystrii"))
    return b


def peregliad(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/peregliad/podiia")
    b.view("json kanal + pozytsiia_sek + podiia")
    b.json(
        {
            "kanal": c.rng.choice(CHANNELS),
            "peredacha_id": c.rng.randint(10**5, 10**6),
            "pozytsiia_sek": c.rng.randint(0, 5400),
            "podiia": c.rng.choice(["start", "pauza", "prodovzhennia", "stop"]),
            "chas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def archive_prosmotr(c: Context) -> Flow:
    b = _b(c, "POST", f"{ARCHIVE}/api/prosmotr", device=False)
    b.view("form peredacha + vremya_prosmotra")
    b.form(
        [
            ("ustroystvo", b.id("aid_box", where="form ustroystvo")),
            ("peredacha", str(c.rng.randint(10**5, 10**6))),
            ("vremya_prosmotra", str(c.rng.randint(60, 3600))),
            ("data", iso(c)),
        ]
    )
    b.ok_json({"status": "ok"})
    return b.build()


def history_cyrillic(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/istoriia")
    b.view("response json переглянуто[].позиція", direction="response")
    b.ok_json(
        {
            "переглянуто": [
                {
                    "назва": c.rng.choice(["Новини", "Сваты", "Кухня", "Слуга народу"]),
                    "позиція": c.rng.randint(60, 3000),
                    "коли": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def stats_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s", device=False)
    b.view("body k (AES-encrypted viewing stats)", detectable=False)
    b.json({"k": b64(bytes(c.rng.getrandbits(8) for _ in range(240))), "v": 2})
    b.no_content()
    return b.build()


def activate_box(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/prystrii/aktyvatsiia")
    b.json(
        {
            "seriinyi_nomer": b.id("box_serial", where="json seriinyi_nomer"),
            "mac": b.id("box_mac", where="json mac"),
            "android_id": b.id("aid_box", where="json android_id"),
            "model": "MIBOX4",
            "kod": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"aktyvovano": True, "do": iso(c)})
    return b.build()


def box_ping_hashed(c: Context) -> Flow:
    """A keep-alive whose only id is a SHA-1 of the serial under `h`."""
    b = _b(c, "GET", f"{API}/ka", device=False)
    b.param("h", b.id("box_serial", "sha1", where="query h (sha1 of serial)", detectable=False))
    b.param("t", str(ms(c)))
    b.no_content()
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kanaly", device=False)
    b.decoy("channel list with logos and stream URLs")
    b.ok_json(
        {
            "kanaly": [
                {"id": ch, "logo": f"https://img.efir-ua.example/{ch}.png", "potik": rid(c.rng)}
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = FB(c, "efir-ua", "GET", f"https://cdn.efir-ua.example/{ch}/{ms(c) // 6000}.ts")
    b.header("user-agent", BOX_UA)
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
