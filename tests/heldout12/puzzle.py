"""Ad-funded puzzle game ("Tile Bloom", fictional) with AppLovin MAX mediation.

The only app on the iPad the user allowed to track (ATT status 3), so its ad
SDKs send the IDFA (AppLovin, Unity and Chartboost are in `adsdk.py`). Here:
Digital Turbine (Fyber) `inner-active.mobi` ad requests (query string
reconstructed from public traffic write-ups); a Moloco SDK bid request in
OpenRTB 2.6 (`device.ifa`, `lmt`) with the IAB Tech Lab SKAdNetwork community
extension (`imp.ext.skadn` versions / sourceapp / skadnetids, `device.ext.ifv`,
`device.ext.atts`; `bid.ext.skadn` nonce / signature / campaign in the win
notice, a decoy); the game's own telemetry (an IDFV under a meaningless key,
an obfuscated IDFA), level data and store prices (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, fb, ms, rf, rid, ua

UA = ua("TileBloom", "iPadOS 17.5.1", "341")
BUNDLE = "com.tilebloom.puzzle"
STORE_ID = "1499318820"
GAME_ID = "4417302"
SKAN = [
    "22mmun2rn5.skadnetwork",
    "9t245vhmpl.skadnetwork",
    "4fzdc2evr5.skadnetwork",
    "v9wttpbfk9.skadnetwork",
    "cstr6suwn9.skadnetwork",
]


def sdk_builder(c: Context, sdk: str, method: str, url: str) -> FB:
    b = fb(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def fyber_ad(c: Context) -> Flow:
    url = "https://wv.inner-active.mobi/simpleM2M/clientRequestEnhancedHtmlAd"
    b = sdk_builder(c, "dt-fyber", "GET", url)
    for k, v in [
        ("aid", "TileBloom_iOS_Inter"),
        ("v", "2.2.0-iOS-8.3.1"),
        ("po", "2048"),
        ("w", "1640"),
        ("h", "2360"),
        ("t", str(ms(c))),
        ("idfa", b.id("idfa", where="query:idfa")),
        ("lt", "0"),
        ("idfv", b.id("idfv_game", how="lower", where="query:idfv")),
        ("nt", "wifi"),
        ("ciso", "NO"),
    ]:
        b.param(k, v)
    b.respond(200, "text/html", b"<html><body><!-- creative --></body></html>")
    return b.build()


def moloco_bid(c: Context) -> Flow:
    b = sdk_builder(c, "moloco", "POST", "https://sdkapi.moloco.com/v3/sdk-bid")
    req = {
        "id": rid(c.rng),
        "imp": [
            {
                "id": "1",
                "instl": 1,
                "bidfloor": rf(c.rng, 0.5, 6, 2),
                "video": {"w": 1640, "h": 2360, "mimes": ["video/mp4"]},
                "ext": {
                    "skadn": {
                        "versions": ["2.0", "2.1", "2.2", "3.0", "4.0"],
                        "sourceapp": STORE_ID,
                        "skadnetids": SKAN,
                        "skoverlay": 1,
                        "productpage": 1,
                    }
                },
            }
        ],
        "app": {"bundle": STORE_ID, "name": "Tile Bloom", "publisher": {"id": "pub_8812"}},
        "device": {
            "ifa": b.id("idfa", where="body:device.ifa"),
            "lmt": 0,
            "make": "Apple",
            "model": "iPad13,18",
            "os": "iPadOS",
            "osv": "17.5.1",
            "devicetype": 5,
            "ext": {"ifv": b.id("idfv_game", where="body:device.ext.ifv"), "atts": 3},
        },
        "regs": {"coppa": 0, "ext": {"gdpr": 1}},
    }
    b.json(req, "gzip")
    b.ok_json({"id": req["id"], "seatbid": []})
    return b.build()


def skan_bid_response(c: Context) -> Flow:
    """A win notice carrying `bid.ext.skadn`: nonce, signature, campaign: ids of nothing."""
    b = sdk_builder(c, "moloco", "POST", "https://sdkapi.moloco.com/v3/win")
    skadn = {
        "version": "4.0",
        "network": SKAN[1],
        "campaign": str(c.rng.randint(1, 99)),
        "itunesitem": "1601339127",
        "nonce": rid(c.rng).upper(),
        "sourceapp": STORE_ID,
        "timestamp": str(ms(c)),
        "fidelity": 1,
        "signature": b64(bytes(c.rng.getrandbits(8) for _ in range(70))),
    }
    b.json({"bidid": rid(c.rng), "price": rf(c.rng, 1, 9, 3), "ext": {"skadn": skadn}})
    b.decoy("SKAdNetwork nonce / signature / campaign: no device identifier")
    b.no_content()
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = sdk_builder(c, "tile-bloom", "POST", "https://t.tilebloom.com/v2/e")
    b.json(
        {
            "k1": b.id("idfv_game", where="body:k1", detectable=False),
            "k2": c.rng.randint(1, 400),
            "k3": "lvl_end",
            "k4": ms(c),
        }
    )
    b.no_content()
    return b.build()


def sealed_attribution(c: Context) -> Flow:
    b = sdk_builder(c, "tile-bloom", "POST", "https://t.tilebloom.com/v2/a")
    raw = b.id_raw("idfa", "custom_b64", "body:p (obfuscated)")
    b.form([("p", b64(bytes(x ^ 0x5A for x in raw.encode()))), ("v", "2")])
    b.no_content()
    return b.build()


def level_data(c: Context) -> Flow:
    b = sdk_builder(c, "tile-bloom", "POST", "https://api.tilebloom.com/v1/levels/complete")
    b.json(
        {
            "level": c.rng.randint(1, 900),
            "moves": c.rng.randint(10, 80),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "fov": 55},
            "tiles": [[c.rng.randint(0, 5) for _ in range(6)] for _ in range(6)],
            "runId": rid(c.rng),
        }
    )
    b.decoy("game camera yaw/pitch and board state")
    b.ok_json({"stars": c.rng.randint(1, 3)})
    return b.build()


def store_prices(c: Context) -> Flow:
    b = sdk_builder(c, "tile-bloom", "GET", "https://api.tilebloom.com/v1/store/prices?cc=NO")
    b.decoy("price series and order number")
    b.ok_json(
        {
            "skus": [
                {
                    "id": f"gems_{n}",
                    "nok": [29, 59, 119, 249][i],
                    "history": [round(x * 1.0, 2) for x in (29, 29, 25, 29)],
                }
                for i, n in enumerate((100, 250, 600, 1500))
            ],
            "lastOrder": f"MQ{c.rng.randint(10**9, 10**10)}",
        }
    )
    return b.build()
