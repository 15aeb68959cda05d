"""PaiNam (ໄປນຳ): a Vientiane ride-hailing app (the son's Redmi 13C).

Keys are romanised Lao (`tamnaeng` = position, `jut_lap` = pick-up point,
`jut_mai` = destination, `lot` = car, `khan_lot` = driver, `lakha` = price).
Ride positions, the driver's live position and price quotes are ordinary app
traffic (a map "position" is no viewing). AppsFlyer launches and in-app events
carry `advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's names). A
telemetry ping sends the ANDROID_ID base64-encoded under a one-letter key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.painam.example"
UA = ua("PaiNam", "5.1.2", "luksai")
PLACES = [
    ("ປະຕູໄຊ", 17.9706, 102.6187),
    ("ຕະຫຼາດເຊົ້າ", 17.9658, 102.6139),
    ("ສະໜາມບິນວັດໄຕ", 17.9883, 102.5633),
    ("ທາດຫຼວງ", 17.9764, 102.6337),
    ("ITECC", 17.9406, 102.6296),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "painam", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "la.painam.rider"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("luksai"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_luksai", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("painam_af_uid", where="json uid"),
            "android_id": b.id("aid_painam", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.1.2",
            "model": "23108RN04Y",
            "brand": "Redmi",
            "lang_code": "lo",
            "country": "LA",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": c.rng.choice(["af_ride_booked", "jong_lot", "af_purchase"]),
            "eventValue": '{"af_revenue":"'
            + str(c.rng.randint(15, 90) * 1000)
            + '","af_currency":"LAK"}',
            "advertiserId": b.id("gaid_luksai", where="json advertiserId"),
            "uid": b.id("painam_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t/1")
    b.json(
        {
            "a": b.id("aid_painam", "b64", "json a (base64)", detectable=False),
            "n": c.rng.choice(["wifi", "4g"]),
            "b": c.rng.randint(10, 100),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def lakha(c: Context) -> Flow:
    (a, la1, lo1), (z, la2, lo2) = c.rng.sample(PLACES, 2)
    b = _b(c, "POST", f"{API}/v2/lakha/pramaan")
    b.decoy("pick-up / destination positions (tamnaeng) for a fare quote")
    b.json(
        {
            "jut_lap": {"sue": a, "tamnaeng": [la1, lo1]},
            "jut_mai": {"sue": z, "tamnaeng": [la2, lo2]},
            "pachet_lot": c.rng.choice(["tuk_tuk", "lot_nyai", "lot_jak"]),
        }
    )
    b.ok_json(
        {
            "lakha": c.rng.randint(20, 120) * 1000,
            "sakun_ngoen": "LAK",
            "nathi": c.rng.randint(5, 40),
        }
    )
    return b.build()


def jong_lot(c: Context) -> Flow:
    (a, la1, lo1), (z, la2, lo2) = c.rng.sample(PLACES, 2)
    b = _b(c, "POST", f"{API}/v2/kan_doen_thang")
    b.decoy("ride booking with positions")
    b.json(
        {
            "jut_lap": {"sue": a, "lat": la1, "lng": lo1},
            "jut_mai": {"sue": z, "lat": la2, "lng": lo2},
            "vithi_jai": c.rng.choice(["ngoen_sot", "qr"]),
            "vela": iso(c),
        }
    )
    b.ok_json({"lahat_thiao": f"PN{c.rng.randint(10**7, 10**8)}", "sathana": "ha_khan_lot"})
    return b.build()


def khan_lot_tamnaeng(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kan_doen_thang/PN{c.rng.randint(10**7, 10**8)}/khan_lot")
    b.decoy("driver's live position and heading (tamnaeng, thit_thang)")
    b.ok_json(
        {
            "khan_lot": "ທ້າວ ສົມສັກ",
            "pai_thabian": "ກຂ " + str(c.rng.randint(1000, 9999)),
            "tamnaeng": {"lat": rf(c.rng, 17.93, 18.0), "lng": rf(c.rng, 102.56, 102.65)},
            "thit_thang": c.rng.randint(0, 359),
            "ha_nathi": c.rng.randint(1, 12),
        }
    )
    return b.build()


def push_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/phu_sai/push")
    b.json(
        {
            "fcm": rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng).replace("-", ""),
            "tel": b.acct("painam_phone"),
        }
    )
    b.no_content()
    return b.build()
