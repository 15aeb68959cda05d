"""Notenbank: the music school's portal where she grades students' recordings.

Students upload audio of themselves playing; she scores intonation and rhythm,
adds feedback at positions in the recording and the portal returns onset times
and a waveform overview. Instrument playing, not speech, and no speaker model:
not biometric. Her feedback markers sit at positions in a student's recording
(a teacher's annotation, like an editor's timeline), not a report of her
listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, rf, ua

API = "https://portal.notenbank-musikschule.example"
UA = ua("Notenbank", "5.0.3")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "notenbank", method, API + path)
    b.header("user-agent", UA)
    b.header("x-lehrkraft", b.acct("teacher_id"))
    return b


def submissions(c: Context) -> Flow:
    b = _b(c, "GET", "/api/abgaben?status=offen")
    b.decoy("students' submitted recordings with durations: a teacher's inbox, not her listening")
    b.ok_json(
        {
            "abgaben": [
                {
                    "id": c.rng.randint(10**4, 10**5),
                    "schueler": n,
                    "stueck": s,
                    "dauer_sek": c.rng.randint(40, 400),
                    "eingereicht": iso(c),
                }
                for n, s in (("Jonas K.", "Kreutzer 2"), ("Mira S.", "Bach Allemande"))
            ]
        }
    )
    return b.build()


def recording_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "notenbank",
        "GET",
        f"https://media.notenbank-musikschule.example/rec/{new_hex(c.rng, 20)}.m4a",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def grade(c: Context) -> Flow:
    b = _b(c, "POST", f"/api/abgaben/{c.rng.randint(10**4, 10**5)}/bewertung")
    b.decoy(
        "grades and feedback at positions in a student's playing: an annotation, "
        "not her viewing history; playing, not a voice"
    )
    b.json(
        {
            "intonation": c.rng.randint(1, 5),
            "rhythmus": c.rng.randint(1, 5),
            "klang": c.rng.randint(1, 5),
            "anmerkungen": [
                {"position_sek": rf(c.rng, 0, 200, 1), "text": t}
                for t in ("Takt 12 zu hoch", "schöner Bogenwechsel")
            ],
            "bewertet_am": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def analysis(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/abgaben/{c.rng.randint(10**4, 10**5)}/analyse")
    b.decoy("onset times and pitch deviation of a student's violin: playing, no speaker model")
    b.ok_json(
        {
            "onsets_sec": sorted(rf(c.rng, 0, 60, 3) for _ in range(20)),
            "tonhoehe_abweichung_cent": [round(c.rng.gauss(0, 12), 1) for _ in range(20)],
            "wellenform": [c.rng.randint(0, 255) for _ in range(64)],
            "tempo_bpm": rf(c.rng, 60, 120, 1),
        }
    )
    return b.build()


def reference_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/api/referenzaufnahmen")
    b.decoy("her reference recording of an etude for students: music audio, not a voiceprint")
    boundary = "----Notenbank" + new_hex(c.rng, 16)
    parts = [
        ("datei", "referenz.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1600)),
        ("stueck", None, None, "Kreutzer Etüde 2".encode()),
        ("instrument", None, None, b"Violine"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": c.rng.randint(100, 999)})
    return b.build()
