"""Bank Wisła: a Polish bank app with remote account opening by video
verification and a selfie matched against the ID card photo.

The selfie goes as multipart `zdjecie_twarzy` to the bank's face-matching
endpoint; the video-verification step sends the face landmarks and a face
template (`wektor_twarzy`, base64 float32) per frame; the newer SDK build
encrypts its liveness package whole. Device binding sends IMEI and ANDROID_ID
(`urzadzenie`). ID-card OCR boxes, FX price series and BLIK codes are ordinary.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.bankwisla.example"
UA = ua("BankWisla", "6.12.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankwisla", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _landmarks(rng: random.Random, n: int) -> list[list[float]]:
    cx, cy = rng.uniform(280, 360), rng.uniform(200, 280)
    return [[round(cx + rng.gauss(0, 45), 1), round(cy + rng.gauss(0, 55), 1)] for _ in range(n)]


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/onboarding/weryfikacja/selfie")
    b.bio("face_image", "multipart zdjecie_twarzy (selfie to face match)")
    boundary = new_hex(c.rng, 24)
    body = multipart(
        boundary,
        [
            ("wniosek_id", None, None, rid(c.rng).encode()),
            ("zdjecie_twarzy", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("typ_porownania", None, None, b"selfie_vs_dowod"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"zgodnosc": rf(c.rng, 0.8, 0.99), "decyzja": "OK"})
    return b.build()


def video_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/onboarding/wideoweryfikacja/klatki")
    b.bio("face_landmarks", "json klatki[].punkty_twarzy (68 points)")
    b.bio("face_embedding", "json klatki[].wektor_twarzy (base64 float32)")
    b.json(
        {
            "sesja": rid(c.rng),
            "klatki": [
                {
                    "nr": i,
                    "punkty_twarzy": _landmarks(c.rng, 68),
                    "wektor_twarzy": floats_b64(floats(c.rng, 128)),
                    "poza_glowy": {
                        "odchylenie": rf(c.rng, -20, 20, 1),
                        "pochylenie": rf(c.rng, -15, 15, 1),
                    },
                }
                for i in range(2)
            ],
        }
    )
    b.ok_json({"zywotnosc": "w_toku"})
    return b.build()


def liveness_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/onboarding/v2/pkg")
    b.bio("liveness_package", "body p (encrypted liveness package with frames)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(900))), "k": new_hex(c.rng, 32)})
    b.ok_json({"status": "przyjeto"})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/urzadzenie/powiaz")
    b.json(
        {
            "urzadzenie": {
                "imei": b.id("phone_imei", where="json urzadzenie.imei"),
                "androidId": b.id("aid_bank", where="json urzadzenie.androidId"),
                "model": "Xiaomi 2211133G",
                "root": False,
            },
            "klient": c.phone.bank_client,
        }
    )
    b.ok_json({"powiazano": True, "czas": iso(c)})
    return b.build()


def fingerprint_hash(c: Context) -> Flow:
    """The anti-fraud SDK's header: an MD5 of the ANDROID_ID under `x-fp`."""
    b = _b(c, "GET", f"{API}/api/konta/saldo")
    b.header("x-fp", b.id("aid_bank", "md5", where="header x-fp (md5)", detectable=False))
    b.decoy("account balance")
    b.ok_json({"saldo": rf(c.rng, 100, 20000, 2), "waluta": "PLN"})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/onboarding/dowod/ocr")
    b.decoy("ID-card OCR text boxes (document text, not a face)")
    b.json(
        {
            "pola": [
                {
                    "nazwa": n,
                    "ramka": [c.rng.randint(0, 600) for _ in range(4)],
                    "pewnosc": rf(c.rng, 0.8, 1),
                }
                for n in ("nazwisko", "imie", "pesel", "data_waznosci")
            ]
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def fx_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kursy/EURPLN?zakres=1M")
    b.decoy("FX price series")
    b.ok_json({"punkty": [[ms(c) - i * 86_400_000, rf(c.rng, 4.2, 4.4)] for i in range(30)]})
    return b.build()


def blik(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/blik/kod")
    b.decoy("BLIK one-time code")
    b.ok_json({"kod": f"{c.rng.randint(0, 999999):06d}", "wazny_s": 120})
    return b.build()


def voiceprint_enrol(c: Context) -> Flow:
    """Voice biometrics for the hotline: three spoken passphrases build a voiceprint."""
    b = _b(c, "POST", f"{API}/api/biometria-glosowa/wzorzec")
    b.bio("voiceprint", "multipart nagranie (speaker enrolment audio, biometria-glosowa)")
    boundary = new_hex(c.rng, 24)
    body = multipart(
        boundary,
        [
            ("klient", None, None, c.phone.bank_client.encode()),
            ("etap", None, None, str(c.rng.randint(1, 3)).encode()),
            ("nagranie", "fraza.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"wzorzec_glosu": "w_budowie", "pozostalo_nagran": c.rng.randint(0, 2)})
    return b.build()
