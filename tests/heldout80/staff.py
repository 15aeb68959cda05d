"""Staff apps: shift scheduling with clock-in by badge QR (not a face), tips and
payroll, and a language-learning app that scores pronunciation with
speech-to-text. All hard decoys: the clock-in has `method: qr_badge`, the
payroll has numeric series, the speech goes to STT (not biometric by the
project's conventions) and carries no speaker model.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav

from .phone import b_, iso, ms, rf, rid

SHIFT = "https://api.turnosfacil.es/v1"


def clock_in(c: Context) -> Flow:
    b = b_(c, "shifts", "POST", f"{SHIFT}/fichajes", "TurnosFacil", "3.9.2")
    b.decoy("shift clock-in by badge QR (verification=qr_badge, no face); geofence coordinates")
    b.json(
        {
            "empleado": b.acct("staff_no"),
            "tipo": c.rng.choice(["entrada", "salida"]),
            "verificacion": {
                "metodo": "qr_badge",
                "qr": "HMB:" + new_hex(c.rng, 20),
                "faceMatch": None,
            },
            "lat": rf(c.rng, 41.14, 41.16, 5),
            "lon": rf(c.rng, -8.62, -8.60, 5),
            "ts": iso(c),
        }
    )
    b.ok_json({"fichajeId": new_digits(c.rng, 9), "ok": True})
    return b.build()


def schedule(c: Context) -> Flow:
    b = b_(
        c,
        "shifts",
        "GET",
        f"{SHIFT}/cuadrante?semana={c.rng.randint(1, 52)}",
        "TurnosFacil",
        "3.9.2",
    )
    b.ok_json(
        {
            "turnos": [
                {"dia": d, "inicio": "07:00", "fin": "15:00", "puesto": "recepcion"}
                for d in ("lun", "mar", "mie")
            ]
        }
    )
    return b.build()


def tips(c: Context) -> Flow:
    b = b_(c, "tips", "GET", "https://app.gorjetas.pt/api/v2/resumo?mes=11", "Gorjetas", "1.7.0")
    b.decoy("tips and payroll numeric series (daily euros, hours)")
    b.ok_json(
        {
            "diario": [rf(c.rng, 0, 60, 2) for _ in range(30)],
            "horas": [rf(c.rng, 0, 9, 1) for _ in range(30)],
            "reciboId": "REC-" + new_digits(c.rng, 8),
            "iban": "PT50 **** **** " + new_digits(c.rng, 4),
        }
    )
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = b_(
        c,
        "lingo",
        "POST",
        "https://speech.falafacil.com/v2/pronunciation/score",
        "FalaFacil",
        "8.1",
    )
    b.decoy("speech-to-text pronunciation scoring (phonemes, words), not a voiceprint")
    b.json(
        {
            "lang": c.rng.choice(["en-GB", "fr-FR", "de-DE"]),
            "referenceText": "Could I see the menu, please?",
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)),
            "format": "wav",
            "sampleRate": 16000,
        }
    )
    b.ok_json(
        {
            "transcript": "could i see the menu please",
            "scores": {"accuracy": c.rng.randint(50, 99), "fluency": c.rng.randint(50, 99)},
            "words": [{"w": w, "score": c.rng.randint(40, 100)} for w in ("could", "see", "menu")],
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def lesson_progress(c: Context) -> Flow:
    b = b_(c, "lingo", "POST", "https://api.falafacil.com/v1/progress", "FalaFacil", "8.1")
    b.decoy("lesson xp and streak progress (no media)")
    b.json(
        {
            "lessonId": "hosp-" + new_digits(c.rng, 3),
            "xp": c.rng.randint(5, 30),
            "streak": c.rng.randint(1, 90),
            "completedAt": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BLOCK = [
    (0.5, clock_in),
    (0.4, schedule),
    (0.35, tips),
    (0.45, pronunciation),
    (0.35, lesson_progress),
]
