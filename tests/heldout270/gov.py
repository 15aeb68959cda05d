"""Nalunaiqsijjuti: a territorial government-ID app (the mother's Galaxy A35 in Iqaluit).

ᓇᓗᓇᐃᖅᓯᔾᔪᑎ (nalunaiqsijjuti) is 'identifier, ID card'. Its API is in
syllabics and roman Inuktitut with English: enrolment sends a 128-float face
template under ᑮᓇᖅ (kiinaq 'face') / ᓇᓗᓇᐃᖅᓯᔾᔪᑎ, the in-app check sends the
selfie (kiinaup_ajjinga 'the face's picture') and gets back an estimated age
(ukiungit), an emotion (ikpigusunniq 'feeling') and head pose
(kiinaup_saangiarninga), i.e. face-analysis results. A newer build verifies
with protobuf (field 2 packed floats). Phone services enrol a voiceprint
(nipi 'voice', multipart wav samples plus a speaker vector); the verify call
ships an unnamed float vector. The app registers with Firebase Installations
and binds the device under its own id (`qrs-...`, in the URL path). Card
status (a card number), the address form with a self-declared gender and the
office finder (coordinates) are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.nalunaiqsijjuti.gov.example"
UA = ua("Nalunaiqsijjuti", "1.8.2", "aana")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nalunaiqsijjuti", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("accept-language", "iu-Cans-CA,en-CA;q=0.7")
    return b


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nalunaiqsijjuti/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ca.nu.gov.nalunaiqsijjuti")
    b.json(
        {
            "fid": b.id("gov_fid", where="json fid"),
            "appId": "1:30912877145:android:51f0c6ad2e8b9a07",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"refreshToken": "3_" + new_hex(c.rng, 40)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/qarasaujait/{c.phone.gov_device_uid}")
    b.id("gov_device_uid", where="path qarasaujait/{id}")
    b.json(
        {
            "androidId": b.id("aid_gov", where="json androidId"),
            "firebaseId": b.id("gov_fid", where="json firebaseId"),
            "model": "SM-A356W",
            "nunalik": "Iqaluit",
        }
    )
    b.ok_json(
        {
            "qarasaujaq_id": b.id(
                "gov_device_uid", where="response json qarasaujaq_id", direction="response"
            ),
            "ilitarijaujuq": True,
        }
    )
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kiinaq/ilisaijuq")
    b.bio("face_template", "json ᑮᓇᖅ.ᓇᓗᓇᐃᖅᓯᔾᔪᑎ (128 floats)")
    b.json(
        {
            "inuk": b.acct("gov_person"),
            "ᑮᓇᖅ": {
                "ᓇᓗᓇᐃᖅᓯᔾᔪᑎ": floats(c.rng, 128),
                "ᐋᖅᑭᒃᓯᒪᓂᖓ": "nq-face-2.1",
                "ᐃᓅᔪᖅ": rf(c.rng, 0.9, 0.99, 3),
            },
            "ᐃᑲᕐᕋᖅ": iso(c),
        }
    )
    b.ok_json({"ilisaijaujuq": True})
    return b.build()


def face_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kiinaq/qimirruk")
    b.bio("face_image", "json kiinaup_ajjinga (selfie, base64 JPEG)")
    b.mark(
        "biometric",
        "face_analysis",
        "response json ukiungit/ikpigusunniq/kiinaup_saangiarninga",
        True,
        "response",
    )
    b.json(
        {
            "inuk": b.acct("gov_person"),
            "kiinaup_ajjinga": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "ajjiup_qanuinninga": "jpeg",
        }
    )
    b.ok_json(
        {
            "ajjigiinniq": rf(c.rng, 0.82, 0.99, 3),
            "ukiungit": c.rng.randint(38, 46),
            "ikpigusunniq": c.rng.choice(["quviasuktuq", "nuannaqtuq", "ikpigusuittuq"]),
            "kiinaup_saangiarninga": {
                "yaw": rf(c.rng, -12, 12, 2),
                "pitch": rf(c.rng, -8, 8, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "inuujuq": True,
        }
    )
    return b.build()


def face_verify_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/k")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    uid = b.id("gov_device_uid", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, uid) + pb_packed_floats(2, floats(c.rng, 128)) + pb_bytes(3, new_hex(c.rng, 12))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"\x01"))
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/nipi/ilisaijuq")
    b.bio("voiceprint", "multipart nipi_1..3 wav + nipi_nalunaiqsijjuti speaker vector")
    boundary = rid(c.rng)
    vec = struct.pack("<192f", *floats(c.rng, 192))
    parts = [
        ("inuk", None, None, b.acct("gov_person").encode()),
        *[
            (f"nipi_{i}", f"nipi_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 700))
            for i in range(1, 4)
        ],
        ("nipi_nalunaiqsijjuti", "xvector.bin", "application/octet-stream", vec),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ilisaijaujuq": True, "speaker_model": "ecapa-192"})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/n")
    b.bio("voiceprint", "octet-stream body (unnamed 192-float vector)", detectable=False)
    b.set_body(struct.pack("<192f", *floats(c.rng, 192)), "application/octet-stream")
    b.ok_json({"r": True})
    return b.build()


def card_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nalunaiqsijjuti/status")
    b.header("x-nq", b.id("aid_gov", "md5_upper", "header x-nq", detectable=False))
    b.decoy("ID card number and expiry")
    b.ok_json(
        {
            "nalunaiqsijjuti_normu": "NU-" + str(c.rng.randint(10**7, 10**8)),
            "isuliqtuq": "2029-06-30",
            "qanuinninga": "atuqtuq",
        }
    )
    return b.build()


def address_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/inuk/najuqtaa")
    b.decoy("self-declared gender (suiaq) and mailing address")
    b.json(
        {
            "suiaq": c.rng.choice(["arnaq", "F"]),
            "najuqtaa": "Box 1049, Iqaluit NU X0A 0H0",
            "uqausiq": "ᐃᓄᒃᑎᑐᑦ",
        }
    )
    b.ok_json({"piqqusiliqtaujuq": True})
    return b.build()


def offices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/allaffiit?lat=63.7467&lon=-68.5170")
    b.decoy("office finder with coordinates")
    b.ok_json(
        {
            "allaffiit": [
                {"atinga": "Iqaluit Service Centre", "lat": 63.7489, "lon": -68.5199},
                {"atinga": "Kangiqtugaapik", "lat": 70.4769, "lon": -68.5872},
            ]
        }
    )
    return b.build()
