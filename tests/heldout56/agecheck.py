"""Altersfreigabe: the age / identity check a VR app runs before adult-rated
worlds, through Yoti's Age Estimation API from the headset's passthrough camera.

Yoti (developers.yoti.com, "Age estimation and anti-spoofing API"; docs mirrored
in github.com/saurabh-yoti/dev-docs-sync v8.0/age-estimationv2): POST
https://api.yoti.com/ai/v1/age-antispoofing, signed request (`sdkId`, `nonce`,
`timestamp` query, `X-Yoti-Auth-Id` / `X-Yoti-Auth-Digest` headers), JSON body
{"img": base64 JPEG}, answer {"antispoofing": {"prediction"}, "age": {"age",
"st_dev"}}; non-browser clients add `Terminal-Id` ("unique ID per machine":
here the headset serial). The app then sends the estimate on to its backend
(face-analysis result sent on). Decoy: the sign-up form's self-declared
birth date and gender.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, hmd_ua, iso, ms, rf, rid

YOTI = "https://api.yoti.com/ai/v1"
API = "https://id.altersfreigabe.eu"


def yoti_age(c: Context) -> Flow:
    params = [
        ("sdkId", "5d2f1c80-77c9-4b8e-9a0f-3e1b2c4d5a6f"),
        ("nonce", new_uuid(c.rng)),
        ("timestamp", str(ms(c) * 1000)),
    ]
    b = FB(c, "yoti", "POST", YOTI + "/age-antispoofing", params)
    b.header("user-agent", hmd_ua("Altersfreigabe", "1.3.2"))
    b.header("x-yoti-auth-id", "5d2f1c80-77c9-4b8e-9a0f-3e1b2c4d5a6f")
    b.header("x-yoti-auth-digest", b64(bytes(c.rng.getrandbits(8) for _ in range(48))))
    b.header("terminal-id", b.id("hmd_serial", where="header:terminal-id"))
    b.json(
        {"img": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 1500)), "metadata": {"device": "unknown"}}
    )
    b.bio("face_image", "json:img (face image to Yoti age estimation)")
    b.ok_json(
        {
            "antispoofing": {"prediction": "real"},
            "age": {"age": rf(c.rng, 24, 40, 1), "st_dev": rf(c.rng, 1, 4, 1)},
        }
    )
    return b.build()


def result_forward(c: Context) -> Flow:
    b = FB(c, "altersfreigabe", "POST", API + "/v1/checks")
    b.header("user-agent", hmd_ua("Altersfreigabe", "1.3.2"))
    b.json(
        {
            "checkId": rid(c.rng),
            "method": "facial_age_estimation",
            "provider": "yoti",
            "faceAnalysis": {
                "estimatedAge": rf(c.rng, 24, 40, 1),
                "ageStdDev": rf(c.rng, 1, 4, 1),
                "liveness": "real",
                "faceBox": [212, 140, 388, 396],
            },
            "deviceId": b.id("meta_device", where="json:deviceId"),
            "at": iso(c),
        }
    )
    b.bio("face_analysis", "json:faceAnalysis (age estimate from the face)")
    b.ok_json({"status": "passed", "over": 18})
    return b.build()


def result_opaque(c: Context) -> Flow:
    """The same result as a signed attestation blob for the world server: opaque."""
    b = FB(c, "altersfreigabe", "POST", API + "/v1/attest")
    b.header("user-agent", hmd_ua("Altersfreigabe", "1.3.2"))
    b.json({"a": b64(bytes(c.rng.getrandbits(8) for _ in range(160)))})
    b.bio("face_analysis", "json:a (encrypted attestation of the face check)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "altersfreigabe", "POST", API + "/v1/signup")
    b.header("user-agent", hmd_ua("Altersfreigabe", "1.3.2"))
    b.form(
        [
            ("vorname", "Lena"),
            ("geburtsdatum", "1994-03-1" + str(c.rng.randint(0, 9))),
            ("geschlecht", c.rng.choice(["weiblich", "divers"])),
            ("land", "AT"),
        ]
    )
    b.decoy("self-declared birth date and gender on a sign-up form")
    b.ok_json({"ok": True, "next": "face_check"})
    return b.build()


def help_article(c: Context) -> Flow:
    b = FB(c, "altersfreigabe", "GET", API + "/hilfe/wie-funktioniert-die-gesichtsschaetzung")
    b.respond(
        200,
        "text/html; charset=utf-8",
        "<html><body><h1>Wie schätzt Yoti das Alter aus dem Gesicht?</h1><p>Das Foto Ihres "
        "Gesichts wird nach der Schätzung gelöscht. Gesichtsmerkmale wie Falten ...</p>"
        "</body></html>".encode(),
    )
    b.decoy("article about faces")
    return b.build()
