"""Gaon Securities: account opening with eKYC (selfie vs ID-card photo, liveness).

The eKYC vendor's endpoint takes a selfie JPEG and returns a face-match score;
the liveness step posts a list of head-pose angles measured from the face and
468 face-mesh points. A newer build wraps the liveness frames in gzip+base64
under `z`. Quotes, candle charts and the order book are price series, not faces.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import builder, galaxy_ua, kst, rf, rid

API = "https://mts.gaonsec.example"
EKYC = "https://ekyc.facepass-kr.example"
UA = galaxy_ua("GaonMTS", "9.0.2")


def selfie_match(c: Context) -> Flow:
    b = builder(c, "facepass-ekyc", "POST", f"{EKYC}/v2/eolgul/bigyo", UA)
    b.bio("face_image", "json selfieImage (selfie JPEG to face-match against the ID photo)")
    b.json(
        {
            "selfieImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "idCardFaceImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
            "txId": rid(c.rng),
        }
    )
    b.ok_json({"similarity": rf(c.rng, 0.7, 0.99), "result": "MATCH"})
    return b.build()


def liveness(c: Context) -> Flow:
    b = builder(c, "facepass-ekyc", "POST", f"{EKYC}/v2/liveness/check", UA)
    b.bio("face_landmarks", "json eolgulMesh (468 [x,y,z] face-mesh points) + meoriJasae head pose")
    b.json(
        {
            "eolgulMesh": [
                [rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, -0.1, 0.1)] for _ in range(468)
            ],
            "meoriJasae": {
                "yaw": rf(c.rng, -20, 20, 1),
                "pitch": rf(c.rng, -15, 15, 1),
                "roll": rf(c.rng, -8, 8, 1),
            },
            "nunGamgi": [rf(c.rng, 0, 1) for _ in range(2)],
        }
    )
    b.ok_json({"live": True})
    return b.build()


def liveness_packed(c: Context) -> Flow:
    b = builder(c, "facepass-ekyc", "POST", f"{EKYC}/v3/lv", UA)
    b.bio("face_landmarks", "json z (gzip+base64 of liveness face frames)", detectable=False)
    inner = jsb({"f": [[rf(c.rng, 0, 1) for _ in range(3)] for _ in range(468)]})
    b.json({"z": base64.b64encode(gzip.compress(inner, mtime=0)).decode(), "n": 1})
    b.ok_json({"r": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = builder(c, "gaonsec", "POST", f"{API}/api/gigi-deungrok", UA)
    b.json(
        {
            "gigiJeongbo": {
                "ssaid": b.id("aid_stock", where="json gigiJeongbo.ssaid (ANDROID_ID)"),
                "gwanggoId": b.id("gaid", "upper", "json gigiJeongbo.gwanggoId (GAID, upper)"),
                "model": "SM-S921N",
            },
            "gyejwa": b.acct("stock_acct"),
        }
    )
    b.ok_json({"result": "0000"})
    return b.build()


def candles(c: Context) -> Flow:
    b = builder(c, "gaonsec", "GET", f"{API}/api/chart/bong?code=005930&t=1d", UA)
    b.decoy("daily candles of a stock (price series, not landmarks)")
    b.ok_json({"bong": [[rf(c.rng, 70000, 80000, 0) for _ in range(4)] for _ in range(60)]})
    return b.build()


def hoga(c: Context) -> Flow:
    b = builder(c, "gaonsec", "GET", f"{API}/api/hoga?code=035420", UA)
    b.decoy("order book (price levels)")
    b.ok_json(
        {
            "maedo": [[c.rng.randint(180000, 190000), c.rng.randint(1, 900)] for _ in range(10)],
            "t": kst(c),
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = builder(c, "gaonsec", "POST", f"{API}/api/gaeseol/jeongbo", UA)
    b.decoy("account-opening form with self-declared gender (a form, not face analysis)")
    b.json({"seongbyeol": "F", "jigeop": "회사원", "email": b.id("email", where="json email")})
    b.ok_json({"step": 3})
    return b.build()
