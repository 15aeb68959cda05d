"""Qaniujaaqpait Kids: a syllabics learning video app on the son's iPad.

ᖃᓂᐅᔮᖅᐸᐃᑦ (qaniujaaqpait) are the syllabics. Lesson videos teach a syllable
row each (ᐱ ᐳ ᐸ, ᑎ ᑐ ᑕ...). The app's API keys are syllabics: ᓱᕈᓯᖅ (surusiq
'child'), ᑕᕐᕆᔮᒃᓴᖅ (video), ᑕᑯᓐᓇᕐᓂᖅ_ᓯᑯᓐᑎ (seconds watched), ᐃᓱᓕᖅᑐᖅ
(finished), ᑕᑯᔭᐅᓚᐅᖅᑐᑦ (what was watched); the iPad's IDFV rides in an
`x-qarasaujaq` header. Product analytics go to Mixpanel (`/track`, form
`data=` base64 of the event list with `token`, `distinct_id`, `$device_id`,
`time`). An offline queue flushes protobuf rows (IDFV, lesson, seconds). The
lesson videos, thumbnails, the syllabics chart, the lesson list and quiz
answers are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js, pb_bytes, pb_varint

from .phone import FB, iso, ms, rid

API = "https://api.qaniujaaqpait.example"
UA = "Qaniujaaqpait/2.0.3 (iPad; iOS 17.5.1; Scale/2.00)"
MIXPANEL_TOKEN = "4c1f0b6e9d2a7c33e58b10af6d2e9f41"
LESSONS = [
    (101, "ᐃ ᐱ ᑎ ᑭ — ᐃᓕᓐᓂᐊᕐᓂᖅ 1", 240),
    (102, "ᐅ ᐳ ᑐ ᑯ — ᐃᓕᓐᓂᐊᕐᓂᖅ 2", 260),
    (103, "ᐊ ᐸ ᑕ ᑲ — ᐃᓕᓐᓂᐊᕐᓂᖅ 3", 255),
    (110, "ᓇᓄᖅ ᐊᒻᒪ ᓇᑦᑎᖅ (song)", 180),
    (118, "ᐊᕐᓇᓪᓚᐃᑦ ᐅᓂᒃᑲᐅᓯᖓ", 420),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "qaniujaaqpait", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "iu-CA;q=1.0, en-CA;q=0.8")
    if device:
        b.header("x-qarasaujaq", b.id("idfv_kids", where="header x-qarasaujaq"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices", device=False)
    b.json(
        {
            "identifierForVendor": b.id("idfv_kids", where="json identifierForVendor"),
            "ilaginnaq": b.acct("kids_family"),
            "model": "iPad12,1",
            "os": "iPadOS 17.5.1",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lesson_progress(c: Context) -> Flow:
    lid, title, dur = c.rng.choice(LESSONS)
    b = _b(c, "POST", f"{API}/v1/progress")
    b.view("json ᑕᕐᕆᔮᒃᓴᖅ{ᐊᑎᖓ, ᑕᑯᓐᓇᕐᓂᖅ_ᓯᑯᓐᑎ} (child's video watch time)")
    sec = c.rng.randint(20, dur)
    b.json(
        {
            "ᓱᕈᓯᖅ": "Irniq",
            "ᑕᕐᕆᔮᒃᓴᖅ": {"id": lid, "ᐊᑎᖓ": title, "ᑕᑯᓐᓇᕐᓂᖅ_ᓯᑯᓐᑎ": sec, "ᐃᓱᓕᖅᑐᖅ": sec >= dur},
            "ᐃᑲᕐᕋᖅ": iso(c),
        }
    )
    b.ok_json({"ᐅᓚᒃᑕᖅ": c.rng.randint(1, 5)})
    return b.build()


def watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/surusiq/watched")
    b.view("response json ᑕᑯᔭᐅᓚᐅᖅᑐᑦ[] (watched list)", direction="response")
    b.ok_json(
        {
            "ᑕᑯᔭᐅᓚᐅᖅᑐᑦ": [
                {"id": lid, "ᐊᑎᖓ": t, "ᐃᑲᕐᕋᖅ": iso(c), "ᓯᑯᓐᑎ": c.rng.randint(30, d)}
                for lid, t, d in c.rng.sample(LESSONS, 3)
            ]
        }
    )
    return b.build()


def mixpanel_watch(c: Context) -> Flow:
    lid, title, dur = c.rng.choice(LESSONS)
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track?ip=1")
    b.header("user-agent", UA)
    b.view("form data (base64 JSON: event Video Watched, video_title, seconds_watched)")
    dev = b.id_raw("kids_mp_device", "b64_json", "form data (base64 JSON) $device_id", True)
    events = [
        {
            "event": "Video Watched",
            "properties": {
                "token": MIXPANEL_TOKEN,
                "distinct_id": "$device:" + dev,
                "$device_id": dev,
                "time": ms(c),
                "$os": "iPadOS",
                "video_id": lid,
                "video_title": title,
                "seconds_watched": c.rng.randint(20, dur),
                "completed": c.rng.random() < 0.5,
            },
        }
    ]
    b.form([("data", b64(js(events)))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def mixpanel_open(c: Context) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track?ip=1")
    b.header("user-agent", UA)
    dev = b.id_raw("kids_mp_device", "b64_json", "form data (base64 JSON) $device_id", True)
    events = [
        {
            "event": "$ae_session",
            "properties": {"token": MIXPANEL_TOKEN, "$device_id": dev, "time": ms(c)},
        }
    ]
    b.form([("data", b64(js(events)))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def offline_flush(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/q", device=False)
    idfv = b.id("idfv_kids", "protobuf", "protobuf field 1", detectable=False)
    b.view("protobuf rows (lesson, seconds, ts)", detectable=False)
    rows = b"".join(
        pb_bytes(
            2,
            pb_varint(1, c.rng.choice(LESSONS)[0])
            + pb_varint(2, c.rng.randint(10, 400))
            + pb_varint(3, ms(c)),
        )
        for _ in range(c.rng.randint(1, 4))
    )
    b.set_body(pb_bytes(1, idfv) + rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def lesson_video(c: Context) -> Flow:
    lid = c.rng.choice(LESSONS)[0]
    b = FB(c, "qaniujaaqpait", "GET", f"https://media.qaniujaaqpait.example/v/{lid}/720.mp4")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPad; U; CPU OS 17_5_1 like Mac OS X)")
    b.header("range", "bytes=0-")
    b.decoy("lesson video fetch (content, not a play event)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def thumbnail(c: Context) -> Flow:
    lid = c.rng.choice(LESSONS)[0]
    b = FB(c, "qaniujaaqpait", "GET", f"https://media.qaniujaaqpait.example/t/{lid}.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def lessons(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lessons?uqausiq=iu", device=False)
    b.decoy("lesson list with durations (catalogue)")
    b.ok_json({"ᐃᓕᓐᓂᐊᕐᓂᐅᔪᑦ": [{"id": i, "ᐊᑎᖓ": t, "ᑕᑭᓂᖓ_ᓯᑯᓐᑎ": d} for i, t, d in LESSONS]})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/qaniujaaqpait/chart", device=False)
    rows = ["ᐃ ᐅ ᐊ", "ᐱ ᐳ ᐸ", "ᑎ ᑐ ᑕ", "ᑭ ᑯ ᑲ", "ᒋ ᒍ ᒐ", "ᒥ ᒧ ᒪ", "ᓂ ᓄ ᓇ", "ᓯ ᓱ ᓴ"]
    b.ok_json({"rows": rows, "finals": "ᑉ ᑦ ᒃ ᒡ ᒻ ᓐ ᔅ ᓪ"})
    return b.build()


def quiz_answer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/quiz/answer", device=False)
    b.decoy("quiz answer with a request id and timestamp")
    b.json({"q": c.rng.randint(1, 60), "kiuvuq": c.rng.choice(["ᐱ", "ᐳ", "ᐸ"]), "rid": rid(c.rng)})
    b.ok_json({"tammanngittuq": c.rng.random() < 0.7})
    return b.build()
