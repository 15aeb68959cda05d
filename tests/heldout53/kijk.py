"""Kijkdoos, a Flemish streaming app (fictional, api.kijkdoos.example.be).

Real SDK: the Snowplow iOS tracker (github.com/snowplow/snowplow-ios-tracker):
POST {collector}/com.snowplowanalytics.snowplow/tp2 with a payload_data 1-0-4
envelope; each event has e=ue, the self-describing event base64-encoded in
`ue_px` and the context entities in `cx` (base64 on by default). Media events
follow the v2 media schemas (iglu:com.snowplowanalytics.snowplow.media/*_event,
entity com.snowplowanalytics.snowplow/media_player 2-0-0 with currentTime,
duration, paused...). The platform context mobile_context 1-0-3 carries
appleIdfv (and appleIdfa when ATT allows; it did not here); client_session
1-0-2 carries a device-scoped `userId` UUID the tracker makes up.
The in-house progress sync and "verder kijken" rail are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, ZERO_IDFA, iso, ms, rf, rid, ua

API = "https://api.kijkdoos.example.be"
UA = ua("Kijkdoos", "8.14.0", "8140")
SHOWS = ["Thuis", "De Ideale Wereld", "Gert Late Night", "Dag Allemaal TV", "Het Journaal"]


def _episode(c: Context) -> dict[str, object]:
    return {
        "id": f"ep-{c.rng.randint(100000, 999999)}",
        "show": c.rng.choice(SHOWS),
        "duration": c.rng.randint(1200, 3600),
    }


def _sd(schema: str, data: object) -> dict[str, object]:
    return {"schema": schema, "data": data}


def snowplow_media(c: Context, event: str = "play_event") -> Flow:
    b = FB(
        c, "snowplow", "POST", "https://sp.kijkdoos.example.be/com.snowplowanalytics.snowplow/tp2"
    )
    b.header("user-agent", UA)
    ep = _episode(c)
    pos = rf(c.rng, 0, float(ep["duration"]), 1)  # type: ignore[arg-type]
    ue = _sd(
        "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
        _sd(f"iglu:com.snowplowanalytics.snowplow.media/{event}/jsonschema/1-0-0", {}),
    )
    mobile = {
        "osType": "ios",
        "osVersion": "17.5.1",
        "deviceManufacturer": "Apple",
        "deviceModel": "iPhone15,4",
        "carrier": "Proximus",
        "networkType": "wifi",
        "appleIdfv": b.id("idfv_kijk", where="cx (base64 JSON) mobile_context.appleIdfv"),
        "appleIdfa": ZERO_IDFA,
    }
    session = {
        "userId": b.id(
            "snow_session_user", where="cx (base64 JSON) client_session.userId", detectable=False
        ),
        "sessionId": new_uuid(c.rng),
        "sessionIndex": c.rng.randint(3, 90),
        "storageMechanism": "LOCAL_STORAGE",
        "firstEventId": new_uuid(c.rng),
    }
    player = {
        "currentTime": pos,
        "duration": ep["duration"],
        "paused": event == "pause_event",
        "ended": False,
        "muted": False,
        "playbackRate": 1,
        "volume": 80,
        "mediaType": "video",
        "playerType": "com.apple.avplayer",
        "label": ep["show"],
    }
    cx = _sd(
        "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1",
        [
            _sd("iglu:com.snowplowanalytics.snowplow/mobile_context/jsonschema/1-0-3", mobile),
            _sd("iglu:com.snowplowanalytics.snowplow/client_session/jsonschema/1-0-2", session),
            _sd("iglu:com.snowplowanalytics.snowplow/media_player/jsonschema/2-0-0", player),
            _sd(
                "iglu:com.snowplowanalytics.snowplow.media/session/jsonschema/1-0-0",
                {"mediaSessionId": new_uuid(c.rng), "startedAt": iso(c)},
            ),
            _sd(
                "iglu:be.kijkdoos/content/jsonschema/1-0-0",
                {"episodeId": ep["id"], "show": ep["show"]},
            ),
        ],
    )
    b.view("snowplow media event + media_player entity (episode, currentTime)")
    ev = {
        "e": "ue",
        "ue_px": b64(js(ue)),
        "cx": b64(js(cx)),
        "eid": new_uuid(c.rng),
        "dtm": str(ms(c)),
        "stm": str(ms(c)),
        "p": "mob",
        "tv": "ios-6.0.4",
        "tna": "kijkdoos",
        "aid": "kijkdoos-ios",
        "res": "1179x2556",
        "lang": "nl-BE",
    }
    payload = _sd("iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4", [ev])
    b.json(payload, ctype="application/json; charset=utf-8")
    b.respond(200, "text/plain", b"")
    return b.build()


def progress_sync(c: Context) -> Flow:
    ep = _episode(c)
    b = FB(c, "kijkdoos", "PUT", f"{API}/v3/me/kijkvoortgang/{ep['id']}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    d = int(ep["duration"])  # type: ignore[call-overload]
    b.json(
        {
            "afleveringId": ep["id"],
            "programma": ep["show"],
            "positieSec": c.rng.randint(30, d),
            "duurSec": d,
            "bekekenOp": iso(c),
            "volledigBekeken": False,
        }
    )
    b.view("body: afleveringId + positieSec + bekekenOp (kijkvoortgang)")
    b.no_content()
    return b.build()


def verder_kijken(c: Context) -> Flow:
    b = FB(c, "kijkdoos", "GET", f"{API}/v3/me/rails/verder-kijken?limit=12")
    b.header("user-agent", UA)
    items = [
        {**_episode(c), "progress": rf(c.rng, 0.05, 0.95, 2), "lastWatched": iso(c)}
        for _ in range(c.rng.randint(3, 8))
    ]
    b.ok_json({"rail": "continue_watching", "title": "Verder kijken", "items": items})
    b.view("response: continue_watching rail with progress + lastWatched", direction="response")
    return b.build()


def opaque_qos(c: Context) -> Flow:
    """A DRM/QoS beacon whose payload is encrypted: what it says is unreadable."""
    b = FB(c, "kijkdoos", "POST", f"{API}/qos/b")
    b.header("user-agent", UA)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(180)), "application/octet-stream")
    b.view("encrypted QoS/heartbeat blob (opaque)", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "kijkdoos", "GET", f"{API}/v3/catalogue/pages/home?variant=ios&kids=false")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "rails": [
                {"title": t, "items": [_episode(c) for _ in range(5)]}
                for t in ("Populair", "Nieuw", "Fictie")
            ],
            "trace": rid(c.rng),
        }
    )
    b.decoy("catalogue page: episode ids with durations (not watched)")
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 600)
    b = FB(
        c,
        "kijkdoos-cdn",
        "GET",
        f"https://vod.kijkdoos-cdn.example.be/hls/{new_hex(c.rng, 12)}/v720/seg_{n:05d}.ts",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(256)))
    b.decoy("HLS segment fetch (fetching video is not viewing history)")
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(
        c,
        "kijkdoos-cdn",
        "GET",
        f"https://img.kijkdoos-cdn.example.be/ep-{c.rng.randint(100000, 999999)}/16x9/480.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    b.decoy("episode thumbnail fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["thuis", "journaal", "quiz", "voetbal"])
    b = FB(c, "kijkdoos", "GET", f"{API}/v3/search?q={q}&type=program")
    b.ok_json({"hits": [_episode(c) for _ in range(4)], "took": c.rng.randint(3, 40)})
    b.decoy("search results with durations")
    return b.build()
