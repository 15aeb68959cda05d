"""Brightbee, a children's learning app run inside Amazon Kids: lesson videos,
time per lesson, quizzes and a cartoon avatar builder.

Analytics go to Amazon Pinpoint (the AWS Mobile SDK for Android's
AnalyticsClient): POST https://pinpoint.{region}.amazonaws.com/v1/apps/{AppId}/events
signed with SigV4 (`authorization: AWS4-HMAC-SHA256 Credential=.../mobiletargeting/
aws4_request`, `x-amz-date`, `x-amz-security-token`), body as the PutEvents API
reference gives it: `BatchItem` keyed by the endpoint id (a per-install UUID the
SDK makes up), each with `Endpoint{Demographic{Make, Model, Platform...}}` and
`Events` keyed by event id, each with `EventType`, `Attributes`, `Metrics`,
`Session{Id, StartTimestamp}`, `Timestamp`. The app's own backend is made up.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, rf, rid, ua

API = "https://api.brightbee.app"
PP_APP = "6f1c2e9a0b7d4c3e8a5f1b2c3d4e5f60"
UA = ua("Brightbee", "3.8.0")
VIDEOS = [
    ("v-ph-101", "Phonics: the letter B"),
    ("v-ma-214", "Counting to twenty with Bo"),
    ("v-sc-033", "Why do leaves change colour?"),
    ("v-ma-220", "Shapes all around us"),
    ("v-mu-012", "The days of the week song"),
]


def _dev(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-bb-device", b.id("aid_kids", where="header:x-bb-device"))


def lesson_progress(c: Context) -> Flow:
    lesson = f"L{c.rng.randint(100, 480)}"
    b = FB(c, "brightbee", "PUT", f"{API}/v3/profiles/{b_prof(c)}/lessons/{lesson}/progress")
    _dev(b)
    vids = [
        {"videoId": v, "watchedSec": c.rng.randint(20, 300), "completed": c.rng.random() < 0.6}
        for v, _ in c.rng.sample(VIDEOS, 2)
    ]
    b.view("body.videos[].videoId/watchedSec + secondsSpent")
    b.json({"secondsSpent": c.rng.randint(60, 1500), "videos": vids, "updatedAt": iso(c)})
    b.ok_json({"stars": c.rng.randint(0, 3)})
    return b.build()


def b_prof(c: Context) -> str:
    return str(c.phone.kids_profile)  # an account id: not labelled


def watch_log(c: Context) -> Flow:
    b = FB(c, "brightbee", "POST", f"{API}/v3/telemetry/watch-log")
    _dev(b)
    items = []
    for vid, title in c.rng.sample(VIDEOS, c.rng.randint(1, 3)):
        start = c.now - c.rng.randint(100, 3000)
        items.append(
            {
                "vid": vid,
                "title": title,
                "startedAt": round(start, 1),
                "endedAt": round(start + c.rng.randint(30, 400), 1),
                "lastPos": c.rng.randint(10, 300),
            }
        )
    b.view("body.watchLog[]")
    b.json({"profile": b_prof(c), "watchLog": items})
    b.no_content()
    return b.build()


def _sigv4(b: FB, c: Context) -> None:
    cred = "ASIA" + rid(c.rng).replace("-", "").upper()[:16]
    b.header("x-amz-date", "20241105T" + f"{c.rng.randint(80000, 235959):06d}Z")
    b.header("x-amz-security-token", "IQoJb3JpZ2luX2Vj" + rid(c.rng).replace("-", "") * 3)
    b.header(
        "authorization",
        f"AWS4-HMAC-SHA256 Credential={cred}/20241105/us-east-1/mobiletargeting/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature="
        + rid(c.rng).replace("-", "")
        + rid(c.rng).replace("-", ""),
    )
    b.header("x-amz-user-agent", "aws-sdk-android/2.77.0 Linux/5.4.86 Dalvik/2.1.0/0 en_US")


def pinpoint(c: Context, watched: bool = True) -> Flow:
    url = f"https://pinpoint.us-east-1.amazonaws.com/v1/apps/{PP_APP}/events"
    b = FB(c, "pinpoint", "POST", url, http_version="HTTP/1.1")
    _sigv4(b, c)
    session = {
        "Id": rid(c.rng)[:8] + "-20241105-" + f"{c.rng.randint(0, 999999):06d}",
        "StartTimestamp": iso(c),
    }
    if watched:
        vid, title = c.rng.choice(VIDEOS)
        dur = c.rng.randint(120, 420)
        seen = c.rng.randint(20, dur)
        ev = {
            "EventType": "lesson.video_completed" if seen == dur else "lesson.video_progress",
            "Attributes": {"videoId": vid, "videoTitle": title, "subject": vid[2:4]},
            "Metrics": {
                "watchedSeconds": seen,
                "durationSeconds": dur,
                "percentWatched": round(100 * seen / dur, 1),
            },
        }
        b.view("body.BatchItem.*.Events.*.Attributes.videoId + Metrics.watchedSeconds")
    else:
        ev = {"EventType": "_session.start", "Attributes": {}, "Metrics": {}}
    ev.update(
        {
            "AppPackageName": "app.brightbee.kids",
            "AppTitle": "Brightbee",
            "AppVersionCode": "380",
            "ClientSdkVersion": "2.77.0",
            "SdkName": "aws-sdk-android",
            "Session": session,
            "Timestamp": iso(c),
        }
    )
    endpoint = {
        "ChannelType": "ADM",
        "Demographic": {
            "AppVersion": "3.8.0",
            "Locale": "en_US",
            "Make": "Amazon",
            "Model": "KFTRWI",
            "Platform": "ANDROID",
            "PlatformVersion": "11",
            "Timezone": "America/Chicago",
        },
        "EffectiveDate": iso(c),
        "OptOut": "ALL",
    }
    key = b.id(
        "kids_endpoint", where="body.BatchItem.<key> (endpoint id as map key)", detectable=False
    )
    b.json({"BatchItem": {key: {"Endpoint": endpoint, "Events": {rid(c.rng): ev}}}})
    b.ok_json({"Results": {key: {"EndpointItemResponse": {"StatusCode": 202}}}})
    return b.build()


def watch_opaque(c: Context) -> Flow:
    b = FB(c, "brightbee", "POST", f"{API}/v3/s")
    b.header("user-agent", UA)
    b.view("body.p (encrypted watch batch)", detectable=False)
    b.json({"v": 2, "p": c.rng.randbytes(240).hex()})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "brightbee", "GET", f"{API}/v3/catalogue", [("age", "5"), ("subject", "all")])
    b.header("user-agent", UA)
    b.decoy("lesson catalogue page (titles, durations)")
    b.ok_json(
        {
            "lessons": [
                {
                    "id": v,
                    "title": t,
                    "durationSec": c.rng.randint(90, 400),
                    "thumb": f"https://img.brightbee.app/{v}.jpg",
                }
                for v, t in VIDEOS
            ]
        }
    )
    return b.build()


def quiz_answers(c: Context) -> Flow:
    b = FB(c, "brightbee", "POST", f"{API}/v3/quiz/Q{c.rng.randint(100, 999)}/answers")
    b.header("user-agent", UA)
    b.decoy("quiz answers and score")
    b.json(
        {"answers": [c.rng.randint(0, 3) for _ in range(5)], "timeMs": c.rng.randint(9000, 90000)}
    )
    b.ok_json({"score": c.rng.randint(0, 5), "of": 5})
    return b.build()


def avatar_builder(c: Context) -> Flow:
    b = FB(c, "brightbee", "PUT", f"{API}/v3/profiles/{b_prof(c)}/avatar")
    b.header("user-agent", UA)
    b.decoy("cartoon avatar parts (faceShape, eyes, smile) picked by the child")
    b.json(
        {
            "faceShape": f"round_{c.rng.randint(1, 6):02d}",
            "eyes": f"eyes_{c.rng.randint(1, 9):02d}",
            "smile": c.rng.choice(["grin_03", "smile_01", "open_02"]),
            "hat": "bee_antennae",
            "color": rf(c.rng, 0, 360, 0),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def video_segment(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    url = f"https://media.brightbee.app/hls/{vid}/720p/seg_{c.rng.randint(1, 60):04d}.m4s"
    b = FB(c, "brightbee", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("lesson video segment fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200))
    return b.build()
