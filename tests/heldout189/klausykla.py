"""Klausykla: a Lithuanian audiobook app, used on the phone and on the iPad.

Listening counts as listening: the player syncs `klausymo_pozicija` (position
in the book, ms) and chapter, and the "klausoma dabar" shelf returns what the
account listens to. The app also sells e-books; their `skaitymo_progresas`
(reading progress, page) is reading, not watching or listening: ordinary. The
iPad build identifies itself with its IDFV, the Android build with an install id
the app makes.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, ios_ua, iso, ms, rf, rid, ua

API = "https://api.klausykla.example"
KNYGOS = [
    ("kn-1201", "Altorių šešėly", "V. Mykolaitis-Putinas"),
    ("kn-3390", "Tylos architektūra", "I. Meras"),
    ("kn-8811", "Дюна", "Ф. Херберт"),
    ("kn-0456", "Sapiens", "Y. N. Harari"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klausykla", method, url)
    if c.rng.random() < 0.4:
        b.header("user-agent", ios_ua("Klausykla", "5.2.0", "902"))
        b.header("x-device-id", b.id("ipad_idfv", where="header x-device-id"))
    else:
        b.header("user-agent", ua("Klausykla", "5.2.1"))
        b.header("x-device-id", b.id("klaus_device", where="header x-device-id"))
    return b


def pozicija(c: Context) -> Flow:
    kid, name, _ = c.rng.choice(KNYGOS)
    b = _b(c, "PUT", f"{API}/v1/knygos/{kid}/klausymo-pozicija")
    b.view("json klausymo_pozicija_ms + skyrius (audiobook listening position)")
    b.json(
        {
            "knyga": name,
            "skyrius": c.rng.randint(1, 40),
            "klausymo_pozicija_ms": c.rng.randint(0, 4 * 3600 * 1000),
            "greitis": c.rng.choice([1.0, 1.25, 1.5]),
            "atnaujinta": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def klausoma_dabar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lentyna/klausoma-dabar")
    b.view(
        "response json klausoma[] (knyga, progresas, paskutinis_klausymas)", direction="response"
    )
    b.ok_json(
        {
            "klausoma": [
                {
                    "knygos_id": k,
                    "pavadinimas": n,
                    "progresas": rf(c.rng, 0, 1, 2),
                    "paskutinis_klausymas": iso(c),
                }
                for k, n, _ in KNYGOS[:3]
            ]
        }
    )
    return b.build()


def offline_sync(c: Context) -> Flow:
    """Offline listening sessions, uploaded as an obfuscated blob (base64 of XOR'd JSON)."""
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("json p = base64(xor(json listening sessions))", detectable=False)
    rows = [[c.rng.choice(KNYGOS)[0], c.rng.randint(0, 10**7), ms(c)] for _ in range(3)]
    key = hashlib.md5(b"klausykla").digest()
    raw = js(rows).encode()
    blob = bytes(x ^ key[i % 16] for i, x in enumerate(raw))
    b.json({"p": base64.b64encode(blob).decode(), "v": 2})
    b.no_content()
    return b.build()


def skaitymas(c: Context) -> Flow:
    kid, name, _ = c.rng.choice(KNYGOS)
    b = _b(c, "PUT", f"{API}/v1/e-knygos/{kid}/skaitymo-progresas")
    b.decoy("e-book reading progress (page, percent): reading is not watching or listening")
    b.json(
        {
            "knyga": name,
            "puslapis": c.rng.randint(1, 400),
            "procentai": rf(c.rng, 0, 100, 1),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def katalogas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/katalogas?zanras=grozine")
    b.decoy("catalogue with durations and average listener ratings (aggregate)")
    b.ok_json(
        {
            "knygos": [
                {
                    "id": k,
                    "pavadinimas": n,
                    "autorius": a,
                    "trukme_min": c.rng.randint(200, 1500),
                    "vertinimas": rf(c.rng, 3, 5, 1),
                }
                for k, n, a in KNYGOS
            ]
        }
    )
    return b.build()


def sample_audio(c: Context) -> Flow:
    kid, _, _ = c.rng.choice(KNYGOS)
    b = FB(c, "klausykla-cdn", "GET", f"https://cdn.klausykla.example/{kid}/sample.m4a")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPad; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(
        200,
        "audio/mp4",
        b"\x00\x00\x00\x1cftypM4A " + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return b.build()


def pirkimas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prenumerata")
    b.decoy("subscription purchase with receipt id")
    b.json({"planas": "seima", "kaina": 9.99, "valiuta": "EUR", "kvitas": rid(c.rng)})
    b.ok_json({"galioja_iki": iso(c)})
    return b.build()
