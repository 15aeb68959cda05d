"""Owó Àṣẹ: a Nigerian fintech bank app with selfie BVN verification and voice
login (the father's Samsung in Lagos).

Onboarding checks the customer's BVN with a selfie through Dojah's BVN selfie
verification (`POST https://api.dojah.io/api/v1/kyc/bvn/verify`, JSON `bvn`
and `selfie_image` base64, headers `AppId` and `Authorization`; the response's
`selfie_verification` holds `confidence_value` and `match`). Voice login
records a short passphrase ("Owó mi, ohùn mi") and sends a speaker embedding
(`ohun.embedding`, 192 floats, x-vector style) with the audio's liveness score;
enrolment uploads the passphrase audio itself. A newer build sends the voice
embedding as protobuf packed floats; the in-app liveness step sends selfie
frames as nameless multipart parts. Device binding sends the ANDROID_ID, the
bank's device key and the advertising id (the fraud engine collects it). The
BVN record lookup without a selfie, transfers, the self-declared gender, the
NIN slip's back and the profile avatar (not sent to a face API), and the
spoken prompt the app downloads (a recorded voice, not the customer's) are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.owoase.example"
DOJAH = "https://api.dojah.io/api/v1"
UA = ua("OwoAse", "4.2.0", "baba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "owoase", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _dojah(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dojah", method, f"{DOJAH}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("appid", "6571" + new_hex(c.rng, 20))
    b.header("authorization", "prod_sk_" + new_hex(c.rng, 24))
    return b


def _bvn(c: Context) -> str:
    return "222" + "".join(str(c.rng.randint(0, 9)) for _ in range(8))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ero/so-po")
    b.json(
        {
            "androidId": b.id("aid_owo", where="json androidId"),
            "deviceKey": b.id("owo_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_baba", where="json advertisingId"),
            "awose": "SM-A546E",
            "ti_fo": False,
            "emulator": False,
        }
    )
    b.ok_json({"ti_so_po": True, "otp_ti_lo": True})
    return b.build()


def dojah_bvn_selfie(c: Context) -> Flow:
    b = _dojah(c, "POST", "kyc/bvn/verify")
    b.bio("face_image", "json selfie_image (Dojah BVN selfie verification)")
    b.json({"bvn": _bvn(c), "selfie_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))})
    b.ok_json(
        {
            "entity": {
                "bvn": {"value": "222*******", "status": True},
                "first_name": {"confidence_value": 100, "status": True},
                "selfie_verification": {
                    "confidence_value": rf(c.rng, 90, 99.9, 2),
                    "match": True,
                },
            }
        }
    )
    return b.build()


def dojah_bvn_lookup(c: Context) -> Flow:
    b = _dojah(c, "GET", f"kyc/bvn/full?bvn={_bvn(c)}")
    b.decoy("BVN record lookup without a selfie (names, birth date)")
    b.ok_json(
        {
            "entity": {
                "first_name": "ADEBAYO",
                "last_name": "OLADIPO",
                "gender": "Male",
                "date_of_birth": "1965-07-21",
                "phone_number1": "0803" + "".join(str(c.rng.randint(0, 9)) for _ in range(7)),
            }
        }
    )
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/wole/ohun")
    b.bio("voiceprint", "json ohun.embedding (192-float speaker embedding)")
    b.json(
        {
            "olumulo": b.acct("owo_user"),
            "ohun": {"embedding": floats(c.rng, 192), "awose": "ecapa-xvector-192"},
            "liveness": rf(c.rng, 0.8, 0.99, 3),
            "gbolohun": "Owó mi, ohùn mi",
            "igba": iso(c),
        }
    )
    b.ok_json({"o_ba_mu": True, "ijora": rf(c.rng, 0.8, 0.98, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def voice_login_b64(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/wole/ohun/v2")
    b.bio("voiceprint", "json voiceprint (float32 base64)")
    b.json(
        {
            "olumulo": b.acct("owo_user"),
            "voiceprint": floats_b64(floats(c.rng, 192)),
            "voiceprintVersion": "ecapa-192",
            "t": ms(c),
        }
    )
    b.ok_json({"o_ba_mu": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ohun/forukosile")
    b.bio("voice_sample", "json ayẹwo_ohun (passphrase audio for speaker enrolment)")
    b.json(
        {
            "olumulo": b.acct("owo_user"),
            "idi": "speaker_verification_enrolment",
            "ayẹwo_ohun": b64(fake_wav(c.rng.randint(0, 10**9), 1200)),
            "ona": "audio/wav;rate=16000",
            "deviceKey": b.id("owo_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"ti_forukosile": True})
    return b.build()


def voice_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/w")
    b.bio("voiceprint", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 192))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/k2")
    b.bio("face_image", "multipart parts p1..p3 (selfie liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"igbese": 4})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-e' holds md5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/akoole")
    b.header("x-e", b.id("aid_owo", "md5", "header x-e", detectable=False))
    b.ok_json(
        {
            "akoole": [
                {
                    "nomba": "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
                    "owo": "NGN",
                    "iye": rf(c.rng, 1000, 2_000_000, 2),
                }
            ]
        }
    )
    return b.build()


def osuwon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/osuwon-pasipaaro")
    b.ok_json({"ojo": iso(c)[:10], "oṣuwọn": {"USD": rf(c.rng, 1450, 1650, 2), "GBP": 1985.4}})
    return b.build()


def fi_ranse(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fi-ranse")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "lati": "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
            "si": "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
            "banki": "058",
            "iye": rf(c.rng, 2000, 150000, 2),
            "apejuwe": "Owó ilé-ìwé Tọ́lá",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"itọkasi": f"NIP{c.rng.randint(10**14, 10**15)}", "ipo": "N_LO"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/alaye")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "oruko": "Adébáyọ̀",
            "oruko_idile": "Ọládipọ̀",
            "ako_tabi_abo": "ako",
            "ojo_ibi": "1965-07-21",
            "ilu": "Èkó",
            "nin": "".join(str(c.rng.randint(0, 9)) for _ in range(11)),
        }
    )
    b.ok_json({"ti_fipamọ": True})
    return b.build()


def nin_slip_back(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/iwe-eyin")
    b.decoy("NIN slip back-side image (no face)")
    b.json({"iru": "nin_slip_back", "aworan": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))})
    b.ok_json({"ti_gba": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profaili/aworan")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.owoase.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def voice_prompt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ohun-itoni/wole_yo.wav")
    b.decoy("the app's recorded voice prompt (not the customer's voice)")
    b.respond(200, "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/otp/jerisi")
    b.json({"koodu": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"o_to": True})
    return b.build()
