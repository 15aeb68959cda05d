"""Goftino: a local messenger (chats, channels, voice messages).

Registration sends the ANDROID_ID under a Finglish key (`shenase_dastgah`);
voice messages are transcribed on request (speech to text, no speaker model);
channel posts show view counts (aggregates). The in-app video player of
channels reports which channel video was watched and how far (`pishraft_film`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav

from .phone import FB, ms, rid, ua

API = "https://gw.goftino.example"
UA = ua("Goftino", "4.0.9")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "goftino", method, url)
    b.header("user-agent", UA)
    b.header("x-session", rid(c.rng))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/sabtenam")
    b.decoy("phone number and OTP (account, not device)")
    b.json(
        {
            "shomare_hamrah": b.acct("msisdn"),
            "shenase_dastgah": b.id("aid_msg", where="json shenase_dastgah"),
            "noe_dastgah": "android",
            "model": "SM-A546E",
        }
    )
    b.ok_json({"user_id": b.acct("msg_user"), "otp_ersal_shod": True})
    return b.build()


def send_message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/payam/ersal")
    b.json(
        {
            "goftegoo_id": rid(c.rng),
            "matn": c.rng.choice(["salam maman", "shab bekheir", "کی میای؟", "rasidam"]),
            "zaman": ms(c),
        }
    )
    b.ok_json({"payam_id": c.rng.randint(10**9, 10**10)})
    return b.build()


def transcribe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/seda/be_matn")
    b.decoy("voice message transcription (speech to text, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    b.ok_json({"matn": "سلام، من دارم میام خونه", "etminan": 0.91})
    return b.build()


def channel_posts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kanal/{c.rng.randint(10**5, 10**6)}/postha")
    b.decoy("channel posts with view counts (aggregate over readers)")
    b.ok_json(
        {
            "postha": [
                {"id": c.rng.randint(1, 9999), "bazdid": c.rng.randint(100, 10**6)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def channel_video_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kanal/film/pishraft")
    b.view("json post_id + pishraft_film + sanie")
    b.json(
        {
            "kanal_id": c.rng.randint(10**5, 10**6),
            "post_id": c.rng.randint(1, 9999),
            "sanie": c.rng.randint(1, 600),
            "pishraft_film": round(c.rng.random(), 2),
        }
    )
    b.no_content()
    return b.build()
