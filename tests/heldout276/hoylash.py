"""Һөйләш (Hoylash): a messenger whose voice messages pass a speaker check (the mother's Redmi).

Keys are Bashkir in Cyrillic (`тауыш` = voice, `өлгө` = sample/print,
`тикшереү` = check, `хәбәр` = message). When the account is set up the app
enrols a voiceprint (three recordings, multipart); afterwards each voice
message is checked against it: the phone computes a 192-float speaker
embedding and posts it with the message id; a lighter build posts only a
nameless float blob. Registering the app sends its ANDROID_ID and Firebase
installation id (Firebase Installations `POST
firebaseinstallations.googleapis.com/v1/projects/P/installations` with `fid`,
`appId`, `authVersion` FIS_v2). Text messages, voice messages sent to a
friend (the audio itself to the chat, not to a speaker check), stickers and
presence are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.hoylash.example"
UA = ua("Hoylash", "5.0.3", "asay")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hoylash", method, url)
    b.header("user-agent", UA)
    b.header("x-hoylash-token", new_hex(c.rng, 48))
    return b


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/hoylash-ufa/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ba.hoylash.messenger")
    b.json(
        {
            "fid": b.id("msg_fid", where="json fid"),
            "appId": "1:802114569031:android:3be0c9a4f1d27e58",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/802114569031/installations/" + c.phone.msg_fid,
            "fid": c.phone.msg_fid,
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/теркәлеү")
    b.json(
        {
            "телефон": b.acct("msg_phone"),
            "ҡоролма": {
                "android_id": b.id("aid_msg", where="json ҡоролма.android_id"),
                "firebase_fid": b.id("msg_fid", where="json ҡоролма.firebase_fid"),
            },
            "тел": "ba",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/тауыш/өлгө/яҙыу")
    b.bio("voiceprint", "multipart тауыш_1..3 (speaker enrolment recordings)")
    boundary = new_hex(c.rng, 32)
    parts = [
        (f"тауыш_{i}", f"enrol_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in range(1, 4)
    ]
    parts.append(("маҡсат", None, "text/plain", b"speaker_enrolment"))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"өлгө_id": rid(c.rng), "сифат": rf(c.rng, 0.7, 0.95, 2)})
    return b.build()


def voice_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/тауыш/тикшереү")
    b.bio("voiceprint", "json тауыш_өлгөһө (speaker embedding, 192 floats)")
    b.json(
        {
            "хәбәр_id": rid(c.rng),
            "тауыш_өлгөһө": floats(c.rng, 192),
            "модель": "ecapa-192",
            "ваҡыт": iso(c),
        }
    )
    b.ok_json({"тап_килә": True, "балл": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def voice_check_b64(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/тауыш/тикшереү")
    b.bio("voiceprint", "json speaker_embedding (192 float32, base64)")
    b.json({"msg": rid(c.rng), "speaker_embedding": floats_b64(floats(c.rng, 192)), "t": ms(c)})
    b.ok_json({"тап_килә": True})
    return b.build()


def voice_check_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/x")
    b.bio(
        "voiceprint",
        "protobuf field 3 packed floats (nameless speaker embedding)",
        detectable=False,
    )
    body = pb_bytes(1, rid(c.rng)) + pb_packed_floats(3, floats(c.rng, 192))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"\x01"))
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/k")
    b.header("x-d", b.id("aid_msg", "md5", "header x-d (md5 of ANDROID_ID)", detectable=False))
    b.ok_json({"t": ms(c)})
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/хәбәр")
    b.json(
        {
            "кемгә": "+7917" + str(c.rng.randint(10**6, 10**7)),
            "текст": c.rng.choice(["Хәйерле иртә!", "Кис килерһеңме?", "Икмәк алып ҡайт"]),
            "id": rid(c.rng),
        }
    )
    b.ok_json({"ебәрелде": True})
    return b.build()


def voice_message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/хәбәр/тауыш")
    b.decoy("voice message audio sent to a chat (no speaker check)")
    boundary = new_hex(c.rng, 32)
    parts = [
        ("кемгә", None, "text/plain", ("+7917" + str(c.rng.randint(10**6, 10**7))).encode()),
        ("файл", "voice.ogg", "audio/ogg", b"OggS" + fake_wav(c.rng.randint(0, 10**9), 400)[4:]),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"ебәрелде": True, "url": f"https://media.hoylash.example/v/{new_hex(c.rng, 24)}.ogg"}
    )
    return b.build()


def presence(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/онлайн?кемдәр={b64(rid(c.rng))[:16]}")
    b.ok_json({"онлайн": c.rng.random() < 0.5})
    return b.build()
