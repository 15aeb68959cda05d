"""Live-commerce app (Ssaljip Live): broadcast shopping. Watching a live sale is
watching, so the player heartbeat with the broadcast id and seconds watched is
viewing history; the product list, chat and the viewer counter (aggregate) are not.
Sends the GAID and its ANDROID_ID for ad measurement."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import builder, galaxy_ua, kst, ms, rid

API = "https://live.ssaljip.example"
UA = galaxy_ua("SsaljipLive", "4.0.9")


def live_heartbeat(c: Context) -> Flow:
    b = builder(c, "ssaljip", "POST", f"{API}/api/bangsong/sicheong/heartbeat", UA)
    b.view("json bangsongId + sicheongCho heartbeat of the live player")
    b.json(
        {
            "bangsongId": f"LV{c.rng.randint(100000, 999999)}",
            "sicheongCho": c.rng.randint(5, 1800),
            "state": c.rng.choice(["playing", "paused"]),
            "adId": b.id("gaid", where="json adId"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def device_hello(c: Context) -> Flow:
    b = builder(c, "ssaljip", "POST", f"{API}/api/app/open", UA)
    b.header("x-device-id", b.id("aid_shop", where="header x-device-id"))
    b.json({"appVer": "4.0.9", "push": True, "time": kst(c)})
    b.ok_json({"banner": "오늘의 특가"})
    return b.build()


def products(c: Context) -> Flow:
    b = builder(
        c, "ssaljip", "GET", f"{API}/api/bangsong/LV{c.rng.randint(100000, 999999)}/products", UA
    )
    b.decoy("products of a broadcast with price history (prices, not a person)")
    b.ok_json(
        {
            "items": [
                {"sku": rid(c.rng)[:8], "gagyeok": [c.rng.randint(9000, 90000) for _ in range(6)]}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def viewer_count(c: Context) -> Flow:
    b = builder(c, "ssaljip", "GET", f"{API}/api/bangsong/sicheongja-su", UA)
    b.decoy("sicheongjaSu: concurrent viewers of the broadcast (aggregate)")
    b.ok_json({"sicheongjaSu": c.rng.randint(300, 40000), "joayo": c.rng.randint(0, 9000)})
    return b.build()


def live_chat(c: Context) -> Flow:
    b = builder(c, "ssaljip", "POST", f"{API}/api/chat/send", UA)
    b.json({"msg": c.rng.choice(["사이즈 문의요", "배송 언제 와요?", "ㅋㅋㅋ 대박"]), "t": ms(c)})
    b.ok_json({"ok": 1})
    return b.build()
