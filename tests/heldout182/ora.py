"""Órapont: the smartwatch companion (pairing by BLE MAC, serial on registration).

Heart rate, steps and sleep are health data, not one of the three categories;
the watch's identifiers are device identifiers of the household.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.orapont.example"
UA = ua("Orapont", "2.11.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "orapont", method, url)
    b.header("user-agent", UA)
    return b


def parositas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/oraim")
    b.json(
        {
            "bluetooth_mac": b.id("watch_mac", where="json bluetooth_mac"),
            "sorozatszam": b.id("watch_serial", where="json sorozatszam"),
            "telefon_android_id": b.id("aid_ora", where="json telefon_android_id"),
            "firmware": "W2.4.17",
        }
    )
    b.ok_json({"parositva": True, "ora_nev": "Óra 2"})
    return b.build()


def szinkron(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/szinkron")
    b.json(
        {
            "ora": b.id("watch_serial", where="json ora (watch serial)"),
            "pulzus": [c.rng.randint(58, 120) for _ in range(12)],
            "lepesek": c.rng.randint(200, 14000),
            "alvas_perc": c.rng.randint(300, 520),
            "ido": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The watch's keep-alive relayed by the phone: its MAC hex-encoded under 'h'."""
    b = _b(c, "POST", f"{API}/k")
    b.json(
        {
            "h": b.id("watch_mac", how="hex", where="json h (hex of BLE MAC)", detectable=False),
            "b": c.rng.randint(5, 100),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def szamlap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/szamlapok?oldal=1")
    b.decoy("watch-face catalogue with hashes of the files")
    b.ok_json({"szamlapok": [{"nev": "Balaton", "sha1": new_hex(c.rng, 40)} for _ in range(3)]})
    return b.build()


def pulzus_ossz(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/statisztika/het")
    b.ok_json(
        {
            "atlag_pulzus": c.rng.randint(60, 80),
            "napi_lepes": [c.rng.randint(2000, 12000) for _ in range(7)],
        }
    )
    return b.build()
