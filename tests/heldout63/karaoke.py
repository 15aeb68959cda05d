"""A karaoke app (fictional hosts): song requests to the box's machine, pitch
scoring, and a voice-print login (enrolment with voice samples, verification
with a speaker embedding, a sealed variant).

The karaoke box's machine belongs to the shop (rented room): its serial is no
device identifier of the tester (project convention), so pairing with it is
a decoy. The pitch curve sent for scoring is a numeric series, not a
voiceprint (decoy).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rid, ua

API = "https://api.utaou-karaoke.jp"
UA = ua("Utaou", "12.0.4")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-terminal-id", b.ctx.phone.kara_terminal)  # type: ignore[attr-defined]
    b.other_id("kara_terminal", "header.x-terminal-id")


def voice_enrol(ctx: Context) -> Flow:
    b = FB(ctx, "karaoke", "POST", f"{API}/v1/voiceprint/enroll")
    _hdr(b)
    boundary = "----utaou" + new_hex(ctx.rng, 16)
    seed = ctx.rng.getrandbits(32)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("user_id", None, None, ctx.phone.kara_user.encode()),  # type: ignore[attr-defined]
        ("passphrase_id", None, None, b"pp-03"),
    ]
    parts += [
        (f"voice_sample_{i}", f"s{i}.wav", "audio/wav", fake_wav(seed + i, 800)) for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voiceprint_enrol", "multipart voice_sample_* (voiceprint enroll)")
    b.ok_json({"enrolled": True, "samples": 3})
    return b.build()


def voice_verify(ctx: Context) -> Flow:
    b = FB(ctx, "karaoke", "POST", f"{API}/v1/voiceprint/verify")
    _hdr(b)
    b.json(
        {
            "user_id": ctx.phone.kara_user,  # type: ignore[attr-defined]
            "speaker_embedding": floats_b64(floats(ctx.rng, 192)),
            "dim": 192,
            "model": "ecapa-v2",
            "ts": ms(ctx),
        }
    )
    b.bio("voiceprint", "body.speaker_embedding (float32 b64)")
    b.ok_json({"match": True, "score": round(ctx.rng.uniform(0.7, 0.95), 3)})
    return b.build()


def voice_verify_sealed(ctx: Context) -> Flow:
    b = FB(ctx, "karaoke", "POST", f"{API}/v1/auth/vp")
    _hdr(b)
    blob = hashlib.shake_256(b"vp" + str(ms(ctx)).encode()).digest(300)
    b.json({"c": b64(blob), "n": new_hex(ctx.rng, 24)})
    b.bio("voiceprint", "body.c (sealed)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def score_pitch(ctx: Context) -> Flow:
    b = FB(ctx, "karaoke", "POST", f"{API}/v1/saiten")
    b.header("user-agent", UA)
    curve = [round(60 + ctx.rng.gauss(0, 3), 2) for _ in range(80)]
    b.json({"kyoku_no": new_digits(ctx.rng, 6), "pitch_midi": curve, "vibrato": 3, "kobushi": 5})
    b.decoy("pitch curve for scoring (numeric series)")
    b.ok_json({"tensuu": round(ctx.rng.uniform(75, 98), 3)})
    return b.build()


def request_song(ctx: Context) -> Flow:
    b = FB(ctx, "karaoke", "POST", f"{API}/v1/room/yoyaku")
    b.header("user-agent", UA)
    b.json(
        {
            "kishu_serial": "DAM-XG" + new_digits(ctx.rng, 8),
            "room_no": str(ctx.rng.randint(1, 40)),
            "kyoku_no": new_digits(ctx.rng, 6),
            "tenpo_id": "T" + new_digits(ctx.rng, 5),
        }
    )
    b.decoy("the shop's karaoke machine serial (rented room, not the tester's device)")
    b.ok_json({"queued": ctx.rng.randint(1, 6)})
    return b.build()


def song_search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["残酷な天使", "夜に駆ける", "マリーゴールド", "lemon"])
    b = FB(ctx, "karaoke", "GET", f"{API}/v1/songs", [("q", q)])
    b.decoy("song search")
    b.ok_json({"songs": [{"kyoku_no": new_digits(ctx.rng, 6), "title": q}], "req": rid(ctx.rng)})
    return b.build()


def history(ctx: Context) -> Flow:
    b = FB(ctx, "karaoke", "GET", f"{API}/v1/me/utarireki")
    b.header("user-agent", UA)
    b.decoy("songs the user sang (their own performances, not watched or listened to)")
    b.ok_json({"items": [{"kyoku_no": new_digits(ctx.rng, 6), "at": iso(ctx)} for _ in range(3)]})
    return b.build()
