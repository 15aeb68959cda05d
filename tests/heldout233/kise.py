"""KisePay: a mobile-money wallet like telebirr (the father's Samsung A14 in
Addis Ababa).

Onboarding runs selfie KYC through Innovatrics' Digital Identity Service (DIS):
the app creates a customer (`POST /api/v1/customers`), uploads the Fayda ID's
pages (`PUT .../document/pages`), the selfie (`PUT .../selfie`, body
`{"image": {"data": base64}}`) and passive-liveness selfies
(`POST .../liveness/selfies`, `assertion` NONE), as in the DIS OpenAPI
(https://github.com/innovatrics/dot-digital-identity-service). Login is by
voice: the app reads a PIN phrase aloud, sends a speaker embedding
(`dimts` = voice, `dimts_mekelekeya` = voiceprint) with a liveness score; an
older build sends the embedding as base64 float32 under a one-letter key, and
the face re-check of large transfers goes as protobuf packed floats. Device
binding sends the ANDROID_ID, the wallet's own device key and the advertising
id. Balances, transfers, airtime, merchant QR payments, the self-declared sex
on the KYC form, the document's back page and the agent's POS terminal serial
are ordinary.
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
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.kisepay.example"
DIS = "https://dot.innovatrics.com/identity/api/v1/customers"
UA = ua("KisePay", "4.2.0", "abbaba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kisepay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, DIS + path)
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 32)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/meshiya/asir")
    b.json(
        {
            "silk": b.acct("kise_msisdn"),
            "androidId": b.id("aid_kise", where="json androidId"),
            "meshiyaQulf": b.id("kise_device_key", where="json meshiyaQulf (device key)"),
            "advertisingId": b.id("gaid_abbaba", where="json advertisingId"),
            "modeli": "SM-A145F",
            "rooted": False,
            "emulator": False,
        }
    )
    b.ok_json({"tesasre": True, "otpTelake": True})
    return b.build()


def dis_create(c: Context) -> Flow:
    b = _dis(c, "POST", "")
    b.decoy("DIS customer uuid (a KYC case id, not a device)")
    b.ok_json({"id": rid(c.rng), "links": {"self": "/api/v1/customers/" + rid(c.rng)}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (DIS selfie)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {"confidence": rf(c.rng, 0.8, 0.99, 4)},
            "links": {"self": "/api/v1/customers/x/selfie"},
        }
    )
    return b.build()


def dis_liveness_selfie(c: Context) -> Flow:
    b = _dis(c, "POST", f"/{rid(c.rng)}/liveness/selfies")
    b.bio("face_image", "json image.data (DIS passive liveness selfie)")
    b.json({"image": {"data": _jpeg(c, 600)}, "assertion": "NONE"})
    b.respond(204, None)
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"/{rid(c.rng)}/document/pages")
    b.decoy("ID card back page image (no face)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"], "countries": ["eth"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card"}, "pageType": "back"})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/megbiya/dimts")
    b.bio("voiceprint", "json dimts_mekelekeya (speaker embedding)")
    b.json(
        {
            "silk": b.acct("kise_msisdn"),
            "dimts_mekelekeya": floats(c.rng, 192),
            "model": "ecapa-tdnn-192",
            "hiwotnet": rf(c.rng, 0.7, 0.99, 3),
            "gize": iso(c),
        }
    )
    b.ok_json({"tegenañe": True, "token": new_hex(c.rng, 32)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/megbiya/dimts/memzgeb")
    b.bio("voiceprint", "multipart speakerEmbedding + enrolment audio")
    boundary = rid(c.rng)
    meta = {"speakerEmbedding": floats(c.rng, 192), "hereg": "Kise yene dimts new"}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("audio", "hereg.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"dimtsProfile": rid(c.rng), "huneta": "TEMEZGEBE"})
    return b.build()


def voice_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/m/d")
    b.bio("voiceprint", "json v (base64 float32)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 2, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def face_recheck_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/x")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16)) + pb_varint(2, 1) + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v1/hisab/qeri")
    b.header("x-s", b.id("aid_kise", "sha256", "header x-s", detectable=False))
    b.ok_json({"qeri": rf(c.rng, 50, 90000, 2), "genzeb": "ETB"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/genzeb/lak")
    b.decoy("receiver phone number and transaction number")
    b.json(
        {
            "teqebay": "2519" + str(c.rng.randint(10**7, 10**8 - 1)),
            "mecheen": rf(c.rng, 50, 5000, 2),
            "mekniyat": "Le Emaye - Bahir Dar",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"transactionNo": "CJ" + new_hex(c.rng, 8).upper(), "huneta": "TESAKA"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ayer-gize/gza")
    b.json({"silk": b.acct("kise_msisdn"), "mecheen": c.rng.choice([25, 50, 100]), "t": ms(c)})
    b.ok_json({"tesaka": True, "ref": "AT" + str(c.rng.randint(10**8, 10**9))})
    return b.build()


def merchant_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/nigd/qr-kifya")
    b.decoy("merchant till number and the shop's POS terminal serial (not the user's device)")
    b.json(
        {
            "tillNumber": str(c.rng.randint(100000, 999999)),
            "posTerminalSerial": "PAX-A920-" + str(c.rng.randint(10**7, 10**8)),
            "mecheen": rf(c.rng, 30, 2000, 2),
            "nigd": c.rng.choice(["Tomoca Bole", "Shoa Supermarket", "Kaldi's Coffee"]),
        }
    )
    b.ok_json({"transactionNo": "MQ" + new_hex(c.rng, 8).upper()})
    return b.build()


def agent_cashout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/wekil/wicha")
    b.decoy("agent id and the agent's own device serial (institution equipment)")
    b.json(
        {
            "wekilId": "A" + str(c.rng.randint(10**5, 10**6)),
            "wekilDeviceSerial": "SUNMI-V2-" + new_hex(c.rng, 10).upper(),
            "mecheen": c.rng.choice([500, 1000, 2000]),
        }
    )
    b.ok_json({"code": str(c.rng.randint(100000, 999999)), "yagelegilal": "10m"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/mereja")
    b.decoy("self-declared sex and birth date, Fayda number")
    b.json(
        {
            "sim": "Tesfaye",
            "yeAbat_sim": "Bekele",
            "tsota": "wend",
            "yetewelede": "1966-09-11",
            "ketema": "Addis Ababa",
            "fayda": str(c.rng.randint(10**11, 10**12)),
            "teteqami": b.acct("kise_customer"),
        }
    )
    b.ok_json({"tesebesebe": True})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/otp/arigagt")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"tikikil": True})
    return b.build()
