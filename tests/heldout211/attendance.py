"""ClockIn Cloud: the staff attendance system behind the face-recognition
terminal at the school gate (a ZKTeco-class terminal pushing to a cloud
portal), in its admin app on the coordinator's phone.

The punch log says who clocked in when and by which verification mode
(`verifyType` FACE), the terminal list shows the terminal's serial, IP and how
many face templates it holds: names, times and counts, no face data (hard
decoys). Enrolling a new staff member sends a face photo from the phone
(biometric); pushing the template to the terminal relays a BIODATA record in
the terminal's push-protocol text form (`Type=9` visible-light face, `Tmp=`
base64 template), whose keys say little (biometric, opaque).
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import CB, floats, iso, rid, ua

API = "https://amc.clockincloud.example/api/v1"
UA = ua("ClockInAdmin", "4.0.3")
STAFF = [
    ("1012", "Mr Babatunde Ogunleye"),
    ("1025", "Mrs Ngozi Eze"),
    ("1031", "Mr Ibrahim Musa"),
    ("1047", "Miss Temitope Alabi"),
    ("1053", "Mr Chinedu Okafor"),
    ("1060", "Mrs Folake Adeyemi-Okon"),
]
TERMINAL_SN = "CQZ" + new_digits(random.Random(211_003), 10)


def _b(c: Context, method: str, url: str) -> CB:
    b = CB(c, "clockincloud", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "JWT " + rid(c.rng).replace("-", ""))
    return b


def punches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/transactions?start_time=07:00&page_size=20")
    b.decoy("staff punch log: names, times, verifyType FACE, terminal serial")
    b.ok_json(
        {
            "data": [
                {
                    "emp_code": code,
                    "name": name,
                    "punch_time": iso(c),
                    "punch_state": c.rng.choice(["Check In", "Check Out"]),
                    "verifyType": c.rng.choice(["FACE", "FACE", "PIN"]),
                    "terminal_sn": TERMINAL_SN,
                    "temperature": round(c.rng.uniform(36.1, 37.2), 1),
                }
                for code, name in c.rng.sample(STAFF, 4)
            ]
        }
    )
    return b.build()


def terminals(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/terminals")
    b.decoy("terminal serial, IP, enrolled face count")
    b.ok_json(
        {
            "data": [
                {
                    "sn": TERMINAL_SN,
                    "alias": "Main Gate",
                    "ip": "10.20.0.15",
                    "user_count": 58,
                    "face_count": 55,
                    "last_activity": iso(c),
                    "fw": "ZMM220_TFT Ver 8.0.4.7",
                }
            ]
        }
    )
    return b.build()


def lateness(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reports/late?month=11")
    b.decoy("lateness minutes per staff (attendance report)")
    b.ok_json(
        {
            "rows": [
                {"emp_code": code, "name": n, "late_minutes": c.rng.randint(0, 180)}
                for code, n in STAFF
            ]
        }
    )
    return b.build()


def enrol_photo(c: Context) -> Flow:
    code, name = c.rng.choice(STAFF)
    b = _b(c, "POST", f"{API}/employees/{code}/face")
    b.bio("face_image", "multipart face_photo (staff enrolment photo)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("emp_code", None, None, code.encode()),
        ("face_photo", f"{code}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"code": 0, "msg": f"{name} enrolled", "quality": c.rng.randint(70, 99)})
    return b.build()


def push_biodata(c: Context) -> Flow:
    code, _ = c.rng.choice(STAFF)
    b = _b(c, "POST", f"{API}/terminals/{TERMINAL_SN}/cmd")
    b.decoy("terminal serial in the path")
    b.bio("face_template", "text BIODATA Type=9 Tmp= (terminal push record)", detectable=False)
    tmp = floats_b64(floats(c.rng, 128))
    line = f"DATA UPDATE BIODATA Pin={code}\tNo=0\tIndex=0\tValid=1\tDuress=0\tType=9\t"
    line += f"MajorVer=39\tMinorVer=1\tFormat=0\tTmp={tmp}"
    b.set_body(line.encode(), "text/plain; charset=utf-8")
    b.ok_json({"code": 0, "cmdId": new_hex(c.rng, 8)})
    return b.build()


def staff_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/employees?department=all")
    b.decoy("staff list with avatar thumbnails URLs and face_enrolled flags")
    b.ok_json(
        {
            "data": [
                {
                    "emp_code": code,
                    "name": n,
                    "face_enrolled": c.rng.random() > 0.1,
                    "avatar": f"https://amc.clockincloud.example/media/a/{b64(code)}.jpg",
                }
                for code, n in STAFF
            ]
        }
    )
    return b.build()
