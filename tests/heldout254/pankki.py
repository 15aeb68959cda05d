"""HSP Mobiili: the coordinator's own bank (a savings bank in Häme) with selfie login.

Strong login can be a selfie: the app sends the camera frame as a base64 JPEG
(`kasvokuva`) with the on-device liveness score, and the server answers with a
match. Onboarding a new device runs Onfido: the SDK uploads the live photo to
`/v3.6/live_photos` (multipart `file`, `applicant_id`, `advanced_validation`,
https://documentation.onfido.com/#upload-live-photo). A newer build wraps the
selfie in the bank's own envelope (`{"v": 2, "d": <ciphertext>}`), where nothing
says what is inside. Device binding sends the ANDROID_ID and the bank's own
device key; the balance call carries a SHA-1 of the ANDROID_ID under a header
named `x-dfp`. Balances, payments (reference numbers), card limits and the
exchange rates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobiili.hsp-pankki.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("HSPMobiili", "9.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hsp-mobiili", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _iban(c: Context) -> str:
    return "FI" + "".join(str(c.rng.randint(0, 9)) for _ in range(16))


def laite_sidonta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/laitteet/sido")
    b.json(
        {
            "androidId": b.id("aid_pankki", where="json androidId"),
            "laiteavain": b.id("pankki_key", where="json laiteavain (bank device key)"),
            "malli": "SM-G736B",
            "root": False,
            "kayttajatunnus": b.acct("pankki_user"),
        }
    )
    b.ok_json({"sidottu": True, "vahvistus": "sms"})
    return b.build()


def selfie_kirjautuminen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/tunnistautuminen/kasvot")
    b.bio("face_image", "json kasvokuva (base64 JPEG selfie) + elavyys")
    b.json(
        {
            "kayttajatunnus": b.acct("pankki_user"),
            "kasvokuva": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "elavyys": rf(c.rng, 0.86, 0.99, 3),
            "laiteavain": b.id("pankki_key", where="json laiteavain"),
            "aika": iso(c),
        }
    )
    b.ok_json(
        {
            "tulos": "hyvaksytty",
            "vastaavuus": rf(c.rng, 0.82, 0.99, 3),
            "istunto": new_hex(c.rng, 32),
        }
    )
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/live_photos")
    b.header("user-agent", "Onfido-SDK-Android/19.2.0")
    b.header("authorization", "Bearer " + "eyJ" + new_hex(c.rng, 90))
    b.bio("face_image", "multipart file selfie.jpg (Onfido live_photos)")
    boundary = rid(c.rng)
    applicant = rid(c.rng)
    parts = [
        ("applicant_id", None, None, applicant.encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 912,
            "href": f"/v3.6/live_photos/{rid(c.rng)}",
        },
        201,
    )
    return b.build()


def selfie_kuori(c: Context) -> Flow:
    """The v2 envelope: the selfie encrypted on the phone, nothing names it."""
    b = _b(c, "POST", f"{API}/api/v3/tk")
    b.bio("face_image", "json d (encrypted selfie envelope)", detectable=False)
    frame = fake_jpeg(c.rng.randint(0, 10**9), 700)
    key = c.rng.getrandbits(8) or 1
    b.json({"v": 2, "k": new_hex(c.rng, 16), "d": b64(bytes(x ^ key for x in frame))})
    b.ok_json({"s": 1, "t": new_hex(c.rng, 32)})
    return b.build()


def saldot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/tilit")
    b.header("x-dfp", b.id("aid_pankki", "sha1", "header x-dfp", detectable=False))
    b.ok_json(
        {
            "tilit": [
                {"iban": _iban(c), "nimi": "Käyttötili", "saldo": rf(c.rng, 100, 9000, 2)},
                {"iban": _iban(c), "nimi": "Säästötili", "saldo": rf(c.rng, 1000, 30000, 2)},
            ]
        }
    )
    return b.build()


def maksu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/maksut")
    b.decoy("payment reference number and IBAN")
    b.json(
        {
            "tililta": _iban(c),
            "saajanTili": _iban(c),
            "saaja": "Tampereen Sähkölaitos Oy",
            "viitenumero": str(c.rng.randint(10**9, 10**10)),
            "summa": rf(c.rng, 20, 300, 2),
            "erapaiva": iso(c)[:10],
            "idempotenssiavain": rid(c.rng),
        }
    )
    b.ok_json({"arkistointitunnus": f"2412{c.rng.randint(10**11, 10**12)}", "tila": "KASITTELYSSA"})
    return b.build()


def valuuttakurssit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/valuuttakurssit?t={ms(c)}")
    b.ok_json({"pvm": iso(c)[:10], "USD": rf(c.rng, 1.04, 1.1), "SEK": rf(c.rng, 11.3, 11.6)})
    return b.build()


def korttirajat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kortit")
    b.decoy("masked card number and limits")
    b.ok_json(
        {
            "kortit": [
                {
                    "kortti": "**** **** **** " + str(c.rng.randint(1000, 9999)),
                    "verkkomaksut": True,
                    "paivaraja": 1500,
                    "voimassa": "09/27",
                }
            ]
        }
    )
    return b.build()
