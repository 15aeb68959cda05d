"""Xingchu (行出): ride hailing in Shanghai and Chengdu.

Pick-up and drop-off coordinates, route polylines, fares and the driver's plate
are ordinary location/trip data (look-alikes of nothing this project tracks).
The optional trip audio recording (行程录音) is safety audio for later review,
not a speaker model: not biometric. The app's own calls carry its ANDROID_ID;
its anti-fraud ping sends an MD5 of it under an opaque key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, ms, rf, rid, ua

API = "https://api.xingchu.example"
UA = ua("Xingchu", "6.8.12")


def _b(c: Context, method: str, url: str, ids: bool = True) -> FB:
    b = FB(c, "xingchu", method, url)
    b.header("user-agent", UA)
    if ids:
        b.header("x-xc-androidid", b.id("aid_ride", where="header x-xc-androidid"))
    b.header("x-xc-uid", b.acct("ride_uid"))
    return b


def _pt(c: Context) -> tuple[float, float]:
    if c.rng.random() < 0.5:
        return rf(c.rng, 31.15, 31.30, 6), rf(c.rng, 121.40, 121.55, 6)
    return rf(c.rng, 30.60, 30.72, 6), rf(c.rng, 104.00, 104.12, 6)


def estimate(c: Context) -> Flow:
    (a, b_), (x, y) = _pt(c), _pt(c)
    b = _b(c, "POST", f"{API}/passenger/v3/gujia")
    b.decoy("pick-up/drop-off coordinates and fare estimate")
    b.json({"qidian": {"lat": a, "lng": b_}, "zhongdian": {"lat": x, "lng": y}, "chexing": 1})
    b.ok_json({"yuji_jiage": rf(c.rng, 14, 90, 1), "yuji_shichang_fen": c.rng.randint(8, 55)})
    return b.build()


def track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/passenger/v1/xingcheng/guiji", ids=False)
    b.decoy("trip GPS trace (lat/lng/speed series)")
    b.json(
        {
            "dingdan": f"XC{ms(c)}",
            "guiji": [[*_pt(c), c.rng.randint(0, 60), ms(c) + i * 3000] for i in range(10)],
        }
    )
    b.no_content()
    return b.build()


def order_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/passenger/v1/dingdan/zhuangtai")
    b.decoy("driver name, plate and car: another person's data, no face or device")
    b.ok_json(
        {
            "siji": "李师傅",
            "chepai": "沪A·D" + str(c.rng.randint(10000, 99999)),
            "chexing": "比亚迪秦",
        }
    )
    return b.build()


def trip_audio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/anquan/v1/xingcheng_luyin", ids=False)
    b.decoy("trip safety audio recording: speech for later review, no speaker model")
    boundary = "xc" + new_hex(c.rng, 20)
    body = multipart(
        boundary,
        [
            ("dingdan", None, None, f"XC{ms(c)}".encode()),
            ("luyin", "seg.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": True})
    return b.build()


def antifraud_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/af/p", ids=False)
    b.form([("h", b.id("aid_ride", "md5", "form h", detectable=False)), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def coupon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/yingxiao/v1/youhuiquan", ids=False)
    b.ok_json({"quan": [{"id": rid(c.rng), "mianzhi": 5, "daoqi": "2024-12-31"}]})
    return b.build()
