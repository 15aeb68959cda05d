"""Firebase on the car's apps: Remote Config's REST fetch (firebase.google.com/docs/
reference/remote-config/rest: appInstanceId, appInstanceIdToken, appId, ...) and
GA4 app measurement, a protobuf batch to app-measurement.com/a (field numbers,
no key names: the ids in it are labelled not detectable by name).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid, ua


def remote_config(c: Context) -> Flow:
    url = "https://firebaseremoteconfig.googleapis.com/v1/projects/812093348812/namespaces/firebase:fetch"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSyB7-fake-key-for-tests-00000000")
    b.json(
        {
            "appInstanceId": c.phone.fa_instance,
            "appInstanceIdToken": "eyJhbGciOi" + rid(c.rng)[:12],
            "appId": "1:812093348812:android:4d1f0e9a7c3b2a10",
            "countryCode": "SE",
            "languageCode": "sv-SE",
            "platformVersion": "34",
            "timeZone": "Europe/Stockholm",
            "appVersion": "5.12.0",
            "packageName": "se.filmkvall.auto",
            "sdkVersion": "21.6.0",
        }
    )
    b.other_id("fa_instance", where="json:appInstanceId")
    b.ok_json(
        {"entries": {"player_hb_interval_s": "30", "show_kids_row": "true"}, "state": "UPDATE"}
    )
    return b.build()


def ga4_batch(c: Context, screen: str) -> Flow:
    """GA4 app measurement: a protobuf batch, ids under field numbers only."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Dalvik", "2.1.0", car=True))
    ev = pb_msg(
        2,
        [
            pb_msg(1, [pb_bytes(1, "_sc"), pb_bytes(2, screen)]),
            pb_bytes(2, "_vs"),
            pb_varint(3, ms(c)),
            pb_varint(4, ms(c) - 900),
        ],
    )
    bundle = [
        pb_varint(1, 1),
        ev,
        pb_bytes(8, "android"),
        pb_bytes(9, "12"),
        pb_bytes(10, "Polaris 3"),
        pb_bytes(14, "se.filmkvall.auto"),
        pb_bytes(16, "5.12.0"),
        pb_bytes(19, b.id("car_gaid", how="protobuf", where="protobuf:1.19", detectable=False)),
        pb_bytes(21, c.phone.fa_instance),
        pb_varint(23, c.rng.randint(1, 9)),
    ]
    b.other_id("fa_instance", where="protobuf:1.21", detectable=False)
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_batch_home(c: Context) -> Flow:
    return ga4_batch(c, c.rng.choice(["Hem", "Spelare", "Sök"]))
