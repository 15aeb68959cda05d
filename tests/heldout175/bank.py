"""Hroshi: a bank on the family's iPhone, with selfie and voice checks.

The app binds the iPhone by its IDFV and a device fingerprint, and carries
Adjust for attribution (`idfa`, `idfv` in the session form, the `adid` in
Adjust's answer). Opening an account takes a selfie (matched against the
passport photo); phone-banking calls are protected by a voiceprint: enrolment
audio in base64, verification audio as a multipart part, and the speaker
embedding the app computes on the phone. An older SDK path posts a voice sample
under one-letter form fields. The voice assistant's speech-to-text (what was
said, no speaker model), exchange-rate series, card transactions and the ATM's
terminal id are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, ios_ua, iso, ms, rf, rid

API = "https://api.hroshi.example"
UA = ios_ua("Hroshi", "2.41.0", "24100")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hroshi", method, url)
    b.header("user-agent", UA)
    b.header("x-device-vendor-id", b.id("idfv_bank", where="header x-device-vendor-id"))
    b.header("x-request-id", rid(c.rng))
    b.decoy("x-request-id")
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/prystroi/pryviazka")
    b.json(
        {
            "idfv": b.id("idfv_bank", where="json idfv"),
            "vidbytok_prystroiu": b.id(
                "bank_fp", where="json vidbytok_prystroiu (device fingerprint)"
            ),
            "model": "iPhone15,2",
            "os": "17.5.1",
            "klient": b.acct("bank_client"),
        }
    )
    b.ok_json({"pryviazano": True, "otp_nadislano": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "Hroshi/24100 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.header("client-sdk", "ios4.38.2")
    b.form(
        [
            ("app_token", "k2x9q" + new_hex(c.rng, 7)),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv_bank", where="form idfv")),
            ("bundle_id", "ua.hroshi.bank"),
            ("created_at", iso(c)),
            ("device_type", "iPhone"),
            ("device_name", "iPhone15,2"),
            ("os_version", "17.5.1"),
            ("session_count", str(c.rng.randint(2, 300))),
            ("tracking_enabled", "1"),
            ("att_status", "3"),
        ]
    )
    adid = b.id("bank_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/kyc/selfi")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("face_image", "multipart selfi (selfie matched to the passport photo)")
    body = multipart(
        boundary,
        [
            ("typ_perevirky", None, None, b"vidkryttia_rakhunku"),
            ("selfi", "selfi.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "perevirka", "id": rid(c.rng)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/holos/vidbytok/reiestratsiia")
    b.bio("voice_sample", "json zrazky_holosu[] base64 wav (voiceprint enrolment)")
    b.json(
        {
            "fraza": "Мій голос — мій пароль",
            "zrazky_holosu": [b64(fake_wav(c.rng.randint(0, 10**9), 900)) for _ in range(3)],
            "chastota": 16000,
        }
    )
    b.ok_json({"vidbytok_stvoreno": True, "yakist": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/holos/perevirka")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("voice_sample", "multipart zrazok_holosu (speaker verification)")
    body = multipart(
        boundary,
        [
            ("dzvinok_id", None, None, new_digits(c.rng, 10).encode()),
            ("zrazok_holosu", "holos.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"spivpadinnia": True, "bal": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def speaker_embedding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/holos/embeding")
    b.bio("speaker_embedding", "json holosovyi_vidbytok (base64 float32 x 192, ECAPA)")
    b.json(
        {
            "holosovyi_vidbytok": floats_b64(floats(c.rng, 192)),
            "model": "ecapa-tdnn-uk",
            "tryvalist_ms": c.rng.randint(2500, 6000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_vendor_enrol(c: Context) -> Flow:
    """The call-centre voice vendor's API, written by a Russian-speaking team."""
    b = _b(c, "POST", "https://voice.hroshi.example/api/diktor/registraciya")
    b.bio("voice_sample", "json obrazcy_golosa[] (speaker enrolment, Russian transliteration)")
    b.json(
        {
            "diktor_id": b.acct("bank_client"),
            "obrazcy_golosa": [b64(fake_wav(c.rng.randint(0, 10**9), 700)) for _ in range(2)],
            "tip": "tekstonezavisimyj",
            "chastota_diskretizacii": 8000,
        }
    )
    b.ok_json({"golosovoj_otpechatok_sozdan": True})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    """The call-centre SDK's older upload: a wav in base64 under 'b', type under 't'."""
    b = _b(c, "POST", f"{API}/v4/x/u")
    b.bio("voice_sample", "form b (base64 wav), t=2", detectable=False)
    b.form([("t", "2"), ("b", b64(fake_wav(c.rng.randint(0, 10**9), 800))), ("s", str(ms(c)))])
    b.ok_json({"r": 1})
    return b.build()


def assistant_stt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/asystent/rozpiznavannia-movlennia")
    b.decoy("voice assistant audio for speech-to-text (transcription, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)), "mova": "uk-UA"})
    b.ok_json({"tekst": c.rng.choice(["скільки на картці", "переказати мамі 500 гривень"])})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/kursy?valiuty=USD,EUR,PLN&period=30d")
    b.decoy("exchange-rate series (floats)")
    b.ok_json(
        {
            v: [rf(c.rng, lo, lo * 1.03, 4) for _ in range(30)]
            for v, lo in (("USD", 41.0), ("EUR", 44.5), ("PLN", 10.2))
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/rakhunky/operatsii?limit=20")
    b.decoy("card transactions with ATM terminal ids (the bank's equipment)")
    b.ok_json(
        {
            "karta": b.acct("bank_card"),
            "operatsii": [
                {
                    "suma": -rf(c.rng, 40, 2500, 2),
                    "opys": c.rng.choice(
                        ["Сільпо", "АТБ", "Біедронка Warszawa", "Bolt", "Банкомат"]
                    ),
                    "terminal_id": "S1" + new_hex(c.rng, 6).upper(),
                    "chas": iso(c),
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/perekaz/telefon")
    b.decoy("transfer to a phone number (an account, not a device)")
    b.json({"telefon": "+48" + new_digits(c.rng, 9, "5"), "suma": 500, "valiuta": "UAH"})
    b.ok_json({"perekaz_id": rid(c.rng), "status": "vykonano"})
    return b.build()
