"""The SDKs the household's apps carry: Gemius (Polish audience measurement, with
its stream module for the players), Adjust and AppsFlyer attribution, Firebase
Analytics, the Didomi consent platform and PushPushGo web/app push.

Gemius' stream hits carry what was played and where the playhead is (viewing
history); its page hits do not. Didomi's consent user id and PushPushGo's
subscriber id are random per install: install ids of the phone, labelled so.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rid, ua

GEMIUS = "https://gapl.hit.gemius.pl"


def _b(c: Context, sdk: str, method: str, url: str, app: str = "Kinoteka") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua(app, "7.4.2"))
    return b


def gemius_page(c: Context) -> Flow:
    """A page view hit: section path and screen, no programme."""
    b = _b(c, "gemius", "GET", f"{GEMIUS}/_{ms(c)}/redot.gif")
    b.param("l", "30")
    b.param("id", "nXpKvZu0pG.fwp3ny0rPt5S8HS0GEHfXCi4aMB4XOtn.l7")
    b.param("fr", "1")
    b.param("nc", b.id("gemius_uid", where="query nc (gemius user cookie)"))
    b.param("extra", "sekcja=seriale|ekran=lista")
    b.decoy("page-view hit: a section name, no programme or playhead")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def gemius_stream(c: Context, programme: str, position: int, event: str) -> Flow:
    """The stream module: player event with material id and playhead (readable names)."""
    b = _b(c, "gemius-stream", "GET", f"{GEMIUS}/_{ms(c)}/sstream.gif")
    b.param("id", "d0Qb1q.HrY3Ke5RfNWw6sqe3LbDpA9s6ZFW5TgJ8uer.I7")
    b.param("nc", b.id("gemius_uid", where="query nc (gemius user cookie)"))
    b.param("playerId", "kinoteka-exo")
    b.param("materialIdentifier", programme)
    b.param("eventType", event)
    b.param("offset", str(position))
    b.param("programDuration", "2640")
    b.param("typ", "video")
    b.view("query materialIdentifier + eventType + offset")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def gemius_stream_packed(c: Context, programme: str, position: int) -> Flow:
    """The compact form the "lite" player build uses: one pipe-joined value under `v`."""
    b = _b(c, "gemius-stream", "GET", f"{GEMIUS}/_{ms(c)}/ss.gif")
    b.param("nc", b.id("gemius_uid", where="query nc (gemius user cookie)"))
    b.param("v", f"2|{programme}|c|{position}|{ms(c)}")
    b.view("query v (pipe-joined programme|event|offset, unnamed)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def adjust_session(c: Context, app: str = "Kinoteka") -> Flow:
    b = _b(c, "adjust", "POST", "https://app.adjust.com/session", app)
    pairs = [
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("android_uuid", rid(c.rng)),
        ("app_token", "w3k9xq2lq8zk"),
        ("created_at", iso(c)),
        ("device_name", "2211133G"),
        ("device_manufacturer", "Xiaomi"),
        ("os_version", "13"),
        ("country", "PL"),
        ("language", "pl"),
        ("session_count", str(c.rng.randint(2, 90))),
        ("tracking_enabled", "1"),
    ]
    b.decoy("android_uuid is Adjust's per-request uuid, not a device id")
    b.form(pairs)
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def appsflyer_launch(c: Context, app: str = "Bank") -> Flow:
    b = _b(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.12/androidevent", app)
    b.param("app_id", "pl.bankwisla.mobile")
    b.param("buildnumber", "6.12.2")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "uid": b.id("af_uid", where="json uid"),
        "deviceType": "user",
        "brand": "Xiaomi",
        "model": "2211133G",
        "lang": "polski",
        "lang_code": "pl",
        "country": "PL",
        "launch_counter": str(c.rng.randint(2, 60)),
        "date1": iso(c),
    }
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_opaque(c: Context) -> Flow:
    """AppsFlyer's encrypted event body: nothing readable in it."""
    b = _b(c, "appsflyer", "POST", "https://inapps.appsflyer.com/api/v6.12/androidevent", "Bank")
    b.param("app_id", "pl.bankwisla.mobile")
    b.id_raw("af_uid", "aes_cbc", "body (AES-encrypted event)", detectable=False)
    b.id_raw("gaid", "aes_cbc", "body (AES-encrypted event)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(320)), "application/octet-stream")
    b.ok_json({"status": "ok"})
    return b.build()


def firebase_events(c: Context, app: str, screen: str) -> Flow:
    b = _b(c, "firebase", "POST", "https://app-measurement.com/a", app)
    b.decoy("screen_view event: a screen class, not a programme")
    body = {
        "app_instance_id": b.id("fb_instance", where="json app_instance_id"),
        "events": [
            {"name": "screen_view", "params": {"firebase_screen_class": screen}, "ts": ms(c)},
            {"name": "user_engagement", "params": {"engagement_time_msec": 4200}, "ts": ms(c)},
        ],
    }
    b.json(body, "gzip")
    b.no_content()
    return b.build()


def didomi_consent(c: Context, app: str = "Kinoteka") -> Flow:
    b = _b(c, "didomi", "POST", "https://api.privacy-center.org/v1/events", app)
    body = {
        "type": "consent.given",
        "user": {
            "id": b.id("didomi_uid", where="json user.id (Didomi per-install consent id)"),
            "country": "PL",
            "tcfcs": "CP" + b64(rid(c.rng))[:40],
        },
        "source": {"type": "app", "domain": "kinoteka.example", "key": "dm-kinoteka"},
        "consent": {"purposes": {"enabled": ["cookies", "measure_content"], "disabled": []}},
    }
    b.decoy("TCF consent string (a bitfield of purposes, no device in it)")
    b.json(body)
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def pushpushgo_register(c: Context, app: str = "Futbol") -> Flow:
    b = _b(c, "pushpushgo", "POST", "https://api.pushpushgo.com/v1/mobile/subscribers", app)
    body = {
        "project": "5f2a" + "0" * 20,
        "token": "e" + rid(c.rng).replace("-", "") + ":APA91bH" + rid(c.rng).replace("-", ""),
        "platform": "android",
        "tags": ["liga:ekstraklasa", "jezyk:pl"],
    }
    b.ok_json(
        {
            "subscriberId": b.id(
                "ppg_subscriber", where="response json subscriberId", direction="response"
            )
        }
    )
    b.decoy("FCM token: a push address, rotates; not the device")
    b.json(body)
    return b.build()


def firebase_gz_b64(c: Context) -> Flow:
    """A crash-free-users ping that wraps the instance id in gzip+base64 under `p`."""
    b = _b(c, "firebase", "POST", "https://firebaselogging-pa.googleapis.com/v1/firelog/legacy/log")
    inner = gz(f'{{"i":"{c.phone.fb_instance}","t":{ms(c)}}}'.encode())
    b.id_raw("fb_instance", "gzip_b64", "json p (gzip+base64 blob)", detectable=False)
    b.json({"p": b64(inner), "v": 3})
    b.ok_json({"nextRequestWaitMillis": 60000})
    return b.build()
