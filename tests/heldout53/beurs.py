"""Koersplein, a Dutch / Swiss stock-trading app (fictional api.koersplein.example.nl).

Ordinary (decoys): price candles, a "watchlist" of tickers, orders with order
ids, portfolio value series, a news article about a face-recognition company.
Sensitive: KYC with Onfido's iOS SDK, which uploads the selfie to the Onfido
API (documentation.onfido.com, "Upload live photo": POST /v3.6/live_photos,
multipart with `file` and `advanced_validation`, applicant bound by the SDK
token; regional host api.eu.onfido.com) and the motion video to /live_videos;
and the broker's own device binding, which registers the IDFV as `vendorId`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.koersplein.example.nl/v1"
UA = ua("Koersplein", "4.11.0", "41100")
TICKERS = ["ASML.AS", "NESN.SW", "UCB.BR", "ADYEN.AS", "ROG.SW", "PHIA.AS"]


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "koersplein", method, API + path)
    b.header("user-agent", UA)
    b.header("x-trace-id", new_hex(c.rng, 32))
    return b


def candles(c: Context) -> Flow:
    t = c.rng.choice(TICKERS)
    b = _fb(c, "GET", f"/markets/{t}/candles?interval=5m&limit=60")
    p = rf(c.rng, 50, 900, 2)
    rows = []
    for i in range(60):
        p = round(p * (1 + c.rng.gauss(0, 0.002)), 2)
        rows.append(
            [
                ms(c) - (60 - i) * 300000,
                p,
                round(p * 1.002, 2),
                round(p * 0.998, 2),
                p,
                c.rng.randint(100, 90000),
            ]
        )
    b.ok_json({"symbol": t, "candles": rows})
    b.decoy("OHLC price series")
    return b.build()


def watchlist(c: Context) -> Flow:
    b = _fb(c, "GET", "/me/watchlist")
    b.ok_json(
        {
            "watchlist": [
                {
                    "symbol": t,
                    "last": rf(c.rng, 20, 900, 2),
                    "changePct": rf(c.rng, -3, 3, 2),
                    "addedAt": iso(c),
                }
                for t in c.rng.sample(TICKERS, 4)
            ]
        }
    )
    b.decoy("stock 'watchlist' with addedAt (not viewing history)")
    return b.build()


def order(c: Context) -> Flow:
    b = _fb(c, "POST", "/orders")
    b.json(
        {
            "symbol": c.rng.choice(TICKERS),
            "side": c.rng.choice(["BUY", "SELL"]),
            "type": "LIMIT",
            "quantity": c.rng.randint(1, 40),
            "limitPrice": rf(c.rng, 20, 900, 2),
            "clientOrderId": rid(c.rng),
        }
    )
    b.ok_json({"orderId": f"ORD-{c.rng.randint(10**9, 10**10 - 1)}", "status": "ACCEPTED"})
    b.decoy("order with client order id (uuid) and order number")
    return b.build()


def portfolio(c: Context) -> Flow:
    b = _fb(c, "GET", "/me/portfolio/performance?range=1M")
    b.ok_json(
        {
            "currency": "EUR",
            "values": [rf(c.rng, 9000, 11000, 2) for _ in range(30)],
            "account": b.acct("beurs_user"),
        }
    )
    b.decoy("portfolio value series")
    return b.build()


def news(c: Context) -> Flow:
    b = _fb(c, "GET", f"/news/{c.rng.randint(100000, 999999)}")
    b.ok_json(
        {
            "title": "Gezichtsherkenner stijgt 12% na contract met luchthaven",
            "body": "Het bedrijf achter de face recognition-poortjes meldt dat zijn algoritme "
            "gezichten in 0,3 seconde vergelijkt; beleggers reageren positief.",
            "symbols": ["IDEM.PA"],
        }
    )
    b.decoy("news article that talks about face recognition")
    return b.build()


def onfido_photo(c: Context) -> Flow:
    bnd = "Boundary-" + new_hex(c.rng, 32).upper()
    body = multipart(
        bnd,
        [
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
        ],
    )
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("authorization", "Bearer " + new_hex(c.rng, 60))
    b.header("user-agent", "Onfido-iOS-SDK/29.6.0")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart file selfie.jpg to Onfido live_photos")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
        }
    )
    return b.build()


def onfido_video(c: Context) -> Flow:
    bnd = "Boundary-" + new_hex(c.rng, 32).upper()
    body = multipart(
        bnd,
        [
            ("challenge", None, None, b'[{"type":"movement","query":"turnLeft"}]'),
            ("file", "motion.mp4", "video/mp4", fake_mp4(c.rng.getrandbits(32), 1200)),
        ],
    )
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_videos")
    b.header("authorization", "Bearer " + new_hex(c.rng, 60))
    b.header("user-agent", "Onfido-iOS-SDK/29.6.0")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_video", "multipart face motion video to Onfido live_videos")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c)})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _fb(c, "POST", "/auth/device-binding")
    b.json(
        {
            "vendorId": b.id("idfv_beurs", where="body vendorId (IDFV)"),
            "publicKey": new_hex(c.rng, 130),
            "deviceName": "iPhone van Sanne",
            "biometryType": "faceID",
        }
    )
    b.decoy("biometryType=faceID is the unlock method, not biometric data")
    b.ok_json({"bindingId": rid(c.rng)})
    return b.build()


def faceid_login(c: Context) -> Flow:
    b = _fb(c, "POST", "/auth/login/biometric")
    b.json(
        {
            "bindingId": rid(c.rng),
            "signature": new_hex(c.rng, 140),
            "biometryType": "faceID",
            "nonce": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"accessToken": new_hex(c.rng, 64), "expiresIn": 900})
    b.decoy("Face ID login: a Secure Enclave signature, no face data leaves the phone")
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _fb(c, "POST", "/me/recent")
    b.json(
        {"recentlyViewed": [{"symbol": t, "viewedAt": iso(c)} for t in c.rng.sample(TICKERS, 3)]}
    )
    b.no_content()
    b.decoy("recently viewed stock quotes (instrument pages, not watched media)")
    return b.build()
