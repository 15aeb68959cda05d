"""A student-union / campus app ("Kampus": timetable, rooms, library, lectures).

The app's own backend throughout. The timetable mirrors what TimeEdit-style
schedule exports hold (start/end, course code, room, staff); room sensors are
the building's shared CO2 / occupancy sensors (their BLE MACs and serials are
the university's, not the tester's); the library shows e-book loans and the
reader's page position (reading positions do not count as viewing history).
Lecture recordings are videos the student watched: their progress sync is
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kampus-app.se"
UA = ua("Kampus", "3.8.0")
COURSES = ["DD1351", "SF1625", "EH2720", "ME1003", "DA2210"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kampus", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer st." + new_hex(c.rng, 40))
    return b


def schema(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/schema?vecka=" + str(c.rng.randint(40, 52)))
    rows = [
        {
            "kurskod": c.rng.choice(COURSES),
            "start": iso(c),
            "slut": iso(c),
            "sal": f"E{c.rng.randint(1, 53)}",
            "larare": "lärare",
            "typ": c.rng.choice(["Föreläsning", "Övning", "Labb"]),
        }
        for _ in range(7)
    ]
    b.ok_json({"schema": rows})
    b.decoy("lecture timetable: course codes, rooms, times (no viewing)")
    return b.build()


def room_sensors(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/rum/{c.rng.choice(['E', 'D', 'Q'])}{c.rng.randint(1, 53)}/sensorer")
    sensors = []
    for _ in range(3):
        mac = "D4:CA:6E:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
        sensors.append(
            {
                "sensorId": "ERS-" + new_digits(c.rng, 8),
                "bleMac": mac,
                "co2ppm": c.rng.randint(420, 1400),
                "temp": rf(c.rng, 19, 24, 1),
                "occupancy": c.rng.randint(0, 120),
            }
        )
    b.ok_json({"sensorer": sensors, "uppdaterad": iso(c)})
    b.decoy("room CO2/occupancy sensors: MACs and serials of the university's sensors")
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/bibliotek/lan/{new_digits(c.rng, 9)}/position")
    page = c.rng.randint(1, 480)
    b.json(
        {
            "isbn": "978" + new_digits(c.rng, 10),
            "sida": page,
            "progress": round(page / 480, 3),
            "cfi": f"epubcfi(/6/{2 * c.rng.randint(2, 40)}!/4/2)",
            "lastRead": iso(c),
            "readingTimeSec": c.rng.randint(30, 2400),
        }
    )
    b.no_content()
    b.decoy("e-book reading position and reading time: reading, not viewing history")
    return b.build()


def loans(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/bibliotek/lan")
    items = [
        {
            "titel": "Linjär algebra",
            "forfallo": iso(c),
            "streckkod": new_digits(c.rng, 12),
            "format": c.rng.choice(["ebok", "tryckt"]),
        }
        for _ in range(3)
    ]
    b.ok_json({"lan": items, "reservationer": []})
    b.decoy("library loans with barcodes and due dates")
    return b.build()


def lecture_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/inspelningar/progress")
    dur = c.rng.randint(2400, 5400)
    pos = c.rng.randint(60, dur)
    b.json(
        {
            "recordingId": "rec_" + new_hex(c.rng, 10),
            "course": c.rng.choice(COURSES),
            "positionSec": pos,
            "durationSec": dur,
            "watchedPct": round(100 * pos / dur, 1),
            "playbackRate": c.rng.choice([1.0, 1.25, 1.5, 2.0]),
            "event": "heartbeat",
            "ts": ms(c),
        }
    )
    b.view("body positionSec/durationSec/watchedPct of a recorded lecture")
    b.no_content()
    return b.build()


def lecture_history(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/inspelningar/senast-sedda")
    items = [
        {
            "recordingId": "rec_" + new_hex(c.rng, 10),
            "titel": f"Föreläsning {c.rng.randint(1, 14)}",
            "sedd": iso(c),
            "fortsattFran": c.rng.randint(0, 5000),
        }
        for _ in range(4)
    ]
    b.ok_json({"senastSedda": items})
    b.view(
        "response senastSedda: recently watched lectures with resume points", direction="response"
    )
    return b.build()


def union_events(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/karen/evenemang")
    ev = [
        {
            "id": new_digits(c.rng, 6),
            "namn": c.rng.choice(["Pub", "Sittning", "Filmkväll: Persona"]),
            "start": iso(c),
            "platser": c.rng.randint(0, 80),
        }
        for _ in range(5)
    ]
    b.ok_json({"evenemang": ev, "requestId": rid(c.rng)})
    b.decoy("union event list, incl. a film night listing (nobody watched anything)")
    return b.build()


def exam_signup(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/tentor/anmalan")
    b.json(
        {
            "kurskod": c.rng.choice(COURSES),
            "personnummerHash": new_hex(c.rng, 64),
            "anonymKod": f"{c.rng.choice(COURSES)}-{c.rng.randint(100, 999)}-ABC",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("exam sign-up: anonymous exam code and a hashed personal number (account, not device)")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/auth/inloggning")
    b.json({"epost": b.id("email", where="body epost"), "losenord": "*" * 12, "enhet": "android"})
    b.ok_json({"token": "st." + new_hex(c.rng, 40), "studentnummer": b.acct("student_no")})
    return b.build()
