"""HryvniaBank: a Ukrainian retail bank app with voice biometrics (the father's
Samsung in Kyiv).

Enrolment records three repetitions of the pass phrase and posts them as
multipart parts named `holos_1..3` with a JSON part saying what they are; login
by voice sends one recording base64 under `holosovyiZrazok`; the newer SDK
extracts a 192-float speaker embedding (x-vector) on the phone and posts it
as `holosovyiVidbytok`; the anti-fraud call posts the same embedding as raw
float32 bytes with no field names (opaque). Device binding sends the ANDROID_ID,
the bank's device key and the advertising id; the accounts call carries the
ANDROID_ID base64-encoded in a header named `x-ctx`. Exchange rates, transfers
with IBANs, card statements with the merchant's POS terminal id and the call-
centre callback form are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.hryvniabank.example"
UA = ua("HryvniaBank", "7.4.0", "tato")
FRAZA = "Мій голос підтверджує мою особу"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hryvniabank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _wav(c: Context, size: int = 1200) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), size)


def _iban(c: Context) -> str:
    return "UA" + new_digits(c.rng, 2) + "305299" + new_digits(c.rng, 19)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/prystrii/pryviazka")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_tato", where="json advertisingId"),
            "model": "SM-A556B",
            "rooted": False,
            "emulator": False,
        }
    )
    b.ok_json({"pryviazano": True, "otpNadislano": True})
    return b.build()


def accounts_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rakhunky")
    b.header("x-ctx", b.id("aid_bank", "b64", "header x-ctx", detectable=False))
    b.decoy("IBAN")
    b.ok_json(
        {"rakhunky": [{"iban": _iban(c), "valiuta": "UAH", "zalyshok": rf(c.rng, 1000, 900000, 2)}]}
    )
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/biometriia/holos/reiestratsiia")
    b.bio("voiceprint", "multipart holos_1..3 (pass-phrase recordings for voice enrolment)")
    boundary = rid(c.rng)
    meta = js(
        {
            "typ": "golos-enrolment",
            "fraza": FRAZA,
            "chastota": 16000,
            "korystuvach": b.acct("bank_user"),
        }
    )
    parts = [("meta", None, "application/json", meta.encode())]
    parts += [(f"holos_{i}", f"holos_{i}.wav", "audio/wav", _wav(c)) for i in range(1, 4)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"zareiestrovano": True, "yakist": rf(c.rng, 0.7, 0.98, 2)})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/biometriia/holos/vkhid")
    b.bio("voiceprint", "json holosovyiZrazok (WAV recording for speaker verification)")
    b.json(
        {
            "korystuvach": b.acct("bank_user"),
            "holosovyiZrazok": b64(_wav(c)),
            "format": "wav/pcm16/16k",
            "fraza": FRAZA,
            "chas": iso(c),
        }
    )
    b.ok_json(
        {"verifikovano": True, "otsinka": rf(c.rng, 0.6, 0.99, 3), "token": new_hex(c.rng, 32)}
    )
    return b.build()


def voice_vector(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/biometriia/holos/vkhid")
    b.bio("voiceprint", "json holosovyiVidbytok (192-float speaker embedding)")
    b.json(
        {
            "korystuvach": b.acct("bank_user"),
            "holosovyiVidbytok": floats(c.rng, 192),
            "model": "xvector-192",
            "antyspufinh": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    b.ok_json({"verifikovano": True})
    return b.build()


def antifraud_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v5/af/{ms(c)}")
    b.bio("voiceprint", "raw float32 body (speaker embedding, no field names)", detectable=False)
    b.set_body(struct.pack("<192f", *floats(c.rng, 192)), "application/octet-stream")
    b.ok_json({"r": 0})
    return b.build()


def kurs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kurs-valiut")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "kursy": {"USD": rf(c.rng, 41, 42, 2), "EUR": rf(c.rng, 43, 46, 2), "PLN": 10.3},
        }
    )
    return b.build()


def perekaz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/perekazy")
    b.decoy("IBANs and idempotency key")
    b.json(
        {
            "zIban": _iban(c),
            "naIban": _iban(c),
            "suma": rf(c.rng, 200, 8000, 2),
            "valiuta": "UAH",
            "pryznachennia": "Синові на навчання у Кракові",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referens": f"P{c.rng.randint(10**10, 10**11)}", "status": "V_OBROBTSI"})
    return b.build()


def vypyska(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kartky/vypyska?misiats=2024-12")
    b.decoy("card statement: the merchant's POS terminal ids and masked card number")
    b.ok_json(
        {
            "kartka": "5168 75** **** " + new_digits(c.rng, 4),
            "operatsii": [
                {
                    "merchant": m,
                    "terminalId": "S1" + new_hex(c.rng, 6).upper(),
                    "suma": -rf(c.rng, 30, 2000, 2),
                    "chas": iso(c),
                }
                for m in ("СІЛЬПО", "АТБ", "WOG", "Укрзалізниця")
            ],
        }
    )
    return b.build()


def callback_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pidtrymka/zvorotnyi-dzvinok")
    b.decoy("callback request: phone number typed into a form, preferred time")
    b.json({"telefon": "+38067" + new_digits(c.rng, 7), "chas": "18:00-20:00", "tema": "kartka"})
    b.ok_json({"zaiavka": new_digits(c.rng, 8)})
    return b.build()
