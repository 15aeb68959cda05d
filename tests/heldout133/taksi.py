"""Yolcum: a taxi-hailing app in Istanbul and Izmir.

Ride calls stamp `X-Device-Id` with the ANDROID_ID; Adjust sessions carry
the GAID and Adjust's `adid`. Pickup and route coordinates, fare estimates and the
assigned driver's profile photo (another person's picture shown to the rider,
sent to no matching service) and the serial and MAC of the taxi's in-car tablet
(the fleet's device, not the family's) are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from . import sdks
from .phone import FB, rf, rid, ua

API = "https://api.yolcum.example"
UA = ua("Yolcum", "4.22.1")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "yolcum", method, url)
    b.header("user-agent", UA)
    b.header("x-yolcu", b.acct("taksi_user"))
    if device:
        b.header("x-device-id", b.id("aid_taksi", where="header X-Device-Id"))
    return b


def _nokta(c: Context) -> dict[str, float]:
    return {"lat": rf(c.rng, 40.95, 41.1, 6), "lng": rf(c.rng, 28.8, 29.1, 6)}


def yolculuk_iste(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ride/request", device=True)
    b.decoy("pickup and drop-off coordinates")
    b.json({"alis": _nokta(c), "varis": _nokta(c), "odeme": "kart", "istekId": rid(c.rng)})
    b.ok_json({"yolculukId": rid(c.rng), "durum": "SURUCU_ARANIYOR"})
    return b.build()


def ucret_tahmini(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/fare/estimate?mesafe={rf(c.rng, 1, 30, 1)}")
    b.decoy("fare estimate price series")
    b.ok_json({"tahmin": [rf(c.rng, 80, 600, 2) for _ in range(3)], "para": "TRY"})
    return b.build()


def surucu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ride/{rid(c.rng)}/driver")
    b.decoy("assigned driver's name, plate and photo URL (another person, no face matching)")
    b.decoy("aracTabletSeriNo + aracTabletMac: the taxi's in-car tablet (the fleet's, not ours)")
    b.ok_json(
        {
            "ad": "Mehmet K.",
            "plaka": f"34 T {c.rng.randint(1000, 9999)}",
            "puan": rf(c.rng, 4.2, 5, 1),
            "foto": f"https://img.yolcum.example/surucu/{rid(c.rng)}.jpg",
            "aracTabletSeriNo": "YT" + new_hex(c.rng, 10).upper(),
            "aracTabletMac": ":".join(new_hex(c.rng, 2).upper() for _ in range(6)),
        }
    )
    return b.build()


def surucu_foto(c: Context) -> Flow:
    b = FB(c, "yolcum-cdn", "GET", f"https://img.yolcum.example/surucu/{rid(c.rng)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def konum_takip(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ride/track?r={rid(c.rng)}", device=True)
    b.ok_json(
        {
            "surucuKonum": _nokta(c),
            "tahminiVarisDk": c.rng.randint(1, 15),
        }
    )
    return b.build()


def adjust(c: Context) -> Flow:
    return sdks.adjust_session(c, "aid_taksi")
