"""Pulse Arena: a VR fitness app on the Quest 3 (trainer-led classes, boxing).

Amplitude's HTTP V2 API (amplitude.com/docs/apis/analytics/http-v2): POST
`api2.amplitude.com/2/httpapi` with `api_key` and `events[]` of `user_id`,
`device_id` (the SDK's per-install id), `event_type`, `event_properties`,
`platform`, `os_name`, `device_model`, `android_id` when the app opts in.
Workout summaries (heart rate from a paired strap, calories, interval timers)
go to the app's own API: health data but neither face nor voice, so not a
biometric leak in this tool's sense. Class-video progress is watch history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, quest_ua, rf, rid, unity_ua

API = "https://api.pulsearena.fit"
CLASSES = [
    ("cls_8842", "Sunset Boxing with Kai"),
    ("cls_9017", "Neon Cardio Flow"),
    ("cls_7720", "Heavy Bag Hits"),
    ("cls_9130", "Core Blast on the Glacier"),
]


def class_progress(c: Context) -> Flow:
    cid = c.rng.choice(CLASSES)[0]
    b = FB(c, "pulsearena", "POST", f"{API}/v2/classes/{cid}/progress")
    b.view("path:classes/{id}+body:watchedSec+positionSec")
    dur = c.rng.randint(900, 2700)
    body = {
        "trainerVideoId": "vid_" + new_hex(c.rng, 10),
        "positionSec": c.rng.randint(0, dur),
        "watchedSec": c.rng.randint(60, dur),
        "durationSec": dur,
        "completed": c.rng.random() < 0.3,
        "updatedAt": iso(c),
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def amplitude(c: Context, kind: str = "") -> Flow:
    kind = kind or c.rng.choice(
        ["class_video_progress", "class_video_progress", "workout_completed"]
    )
    cid, title = c.rng.choice(CLASSES)
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    if kind == "class_video_progress":
        props: dict[str, object] = {
            "class_id": cid,
            "class_title": title,
            "video_position_s": c.rng.randint(0, 2400),
            "percent_watched": c.rng.randint(5, 100),
        }
        b.view("body:events[].event_type=class_video_progress+class_id+percent_watched")
    else:
        props = {"calories": c.rng.randint(90, 620), "punches": c.rng.randint(200, 2400)}
        b.decoy("workout calories and punch counts")
    ev: dict[str, object] = {
        "user_id": b.acct("fit_user"),
        "device_id": b.id("fit_amp_device", where="body:events[].device_id"),
        "event_type": kind,
        "time": ms(c),
        "event_properties": props,
        "platform": "Android",
        "os_name": "android",
        "os_version": "12",
        "device_brand": "oculus",
        "device_manufacturer": "Oculus",
        "device_model": "Quest 3",
        "session_id": ms(c) - 600_000,
        "insert_id": rid(c.rng),
    }
    if c.rng.random() < 0.5:
        ev["android_id"] = b.id("aid_fit", where="body:events[].android_id")
    b.header("user-agent", quest_ua())
    b.json({"api_key": new_hex(c.rng, 32), "events": [ev]})
    b.ok_json({"code": 200, "events_ingested": 1, "server_upload_time": ms(c)})
    return b.build()


def workout_summary(c: Context) -> Flow:
    b = FB(c, "pulsearena", "POST", f"{API}/v2/workouts")
    b.decoy("heart-rate series, calories and interval timers (not face/voice biometric)")
    hr = [c.rng.randint(92, 176) for _ in range(20)]
    body = {
        "workoutId": "wk_" + new_hex(c.rng, 12),
        "durationSec": c.rng.randint(600, 2700),
        "calories": c.rng.randint(90, 620),
        "avgHeartRate": sum(hr) // len(hr),
        "maxHeartRate": max(hr),
        "hrSeries": hr,
        "intervals": [
            {"label": lab, "startSec": i * 180, "endSec": i * 180 + 170, "restSec": 10}
            for i, lab in enumerate(["warmup", "combo", "combo", "finisher", "cooldown"])
        ],
        "accuracy": rf(c.rng, 0.5, 0.98, 3),
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.ok_json({"xp": c.rng.randint(100, 900), "streak": c.rng.randint(1, 30)})
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "pulsearena", "POST", f"{API}/v1/devices")
    body = {
        "deviceSerial": b.id("quest_serial", where="body:deviceSerial"),
        "androidId": b.id("aid_fit", where="body:androidId"),
        "hmd": "Quest 3",
        "refreshRate": 90,
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.ok_json({"deviceToken": new_hex(c.rng, 40)})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "pulsearena", "GET", f"{API}/v1/leaderboards/weekly")
    b.param("classId", c.rng.choice(CLASSES)[0])
    b.decoy("leaderboard scores and rankings")
    rows = [
        {
            "rank": i + 1,
            "name": f"boxer{c.rng.randint(100, 999)}",
            "score": c.rng.randint(5000, 90000),
        }
        for i in range(8)
    ]
    b.ok_json({"rows": rows})
    return b.build()


def class_catalogue(c: Context) -> Flow:
    b = FB(c, "pulsearena", "GET", f"{API}/v2/classes")
    b.param("level", c.rng.choice(["beginner", "intermediate", "expert"]))
    b.decoy("class catalogue with durations and thumbnails")
    items = [
        {
            "id": cid,
            "title": t,
            "durationSec": 1200,
            "thumb": f"https://img.pulsearena.fit/{cid}.jpg",
        }
        for cid, t in CLASSES
    ]
    b.ok_json({"classes": items})
    return b.build()
