"""Hörwerk: a hearing test and sound-personalisation app for her own earbuds.

The audiogram (dB HL per frequency and ear) and tinnitus matching are health
data but none of the three categories. Pairing the personalised profile to her
own earbuds sends their Bluetooth MAC and serial (her household device: a device
identifier); the profile push names the buds only by a SHA-256 of the MAC under
a one-letter key (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

API = "https://api.hoerwerk.example"
UA = ua("Hoerwerk", "3.3.1")
FREQS = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "hoerwerk", method, API + path)
    b.header("user-agent", UA)
    return b


def audiogram(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/hoertest/ergebnis")
    b.decoy("audiogram (dB HL per frequency per ear): a hearing test, not a biometric template")
    b.json(
        {
            "links": [{"hz": f, "db_hl": c.rng.randint(0, 35)} for f in FREQS],
            "rechts": [{"hz": f, "db_hl": c.rng.randint(0, 35)} for f in FREQS],
            "kopfhoerer": "kalibriert",
            "umgebung_db_spl": rf(c.rng, 25, 40, 1),
            "datum": iso(c),
        }
    )
    b.ok_json({"hoerprofil": new_hex(c.rng, 12), "empfehlung": "leichter Hochtonabfall"})
    return b.build()


def tinnitus_match(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/tinnitus/abgleich")
    b.decoy("tinnitus pitch matched by ear: a tone frequency, no voice")
    b.json(
        {
            "frequenz_hz": c.rng.choice([4000, 6000, 8000]),
            "pegel_db": c.rng.randint(10, 40),
            "ohr": c.rng.choice(["links", "rechts"]),
        }
    )
    b.no_content()
    return b.build()


def buds_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/geraete/registrieren")
    b.json(
        {
            "geraet": {
                "typ": "Momentum True Wireless 4",
                "bt_mac": b.id("buds_mac", where="json geraet.bt_mac (her own earbuds)"),
                "seriennummer": b.id("buds_serial", where="json geraet.seriennummer (her earbuds)"),
                "firmware": "2.9.1",
            },
            "android_id": b.id("aid_hearing", where="json android_id"),
            "zeit": iso(c),
        }
    )
    b.ok_json({"registriert": True})
    return b.build()


def profile_push(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/profile/aktiv")
    b.json(
        {
            "h": b.id(
                "buds_mac", "sha256", where="json h (sha256 of the earbuds' MAC)", detectable=False
            ),
            "eq": [{"hz": f, "gain_db": rf(c.rng, 0, 9, 1)} for f in FREQS],
            "v": 7,
        }
    )
    b.no_content()
    return b.build()


def tips(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/tipps?lang=de")
    b.ok_json({"tipps": [{"titel": "Gehörschutz im Proberaum", "lesezeit_min": 3}]})
    return b.build()
