"""The newsroom's handhelds under MDM: the engineer opens the device inventory
of the newsroom's shared phones (reporter kits) in the MDM console's mobile
view, to find a kit with a charged battery for tonight's broadcast.

The inventory lists each handheld's IMEI (Luhn-valid), serial and Wi-Fi MAC:
the broadcaster's equipment, not the engineer's own phone. Compliance policy
fetches and the app catalogue are ordinary too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import EB, iso

API = "https://mdm.fjordkringkasting.example"


def _kits(c: Context) -> list[dict[str, object]]:
    out = []
    for n in c.rng.sample(range(1, 40), 5):
        r = c.rng
        out.append(
            {
                "navn": f"NYH-KIT-{n:02d}",
                "modell": r.choice(["iPhone 15 Pro", "Galaxy S24", "Galaxy XCover7"]),
                "imei": luhn_complete("35" + new_digits(r, 12)),
                "serienummer": "R5C" + new_hex(r, 8).upper(),
                "wifiMac": "3C:" + ":".join(new_hex(r, 2).upper() for _ in range(5)),
                "batteri": r.randint(5, 100),
                "sistSett": iso(c),
                "samsvar": r.choice(["ok", "ok", "avvik"]),
            }
        )
    return out


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "mdm", method, url)
    b.header("user-agent", "FK-MDM-Konsoll/4.1 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def inventar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/enheter?gruppe=nyhetsdesk&side=1")
    b.decoy("newsroom handhelds' IMEIs, serials and MACs (institution's equipment)")
    b.ok_json({"enheter": _kits(c), "totalt": 38})
    return b.build()


def policy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/policyer/nyhetsdesk")
    b.ok_json(
        {
            "policy": {
                "krypteringPakrevd": True,
                "minOs": "14",
                "kameraTillatt": True,
                "vpn": "FK-VPN",
            }
        }
    )
    return b.build()


def appkatalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/apper?plattform=android")
    b.ok_json(
        {
            "apper": [
                {"navn": n, "versjon": v} for n, v in (("Dalet Go", "3.2"), ("LiveU Solo", "8.1"))
            ]
        }
    )
    return b.build()
