"""A ski-resort app ("Fjellpass": Norwegian / Swedish resorts): lift passes, queues,
run tracking.

The app's own backend. Lift passes are SKIDATA-style keycards whose chip id
("WTP number", printed as 01-1614 2345 6789 0123-4) is the pass's, reloadable
and transferable, not the phone's; lift gates and queue cameras belong to the
resort. Run tracking uploads GPS tracks with altitude and speed series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, track, ua

API = "https://api.fjellpass.no"
UA = ua("Fjellpass", "2.31.0")
LIFTS = ["Hemsedal Ekspressen", "Trysil Høgegga", "Åre VM6:an", "Sälen Gustavbacken"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "fjellpass", method, API + path)
    b.header("user-agent", UA)
    return b


def _wtp(c: Context) -> str:
    groups = " ".join(new_digits(c.rng, 4) for _ in range(3))
    return f"01-1614 {groups}-{c.rng.randint(0, 9)}"


def pass_reload(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/heiskort/pafyll")
    b.json(
        {
            "kortnummer": _wtp(c),
            "chipId": new_hex(c.rng, 14).upper(),
            "produkt": "dagskort",
            "dato": iso(c)[:10],
            "pris": 595,
        }
    )
    b.ok_json({"ordreId": "FP" + new_digits(c.rng, 8), "gyldig": True})
    b.decoy("lift-pass keycard number and chip id: the pass's, not the phone's (transferable card)")
    return b.build()


def queue_times(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/anlegg/hemsedal/ko")
    qs = [
        {
            "heis": n,
            "køMinutter": c.rng.randint(0, 18),
            "kameraId": "CAM-" + new_digits(c.rng, 4),
            "personerIKø": c.rng.randint(0, 140),
        }
        for n in LIFTS
    ]
    b.ok_json({"køer": qs, "oppdatert": iso(c)})
    b.decoy("lift queue minutes and people counted by the resort's queue cameras (no faces)")
    return b.build()


def run_track(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/turer")
    n = c.rng.randint(20, 40)
    body = {
        "turId": rid(c.rng),
        "start": ms(c),
        "punkter": track(c.rng, 60.84, 8.4, n),
        "hoyde": [round(1400 - i * c.rng.uniform(8, 14), 1) for i in range(n)],
        "fart": [rf(c.rng, 5, 70, 1) for _ in range(n)],
        "heisturer": c.rng.randint(1, 4),
    }
    b.json(body, encoding="gzip")
    b.ok_json({"lagret": True})
    b.decoy("gzip body: ski-run GPS track with altitude and speed series")
    return b.build()


def gate_scans(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/heiskort/historikk")
    scans = [
        {
            "heis": c.rng.choice(LIFTS),
            "tid": iso(c),
            "portId": "G" + new_digits(c.rng, 3),
            "hoydemeter": c.rng.randint(100, 600),
        }
        for _ in range(6)
    ]
    b.ok_json({"passeringer": scans, "totalHoydemeter": c.rng.randint(2000, 9000)})
    b.decoy("lift-gate passings of the pass with gate ids (resort gates, not the phone)")
    return b.build()


def snow_report(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/anlegg/trysil/snorapport")
    b.ok_json(
        {
            "snodybde_cm": c.rng.randint(40, 160),
            "nysno_24t": c.rng.randint(0, 30),
            "temp": [rf(c.rng, -18, 2, 1) for _ in range(24)],
            "webkamera": [
                {"id": f"wc{i}", "bilde": f"https://cdn.fjellpass.no/wc/{new_hex(c.rng, 12)}.jpg"}
                for i in range(3)
            ],
        }
    )
    b.decoy("snow report: temperature series and resort webcam stills (nothing watched)")
    return b.build()


def ski_stats(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/meg/sesong")
    b.ok_json(
        {
            "dager": c.rng.randint(1, 30),
            "turer": c.rng.randint(10, 300),
            "maksfart": rf(c.rng, 40, 95, 1),
            "sistAktiv": iso(c),
            "requestId": rid(c.rng),
        }
    )
    b.decoy("season statistics: days, runs, top speed")
    return b.build()
