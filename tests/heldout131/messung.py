"""The SDKs the apps carry: Usercentrics consent, Adjust attribution, Firebase.

Usercentrics stores consent per `controllerId`, an id the SDK makes per
installation: labelled as an SDK device id (a choice: it identifies the install,
not the person). Adjust (`app.adjust.com/session`, form-encoded) sends
`gps_adid` and `android_id`-style keys and gets the `adid` back. Firebase
Analytics' `app_instance_id` rides in GA4 app events (the football app's).
"""

from __future__ import annotations

import hashlib
import json

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, android_ua, iso, rid

FUSSBALL_UA = android_ua("Anstoss", "12.3.0")
JOYNIX_UA = android_ua("Joynix", "5.61.0")


def usercentrics_consent(c: Context) -> Flow:
    b = FB(
        c,
        "usercentrics",
        "POST",
        "https://consent-api.service.consent.usercentrics.eu/consent/uw/3",
    )
    b.header("user-agent", FUSSBALL_UA)
    b.json(
        {
            "controllerId": b.id("uc_controller", where="json controllerId (per-install)"),
            "settingsId": "Hk3v9xQZ1",
            "consents": [
                {"templateId": t, "status": c.rng.random() < 0.7, "version": "1.0.4"}
                for t in ("H1Vl5NidjWX", "S1_9Vsuj-Q", "BJz7qNsdj-7")
            ],
            "language": "de",
            "consentString": {"GPP": "DBABMA~CP" + rid(c.rng).replace("-", "").upper()},
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context, app: str = "fussball") -> Flow:
    aid_attr = "aid_fussball" if app == "fussball" else "aid_privat"
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", FUSSBALL_UA if app == "fussball" else JOYNIX_UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "8m3v0kq9x2bk" if app == "fussball" else "2tq7zs0mhv5c"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid (SDK install uuid)")),
            ("android_id", b.id(aid_attr, where="form android_id")),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    adid = b.id("adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event_opaque(c: Context) -> Flow:
    """An Adjust event whose only id is the `adid` hashed inside callback params."""
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", FUSSBALL_UA)
    adid = b.id_raw("adjust_adid", "sha256_in_json", "form callback_params.h (sha256 of adid)")
    b.form(
        [
            ("app_token", "8m3v0kq9x2bk"),
            ("event_token", "q1w2e3"),
            ("callback_params", json.dumps({"h": hashlib.sha256(adid.encode()).hexdigest()})),
            ("created_at", iso(c).replace("Z", "+0100")),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def firebase_app_event(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", FUSSBALL_UA)
    b.json(
        {
            "app_instance_id": b.id("fb_instance", where="json app_instance_id"),
            "events": [{"name": "screen_view", "params": {"screen": "Tabelle"}}],
        }
    )
    b.no_content()
    return b.build()
