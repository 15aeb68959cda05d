"""VolaMora: a mobile-money wallet (the mother's Tecno Camon 12, Android 9, in Toamasina).

Keys mix French and Malagasy (`fandefasana` = sending, `tarehy` = face,
`fidirana` = login, `fitaovana` = device). On Android 9 the app still reads the
IMEI with READ_PHONE_STATE, and device binding sends it with the ANDROID_ID,
the advertising id and the wallet's own device key. Onboarding runs Smile ID
SmartSelfie enrolment: the SDK posts multipart/form-data to
`api.smileidentity.com/v2/smart-selfie-enroll` with a `selfie_image` part and
several `liveness_images` parts (JPEG), `user_id`, `partner_params` and
`metadata`, signed with the SmileID-Partner-ID / SmileID-Request-Signature /
SmileID-Timestamp headers; later re-checks go to
`/v2/smart-selfie-authentication` the same way. Face login computes a 128-float
face vector on the phone; a newer build packs it as protobuf floats, and a
"secure" build sends it AES-encrypted in a nameless field. Balances, transfers,
merchant payments (the shop's terminal id), the KYC form's self-declared sex,
the Smile ID job status and the profile picture are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.volamora.example"
SMILE = "https://api.smileidentity.com"
UA = ua("VolaMora", "4.2.0", "neny")
PARTNER = "2417"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "volamora", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/fitaovana/fampifandraisana")
    b.json(
        {
            "imei": b.id("imei_neny", where="json imei"),
            "androidId": b.id("aid_vola", where="json androidId"),
            "advertisingId": b.id("gaid_neny", where="json advertisingId"),
            "deviceKey": b.id("vola_device_key", where="json deviceKey"),
            "modele": "TECNO CC7",
            "root": False,
            "numero": b.acct("vola_msisdn"),
        }
    )
    b.ok_json({"lie": True, "otpEnvoye": True})
    return b.build()


def _smile(c: Context, path: str) -> FB:
    b = FB(c, "smile-id", "POST", f"{SMILE}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", PARTNER)
    b.header("smileid-request-signature", b64(bytes(c.rng.getrandbits(8) for _ in range(32))))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.4")
    return b


def _selfie_parts(
    c: Context, user: str, job_type: int
) -> list[tuple[str, str | None, str | None, bytes]]:
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "si_selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900))
    ]
    for i in range(c.rng.randint(3, 5)):
        parts.append(
            (
                "liveness_images",
                f"si_liveness_{i}.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9), 300),
            )
        )
    parts += [
        ("user_id", None, None, user.encode()),
        (
            "partner_params",
            None,
            "application/json",
            js({"job_id": "job-" + rid(c.rng), "job_type": str(job_type)}).encode(),
        ),
        (
            "metadata",
            None,
            "application/json",
            js(
                [
                    {"name": "sdk", "value": "android"},
                    {"name": "sdk_version", "value": "10.3.4"},
                    {"name": "active_liveness_type", "value": "smile"},
                    {"name": "camera_name", "value": "Front Camera"},
                ]
            ).encode(),
        ),
    ]
    return parts


def smile_enroll(c: Context) -> Flow:
    b = _smile(c, "v2/smart-selfie-enroll")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    body = multipart(boundary, _selfie_parts(c, b.acct("vola_user"), 4))
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"code": "2200", "status": "approved", "job_id": rid(c.rng), "message": "Enroll User"}
    )
    return b.build()


def smile_auth(c: Context) -> Flow:
    b = _smile(c, "v2/smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID authentication)")
    boundary = rid(c.rng)
    body = multipart(boundary, _selfie_parts(c, b.acct("vola_user"), 2))
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"code": "0820", "status": "approved", "job_id": rid(c.rng), "message": "Authenticated"}
    )
    return b.build()


def smile_job_status(c: Context) -> Flow:
    b = _smile(c, "v1/job_status")
    b.decoy("job status: result codes and a link name 'selfie_image' (no image)")
    b.json(
        {
            "partner_id": PARTNER,
            "job_id": "job-" + rid(c.rng),
            "user_id": b.acct("vola_user"),
            "include_image_links": False,
            "include_history": False,
            "timestamp": iso(c),
        }
    )
    b.ok_json(
        {
            "job_complete": True,
            "job_success": True,
            "code": "2302",
            "result": {"ResultCode": "0810", "ResultText": "Enroll User", "ConfidenceValue": "99"},
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/fidirana/tarehy")
    b.bio("face_embedding", "json vecteurVisage (128 floats) + scoreVivacite")
    b.json(
        {
            "utilisateur": b.acct("vola_user"),
            "vecteurVisage": floats(c.rng, 128),
            "modele": "mfn-128-v2",
            "scoreVivacite": rf(c.rng, 0.86, 0.99, 3),
            "fotoana": iso(c),
        }
    )
    b.ok_json({"marina": True, "similarite": rf(c.rng, 0.8, 0.99, 3), "jeton": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/tarehy/fisoratana")
    b.bio("face_template", "json tarehy.template (base64 float32) ")
    b.json(
        {
            "utilisateur": b.acct("vola_user"),
            "tarehy": {"template": floats_b64(floats(c.rng, 128)), "modele": "mfn-128-v2"},
            "deviceKey": b.id("vola_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"voasoratra": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/f")
    b.bio("face_embedding", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 128))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def face_login_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/s")
    b.bio("face_embedding", "json d (AES-GCM blob of the face vector)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(128 * 4 + 28))
    b.json({"d": b64(blob), "k": 3})
    b.ok_json({"r": 1})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-h' holds SHA-1 of the IMEI."""
    b = _b(c, "GET", f"{API}/api/v2/kaonty/solde")
    b.header("x-h", b.id("imei_neny", "sha1", "header x-h", detectable=False))
    b.ok_json({"solde": rf(c.rng, 1000, 900000, 0), "vola": "MGA", "daty": iso(c)})
    return b.build()


