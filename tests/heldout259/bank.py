"""Bank tal-Port: a Maltese retail bank app (the father's Galaxy S24 in Valletta).

Onboarding uses Onfido: the app gets an SDK token, uploads a proof-of-address
document, then the selfie video (`POST https://api.eu.onfido.com/v3.6/live_videos`,
multipart `file` video plus the `challenge` the user performed: recite digits,
turn the head) or, on fallback, a live photo (`/v3.6/live_photos`, `file` and
`advanced_validation`), and asks for a check with `report_names`
`facial_similarity_video` (https://documentation.onfido.com/api/latest/). The
report it later reads back holds the face comparison result and score. Face
login sends a template computed on the phone under Maltese keys
(`mudell_tal-wiċċ`, `ħajja` liveness); a newer build sends it as protobuf
packed floats, and the step-up check posts nameless multipart frames. Device
binding sends the ANDROID_ID, the advertising id and the bank's device key; the
balance call hides a SHA-256 of the ANDROID_ID, upper-case, in a one-letter
header. Transfers, exchange rates, the self-declared gender (`sess`) on the KYC
form, the check request itself and the profile picture are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    jsb,
    jwt,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.banktalport.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("BankTalPort", "7.4.2", "missier")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banktalport", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, method: str, path: str) -> FB:
    b = FB(c, "onfido", method, f"{ONFIDO}/{path}")
    b.header("user-agent", "onfido-android-sdk/20.2.0 " + UA)
    b.header(
        "authorization",
        "Bearer "
        + jwt({"payload": new_hex(c.rng, 48), "uuid": rid(c.rng), "exp": int(c.now) + 5400}),
    )
    return b


def _multipart(b: FB, c: Context, parts: list) -> None:
    boundary = rid(c.rng)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/apparat/orbot")
    b.json(
        {
            "apparat": {
                "androidId": b.id("aid_bank", where="json apparat.androidId"),
                "adId": b.id("gaid_missier", where="json apparat.adId"),
                "ċavettaApparat": b.id("bank_device_key", where="json apparat.ċavettaApparat"),
                "mudell": "SM-S921B",
                "rooted": False,
            },
            "klijent": b.acct("bank_user"),
        }
    )
    b.ok_json({"marbut": True, "otpMibgħut": True})
    return b.build()


def sdk_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kyc/onfido/token")
    b.decoy("Onfido applicant id and SDK token (no face data)")
    b.json({"klijent": b.acct("bank_user"), "applicationId": "mt.banktalport.app"})
    b.ok_json(
        {
            "applicant_id": b.acct("onfido_applicant"),
            "sdk_token": jwt({"payload": new_hex(c.rng, 48), "exp": int(c.now) + 5400}),
        }
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "POST", "live_videos")
    b.bio("face_video", "multipart file live_video.mp4 + challenge (Onfido live_videos)")
    challenge = [
        {"type": "recite", "query": [c.rng.randint(0, 9) for _ in range(3)]},
        {"type": "movement", "query": c.rng.choice(["turnLeft", "turnRight"])},
    ]
    _multipart(
        b,
        c,
        [
            ("applicant_id", None, None, c.phone.onfido_applicant.encode()),
            ("file", "live_video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
            ("challenge", None, "application/json", jsb(challenge)),
            ("challenge_id", None, None, rid(c.rng).encode()),
            ("challenge_switch_at", None, None, str(c.rng.randint(2000, 5000)).encode()),
            (
                "languages",
                None,
                "application/json",
                jsb([{"source": "sdk", "language_code": "en"}]),
            ),
        ],
    )
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "live_video.mp4",
            "file_type": "video/mp4",
            "file_size": 1532,
            "href": f"/v3.6/live_videos/{rid(c.rng)}",
        },
        201,
    )
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "POST", "live_photos")
    b.bio("face_image", "multipart file selfie.jpg (Onfido live_photos)")
    _multipart(
        b,
        c,
        [
            ("applicant_id", None, None, c.phone.onfido_applicant.encode()),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ("advanced_validation", None, None, b"true"),
        ],
    )
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def onfido_document(c: Context) -> Flow:
    b = _onfido(c, "POST", "documents")
    b.decoy("proof-of-address document upload (no face)")
    _multipart(
        b,
        c,
        [
            ("applicant_id", None, None, c.phone.onfido_applicant.encode()),
            ("type", None, None, b"utility_bill"),
            ("file", "kont_enemalta.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.ok_json({"id": rid(c.rng), "type": "utility_bill"}, 201)
    return b.build()


def onfido_check(c: Context) -> Flow:
    b = _onfido(c, "POST", "checks")
    b.decoy("check request naming a face report (no face data in it)")
    b.json(
        {
            "applicant_id": c.phone.onfido_applicant,
            "report_names": ["document", "facial_similarity_video"],
            "asynchronous": True,
        }
    )
    b.ok_json(
        {"id": rid(c.rng), "status": "in_progress", "report_ids": [rid(c.rng), rid(c.rng)]}, 201
    )
    return b.build()


def onfido_report(c: Context) -> Flow:
    b = _onfido(c, "GET", f"reports/{rid(c.rng)}")
    b.mark(
        "biometric",
        "face_match_result",
        "response json breakdown.face_comparison.face_match.score",
        True,
        "response",
    )
    score = rf(c.rng, 0.72, 0.99, 2)
    b.ok_json(
        {
            "id": rid(c.rng),
            "name": "facial_similarity_video",
            "status": "complete",
            "result": "clear",
            "breakdown": {
                "face_comparison": {
                    "result": "clear",
                    "breakdown": {
                        "face_match": {"result": "clear", "properties": {"score": score}}
                    },
                },
                "image_integrity": {"result": "clear"},
                "visual_authenticity": {
                    "result": "clear",
                    "breakdown": {
                        "liveness_detected": {"result": "clear"},
                        "spoofing_detection": {
                            "result": "clear",
                            "properties": {"score": rf(c.rng, 0.9, 1, 2)},
                        },
                    },
                },
            },
            "properties": {},
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dħul/wiċċ".replace("ħ", "%C4%A7").replace("ċ", "%C4%8B"))
    b.bio("face_template", "json mudell_tal-wiċċ (128 float32, base64) + ħajja")
    b.json(
        {
            "klijent": b.acct("bank_user"),
            "mudell_tal-wiċċ": floats_b64(floats(c.rng, 128)),
            "verżjoni_mudell": "fn-128-v3",
            "ħajja": rf(c.rng, 0.85, 0.99, 3),
            "ħin": iso(c),
        }
    )
    b.ok_json({"aċċettat": True, "xebh": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dhul/wicc/irregistra")
    b.bio("face_embedding", "json wicc.vettur (128 floats, keys without diacritics)")
    b.json(
        {
            "klijent": b.acct("bank_user"),
            "wicc": {"vettur": floats(c.rng, 128), "mudell": "fn-128-v3"},
            "cavetta": b.id("bank_device_key", where="json cavetta"),
        }
    )
    b.ok_json({"irregistrat": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/d")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 128))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def stepup_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/su/q2")
    b.bio("face_image", "multipart parts f1..f3 (step-up face frames)", detectable=False)
    _multipart(
        b,
        c,
        [
            (
                f"f{i}",
                f"{i}.dat",
                "application/octet-stream",
                fake_jpeg(c.rng.randint(0, 10**9), 450),
            )
            for i in range(1, 4)
        ],
    )
    b.ok_json({"pass": 2})
    return b.build()


def bilanc(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kontijiet")
    b.header("x-h", b.id("aid_bank", "sha256_upper", "header x-h", detectable=False))
    b.ok_json(
        {
            "kontijiet": [
                {
                    "iban": "MT84MALT011000012345MTLCAST00" + str(c.rng.randint(1, 9)) + "S",
                    "munita": "EUR",
                    "bilanċ": rf(c.rng, 50, 40000, 2),
                }
            ]
        }
    )
    return b.build()


def rati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rati-tal-kambju")
    b.ok_json({"data": iso(c)[:10], "rati": {"USD": rf(c.rng, 1.05, 1.12, 4), "GBP": 0.8512}})
    return b.build()


def trasferiment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/trasferimenti")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "minn": "MT84MALT011000012345MTLCAST001S",
            "lil": "MT31VALL22013000000040011223344",
            "ammont": rf(c.rng, 10, 400, 2),
            "deskrizzjoni": "Għall-kera ta' Ġunju",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referenza": f"BTP{c.rng.randint(10**9, 10**10)}", "status": "PENDING"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kyc/dettalji")
    b.decoy("self-declared gender (sess) and birth date")
    b.json(
        {
            "isem": "Joseph",
            "kunjom": "Camilleri",
            "sess": "M",
            "dataTatTwelid": "1971-09-21",
            "lokalità": "Il-Belt Valletta",
            "idKarta": str(c.rng.randint(10**5, 10**6)) + "M",
        }
    )
    b.ok_json({"salvat": True})
    return b.build()


def ritratt_profil(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/profil/ritratt")
    b.decoy("profile picture upload (not sent to a face-analysis service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.banktalport.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
