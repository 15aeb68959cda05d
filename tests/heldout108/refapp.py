"""Diaitisia: the referees' app of the Macedonia football federation (fictional backend).

It sends him his assignments (venue coordinates, kickoff times, the other
officials' names), takes his fitness-test results (Yo-Yo level, 40 m sprint
splits, heart-rate peaks) and his match GPS track, and files the match report
(minutes of goals and cards). None of that is biometric data, viewing history
or a device identifier: match minutes are not a playback position, a GPS track
is a location. The app registers the phone for push with its ANDROID_ID, and
its telemetry keys on a SHA-256 of that id under a one-letter field.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import CLUBS, FB, PLAYERS, iso, ms, rf, rid, ua

API = "https://api.diaitisia-epo.example"
UA = ua("Diaitisia", "3.8.2")
VENUES = [
    ("Γήπεδο Καλαμαριάς", 40.5851, 22.9523),
    ("ΔΑΚ Πυλαίας", 40.5987, 22.9871),
    ("Γήπεδο Ευόσμου", 40.6689, 22.9105),
    ("Kaftanzoglio B", 40.6092, 22.9647),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "diaitisia", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "el-GR")
    return b


def assignments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/diaitites/me/orismoi?season=2026-27")
    b.decoy("match assignments: venue coordinates, kickoff times, other officials (not his ids)")
    venue, lat, lon = c.rng.choice(VENUES)
    b.ok_json(
        {
            "orismoi": [
                {
                    "agonas_id": f"M{c.rng.randint(100000, 999999)}",
                    "omada_gipedouxos": c.rng.choice(CLUBS),
                    "omada_filoxenoumeni": c.rng.choice(CLUBS),
                    "gipedo": {"onoma": venue, "lat": lat, "lon": lon},
                    "enarxi": iso(c),
                    "rolos": c.rng.choice(["diaitits", "voithos_1", "4os"]),
                    "voithoi": c.rng.sample(["Π. Σαββίδης", "Κ. Νάνος", "Α. Ράπτης"], 2),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    return b.build()


def fitness_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fitness/tests")
    b.decoy("fitness test: sprint splits and heart-rate peaks (no face, no voice, no device id)")
    b.json(
        {
            "test": c.rng.choice(["yoyo_ir1", "fifa_intervals", "sprint_6x40"]),
            "level": f"{c.rng.randint(17, 20)}.{c.rng.randint(1, 8)}",
            "sprints_40m_s": [rf(c.rng, 5.2, 6.1, 2) for _ in range(6)],
            "hr_peak": c.rng.randint(176, 194),
            "hr_recovery_60s": c.rng.randint(22, 45),
            "venue": "ΕΑΚ Καυτανζόγλειο",
            "recorded_at": iso(c),
        }
    )
    b.ok_json({"status": "pending_review", "testId": rid(c.rng)})
    return b.build()


def gps_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/agones/ichnos")
    b.decoy("his GPS track of a match: coordinates and speeds (location, not a category here)")
    _, lat, lon = c.rng.choice(VENUES)
    t0 = ms(c)
    b.json(
        {
            "agonas_id": f"M{c.rng.randint(100000, 999999)}",
            "simeia": [
                {
                    "t": t0 + i * 1000,
                    "lat": round(lat + c.rng.gauss(0, 0.0003), 6),
                    "lon": round(lon + c.rng.gauss(0, 0.0004), 6),
                    "v_kmh": rf(c.rng, 0, 27, 1),
                }
                for i in range(40)
            ],
            "apostasi_m": c.rng.randint(9000, 12500),
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def match_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/agones/fyllo-agona")
    b.decoy("match report: minutes of goals and cards (match clock, not a playback position)")
    b.json(
        {
            "agonas_id": f"M{c.rng.randint(100000, 999999)}",
            "gkol": [
                {"lepto": c.rng.randint(1, 95), "paiktis": c.rng.choice(PLAYERS)}
                for _ in range(c.rng.randint(0, 4))
            ],
            "kartes": [
                {
                    "lepto": c.rng.randint(1, 95),
                    "xroma": c.rng.choice(["kitrini", "kokkini"]),
                    "paiktis": c.rng.choice(PLAYERS),
                }
                for _ in range(c.rng.randint(0, 5))
            ],
            "prosthetos_xronos": [c.rng.randint(1, 3), c.rng.randint(2, 7)],
        }
    )
    b.ok_json({"kataxorithike": True, "arithmos": c.rng.randint(10000, 99999)})
    return b.build()


def availability(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/diaitites/me/diathesimotita")
    b.json({"imerominies": [iso(c)[:10]], "diathesimos": c.rng.random() < 0.7})
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    """Push registration: the phone's ANDROID_ID under a readable key (his own phone)."""
    b = _b(c, "POST", f"{API}/v2/syskeves")
    b.json(
        {
            "androidId": b.id("aid_ref", where="json androidId"),
            "fcmToken": "c" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng).replace("-", ""),
            "platforma": "android",
            "montelo": "SM-A546B",
            "ekdosi_app": "3.8.2",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    """The app's own usage beacon: its install key is a SHA-256 of the ANDROID_ID under `k`."""
    b = _b(c, "POST", f"{API}/t")
    b.form(
        [
            ("k", b.id("aid_ref", "sha256", "form k", detectable=False)),
            ("e", c.rng.choice(["open", "orismoi_view", "fyllo_submit"])),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()
