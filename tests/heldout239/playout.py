"""The broadcaster's playout system (channel automation) and its as-run logs.

The studio engineer's tablet client polls the playout server for the as-run
log (`kjorelogg`: what each channel actually put on air, with SOM / EOM
timecodes and durations) and the day's schedule (`sendeplan`). A channel's
playout is not a person's viewing: these are ordinary, look-alike flows.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import EB, iso, rid

API = "https://playout.fjordkringkasting.example"
KANALER = ["FK1", "FK2", "FK Sport", "FK Nyheter"]
PROGRAM = [
    ("DAGR2024-1203", "Dagsrevyen", 1800),
    ("VAER-1203", "Været", 300),
    ("HEIM-S3E05", "Heimebane", 2700),
    ("SPORT-1203", "Sportsrevyen", 1500),
    ("DEB-1203", "Debatten", 3600),
    ("PROMO-8812", "Trailer: Fjellvakten", 30),
]


def _tc(c: Context) -> str:
    r = c.rng
    h, m, s, f = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 24)
    return f"{h:02d}:{m:02d}:{s:02d}:{f:02d}"


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "playout", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.header("x-api-key", "pk_" + rid(c.rng).replace("-", "")[:24])
    return b


def kjorelogg(c: Context) -> Flow:
    kanal = c.rng.choice(KANALER)
    b = _b(c, "GET", f"{API}/api/v1/kanaler/{kanal.replace(' ', '%20')}/kjorelogg?siste=20")
    b.decoy("channel as-run log: programme ids, SOM/EOM, durations (a channel, not a viewer)")
    b.ok_json(
        {
            "kanal": kanal,
            "hendelser": [
                {
                    "husId": hid,
                    "tittel": t,
                    "som": _tc(c),
                    "eom": _tc(c),
                    "varighetSek": d,
                    "sendtKl": iso(c),
                    "status": "KJORT",
                }
                for hid, t, d in c.rng.sample(PROGRAM, 4)
            ],
        }
    )
    return b.build()


def sendeplan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/sendeplan?dato={iso(c)[:10]}&kanal=FK1")
    b.decoy("broadcast schedule with start times and durations")
    b.ok_json(
        {
            "elementer": [
                {"husId": hid, "tittel": t, "planlagtStart": iso(c), "varighetSek": d}
                for hid, t, d in PROGRAM
            ]
        }
    )
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/servere/status")
    b.ok_json(
        {
            "servere": [
                {"navn": f"PO-{n}", "rolle": r, "ok": True, "buffer": c.rng.randint(2, 10)}
                for n, r in ((1, "hoved"), (2, "reserve"))
            ]
        }
    )
    return b.build()


def sekundaer_hendelse(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kanaler/FK1/sekundaer")
    b.decoy("secondary event (logo / lower third) with timecode offsets")
    b.json(
        {
            "type": c.rng.choice(["LOGO", "SUPER", "SQUEEZE"]),
            "husId": c.rng.choice(PROGRAM)[0],
            "offset": _tc(c),
            "varighet": "00:00:08:00",
        }
    )
    b.ok_json({"id": rid(c.rng), "akseptert": True})
    return b.build()
