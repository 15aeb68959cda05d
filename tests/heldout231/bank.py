"""Sahyadri Sahakari Bank: a Maharashtra co-operative bank's app on the
grandfather's Redmi (Android 9) in Nagpur.

Device binding sends the IMEI (readable on Android 9 with READ_PHONE_STATE),
the ANDROID_ID, the advertising id (its fraud engine collects it) and the
bank's own device key. Aadhaar face authentication runs through UIDAI's
AadhaarFaceRD app: the bank app gets back a `PidData` XML (`Resp`,
`DeviceInfo` with `dpId`, `rdsId`, `dc` = the RD registration's device code,
`mi`, `mc`; `Skey`, `Hmac` and the encrypted PID block `Data`) and posts it
with `authType` FACE to its AUA endpoint (UIDAI Face authentication API and
RD service spec). Video-KYC (RBI's V-CIP) takes a liveness selfie to
HyperVerge (`/v2/photo/liveness`, multipart `image`, headers appId / appKey /
transactionId) and a selfie-to-Aadhaar-photo match (`/v1/photo/verifyPair`,
`selfie` and `id` parts); the agent's desk grabs a still of the customer's
face (`chehraPratima`); an older build streams nameless frames. The signature
specimen, the PAN form with a self-declared gender, the agent's own camera
serial and desk id, balance, UPI transfers and IFSC look-ups are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mbank.sahyadribank.example"
HV = "https://ind-faceid.hyperverge.co"
UA = ua("SahyadriBank", "4.2.7", "ajoba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahyadribank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upakaran/bandhan")
    b.json(
        {
            "imei": b.id("imei_ajoba", where="json imei"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "advertisingId": b.id("gaid_ajoba", where="json advertisingId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "model": "Redmi Note 7",
            "rooted": False,
            "simSlot": 1,
        }
    )
    b.ok_json({"bandhanYashasvi": True, "smsPathava": True})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the IMEI."""
    b = _b(c, "GET", f"{API}/api/v2/khate/shillak")
    b.header("x-s", b.id("imei_ajoba", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "khate": [
                {
                    "khateKramank": "XXXXXX" + str(c.rng.randint(1000, 9999)),
                    "prakar": "Bachat",
                    "shillak": rf(c.rng, 1000, 900000, 2),
                }
            ]
        }
    )
    return b.build()


def _pid_data(b: FB, c: Context) -> str:
    dc = b.id("facerd_dc", where="xml PidData/DeviceInfo@dc (Face RD device code)")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<PidData><Resp errCode="0" errInfo="Success" fCount="0" fType="0" iCount="0" '
        'iType="0" pCount="1" pType="0" nmPoints="0" qScore="0"/>'
        f'<DeviceInfo dpId="UIDAI.UIDAI" rdsId="UIDAI.ANDROID.001" rdsVer="0.7.4" dc="{dc}" '
        f'mi="FACE_RD_APP" mc="{b64(new_hex(c.rng, 96))}"/>'
        f'<Skey ci="20250929">{b64(c.rng.randbytes(256))}</Skey>'
        f"<Hmac>{b64(c.rng.randbytes(48))}</Hmac>"
        f'<Data type="X">{b64(c.rng.randbytes(900))}</Data></PidData>'
    )


def aadhaar_face_auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/aadhaar/chehra-pramanikaran")
    b.bio("face_image", "json pidData (UIDAI PidData from AadhaarFaceRD, authType FACE)")
    b.json(
        {
            "grahakId": b.acct("bank_cust"),
            "vid": b.acct("aadhaar_vid"),
            "authType": "FACE",
            "pidData": _pid_data(b, c),
            "txnId": "UKC:" + rid(c.rng),
            "hetu": "khate-punarsakriya",
        }
    )
    b.ok_json({"ret": "y", "authCode": new_hex(c.rng, 32), "pratisad": "यशस्वी"})
    return b.build()


