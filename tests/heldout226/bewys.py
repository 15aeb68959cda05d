"""Ingwe Bewys: the company's body-camera evidence viewer (work profile).

Guards' body cameras dock at the depot and upload their clips ("snitte"); the
operator lists them, fetches thumbnails and clips, and marks where she stopped
reviewing one for an incident report. That is company footage reviewed at
work, not anyone's viewing history, and the cameras' serials are company
equipment, not her phone: everything here is ordinary traffic or a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://bewys.ingwe-ops.example"
CDN = "https://bewys-media.ingwe-ops.example"
UA = ua("IngweBewys", "3.4.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ingwe-bewys", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _cam(c: Context) -> str:
    return "BWC" + c.rng.choice(["V300", "AX3"]) + "-" + new_hex(c.rng, 8).upper()


def snitte(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/snitte?sedert={iso(c)[:10]}&bladsy=1")
    b.decoy("body-camera clip list: camera serials, durations (company footage)")
    b.ok_json(
        {
            "snitte": [
                {
                    "snitId": rid(c.rng),
                    "kameraSerie": _cam(c),
                    "umlindi": f"W{c.rng.randint(1000, 9999)}",
                    "begin": iso(c),
                    "duurSek": c.rng.randint(20, 1800),
                    "kleinkiekie": f"{CDN}/t/{new_hex(c.rng, 24)}.jpg",
                    "insident": c.rng.random() < 0.4,
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def kleinkiekie(c: Context) -> Flow:
    b = FB(c, "ingwe-bewys", "GET", f"{CDN}/t/{new_hex(c.rng, 24)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def snit_aflaai(c: Context) -> Flow:
    start = c.rng.randint(0, 40) * 262144
    b = FB(c, "ingwe-bewys", "GET", f"{CDN}/v/{new_hex(c.rng, 24)}/snit.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={start}-{start + 262143}")
    b.decoy("body-camera clip download (video fetch)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def hersien(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/snitte/{rid(c.rng)}/hersiening")
    b.decoy("footage review position (company evidence review, not viewing history)")
    dur = c.rng.randint(60, 1800)
    b.json(
        {
            "posisieSek": c.rng.randint(0, dur),
            "duurSek": dur,
            "gemerk": c.rng.choice(["GEEN", "BEWYS", "KLAGTE"]),
            "nota": "Gesien deur beheerkamer",
            "tyd": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kamera_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kameras/status?depot=midrand")
    b.decoy("body cameras' serials and Wi-Fi MACs (company equipment)")
    b.ok_json(
        {
            "kameras": [
                {
                    "serie": _cam(c),
                    "mac": "00:1B:C5:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                    "battery": c.rng.randint(5, 100),
                    "gedok": c.rng.random() < 0.5,
                    "oplaaiWag": c.rng.randint(0, 12),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def insident_uitvoer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/uitvoer")
    b.decoy("evidence export job with clip ids and time ranges")
    b.json(
        {
            "insidentNr": f"IAR-{c.rng.randint(2024000, 2024999)}",
            "snitte": [
                {
                    "snitId": rid(c.rng),
                    "vanSek": c.rng.randint(0, 60),
                    "totSek": c.rng.randint(61, 300),
                }
                for _ in range(2)
            ],
            "saps": {"casNr": f"CAS {c.rng.randint(1, 400)}/{c.rng.randint(1, 12)}/2024"},
        }
    )
    b.ok_json({"taak": rid(c.rng), "status": "TOUGESTEL", "t": ms(c)})
    return b.build()
