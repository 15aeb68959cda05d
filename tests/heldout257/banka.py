"""Lipa banka: a Slovenian retail bank app with selfie onboarding and face
login (the father's Galaxy S23 in Ljubljana).

Onboarding reads the identity card with Microblink's BlinkID cloud API
(`POST api.microblink.com/v1/recognizers/blinkid`, `imageSource` a data URI,
`returnFaceImage` true, so the answer's `result.faceImage` is the holder's
portrait cut from the card), then runs an IDnow-style AutoIdent selfie step:
the selfie goes to the identification's media endpoint and the status answer
carries the face match and liveness results. Face login computes a face
template on the phone (`predlogaObraza`, 512 float32 in base64) and sends it
with the liveness score; enrolment sends the float vector (`obraz.vektor`).
Newer builds send the template as protobuf packed floats, post the liveness
frames as nameless multipart parts, or wrap the template in an AES-GCM
envelope. The app's analytics reports the selfie check's face-analysis
numbers. The document's back side (no face), exchange rates (tečajnica),
transfers, transaction history (`zgodovina`), the KYC form's self-declared
sex, the avatar upload, the certificate pin report and the "biometrics
enabled" flag are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mbanka.lipabanka.example"
IDNOW = "https://gateway.idnow.de/api/v1/lipabanka/identifications"
BLINKID = "https://api.microblink.com/v1/recognizers/blinkid"
UA = ua("LipaBanka", "7.12.0", "oce")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lipabanka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng) + ":" + new_hex(c.rng, 16)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _txn(c: Context) -> str:
    return "LIP-" + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))


def registracija(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/naprava/registracija")
    b.decoy("biometrija: true (a flag, no biometric data)")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "kljucNaprave": b.id("banka_device_key", where="json kljucNaprave (device key)"),
            "model": "SM-S911B",
            "korenski": False,
            "biometrija": True,
            "jezik": "sl",
        }
    )
    b.ok_json({"registrirana": True, "smsPoslan": True})
    return b.build()


def blinkid_front(c: Context) -> Flow:
    b = FB(c, "microblink", "POST", BLINKID)
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 32) + ":" + new_hex(c.rng, 32)))
    b.bio(
        "id_document_portrait",
        "json imageSource (ID card front, holder's portrait inside the image)",
        detectable=False,
    )
    b.json(
        {
            "imageSource": "data:image/jpeg;base64," + _jpeg(c, 900),
            "returnFaceImage": True,
            "returnFullDocumentImage": False,
            "returnSignatureImage": False,
            "anonymizationMode": "FULL_RESULT",
        }
    )
    b.mark(
        "biometric",
        "face_image",
        "response json result.faceImage (portrait cut from the card)",
        True,
        "response",
    )
    b.decoy("executionId uuid, document number")
    b.ok_json(
        {
            "executionId": rid(c.rng),
            "startTime": iso(c),
            "finishTime": iso(c),
            "result": {
                "recognitionStatus": "SUCCESSFUL",
                "firstName": {"latin": "Janez"},
                "lastName": {"latin": "Kovač"},
                "dateOfBirth": {"day": 14, "month": 6, "year": 1969},
                "documentNumber": "IB" + str(c.rng.randint(10**6, 10**7)),
                "faceImage": _jpeg(c, 400),
            },
        }
    )
    return b.build()


def blinkid_back(c: Context) -> Flow:
    b = FB(c, "microblink", "POST", BLINKID)
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 32) + ":" + new_hex(c.rng, 32)))
    b.decoy("ID card back side (MRZ, no face) and its parsed fields")
    b.json(
        {
            "imageSource": "data:image/jpeg;base64," + _jpeg(c, 800),
            "returnFaceImage": False,
            "returnFullDocumentImage": False,
        }
    )
    b.ok_json(
        {
            "executionId": rid(c.rng),
            "result": {
                "recognitionStatus": "SUCCESSFUL",
                "mrzVerified": True,
                "address": "Ljubljana",
            },
        }
    )
    return b.build()


def idnow_selfie(c: Context) -> Flow:
    b = FB(c, "idnow", "POST", f"{IDNOW}/{_txn(c)}/selfie")
    b.header("user-agent", "IDnowSDK/7.4.1 Android")
    b.header("x-api-key", new_hex(c.rng, 40))
    b.bio("face_image", "json selfie.image (selfie JPEG to the ident's selfie step)")
    b.json(
        {
            "selfie": {
                "image": _jpeg(c),
                "format": "JPEG",
                "capturedAt": iso(c),
                "camera": "FRONT",
            },
            "livenessFramesCount": 3,
        }
    )
    b.ok_json({"status": "RECEIVED"})
    return b.build()


def idnow_status(c: Context) -> Flow:
    b = FB(c, "idnow", "GET", f"{IDNOW}/{_txn(c)}")
    b.header("user-agent", "IDnowSDK/7.4.1 Android")
    b.header("x-api-key", new_hex(c.rng, 40))
    b.mark(
        "biometric",
        "face_match_result",
        "response json selfiecheck.facematch score + liveness (face-analysis results)",
        True,
        "response",
    )
    b.ok_json(
        {
            "identificationprocess": {
                "result": "SUCCESS",
                "id": _txn(c),
                "identificationtime": iso(c),
                "type": "AUTOIDENT",
            },
            "selfiecheck": {
                "facematch": {"result": "MATCH", "score": rf(c.rng, 0.82, 0.99, 3)},
                "liveness": {"result": "PASSED", "score": rf(c.rng, 0.9, 0.999, 3)},
                "estimatedAge": c.rng.randint(50, 60),
            },
        }
    )
    return b.build()


def prijava_obraz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/prijava/obraz")
    b.bio("face_template", "json predlogaObraza (512 float32 base64) + zivost")
    b.json(
        {
            "uporabnik": b.acct("banka_user"),
            "predlogaObraza": floats_b64(floats(c.rng, 512)),
            "verzijaModela": "lfr-3.2-512",
            "zivost": rf(c.rng, 0.85, 0.99, 3),
            "čas": iso(c),
        }
    )
    b.ok_json({"uspeh": True, "podobnost": rf(c.rng, 0.8, 0.99, 3), "zeton": new_hex(c.rng, 32)})
    return b.build()


def vpis_obraza(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/obraz/vpis")
    b.bio("face_embedding", "json obraz.vektor (512 floats)")
    b.json(
        {
            "uporabnik": b.acct("banka_user"),
            "obraz": {"vektor": floats(c.rng, 512), "model": "lfr-3.2-512"},
            "kljucNaprave": b.id("banka_device_key", where="json kljucNaprave"),
        }
    )
    b.ok_json({"vpisano": True})
    return b.build()


def prijava_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/p")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 12))
        + pb_bytes(2, b"3.2")
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok") + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/k7")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames, nameless)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"korak": 6})
    return b.build()


def envelope(c: Context) -> Flow:
    """Build 7.12: the face-login request inside an AES-GCM envelope."""
    b = _b(c, "POST", f"{API}/api/v4/e")
    b.bio("face_template", "json ct (AES-GCM ciphertext of the face template)", detectable=False)
    b.json(
        {
            "kid": "k" + str(c.rng.randint(1, 9)),
            "iv": b64(c.rng.randbytes(12)),
            "ct": b64(c.rng.randbytes(2100)),
        }
    )
    b.ok_json({"kid": "k1", "iv": b64(c.rng.randbytes(12)), "ct": b64(c.rng.randbytes(90))})
    return b.build()


def analitika_selfie(c: Context) -> Flow:
    b = FB(c, "lipabanka-analitika", "POST", "https://analitika.lipabanka.example/v1/events")
    b.header("user-agent", UA)
    b.bio("face_analysis", "json params faceMatchScore/livenessScore/headYaw/eyesOpen")
    b.json(
        {
            "seja": rid(c.rng),
            "dogodki": [
                {
                    "name": "onboarding_selfie_checked",
                    "ts": ms(c),
                    "params": {
                        "faceMatchScore": rf(c.rng, 0.82, 0.99, 3),
                        "livenessScore": rf(c.rng, 0.9, 0.999, 3),
                        "headYaw": rf(c.rng, -12, 12, 2),
                        "headPitch": rf(c.rng, -10, 10, 2),
                        "eyesOpen": True,
                        "faceCount": 1,
                    },
                }
            ],
        }
    )
    b.decoy("seja session uuid")
    b.no_content()
    return b.build()


def stanje_opaque(c: Context) -> Flow:
    """Balance call; header 'x-n' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/racuni")
    b.header("x-n", b.id("aid_banka", "sha256", "header x-n", detectable=False))
    b.ok_json(
        {
            "racuni": [
                {
                    "iban": "SI56 "
                    + " ".join(str(c.rng.randint(1000, 9999)) for _ in range(3))
                    + " 123",
                    "valuta": "EUR",
                    "stanje": rf(c.rng, 100, 40000, 2),
                }
            ]
        }
    )
    return b.build()


