"""Hopu: the lecture-capture system (one recording appliance per teaching
block, a web portal, a phone app for the administrator; fictional, `*.example`).

The administrator checks the appliances, the recording schedule and the
aggregate analytics of lesson recordings (views, unique viewers, average
percent watched, a drop-off curve): counts about a recording, not a report of
what a person watched, so ordinary look-alikes. When the administrator
previews a recording to check it, the player reports that session's position
and watch time (viewing history); the per-student engagement export names
students and what each watched (viewing history, in the answer). The IT
block's appliance reports its hardware serial (a known.yaml value).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.hopu.example/v3"
MEDIA = "https://media.hopu.example"
UA = ua("Hopu", "7.1.4")
RECS = [
    ("rec_7781", "Y11 Pūtaiao - Acids and bases", 2880),
    ("rec_7790", "Y12 Calculus - Chain rule", 3300),
    ("rec_7802", "Y10 Te Reo Māori - Kīwaha", 2400),
    ("rec_7815", "Y13 History - Treaty settlements", 3600),
    ("rec_7822", "Y9 Digital Tech - Algorithms", 2700),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hopu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def analytics(c: Context) -> Flow:
    rec, title, dur = c.rng.choice(RECS)
    b = _b(c, "GET", f"{API}/recordings/{rec}/analytics?granularity=minute")
    b.decoy("aggregate recording analytics: views, unique viewers, avg percent, drop-off")
    b.ok_json(
        {
            "recordingId": rec,
            "title": title,
            "durationSec": dur,
            "views": c.rng.randint(10, 300),
            "uniqueViewers": c.rng.randint(5, 120),
            "avgPercentWatched": rf(c.rng, 20, 90, 1),
            "minutesDelivered": c.rng.randint(100, 9000),
            "dropOff": [c.rng.randint(0, 100) for _ in range(dur // 300)],
        }
    )
    return b.build()


def course_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/folders/{c.rng.randint(100, 999)}/stats?term=4")
    b.decoy("folder view totals per week (aggregate)")
    b.ok_json(
        {
            "weeks": [
                {"week": w, "views": c.rng.randint(0, 400), "watchMinutes": c.rng.randint(0, 6000)}
                for w in range(1, 9)
            ],
            "topRecordings": [
                {"recordingId": r, "views": c.rng.randint(10, 200)} for r, _, _ in RECS[:3]
            ],
        }
    )
    return b.build()


def recording_schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/schedule?room=B12&from={iso(c)[:10]}")
    b.decoy("recording schedule: times and durations")
    b.ok_json(
        {
            "bookings": [
                {
                    "start": iso(c),
                    "durationMin": c.rng.choice([50, 60, 100]),
                    "course": t.split(" - ")[0],
                    "appliance": "B-Block",
                }
                for _, t, _ in RECS[:3]
            ]
        }
    )
    return b.build()


def appliances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/appliances?fields=name,room,state,disk")
    b.decoy("appliance names and disk use (no hardware ids)")
    b.ok_json(
        {
            "appliances": [
                {
                    "name": f"{blk}-Block",
                    "state": c.rng.choice(["idle", "recording"]),
                    "diskFreeGb": c.rng.randint(40, 900),
                }
                for blk in "ABCD"
            ]
        }
    )
    return b.build()


def appliance_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/appliances/it-block")
    serial = b.id("capture_serial", where="response json applianceSerial", direction="response")
    b.ok_json(
        {
            "name": "IT-Block",
            "applianceSerial": serial,
            "model": "Pearl Nano",
            "firmware": "4.24.2",
            "state": "idle",
            "uptimeSec": c.rng.randint(3600, 10**6),
        }
    )
    return b.build()


def appliance_reboot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/appliances/reboot")
    b.json(
        {
            "applianceSerial": b.id("capture_serial", where="json applianceSerial"),
            "reason": "stuck encoder",
        }
    )
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def preview_heartbeat(c: Context) -> Flow:
    rec, title, dur = c.rng.choice(RECS)
    b = _b(c, "POST", f"{API}/player/heartbeat")
    b.view("json recordingId + positionSec + watchedSec (admin's preview)")
    b.json(
        {
            "recordingId": rec,
            "title": title,
            "viewerSession": rid(c.rng),
            "positionSec": c.rng.randint(0, dur),
            "watchedSec": c.rng.randint(10, 600),
            "playbackRate": c.rng.choice([1.0, 1.5, 2.0]),
            "event": c.rng.choice(["play", "heartbeat", "pause"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def engagement_export(c: Context) -> Flow:
    rec, title, dur = c.rng.choice(RECS)
    b = _b(c, "GET", f"{API}/recordings/{rec}/viewers?format=json")
    b.view("response json viewers[] (per-student watch time)", direction="response")
    b.ok_json(
        {
            "recordingId": rec,
            "title": title,
            "viewers": [
                {
                    "student": s,
                    "percentWatched": c.rng.randint(3, 100),
                    "minutesWatched": c.rng.randint(1, dur // 60),
                    "lastViewed": iso(c),
                }
                for s in ("Aroha T.", "Liam K.", "Mere W.", "Sione F.")
            ],
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    rec, _, _ = c.rng.choice(RECS)
    b = FB(c, "hopu", "GET", f"{MEDIA}/hls/{rec}/720/seg{c.rng.randint(1, 600):05d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
