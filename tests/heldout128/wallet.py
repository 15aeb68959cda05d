"""DompetKita: the operator's e-wallet, with a face check on risky payments.

The app binds the phone (its ANDROID_ID and the wallet's own install id), sends
a selfie plus liveness frames to its eKYC face check, and confirms face-pay
with a face template; one step posts an encrypted blob under 'a'. QR payments,
balances, the transaction list, top-ups and promo banners are ordinary, and a
payment request's SHA-256 signature header is of the body, not an identifier.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.dompetkita.example"
UA = ua("DompetKita", "6.4.2")
MERCHANTS = [
    "Kedai Kopi Ah Seng",
    "Nasi Lemak Wanjo",
    "7-Eleven Bukit Bintang",
    "MRT Corp",
    "Parkir Laman Seri",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dompetkita", method, API + path)
    b.header("user-agent", UA)
    b.header("x-dk-sesi", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/peranti/ikat")
    b.json(
        {
            "androidId": b.id("aid_wallet", where="json androidId"),
            "idPeranti": b.id("wallet_device", where="json idPeranti"),
            "model": "SM-A546E",
            "pengguna": b.acct("wallet_user"),
            "telefon": b.acct("msisdn"),
        }
    )
    b.ok_json({"terikat": True, "had_harian": 1500})
    return b.build()


def face_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/ekyc/semakan-wajah")
    b.bio("face_image", "json swafoto (selfie) and bingkai_keaktifan[] (liveness frames)")
    b.json(
        {
            "swafoto": "data:image/jpeg;base64," + _jpeg(c),
            "bingkai_keaktifan": [_jpeg(c, 300) for _ in range(3)],
            "cabaran": c.rng.choice(["kelip_mata", "senyum", "pusing_kiri"]),
            "pengguna": b.acct("wallet_user"),
        }
    )
    b.ok_json({"lulus": True, "skor_keaktifan": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_pay(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/bayar/sahkan-wajah")
    b.bio("face_template", "json templat_wajah (base64 float32 face template)")
    b.json(
        {
            "id_transaksi": "TX" + new_digits(c.rng, 14),
            "amaun": rf(c.rng, 20, 800, 2),
            "templat_wajah": floats_b64(floats(c.rng, 128)),
            "versi_model": "fm-2.3",
        }
    )
    b.ok_json({"status": "BERJAYA"})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/g/7")
    b.bio("face_image", "json a (encrypted selfie packet)", detectable=False)
    blob = hashlib.shake_256(new_hex(c.rng, 16).encode()).digest(900)
    b.json({"a": b64(blob), "k": "v2", "n": new_hex(c.rng, 24)})
    b.ok_json({"r": 1})
    return b.build()


def risk_opaque(c: Context) -> Flow:
    """Risk ping whose 'x-dkc' header is a SHA-256 of the ANDROID_ID (opaque name)."""
    b = _b(c, "GET", "/v3/akaun/baki")
    b.header("x-dkc", b.id("aid_wallet", "sha256", "header x-dkc", detectable=False))
    b.ok_json({"baki": rf(c.rng, 5, 900, 2), "mata_ganjaran": c.rng.randint(0, 5000)})
    return b.build()


def qr_pay(c: Context) -> Flow:
    body = {
        "qr": "00020101021226" + new_digits(c.rng, 30) + "5303458",
        "peniaga": c.rng.choice(MERCHANTS),
        "amaun": rf(c.rng, 3, 80, 2),
        "mata_wang": "MYR",
        "masa": iso(c),
    }
    b = _b(c, "POST", "/v3/bayar/qr")
    b.header("x-dk-tandatangan", hashlib.sha256(str(body).encode()).hexdigest())
    b.decoy("DuitNow QR payload and a body signature hash")
    b.json(body)
    b.ok_json({"status": "BERJAYA", "no_resit": "R" + new_digits(c.rng, 12)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/akaun/baki")
    b.ok_json({"baki": rf(c.rng, 5, 900, 2), "mata_ganjaran": c.rng.randint(0, 5000)})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/transaksi?had=20")
    b.decoy("transaction history: merchants and amounts")
    b.ok_json(
        {
            "transaksi": [
                {
                    "peniaga": c.rng.choice(MERCHANTS),
                    "amaun": rf(c.rng, 2, 120, 2),
                    "masa": ms(c) - i * 86_400_000,
                }
                for i in range(20)
            ]
        }
    )
    return b.build()


def promos(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/promosi?lokasi=KL")
    b.ok_json(
        {
            "sepanduk": [
                {
                    "tajuk": "Cashback 11.11",
                    "gambar": f"https://cdn.dompetkita.example/p/{new_hex(c.rng, 16)}.webp",
                }
            ]
        }
    )
    return b.build()
