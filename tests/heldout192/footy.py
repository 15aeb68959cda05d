"""Kickoff: a rugby and netball live app on Tama's Pixel (Super Rugby Pacific, the
ANZ Premiership, Moana Pasifika), with Samoan and Tongan commentary feeds.

The video player reports to NPAW (Youbora), whose public plugin API sends
`/start`, `/ping`, `/pause` with `playhead`, `mediaDuration`, `title` and the
device's `deviceUUID`; the app's own backend logs highlight views as
`clip_watch` with `secs_watched` and `completion_pct`. A compact protobuf
heartbeat from the Android TV build has only field numbers (opaque). Live
scores, the match timeline (minute of play), ladders and fantasy picks are not
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import WB, android_ua, iso, ms, rf, rid

API = "https://api.kickoff-live.example"
NPAW = "https://nqs.nice264.com"
UA = android_ua("Kickoff", "3.9.0")
MATCHES = [
    ("m-sr-2211", "Blues v Moana Pasifika", "rugby"),
    ("m-sr-2214", "Chiefs v Reds", "rugby"),
    ("m-np-0408", "Northern Mystics v Pulse", "netball"),
    ("m-np-0411", "Tactix v Stars", "netball"),
]
CLIPS = ["hl-88120", "hl-88131", "hl-88142", "hl-88155"]
FEEDS = {"en": "English", "sm": "Gagana Sāmoa", "to": "Lea faka-Tonga"}


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "kickoff", method, url)
    b.header("user-agent", UA)
    b.header("x-fan-id", b.acct("footy_user"))
    return b


def npaw(c: Context, event: str = "ping") -> Flow:
    match_id, title, _sport = c.rng.choice(MATCHES)
    b = WB(c, "npaw", "GET", f"{NPAW}/{event}")
    b.header("user-agent", UA)
    b.view(f"query {event}: title + playhead (NPAW plugin)")
    b.param("code", new_hex(c.rng, 16))
    b.param("system", "kickoffnz")
    b.param("title", title)
    b.param("mediaResource", f"https://live.kickoff-live.example/{match_id}/index.m3u8")
    b.param("live", "true")
    b.param("playhead", str(c.rng.randint(0, 5400)))
    b.param("contentChannel", FEEDS[c.rng.choice(list(FEEDS))])
    b.param("deviceUUID", b.id("footy_install", where="query deviceUUID"))
    b.param("pluginVersion", "6.8.52-android")
    b.param("timemark", str(ms(c)))
    b.no_content()
    return b.build()


def clip_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    secs = c.rng.randint(5, 180)
    b.view("json events[].clip_watch clip_id + secs_watched")
    b.json(
        {
            "android_id": b.id("aid_footy", where="json android_id"),
            "events": [
                {
                    "name": "clip_watch",
                    "clip_id": c.rng.choice(CLIPS),
                    "secs_watched": secs,
                    "completion_pct": c.rng.randint(10, 100),
                    "commentary": c.rng.choice(list(FEEDS)),
                    "ts": iso(c),
                }
            ],
        }
    )
    b.ok_json({"accepted": 1})
    return b.build()


def pasifika_watch(c: Context) -> Flow:
    """The Pasifika commentary build logs clip views with Samoan or Tongan keys."""
    b = _b(c, "POST", f"{API}/v1/pasifika/events")
    clip, secs = c.rng.choice(CLIPS), c.rng.randint(5, 180)
    if c.rng.random() < 0.5:  # Samoan: va'ai / matamata = watch, sekone = seconds
        b.view("json ata_vaaia (clip watched) + sekone_matamata (Samoan keys)")
        event = {"mea": "vaai_ata", "ata_vaaia": clip, "sekone_matamata": secs, "gagana": "sm"}
    else:  # Tongan: sio = watch, sekoni = seconds
        b.view("json vitio_sio (clip watched) + sekoni_sio (Tongan keys)")
        event = {"me'a": "sio_vitio", "vitio_sio": clip, "sekoni_sio": secs, "lea": "to"}
    event["taimi"] = iso(c)
    b.json({"install": b.id("footy_install", where="json install"), "events": [event]})
    b.ok_json({"accepted": 1})
    return b.build()


def tv_heartbeat_pb(c: Context) -> Flow:
    """Android TV build: protobuf with field numbers only (match, position, ts)."""
    match_id = c.rng.choice(MATCHES)[0]
    b = WB(c, "kickoff", "POST", f"{API}/hb")
    b.header("user-agent", UA)
    b.view("protobuf f1 match, f2 position, f3 ts (field numbers only)", detectable=False)
    body = pb_bytes(1, match_id) + pb_varint(2, c.rng.randint(0, 5400)) + pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device")
    b.json(
        {
            "install_id": b.id("footy_install", where="json install_id"),
            "android_id": b.id("aid_footy", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "fcm": "c" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 40),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def register_pb(c: Context) -> Flow:
    """Same registration from the 'lite' build, protobuf: the android id under field 2."""
    b = WB(c, "kickoff", "POST", f"{API}/v1/d")
    b.header("user-agent", UA)
    aid = b.id("aid_footy", "protobuf", "protobuf field 2 (no name)", detectable=False)
    body = pb_varint(1, 3) + pb_bytes(2, aid) + pb_msg(3, [pb_bytes(1, "14")])
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def live_score(c: Context) -> Flow:
    match_id, title, sport = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/matches/{match_id}/live")
    b.decoy("live score and match clock minute: not a viewing report")
    b.ok_json(
        {
            "match": title,
            "sport": sport,
            "clock": f"{c.rng.randint(1, 80)}:{c.rng.randint(0, 59):02d}",
            "score": [c.rng.randint(0, 45), c.rng.randint(0, 45)],
            "lastEvent": c.rng.choice(["try", "conversion", "goal", "centre pass"]),
        }
    )
    return b.build()


def timeline(c: Context) -> Flow:
    match_id = c.rng.choice(MATCHES)[0]
    b = _b(c, "GET", f"{API}/v1/matches/{match_id}/timeline")
    b.decoy("match timeline: minute of play per event (sport data, not a watch position)")
    b.ok_json(
        {
            "events": [
                {"minute": c.rng.randint(1, 80), "type": "try", "player": "Levi Aumua"}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ladder(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/competitions/anz-premiership/ladder")
    b.ok_json(
        {
            "ladder": [
                {"team": t, "played": 9, "points": c.rng.randint(4, 24)}
                for t in ("Pulse", "Mystics", "Tactix", "Stars", "Steel", "Magic")
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/highlights/trending")
    b.decoy("trending highlights with total view counts (aggregate over all fans)")
    b.ok_json({"clips": [{"clip_id": x, "views": c.rng.randint(1000, 90000)} for x in CLIPS]})
    return b.build()


def fantasy(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/fantasy/team")
    b.json({"captain": "Ardie Savea", "budget": rf(c.rng, 80, 100, 1), "requestId": rid(c.rng)})
    b.ok_json({"saved": True})
    return b.build()
