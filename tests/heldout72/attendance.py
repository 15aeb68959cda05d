"""Attendance and seating: seat maps with coordinates, the campus map's
"landmarks" (buildings, not faces), tardy scans and period codes in Spanish and
English. In-house district API shaped like the SIS exports it feeds
(PowerSchool-style attendance codes), plus Apple MapKit-free campus tiles.
Every flow is a decoy (coordinate lists, landmark lists, student ids).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import iso, new, rf, rid, student, ua

API = "https://attend.example-isd.org"
AGENT = ua("AttendEZ", "540")


def seat_map(c: Context) -> Flow:
    r = c.rng
    seats = [
        {
            "seat": i + 1,
            "x": 60 + (i % 6) * 150 + r.randint(-5, 5),
            "y": 90 + (i // 6) * 130,
            "rotation": r.choice([0, 0, 90]),
            "studentId": student(r),
        }
        for i in range(24)
    ]
    b = new(c, "attendance", "PUT", f"{API}/api/rooms/114/seating-chart", AGENT)
    b.json({"period": r.randint(1, 7), "canvas": {"width": 1024, "height": 768}, "asientos": seats})
    b.ok_json({"saved": True, "version": r.randint(2, 40)})
    b.decoy("seating chart: seat x/y coordinates and student ids")
    return b.build()


def take_roll(c: Context) -> Flow:
    r = c.rng
    codes = ["P", "P", "P", "A", "T", "E"]
    b = new(c, "attendance", "POST", f"{API}/api/sections/114-{r.randint(1, 7)}/attendance", AGENT)
    b.json(
        {
            "date": iso(c)[:10],
            "marks": [
                {
                    "studentId": student(r),
                    "code": r.choice(codes),
                    "estado": r.choice(["presente", "ausente", "tarde"]),
                    "minutesLate": r.choice([0, 0, 3, 7]),
                }
                for _ in range(10)
            ],
            "submittedBy": "teacher",
        }
    )
    b.ok_json({"accepted": 10})
    b.decoy("period attendance codes per student")
    return b.build()


def campus_landmarks(c: Context) -> Flow:
    r = c.rng
    b = new(c, "attendance", "GET", f"{API}/api/campus/cedar-ridge/map", AGENT)
    names = ["Gym", "Biblioteca", "Cafeteria", "Portable 7", "Bus loop", "Front office"]
    b.ok_json(
        {
            "campus": "Cedar Ridge HS",
            "landmarks": [
                {
                    "name": n,
                    "lat": rf(r, 30.52, 30.53, 6),
                    "lng": rf(r, -97.69, -97.68, 6),
                    "points": [[rf(r, 0, 1000, 1), rf(r, 0, 800, 1)] for _ in range(5)],
                }
                for n in names
            ],
            "evacuationRoutes": [
                [[rf(r, 30.52, 30.53, 6), rf(r, -97.69, -97.68, 6)] for _ in range(6)]
            ],
        }
    )
    b.decoy("campus map 'landmarks' (buildings) with outline points and lat/lng")
    return b.build()


def tardy_scan(c: Context) -> Flow:
    r = c.rng
    b = new(c, "attendance", "POST", f"{API}/api/tardy/scan", AGENT)
    b.json(
        {
            "badge": "ID-" + student(r),
            "scannedAt": iso(c),
            "kiosk": "hall-B",
            "pase": new_hex(r, 6).upper(),
        }
    )
    b.ok_json({"tardyCount": r.randint(1, 5), "passId": rid(r)})
    b.decoy("student ID badge barcode scanned for a tardy pass")
    return b.build()


def hall_pass_trail(c: Context) -> Flow:
    r = c.rng
    b = new(c, "attendance", "GET", f"{API}/api/hallpass/active", AGENT)
    b.ok_json(
        {
            "passes": [
                {
                    "studentId": student(r),
                    "destino": r.choice(["Baño", "Nurse", "Library"]),
                    "outAt": iso(c),
                    "durationSec": r.randint(30, 900),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("active hall passes with durations (not media)")
    return b.build()
