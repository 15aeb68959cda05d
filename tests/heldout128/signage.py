"""The digital-signage network: proof-of-play logs, schedules and player status.

A proof-of-play log says which advert played on which of the mall's screens and
for how long: a business's playout record, not what a person watched. Player
serials and MACs belong to the mall's screens.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .ops import ops, zone
from .phone import iso, mall_mac, ms, rf, rid

HOST = "papan"
ADS = [
    "Jualan 11.11 Uniqlo",
    "Raya Aidilfitri Promo",
    "双十一 特卖",
    "Nasi Kandar Pelita",
    "GSC Now Showing",
]


def _screen(c: Context) -> dict[str, str]:
    return {
        "id_skrin": f"DS-{zone(c)}-{c.rng.randint(1, 30):02d}",
        "serial_pemain": "BS" + new_digits(c.rng, 2) + new_hex(c.rng, 8).upper(),
        "mac_pemain": mall_mac(c.rng, "90:AC:3F"),
    }


def proof_of_play(c: Context) -> Flow:
    b = ops(c, "lamanseri.signage", "GET", HOST, f"/cms/api/pop?dari={ms(c) - 3_600_000}")
    b.decoy(
        "signage proof-of-play: advert id, screen, start, seconds played, completed: a "
        "business's playout on public screens, not a person's viewing"
    )
    b.ok_json(
        {
            "log_tayangan": [
                {
                    **_screen(c),
                    "id_kandungan": f"AD-{c.rng.randint(1000, 9999)}",
                    "tajuk": c.rng.choice(ADS),
                    "mula": iso(c),
                    "tempoh_main_s": c.rng.choice([10, 15, 30]),
                    "tamat_penuh": c.rng.random() < 0.95,
                }
                for _ in range(c.rng.randint(8, 25))
            ]
        }
    )
    return b.build()


def player_status(c: Context) -> Flow:
    scr = _screen(c)
    b = ops(c, "lamanseri.signage", "GET", HOST, f"/cms/api/pemain/{scr['id_skrin']}")
    b.decoy("signage player status: the mall's player serial and MAC, uptime, now-playing")
    b.ok_json(
        {
            **scr,
            "sedang_dimainkan": c.rng.choice(ADS),
            "kedudukan_s": c.rng.randint(0, 29),
            "versi_firmware": "8.5.47",
            "suhu": c.rng.randint(35, 60),
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = ops(c, "lamanseri.signage", "GET", HOST, "/cms/api/jadual?minggu=semasa")
    b.decoy("content schedule (catalogue of adverts and slots)")
    b.ok_json(
        {
            "slot": [
                {"jam": f"{h:02d}:00", "senarai_main": c.rng.sample(ADS, 3), "ulang": 4}
                for h in range(10, 22)
            ]
        }
    )
    return b.build()


def emergency_override(c: Context) -> Flow:
    b = ops(c, "lamanseri.signage", "POST", HOST, "/cms/api/kecemasan")
    b.json(
        {
            "mesej": {
                "ms": "Sila keluar ikut pintu terdekat",
                "en": "Please use the nearest exit",
                "zh": "请从最近的出口离开",
            },
            "zon": [zone(c)],
            "ujian": True,
            "id_permintaan": rid(c.rng),
        }
    )
    b.ok_json({"diterima": True})
    return b.build()


def audience_summary(c: Context) -> Flow:
    b = ops(c, "lamanseri.signage", "GET", HOST, "/cms/api/audiens/ringkasan?tempoh=1h")
    b.decoy("signage audience counts per screen and age band (aggregate, no individual)")
    b.ok_json(
        {
            "skrin": [
                {
                    "id_skrin": _screen(c)["id_skrin"],
                    "penonton": c.rng.randint(20, 900),
                    "purata_tumpuan_s": rf(c.rng, 0.5, 4.0, 2),
                    "julat_umur": {"18-34": c.rng.randint(5, 400), "35+": c.rng.randint(5, 400)},
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def audience_events(c: Context) -> Flow:
    """Per-glance events of the screens' camera analytics: one face analysed each."""
    b = ops(c, "lamanseri.signage", "GET", HOST, "/cms/api/audiens/peristiwa?had=20")
    b.mark(
        "biometric",
        "face_analysis",
        "response json peristiwa[] anggaran_umur/jantina/emosi/pose_kepala per detected face "
        "(per-person face analysis of shoppers: biometric by the definitions, not hers)",
        True,
        "response",
    )
    b.ok_json(
        {
            "peristiwa": [
                {
                    "id_muka": c.rng.randint(1, 9999),
                    "id_skrin": _screen(c)["id_skrin"],
                    "tumpuan_s": rf(c.rng, 0.3, 6.0, 2),
                    "anggaran_umur": c.rng.randint(16, 70),
                    "jantina": c.rng.choice(["L", "P"]),
                    "emosi": c.rng.choice(["gembira", "neutral", "terkejut"]),
                    "pose_kepala": {"yaw": rf(c.rng, -30, 30, 1), "pitch": rf(c.rng, -15, 15, 1)},
                    "masa": iso(c),
                }
                for _ in range(c.rng.randint(3, 12))
            ]
        }
    )
    return b.build()
