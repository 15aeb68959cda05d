"""Access control: badge events, door controllers, badge issue for contractors.

Badge card UIDs and controller serials are the mall's (employer-issued cards,
fixed equipment): not the tester's device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .ops import ops
from .phone import iso, mall_mac, rid

HOST = "akses"
DOORS = [
    "Bilik Kawalan",
    "Stor B2",
    "Laluan Servis L3",
    "Bilik Server",
    "Dok Muat Turun",
    "Bumbung",
]


def badge_events(c: Context) -> Flow:
    b = ops(c, "lamanseri.access", "GET", HOST, "/acs/v1/log?had=50")
    b.decoy("badge swipe log: employer-issued card UIDs and door controller serials")
    b.ok_json(
        {
            "log": [
                {
                    "pintu": c.rng.choice(DOORS),
                    "uid_kad": new_hex(c.rng, 8).upper(),
                    "pemegang": c.rng.choice(["Kontraktor", "Kakitangan", "Penyewa"]),
                    "keputusan": c.rng.choice(["DIBENARKAN", "DIBENARKAN", "DITOLAK"]),
                    "pengawal": "ACU-" + new_digits(c.rng, 7),
                    "masa": iso(c),
                }
                for _ in range(c.rng.randint(5, 20))
            ]
        }
    )
    return b.build()


def controller_status(c: Context) -> Flow:
    door = c.rng.choice(DOORS)
    b = ops(c, "lamanseri.access", "GET", HOST, f"/acs/v1/pengawal/ACU-{new_digits(c.rng, 7)}")
    b.decoy("door controller status: the mall's controller serial and MAC")
    b.ok_json(
        {
            "pintu": door,
            "no_siri": "ACU" + new_digits(c.rng, 10),
            "mac": mall_mac(c.rng, "00:0E:C6"),
            "firmware": "3.12.7",
            "pintu_terbuka": c.rng.random() < 0.1,
            "bateri_sandaran_pct": c.rng.randint(60, 100),
        }
    )
    return b.build()


def remote_unlock(c: Context) -> Flow:
    b = ops(c, "lamanseri.access", "POST", HOST, "/acs/v1/pintu/buka-jauh")
    b.json(
        {
            "pintu": c.rng.choice(DOORS),
            "tempoh_s": 10,
            "sebab": "Penghantaran barang",
            "ruj": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def visitor_badge(c: Context) -> Flow:
    b = ops(c, "lamanseri.access", "POST", HOST, "/acs/v1/pelawat")
    b.decoy("contractor badge issue: name, IC last digits, company, phone number (account data)")
    b.json(
        {
            "nama": c.rng.choice(["Tan Wei Ming", "Muthu a/l Ramasamy", "Siti Hajar"]),
            "ic_4_akhir": new_digits(c.rng, 4),
            "syarikat": "Sejuk Beku HVAC Sdn Bhd",
            "telefon": "+6013" + new_digits(c.rng, 7),
            "uid_kad": new_hex(c.rng, 8).upper(),
            "sah_hingga": iso(c),
        }
    )
    b.ok_json({"id_pas": "VP-" + new_digits(c.rng, 5)})
    return b.build()
