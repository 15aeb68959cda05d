"""A stock and crypto app (SGX, Bursa, crypto): watchlists, price series, and
an account-opening eKYC whose face-match results are sent on to the broker.

Decoys: watchlists, OHLC candles, order ids, portfolio sparklines (numeric
series that look like embeddings). Real biometric: the liveness / face-match
results of the KYC selfie (scores plus the 2D landmarks of the selfie) posted
to the broker's onboarding backend.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, cfn, floats, iso, ms, rf, rid

API = "https://api.lionbroker-example.sg"


def watchlist(c: Context) -> Flow:
    b = FB(c, "lion", "GET", f"{API}/v1/watchlists/default")
    b.header("user-agent", cfn("LionTrade", "2.9.0"))
    b.ok_json(
        {
            "items": [
                {"sym": s, "last": rf(c.rng, 0.2, 40, 3), "chgPct": rf(c.rng, -5, 5, 2)}
                for s in ("D05", "O39", "Z74", "1155.KL", "BTC-USDT")
            ],
            "lastViewed": ["D05", "BTC-USDT"],
        }
    )
    b.decoy("watchlist and last viewed tickers")
    return b.build()


def candles(c: Context) -> Flow:
    b = FB(
        c,
        "lion",
        "GET",
        f"{API}/v1/market/candles",
        [("sym", "BTC-USDT"), ("tf", "1m"), ("limit", "64")],
    )
    b.header("user-agent", cfn("LionTrade", "2.9.0"))
    b.ok_json(
        {
            "t": [ms(c) - i * 60000 for i in range(64)],
            "c": [rf(c.rng, 90000, 92000, 2) for _ in range(64)],
            "embedding": floats(c.rng, 32),
        }
    )
    b.decoy("price series and a model's 'embedding' of price moves (no face context)")
    return b.build()


def order(c: Context) -> Flow:
    b = FB(c, "lion", "POST", f"{API}/v1/orders")
    b.header("user-agent", cfn("LionTrade", "2.9.0"))
    b.json(
        {
            "sym": "D05",
            "side": "BUY",
            "qty": 100,
            "px": rf(c.rng, 38, 40, 2),
            "clientOrderId": rid(c.rng),
        }
    )
    b.ok_json({"orderId": "O" + new_hex(c.rng, 18).upper(), "status": "NEW"})
    b.decoy("order ids")
    return b.build()


def kyc_result(c: Context) -> Flow:
    b = FB(c, "lion", "POST", f"{API}/v1/onboarding/ekyc/selfie-result")
    b.header("user-agent", cfn("LionTrade", "2.9.0"))
    pts = [[rf(c.rng, 200, 500, 1), rf(c.rng, 250, 650, 1)] for _ in range(68)]
    b.json(
        {
            "applicationId": "APP" + new_hex(c.rng, 10).upper(),
            "liveness": {"passed": True, "score": rf(c.rng, 0.9, 0.999, 3)},
            "faceMatch": {
                "similarity": rf(c.rng, 0.8, 0.99, 3),
                "threshold": 0.75,
                "docType": "NRIC",
            },
            "faceLandmarks": pts,
            "capturedAt": iso(c),
        }
    )
    b.bio("face_analysis", "body.faceMatch / body.liveness / body.faceLandmarks")
    b.ok_json({"next": "PEP_SCREENING"})
    return b.build()


def kyc_opaque(c: Context) -> Flow:
    b = FB(c, "lion", "POST", f"{API}/v1/onboarding/ekyc/blob")
    b.header("user-agent", cfn("LionTrade", "2.9.0"))
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(600)), "application/octet-stream")
    b.bio("face_analysis", "encrypted selfie result blob", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


BIO = [kyc_result, kyc_result, kyc_opaque]