def fandefasana(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/fandefasana")
    b.decoy("recipient number and transaction reference")
    b.json(
        {
            "mpandray": "+26132" + "".join(str(c.rng.randint(0, 9)) for _ in range(7)),
            "montant": c.rng.choice([5000, 10000, 20000, 50000]),
            "vola": "MGA",
            "antony": "Ho an'i Naina any Paris",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"MP{c.rng.randint(10**9, 10**10)}", "statut": "EN_COURS"})
    return b.build()


def paiement_marchand(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/paiement/marchand")
    b.decoy("the shop's POS terminal id and serial (not the user's device)")
    b.json(
        {
            "marchand": "Epicerie Tamatave Bazary Be",
            "terminalId": "TPE-" + new_hex(c.rng, 8).upper(),
            "numeroSerieTerminal": "PAX" + new_hex(c.rng, 10).upper(),
            "montant": c.rng.randint(1000, 80000),
            "vola": "MGA",
        }
    )
    b.ok_json({"reference": f"PM{c.rng.randint(10**8, 10**9)}", "statut": "OK"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/informations")
    b.decoy("self-declared sex and birth date, national id number")
    b.json(
        {
            "anarana": "Rasoanirina",
            "fanampiny": "Hanitra",
            "sexe": "F",
            "dateNaissance": "1971-06-02",
            "tanana": "Toamasina",
            "cin": "501" + "".join(str(c.rng.randint(0, 9)) for _ in range(9)),
        }
    )
    b.ok_json({"voaray": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/sary")
    b.decoy("profile picture upload (not sent to a face-analysis service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.volamora.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/hamarino")
    b.json({"kaody": str(c.rng.randint(100000, 999999)), "numero": b.acct("vola_msisdn")})
    b.ok_json({"marina": True})
    return b.build()


def taux(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/taux-change")
    b.ok_json({"EUR": rf(c.rng, 4900, 5100, 0), "USD": rf(c.rng, 4500, 4700, 0), "daty": iso(c)})
    return b.build()
