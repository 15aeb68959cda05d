"""A language-learning app (Romansh / Italian / French courses) with speech
exercises, and a puzzle game with a 3-D camera. Spoken answers go to a
pronunciation scorer (speech sent for recognition, not for identifying the
speaker); the game reports camera yaw/pitch and score series. Hard decoys.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, js, multipart

from .phone import FB, floats, ms, rf, rid, ua

LINGUA = "https://api.linguarumantscha.example.ch"
GAME = "https://api.alpentuerme-game.example.com"


def speech_exercise(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "lingua", "POST", LINGUA + "/v3/speech/score")
    b.header("user-agent", ua("Lingua", "8.1.0"))
    bnd = "Boundary-" + new_hex(r, 24).upper()
    meta = js(
        {
            "exerciseId": new_hex(r, 8),
            "lang": "rm-sursilv",
            "prompt": "Bun di, co vai?",
            "sampleRate": 16000,
        }
    )
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta.encode()),
                ("audio", "answer.wav", "audio/wav", fake_wav(r.randint(0, 10**6), 1400)),
            ],
        ),
        "multipart/form-data; boundary=" + bnd,
    )
    b.decoy("spoken answer sent for pronunciation scoring (speech recognition, not voice ID)")
    b.ok_json({"transcript": "bun di co vai", "pronunciationScore": rf(r, 40, 100, 1)})
    return b.build()


def phoneme_feedback(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "lingua", "POST", LINGUA + "/v3/speech/feedback")
    b.json(
        {
            "utterance": rid(r),
            "phonemes": [{"p": p, "score": rf(r, 0, 1, 2)} for p in ("b", "u", "n", "d", "i")],
            "pitchContour": floats(r, 24, 3),
            "mfccMean": floats(r, 13, 4),
        }
    )
    b.decoy("phoneme scores and pitch/MFCC means of a pronunciation exercise, no speaker model")
    b.ok_json({"stars": r.randint(1, 3)})
    return b.build()


def lesson_progress(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "lingua", "PUT", LINGUA + "/v3/progress")
    b.json(
        {
            "courseId": "it-b1",
            "lektion": r.randint(1, 60),
            "xp": r.randint(0, 9000),
            "streakDays": r.randint(0, 400),
            "videoLessonWatchedPct": r.randint(0, 100),
        }
    )
    b.decoy("language-course progress and XP; a lesson clip percentage of course content")
    b.ok_json({"ok": True})
    return b.build()


def game_camera(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "game", "POST", GAME + "/telemetry/camera")
    b.json(
        {
            "level": r.randint(1, 80),
            "cam": [
                {"t": i * 250, "yaw": rf(r, -180, 180, 2), "pitch": rf(r, -60, 60, 2), "roll": 0}
                for i in range(10)
            ],
            "headTracking": False,
        }
    )
    b.decoy("3-D game camera yaw/pitch series, no head or face")
    b.no_content()
    return b.build()


def game_save(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "game", "POST", GAME + "/save")
    blob = base64.b64encode(bytes(r.getrandbits(8) for _ in range(96))).decode()
    b.json({"slot": r.randint(1, 3), "data": blob, "checksum": new_hex(r, 40), "ts": ms(ctx)})
    b.decoy("encrypted game save with a checksum: no identifier of the phone in it")
    b.ok_json({"saved": True})
    return b.build()


def leaderboard(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "game", "GET", GAME + "/leaderboard")
    b.param("season", "2026w48")
    b.decoy("leaderboard with player handles and scores")
    b.ok_json({"top": [{"nick": new_hex(r, 6), "score": r.randint(100, 99999)} for _ in range(10)]})
    return b.build()


FLOWS = [speech_exercise, phoneme_feedback, lesson_progress, game_camera, game_save, leaderboard]
