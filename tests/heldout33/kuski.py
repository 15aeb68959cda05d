"""Kuski: a Finnish food-delivery app's courier mode (identity selfies at shift
start), with Azure AI Face detection.

Azure Face: POST {endpoint}/face/v1.0/detect?returnFaceId=true&
returnFaceLandmarks=true&recognitionModel=recognition_04&detectionModel=
detection_03 with an application/octet-stream image and the
Ocp-Apim-Subscription-Key header (Microsoft Learn, Face REST API reference).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://courier.kuski.fi"
UA = ua("KuskiCourier", "24.41.0")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(b.ctx.rng))


def selfie(c: Context) -> Flow:
    b = FB(c, "kuski", "POST", f"{API}/v3/tunnistus/selfie")
    _hdr(b)
    bnd = "kuski" + str(c.rng.getrandbits(40))
    body = multipart(
        bnd,
        [
            ("kuski", None, None, b.acct("courier").encode()),
            ("vuoro", None, None, str(c.rng.randint(10**6, 10**7)).encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.selfie")
    b.ok_json({"tila": "tarkistuksessa"})
    return b.build()


def azure_detect(c: Context) -> Flow:
    url = "https://kuski-face.cognitiveservices.azure.com/face/v1.0/detect"
    if c.rng.random() < 0.5:
        url = "https://northeurope.api.cognitive.microsoft.com/face/v1.0/detect"
    b = FB(c, "azure-face", "POST", url)
    for k, v in [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "true"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
    ]:
        b.param(k, v)
    b.header(
        "ocp-apim-subscription-key", "".join(c.rng.choice("0123456789abcdef") for _ in range(32))
    )
    b.set_body(fake_jpeg(c.rng.getrandbits(32), 650), "application/octet-stream")
    b.bio("face_image", "body (image to face-detect API)")
    lm = {
        n: {"x": rf(c.rng, 200, 500, 1), "y": rf(c.rng, 200, 600, 1)}
        for n in ("pupilLeft", "pupilRight", "noseTip")
    }
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 210, "left": 180, "width": 300, "height": 300},
                "faceLandmarks": lm,
            }
        ]
    )
    return b.build()


def match_result(c: Context) -> Flow:
    """The app forwards the face-match outcome to its own backend (Finnish keys)."""
    b = FB(c, "kuski", "POST", f"{API}/v3/tunnistus/tulos")
    _hdr(b)
    b.json(
        {
            "kuski": b.acct("courier"),
            "kasvotunnistus": {
                "vastaavuus": rf(c.rng, 0.6, 0.99, 3),
                "elavyys": rf(c.rng, 0.7, 0.99, 3),
                "kasvojaLoydetty": 1,
                "malli": "recognition_04",
            },
        }
    )
    b.bio("face_match", "body.kasvotunnistus")
    b.no_content()
    return b.build()


def gps(c: Context) -> Flow:
    b = FB(c, "kuski", "POST", f"{API}/v3/sijainti")
    _hdr(b)
    lat, lon = 60.17 + c.rng.uniform(-0.05, 0.05), 24.94 + c.rng.uniform(-0.08, 0.08)
    pts = [
        [round(lat + i * 0.0004, 6), round(lon + i * 0.0006, 6), 1730800000 + i * 5]
        for i in range(12)
    ]
    b.json({"reitti": pts, "nopeus": [rf(c.rng, 0, 9, 1) for _ in range(12)]})
    b.no_content()
    b.decoy("courier GPS track (coordinate list)")
    return b.build()


def delivery_photo(c: Context) -> Flow:
    b = FB(c, "kuski", "POST", f"{API}/v3/toimitukset/{c.rng.randint(10**7, 10**8)}/kuva")
    _hdr(b)
    bnd = "kuski" + str(c.rng.getrandbits(40))
    body = multipart(
        bnd, [("ovikuva", "door.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))]
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"ok": True})
    b.decoy("proof-of-delivery photo of a door")
    return b.build()


def offers(c: Context) -> Flow:
    b = FB(c, "kuski", "GET", f"{API}/v3/tarjoukset", [("alue", "helsinki-keskusta")])
    _hdr(b)
    b.ok_json(
        {
            "tilaukset": [
                {
                    "tilausnro": f"KS-{c.rng.randint(10**6, 10**7)}",
                    "palkkio": rf(c.rng, 4, 12, 2),
                    "nouto": [60.16, 24.93],
                    "kohde": [60.18, 24.95],
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("order offers (order numbers, fees, coordinates)")
    return b.build()


def earnings(c: Context) -> Flow:
    b = FB(c, "kuski", "GET", f"{API}/v3/ansiot", [("viikko", iso(c)[:10])])
    _hdr(b)
    b.ok_json({"paivat": [rf(c.rng, 30, 160, 2) for _ in range(7)], "valuutta": "EUR"})
    b.decoy("earnings series")
    return b.build()


def device(c: Context) -> Flow:
    b = FB(c, "kuski", "POST", f"{API}/v3/laite")
    _hdr(b)
    b.json(
        {
            "laiteTunnus": b.id("aid_food", where="body.laiteTunnus"),
            "malli": c.phone.model,
            "akku": c.rng.randint(20, 100),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
