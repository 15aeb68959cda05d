"""Banka Sava m-banking: a retail bank app with selfie onboarding and face login
(the father's Galaxy S23 in Belgrade).

Onboarding runs on two real vendors' APIs:

* Microblink BlinkID (cloud API, `POST /v1/recognizers/blinkid`, body
  `imageSource` as a data URI and `returnFaceImage`): for the front of the
  Serbian ID card it asks for the portrait, which comes back as `faceImage`;
  the back side (MRZ) is scanned without it;
* Innovatrics DIS (Digital Identity Service, `/identity/api/v1/customers/{id}`):
  `PUT .../selfie` and `POST .../liveness/selfies` with `image.data`; `POST
  .../inspect` answers with a `selfieInspection` (age and gender estimates,
  similarity with the document portrait); the Faces API (`POST /faces`, `GET
  /faces/{id}/face-template`, `GET /faces/{id}/crop`) gives the template the
  bank stores for face login.

Face login sends the on-device template (`sablonLica`, 128 float32, base64);
a newer build encrypts it client-side into an opaque `p` blob, and the video
liveness step uploads its clip as a nameless multipart part. Device binding
sends the ANDROID_ID, the bank's device key and the advertising id; balance
calls carry a SHA-1 of the ANDROID_ID in a header named `x-s`. Fingerprint
login (the phone's BiometricPrompt says yes or no; no fingerprint leaves the
phone), the TLS pin fingerprints, the transaction history, rates, transfers
and a photographed paper bill are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mbank.bankasava.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
BLINK = "https://api.microblink.com/v1/recognizers/blinkid"
UA = ua("SavaMbank", "7.4.2", "tata")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankasava", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64("sava_prod:" + new_hex(c.rng, 24)))
    return b


def _blink(c: Context) -> FB:
    b = FB(c, "microblink", "POST", BLINK)
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/uredjaj/vezivanje")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "kljucUredjaja": b.id("banka_device_key", where="json kljucUredjaja"),
            "reklamniId": b.id("gaid_tata", where="json reklamniId (advertising id)"),
            "model": "SM-S911B",
            "root": False,
            "emulator": False,
            "buildFingerprint": (
                "samsung/dm1qxeea/dm1q:14/UP1A.231005.007/S911BXXS3BWK5:user/release-keys"
            ),
        }
    )
    b.decoy("Build.FINGERPRINT (an OS build string, not a fingerprint)")
    b.ok_json({"vezan": True, "otpPoslat": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    cid = rid(c.rng)
    b.ok_json({"id": cid, "links": {"self": f"/identity/api/v1/customers/{cid}"}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (DIS customer selfie)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.7, 0.99, 4),
                "faceRectangle": {
                    "topLeft": {"x": rf(c.rng, 0.2, 0.3), "y": rf(c.rng, 0.2, 0.3)},
                    "bottomRight": {"x": rf(c.rng, 0.7, 0.8), "y": rf(c.rng, 0.7, 0.8)},
                },
            },
            "links": {"self": "/identity/api/v1/customers/x/selfie"},
        }
    )
    return b.build()


def dis_liveness_selfie(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/liveness/selfies")
    b.bio("face_image", "json image.data (passive liveness selfie)")
    b.json({"image": {"data": _jpeg(c, 600)}, "assertion": "NONE"})
    b.ok_json({"links": {"self": "/identity/api/v1/customers/x/liveness"}})
    return b.build()


def dis_inspect(c: Context) -> Flow:
    b = _dis(c, "POST", f"customers/{rid(c.rng)}/inspect")
    b.bio_response(
        "face_analysis", "response json selfieInspection (age / gender estimate, similarity)"
    )
    b.ok_json(
        {
            "selfieInspection": {
                "similarityWith": {"documentPortrait": True, "livenessSelfies": True},
                "genderEstimate": "M",
                "genderConsistency": {"documentPortrait": True},
                "ageEstimate": c.rng.randint(52, 60),
                "ageDifferenceWith": {"documentPortrait": c.rng.randint(0, 6)},
                "hasMask": False,
            },
            "security": {"videoInjection": {"detected": False}},
        }
    )
    return b.build()


def dis_face_template(c: Context) -> Flow:
    b = _dis(c, "GET", f"faces/{rid(c.rng)}/face-template")
    b.bio_response("face_template", "response json data (DIS face-template)")
    b.ok_json({"data": floats_b64(floats(c.rng, 128)), "version": "1.40"})
    return b.build()


def dis_face_crop(c: Context) -> Flow:
    b = _dis(c, "GET", f"faces/{rid(c.rng)}/crop")
    b.bio_response("face_image", "response json data (DIS face crop)")
    b.ok_json({"data": _jpeg(c, 500)})
    return b.build()


def blinkid_front(c: Context) -> Flow:
    b = _blink(c)
    b.bio_response("face_image", "response json result.faceImage (ID portrait)")
    b.json(
        {
            "returnFullDocumentImage": False,
            "returnFaceImage": True,
            "returnSignatureImage": False,
            "anonymizationMode": "FULL_RESULT",
            "imageSource": "data:image/jpeg;base64," + _jpeg(c, 900),
        }
    )
    b.ok_json(
        {
            "executionId": rid(c.rng),
            "finishTime": iso(c),
            "result": {
                "recognitionStatus": "SUCCESSFUL",
                "firstName": "Dragan",
                "lastName": "Petrović",
                "documentNumber": str(c.rng.randint(10**8, 10**9)),
                "dateOfBirth": {"day": 14, "month": 5, "year": 1968},
                "faceImage": _jpeg(c, 500),
            },
        }
    )
    return b.build()


def blinkid_back(c: Context) -> Flow:
    b = _blink(c)
    b.decoy("ID card back side (MRZ), no face image requested or returned")
    b.json(
        {
            "returnFullDocumentImage": False,
            "returnFaceImage": False,
            "returnSignatureImage": False,
            "imageSource": "data:image/jpeg;base64," + _jpeg(c, 800),
        }
    )
    b.ok_json(
        {
            "executionId": rid(c.rng),
            "result": {
                "recognitionStatus": "SUCCESSFUL",
                "mrzResult": {"documentCode": "ID", "issuer": "SRB", "sex": "M"},
            },
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/prijava/lice")
    b.bio("face_template", "json sablonLica (128 float32, base64) + zivost")
    b.json(
        {
            "korisnik": b.acct("banka_user"),
            "sablonLica": floats_b64(floats(c.rng, 128)),
            "verzijaSablona": "dis-1.40",
            "zivost": rf(c.rng, 0.85, 0.99, 3),
            "vreme": iso(c),
        }
    )
    b.ok_json({"uspeh": True, "slicnost": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/p/x")
    b.bio("face_template", "json p (client-side encrypted template blob)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(560))
    b.json({"v": 2, "k": c.rng.randint(1, 9), "p": b64(blob), "t": ms(c)})
    b.ok_json({"r": 0, "s": new_hex(c.rng, 32)})
    return b.build()


def liveness_video(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/k3")
    b.bio("face_video", "multipart part f (liveness clip)", detectable=False)
    boundary = rid(c.rng)
    data = fake_mp4(c.rng.randint(0, 10**9), 900)
    b.set_body(
        multipart(
            boundary, [("f", "0.bin", "application/octet-stream", data), ("n", None, None, b"1")]
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"korak": 6})
    return b.build()


def fingerprint_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/prijava/biometrija")
    b.decoy("fingerprint login outcome (otisak prsta) from BiometricPrompt, no biometric data")
    b.json(
        {
            "korisnik": b.acct("banka_user"),
            "metoda": "otisak_prsta",
            "uspesno": True,
            "potpis": b64(bytes(c.rng.getrandbits(8) for _ in range(64))),
            "izazov": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "vaziDo": iso(c)})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/racuni")
    b.header("x-s", b.id("aid_banka", "sha1", "header x-s", detectable=False))
    b.ok_json(
        {
            "racuni": [
                {
                    "broj": f"355-{c.rng.randint(10**9, 10**10)}-{c.rng.randint(10, 99)}",
                    "valuta": "RSD",
                    "stanje": rf(c.rng, 1000, 900000, 2),
                }
            ]
        }
    )
    return b.build()


def istorija_transakcija(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/racuni/istorija?od=2024-11-01")
    b.decoy("transaction history (istorija), not viewing history")
    b.ok_json(
        {
            "istorija": [
                {
                    "datum": iso(c)[:10],
                    "opis": c.rng.choice(["Maxi Beograd", "NIS Petrol", "Telekom Srbija", "EPS"]),
                    "iznos": -rf(c.rng, 200, 12000, 2),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def kursna_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kursna-lista")
    b.ok_json(
        {"datum": iso(c)[:10], "EUR": rf(c.rng, 116.9, 117.3, 4), "USD": rf(c.rng, 105, 112, 4)}
    )
    return b.build()


def prenos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/placanja/prenos")
    b.decoy("payment with account numbers and reference")
    b.json(
        {
            "saRacuna": f"355-{c.rng.randint(10**9, 10**10)}-{c.rng.randint(10, 99)}",
            "naRacun": f"160-{c.rng.randint(10**9, 10**10)}-{c.rng.randint(10, 99)}",
            "iznos": rf(c.rng, 500, 30000, 2),
            "svrha": "Za Nikolu u Beču",
            "pozivNaBroj": str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.ok_json({"referenca": f"SV{c.rng.randint(10**9, 10**10)}", "status": "U_OBRADI"})
    return b.build()


def konfiguracija(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/konfiguracija")
    b.decoy("TLS pin sha256 fingerprints")
    b.ok_json(
        {
            "pinovi": [
                {
                    "host": "mbank.bankasava.example",
                    "sha256Fingerprint": b64(bytes(c.rng.getrandbits(8) for _ in range(32))),
                }
                for _ in range(2)
            ],
            "prijavaLicem": True,
            "minVerzija": "7.0.0",
        }
    )
    return b.build()


def uplatnica_foto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/placanja/ips-skeniranje")
    b.decoy("photo of a paper bill for IPS QR payment (an image, no face)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json(
        {
            "primalac": "JP EPS Snabdevanje",
            "iznos": rf(c.rng, 2000, 9000, 2),
            "pozivNaBroj": str(c.rng.randint(10**9, 10**10)),
        }
    )
    return b.build()
