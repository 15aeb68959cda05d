"""The SDKs the family's apps carry: CleverTap (KentePlay, AyoMusic), AppsFlyer
(SikaPay), Firebase Analytics (Nhyira Gospel) and the Facebook SDK (KentePlay).

CleverTap puts its device id under the one-letter key `g` of the meta header
(an SDK-made id behind an unreadable key) and custom events under `evtName` /
`evtData`. AppsFlyer launches carry `advertiserId` and `uid`. Firebase's
`app-measurement.com/a` batch is protobuf: the app instance id and advertising
id as bare strings, event and parameter names readable. The Facebook SDK's
`fb_mobile_content_view` is a title page opened, not a watch.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid

CT = "https://eu1.clevertap-prod.com/a1"
APPS = {
    "kente": ("com.kenteplay.android", "TEST-6Z5-K8R-866Z", "KentePlay"),
    "ayo": ("com.ayomusic.app", "TEST-48W-5K7-R96Z", "AyoMusic"),
}


def _ct(c: Context, app: str, events: list[dict], view_where: str | None) -> Flow:
    pkg, acct, _ = APPS[app]
    b = FB(c, "clevertap", "POST", f"{CT}?os=Android&t=60300&z={acct}&ts={int(c.now)}")
    b.header("user-agent", "okhttp/4.10.0")
    if view_where:
        b.view(view_where)
    meta = {
        "g": b.id("ct_guid", where="json [0].g (CleverTap device id)", detectable=False),
        "type": "meta",
        "af": {
            "Version": "4.18.2",
            "Build": "418",
            "OS Version": "13",
            "Make": "TECNO",
            "Model": "CK7n",
            "Carrier": "MTN",
            "wifi": True,
            "pn": pkg,
        },
        "id": acct,
        "tk": "a" + rid(c.rng).replace("-", "")[:6],
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 30,
    }
    for e in events:
        e.update({"type": "event", "s": int(c.now) - 600, "pg": 1, "ep": int(c.now)})
    b.set_body(js([meta, *events]).encode(), "application/json; charset=utf-8")
    b.ok_json({})
    return b.build()


def ct_video_watched(c: Context) -> Flow:
    ev = {
        "evtName": "Video Watched",
        "evtData": {
            "Title": c.rng.choice(["Anikulapo", "Sidechic Gang", "La Rose de Guadalupe ép. 112"]),
            "Content ID": f"NW-{c.rng.randint(1000, 9999)}",
            "Watch Time (s)": c.rng.randint(60, 5000),
            "Percent Complete": c.rng.randint(5, 100),
        },
    }
    return _ct(c, "kente", [ev], "json evtName=Video Watched evtData (title, watch time)")


def ct_song_played(c: Context) -> Flow:
    ev = {
        "evtName": "Song Played",
        "evtData": {
            "Song": c.rng.choice(["Kwaku the Traveller", "Dosabado", "Adonai"]),
            "Seconds Listened": c.rng.randint(10, 240),
        },
    }
    return _ct(c, "ayo", [ev], "json evtName=Song Played evtData (song, seconds listened)")


def ct_app_launched(c: Context) -> Flow:
    app = c.rng.choice(["kente", "ayo"])
    return _ct(c, app, [{"evtName": "App Launched", "evtData": {"Network": "4G"}}], None)


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=com.sikapay.wallet&buildnumber=6.12.2"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n Build/TP1A.220624.014)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("af_uid", where="json uid"),
            "app_id": "com.sikapay.wallet",
            "brand": "TECNO",
            "model": "TECNO CK7n",
            "country": "GH",
            "operator": "MTN",
            "launch_counter": str(c.rng.randint(2, 200)),
            "af_timestamp": str(ms(c)),
            "date1": iso(c)[:19].replace("T", "_"),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def _fa_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(4, [pb_bytes(1, name), pb_varint(4, value)])
    return pb_msg(4, [pb_bytes(1, name), pb_bytes(3, value)])


def _fa_batch(b: FB, c: Context, events: bytes) -> bytes:
    bundle = (
        pb_varint(1, 1)
        + events
        + pb_bytes(8, "android")
        + pb_bytes(9, "13")
        + pb_bytes(10, "TECNO CK7n")
        + pb_bytes(14, "com.nhyiragospel.app")
        + pb_bytes(
            19,
            b.id("gaid", "protobuf", "protobuf bundle field 19 (advertising id)", detectable=False),
        )
        + pb_bytes(
            27,
            b.id(
                "fb_app_instance",
                where="protobuf bundle field 27 (app instance id)",
                detectable=False,
            ),
        )
    )
    return pb_msg(1, [bundle])


def firebase_screen(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n)")
    ev = pb_msg(2, [_fa_param("_sc", "GivingActivity"), pb_bytes(2, "_vs"), pb_varint(3, ms(c))])
    b.set_body(_fa_batch(b, c, ev), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def firebase_video(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n)")
    b.view("protobuf event video_progress with video_title / video_current_time")
    ev = pb_msg(
        2,
        [
            _fa_param("video_title", "Walking in Dominion"),
            _fa_param("video_current_time", c.rng.randint(60, 4000)),
            _fa_param("video_percent", c.rng.choice([10, 25, 50, 75])),
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    b.set_body(_fa_batch(b, c, ev), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def facebook_content_view(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v18.0/871203344556712/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    b.decoy("fb_mobile_content_view: a title page opened in the catalogue, no watch time")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "fb_mobile_content_view",
                            "fb_content_type": "movie",
                            "fb_content_id": f"NW-{c.rng.randint(1000, 9999)}",
                            "_logTime": int(c.now),
                        }
                    ]
                ),
            ),
            (
                "extinfo",
                js(
                    [
                        "a2",
                        "com.kenteplay.android",
                        418,
                        "4.18.2",
                        "13",
                        "CK7n",
                        "en_GH",
                        "GMT",
                        "MTN",
                    ]
                ),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()
