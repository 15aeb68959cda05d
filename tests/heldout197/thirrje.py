"""Fol: a Viber-like calling and messaging app (the mother's Huawei in Durrës,
calling the son in Milan).

Registration ties the phone number to a 40-hex device `udid` the app makes up
and to the ANDROID_ID. Account recovery uses voice verification: the user
reads a phrase, the app enrols a speaker embedding (an x-vector style 192-float
vector, cf. Desplanques et al., ECAPA-TDNN, https://arxiv.org/abs/2005.07143)
together with the audio, and later verifies with the embedding alone; an older
build posts the embedding as base64 float32 under a one-letter key. Voice
messages (a recording sent to a chat, not a voiceprint), call signalling and
the hashed contact list are ordinary.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.fol-app.example"
UA = ua("Fol", "19.4.0", "nena")


def _b(c: Context, method: str, url: str, udid: bool = False) -> FB:
    b = FB(c, "fol", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if udid:
        b.header("x-fol-udid", b.id("thirrje_udid", where="header x-fol-udid"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/regjistrim")
    b.json(
        {
            "numri": b.acct("thirrje_phone"),
            "udid": b.id("thirrje_udid", where="json udid"),
            "androidId": b.id("aid_thirrje", where="json androidId"),
            "pajisja": "HUAWEI ANA-NX9",
            "sistemi": "Android 10",
            "gjuha": "sq",
        }
    )
    b.ok_json({"statusi": "kodi_derguar", "gjatesia": 6})
    return b.build()


def keepalive_opaque(c: Context) -> Flow:
    """The presence keep-alive: the udid base64-encoded under 'c'."""
    b = _b(c, "POST", f"{API}/ka")
    b.form([("c", b.id("thirrje_udid", "b64", "form c", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/verifikimi-zerit/regjistro", udid=True)
    b.bio("voiceprint", "multipart speakerEmbedding + audio (voice enrolment)")
    boundary = rid(c.rng)
    meta = {
        "fraza": "Zëri im është fjalëkalimi im",
        "speakerEmbedding": floats(c.rng, 192),
        "modeli": "ecapa-192",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("audio", "fraza.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"profiliZerit": rid(c.rng), "statusi": "REGJISTRUAR"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/verifikimi-zerit/verifiko")
    b.bio("voiceprint", "json voiceEmbedding")
    b.json(
        {
            "voiceEmbedding": floats(c.rng, 192),
            "gjatesiaMs": c.rng.randint(1500, 5000),
            "koha": iso(c),
        }
    )
    b.ok_json({"perputhet": True, "pikët": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/vz")
    b.bio("voiceprint", "json z (base64 float32)", detectable=False)
    b.json({"z": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/media/mesazh-zanor")
    b.decoy("voice message recording (not a voiceprint)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("biseda", None, "text/plain", rid(c.rng).encode()),
            ("file", "msg.m4a", "audio/mp4", fake_wav(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"mediaId": rid(c.rng)})
    return b.build()


def call_offer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/thirrje/oferta")
    b.decoy("SDP with DTLS fingerprint")
    fp = ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(32))
    sdp = (
        f"v=0\r\no=- {c.rng.randint(10**17, 10**18)} 2 IN IP4 127.0.0.1\r\n"
        f"a=fingerprint:sha-256 {fp}\r\na=ice-ufrag:{rid(c.rng)[:8]}\r\n"
    )
    b.json({"thirret": "+39347" + str(c.rng.randint(10**6, 10**7)), "sdp": sdp, "video": False})
    b.ok_json({"thirrjaId": rid(c.rng)})
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/mesazhe")
    b.json(
        {
            "biseda": rid(c.rng),
            "teksti": c.rng.choice(["Si je bir?", "Ha bukë mirë atje?", "Të puth, nëna", "Ok 👍"]),
            "klientId": rid(c.rng),
            "koha": ms(c),
        }
    )
    b.ok_json({"dorezuar": True})
    return b.build()


def contacts_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/kontaktet/sinkronizo")
    b.decoy("hashed phone numbers (contacts, not device ids)")
    nums = [f"+3556{c.rng.randint(7, 9)}{c.rng.randint(10**6, 10**7)}" for _ in range(8)]
    b.json({"h": [hashlib.sha256(n.encode()).hexdigest()[:20] for n in nums]})
    b.ok_json({"regjistruar": [0, 3]})
    return b.build()
