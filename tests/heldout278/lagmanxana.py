"""Lagmanxana: a Uyghur restaurant chain in Almaty and Istanbul, its self-order
kiosks and menu screens (the chain's own equipment, in its inventory).

Kiosks send heartbeats with their serial, Wi-Fi MAC, branch and printer state;
menu screens fetch their playlist and report which menu slide they showed
(proof of play); the kiosk posts orders with order numbers and takes card
payments through a terminal id. Serials, MACs and screen ids here identify
the restaurant's equipment, not a person's device: none of it is device_id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid

API = "https://kiosk.lagmanxana.example"
KIOSKS = [
    ("LX-ALA-01", "KSK7Q2A19038", "7C:2E:0D:11:A4:51", "almuta-abay"),
    ("LX-ALA-02", "KSK7Q2A19041", "7C:2E:0D:11:A4:6E", "almuta-abay"),
    ("LX-IST-01", "KSK7Q2B20112", "7C:2E:0D:19:02:C3", "istanbul-zeytinburnu"),
]
SCREENS = [("MS-ALA-03", "SN55TV0912A7"), ("MS-IST-01", "SN55TV1044B2")]
TAAMLAR = [
    ("Lengmen", "لەڭمەن", 2900),
    ("Polo", "پولو", 3400),
    ("Samsa", "سامسا", 700),
    ("Manta", "مانتا", 2200),
    ("Qordaq", "قورداق", 3600),
]


def _kiosk(c: Context, method: str, path: str) -> tuple[FB, tuple[str, str, str, str]]:
    k = c.rng.choice(KIOSKS)
    b = FB(c, "lagmanxana-kiosk", method, f"{API}{path}")
    b.header("user-agent", "LagmanxanaKiosk/4.0.7 (Android 11; Elo I-Series 4)")
    b.header("x-kiosk-id", k[0])
    return b, k


def heartbeat(c: Context) -> Flow:
    b, (kid, serial, mac, branch) = _kiosk(c, "POST", "/v2/kiosk/heartbeat")
    b.decoy("the restaurant's kiosk serial and MAC (institution equipment)")
    b.json(
        {
            "kiosk_id": kid,
            "serial_nomur": serial,
            "wifi_mac": mac,
            "shöbe": branch,
            "printer": c.rng.choice(["ok", "qeghez_az"]),
            "temperatura": rf(c.rng, 35, 55, 1),
            "uptime": c.rng.randint(3600, 900000),
            "waqit": iso(c),
        }
    )
    b.ok_json({"buyruq": None, "menu_rev": c.rng.randint(100, 140)})
    return b.build()


def menu(c: Context) -> Flow:
    b, (_, _, _, branch) = _kiosk(c, "GET", "/v2/menu?til=ug")
    b.ok_json(
        {
            "shöbe": branch,
            "taamlar": [{"nami": n, "nami_uey": a, "baha": p} for n, a, p in TAAMLAR],
        }
    )
    return b.build()


def kiosk_order(c: Context) -> Flow:
    b, (kid, _, _, branch) = _kiosk(c, "POST", "/v2/zakaz")
    b.decoy("kiosk order number and card terminal id")
    n, _, p = c.rng.choice(TAAMLAR)
    b.json(
        {
            "kiosk": kid,
            "shöbe": branch,
            "taamlar": [{"nami": n, "sani": c.rng.randint(1, 3), "baha": p}],
            "tolem": {
                "tur": "karta",
                "terminal": "T" + new_digits(c.rng, 8),
                "rrn": new_digits(c.rng, 12),
            },
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"zakaz_nomuri": f"A{c.rng.randint(100, 999)}", "kutush_minut": c.rng.randint(5, 20)})
    return b.build()


def screen_playlist(c: Context) -> Flow:
    sid, serial = c.rng.choice(SCREENS)
    b = FB(c, "lagmanxana-screen", "GET", f"{API}/v2/ekran/{sid}/playlist")
    b.header("user-agent", "SignageOS/2.1 (Tizen 6.5; QM55R)")
    b.header("x-ekran-serial", serial)
    b.decoy("menu screen id and serial (the restaurant's signage)")
    b.ok_json(
        {
            "slaydlar": [
                {
                    "id": f"sl{i}",
                    "resim": f"https://cdn.lagmanxana.example/s/{new_hex(c.rng, 12)}.jpg",
                    "sekunt": 12,
                }
                for i in range(4)
            ]
        }
    )
    return b.build()


def screen_proof_of_play(c: Context) -> Flow:
    sid, serial = c.rng.choice(SCREENS)
    b = FB(c, "lagmanxana-screen", "POST", f"{API}/v2/ekran/korsitildi")
    b.header("user-agent", "SignageOS/2.1 (Tizen 6.5; QM55R)")
    b.decoy("proof of play of menu slides on the restaurant's own screen (no viewer)")
    b.json(
        {
            "ekran": sid,
            "serial": serial,
            "korsitildi": [
                {"slayd": f"sl{c.rng.randint(0, 3)}", "bashlandi": ms(c), "sekunt": 12}
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.no_content()
    return b.build()
