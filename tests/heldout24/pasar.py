"""Pasar: a Shopee-like marketplace with live shopping.

Modelled on Shopee's public web/app API shape (`/api/v4/...`, the `SPC_F`
device-fingerprint cookie and `SPC_EC` session cookie, `af-ac-enc-dat`
header; as seen in public Shopee API clients on GitHub). Live streams watched
and for how long are viewing history; product page views are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ms, rid

API = "https://mall.pasar.co.id"
LIVE = "https://live.pasar.co.id"


def _b(c: Context, method: str, url: str, params=None, cookie_detect: bool = False) -> FB:  # type: ignore[no-untyped-def]
    b = FB(c, "pasar", method, url, params)
    b.header("user-agent", "Android app Pasar appver=33215 app_type=1")
    spc_f = b.id("pasar_spc_f", where="cookie SPC_F", detectable=cookie_detect)
    b.header(
        "cookie", f"SPC_F={spc_f}; SPC_EC={b64(c.rng.randbytes(30))}; SPC_U={c.phone.pasar_user}"
    )
    b.header("x-request-id", rid(c.rng))
    return b


def live_view(c: Context) -> Flow:
    b = _b(c, "POST", f"{LIVE}/api/v1/session/{new_digits(c.rng, 8)}/viewer/report")
    b.view("json live session watch_duration_ms / join_time")
    b.json(
        {
            "session_id": int(new_digits(c.rng, 8)),
            "streamer_uid": int(new_digits(c.rng, 9)),
            "join_time": ms(c) - 60000,
            "watch_duration_ms": c.rng.randint(3000, 1800000),
            "source": "live_tab",
        }
    )
    b.ok_json({"err_code": 0})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{LIVE}/api/v1/session/heartbeat")
    b.view("form sesi_live, lama_tonton (Indonesian: live session, time watched)")
    b.form(
        [
            ("sesi_live", new_digits(c.rng, 8)),
            ("lama_tonton", str(c.rng.randint(30, 3600))),
            ("interval", "30"),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json({"err_code": 0, "viewers": c.rng.randint(100, 20000)})
    return b.build()


def live_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{LIVE}/api/v1/user/recently_watched", [("limit", "20")])
    b.view("response recently_watched live sessions with watched_seconds", direction="response")
    rows = [
        {
            "session_id": int(new_digits(c.rng, 8)),
            "title": "Flash sale jam 12!",
            "watched_seconds": c.rng.randint(20, 3000),
        }
        for _ in range(4)
    ]
    b.ok_json({"data": {"recently_watched": rows}})
    return b.build()


def live_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{LIVE}/api/v1/t")
    b.view("encrypted live stats blob (af-ac-enc-dat style)", detectable=False)
    b.header("af-ac-enc-dat", b64(c.rng.randbytes(48)))
    b.json({"data": b64(c.rng.randbytes(320))})
    b.ok_json({"err_code": 0})
    return b.build()


def product_view(c: Context) -> Flow:
    item, shop = new_digits(c.rng, 11), new_digits(c.rng, 9)
    b = _b(c, "GET", f"{API}/api/v4/pdp/get_pc", [("item_id", item), ("shop_id", shop)])
    b.decoy("product page view (not viewing history): item_id, price history")
    prices = [c.rng.randint(50, 300) * 1000 for _ in range(30)]
    b.ok_json(
        {
            "data": {
                "item": {"itemid": int(item), "name": "Kerudung Segi Empat", "price": prices[-1]},
                "price_history": prices,
            }
        }
    )
    return b.build()


def track_product(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/__t__")
    b.decoy("product impression tracking (view_product events, not media)")
    ev = [
        {
            "type": "view",
            "page_type": "product",
            "target": {"item_id": int(new_digits(c.rng, 11))},
            "ts": ms(c),
        }
        for _ in range(3)
    ]
    b.json({"events": ev, "trace_id": new_hex(c.rng, 32)})
    b.ok_json({"ok": 1})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/api/v4/search/search_items",
        [("keyword", c.rng.choice(["gamis", "ốp lưng", "sepatu"])), ("limit", "60")],
    )
    b.decoy("search results")
    b.ok_json(
        {
            "items": [
                {"itemid": int(new_digits(c.rng, 11)), "price": c.rng.randint(1, 99) * 10000}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def image(c: Context) -> Flow:
    b = FB(c, "pasar", "GET", f"https://cf.pasar-cdn.net/file/id-11134207-{new_hex(c.rng, 20)}_tn")
    b.decoy("product thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 300))
    return b.build()


def device_init(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/device/init", cookie_detect=False)
    b.json(
        {
            "device_id": b.id("pasar_spc_f", where="json device_id"),
            "android_id": b.id("aid_pasar", where="json android_id"),
            "adid": b.id("gaid", where="json adid"),
            "device_model": c.phone.model,
            "is_rooted": False,
        }
    )
    b.ok_json({"error": 0})
    return b.build()
