"""Bhakti Sagar: a devotional app (bhajans, aartis, live darshan from temples).

Its play log is written with Devanagari keys (`भजन_आईडी`, `सुना_गया_समय`);
live darshan reports how long the stream was watched. The panchang (sunrise,
muhurat times) and the temple's aarti schedule are timetables, not history.
An old endpoint sends a whole play in the path segments under one-letter keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.bhaktisagar.example"
UA = ua("BhaktiSagar", "6.2.1")
BHAJANS = [
    ("bh_101", "Hanuman Chalisa"),
    ("bh_233", "Om Jai Jagdish Hare"),
    ("bh_318", "Sukhkarta Dukhharta"),
    ("bh_452", "Achyutam Keshavam"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "bhaktisagar", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-bs-android-id", b.id("aid_bhakti", where="header x-bs-android-id"))
    return b


def play_log(c: Context) -> Flow:
    bid, name = c.rng.choice(BHAJANS)
    b = _b(c, "POST", f"{API}/v2/bhajan/sunne-ka-log")
    b.view("json भजन_आईडी / सुना_गया_समय (Hindi: bhajan id / time listened)")
    b.json(
        {
            "भजन_आईडी": bid,
            "शीर्षक": name,
            "सुना_गया_समय": c.rng.randint(30, 600),
            "पूरा_सुना": c.rng.random() < 0.5,
            "समय": iso(c),
        }
    )
    b.no_content()
    return b.build()


def darshan_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/live-darshan/heartbeat")
    b.view("json mandir_stream / darshan_dekha_sec")
    b.json(
        {
            "mandir_stream": c.rng.choice(["siddhivinayak_live", "kashi_vishwanath_aarti"]),
            "darshan_dekha_sec": c.rng.randint(30, 1800),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def legacy_path_opaque(c: Context) -> Flow:
    bid = c.rng.choice(BHAJANS)[0]
    b = _b(c, "GET", f"{API}/t/{bid}/{c.rng.randint(30, 600)}/{ms(c)}.gif", device=False)
    b.view("path /t/<bhajan>/<seconds>/<ts>.gif (no key says what)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def panchang(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/panchang?city=Pune&date=2024-11-30", device=False)
    b.decoy("panchang: sunrise, tithi and muhurat times with coordinates (a calendar)")
    b.ok_json(
        {
            "tithi": "Krishna Chaturdashi",
            "suryoday": "06:51",
            "suryast": "17:58",
            "rahu_kaal": ["13:30", "14:55"],
            "lat": 18.52,
            "lon": 73.86,
        }
    )
    return b.build()


def aarti_schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mandir/dagdusheth/aarti-samay", device=False)
    b.decoy("a temple's aarti and live-stream schedule (the temple's playout, not a viewer's)")
    b.ok_json(
        {
            "aarti": [
                {"naam": "Kakad Aarti", "samay": "05:00"},
                {"naam": "Shej Aarti", "samay": "22:30"},
            ],
            "live_stream_status": "on_air",
            "abhi_dekh_rahe": c.rng.randint(2000, 90000),
        }
    )
    return b.build()


def donation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/daan/order", device=False)
    b.decoy("temple donation order and UPI reference")
    b.json({"mandir": "dagdusheth", "rashi_inr": c.rng.choice([51, 101, 501]), "mode": "UPI"})
    b.ok_json({"order_ref": f"BS{c.rng.randint(10**9, 10**10)}", "amount": rf(c.rng, 51, 501, 0)})
    return b.build()
