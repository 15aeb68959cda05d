"""The auditorium's cinema: a DCI projector with an integrated media block and the
theatre management system (TMS) that holds the show schedule.

The coordinator checks the projector's status (serial, laser hours, the CPL
playing, its position and duration), the show playlists (SPLs) and KDM
validity, the week's screenings and the ticket counts per show. The position
of a film in a public screening and the number of tickets sold are no one's
viewing history; the projector's serial is the library's equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, chrome, inventory, iso, rf, rid

PROJ = "https://projektori.auditorio.kalevatalo.example"
TMS = "https://tms.kalevatalo.example"
_INV = inventory("cinema")
PROJ_SERIAL = "25" + "".join(_INV.choice("0123456789") for _ in range(8))
IMB_SERIAL = "IMB-" + "".join(_INV.choice("0123456789") for _ in range(7))
ELOKUVAT = [
    ("Kuolleet lehdet", "KuolleetLehdet_FTR-1_F_FI-SV_51_2K_20230915_SMPTE_OV", 81),
    ("Tove", "Tove_FTR_F_SV-FI_51_2K_20201002_SMPTE_OV", 103),
    ("Tuntematon sotilas", "TuntematonSotilas_FTR_S_FI-EN_51_2K_20171027_SMPTE_OV", 180),
    ("Hytti nro 6", "Hytti6_FTR_F_RU-FI_51_2K_20211029_SMPTE_OV", 107),
    ("Muumit Rivieralla", "MuumitRivieralla_FTR_F_FI_51_2K_20141010_SMPTE_OV", 77),
]


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "Basic " + rid(c.rng).replace("-", "")[:24])
    return b


def projektori_tila(c: Context) -> Flow:
    nimi, cpl, minuutit = c.rng.choice(ELOKUVAT)
    kesto = minuutit * 60
    b = _b(c, "projector", "GET", f"{PROJ}/api/v1/status")
    b.decoy("projector serial, laser hours and the CPL's position in a public screening")
    b.ok_json(
        {
            "serial": PROJ_SERIAL,
            "model": "DP4K-20L",
            "laserHours": c.rng.randint(4000, 9000),
            "state": c.rng.choice(["playing", "playing", "standby"]),
            "imb": {"serial": IMB_SERIAL, "cpl": cpl, "title": nimi},
            "position": _hms(c.rng.randint(0, kesto)),
            "duration": _hms(kesto),
            "audio": {"format": "5.1", "fader": 7.0},
            "temperature": rf(c.rng, 24, 41, 1),
        }
    )
    return b.build()


def spl(c: Context) -> Flow:
    nimi, cpl, minuutit = c.rng.choice(ELOKUVAT)
    b = _b(c, "projector", "GET", f"{PROJ}/api/v1/spl/{rid(c.rng)}")
    b.decoy("show playlist: pre-show, trailers, feature with durations")
    b.ok_json(
        {
            "title": f"{nimi} ilta",
            "items": [
                {"type": "preshow", "name": "Kalevatalo_mainokset_2024-12", "duration_s": 420},
                {"type": "trailer", "name": "Trailer_Syksy_2024_FI", "duration_s": 150},
                {"type": "feature", "name": cpl, "duration_s": minuutit * 60},
            ],
            "cues": [
                {"at": "00:00:00", "action": "lights_down"},
                {"at": "end-120", "action": "lights_up"},
            ],
        }
    )
    return b.build()


def kdm(c: Context) -> Flow:
    _nimi, cpl, _ = c.rng.choice(ELOKUVAT)
    b = _b(c, "projector", "GET", f"{PROJ}/api/v1/kdm?cpl={cpl}")
    b.decoy("KDM validity window for the projector's media block")
    b.ok_json(
        {
            "cpl": cpl,
            "device": IMB_SERIAL,
            "validFrom": iso(c),
            "validTo": iso(c)[:10] + "T23:59:00Z",
            "ok": True,
        }
    )
    return b.build()


def naytokset(c: Context) -> Flow:
    b = _b(c, "tms", "GET", f"{TMS}/api/naytokset?viikko={c.rng.randint(48, 52)}")
    b.decoy("the week's screenings: film, start, duration (schedule)")
    b.ok_json(
        {
            "sali": "Auditorio",
            "naytokset": [
                {
                    "elokuva": nimi,
                    "alkaa": iso(c),
                    "kesto_min": m,
                    "ikaraja": "7",
                    "tekstitys": "fi/sv",
                }
                for nimi, _, m in ELOKUVAT
            ],
        }
    )
    return b.build()


def lipunmyynti(c: Context) -> Flow:
    nimi, _, _ = c.rng.choice(ELOKUVAT)
    b = _b(c, "tms", "GET", f"{TMS}/api/naytokset/{c.rng.randint(3000, 3999)}/myynti")
    b.decoy("tickets sold per screening (aggregate)")
    b.ok_json(
        {
            "elokuva": nimi,
            "paikkoja": 240,
            "myyty": c.rng.randint(20, 240),
            "varattu": c.rng.randint(0, 20),
            "esteettomat": 4,
        }
    )
    return b.build()


def ajastus(c: Context) -> Flow:
    nimi, _cpl, _ = c.rng.choice(ELOKUVAT)
    b = _b(c, "tms", "POST", f"{TMS}/api/ajastus")
    b.decoy("automation schedule of a show")
    b.json(
        {"sali": "Auditorio", "spl": f"{nimi} ilta", "alkaa": iso(c), "lamppuEsilammitys_min": 10}
    )
    b.ok_json({"ajastettu": True, "id": c.rng.randint(10**5, 10**6)})
    return b.build()
