"""The outsourcer's contact-centre softphone and its speech analytics: all decoys.

Calls are CUSTOMERS' calls handled by the agent: durations, talk / hold /
after-call-work times, sentiment, keyword spotting, speaker diarisation of
agent vs customer turns and QA scores describe the work, not what the tester
watched, nor anyone's face or voiceprint. A recording uploaded for QA storage
is no voice sample sent for verification.

Formats: the analytics result mirrors Amazon Connect Contact Lens output files
(Participants, Transcript turns with BeginOffsetMillis / Sentiment /
LoudnessScore, ConversationCharacteristics with TalkTime, NonTalkTime,
Interruptions, TalkSpeed), docs.aws.amazon.com/connect/latest/adminguide/
contact-lens-example-output-files.html; diarisation mirrors Amazon Transcribe
`speaker_labels.segments` (speaker_label spk_0/spk_1, start_time, end_time).
The softphone backend (api.kalingacx.ph) is the outsourcer's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, js, multipart

from .phone import FB, iso, ms, rf, rid, series, ua

API = "https://api.kalingacx.ph"
UA = ua("KalingaDesk", "5.14.2")
DISPOSITIONS = ["Resolved-FCR", "Escalated-T2", "Callback", "Refund-Processed", "Billing-Inq"]
KEYWORDS = ["cancel", "refund", "supervisor", "late delivery", "ibalik", "paisa wapas"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kalinga-softphone", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def _call_id(c: Context) -> str:
    return "CN-" + str(c.rng.randint(10**9, 10**10))


def wrapup(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/interactions/wrapup")
    talk, hold = c.rng.randint(60, 900), c.rng.randint(0, 240)
    b.json(
        {
            "contactId": _call_id(c),
            "agentId": b.acct("agent_id"),
            "queue": c.rng.choice(["PH-Telco-Billing", "IN-Ecom-Returns", "PH-Bank-Cards"]),
            "talkTimeSec": talk,
            "holdTimeSec": hold,
            "acwSec": c.rng.randint(10, 120),
            "handleTimeSec": talk + hold,
            "disposition": c.rng.choice(DISPOSITIONS),
            "ani": "+63917***" + str(c.rng.randint(1000, 9999)),
            "tala": "cust nag-follow up sa refund",
            "endedAt": iso(c),
        }
    )
    b.decoy("customer call handling times (talk/hold/ACW) and disposition: work stats, not media")
    b.ok_json({"ok": True})
    return b.build()


def qa_scorecard(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/qa/scorecards?agent=me&week=48")
    items = [
        {
            "contactId": _call_id(c),
            "callDurationSec": c.rng.randint(120, 1200),
            "score": c.rng.randint(60, 100),
            "greeting": True,
            "empathy": rf(c.rng, 0, 5, 1),
            "holdEtiquette": c.rng.choice([True, False]),
        }
        for _ in range(c.rng.randint(3, 6))
    ]
    b.ok_json({"avgScore": rf(c.rng, 70, 98, 1), "evaluations": items})
    b.decoy("QA scorecard of the agent's calls with call durations")
    return b.build()


def recording_upload(c: Context) -> Flow:
    """A customer call's recording stored for QA (consented 'this call may be recorded')."""
    b = _b(c, "POST", "/v2/recordings")
    meta = js(
        {
            "contactId": _call_id(c),
            "durationMs": c.rng.randint(60000, 900000),
            "channels": 2,
            "sampleRate": 8000,
            "purpose": "qa_retention",
            "retentionDays": 90,
        }
    )
    bnd = "kcx" + rid(c.rng)[:12]
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta.encode()),
            ("recording", "call.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.decoy(
        "customer call recording uploaded for QA retention: not a voice sample for verification"
    )
    b.ok_json({"recordingId": rid(c.rng)}, 201)
    return b.build()


def agent_state(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/agents/me/state")
    b.json(
        {
            "state": c.rng.choice(["Available", "AfterCallWork", "Break", "Lunch", "Coaching"]),
            "since": ms(c),
            "reasonCode": c.rng.randint(1, 9),
        }
    )
    b.decoy("agent presence state change")
    b.no_content()
    return b.build()


def voice_quality(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/telemetry/rtp")
    b.json(
        {
            "callId": _call_id(c),
            "codec": "OPUS",
            "mos": series(c.rng, 10, 4.1, 0.2),
            "jitterMs": series(c.rng, 10, 12, 4),
            "packetLossPct": series(c.rng, 10, 0.4, 0.3),
            "rttMs": series(c.rng, 10, 180, 30, 0),
        }
    )
    b.decoy("RTP voice-quality series (MOS, jitter): numeric vectors, not voice features")
    b.no_content()
    return b.build()
