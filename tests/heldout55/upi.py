"""KaasuPay, a UPI payments app (in-house backend api.kaasupay.in) with a
small-business credit line whose KYC runs HyperVerge.

Sources: NPCI UPI linking spec (upi://pay?pa=&pn=&mc=&tr=&am=&cu=INR QR
payloads; 12-digit RRN / UTR references); HyperVerge India liveness and face
match APIs as public integrations call them (POST
https://ind.idv.hyperverge.co/v1/checkLiveness, multipart `image`, headers
appId / appKey / transactionId; /v1/matchFace with `selfie` and `id`). Device
binding: the app sends an SMS with a one-time token from the SIM, then polls;
the token is no device identifier. Key names of the in-house API are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rid, ua

API = "https://api.kaasupay.in"
HV = "https://ind.idv.hyperverge.co/v1"
UA = ua("KaasuPay", "6.14.2")
SHOPS = ["Lakshmi Tiffin Centre", "Sri Murugan Stores", "Anbu Medicals", "Perera Hardware"]


def _b(c: Context, method: str, path: str, host: str = API) -> FB:
    b = FB(c, "kaasupay", method, host + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _txn(c: Context) -> str:
    return "KSP" + new_digits(c.rng, 18)


def qr_parse(c: Context) -> Flow:
    b = _b(c, "POST", "/upi/v3/qr/parse")
    payee = c.rng.choice(SHOPS)
    vpa = payee.lower().replace(" ", "")[:12] + "@oksbi"
    qr = f"upi://pay?pa={vpa}&pn={payee}&mc=5411&tr={new_digits(c.rng, 12)}&cu=INR"
    b.json({"qrString": qr, "scanSource": "CAMERA", "scanMs": c.rng.randint(180, 900)})
    b.ok_json({"payeeName": payee, "verified": True, "mcc": "5411", "qrType": "STATIC"})
    b.decoy("UPI QR payload (payee VPA, merchant code, txn ref) and scan timing, no device id")
    return b.build()


def pay(c: Context) -> Flow:
    b = _b(c, "POST", "/upi/v3/pay")
    amt = f"{c.rng.randint(20, 4800)}.00"
    b.json(
        {
            "txnId": _txn(c),
            "payerVpa": c.phone.vpa,
            "payeeVpa": "anbumedicals@ybl",
            "amount": amt,
            "note": c.rng.choice(["paal", "arisi", "sakkarai", "maruthu", "kadai vaadagai"]),
            "credBlock": {"type": "PIN", "subType": "MPIN", "data": b64(new_hex(c.rng, 96))},
            "initiatedAt": iso(c),
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": new_digits(c.rng, 12), "upiTxnRef": new_hex(c.rng, 32)})
    b.decoy("txn id, 12-digit RRN, NPCI encrypted PIN credential block: payment refs, not ids")
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", "/upi/v3/txn/history")
    b.param("page", str(c.rng.randint(1, 4)))
    b.param("size", "20")
    rows = [
        {
            "utr": new_digits(c.rng, 12),
            "name": c.rng.choice(SHOPS),
            "amt": c.rng.randint(10, 3000),
            "ts": ms(c) - c.rng.randint(1, 900) * 60000,
            "dir": c.rng.choice(["DR", "CR"]),
        }
        for _ in range(8)
    ]
    b.ok_json({"items": rows, "hasMore": True})
    b.decoy("payment history list (UTRs, counterparties): a history, but not viewing history")
    return b.build()


def sms_token(c: Context) -> Flow:
    b = _b(c, "POST", "/onboard/v2/binding/sms-token")
    b.json({"simSlot": c.rng.choice([0, 1]), "carrier": "Jio 4G", "mobileHint": "98XXXXXX21"})
    b.ok_json({"smsText": "KSPBIND " + new_hex(c.rng, 24).upper(), "longCode": "9223166166"})
    b.decoy("device-binding SMS token sent from the SIM: a one-time token, not a device id")
    return b.build()


def binding_status(c: Context) -> Flow:
    b = _b(c, "GET", f"/onboard/v2/binding/status/{new_hex(c.rng, 24).upper()}")
    b.ok_json({"state": c.rng.choice(["PENDING", "VERIFIED"]), "retryAfterMs": 2000})
    b.decoy("binding token in the URL path: a one-time token, not a device id")
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/onboard/v2/device/register")
    b.json(
        {
            "deviceInfo": {
                "deviceId": b.id("aid_upi", where="body.deviceInfo.deviceId"),
                "bindingId": b.id("upi_binding", where="body.deviceInfo.bindingId"),
                "make": "samsung",
                "model": "SM-M346B",
                "osVersion": "14",
                "rooted": False,
            },
            "mobile": c.phone.mobile,
            "appVersion": "6.14.2",
        }
    )
    b.ok_json({"registered": True, "deviceToken": new_hex(c.rng, 48)})
    return b.build()


def hv_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "/checkLiveness", HV)
    b.header("appId", "k4sp7x")
    b.header("appKey", new_hex(c.rng, 20))
    b.header("transactionId", "KSPLOAN" + new_digits(c.rng, 10))
    bnd = "----HV" + new_hex(c.rng, 16)
    body = multipart(
        bnd,
        [
            ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
            ("qualityChecks.eyesClosed", None, None, b"yes"),
            ("qualityChecks.blur", None, None, b"yes"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.image (selfie to HyperVerge checkLiveness)")
    b.ok_json({"status": "success", "result": {"details": {"liveFace": {"value": "yes"}}}})
    return b.build()


def hv_match(c: Context) -> Flow:
    b = _b(c, "POST", "/matchFace", HV)
    b.header("appId", "k4sp7x")
    b.header("transactionId", "KSPLOAN" + new_digits(c.rng, 10))
    bnd = "----HV" + new_hex(c.rng, 16)
    seed = c.rng.getrandbits(32)
    body = multipart(
        bnd,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(seed)),
            ("id", "pan_front.jpg", "image/jpeg", fake_jpeg(seed + 1)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.selfie (face match against ID photo)")
    b.ok_json({"status": "success", "result": {"details": {"match": {"value": "yes"}}}})
    return b.build()


def kyc_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/credit/v1/kyc/sync")
    b.json({"v": 3, "d": b64(bytes(c.rng.getrandbits(8) for _ in range(360))), "k": "kp2"})
    b.bio("face_template", "body.d (AES blob of the selfie capture)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def offers(c: Context) -> Flow:
    b = _b(c, "GET", "/rewards/v1/scratchcards")
    cards = [{"id": new_hex(c.rng, 12), "cashback": c.rng.randint(1, 50)} for _ in range(4)]
    b.ok_json({"cards": cards})
    b.decoy("reward card ids: opaque hex ids that identify offers, not the phone")
    return b.build()
