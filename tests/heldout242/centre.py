"""FloorLead: Kalayaan CX's supervisor app in the phone's work profile (a Manila
BPO contact centre on a US bank's card-services account).

A team lead watches the floor's wallboard (calls in queue, average handle
time, service level, agents' states by station), pulls call recordings and
scores them for QA (a QA listen of a recorded call at work is quality control,
not anyone's listening history), reads the speech-analytics transcripts and
their sentiment, coaches agents, and sees the centre's equipment: the agents'
USB headsets and desk softphones by serial and MAC and the workstation
inventory (asset tags, service tags, NIC MACs). None of it is her device, her
viewing or anyone's biometric data. Keys mix English and Taglish.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav

from .phone import PB, iso, mac, ms, rf, rid, ua

API = "https://floorlead.kalayaan-cx.example"
REC = "https://rec.kalayaan-cx.example"
UA = ua("FloorLead", "3.8.2")
AGENTS = ["Mico", "Rhea", "Jhun", "Liza", "Carlo", "Bea", "Paolo", "Trish", "Aljon", "Kaye"]
QUEUES = ["CARDS-ENG", "CARDS-FRAUD", "COLLECTIONS", "TAGALOG-LINE"]


def _b(c: Context, method: str, url: str) -> PB:
    b = PB(c, "floorlead", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-site", "ORTIGAS-2")
    return b


def _agent(c: Context) -> dict[str, str]:
    return {"agentId": "KCX-" + new_digits(c.rng, 5, "1"), "pangalan": c.rng.choice(AGENTS)}


def _rec_id(c: Context) -> str:
    return f"REC-{iso(c)[:10].replace('-', '')}-{new_digits(c.rng, 7)}"


def wallboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/wallboard?queue={c.rng.choice(QUEUES)}&tl=1")
    b.decoy("queue stats, AHT and agent ids on the wallboard")
    b.ok_json(
        {
            "nakapila": c.rng.randint(0, 25),
            "pinakamatagalNaPaghihintay": c.rng.randint(0, 400),
            "aht": c.rng.randint(280, 520),
            "serviceLevel": rf(c.rng, 0.62, 0.95, 3),
            "abandonRate": rf(c.rng, 0.01, 0.09, 3),
            "agents": [
                {
                    **_agent(c),
                    "station": f"ORT2-F{c.rng.randint(8, 12)}-{c.rng.randint(1, 120):03d}",
                    "status": c.rng.choice(["ON_CALL", "READY", "ACW", "BREAK", "COACHING"]),
                    "sekondaSaStatus": c.rng.randint(1, 900),
                }
                for _ in range(6)
            ],
        }
    )
    return b.build()


def interval_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/reports/interval?petsa=today&interval=30")
    b.ok_json(
        {
            "intervals": [
                {
                    "simula": f"{h:02d}:{m:02d}",
                    "offered": c.rng.randint(40, 180),
                    "handled": c.rng.randint(35, 170),
                    "asa": c.rng.randint(5, 90),
                }
                for h in (21, 22, 23)
                for m in (0, 30)
            ]
        }
    )
    return b.build()


def recordings_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/qa/recordings?agent=all&limit=8&random=true")
    b.decoy("call recordings with durations for QA sampling (work, not listening history)")
    b.ok_json(
        {
            "recordings": [
                {
                    "recordingId": _rec_id(c),
                    **_agent(c),
                    "queue": c.rng.choice(QUEUES),
                    "tagal": c.rng.randint(120, 1500),
                    "ani": "+1" + new_digits(c.rng, 3) + "***" + new_digits(c.rng, 4),
                    "disposition": c.rng.choice(["RESOLVED", "ESCALATED", "CALLBACK"]),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def recording_audio(c: Context) -> Flow:
    b = PB(c, "floorlead", "GET", f"{REC}/media/{_rec_id(c)}.wav")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.decoy("call recording audio fetched for QA (not a voiceprint)")
    b.respond(206, "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
    return b.build()


def qa_playback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qa/playback")
    b.decoy("QA reviewer's playback position in a call recording (work, not listening history)")
    tagal = c.rng.randint(200, 1400)
    b.json(
        {
            "recordingId": _rec_id(c),
            "reviewer": b.acct("employee_id"),
            "posisyon": c.rng.randint(10, tagal),
            "tagal": tagal,
            "bilis": c.rng.choice([1.0, 1.25, 1.5]),
            "oras": iso(c),
        }
    )
    b.no_content()
    return b.build()


def qa_scorecard(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qa/scorecards")
    b.decoy("QA scorecard (greeting, empathy, compliance scores)")
    b.json(
        {
            "recordingId": _rec_id(c),
            **_agent(c),
            "evaluator": b.acct("employee_id"),
            "form": "CARDS-QA-v7",
            "scores": {
                "pagbati": c.rng.choice([0, 5]),
                "empathy": c.rng.randint(0, 10),
                "verification": c.rng.choice([0, 15]),
                "resolution": c.rng.randint(0, 30),
                "closing": c.rng.choice([0, 5]),
            },
            "autofail": c.rng.random() < 0.05,
            "komento": c.rng.choice(
                ["Ok naman, pero bilisan ang hold.", "Good empathy!", "Missed the disclosure."]
            ),
        }
    )
    b.ok_json({"scorecardId": rid(c.rng), "total": c.rng.randint(60, 100)})
    return b.build()


def transcript(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/analytics/transcripts/{_rec_id(c)}")
    b.decoy("speech-analytics transcript with per-turn sentiment")
    lines = [
        ("agent", "Thank you for calling, this is Rhea, how may I help you?"),
        ("customer", "Hi, may nag-charge sa card ko na hindi ko kilala."),
        ("agent", "I'm sorry to hear that, let me check that for you po."),
        ("customer", "Sige, salamat."),
    ]
    t = 0.0
    turns = []
    for who, text in lines:
        dur = rf(c.rng, 2, 9, 2)
        turns.append(
            {
                "speaker": who,
                "start": round(t, 2),
                "end": round(t + dur, 2),
                "text": text,
                "sentiment": rf(c.rng, -0.8, 0.9, 2),
            }
        )
        t += dur
    b.ok_json(
        {
            "language": "en-PH",
            "codeSwitch": ["en", "tl"],
            "turns": turns,
            "silenceRatio": rf(c.rng, 0.05, 0.3, 2),
            "overtalk": c.rng.randint(0, 5),
        }
    )
    return b.build()


def sentiment_trend(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/analytics/sentiment?team=TL-JOY&days=7")
    b.decoy("sentiment and keyword trend (aggregate)")
    b.ok_json(
        {
            "araw": [
                {"petsa": f"2025-02-{d:02d}", "avgSentiment": rf(c.rng, -0.2, 0.6, 2)}
                for d in range(10, 17)
            ],
            "topKeywords": ["refund", "chargeback", "annual fee", "salamat", "lock card"],
        }
    )
    return b.build()


def headset_fleet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/devices/headsets?floor={c.rng.randint(8, 12)}")
    b.decoy("agents' USB headsets by serial and Bluetooth MAC (the centre's equipment)")
    b.ok_json(
        {
            "headsets": [
                {
                    "serialNumber": "0" + new_digits(c.rng, 6) + new_hex(c.rng, 5).upper(),
                    "btMac": mac(c.rng, "50:C2:ED"),
                    "model": c.rng.choice(["Engage 50 II Mono", "Evolve2 30 SE", "EncorePro 320"]),
                    "firmware": c.rng.choice(["2.9.3", "1.28.0", "3.1.1"]),
                    "assignedTo": _agent(c)["agentId"],
                    "muteLatency": c.rng.randint(20, 60),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def softphone_fleet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/devices/softphones?status=registered")
    b.decoy("agents' softphone registrations: SIP extensions, desk-phone MACs, serials")
    b.ok_json(
        {
            "registrations": [
                {
                    "extension": new_digits(c.rng, 4, "3"),
                    "deskPhoneMac": mac(c.rng, "80:5E:C0"),
                    "deskPhoneSerial": "9" + new_digits(c.rng, 3) + new_hex(c.rng, 6).upper(),
                    "userAgent": "Kalayaan-Softphone/6.2 (Windows 10)",
                    "registeredAt": iso(c),
                    "mos": rf(c.rng, 3.6, 4.4, 2),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def workstation_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/assets/workstations?row={c.rng.choice('ABCDEFG')}")
    b.decoy("workstation inventory: asset tags, service tags, NIC MACs (the centre's PCs)")
    b.ok_json(
        {
            "workstations": [
                {
                    "assetTag": "KCX-WS-" + new_digits(c.rng, 5),
                    "hostname": f"ORT2-F{c.rng.randint(8, 12)}-WS{c.rng.randint(1, 120):03d}",
                    "serviceTag": new_hex(c.rng, 7).upper(),
                    "nicMac": mac(c.rng, "B0:7B:25"),
                    "os": "Windows 10 Enterprise LTSC",
                    "ramGb": c.rng.choice([8, 16]),
                    "lastSeen": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def coaching_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/coaching")
    b.json(
        {
            **_agent(c),
            "coach": b.acct("employee_id"),
            "paksa": c.rng.choice(["Hold etiquette", "AHT", "Empathy statements", "Verification"]),
            "tagalMin": c.rng.choice([10, 15, 20, 30]),
            "actionPlan": "Shadow top performer bukas ng 10PM.",
        }
    )
    b.ok_json({"ok": True, "id": rid(c.rng)})
    return b.build()


def adherence(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/wfm/adherence?team=TL-JOY&t={ms(c)}")
    b.decoy("schedule adherence intervals per agent (timestamps)")
    b.ok_json(
        {
            "team": [
                {
                    **_agent(c),
                    "adherence": rf(c.rng, 0.8, 1.0, 3),
                    "outOfAdherenceMin": c.rng.randint(0, 25),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def announcement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/floor/announcements")
    b.ok_json(
        {
            "items": [
                {"id": new_hex(c.rng, 8), "text": t}
                for t in ("Pizza party sa F10 after shift!", "Fire drill Thursday 2AM")
            ]
        }
    )
    return b.build()
