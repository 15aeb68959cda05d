"""Hamdam: a messaging app with voice messages and a voice login (the mother's
Redmi Note 7 in Isfahan, writing to her daughter in Toronto).

The app still targets an old Android SDK, so on Android 9 it reads the IMEI:
registration sends the phone number, the IMEI, the ANDROID_ID and a 40-hex
`udid` the app makes up. "Vorud ba seda" (log in with your voice): the user
reads a phrase, the app enrols a speaker embedding (a 192-float ECAPA-style
x-vector, cf. Desplanques et al., https://arxiv.org/abs/2005.07143) with the
recording, and later logs in with the embedding alone (`bordarSeda`); an older
build posts it as base64 float32 under a one-letter key. Voice messages
(`payam-e soti`, a recording sent to a chat, not a voiceprint), call offers,
text messages and the hashed contact list are ordinary. The presence
keep-alive carries the udid base64-encoded under a one-letter field.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.hamdam-messenger.example"
UA = ua("Hamdam", "11.6.2", "maman")


def _b(c: Context, method: str, url: str, udid: bool = False) -> FB:
    b = FB(c, "hamdam", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if udid:
        b.header("x-hamdam-udid", b.id("payam_udid", where="header x-hamdam-udid"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/sabtenam")
    b.json(
        {
            "shomare": b.acct("payam_phone"),
            "udid": b.id("payam_udid", where="json udid"),
            "imei": b.id("imei_maman", where="json imei"),
            "androidId": b.id("aid_payam", where="json androidId"),
            "dastgah": "Xiaomi Redmi Note 7",
            "android": "9",
            "zaban": "fa",
        }
    )
    b.ok_json({"vaziat": "code_ersal_shod", "tool": 5})
    return b.build()


def keepalive_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/p")
    b.form([("c", b.id("payam_udid", "b64", "form c", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def push_register(c: Context) -> Flow:
    """Push-token registration; the IMEI rides sha1-hashed under 'k'."""
    b = _b(c, "POST", f"{API}/v3/push")
    b.json(
        {
            "k": b.id("imei_maman", "sha1", "json k", detectable=False),
            "token": b64(rid(c.rng) + rid(c.rng)),
            "noe": "fcm",
        }
    )
    b.no_content()
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/vorud-ba-seda/sabt", udid=True)
    b.bio("voiceprint", "multipart meta.speakerEmbedding + audio (voice enrolment)")
    boundary = rid(c.rng)
    meta = {
        "ebarat": "صدای من رمز عبور من است",
        "speakerEmbedding": floats(c.rng, 192),
        "model": "ecapa-tdnn-192",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("seda", "ebarat.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"profileSeda": rid(c.rng), "vaziat": "SABT_SHOD"})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/vorud-ba-seda/taeed")
    b.bio("voiceprint", "json bordarSeda (speaker embedding)")
    b.json(
        {
            "bordarSeda": floats(c.rng, 192),
            "noeBordar": "ecapa-tdnn-192",
            "modatMs": c.rng.randint(1500, 5000),
            "zaman": iso(c),
        }
    )
    b.ok_json({"tatbigh": True, "emtiaz": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def voice_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/vs")
    b.bio("voiceprint", "json e (base64 float32)", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 192)), "n": 2, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/resane/payam-soti")
    b.decoy("voice message recording (not a voiceprint)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("goftegu", None, "text/plain", rid(c.rng).encode()),
            ("modat", None, "text/plain", str(c.rng.randint(2, 90)).encode()),
            ("file", "voice.ogg", "audio/ogg", fake_wav(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"resaneId": rid(c.rng)})
    return b.build()


def call_offer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/tamas/pishnahad")
    b.decoy("SDP with DTLS fingerprint")
    fp = ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(32))
    sdp = (
        f"v=0\r\no=- {c.rng.randint(10**17, 10**18)} 2 IN IP4 127.0.0.1\r\n"
        f"a=fingerprint:sha-256 {fp}\r\na=ice-ufrag:{rid(c.rng)[:8]}\r\n"
    )
    b.json({"girande": "+1416" + str(c.rng.randint(10**6, 10**7)), "sdp": sdp, "tasviri": False})
    b.ok_json({"tamasId": rid(c.rng)})
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/payam")
    b.json(
        {
            "goftegu": rid(c.rng),
            "matn": c.rng.choice(
                ["سلام دخترم، خوبی؟", "هوای تورنتو سرده؟ لباس گرم بپوش", "قربونت برم", "👍"]
            ),
            "clientId": rid(c.rng),
            "zaman": ms(c),
        }
    )
    b.ok_json({"tahvil": True})
    return b.build()


def contacts_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/mokhatabin/hamgam")
    b.decoy("hashed phone numbers (contacts, not device ids)")
    nums = [f"+989{c.rng.randint(10, 39)}{c.rng.randint(10**6, 10**7)}" for _ in range(8)]
    b.json({"h": [hashlib.sha256(n.encode()).hexdigest()[:20] for n in nums]})
    b.ok_json({"ozv": [1, 4]})
    return b.build()


def sticker(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sticker/baste/{c.rng.randint(100, 999)}")
    b.ok_json({"stickerha": [f"https://cdn.hamdam-messenger.example/s/{i}.webp" for i in range(6)]})
    return b.build()
