"""Oddsly, a fictional sports-betting app with selfie KYC.

- Veriff: POST `stationapi.veriff.com/v1/sessions/{id}/media` with
  `{"image": {"context": "face", "content": "<base64>", "timestamp": ...}}` and
  `X-AUTH-CLIENT` / `X-HMAC-SIGNATURE` headers (Veriff API reference, Upload
  media); session creation carries name and vendor data only.
- Onfido API v3.6: `live_photos` multipart (`applicant_id`, `file`,
  `advanced_validation`), `live_videos` multipart with the `challenge` list,
  and `checks` with `report_names: ["facial_similarity_photo"]`, which names a
  face report but carries no face (Onfido API v3.6 reference).
The app's own device-intelligence call sends the IDFV and a fingerprint hash
under a two-letter key (opaque); odds, bet slips and scores are decoys.
"""

from __future__ import annotations

import hashlib
import hmac

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js, multipart

from .phone import FB, cfnet, iso, rf, rid

VERIFF = "https://stationapi.veriff.com/v1"
ONFIDO = "https://api.eu.onfido.com/v3.6"
API = "https://api.oddsly.bet"


def _b(c: Context, method: str, url: str, sdk: str = "oddsly") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", cfnet("Oddsly", "4471"))
    return b


def veriff_media(c: Context) -> Flow:
    b = _b(c, "POST", f"{VERIFF}/sessions/{rid(c.rng)}/media", "veriff")
    b.bio("face_image", "body.json.image.content (context face)")
    body = js(
        {
            "image": {
                "context": c.rng.choice(["face", "face-pre"]),
                "content": "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**6), 700)),
                "timestamp": iso(c),
            }
        }
    ).encode()
    b.header("x-auth-client", "5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")
    b.header("x-hmac-signature", hmac.new(b"k", body, hashlib.sha256).hexdigest())
    b.set_body(body, "application/json")
    b.ok_json({"status": "success", "image": {"id": rid(c.rng)}})
    return b.build()


def veriff_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{VERIFF}/sessions", "veriff")
    b.decoy("KYC session creation: name and vendor data, no image")
    b.json(
        {
            "verification": {
                "callback": "https://oddsly.bet/kyc/done",
                "person": {"firstName": "Noor", "lastName": "Achterberg"},
                "vendorData": b.acct("bet_user"),
            }
        }
    )
    b.ok_json(
        {
            "status": "success",
            "verification": {"id": rid(c.rng), "url": "https://alchemy.veriff.com/v/x"},
        }
    )
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{ONFIDO}/live_photos", "onfido")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    b.bio("face_image", "body.multipart.file (live photo / selfie)")
    bnd = "Boundary-" + rid(c.rng).upper()
    b.set_body(
        multipart(
            bnd,
            [
                ("applicant_id", None, None, rid(c.rng).encode()),
                ("advanced_validation", None, None, b"true"),
                ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, status=201)
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _b(c, "POST", f"{ONFIDO}/live_videos", "onfido")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    b.bio("face_image", "body.multipart.file (liveness video of the face)")
    bnd = "Boundary-" + rid(c.rng).upper()
    challenge = js(
        [
            {"type": "recite", "query": [c.rng.randint(1, 9) for _ in range(3)]},
            {"type": "movement", "query": "turnLeft"},
        ]
    )
    b.set_body(
        multipart(
            bnd,
            [
                ("applicant_id", None, None, rid(c.rng).encode()),
                ("challenge", None, "application/json", challenge.encode()),
                ("file", "live.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"id": rid(c.rng)}, status=201)
    return b.build()


def onfido_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{ONFIDO}/checks", "onfido")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    b.decoy("check request naming facial_similarity_photo: no face data in it")
    b.json({"applicant_id": rid(c.rng), "report_names": ["document", "facial_similarity_photo"]})
    b.ok_json({"id": rid(c.rng), "status": "in_progress"}, status=201)
    return b.build()


def device_intel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/device")
    b.json(
        {
            "idfv": b.id("idfv_bet", where="body.json.idfv"),
            "fp": b.id("bet_fp", where="body.json.fp", detectable=False),
            "jb": False,
            "vpn": False,
            "tz": "Europe/Amsterdam",
            "ts": iso(c),
        }
    )
    b.ok_json({"risk": "low", "score": rf(c.rng, 0, 0.2, 3)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/account/v1/register")
    b.header("x-device", b.id("idfv_bet", where="header.x-device"))
    b.json(
        {
            "email": b.id("email", where="body.json.email"),
            "dateOfBirth": "1994-06-02",
            "gender": "F",
            "country": "NL",
            "marketingOptIn": False,
        }
    )
    b.ok_json({"account": b.acct("bet_user")}, status=201)
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sportsbook/v2/events/{c.rng.randint(10**6, 10**7)}/markets")
    b.decoy("odds price series")
    b.ok_json(
        {
            "markets": [
                {
                    "name": "1X2",
                    "prices": [rf(c.rng, 1.2, 9, 2) for _ in range(3)],
                    "history": [rf(c.rng, 1.2, 9, 2) for _ in range(12)],
                }
            ]
        }
    )
    return b.build()


def bet_slip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sportsbook/v2/bets")
    b.decoy("bet placement with stake and order number")
    b.json(
        {
            "selections": [{"id": rid(c.rng), "price": rf(c.rng, 1.2, 6, 2)}],
            "stake": 5.0,
            "currency": "EUR",
            "clientRef": "BS-" + str(c.rng.randint(10**8, 10**9)),
        }
    )
    b.ok_json({"betId": rid(c.rng), "status": "accepted"})
    return b.build()
