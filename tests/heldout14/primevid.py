"""A Prime-Video-like streaming app speaking Amazon's own playback telemetry.

Endpoints and key names as the open-source Amazon VOD clients use them
(Sandmann79/xbmc plugin.video.amazon-test `usage/UpdateStream` with `asin`,
`event` START/PLAY/STOP, `timecode`, `deviceID`, `deviceTypeID`, `firmware`,
`marketplaceID`, `userWatchSessionId`, `format=json`; an Android TV client's
PES v2 `POST /cdp/playback/pes/UpdateSession` with `sessionToken` and
`streamInfo{eventType, vodProgressInfo{currentProgressTime (ISO 8601
duration), timeFormat}}`; home rows with `watchProgressMs`/`runtimeMs`).
Client metrics go to Amazon's Nexus collector `unagi-na.amazon.com/1/events/
com.amazon.eel.<producer>` as `{"events":[{data, messageId, timestamp}]}`
(amazon.com pages' `ue_surl`); device metrics to a `minerva.devices.a2z.com`
host as protobuf (field numbers made up).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

ATV = "https://atv-ps.amazon.com"
DTID = "A43PXU4ZN2AL1"
FW = "fmw:30-app:3.0.380.2547"
UA = ua("AIV", "3.0.380.2547")
TITLES = [
    ("B0CJ4ZQ8N1", "The Lighthouse Keepers S2E4"),
    ("B09RX3L6TF", "Harbour Nights"),
    ("B0BT7VNQ2K", "Desert Relay S1E1"),
    ("B0D1M8HW4C", "The Last Orchard"),
    ("B08YZP3Q9L", "Kitchen Rivals S5E9"),
]


def title(c: Context) -> tuple[str, str]:
    return c.rng.choice(TITLES)


def _dur(sec: int) -> str:
    h, m, s = sec // 3600, sec % 3600 // 60, sec % 60
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + f"{s}S"


def common(b: FB, c: Context, where: str = "query.deviceID") -> None:
    b.param("deviceTypeID", DTID)
    b.param("firmware", FW)
    b.param("deviceID", b.id("pv_device", where=where))
    b.param("marketplaceID", "ATVPDKIKX0DER")
    b.header("user-agent", UA)
    b.header("x-amzn-requestid", rid(c.rng))


def update_stream(c: Context) -> Flow:
    asin, _ = title(c)
    b = FB(c, "primevideo", "GET", f"{ATV}/cdp/usage/UpdateStream")
    b.param("asin", asin)
    b.param("event", c.rng.choice(["START", "PLAY", "PLAY", "STOP"]))
    b.param("timecode", str(c.rng.randint(5, 5400)))
    b.param("userWatchSessionId", rid(c.rng))
    common(b, c)
    b.param("format", "json")
    b.param("version", "1")
    b.view("query.asin + event + timecode")
    b.ok_json(
        {"message": {"body": {"statusCallbackIntervalSeconds": 180}, "statusCode": "SUCCESS"}}
    )
    return b.build()


def pes_update(c: Context) -> Flow:
    asin, _ = title(c)
    op = c.rng.choice(["StartSession", "UpdateSession", "UpdateSession", "StopSession"])
    b = FB(c, "primevideo", "POST", f"{ATV}/cdp/playback/pes/{op}")
    b.param("titleId", asin)
    common(b, c)
    event = {"StartSession": "START", "StopSession": "STOP"}.get(op, "PLAY")
    body: dict[str, object] = {
        "streamInfo": {
            "eventType": event,
            "vodProgressInfo": {
                "currentProgressTime": _dur(c.rng.randint(10, 6000)),
                "timeFormat": "ISO8601DURATION",
            },
        }
    }
    if op != "StartSession":
        body["sessionToken"] = "eyJ" + rid(c.rng).replace("-", "") * 2
    b.view("query.titleId + body.streamInfo.vodProgressInfo.currentProgressTime")
    b.json(body)
    b.ok_json(
        {"sessionToken": "eyJ" + rid(c.rng).replace("-", ""), "callbackIntervalInSeconds": 60}
    )
    return b.build()


def nexus_playback(c: Context) -> Flow:
    asin, _ = title(c)
    url = "https://unagi-na.amazon.com/1/events/com.amazon.eel.AIVPlaybackClientMetrics.NA.Prod"
    b = FB(c, "amazon-nexus", "POST", url, http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    data = {
        "titleId": asin,
        "playbackEventType": c.rng.choice(["Heartbeat", "Pause", "Resume", "Seek"]),
        "positionMs": c.rng.randint(5000, 5_400_000),
        "bitrateKbps": c.rng.choice([2400, 4800, 8000]),
        "deviceSerialNumber": b.id("fire_dsn", where="body.events[].data.deviceSerialNumber"),
        "deviceType": DTID,
        "appVersion": "3.0.380.2547",
    }
    b.view("body.events[].data.titleId + positionMs")
    b.json(
        {
            "events": [
                {
                    "data": data,
                    "messageId": rid(c.rng),
                    "timestamp": ms(c),
                    "producerId": "aiv_android",
                }
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    url = f"{ATV}/cdp/switchblade/android/getDataByTransform/v1/android-home/collections"
    b = FB(c, "primevideo", "GET", url)
    common(b, c)
    items = [
        {
            "asin": a,
            "title": t,
            "watchProgressMs": c.rng.randint(60_000, 3_000_000),
            "runtimeMs": 3_600_000,
            "lastWatched": iso(c),
        }
        for a, t in c.rng.sample(TITLES, 3)
    ]
    b.view("response.collections[Continue Watching].items[].watchProgressMs", direction="response")
    b.ok_json({"collections": [{"title": "Continue Watching", "items": items}]})
    return b.build()


def minerva_opaque(c: Context) -> Flow:
    asin, _ = title(c)
    url = "https://prod.us-east-1.service.minerva.devices.a2z.com/metrics/v1/upload"
    b = FB(c, "amazon-minerva", "POST", url)
    b.header("user-agent", dalvik())
    dsn = b.id("fire_dsn", "protobuf", where="body protobuf field 3 (no names)", detectable=False)
    b.view("body protobuf fields 7/8 (title, position; no names)", detectable=False)
    body = (
        pb_varint(1, 4)
        + pb_bytes(2, DTID)
        + pb_bytes(3, dsn)
        + pb_varint(5, ms(c))
        + pb_bytes(7, asin)
        + pb_varint(8, c.rng.randint(5, 5400))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()
