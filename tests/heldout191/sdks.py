"""SDK traffic of Ji-woo's personal apps: Firebase Remote Config and Airbridge
(AB180's attribution SDK, common in Korean apps) in Dramatoon, Kakao login.

Firebase's app instance id, Airbridge's device UUID and the advertising id are
her phone's identifiers; Kakao's user id is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, ua

UA = ua("Dramatoon", "7.3.1")


def remote_config(c: Context) -> Flow:
    url = (
        "https://firebaseremoteconfig.googleapis.com/v1/projects/dramatoon-prod"
        "/namespaces/firebase:fetch"
    )
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "appInstanceId": b.id("drama_firebase_instance", where="json appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": "1:402188815521:android:" + new_hex(c.rng, 22),
            "countryCode": "KR",
            "languageCode": "ko-KR",
            "platformVersion": "34",
            "timeZone": "Asia/Seoul",
            "appVersion": "7.3.1",
            "packageName": "kr.dramatoon.android",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"state": "UPDATE", "entries": {"hb_interval_sec": "30", "show_wt_tab": "true"}})
    return b.build()


def airbridge_open(c: Context) -> Flow:
    url = "https://core.airbridge.io/api/v4/apps/dramatoon/events/mobile-app/9163"
    b = FB(c, "airbridge", "POST", url)
    b.header("user-agent", "Airbridge-Android-SDK/2.25.1")
    b.json(
        {
            "requestTimestamp": ms(c),
            "sdkVersion": "M_A_v2.25.1",
            "eventUUID": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4) + "-4" + new_hex(c.rng, 3),
            "device": {
                "deviceUUID": b.id("drama_airbridge_uuid", where="json device.deviceUUID"),
                "gaid": b.id("gaid", where="json device.gaid"),
                "limitAdTracking": False,
                "deviceModel": "SM-S921N",
                "osVersion": "14",
                "carrier": "SKTelecom",
                "locale": "ko-KR",
            },
            "eventData": {"goal": {"category": "9163"}, "page": {"name": "home"}},
        }
    )
    b.ok_json({"success": True})
    return b.build()


def kakao_login(c: Context) -> Flow:
    b = FB(c, "kakao", "GET", "https://kapi.kakao.com/v2/user/me")
    b.header("user-agent", "sdk/2.20.1 sdk_type/kotlin os/android-34 lang/ko-KR")
    b.header("authorization", "Bearer " + new_hex(c.rng, 54))
    b.decoy("Kakao account id and nickname (account, not device)")
    b.ok_json(
        {
            "id": int(new_digits(c.rng, 10, "3")),
            "connected_at": iso(c),
            "properties": {"nickname": "지우"},
        }
    )
    return b.build()
