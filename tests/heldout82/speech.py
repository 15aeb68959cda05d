"""The softphone's speech analytics of CUSTOMER calls: all decoys.

Analytics results mirror Amazon Connect Contact Lens output files
(Participants, Transcript turns with BeginOffsetMillis / Sentiment /
LoudnessScore, ConversationCharacteristics TalkTime, NonTalkTime,
Interruptions, TalkSpeed; docs.aws.amazon.com/connect/latest/adminguide/
contact-lens-example-output-files.html); diarisation mirrors Amazon Transcribe
`speaker_labels.segments` (speaker_label spk_0/spk_1, start_time, end_time).
Who spoke when, sentiment and keyword hits are no voiceprint.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import rf, rid, series
from .softphone import KEYWORDS, _b, _call_id


def analytics_result(c: Context) -> Flow:
    """The agent opens a call's analytics: a Contact Lens-like file comes back."""
    b = _b(c, "GET", f"/v2/analytics/contacts/{_call_id(c)}/lens")
    turns, t = [], 0
    for i in range(c.rng.randint(4, 8)):
        dur = c.rng.randint(1500, 9000)
        turns.append(
            {
                "ParticipantId": "AGENT" if i % 2 == 0 else "CUSTOMER",
                "Id": rid(c.rng),
                "BeginOffsetMillis": t,
                "EndOffsetMillis": t + dur,
                "Sentiment": c.rng.choice(["NEUTRAL", "POSITIVE", "NEGATIVE"]),
                "LoudnessScore": series(c.rng, 5, 70, 8),
                "Content": "[PII] regarding my order",
            }
        )
        t += dur + c.rng.randint(100, 900)
    b.ok_json(
        {
            "Version": "1.1.0",
            "Channel": "VOICE",
            "LanguageCode": c.rng.choice(["en-US", "en-IN"]),
            "Participants": [
                {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
                {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
            ],
            "ConversationCharacteristics": {
                "TotalConversationDurationMillis": t,
                "Sentiment": {
                    "OverallSentiment": {"AGENT": rf(c.rng, 0, 3), "CUSTOMER": rf(c.rng, -3, 2)}
                },
                "Interruptions": {"TotalCount": c.rng.randint(0, 4)},
                "NonTalkTime": {"TotalTimeMillis": c.rng.randint(2000, 30000)},
                "TalkSpeed": {
                    "DetailsByParticipant": {
                        "AGENT": {"AverageWordsPerMinute": c.rng.randint(120, 170)}
                    }
                },
                "TalkTime": {"TotalTimeMillis": t - 4000},
            },
            "Transcript": turns,
        }
    )
    b.decoy("Contact Lens-style call analytics of a customer call: sentiment, loudness per turn")
    return b.build()


def diarisation(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/speech/diarization/callback")
    segs, t = [], 0.0
    for i in range(c.rng.randint(5, 10)):
        d = rf(c.rng, 1.0, 8.0, 2)
        segs.append(
            {
                "speaker_label": f"spk_{i % 2}",
                "start_time": str(round(t, 2)),
                "end_time": str(round(t + d, 2)),
            }
        )
        t += d + 0.3
    b.json(
        {
            "jobName": "call-" + rid(c.rng)[:8],
            "results": {"speaker_labels": {"speakers": 2, "segments": segs}},
            "speakerMap": {"spk_0": "agent", "spk_1": "customer"},
            "status": "COMPLETED",
        }
    )
    b.decoy(
        "Transcribe-style speaker diarisation (who spoke when) of a customer call, no voiceprint"
    )
    b.ok_json({"accepted": True})
    return b.build()


def keyword_hits(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/speech/kws/events")
    hits = [
        {
            "kw": c.rng.choice(KEYWORDS),
            "offsetMs": c.rng.randint(0, 400000),
            "conf": rf(c.rng, 0.6, 1),
            "channel": c.rng.choice(["agent", "customer"]),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"contactId": _call_id(c), "hits": hits, "model": "kws-taglish-v3"})
    b.decoy("keyword spotting hits with audio offsets in a customer call")
    b.no_content()
    return b.build()