def tecajnica(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/tecajnica")
    b.ok_json(
        {
            "datum": iso(c)[:10],
            "tecaji": {"USD": rf(c.rng, 1.05, 1.12, 4), "CHF": 0.95, "MKD": 61.5},
        }
    )
    return b.build()


def nakazilo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/nakazila")
    b.decoy("IBANs, payment reference and idempotency key")
    b.json(
        {
            "zRacuna": "SI56" + "".join(str(c.rng.randint(0, 9)) for _ in range(15)),
            "naRacun": "MK07" + "".join(str(c.rng.randint(0, 9)) for _ in range(15)),
            "znesek": rf(c.rng, 20, 400, 2),
            "namen": "Za vnuka v Skopju",
            "referenca": "SI00 " + str(c.rng.randint(10**7, 10**8)),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"status": "V_OBDELAVI", "id": "NK" + str(c.rng.randint(10**9, 10**10))})
    return b.build()


def zgodovina(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/racuni/zgodovina?od=2025-02-01")
    b.decoy("transaction history (zgodovina) with amounts and dates")
    b.ok_json(
        {
            "zgodovina": [
                {"datum": iso(c)[:10], "opis": o, "znesek": -rf(c.rng, 3, 120, 2)}
                for o in ("Mercator", "Petrol", "Zaslon 365 naročnina", "LPP Urbana")
            ]
        }
    )
    return b.build()


def kyc_obrazec(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/podatki")
    b.decoy("self-declared sex and birth date on the KYC form")
    b.json(
        {
            "ime": "Janez",
            "priimek": "Kovač",
            "spol": "M",
            "datumRojstva": "1969-06-14",
            "naslov": "Celovška cesta 1, Ljubljana",
            "davcna": str(c.rng.randint(10**7, 10**8)),
        }
    )
    b.ok_json({"shranjeno": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/slika")
    b.decoy("profile picture upload (not sent to a face service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.lipabanka.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def pin_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/varnost/pin-porocilo")
    b.decoy("certificate fingerprint (sha256 pin), not a biometric fingerprint")
    b.json(
        {
            "gostitelj": "mbanka.lipabanka.example",
            "fingerprint": "sha256/" + b64(c.rng.randbytes(32)),
            "pricakovano": ["sha256/" + b64(c.rng.randbytes(32))],
            "cas": iso(c),
        }
    )
    b.no_content()
    return b.build()
