"""A wholesaler's catalogue with product-tutorial videos, and a supplier's
e-learning course. Catalogue pages carry aggregate view counts and average watch
times of tutorial videos (public statistics, not the tester's viewing); fetching
a video's manifest or segments is not viewing history; a course's lesson status,
score and bookmark are course progress (like an e-book position), not a watch log.

Sources: SCORM 1.2 run-time data model (ADL: cmi.core.lesson_status,
cmi.core.lesson_location, cmi.core.score.raw, cmi.core.session_time,
cmi.suspend_data); xAPI 1.0.3 statements (ADL xAPI spec: actor, verb.id
http://adlnet.gov/expapi/verbs/completed|passed, object.definition, result.score.
scaled, result.completion); HLS playlists (RFC 8216). The wholesaler ("Elektro-Hurt")
and the course host are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new_hex, new_uuid, rf, ua

SHOP = "https://api.elektro-hurt.pl"
LMS = "https://akademie.solartech-academy.cz"


def catalogue(c: Context) -> Flow:
    cat = c.rng.choice(["zabezpieczenia", "falowniki", "kable", "automatyka-domowa"])
    b = FB(
        c,
        "elektro-hurt",
        "GET",
        f"{SHOP}/v2/kategorie/{cat}/produkty",
        [("strona", str(c.rng.randint(1, 9))), ("sort", "popularnosc")],
    )
    b.header("user-agent", ua("ElektroHurt", "221"))
    items = [
        {
            "indeks": f"EH{c.rng.randint(100000, 999999)}",
            "nazwa": c.rng.choice(
                ["Wyłącznik B16 1P", "Falownik 8kW", "YDYp 3x2,5", "Moduł Z-Wave"]
            ),
            "cenaNetto": rf(c.rng, 5, 9000, 2),
            "stan": c.rng.randint(0, 400),
            "wideoPoradnik": {
                "id": c.rng.randint(1000, 9999),
                "wyswietlenia": c.rng.randint(50, 90000),
                "sredniCzasOgladaniaSek": c.rng.randint(20, 600),
                "dlugoscSek": c.rng.randint(60, 900),
            },
        }
        for _ in range(8)
    ]
    b.ok_json({"produkty": items, "razem": c.rng.randint(40, 900)})
    b.decoy("catalogue page: tutorial videos' public view counts and avg watch times (aggregate)")
    return b.build()


def video_stats(c: Context) -> Flow:
    vid = c.rng.randint(1000, 9999)
    b = FB(c, "elektro-hurt", "GET", f"{SHOP}/v2/wideo/{vid}")
    b.ok_json(
        {
            "id": vid,
            "tytul": "Montaż falownika hybrydowego krok po kroku",
            "statystyki": {
                "views": c.rng.randint(100, 90000),
                "avgWatchTime": c.rng.randint(30, 700),
                "completionRate": rf(c.rng, 0.1, 0.9, 2),
                "likes": c.rng.randint(0, 900),
            },
            "rozdzialy": [
                {"od": t, "tytul": f"Krok {i + 1}"} for i, t in enumerate(range(0, 600, 120))
            ],
            "hls": f"https://vod.elektro-hurt.pl/{vid}/master.m3u8",
        }
    )
    b.decoy("a tutorial video's page: chapters and public stats (views, avgWatchTime)")
    return b.build()


def hls_manifest(c: Context) -> Flow:
    vid = c.rng.randint(1000, 9999)
    b = FB(c, "elektro-hurt-vod", "GET", f"https://vod.elektro-hurt.pl/{vid}/720p/index.m3u8")
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:6"] + [
        f"#EXTINF:6.000,\nseg_{i:05d}.ts" for i in range(8)
    ]
    b.respond(200, "application/vnd.apple.mpegurl", "\n".join(lines).encode())
    b.decoy("video manifest fetch: not viewing history")
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = FB(
        c,
        "elektro-hurt-vod",
        "GET",
        f"https://vod.elektro-hurt.pl/{c.rng.randint(1000, 9999)}"
        f"/720p/seg_{c.rng.randint(0, 120):05d}.ts",
    )
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X; pl_pl)"
    )
    b.respond(200, "video/mp2t", bytes([0x47]) + bytes(c.rng.randrange(256) for _ in range(376)))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(
        [
            "czujnik twarzy",
            "kamera rozpoznawanie twarzy",
            "ogranicznik przepięć",
            "rozpoznávání obličeje zvonek",
        ]
    )
    b = FB(c, "elektro-hurt", "GET", f"{SHOP}/v2/szukaj", [("q", q)])
    b.ok_json(
        {
            "wyniki": [
                {
                    "indeks": f"EH{c.rng.randint(100000, 999999)}",
                    "nazwa": f"Wideodomofon z rozpoznawaniem twarzy {i}",
                    "opis": "Kamera z funkcją face ID i detekcją twarzy 1080p",
                }
                for i in range(4)
            ],
            "zapytanie": q,
        }
    )
    b.decoy("product search for doorbells with face recognition: text about faces, no face data")
    return b.build()


def scorm_commit(c: Context) -> Flow:
    b = FB(c, "lms", "POST", f"{LMS}/scorm/api/commit")
    b.header("user-agent", ua("SolarTechAkademie", "77"))
    b.form(
        [
            ("cmi.core.lesson_status", c.rng.choice(["incomplete", "completed", "passed"])),
            ("cmi.core.lesson_location", f"slide_{c.rng.randint(1, 40)}"),
            ("cmi.core.score.raw", str(c.rng.randint(40, 100))),
            ("cmi.core.session_time", f"00:{c.rng.randint(5, 59):02d}:{c.rng.randint(0, 59):02d}"),
            ("cmi.suspend_data", new_hex(c.rng, 24)),
            ("course", "FV-INST-3"),
            ("sco", f"lekce-{c.rng.randint(1, 12)}"),
        ]
    )
    b.ok_json({"result": "true", "errorCode": 0})
    b.decoy("SCORM lesson status, slide bookmark, quiz score and session time: course progress")
    return b.build()


def xapi_completed(c: Context) -> Flow:
    b = FB(c, "lms", "POST", f"{LMS}/lrs/statements")
    b.header("x-experience-api-version", "1.0.3")
    verb = c.rng.choice(["completed", "passed", "answered"])
    stmt = {
        "id": new_uuid(c.rng),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": LMS, "name": "T" + str(c.rng.randint(10000, 99999))},
        },
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"cs-CZ": verb}},
        "object": {
            "id": f"{LMS}/kurzy/FV-INST-3/modul/{c.rng.randint(1, 8)}",
            "definition": {"name": {"cs-CZ": "Bezpečnost při montáži střídače"}},
        },
        "result": {
            "score": {"scaled": rf(c.rng, 0.4, 1, 2)},
            "completion": verb != "answered",
            "success": True,
        },
        "timestamp": iso(c),
    }
    b.json(stmt)
    b.ok_json([stmt["id"]])
    b.decoy("xAPI 'completed/passed module' statement with a quiz score: course progress")
    return b.build()


def course_progress(c: Context) -> Flow:
    b = FB(c, "lms", "GET", f"{LMS}/api/kurzy/FV-INST-3/postup")
    b.ok_json(
        {
            "kurz": "FV-INST-3",
            "lekce": [
                {
                    "id": i,
                    "nazev": f"Lekce {i}",
                    "stav": c.rng.choice(["hotovo", "rozpracovano", "nezahajeno"]),
                    "skore": c.rng.randint(0, 100),
                }
                for i in range(1, 13)
            ],
            "celkemProcent": c.rng.randint(0, 100),
            "certifikat": None,
            "etag": new_hex(c.rng, 32),
        }
    )
    b.decoy("course progress per lesson (done / in progress / score)")
    return b.build()


DECOYS = [
    catalogue,
    video_stats,
    hls_manifest,
    hls_segment,
    search,
    scorm_commit,
    xapi_completed,
    course_progress,
]
