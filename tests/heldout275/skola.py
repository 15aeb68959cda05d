"""Скъола 5: a Vladikavkaz school's parent app (Alan's Redmi) and the school's tablet cart.

The parent app uses Firebase (Installations, GA4 for apps) and registers for
push with the ANDROID_ID. Through it the parent sees the child's video
lessons; the lesson player reports the position the child reached (what a
person watched: viewing history), and the lesson history comes back in a
response. GA4's `video_progress` event names the lesson too.

The classroom tablets belong to the school (a shared cart, checked in by an
MDM with serial, MAC and battery): not a person's device. Timetable,
homework, marks and the video files themselves are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from . import sdks
from .phone import FB, equipment_mac, equipment_serial, iso, ms, rf, rid, ua

API = "https://api.skola5-alania.example"
UA = ua("Skola5", "2.7.3", "alan")
LESSONS = [
    ("L-ir-07", "Ирон æвзаг: мивдисæг", 1260),
    ("L-mat-07", "Математикæ: хæйттæ", 1500),
    ("L-ist-07", "Ирыстоны истори", 1380),
    ("L-bio-07", "Биологи: хъæд", 1140),
]
SUBJECTS = ["Ирон æвзаг", "Уырыссаг æвзаг", "Математикæ", "Истори", "Физкультурæ"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "skola5", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push/register")
    b.json(
        {
            "parent": b.acct("skola_parent"),
            "fid": b.id("fid_skola", where="json fid"),
            "device": {
                "androidId": b.id("aid_skola", where="json device.androidId"),
                "os": "android 14",
            },
            "fcmToken": new_hex(c.rng, 22) + ":APA91b" + new_hex(c.rng, 60),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lesson_progress(c: Context) -> Flow:
    lid, title, dur = c.rng.choice(LESSONS)
    b = _b(c, "POST", f"{API}/v1/video-lesson/{lid}/progress")
    b.view("json lesson position / duration / watchedAt (child's video lesson)")
    b.json(
        {
            "student": "st" + str(c.rng.randint(1000, 9999)),
            "lesson": title,
            "position": c.rng.randint(30, dur),
            "duration": dur,
            "watchedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lesson_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/video-lesson/history?child=1")
    b.view("response json kastytæ[] (lessons watched, with position)", direction="response")
    b.ok_json(
        {
            "kastytæ": [
                {"lesson": lid, "nom": t, "position": c.rng.randint(60, d), "kast": iso(c)}
                for lid, t, d in c.rng.sample(LESSONS, 3)
            ]
        }
    )
    return b.build()


def ga4_lesson(c: Context) -> Flow:
    lid, title, dur = c.rng.choice(LESSONS)
    return sdks.ga4_app(
        c,
        [
            (
                "video_progress",
                {
                    "video_title": title,
                    "video_id": lid,
                    "video_percent": 50,
                    "video_current_time": dur // 2,
                },
            )
        ],
        viewing="protobuf GA4 event video_progress with video_title/video_current_time",
    )


def ga4_screen(c: Context) -> Flow:
    return sdks.ga4_app(c, [("screen_view", {"firebase_screen": c.rng.choice(["diary", "marks"])})])


def lesson_file(c: Context) -> Flow:
    lid = c.rng.choice(LESSONS)[0]
    b = FB(
        c,
        "skola5",
        "GET",
        f"https://video.skola5-alania.example/{lid}/720/seg{c.rng.randint(1, 200)}.mp4",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video lesson segment fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 700))
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/timetable?class=7b")
    b.ok_json({"days": [{"day": d, "lessons": c.rng.sample(SUBJECTS, 4)} for d in range(1, 6)]})
    return b.build()


def marks(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/marks?child=1&term=2")
    b.ok_json(
        {
            "marks": [
                {"subject": s, "mark": c.rng.randint(3, 5), "date": iso(c)[:10]} for s in SUBJECTS
            ]
        }
    )
    return b.build()


def homework(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/homework?date={iso(c)[:10]}")
    b.ok_json({"items": [{"subject": s, "text": "§12, фæлтæрæнтæ 3–5"} for s in SUBJECTS[:3]]})
    return b.build()


def mdm_checkin(c: Context) -> Flow:
    b = FB(c, "skola5-mdm", "POST", "https://mdm.skola5-alania.example/api/v2/checkin")
    b.header("user-agent", "SchoolMDM/5.0 (Android 12; cart)")
    b.decoy("school-owned cart tablet check-in: serial, MAC, asset tag (institution equipment)")
    b.json(
        {
            "assetTag": f"SK5-TAB-{c.rng.randint(1, 40):02d}",
            "serialNumber": equipment_serial(c.rng, "R9T"),
            "wifiMac": equipment_mac(c.rng, "5C:CB:99"),
            "battery": c.rng.randint(10, 100),
            "kiosk": True,
            "cart": "7b",
            "seen": ms(c),
        }
    )
    b.ok_json({"commands": [], "policy": "exam-mode" if c.rng.random() < 0.2 else "default"})
    return b.build()


def mdm_apps(c: Context) -> Flow:
    b = FB(c, "skola5-mdm", "GET", "https://mdm.skola5-alania.example/api/v2/apps?cart=7b")
    b.header("user-agent", "SchoolMDM/5.0 (Android 12; cart)")
    b.ok_json(
        {
            "apps": [{"pkg": "ru.skola5.lessons", "v": "1.2." + str(c.rng.randint(0, 9))}],
            "wifi": {"ssid": "SK5-EDU", "signal": rf(c.rng, -80, -40, 0)},
        }
    )
    return b.build()
