"""FootyHub: a sports league's app (match centre, highlights, club membership).

Highlight clips are tracked with Adobe Streaming Media through the Experience
Edge (`/ee/va/v1/sessionStart`, `/ee/va/v1/play`, `mediaCollection.playhead`,
`identityMap.ECID`); Firebase Analytics batches (`app-measurement.com/a`,
protobuf, opaque) carry the app-instance id; Meta's app events carry the
advertiser id. Player tracking data, team sheets and the ladder are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import iso, mk, ms, rf, rid, ua

API = "https://api.footyhub.example"
UA = ua("FootyHub", "5.0.7")
EDGE = "https://edge.adobedc.net/ee/va/v1"
CLIPS = [
    "Rd 9 highlights: Storm v Broncos",
    "Try of the week",
    "Mark of the round",
    "Sam Kerr post-match",
    "Last two minutes: Swans v Blues",
]


def _clip(c: Context) -> str:
    return f"clip-{c.rng.randint(100000, 999999)}"


def adobe_session_start(c: Context) -> Flow:
    b = mk(c, "adobe-edge", "POST", f"{EDGE}/sessionStart?configId=4f1b2c3d-ab12", UA)
    b.view("json xdm.mediaCollection.sessionDetails (name, friendlyName) + playhead")
    b.json(
        {
            "events": [
                {
                    "xdm": {
                        "eventType": "media.sessionStart",
                        "timestamp": iso(c),
                        "identityMap": {
                            "ECID": [{"id": b.id("adobe_ecid", where="json identityMap.ECID[].id")}]
                        },
                        "mediaCollection": {
                            "playhead": 0,
                            "sessionDetails": {
                                "name": _clip(c),
                                "friendlyName": c.rng.choice(CLIPS),
                                "length": c.rng.randint(30, 600),
                                "contentType": "VOD",
                                "playerName": "FootyHub ExoPlayer",
                                "channel": "highlights",
                            },
                        },
                    }
                }
            ]
        }
    )
    b.ok_json(
        {
            "handle": [
                {"type": "media-analytics:new-session", "payload": [{"sessionId": rid(c.rng)}]}
            ]
        }
    )
    return b.build()


def adobe_play(c: Context) -> Flow:
    b = mk(c, "adobe-edge", "POST", f"{EDGE}/play?configId=4f1b2c3d-ab12", UA)
    b.view("json xdm.mediaCollection.playhead with sessionID (play event)")
    b.json(
        {
            "events": [
                {
                    "xdm": {
                        "eventType": "media.play",
                        "timestamp": iso(c),
                        "mediaCollection": {
                            "sessionID": rid(c.rng),
                            "playhead": c.rng.randint(1, 500),
                        },
                    }
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def firebase_batch(c: Context) -> Flow:
    """GA4 for Firebase upload: protobuf, no names on the wire."""
    b = mk(c, "firebase", "POST", "https://app-measurement.com/a", UA)
    iid = b.id(
        "firebase_iid", "protobuf", "protobuf bundle field 21 (app instance id)", detectable=False
    )
    b.view(
        "protobuf event 'video_progress' params (no readable keys in the batch)", detectable=False
    )
    event = pb_msg(
        2,
        [
            pb_bytes(2, "vp"),
            pb_msg(1, [pb_bytes(1, "c"), pb_bytes(2, _clip(c))]),
            pb_msg(1, [pb_bytes(1, "s"), pb_varint(4, c.rng.randint(1, 500))]),
        ],
    )
    body = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(21, iid), pb_varint(7, ms(c))])
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def meta_app_event(c: Context) -> Flow:
    b = mk(c, "meta", "POST", "https://graph.facebook.com/v19.0/310472196581823/activities", UA)
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("anon_id", b.id("fb_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            (
                "custom_events",
                '[{"_eventName":"fb_mobile_content_view","fb_content_type":"ladder"}]',
            ),
            ("application_tracking_enabled", "1"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def tracking_data(c: Context) -> Flow:
    b = mk(c, "footyhub", "GET", f"{API}/v1/matches/{c.rng.randint(9000, 9999)}/tracking", UA)
    b.decoy("players' x/y positions and speeds on the field (sport data, not biometric)")
    b.ok_json(
        {
            "frames": [
                {
                    "t": i,
                    "players": [
                        {
                            "no": n,
                            "x": rf(c.rng, 0, 100, 2),
                            "y": rf(c.rng, 0, 68, 2),
                            "kmh": rf(c.rng, 0, 32, 1),
                        }
                        for n in range(1, 6)
                    ],
                }
                for i in range(3)
            ]
        }
    )
    return b.build()


def ladder(c: Context) -> Flow:
    b = mk(c, "footyhub", "GET", f"{API}/v1/ladder?season=2026", UA)
    b.ok_json(
        {
            "ladder": [
                {"team": t, "pts": c.rng.randint(0, 40)}
                for t in ("Storm", "Panthers", "Warriors", "Sharks")
            ]
        }
    )
    return b.build()


def highlights_rail(c: Context) -> Flow:
    b = mk(c, "footyhub", "GET", f"{API}/v1/videos/trending", UA)
    b.decoy("trending clips with view counts over all fans (aggregate)")
    b.ok_json(
        {
            "items": [
                {
                    "id": _clip(c),
                    "title": t,
                    "views": c.rng.randint(1000, 900000),
                    "durationSec": c.rng.randint(30, 600),
                }
                for t in CLIPS
            ]
        }
    )
    return b.build()


def membership(c: Context) -> Flow:
    b = mk(c, "footyhub", "POST", f"{API}/v1/membership/join", UA)
    b.decoy("sign-up form with a self-declared gender and date of birth")
    b.json(
        {
            "club": "Warriors",
            "firstName": "Aroha",
            "gender": "female",
            "dob": "1991-03-14",
            "postcode": "1024",
            "tier": "Whānau",
        }
    )
    b.ok_json({"memberNo": f"WAR{c.rng.randint(100000, 999999)}"})
    return b.build()
