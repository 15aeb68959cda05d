"""PhatthanaOne: the retail app of a (fictional) Lao development bank, with face
login and selfie KYC (the father's Galaxy A35 in Vientiane).

Keys are romanised Lao mixed with English (`upakon` = device, `lahat` = code,
`phu_sai` = user, `khao_su_labob` = log in, `na` = face, `on_ngoen` = transfer,
`attra_laek_pian` = exchange rate, `phet` = sex). Selfie KYC and face login use
FaceTec through the bank's FaceTec Server proxy: the SDK's `faceScan`,
`auditTrailImage` and `lowQualityAuditTrailImage` (base64) with `sessionId`,
headers `X-Device-Key` and `X-User-Agent`, on `/liveness-3d`, `/enrollment-3d`
and `/match-3d-2d-idscan` (`idScan`, `idScanFrontImage`). A newer build's
quick login sends an on-device face template (protobuf packed floats), and a
fallback liveness step posts frames as nameless multipart parts. Device binding
sends the ANDROID_ID, the bank's device key and the advertising id (its fraud
engine). Exchange rates, transfers, the KYC form's self-declared sex, the
profile avatar and the ID card's back side are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://one.phatthanabank.example"
FT = "https://ekyc.phatthanabank.example/facetec"
UA = ua("PhatthanaOne", "4.2.0", "pho")
DEVICE_KEY = "dXNlLWZhY2V0ZWMta2V5LWxhby0yMDI0"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "phatthanaone", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _ft(c: Context, path: str) -> FB:
    b = FB(c, "facetec", "POST", f"{FT}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-device-key", DEVICE_KEY)
    b.header("x-user-agent", f"facetec|sdk|android|la.phatthana.one|9.7.30|{rid(c.rng)}")
    return b


def _scan(c: Context) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(600)))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upakon/phuk_phan")
    b.json(
        {
            "lahat_upakon": b.id("aid_thanakhan", where="json lahat_upakon"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_pho", where="json advertisingId"),
            "ruen": "SM-A356E",
            "root": False,
            "emulator": False,
        }
    )
    b.ok_json({"phuk_laew": True, "song_otp": True})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = _ft(c, "liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec liveness-3d)")
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 40))})
    return b.build()


def facetec_enrol(c: Context) -> Flow:
    b = _ft(c, "enrollment-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec enrollment-3d)")
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "externalDatabaseRefID": "pto_" + b.acct("bank_user"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def facetec_idscan(c: Context) -> Flow:
    b = _ft(c, "match-3d-2d-idscan")
    b.bio("face_scan", "json faceScan + idScanFrontImage (ID photo match)")
    b.json(
        {
            "externalDatabaseRefID": "pto_" + b.acct("bank_user"),
            "idScan": _scan(c),
            "idScanFrontImage": _jpeg(c, 900),
            "faceScan": _scan(c),
            "sessionId": rid(c.rng),
            "minMatchLevel": 3,
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([4, 5, 6]), "wasProcessed": True})
    return b.build()


def facetec_id_back(c: Context) -> Flow:
    b = _ft(c, "idscan-only")
    b.decoy("ID card back side image (no face): idScanBackImage")
    b.json(
        {
            "externalDatabaseRefID": "pto_" + b.acct("bank_user"),
            "idScan": _scan(c),
            "idScanBackImage": _jpeg(c, 900),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/khao_su_labob/na")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "phu_sai": b.acct("bank_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "template_version": "pto-fr-3",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "vela": iso(c),
        }
    )
    b.ok_json(
        {"thuk_tong": True, "khuam_khlai": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)}
    )
    return b.build()


def face_login_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/kq")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ekyc/k7")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"khan": 4})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; header 'x-h' holds md5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/banxi")
    b.header("x-h", b.id("aid_thanakhan", "md5", "header x-h", detectable=False))
    b.ok_json(
        {
            "banxi": [
                {
                    "lek_banxi": "0101" + "".join(str(c.rng.randint(0, 9)) for _ in range(11)),
                    "sakun_ngoen": "LAK",
                    "nyot_ngoen": rf(c.rng, 10**5, 9 * 10**7, 0),
                }
            ]
        }
    )
    return b.build()


def attra(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/attra_laek_pian")
    b.ok_json(
        {
            "van_thi": iso(c)[:10],
            "attra": {
                "USD": rf(c.rng, 21500, 22100, 0),
                "THB": rf(c.rng, 600, 650, 1),
                "CNY": rf(c.rng, 2950, 3050, 0),
            },
        }
    )
    return b.build()


def on_ngoen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/on_ngoen")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "jak_banxi": "0101" + "".join(str(c.rng.randint(0, 9)) for _ in range(11)),
            "hot_banxi": "0302" + "".join(str(c.rng.randint(0, 9)) for _ in range(11)),
            "jamnuan": rf(c.rng, 50000, 3000000, 0),
            "sakun_ngoen": "LAK",
            "nenam": "ສົ່ງໃຫ້ລູກສາວ ຢູ່ອຸດອນ",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"lahat_ang_ing": f"FT{c.rng.randint(10**10, 10**11)}", "sathana": "SAMLET"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/khomun")
    b.decoy("self-declared sex (phet) and birth date")
    b.json(
        {
            "xue": "ສົມພອນ",
            "nam_sakun": "ວົງສະຫວັນ",
            "phet": "xai",
            "van_koet": "1969-05-21",
            "muang": "ສີສັດຕະນາກ",
            "khweang": "ນະຄອນຫຼວງວຽງຈັນ",
            "bat_pajam_tua": "0" + str(c.rng.randint(10**8, 10**9)),
        }
    )
    b.ok_json({"banthuek": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/hup")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.phatthanabank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/kuat")
    b.json({"lahat": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"thuk_tong": True})
    return b.build()


def qr_jai(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qr/jai")
    b.decoy("merchant QR payload and terminal serial of the shop")
    b.json(
        {
            "qr": "00020101021238670016A00526628466257701082771041802030020314"
            + str(c.rng.randint(10**9, 10**10)),
            "terminal_serial": f"POS-{c.rng.randint(100000, 999999)}",
            "jamnuan": rf(c.rng, 5000, 300000, 0),
            "sakun_ngoen": "LAK",
        }
    )
    b.ok_json({"sathana": "SAMLET", "lahat_ang_ing": f"QR{c.rng.randint(10**9, 10**10)}"})
    return b.build()