def _hv(c: Context, path: str) -> FB:
    b = FB(c, "hyperverge", "POST", f"{HV}{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("appid", "sahyadri-vkyc")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", "VK" + str(c.rng.randint(10**9, 10**10)))
    return b


def hv_liveness(c: Context) -> Flow:
    b = _hv(c, "/v2/photo/liveness")
    b.bio("face_image", "multipart image to HyperVerge photo liveness")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("image", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("returnUrl", None, None, b"no"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {"details": {"liveFace": {"value": "yes", "confidence": "high"}}},
        }
    )
    return b.build()


def hv_face_match(c: Context) -> Flow:
    b = _hv(c, "/v1/photo/verifyPair")
    b.bio("face_image", "multipart selfie + id photo to HyperVerge face match")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("selfie", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("id", "aadhaar_photo.jpg", "image/jpeg", _jpeg(c, 500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "result": {"match": "yes", "match-score": c.rng.randint(80, 99), "conf": 97},
        }
    )
    return b.build()


def vkyc_snapshot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/vkyc/satra/{rid(c.rng)}/chehra")
    b.bio("face_image", "json chehraPratima (face still, base64 jpeg)")
    b.json(
        {
            "chehraPratima": b64(_jpeg(c)),
            "agentId": "AG" + str(c.rng.randint(1000, 9999)),
            "vel": iso(c),
            "sthan": {"lat": rf(c.rng, 21.1, 21.2, 4), "lon": rf(c.rng, 79.0, 79.1, 4)},
        }
    )
    b.ok_json({"jatan": True})
    return b.build()


def face_template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/q7")
    b.bio("face_template", "json d (base64 float32 vector)", detectable=False)
    b.json({"d": floats_b64(floats(c.rng, 256)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def vkyc_frames_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/vk/f")
    b.bio("face_image", "octet-stream body (video-KYC frame)", detectable=False)
    b.set_body(_jpeg(c, 900), "application/octet-stream")
    b.ok_json({"s": 1})
    return b.build()


def signature_specimen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/vkyc/sahi-namuna")
    b.decoy("signature specimen image (not a face)")
    boundary = rid(c.rng)
    body = multipart(boundary, [("sahi", "sahi.jpg", "image/jpeg", _jpeg(c, 500))])
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"jatan": True})
    return b.build()


def pan_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/mahiti")
    b.decoy("self-declared gender, birth date and PAN")
    b.json(
        {
            "naav": "Vasant Deshpande",
            "ling": "Purush",
            "janmaDinank": "1951-08-15",
            "pan": "ABCPD" + str(c.rng.randint(1000, 9999)) + "K",
            "shahar": "Nagpur",
        }
    )
    b.ok_json({"jatan": True})
    return b.build()


def agent_desk(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/vkyc/agent-uplabdhata")
    b.decoy("the bank agent's desk id and camera serial (institution equipment)")
    b.ok_json(
        {
            "agentDesk": f"NGP-DESK-{c.rng.randint(10, 99)}",
            "agentCameraSerial": "LGT" + new_hex(c.rng, 10).upper(),
            "pratiksha_min": c.rng.randint(1, 15),
        }
    )
    return b.build()


def upi_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upi/pathva")
    b.decoy("UPI transaction reference and VPA")
    b.json(
        {
            "konala": c.rng.choice(
                ["sunita.d@okaxis", "kirana.nagpur@ybl", "rahul.deshpande@oksbi"]
            ),
            "rakkam": rf(c.rng, 50, 5000, 2),
            "sandesh": "Dudh bill",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"utr": str(c.rng.randint(10**11, 10**12)), "sthiti": "YASHASVI"})
    return b.build()


def ifsc(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ifsc/SSBL00{c.rng.randint(1000, 9999)}")
    b.ok_json({"shakha": "Dharampeth, Nagpur", "micr": str(c.rng.randint(10**8, 10**9))})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/tapasa")
    b.json({"otp": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"yogya": True})
    return b.build()
