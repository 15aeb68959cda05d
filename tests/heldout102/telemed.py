"""Telemedicine video consults (animals' owners on video), a CPD course app
(slides, quizzes, certificates: no video progress) and a casual farm game.
All decoys: call quality stats, ICE candidates, camera yaw/pitch, quiz answers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, floats, iso, ms, rf, rid, ua


def call_stats(c: Context) -> Flow:
    b = FB(c, "vetcall", "POST", "https://rtc.vetcall.ie/v1/calls/stats")
    b.header("user-agent", ua("VetCall", "1.9.2"))
    b.json(
        {
            "callId": rid(c.rng),
            "inbound-rtp": {
                "framesDecoded": c.rng.randint(100, 9000),
                "framesPerSecond": rf(c.rng, 15, 30, 1),
                "jitter": rf(c.rng, 0, 0.05),
            },
            "candidate": f"candidate:1 1 udp 2122260223 192.168.1.{c.rng.randint(2, 250)} "
            f"{c.rng.randint(40000, 60000)} typ host",
            "participants": 2,
        }
    )
    b.decoy("WebRTC call stats of a consult (frames decoded, fps, ICE): not viewing history")
    b.no_content()
    return b.build()


def consult_notes(c: Context) -> Flow:
    b = FB(c, "vetcall", "POST", "https://rtc.vetcall.ie/v1/consults/notes")
    b.json(
        {
            "consult": new_digits(c.rng, 8),
            "durationSec": c.rng.randint(120, 1500),
            "summary": "Limping left fore, advise rest",
            "patient": {"name": "Fionn", "species": "canine"},
        }
    )
    b.decoy("a consult's duration and notes: about an animal, not media watched")
    b.ok_json({"ok": True})
    return b.build()


def cpd_progress(c: Context) -> Flow:
    b = FB(c, "cpdlearn", "POST", "https://learn.vetcpd.ie/api/progress")
    b.json(
        {
            "course": "BOV-" + new_digits(c.rng, 3),
            "module": c.rng.randint(1, 8),
            "slide": c.rng.randint(1, 40),
            "quiz": {"q": c.rng.randint(1, 10), "answer": c.rng.choice("ABCD")},
            "cpdHours": rf(c.rng, 0, 3, 1),
        }
    )
    b.decoy("CPD course slide position and quiz answer: reading, not viewing history")
    b.ok_json({"saved": True})
    return b.build()


def cpd_catalogue(c: Context) -> Flow:
    b = FB(c, "cpdlearn", "GET", "https://learn.vetcpd.ie/api/courses")
    b.param("topic", c.rng.choice(["bovine", "equine", "small-animal"]))
    b.ok_json(
        {
            "courses": [
                {
                    "id": new_digits(c.rng, 4),
                    "title": "Facial nerve paralysis in horses",
                    "videoMinutes": c.rng.randint(20, 90),
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("course catalogue, titles mention 'facial': catalogue, not a watch log")
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = FB(c, "farmrush", "POST", "https://t.farmrush-game.com/v2/events")
    b.json(
        {
            "session": new_hex(c.rng, 16),
            "events": [
                {
                    "e": "camera",
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -60, 60, 2),
                    "t": ms(c),
                },
                {"e": "level_end", "level": c.rng.randint(1, 90), "stars": c.rng.randint(0, 3)},
            ],
            "scores": floats(c.rng, 10),
        }
    )
    b.decoy("game telemetry: camera yaw/pitch, level results, numeric series")
    b.ok_json({"ok": 1, "serverTime": iso(c)})
    return b.build()
