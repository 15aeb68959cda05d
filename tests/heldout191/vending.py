"""The café's snack bar: a vending machine, the POS terminal and a voice-order
kiosk. Machine and terminal ids are the café's; the kiosk transcribes speech
into an order (speech recognition, no speaker model: not biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav

from .cafe import CAFE_CODE, GEAR
from .phone import FB, iso, rf, rid

VEND = "https://vm.snackline.example"
POS = "https://pos.arena-seomyeon.example"
MENU = [("신라면", 3500), ("핫식스", 1800), ("치즈볶음밥", 6500), ("아이스티", 2000)]


def vend_sale(c: Context) -> Flow:
    b = FB(c, "vending", "POST", f"{VEND}/api/machines/{GEAR['vending']}/sales",
           http_version="HTTP/1.1")  # fmt: skip
    b.header("user-agent", "SnacklineVM/2.0")
    b.decoy("vending machine's serial (the operator's), slot sale and fridge temperature")
    item, price = c.rng.choice(MENU)
    b.json(
        {
            "machineSerial": GEAR["vending"],
            "slot": c.rng.randint(1, 30),
            "item": item,
            "priceKrw": price,
            "fridgeTempC": rf(c.rng, 2, 7, 1),
            "at": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pos_order(c: Context) -> Flow:
    b = FB(c, "pos", "POST", f"{POS}/v1/orders")
    b.header("user-agent", "ArenaPOS/6.1 (Android 12; SM-T505N)")
    b.decoy("POS order: seat delivery, card approval number, terminal id (the café's)")
    item, price = c.rng.choice(MENU)
    b.json(
        {
            "store": CAFE_CODE,
            "tid": GEAR["pos_tid"],
            "seatNo": c.rng.randint(1, 40),
            "lines": [{"name": item, "qty": 1, "price": price}],
            "card": {"masked": "5310-****-****-" + new_digits(c.rng, 4),
                     "approvalNo": new_digits(c.rng, 8)},
            "orderNo": rid(c.rng),
        }
    )  # fmt: skip
    b.ok_json({"receiptNo": new_digits(c.rng, 12)})
    return b.build()


def voice_order(c: Context) -> Flow:
    b = FB(c, "kiosk", "POST", f"{POS}/v1/kiosk/{GEAR['kiosk']}/stt", http_version="HTTP/1.1")
    b.header("user-agent", "ArenaKiosk/1.9 (Android 11; kiosk)")
    b.decoy("speech-to-text of a spoken order (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.ok_json(
        {
            "transcript": c.rng.choice(
                ["신라면 하나 주세요", "핫식스 두 개요", "볶음밥 12번 자리로"]
            ),
            "confidence": rf(c.rng, 0.7, 0.99, 2),
            "lang": "ko-KR",
        }
    )
    return b.build()


def stock(c: Context) -> Flow:
    b = FB(c, "vending", "GET", f"{VEND}/api/machines/{GEAR['vending']}/stock")
    b.header("user-agent", "SnacklineVM/2.0")
    b.ok_json({"slots": [{"slot": i, "left": c.rng.randint(0, 12)} for i in range(1, 31)]})
    return b.build()


def settlement(c: Context) -> Flow:
    b = FB(c, "pos", "GET", f"{POS}/v1/settlements?date=today")
    b.header("user-agent", "ArenaPOS/6.1 (Android 12; SM-T505N)")
    b.decoy("daily settlement totals and a batch id")
    b.ok_json(
        {
            "batchId": new_hex(c.rng, 24),
            "cardKrw": c.rng.randint(200000, 2000000),
            "cashKrw": c.rng.randint(0, 300000),
        }
    )
    return b.build()
