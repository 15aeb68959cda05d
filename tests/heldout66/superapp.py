"""A Singapore/Malaysia super-app ("Kopi Super"): rides, food, wallet.

Mostly hard decoys: ride ETAs with polylines and driver ids, food orders with
order numbers, "recently viewed" restaurants (not viewing history: listings
viewed), SGQR / DuitNow wallet QR payloads (EMVCo merchant strings). The real
device ids go to AppsFlyer: iOS launch/event body per the AppsFlyer iOS SDK
(`launches.appsflyer.com/api/v6.x/iosevent`, keys `uid`, `advertiserId`,
`vendorId`; AppsFlyer S2S docs "iOS: idfa, idfv").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, cfn, iso, ms, rf, rid

API = "https://api.kopisuper-example.sg"


def ride_eta(c: Context) -> Flow:
    b = FB(c, "kopi", "POST", f"{API}/transport/v3/quotes")
    b.header("user-agent", cfn("KopiSuper", "5.312.0"))
    b.json(
        {
            "pickUp": {
                "lat": rf(c.rng, 1.28, 1.40, 6),
                "lng": rf(c.rng, 103.8, 103.9, 6),
                "name": "Raffles Place MRT Exit J",
            },
            "dropOff": {"lat": rf(c.rng, 1.28, 1.40, 6), "lng": rf(c.rng, 103.8, 103.9, 6)},
            "serviceIds": [302, 613, 1180],
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "quotes": [
                {
                    "serviceId": s,
                    "etaSec": c.rng.randint(120, 900),
                    "fareSGD": rf(c.rng, 9, 30, 2),
                    "driverDeviceHint": new_hex(c.rng, 12),
                }
                for s in (302, 613)
            ],
            "polyline": "".join(c.rng.choice("abcdefghij_~@?") for _ in range(60)),
        }
    )
    b.decoy("ride quote: coordinates, session uuid, driver-side hint hex (not the tester's device)")
    return b.build()


def food_order(c: Context) -> Flow:
    b = FB(c, "kopi", "POST", f"{API}/food/v2/orders")
    b.header("user-agent", cfn("KopiSuper", "5.312.0"))
    b.json(
        {
            "merchantID": "MY-" + str(c.rng.randint(10**7, 10**8)),
            "items": [
                {"nama": "Nasi Lemak Ayam", "qty": 1, "hargaRM": 12.9},
                {"nama": "Teh Tarik kurang manis", "qty": 2, "hargaRM": 3.5},
            ],
            "catatan": "no need cutlery lah",
            "orderNo": "F-" + new_hex(c.rng, 10).upper(),
        }
    )
    b.ok_json({"orderID": rid(c.rng), "state": "ALLOCATING", "etaMin": c.rng.randint(20, 45)})
    b.decoy("food order with order number and uuid")
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = FB(c, "kopi", "POST", f"{API}/food/v1/user/recently-viewed")
    b.header("user-agent", cfn("KopiSuper", "5.312.0"))
    b.json(
        {
            "viewed": [
                {
                    "merchantId": str(c.rng.randint(10**7, 10**8)),
                    "viewedAt": ms(c) - i * 60000,
                    "dwellMs": c.rng.randint(2000, 40000),
                }
                for i in range(4)
            ]
        }
    )
    b.no_content()
    b.decoy("recently viewed restaurants with dwell time: listings viewed, not watching")
    return b.build()


def wallet_qr(c: Context) -> Flow:
    uen, amt, crc = c.rng.randint(10**8, 10**9), c.rng.randint(10, 99), new_hex(c.rng, 4).upper()
    qr = f"00020101021226370009SG.PAYNOW01012020{uen}X52040000530370254{amt}5802SG6304{crc}"
    b = FB(c, "kopi", "POST", f"{API}/pay/v4/qr/decode")
    b.header("user-agent", cfn("KopiSuper", "5.312.0"))
    b.json({"qrPayload": qr, "scanTs": iso(c), "nonce": new_hex(c.rng, 32)})
    b.ok_json(
        {
            "merchant": "Ah Seng Kopitiam",
            "amount": None,
            "txnRef": "TX" + new_hex(c.rng, 14).upper(),
        }
    )
    b.decoy("SGQR/PayNow QR payload, nonce, transaction reference")
    return b.build()


def appsflyer(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.15/iosevent?app_id=id1142114207&buildnumber=6.15.3"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", cfn("KopiSuper", "5.312.0"))
    b.json(
        {
            "uid": b.id("af_uid", where="body.uid"),
            "advertiserId": b.id("idfa", where="body.advertiserId"),
            "vendorId": b.id("idfv_super", where="body.vendorId"),
            "app_id": "id1142114207",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 90)),
            "eventName": "af_content_view",
            "model": "iPhone15,4",
            "sdkVersion": "6.15.3",
            "ivc": False,
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def device_fp_opaque(c: Context) -> Flow:
    b = FB(c, "kopi", "POST", f"{API}/risk/v1/collect")
    b.header("user-agent", cfn("KopiSuper", "5.312.0"))
    hidden = b.id("idfv_super", how="sha256", where="body.d.k3", detectable=False)
    b.json({"d": {"k1": new_hex(c.rng, 8), "k3": hidden, "k7": c.rng.randint(1, 9)}, "v": 4})
    b.no_content()
    return b.build()


DEV = [appsflyer, appsflyer, device_fp_opaque]
