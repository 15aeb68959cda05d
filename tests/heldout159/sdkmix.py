"""The SDKs Snipz carries on the iPhone: Amplitude, Branch, the TikTok Business SDK
and Snap Kit's Login Kit.

Amplitude's HTTP V2 API takes `device_id` (the SDK's own), `idfa`, `idfv` and events
with properties; a "Clip Viewed" event with `watch_duration_ms` is viewing history.
Branch `/v1/open` sends `hardware_id` (the IDFV, with `is_hardware_id_real`) and the
IDFA as `advertising_ids`. The TikTok Business SDK batches app events with the IDFA
and IDFV under `app` / `device`. Snap Login Kit's token exchange names the account only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ios_ua, iso, ms, rid

UA = ios_ua("Snipz", "31.4.0", "31400")


def amplitude(c: Context, viewed: bool) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", UA)
    if viewed:
        b.view("json events[].event_properties.watch_duration_ms (Clip Viewed)")
        props = {
            "clip_id": f"7{c.rng.randint(10**17, 10**18 - 1)}",
            "watch_duration_ms": c.rng.randint(500, 60000),
            "feed": "for_you",
        }
        name = "Clip Viewed"
    else:
        props = {"screen": c.rng.choice(["profile", "inbox", "camera"])}
        name = "Screen Opened"
    b.json(
        {
            "api_key": new_hex(c.rng, 32),
            "events": [
                {
                    "device_id": b.id("amplitude_did", where="json events[].device_id"),
                    "idfa": b.id("idfa", where="json events[].idfa"),
                    "idfv": b.id("idfv_snipz", where="json events[].idfv"),
                    "event_type": name,
                    "event_properties": props,
                    "time": ms(c),
                    "platform": "iOS",
                    "os_name": "ios",
                    "device_model": "iPhone15,4",
                    "insert_id": rid(c.rng),
                    "session_id": ms(c) - 60000,
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", UA)
    b.json(
        {
            "branch_key": "key_live_" + new_hex(c.rng, 32),
            "hardware_id": b.id("idfv_snipz", where="json hardware_id"),
            "is_hardware_id_real": True,
            "advertising_ids": {"idfa": b.id("idfa", where="json advertising_ids.idfa")},
            "randomized_device_token": b.id("branch_hw", where="json randomized_device_token"),
            "os": "iOS",
            "os_version": "17.5.1",
            "brand": "Apple",
            "model": "iPhone15,4",
            "app_version": "31.4.0",
            "facebook_app_link_checked": False,
            "debug": False,
            "metadata": {},
            "instrumentation": {"v1/open-qwt": str(c.rng.randint(0, 40))},
        }
    )
    b.ok_json(
        {"session_id": str(c.rng.randint(10**17, 10**18)), "data": '{"+clicked_branch_link":false}'}
    )
    return b.build()


def tiktok_events(c: Context) -> Flow:
    b = FB(c, "tiktok-business", "POST", "https://business-api.tiktok.com/open_api/v1.3/app/batch/")
    b.header("user-agent", UA)
    b.header("access-token", new_hex(c.rng, 40))
    b.decoy("ViewContent of a subscription page (a product view, not a watch report)")
    b.json(
        {
            "tiktok_app_id": "7301234567890123456",
            "batch": [
                {
                    "type": "track",
                    "event": "ViewContent",
                    "timestamp": iso(c),
                    "context": {
                        "app": {"id": "1587654321", "name": "Snipz", "version": "31.4.0"},
                        "device": {
                            "platform": "iOS",
                            "idfa": b.id("idfa", where="json batch[].context.device.idfa"),
                            "idfv": b.id("idfv_snipz", where="json batch[].context.device.idfv"),
                            "att_status": "authorized",
                        },
                        "user": {
                            "anonymous_id": b.id(
                                "tiktok_anon", where="json batch[].context.user.anonymous_id"
                            )
                        },
                        "locale": "en-CA",
                    },
                    "properties": {
                        "content_type": "subscription",
                        "content_id": "snipz_plus_monthly",
                        "currency": "CAD",
                        "value": 4.99,
                    },
                }
            ],
        }
    )
    b.ok_json({"code": 0, "message": "OK"})
    return b.build()


def snap_login(c: Context) -> Flow:
    b = FB(c, "snapkit", "POST", "https://accounts.snapchat.com/accounts/oauth2/token")
    b.header("user-agent", "SnapKit-LoginKit/2.5.0 iOS")
    b.decoy("OAuth code exchange: account tokens, no device id")
    b.form(
        [
            ("grant_type", "authorization_code"),
            ("code", new_hex(c.rng, 32)),
            ("client_id", rid(c.rng)),
            ("redirect_uri", "snipz://snap-kit/oauth2"),
            ("code_verifier", new_hex(c.rng, 43)),
        ]
    )
    b.ok_json(
        {
            "access_token": new_hex(c.rng, 64),
            "refresh_token": new_hex(c.rng, 64),
            "expires_in": 3600,
        }
    )
    return b.build()
