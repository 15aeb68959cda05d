"""Huddlecam's Segment analytics: engagement summaries and meeting events.

Segment: analytics-android 4.x batches to https://api.segment.io/v1/batch with
HTTP Basic auth (write key as user), a `batch` of track messages each with
`anonymousId`, `messageId`, `timestamp`, `context.device{id, advertisingId,
adTrackingEnabled, manufacturer, model, type}`, `context.library`; device.id is
ANDROID_ID and, on Fire OS, advertisingId is read from Settings.Secure
"advertising_id" (segmentio/analytics-android, Utils.getDeviceId and
GetAdvertisingIdTask's Amazon branch).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .meeting import EXPR, meeting_code
from .phone import FB, iso, rf, rid

WRITE_KEY = "hQ7vZ2kLmN4pR8sT1uW3xY5a"


def _seg_context(b: FB, c: Context) -> dict[str, object]:
    return {
        "app": {
            "name": "Huddlecam",
            "version": "5.14.2",
            "build": "51402",
            "namespace": "io.huddlecam.android",
        },
        "device": {
            "id": b.id("aid_meet", where="body.batch[].context.device.id"),
            "advertisingId": b.id("adid", where="body.batch[].context.device.advertisingId"),
            "adTrackingEnabled": True,
            "manufacturer": "Amazon",
            "model": "KFTRWI",
            "name": "trona",
            "type": "android",
        },
        "library": {"name": "analytics-android", "version": "4.11.3"},
        "os": {"name": "Android", "version": "11"},
        "screen": {"density": 1.5, "height": 800, "width": 1280},
        "network": {"wifi": True, "carrier": "", "bluetooth": True},
        "locale": "en-US",
        "timezone": "America/Chicago",
        "traits": {
            "anonymousId": b.id("meet_anon", where="body.batch[].context.traits.anonymousId")
        },
    }


def _segment(c: Context, event: str, props: dict[str, object], bio: bool) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch", http_version="HTTP/1.1")
    b.header("user-agent", "analytics-android/4.11.3")
    b.header("authorization", "Basic " + b64(WRITE_KEY + ":"))
    if bio:
        b.bio("face_analysis", "body.batch[].properties.expression_scores/attention_avg")
    msg = {
        "messageId": rid(c.rng),
        "type": "track",
        "event": event,
        "properties": props,
        "anonymousId": b.id("meet_anon", where="body.batch[].anonymousId"),
        "userId": b.acct("meet_user"),
        "integrations": {},
        "timestamp": iso(c),
        "context": _seg_context(b, c),
    }
    b.json({"batch": [msg], "sentAt": iso(c)}, "gzip")
    b.ok_json({"success": True})
    return b.build()


def segment_engagement(c: Context) -> Flow:
    scores = {e: rf(c.rng, 0, 1, 3) for e in EXPR}
    props = {
        "meeting_id": meeting_code(c),
        "attention_avg": rf(c.rng, 0.3, 0.95, 3),
        "smiles_detected": c.rng.randint(0, 14),
        "expression_scores": scores,
        "dominant_expression": max(scores, key=lambda k: scores[k]),
        "duration_min": c.rng.randint(5, 70),
    }
    return _segment(c, "Engagement Summary Computed", props, True)


def segment_plain(c: Context) -> Flow:
    event = c.rng.choice(["Meeting Joined", "Background Changed", "Meeting Left"])
    props = {
        "meeting_id": meeting_code(c),
        "participants": c.rng.randint(2, 9),
        "background": c.rng.choice(["blur", "office_03", "beach_01", "none"]),
    }
    return _segment(c, event, props, False)
