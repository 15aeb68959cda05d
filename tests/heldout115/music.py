"""Otoha Music (iPhone, with the earbuds): song plays and the earbuds' pairing.

再生履歴 rows are listening history; the earbuds' BLE MAC and serial go to the
app's device registry. Lyrics and charts are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ios_ua, iso, ms

API = "https://api.otoha-music.example"
UA = ios_ua("Otoha", "4.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "otoha", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("music_install", where="header x-install-id"))
    return b


def play_history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/saiseirireki")
    b.view("json 再生履歴[] 楽曲ID + 再生秒数")
    b.json(
        {
            "再生履歴": [
                {
                    "楽曲ID": f"T{c.rng.randint(10**6, 10**7)}",
                    "再生秒数": c.rng.randint(20, 280),
                    "再生日時": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    return b.build()


def play_event_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json e[] rows [n, n, n, n] with numeric keys", detectable=False)
    b.json({"e": [[1, c.rng.randint(10**6, 10**7), c.rng.randint(20, 280), ms(c)]]})
    b.no_content()
    return b.build()


def earbuds_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/accessory/pair")
    b.json(
        {
            "model": "WF-1000XM5",
            "bt_address": b.id("bud_mac", where="json bt_address"),
            "serial_no": b.id("bud_serial", where="json serial_no"),
            "codec": "LDAC",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/weekly")
    b.decoy("weekly chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {
                    "rank": i + 1,
                    "楽曲ID": f"T{c.rng.randint(10**6, 10**7)}",
                    "plays": c.rng.randint(10**4, 10**6),
                }
                for i in range(5)
            ]
        }
    )
    return b.build()
