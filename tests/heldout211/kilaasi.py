"""KilaasiPlus: the school's e-learning platform (lesson videos for JSS / SS
classes), in its teacher / admin app on the coordinator's phone.

Lesson catalogues carry video durations; the class dashboard shows watch
statistics aggregated per class (`kilaasi`, `iye_to_wo` = number who watched,
average completion, average stop position): no single person's viewing, so
ordinary (hard decoys). The coordinator also takes the teachers' CPD course
herself: her own lesson progress (`ilosiwaju` = progress, `ipo_fidio` =
position in the video) is her viewing history. The app registers the phone
with its ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import CB, iso, rf, rid, ua

API = "https://api.kilaasiplus.example/v1"
UA = ua("KilaasiPlus Teacher", "5.1.0")
LESSONS = [
    ("L-MTH-204", "Quadratic Equations (SS2)", 1260),
    ("L-BIO-118", "Photosynthesis (SS1)", 980),
    ("L-YOR-031", "Àṣà Ìgbéyàwó Yorùbá (JSS3)", 840),
    ("L-ENG-077", "Summary Writing (SS2)", 1110),
    ("L-CIV-012", "Rights and Duties of Citizens (JSS2)", 720),
]
CPD = [
    ("CPD-07", "Using Tablets in the Classroom", 1500),
    ("CPD-09", "Safe Internet for Students", 1320),
    ("CPD-11", "Assessment with CBT", 1680),
]
CLASSES = ["JSS1A", "JSS2B", "JSS3C", "SS1 Science", "SS2 Arts", "SS2B"]


def _b(c: Context, method: str, url: str) -> CB:
    b = CB(c, "kilaasiplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ero/forukosile")
    b.json(
        {
            "androidId": b.id("aid_kilaasi", where="json androidId"),
            "userId": b.acct("kilaasi_user"),
            "role": "ict_coordinator",
            "app": "teacher",
            "fcmTopic": "amc-staff",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lessons(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/eko?kilaasi={c.rng.choice(CLASSES)}")
    b.decoy("lesson videos with durations (content catalogue)")
    b.ok_json(
        {
            "eko": [
                {"id": i, "title": t, "duration": d, "thumb": f"/t/{i}.jpg"} for i, t, d in LESSONS
            ]
        }
    )
    return b.build()


def class_stats(c: Context) -> Flow:
    lid, title, dur = c.rng.choice(LESSONS)
    kl = c.rng.choice(CLASSES)
    b = _b(c, "GET", f"{API}/iroyin/kilaasi/{kl.replace(' ', '-')}/eko/{lid}")
    b.decoy("per-class aggregated watch statistics (count, average %, average position)")
    size = c.rng.randint(28, 45)
    b.ok_json(
        {
            "kilaasi": kl,
            "eko": lid,
            "title": title,
            "duration": dur,
            "iye_akeko": size,
            "iye_to_wo": c.rng.randint(5, size),
            "average_watch_percent": rf(c.rng, 20, 95, 1),
            "average_stop_position": c.rng.randint(60, dur),
            "total_minutes": c.rng.randint(100, 900),
        }
    )
    return b.build()


def class_compare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/iroyin/apapo?term=first")
    b.decoy("school-wide watch minutes per class (aggregate)")
    b.ok_json(
        {
            "classes": [
                {"kilaasi": k, "watchMinutes": c.rng.randint(300, 5000), "lessons": 12}
                for k in CLASSES
            ]
        }
    )
    return b.build()


def lesson_segment(c: Context) -> Flow:
    lid = c.rng.choice(LESSONS)[0]
    b = CB(
        c,
        "kilaasiplus",
        "GET",
        f"https://media.kilaasiplus.example/{lid}/480p/seg_{c.rng.randint(1, 200):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def assign(c: Context) -> Flow:
    lid, _, _ = c.rng.choice(LESSONS)
    b = _b(c, "POST", f"{API}/ise-sile")
    b.decoy("assignment due time and lesson video start position")
    b.json(
        {
            "eko": lid,
            "kilaasi": c.rng.choice(CLASSES),
            "due": iso(c),
            "startAtSecond": c.rng.choice([0, 60, 120]),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 12)})
    return b.build()


def my_cpd_progress(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(CPD)
    b = _b(c, "POST", f"{API}/cpd/ilosiwaju")
    b.view("json cpd/title/ipo_fidio (her own lesson position)")
    b.json(
        {
            "cpd": cid,
            "title": title,
            "ipo_fidio": c.rng.randint(30, dur),
            "duration": dur,
            "userId": b.acct("kilaasi_user"),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()
