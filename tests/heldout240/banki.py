"""Iveria Bank: a Georgian retail bank app with face login (the father's Galaxy
S23 in Tbilisi).

Remote onboarding runs Innovatrics' Digital Identity Service (DIS): the app
creates a customer (`POST /api/v1/customers`), uploads the selfie
(`PUT /api/v1/customers/{uuid}/selfie` with `{"image": {"data": base64}}`; the
answer holds the detected face's `detection.faceRectangle` and confidence),
creates the liveness resource and posts a passive-liveness record referencing
the selfie, and uploads the document's back page
(`PUT .../document/pages`, no face on it). Face login on the phone computes a
face template and sends it with a liveness score (`sakhis_shabloni` = face
template, `shesvla` = login); a newer build sends the template as protobuf
packed floats, and the in-app liveness step posts frames as nameless
multipart parts. Device binding sends the ANDROID_ID, the bank's own device
key and the advertising id (for the fraud engine). Exchange rates, transfers,
the self-declared gender on the KYC form, the profile avatar and the bank's
ATM terminal ids are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.iveriabank.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
UA = ua("IveriaBank", "7.1.4", "mama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iveriabank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "ka")
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(f"iveria:{new_hex(c.rng, 24)}"))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mowyobiloba/mibma")
    b.json(
        {
            "androidId": b.id("aid_banki", where="json androidId"),
            "deviceKey": b.id("banki_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_mama", where="json advertisingId"),
            "modeli": "SM-S911B",
            "root": False,
            "emulatori": False,
        }
    )
    b.ok_json({"mibmulia": True, "smsGagzavnilia": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    b.decoy("customer uuid and links (onboarding session, no face data)")
    b.ok_json({"id": rid(c.rng), "links": {"self": "/api/v1/customers/x"}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (Innovatrics DIS selfie)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 0.99, 4),
                "faceRectangle": {
                    "topLeft": {"x": rf(c.rng, 0.2, 0.3), "y": rf(c.rng, 0.2, 0.3)},
                    "bottomRight": {"x": rf(c.rng, 0.7, 0.8), "y": rf(c.rng, 0.7, 0.8)},
                },
            },
            "links": {"self": "/api/v1/customers/x/selfie"},
        }
    )
    return b.build()


def dis_liveness_record(c: Context) -> Flow:
    cid = rid(c.rng)
    b = _dis(c, "POST", f"customers/{cid}/liveness/records")
    b.decoy("passive-liveness record referencing the stored selfie by link (no face data)")
    b.json(
        {
            "type": "PASSIVE_LIVENESS",
            "selfieOrigin": {"link": f"/api/v1/customers/{cid}/selfie"},
        }
    )
    b.ok_json({"links": {"selfie": f"/api/v1/customers/{cid}/selfie"}})
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/document/pages")
    b.decoy("ID card back page image (no face)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card", "country": "GEO"}, "pageType": "back"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/shesvla/sakhe")
    b.bio("face_template", "json sakhis_shabloni (512 float32, base64) + liveness")
    b.json(
        {
            "momkhmarebeli": b.acct("banki_user"),
            "sakhis_shabloni": floats_b64(floats(c.rng, 512)),
            "shablonis_versia": "fr-v5-512",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "dro": iso(c),
        }
    )
    b.ok_json(
        {"tsarmatebuli": True, "msgavseba": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)}
    )
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/shesvla/sakhe/registracia")
    b.bio("face_embedding", "json sakhe.embedding (512 floats)")
    b.json(
        {
            "momkhmarebeli": b.acct("banki_user"),
            "sakhe": {"embedding": floats(c.rng, 512), "modeli": "fr-v5-512"},
            "deviceKey": b.id("banki_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"registrirebulia": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/s")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/k7")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"nabiji": 6})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-q' holds an MD5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/angarishebi")
    b.header("x-q", b.id("aid_banki", "md5", "header x-q", detectable=False))
    b.ok_json(
        {
            "angarishebi": [
                {
                    "iban": "GE29IV" + "".join(str(c.rng.randint(0, 9)) for _ in range(16)),
                    "valuta": "GEL",
                    "nashti": rf(c.rng, 100, 90000, 2),
                }
            ]
        }
    )
    return b.build()


def kursi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/valutis-kursi")
    b.ok_json(
        {
            "tarighi": iso(c)[:10],
            "kursebi": {"USD": rf(c.rng, 2.6, 2.8, 4), "EUR": rf(c.rng, 2.9, 3.1, 4), "TRY": 0.079},
        }
    )
    return b.build()


def gadaritskha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/gadaritskhva")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "saidan": "GE29IV" + "".join(str(c.rng.randint(0, 9)) for _ in range(16)),
            "sad": "GR1601101250000000012300695",
            "tankha": rf(c.rng, 20, 800, 2),
            "valuta": "EUR",
            "danishnuleba": "ათენში, ლუკას",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referensi": f"IVB{c.rng.randint(10**9, 10**10)}", "statusi": "PROCESSING"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/monatsemebi")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "sakheli": "გიორგი",
            "gvari": "ბერიძე",
            "sqesi": "M",
            "dabadebis_tarighi": "1971-05-26",
            "qalaqi": "თბილისი",
            "piradi_nomeri": "01" + str(c.rng.randint(10**8, 10**9)),
        }
    )
    b.ok_json({"shenakhulia": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profili/surati")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.iveriabank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def atm_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bankomatebi?qalaqi=tbilisi")
    b.decoy("the bank's ATM terminal ids and serials (its equipment, not the user's device)")
    b.ok_json(
        {
            "bankomatebi": [
                {
                    "terminalId": f"IVB{c.rng.randint(10000, 99999)}",
                    "serialNumber": f"NCR{new_hex(c.rng, 10).upper()}",
                    "lat": rf(c.rng, 41.68, 41.75),
                    "lon": rf(c.rng, 44.74, 44.85),
                    "misamarti": "რუსთაველის გამზ. " + str(c.rng.randint(1, 60)),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/shemotsmeba")
    b.json({"kodi": str(c.rng.randint(1000, 9999)), "t": ms(c)})
    b.ok_json({"sts": True})
    return b.build()
