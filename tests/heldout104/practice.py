"""Taktgeber: a metronome with a practice log, hers and her students'.

Minutes practised per piece, tempo ramps, streaks and the lesson calendar: a log
of practising, not of listening to media, so none of it is viewing history even
where a piece id sits beside seconds and a timestamp.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rid, ua

API = "https://sync.taktgeber.example"
UA = ua("Taktgeber", "3.9.0")
PIECES = [
    ("Bach", "Partita Nr. 2, Allemande"),
    ("Kreutzer", "Etüde Nr. 2"),
    ("Mozart", "Violinkonzert G-Dur, 1. Satz"),
    ("Schubert", "Ave Maria (Begleitung)"),
    ("Ševčík", "op. 1, Heft 1"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "taktgeber", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def practice_entry(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/uebeprotokoll")
    b.decoy("minutes practised per piece with a timestamp: practising, not listening to media")
    composer, title = c.rng.choice(PIECES)
    b.json(
        {
            "stueck": {"komponist": composer, "titel": title, "id": c.rng.randint(100, 999)},
            "geuebt_min": c.rng.randint(5, 75),
            "geuebt_sek": c.rng.randint(300, 4500),
            "tempo_start": c.rng.randint(50, 80),
            "tempo_ende": c.rng.randint(80, 132),
            "takte": f"{c.rng.randint(1, 20)}-{c.rng.randint(21, 80)}",
            "zeitpunkt": iso(c),
            "notiz": c.rng.choice(["Lagenwechsel langsam", "Intonation 3. Lage", ""]),
        }
    )
    b.ok_json({"ok": True, "streak_tage": c.rng.randint(1, 40)})
    return b.build()


def week_stats(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/statistik/woche")
    b.decoy("practice minutes per day and per piece: a practice chart, not watch history")
    b.ok_json(
        {
            "tage": [
                {"tag": d, "minuten": c.rng.randint(0, 120)}
                for d in ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
            ],
            "stuecke": [
                {"titel": t, "minuten": c.rng.randint(10, 300), "zuletzt": iso(c)}
                for _, t in PIECES[:3]
            ],
        }
    )
    return b.build()


def tempo_preset(c: Context) -> Flow:
    b = _b(c, "PUT", f"/api/v2/presets/{c.rng.randint(1, 40)}")
    b.json(
        {
            "name": c.rng.choice(["Etüde langsam", "Walzer", "Swing 7/8", "Aufwärmen"]),
            "bpm": c.rng.randint(40, 208),
            "taktart": c.rng.choice(["3/4", "4/4", "6/8", "7/8"]),
            "betonung": [1, 0, 0, 0],
            "rampe": {"von": 60, "bis": 96, "schritt": 4, "alle_takte": 8},
        }
    )
    b.no_content()
    return b.build()


def student_assignment(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v2/schueler/{c.rng.randint(1000, 9999)}/aufgaben")
    b.decoy("a student's assignments with target minutes: a teacher's plan, not her listening")
    _, title = c.rng.choice(PIECES)
    b.ok_json(
        {
            "aufgaben": [
                {
                    "stueck": title,
                    "ziel_min_pro_tag": 20,
                    "bis": "2026-12-06",
                    "erledigt_prozent": c.rng.randint(0, 100),
                }
            ]
        }
    )
    return b.build()
