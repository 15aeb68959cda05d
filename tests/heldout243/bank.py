"""Akhtamar Bank: a retail bank app with face login and voice biometrics (the
father's Samsung Galaxy A55 in Yerevan).

Onboarding runs Onfido's selfie KYC: the SDK uploads the selfie to
`/v3.6/live_photos` as multipart (`file`, `advanced_validation`,
`sdk_metadata`; https://documentation.onfido.com/api/latest/#upload-live-photo),
and the ID card's back side to `/v3.6/documents` (`type`, `side`; no face on
it). Face login computes a 512-float face template on the phone and sends it
with a liveness score; a newer build sends it as protobuf packed floats. The
phone-banking voice channel enrols a speaker embedding (192 floats, ECAPA-TDNN
style) with the spoken passphrase and verifies with the embedding alone; one
build posts the embedding base64 float32 under a one-letter key. Paths and keys
are romanised Armenian (`mutq` = login, `demq` = face, `dzayn` = voice,
`sarq` = device, `hashivner` = accounts, `pokhantsum` = transfer). Device
binding sends the ANDROID_ID, the bank's device key and the advertising id.
Exchange rates, transfers, the self-declared sex on the KYC form, the profile
avatar, the ATM map and the branch kiosk's serial (the bank's equipment) are
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
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.akhtamarbank.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("AkhtamarBank", "6.0.4", "hayrik")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "akhtamarbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "hy")
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(rid(c.rng) + rid(c.rng)))
    b.header("x-onfido-sdk-platform", "android")
    b.header("x-onfido-sdk-version", "21.3.0")
    return b


def _meta(c: Context) -> bytes:
    return jsb({"sdk_version": "21.3.0", "os": "Android 14", "device": "SM-A556B"})


def sarq_kapel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sarq/kapel")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_hayrik", where="json advertisingId"),
            "model": "SM-A556B",
            "root": False,
            "emulyator": False,
        }
    )
    b.ok_json({"kapvac": True, "otpUgharkvac": True})
    return b.build()


def onfido_selfie(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    boundary = rid(c.rng)
    parts = [
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ("advanced_validation", None, None, b"true"),
        ("sdk_metadata", None, "application/json", _meta(c)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(
        201,
        "application/json; charset=utf-8",
        jsb({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}),
    )
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back-side image (no face)")
    boundary = rid(c.rng)
    parts = [
        ("type", None, None, b"national_identity_card"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"ARM"),
        ("file", "document_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("sdk_metadata", None, "application/json", _meta(c)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(
        201,
        "application/json; charset=utf-8",
        jsb({"id": rid(c.rng), "type": "national_identity_card", "side": "back"}),
    )
    return b.build()


def demqov_mutq(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/mutq/demq")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "ogtater": b.acct("bank_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "arcface-r100-512",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "zham": iso(c),
        }
    )
    b.ok_json({"chisht": True, "nmanutyun": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def demq_grancel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/mutq/demq/grancel")
    b.bio("face_embedding", "json demq.embedding (512 floats)")
    b.json(
        {
            "ogtater": b.acct("bank_user"),
            "demq": {"embedding": floats(c.rng, 512), "model": "arcface-r100-512"},
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"grancvac": True})
    return b.build()


def demq_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/q")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def dzayn_grancel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dzayn/grancel")
    b.bio("voiceprint", "multipart speakerEmbedding + passphrase audio (voice enrolment)")
    boundary = rid(c.rng)
    meta = {
        "artahaytutyun": "Իմ ձայնն իմ գաղտնաբառն է",
        "speakerEmbedding": floats(c.rng, 192),
        "model": "ecapa-tdnn-192",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("audio", "artahaytutyun.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"dzaynayinProfil": rid(c.rng), "vichak": "GRANCVAC"})
    return b.build()


def dzayn_stugel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dzayn/stugel")
    b.bio("voiceprint", "json voiceEmbedding")
    b.json(
        {
            "voiceEmbedding": floats(c.rng, 192),
            "tevoghutyunMs": c.rng.randint(1500, 5000),
            "zham": iso(c),
        }
    )
    b.ok_json({"hamapatasxan": True, "miavor": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def dzayn_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/dz")
    b.bio("voiceprint", "json v (base64 float32)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def mnacord_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-h' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/hashivner")
    b.header("x-h", b.id("aid_bank", "sha256", "header x-h", detectable=False))
    b.ok_json(
        {
            "hashivner": [
                {
                    "hashiv": "2470" + "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
                    "arzhuyt": "AMD",
                    "mnacord": rf(c.rng, 10000, 9000000, 2),
                }
            ]
        }
    )
    return b.build()


def pokharzheq(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/pokharzheq")
    b.ok_json(
        {
            "amsativ": iso(c)[:10],
            "arzhuytner": {
                "USD": rf(c.rng, 386, 392, 2),
                "EUR": rf(c.rng, 405, 420, 2),
                "RUB": 3.9,
            },
        }
    )
    return b.build()


def pokhantsum(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pokhantsum")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "hashivic": "2470" + "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
            "hashivin": "1570" + "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
            "gumar": rf(c.rng, 5000, 300000, 0),
            "arzhuyt": "AMD",
            "nshum": "Մայրիկին, Գյումրի",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"hghum": f"TRF{c.rng.randint(10**9, 10**10)}", "vichak": "ynthacqum"})
    return b.build()


def kyc_tvyalner(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/tvyalner")
    b.decoy("self-declared sex and birth date")
    b.json(
        {
            "anun": "Արմեն",
            "azganun": "Պետրոսյան",
            "ser": "arakan",
            "tsnndyan_amsativ": "1966-09-21",
            "qaghaq": "Երևան",
            "hanrayin_carayutyan_hamar": str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.ok_json({"pahpanvac": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/nkar")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.akhtamarbank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/hastatel")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"chisht": True})
    return b.build()


def bankomatner(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bankomatner?qaghaq=yerevan")
    b.decoy("ATM coordinates (the bank's machines, not the phone)")
    b.ok_json(
        {
            "bankomatner": [
                {
                    "id": f"ATM-{c.rng.randint(100, 999)}",
                    "hasce": c.rng.choice(["Մաշտոցի 12", "Աբովյան 8", "Կոմիտաս 41"]),
                    "lat": rf(c.rng, 40.15, 40.22, 5),
                    "lon": rf(c.rng, 44.47, 44.55, 5),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def herth_kiosk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/masnachyugh/hert")
    b.decoy("branch queue kiosk serial (the bank's equipment, not the user's device)")
    b.json(
        {
            "masnachyugh": "Kentron-04",
            "tsarayutyun": "vark",
            "kioskSerial": "QK" + str(c.rng.randint(10**7, 10**8)),
            "zham": iso(c),
        }
    )
    b.ok_json({"hertiHamar": f"V{c.rng.randint(10, 99)}", "spasel_rope": c.rng.randint(3, 40)})
    return b.build()
