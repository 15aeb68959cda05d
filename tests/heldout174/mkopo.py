"""Mkopo Chap: a digital-lending app on the Tecno (instant M-Pesa loans).

Its risk engine collects a device profile (`android_id`, `gaid`, an `imei`
left empty because Android 13 refuses it to ordinary apps, and the BSSID of
the Wi-Fi the phone is on: the apartment block's shared access point, the
landlord's equipment, labelled a decoy) and later re-sends the profile
AES-encrypted under `data` (the ANDROID_ID inside, nothing readable). Adjust
attribution runs through `app.adjust.com/session` and `/event` with
`gps_adid` and `android_uuid`, and returns `adid`
(https://github.com/adjust/android_sdk, PackageBuilder). The loan form's
national ID, M-Pesa statement figures and credit score are accounts and
ordinary data. Before the first loan the app takes a selfie: the on-device
face detector's estimate (`umri_kutoka_uso`, `jinsia_kutoka_uso`: age and
gender read from the face, a face-analysis result) goes up with the selfie
and its contour points; the loan form's self-declared `jinsia` does not count.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, TECNO_MODEL, dalvik, iso, ksh, points, rf, rid, ua_tecno

API = "https://api.mkopochap.example"
UA = ua_tecno("MkopoChap", "2.9.8")
APP_TOKEN = "x3k9qv1m2b7s"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mkopochap", method, url)
    b.header("user-agent", UA)
    b.header("x-mc-customer", b.acct("mkopo_customer"))
    return b


def device_profile(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/risk/device-profile")
    b.decoy("wifi_bssid: the apartment block's shared Wi-Fi access point (landlord's equipment)")
    b.json(
        {
            "android_id": b.id("aid_mkopo", where="json android_id"),
            "gaid": b.id("gaid_tecno", where="json gaid"),
            "imei": "",
            "brand": "TECNO",
            "model": TECNO_MODEL,
            "wifi_bssid": "b0:4e:26:" + ":".join(new_hex(c.rng, 2) for _ in range(3)),
            "wifi_ssid": "Riverside Apartments Block C",
            "sim_operator": "63902",
            "installed_loan_apps": c.rng.randint(0, 6),
            "battery": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"alama_ya_hatari": c.rng.randint(300, 850), "ombi": rid(c.rng)})
    return b.build()


def sealed_sync(c: Context) -> Flow:
    """The same profile AES-encrypted: the ANDROID_ID rides inside, unreadable."""
    b = _b(c, "POST", f"{API}/api/v2/sync")
    b.id_raw("aid_mkopo", "aes_cbc", "json data (AES-CBC profile)")
    b.json(
        {
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(300, 900)))),
            "ver": 4,
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik(TECNO_MODEL))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("gps_adid", b.id("gaid_tecno", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("mkopo_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "Z+0300")),
            ("environment", "production"),
            ("os_name", "android"),
            ("os_version", "13"),
            ("device_name", TECNO_MODEL),
            ("device_manufacturer", "TECNO"),
            ("package_name", "ke.mkopochap.app"),
            ("session_count", str(c.rng.randint(1, 60))),
            ("needs_response_details", "1"),
        ]
    )
    adid = b.id("mkopo_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", dalvik(TECNO_MODEL))
    b.decoy("loan_disbursed revenue event (amount in KES)")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("event_token", "q7h2ab"),
            ("gps_adid", b.id("gaid_tecno", where="form gps_adid")),
            ("android_uuid", b.id("mkopo_adjust_uuid", where="form android_uuid")),
            ("revenue", str(ksh(c.rng, 500, 20000))),
            ("currency", "KES"),
            ("event_count", str(c.rng.randint(1, 9))),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def apply_loan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mkopo/omba")
    b.decoy("loan application: national ID number and phone (accounts), amounts")
    b.json(
        {
            "namba_ya_kitambulisho": b.acct("national_id"),
            "simu": b.acct("msisdn"),
            "kiasi": ksh(c.rng, 500, 15000),
            "muda_siku": c.rng.choice([7, 14, 30]),
            "sababu": c.rng.choice(["biashara", "karo", "dharura"]),
        }
    )
    b.ok_json({"mkopo_id": "LN" + new_digits(c.rng, 9), "hali": "inakaguliwa"})
    return b.build()


def statement_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/risk/mpesa-stats")
    b.decoy("M-Pesa statement aggregates: monthly inflow/outflow series")
    b.json(
        {
            "miezi": [
                {
                    "mwezi": f"2024-{m:02d}",
                    "ingia": ksh(c.rng, 5000, 90000),
                    "toka": ksh(c.rng, 5000, 90000),
                }
                for m in range(5, 11)
            ],
            "fuliza_count": c.rng.randint(0, 12),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def credit_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/mimi/kikomo")
    b.ok_json(
        {
            "kikomo": ksh(c.rng, 500, 25000),
            "alama": c.rng.randint(300, 850),
            "riba": rf(c.rng, 5, 15, 1),
        }
    )
    return b.build()


def repay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mkopo/lipa")
    b.decoy("repayment STK push: phone number and receipt")
    b.json({"simu": b.acct("msisdn"), "kiasi": ksh(c.rng, 300, 8000), "ombi": rid(c.rng)})
    b.ok_json({"CheckoutRequestID": "ws_CO_" + new_digits(c.rng, 14)})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/selfie")
    b.bio("face_image", "json selfie_image + face_points + umri_kutoka_uso / jinsia_kutoka_uso")
    b.json(
        {
            "selfie_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 650)),
            "face_points": points(c.rng, 68),
            "umri_kutoka_uso": c.rng.randint(24, 48),
            "jinsia_kutoka_uso": c.rng.choice(["F", "M"]),
            "ubora": rf(c.rng, 0.6, 0.99, 2),
            "ombi": rid(c.rng),
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def face_estimate(c: Context) -> Flow:
    """The detector's estimate alone, sent again at every loan (no image)."""
    b = _b(c, "POST", f"{API}/api/v2/risk/face-estimate")
    b.bio("face_attributes", "json umri_kutoka_uso + jinsia_kutoka_uso + pose (from the face)")
    b.json(
        {
            "umri_kutoka_uso": c.rng.randint(24, 48),
            "jinsia_kutoka_uso": c.rng.choice(["F", "M"]),
            "tabasamu": rf(c.rng, 0, 1, 2),
            "pose": {"yaw": rf(c.rng, -20, 20, 1), "pitch": rf(c.rng, -15, 15, 1)},
        }
    )
    b.no_content()
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/mimi/wasifu")
    b.decoy("self-declared jinsia and birth date on the profile form")
    b.json(
        {
            "jina": "Wanjiku Otieno",
            "jinsia": "Mwanamke",
            "tarehe_ya_kuzaliwa": "1989-06-02",
            "kaunti": c.rng.choice(["Nairobi", "Mombasa", "Kisumu"]),
            "kazi": c.rng.choice(["mfanyabiashara", "mwalimu", "fundi"]),
        }
    )
    b.ok_json({"imehifadhiwa": True})
    return b.build()
