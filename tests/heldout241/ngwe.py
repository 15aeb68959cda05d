"""ShweNgwe Pay: a Myanmar mobile wallet (in the manner of KBZPay or Wave Money)
on the father's Samsung in Yangon, with face login and selfie KYC.

Onboarding runs Innovatrics' Digital Identity Service (DIS) on its cloud
(`dot.innovatrics.com/identity/api/v1`): the app creates a customer
(`POST /customers`, an `externalId`), puts the NRC card's pages
(`PUT /customers/{uuid}/document/pages`, `image.data` base64, `advice`
page types) and the selfie (`PUT /customers/{uuid}/selfie`, `image.data`
base64), and posts the DOT SDK's MagnifEye liveness content
(`POST /customers/{uuid}/liveness/records`, binary from the SDK) per the DIS
OpenAPI (https://github.com/innovatrics/dot-digital-identity-service). Face
login computes a face template on the phone and sends it with a liveness
score; a newer build sends it as protobuf packed floats and its in-app
liveness step posts nameless multipart frames. Device binding sends the
ANDROID_ID, the wallet's device key and the advertising id (fraud engine).
Paths and keys are romanised Burmese (`ngwe-hlwe` = transfer, `myet-hna` =
face, `win` = log in, `set` = device). Transfers, top-ups, bill pay, QR
merchant pay, the NRC number and self-declared gender on the KYC form, the
NRC back page (no face) and the profile picture are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.shwengwepay.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
UA = ua("ShweNgwePay", "4.12.0", "phay")
NRC_TOWNSHIPS = ["ဒဂုန", "ကမရ", "ဗဟန", "လမန", "သကတ"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "shwengwepay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 48)))
    return b


def _nrc(c: Context) -> str:
    return f"12/{c.rng.choice(NRC_TOWNSHIPS)}(နိုင်)" + str(c.rng.randint(100000, 999999))


def set_chain(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/set/chait-hset")
    b.json(
        {
            "androidId": b.id("aid_ngwe", where="json androidId"),
            "deviceKey": b.id("ngwe_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_phay", where="json advertisingId"),
            "model": "SM-A356E",
            "rooted": False,
            "emulator": False,
            "phone": b.acct("ngwe_phone"),
        }
    )
    b.ok_json({"chait_pi": True, "otp_poh_pi": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    b.decoy("customer uuid / externalId (account, not device)")
    b.json({"externalId": b.acct("ngwe_user")})
    cid = rid(c.rng)
    b.ok_json({"id": cid, "links": {"self": f"/api/v1/customers/{cid}"}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (DIS customer selfie)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 0.99, 3),
                "faceRectangle": {
                    "topLeft": {"x": 0.31, "y": 0.22},
                    "bottomRight": {"x": 0.69, "y": 0.71},
                },
            },
            "links": {"self": "/selfie"},
        }
    )
    return b.build()


def dis_liveness_record(c: Context) -> Flow:
    cid = rid(c.rng)
    b = _dis(c, "POST", f"customers/{cid}/liveness/records")
    b.bio("face_image", "body: DOT SDK MagnifEye liveness content (path liveness/records)")
    b.set_body(b"DOT\x02" + fake_jpeg(c.rng.randint(0, 10**9), 800), "application/octet-stream")
    b.ok_json({"links": {"selfie": f"/api/v1/customers/{cid}/selfie"}})
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/document/pages")
    b.decoy("NRC back page image (no face)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"], "countries": ["MMR"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card", "country": "MMR"}, "pageType": "back"})
    return b.build()


def myet_hna_win(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/win/myet-hna")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "user": b.acct("ngwe_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "dot-face-7",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "achein": iso(c),
        }
    )
    b.ok_json({"hman": True, "similarity": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def myet_hna_hmat_poun_tin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/win/myet-hna/hmat-poun-tin")
    b.bio("face_embedding", "json myet_hna.embedding (512 floats)")
    b.json(
        {
            "user": b.acct("ngwe_user"),
            "myet_hna": {"embedding": floats(c.rng, 512), "model": "dot-face-7"},
            "deviceKey": b.id("ngwe_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"hmat_pi": True})
    return b.build()


def myet_hna_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/w")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/o/s4")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"step": 5})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-h' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v1/lat-kyan-ngwe")
    b.header("x-h", b.id("aid_ngwe", "sha256", "header x-h", detectable=False))
    b.ok_json({"lat_kyan": rf(c.rng, 5000, 3_000_000, 0), "currency": "MMK"})
    return b.build()


def ngwe_hlwe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ngwe-hlwe")
    b.decoy("phone numbers, amount and transaction reference")
    b.json(
        {
            "from": b.acct("ngwe_phone"),
            "to": "+959" + str(c.rng.randint(700000000, 799999999)),
            "amount": c.rng.choice([5000, 10000, 30000, 50000, 100000]),
            "currency": "MMK",
            "note": "အမေ့ဆေးဖိုး",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"txnId": f"SN{c.rng.randint(10**11, 10**12)}", "status": "SUCCESS"})
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/phone-bill/topup")
    b.json(
        {
            "operator": c.rng.choice(["MPT", "ATOM", "Ooredoo", "Mytel"]),
            "msisdn": "09" + str(c.rng.randint(400000000, 799999999)),
            "amount": c.rng.choice([1000, 3000, 5000]),
        }
    )
    b.ok_json({"orderNo": f"TP{c.rng.randint(10**9, 10**10)}", "status": "OK"})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qr/pay")
    b.decoy("merchant terminal id and QR payload (the shop's equipment)")
    b.json(
        {
            "qr": "000201010212" + new_hex(c.rng, 24).upper(),
            "merchantId": f"M{c.rng.randint(10**8, 10**9)}",
            "terminalSn": f"POS-{new_hex(c.rng, 8).upper()}",
            "amount": c.rng.choice([2500, 4800, 12000]),
        }
    )
    b.ok_json({"txnId": f"QR{c.rng.randint(10**11, 10**12)}"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/ah-chet-ah-lat")
    b.decoy("self-declared gender, birth date and NRC number")
    b.json(
        {
            "amae": "ဦးအောင်ကျော်",
            "lain": "kyar",
            "mwe_nay": "1966-07-21",
            "nrc": _nrc(c),
            "myo_ne": "ဗဟန်း",
        }
    )
    b.ok_json({"thein_pi": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/profile/photo")
    b.decoy("profile picture upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.shwengwepay.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/otp/verify")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"hman": True})
    return b.build()
