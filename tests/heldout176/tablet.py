"""The shared ward tablet: telemedicine consults and the e-learning portal.

Telemedicine: the intensivist on call joins a video consult at the bedside (WebRTC
offer with DTLS fingerprints, call-quality stats with frame counts and durations:
a call, not content watched). E-learning: the nurse watches mandatory training
videos (ventilator care, medication safety) on the tablet. The player reports
them as xAPI statements of the xAPI video profile (played / paused / completed
with `https://w3id.org/xapi/video/extensions/time`) and as the portal's own
heartbeat with Finnish keys: a report of what a person watched, with positions,
so viewing history under the issue's definition although it is watched for work
(the definition does not ask why; the set's report notes the choice). Its SCORM
package stores the positions inside `cmi.suspend_data`, an opaque string. The
course catalogue, an exam score and the video segments are not viewing history.
Every id of the tablet itself is the hospital's (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from . import ward
from .phone import FB, iso, ms, rf, rid

TELE = "https://etakonsultaatio.hyks.example"
LMS = "https://osaamo.hyks.example"
TAB_UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-X306B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36"
)
COURSES = [
    ("vk-101", "Hengityskonepotilaan hoito", 1260),
    ("ls-220", "Lääkehoidon turvallisuus (LOVE)", 980),
    ("ik-015", "Infektioiden torjunta teho-osastolla", 740),
    ("el-330", "Elvytys – ALS-päivitys 2024", 1500),
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", TAB_UA)
    return b


def consult_join(c: Context) -> Flow:
    b = _b(
        c,
        "etakonsultaatio",
        "POST",
        f"{TELE}/api/v1/huoneet/{ward.WARD}-{c.rng.randint(1, 12):02d}/liity",
    )
    b.decoy("the ward tablet's serial as the joining endpoint (hospital device); SDP fingerprints")
    fp = ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(32))
    sdp = (
        f"v=0\r\no=- {c.rng.randint(10**17, 10**18)} 2 IN IP4 127.0.0.1\r\ns=-\r\n"
        f"a=fingerprint:sha-256 {fp}\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n"
    )
    b.json({"endpoint": ward.TABLET_SERIAL, "rooli": "HOITAJA", "sdp": sdp, "tyyppi": "offer"})
    b.ok_json({"sessio": rid(c.rng), "ice": [{"urls": "turn:turn.hyks.example:443?transport=tcp"}]})
    return b.build()


def consult_stats(c: Context) -> Flow:
    b = _b(c, "etakonsultaatio", "POST", f"{TELE}/api/v1/sessiot/{rid(c.rng)}/laatu")
    b.decoy("call duration and video frame counters of a consult (a call, not content watched)")
    b.json(
        {
            "kestoSek": c.rng.randint(60, 1800),
            "framesSent": c.rng.randint(1000, 50000),
            "framesReceived": c.rng.randint(1000, 50000),
            "packetsLost": c.rng.randint(0, 300),
            "rttMs": c.rng.randint(8, 80),
            "resolution": c.rng.choice(["1280x720", "640x360"]),
            "codec": "VP8",
        }
    )
    b.no_content()
    return b.build()


def consult_summary(c: Context) -> Flow:
    b = _b(
        c, "etakonsultaatio", "GET", f"{TELE}/api/v1/konsultaatiot?osasto={ward.WARD}&pvm=tanaan"
    )
    b.ok_json(
        {
            "konsultaatiot": [
                {
                    "id": rid(c.rng),
                    "konsultti": "anestesiologi",
                    "alkoi": iso(c),
                    "kestoMin": c.rng.randint(4, 30),
                    "potilas": c.rng.choice(ward.PATIENTS),
                }
            ]
        }
    )
    return b.build()


def course_catalogue(c: Context) -> Flow:
    b = _b(c, "osaamo", "GET", f"{LMS}/api/v1/kurssit?pakolliset=true&yksikko={ward.WARD}")
    b.decoy("course list with video durations and view counts over all staff (aggregates)")
    b.ok_json(
        {
            "kurssit": [
                {
                    "id": cid,
                    "nimi": name,
                    "videonKesto_s": dur,
                    "katselukerratYhteensa": c.rng.randint(40, 900),
                }
                for cid, name, dur in COURSES
            ]
        }
    )
    return b.build()


def video_segment(c: Context) -> Flow:
    cid = c.rng.choice(COURSES)[0]
    b = _b(
        c,
        "osaamo",
        "GET",
        f"https://media.osaamo.hyks.example/{cid}/720p/seg_{c.rng.randint(1, 200):04d}.m4s",
    )
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 10**9), 1400))
    return b.build()


def exam_result(c: Context) -> Flow:
    cid, name, _ = c.rng.choice(COURSES)
    b = _b(c, "osaamo", "POST", f"{LMS}/api/v1/tentit/{cid}/vastaukset")
    b.decoy("an e-learning exam result (a score, not something watched)")
    b.json(
        {
            "kurssi": name,
            "vastaukset": [c.rng.randint(0, 3) for _ in range(10)],
            "pisteet": c.rng.randint(6, 10),
            "suoritettu": iso(c),
        }
    )
    b.ok_json({"hyvaksytty": True, "todistus": rid(c.rng)})
    return b.build()


def heartbeat(c: Context) -> Flow:
    cid, name, dur = c.rng.choice(COURSES)
    b = _b(c, "osaamo", "POST", f"{LMS}/api/v1/videot/{cid}/katselu")
    b.view("json katsottu_s / kohta_s (e-learning video heartbeat, watched for work)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "kayttaja": b.acct("employee_no"),
            "video": cid,
            "otsikko": name,
            "kohta_s": pos,
            "katsottu_s": pos - c.rng.randint(0, 20),
            "kesto_s": dur,
            "tila": c.rng.choice(["toistaa", "tauko"]),
            "aika": iso(c),
        }
    )
    b.no_content()
    return b.build()


def xapi_statement(c: Context) -> Flow:
    cid, name, dur = c.rng.choice(COURSES)
    verb = c.rng.choice(["played", "paused", "completed"])
    t = rf(c.rng, 10, dur, 3)
    b = _b(c, "osaamo", "POST", f"{LMS}/xapi/statements")
    b.header("x-experience-api-version", "1.0.3")
    b.view(f"xAPI statement verb {verb} with video extensions time / progress")
    b.json(
        {
            "id": rid(c.rng),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": LMS, "name": b.acct("employee_no")},
            },
            "verb": {
                "id": f"https://w3id.org/xapi/video/verbs/{verb}"
                if verb != "completed"
                else "http://adlnet.gov/expapi/verbs/completed",
                "display": {"fi-FI": verb},
            },
            "object": {
                "id": f"{LMS}/videot/{cid}",
                "definition": {
                    "name": {"fi-FI": name},
                    "type": "https://w3id.org/xapi/video/activity-type/video",
                },
            },
            "result": {
                "extensions": {
                    "https://w3id.org/xapi/video/extensions/time": t,
                    "https://w3id.org/xapi/video/extensions/progress": round(t / dur, 3),
                }
            },
            "context": {
                "extensions": {
                    "https://w3id.org/xapi/video/extensions/length": dur,
                    "https://w3id.org/xapi/video/extensions/session-id": rid(c.rng),
                }
            },
            "timestamp": iso(c),
        }
    )
    b.ok_json([rid(c.rng)])
    return b.build()


def scorm_commit(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(COURSES)
    b = _b(c, "osaamo", "POST", f"{LMS}/scorm/api/commit")
    b.view("form cmi.suspend_data (positions packed in an opaque string)", detectable=False)
    segs = ";".join(f"{c.rng.randint(0, dur)}-{c.rng.randint(0, dur)}" for _ in range(3))
    packed = f"v2|{cid}|{c.rng.randint(0, dur)}|{segs}|{ms(c)}"
    b.form(
        [
            ("sco", cid),
            ("cmi.core.lesson_status", "incomplete"),
            ("cmi.suspend_data", packed.encode().hex()),
        ]
    )
    b.ok_json({"result": "true"})
    return b.build()
