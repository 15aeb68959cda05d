"""Museu de Cjargne: a heritage museum's own tablets (Friulian keys), ordinary traffic.

The tablets in the rooms are the museum's inventory: their heartbeats carry the
tablet's serial and Wi-Fi MAC (institution equipment, not a person's device).
The "Musis e vôs" exhibition (`muse` = face in Friulian) shows painted portraits;
the audio guide tracks are content fetches; the visitor counter is an aggregate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf

API = "https://tablets.museudecjargne.example"
UA = "MuseuKiosk/2.1 (Linux; Android 11; Lenovo TB-X606F)"
SALIS = ["Sale dai tiessidôrs", "Musis e vôs", "Cjase carniele", "Sale des mascaris"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "museu", method, url)
    b.header("user-agent", UA)
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tablet/bati")
    b.decoy("museum tablet serial and MAC (institution equipment)")
    n = c.rng.randint(1, 12)
    b.json(
        {
            "tablet": {
                "inventari": f"MC-TAB-{n:03d}",
                "numar_di_serie": "HA1" + new_hex(c.rng, 5).upper(),
                "mac": ":".join(["98", "0C", "A5"] + [new_hex(c.rng, 2) for _ in range(3)]),
                "sale": c.rng.choice(SALIS),
            },
            "batarie": c.rng.randint(20, 100),
            "ore": iso(c),
        }
    )
    b.ok_json({"ok": True, "comant": None})
    return b.build()


def opare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/operis/{c.rng.randint(100, 400)}?lenghe=fur")
    b.decoy("painted portrait ('muse' = face) exhibit card")
    b.ok_json(
        {
            "titul": c.rng.choice(["Muse di une frute", "Ritrat di vecje", "Muse dal mascar"]),
            "autôr": "Nicolò Grassi",
            "an": c.rng.randint(1690, 1750),
            "imagjin": f"https://img.museudecjargne.example/o/{c.rng.randint(100, 999)}.jpg",
            "audio": f"https://img.museudecjargne.example/a/{c.rng.randint(100, 999)}.mp3",
            "durade": c.rng.randint(60, 240),
        }
    )
    return b.build()


def opare_img(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.museudecjargne.example/o/{c.rng.randint(100, 999)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def visitadors(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/statistichis/visitadors")
    b.decoy("room visitor counts per hour (aggregate)")
    b.json(
        {
            "sale": c.rng.choice(SALIS),
            "ore": iso(c),
            "visitadors": c.rng.randint(0, 40),
            "timp_medi_s": c.rng.randint(40, 600),
        }
    )
    b.no_content()
    return b.build()


def ticket_scan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/biliets/convalide")
    b.decoy("ticket barcode scanned by the museum's tablet")
    b.json({"codiç": "MC" + new_digits(c.rng, 12), "tablet": "MC-TAB-000", "ore": iso(c)})
    b.ok_json({"valit": True, "visitadors": c.rng.randint(1, 5), "pôs": rf(c.rng, 0, 1, 2)})
    return b.build()
