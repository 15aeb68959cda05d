"""LuckySpin: a casino and sports-betting app with KYC and device fingerprinting.

Device intelligence as fraud vendors document it: SEON's Android SDK collects
`device_hash`, `gsf_id`, `wifi_mac_address`, `android_id`
(https://github.com/seontechnologies/seon-android-sdk-public, field list in
https://docs.seon.io/api-reference/fraud-api), ThreatMetrix profiling keyed by
`org_id` + `session_id` (per-session, not a device id), iovation-style
encrypted "blackbox" strings (opaque by design, no identifier inside). KYC
selfies go to Sumsub (`/resources/applicants/{id}/info/idDoc`, metadata
`idDocType: SELFIE`, https://docs.sumsub.com/reference/add-id-documents) and to
Onfido (`/v3.6/live_photos`, https://documentation.onfido.com/api/latest/#live-photos).
Odds, bets and wallet traffic are negatives full of ids that identify nothing
on the phone.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, ms, rf, rid, ua

UA = ua("LuckySpin", "3.19.2")
API = "https://api.luckyspin-bet.example"


def _b(c: Context, method: str, url: str, sdk: str = "luckyspin") -> FB:
    f = FB(c, sdk, method, url)
    f.header("user-agent", UA)
    return f


def seon_report(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v2/risk/device")
    f.json(
        {
            "player": f.acct("spin_player"),
            "device_details": {
                "device_hash": f.id("spin_seon_hash", where="body.device_details.device_hash"),
                "gsf_id": f.id("spin_gsf", where="body.device_details.gsf_id"),
                "android_id": f.id("aid_spin", where="body.device_details.android_id"),
                "wifi_mac_address": f.id("wifi_mac", where="body.device_details.wifi_mac_address"),
                "device_type": "android",
                "is_emulator": False,
                "battery_level": rf(c.rng, 0.1, 1.0, 2),
            },
        }
    )
    f.ok_json({"fraud_score": rf(c.rng, 0, 30, 1), "state": "APPROVE"})
    return f.build()


def seon_session_blob(c: Context) -> Flow:
    """The encrypted SEON session string: opaque by design, identifies nothing by itself."""
    f = _b(c, "POST", f"{API}/v2/auth/login")
    blob = base64.b64encode(c.rng.randbytes(180)).decode()
    f.decoy(blob[:24])
    f.json({"username": "ines.m", "password_hash": new_hex(c.rng, 64), "seon_session": blob})
    f.ok_json({"token": b64(jsb({"sub": f.acct("spin_player")}))})
    return f.build()


def threatmetrix(c: Context) -> Flow:
    f = _b(c, "GET", "https://h.online-metrix.net/fp/clear.png", "threatmetrix")
    sid = new_hex(c.rng, 32)
    f.decoy(sid)
    f.param("org_id", "k8vif92e")
    f.param("session_id", sid)
    f.param("m", "2")
    f.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    return f.build()


def iovation_blackbox(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v2/cashier/deposit")
    bb = "0400" + base64.b64encode(c.rng.randbytes(150)).decode()
    order = f"DEP-{c.rng.randint(10**7, 10**8)}"
    f.decoy(order)
    f.json(
        {"amount": c.rng.choice([10, 20, 50]), "currency": "EUR", "order": order, "blackbox": bb}
    )
    f.ok_json({"status": "OK", "order": order})
    return f.build()


def install_header(c: Context, opaque: bool = False) -> Flow:
    f = _b(c, "GET", f"{API}/v2/promotions")
    if opaque:
        f.header(
            "cookie",
            "_lsx=" + f.id("spin_gsf", where="cookie._lsx", detectable=False) + "; lang=de",
        )
    else:
        f.header("x-install-id", f.id("spin_install", where="header.x-install-id"))
    f.ok_json({"promotions": [{"id": c.rng.randint(1, 99), "title": "Free spins Friday"}]})
    return f.build()


def sumsub_selfie(c: Context) -> Flow:
    app_id = new_hex(c.rng, 24)
    f = _b(c, "POST", f"https://api.sumsub.com/resources/applicants/{app_id}/info/idDoc", "sumsub")
    f.header("x-app-token", "sbx:" + new_hex(c.rng, 24))
    f.bio("face_image", "multipart.content(idDocType=SELFIE)")
    boundary = "----ss" + new_hex(c.rng, 16)
    f.set_body(
        multipart(
            boundary,
            [
                ("metadata", None, None, jsb({"idDocType": "SELFIE", "country": "DEU"})),
                ("content", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    f.ok_json({"idDocType": "SELFIE", "country": "DEU"})
    return f.build()


def onfido_live_photo(c: Context) -> Flow:
    f = _b(c, "POST", "https://api.eu.onfido.com/v3.6/live_photos", "onfido")
    f.bio("face_image", "multipart.file(live_photos)")
    boundary = "onf" + new_hex(c.rng, 20)
    f.set_body(
        multipart(
            boundary,
            [
                ("applicant_id", None, None, rid(c.rng).encode()),
                ("file", "live.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
                ("advanced_validation", None, None, b"true"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    f.ok_json({"id": rid(c.rng), "file_type": "image/jpeg"})
    return f.build()


def kyc_opaque_step(c: Context) -> Flow:
    """The app's own KYC step: a face JPEG in base64 under a key that says nothing."""
    f = _b(c, "POST", f"{API}/v2/kyc/step")
    f.bio("face_image", "body.p(b64 jpeg)", detectable=False)
    f.json({"s": 3, "p": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)), "t": ms(c)})
    f.ok_json({"next": 4})
    return f.build()


def kyc_form(c: Context) -> Flow:
    """Self-declared attributes on a sign-up form: not biometric."""
    f = _b(c, "POST", f"{API}/v2/kyc/personal")
    f.form(
        [
            ("first_name", "Ines"),
            ("gender", "female"),
            ("date_of_birth", "1991-04-12"),
            ("nationality", "IT"),
            ("eye_colour", "brown"),
        ]
    )
    f.ok_json({"ok": True})
    return f.build()


def odds(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v2/sports/football/odds")
    f.param("league", "bundesliga")
    f.ok_json(
        {
            "events": [
                {
                    "event_id": c.rng.randint(10**6, 10**7),
                    "home": rf(c.rng, 1.2, 4, 2),
                    "draw": rf(c.rng, 2.8, 4, 2),
                    "away": rf(c.rng, 1.5, 6, 2),
                }
                for _ in range(4)
            ]
        }
    )
    return f.build()


def bet_slip(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v2/bets")
    slip = rid(c.rng)
    f.decoy(slip)
    f.json(
        {
            "slip_id": slip,
            "stake": 5,
            "selections": [{"event_id": c.rng.randint(10**6, 10**7), "pick": "1"}],
            "placed_at": iso(c),
        }
    )
    f.ok_json({"accepted": True, "slip_id": slip})
    return f.build()


def live_dealer_segment(c: Context) -> Flow:
    t, n = c.rng.randint(1, 8), c.rng.randint(1000, 9999)
    f = _b(c, "GET", f"https://live.luckyspin-bet.example/roulette/t{t}/chunk_{n}.m4s")
    f.respond(200, "video/iso.segment", bytes(400))
    return f.build()
