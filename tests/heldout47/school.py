"""A driving-school / e-learning app: lesson video catalogue, quiz timers, exam
simulator results, and (real viewing history) progress of watched lesson videos."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import app, iso, rid

API = "https://api.fahrschule-example.de/app/v4"


def lessons(c: Context) -> Flow:
    b = app(c, "school", "GET", f"{API}/lektionen")
    b.ok_json(
        {
            "lektionen": [
                {
                    "id": i,
                    "titel": f"Vorfahrt {i}",
                    "videoDauerSek": c.rng.randint(90, 600),
                    "thumbnail": f"https://cdn.fahrschule-example.de/th/{i}.jpg",
                }
                for i in range(1, 7)
            ]
        }
    )
    b.decoy("lesson catalogue with video durations and thumbnails")
    return b.build()


def quiz_answer(c: Context) -> Flow:
    b = app(c, "school", "POST", f"{API}/pruefung/simulation/antwort")
    b.json(
        {
            "frageNr": f"1.2.{c.rng.randint(1, 40)}-{c.rng.randint(1, 120)}",
            "antwort": [c.rng.randint(0, 2)],
            "restzeitSek": c.rng.randint(0, 1800),
            "bearbeitungsdauerMs": c.rng.randint(2000, 60000),
            "fehlerpunkte": c.rng.randint(0, 10),
        }
    )
    b.ok_json({"korrekt": c.rng.random() < 0.8})
    b.decoy("exam simulator: remaining seconds and answer time, not media playback")
    return b.build()


def exam_result(c: Context) -> Flow:
    b = app(c, "school", "POST", f"{API}/pruefung/simulation/ergebnis")
    b.json(
        {
            "simulationId": rid(c.rng),
            "bestanden": c.rng.random() < 0.7,
            "dauerSek": c.rng.randint(600, 2700),
            "fehlerpunkteProKategorie": [c.rng.randint(0, 5) for _ in range(8)],
        }
    )
    b.ok_json({"ok": True})
    b.decoy("exam result: duration and error points per category")
    return b.build()


def video_progress(c: Context) -> Flow:
    b = app(c, "school", "POST", f"{API}/lektionen/{c.rng.randint(1, 40)}/video-fortschritt")
    dur = c.rng.randint(90, 600)
    b.json(
        {
            "angesehenSek": c.rng.randint(5, dur),
            "videoDauerSek": dur,
            "abgeschlossen": False,
            "zeitpunkt": iso(c),
        }
    )
    b.view("json:angesehenSek")
    b.ok_json({"ok": True})
    return b.build()
