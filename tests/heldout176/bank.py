"""Saaristo Pankki: a Finnish bank's app with face login, on the nurse's own phone.

Face login runs a FaceTec-style 3D liveness check on the bank's own server
(`faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage`), and for quick
logins sends a face template made on the phone (`faceTemplate`, base64 float32,
with a model version). The app's risk module sends the same template again inside
a gzip + base64 blob under `d` (nothing readable). The phone-banking voice ID
enrolment ("äänitunniste") uploads voice samples for a speaker model. Device
binding sends the ANDROID_ID as `laitetunniste` and the bank's own install id;
the status call carries a SHA-256 of the ANDROID_ID in a header with a neutral
name. Balances, a fund's price series, card transactions and the face-login
on/off setting are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, gz, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobiili.saaristopankki.example"
UA = ua("SaaristoMobiili", "12.7.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saaristo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 800) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/facetec/liveness-3d")
    b.header("x-device-key", "dXs" + rid(c.rng).replace("-", "")[:29])
    b.bio("face_scan", "json faceScan + auditTrailImage (3D liveness)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "sp-" + b.acct("bank_customer"),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(rid(c.rng))})
    return b.build()


def face_template_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tunnistus/v2/kasvot")
    b.bio("face_embedding", "json faceTemplate (base64 float32, 128-d)")
    b.json(
        {
            "asiakas": b.acct("bank_customer"),
            "faceTemplate": floats_b64(floats(c.rng, 128, 6)),
            "templateVersion": "fm-3.2",
            "liveness": rf(c.rng, 0.8, 0.99, 3),
            "aika": iso(c),
        }
    )
    b.ok_json({"tunnistettu": True, "tunniste": rid(c.rng)})
    return b.build()


def risk_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/m/v3/s")
    b.bio("face_embedding", "json d (gzip + base64 of a template under 'e')", detectable=False)
    inner = {"e": floats(c.rng, 128, 6), "t": ms(c), "k": 3}
    b.json({"d": b64(gz(js(inner).encode())), "v": 7})
    b.ok_json({"r": 0})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/puhelinpalvelu/aanitunniste/rekisteroi")
    b.bio("voiceprint", "multipart aaninayte[] to voice-ID (speaker model) enrolment")
    boundary = rid(c.rng)
    parts = [
        ("asiakas", None, None, b.acct("bank_customer").encode()),
        ("lause", None, None, "Ääneni on tunnussanani".encode()),
    ]
    for i in range(3):
        parts.append(
            (
                f"aaninayte{i + 1}",
                f"nayte{i + 1}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9)),
            )
        )
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"aanitunniste": "REKISTEROITY", "laatu": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/laitteet/rekisteroi")
    b.json(
        {
            "laitetunniste": b.id("aid_bank", where="json laitetunniste (ANDROID_ID)"),
            "asennustunnus": b.id("bank_install", where="json asennustunnus"),
            "malli": "SM-S911B",
            "kayttojarjestelma": "Android 14",
            "pushToken": b.acct("push_token"),
        }
    )
    b.ok_json({"sidottu": True, "laiteavain": b64(rid(c.rng))})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/m/v3/tila")
    b.header(
        "x-sp-c", b.id("aid_bank", "sha256", where="header x-sp-c (SHA-256)", detectable=False)
    )
    b.ok_json({"huolto": False, "versioOk": True})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/tilit/saldot")
    b.ok_json(
        {
            "tilit": [
                {
                    "iban": "FI21 1234 5600 0007 85",
                    "nimi": "Käyttötili",
                    "saldo": rf(c.rng, 10, 4000, 2),
                },
                {
                    "iban": "FI79 1234 5600 0193 20",
                    "nimi": "Säästötili",
                    "saldo": rf(c.rng, 500, 20000, 2),
                },
            ]
        }
    )
    return b.build()


def fund_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rahastot/SP-Pohjoismaat/kurssit?jakso=1v")
    b.decoy("a fund's price series (floats over time)")
    b.ok_json({"valuutta": "EUR", "kurssit": [rf(c.rng, 9, 14, 4) for _ in range(120)]})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/tilit/tapahtumat?sivu=1")
    b.ok_json(
        {
            "tapahtumat": [
                {"pvm": iso(c)[:10], "saaja": name, "summa": -rf(c.rng, 2, 120, 2)}
                for name in ["K-Market Meilahti", "HSL Mobiili", "Unicafe Meilahti"]
            ]
        }
    )
    return b.build()


def face_login_setting(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/asetukset/kirjautuminen")
    b.decoy("the face-login on/off setting (a preference, no face data)")
    b.json({"kasvotunnistusKaytossa": c.rng.random() < 0.8, "pinPituus": 4, "muutettu": iso(c)})
    b.no_content()
    return b.build()


def card_payment_3ds(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kortit/3ds/vahvista")
    b.decoy("3-D Secure transaction id and amount (not a device id)")
    b.json(
        {
            "transactionId": rid(c.rng),
            "kauppias": "Verkkokauppa.example",
            "summa": rf(c.rng, 10, 300, 2),
            "vahvistettu": True,
        }
    )
    b.ok_json({"status": "Y"})
    return b.build()
