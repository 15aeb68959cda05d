"""Glint, a Twitch-like live-streaming app (fictional first party, real formats).

Formats followed:
- Twitch's client analytics ("Spade"): a form POST whose `data` field is
  base64 of a JSON array of `{"event", "properties"}`; `minute-watched` carries
  the channel, broadcast and `minutes_logged` once a minute. Public clients
  that replay it: github.com/rdavydov/Twitch-Channel-Points-Miner-v2
  (TwitchChannelPointsMiner/classes/Twitch.py, "send_minute_watched_events"),
  the Spade collector github.com/twitchscience/spade.
- GraphQL at gql.* with `Client-Id` and `X-Device-Id` headers, persisted
  queries (`extensions.persistedQuery.sha256Hash`) and `variables`
  (e.g. PlaybackAccessToken with `login`, `playerType`).
- HLS from Amazon IVS (`*.playback.live-video.net`, docs.aws.amazon.com/ivs/).
- Bitmovin Analytics samples from the Amazon IVS player integration
  (github.com/bitmovin/bitmovin-analytics-collector-android,
  docs/payload-documentation.md: `impressionId`, `videoId`, `state`,
  `duration`, `videotime_start/end`; its `userId` is the ANDROID_ID or a random
  string, per collector's AnalyticsCollector.userId doc).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, jsb, mpack, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, okhttp, req_id, rf, ua

UA = ua("Glint", "19.4.1")
CLIENT_ID = "kd1unb4b3q4t58fwlpcbzcbnm76a8fp"
CHANNELS = [
    ("pixelforge", "41259874", "Hollow Knight: Silksong"),
    ("mossyknits", "77120455", "Art"),
    ("speedrunnerjo", "19944310", "Celeste"),
    ("chefnadia", "88302211", "Food & Drink"),
    ("chessbaron", "60012877", "Chess"),
    ("lofi_harbor", "93110028", "Music"),
]
HASHES = {
    "StreamMetadata": "252a46e3f5b1ddc431b396e688331d8d020daec27079893ac7d4e6db759a7402",
    "PlaybackAccessToken": "ed230aa1e33e07eebb8928504583da78a5173989fadfb1ac94be06a04f3cdbe9",
    "ChatRoomState": "9ca54a2a8e4ac1e2ce2b94d1bd8ad3b8a6c1c7a8b06b8d0ba4a4c9c3e0fe5c39",
    "Directory": "3c91c7b8b8a5d6a2f2e4c4b2c9f4e3d6a1b8c7d5e9f0a2b4c6d8e0f1a3b5c7d9",
}


def channel(ctx: Context) -> tuple[str, str, str]:
    return ctx.rng.choice(CHANNELS)


def _gql(ctx: Context, op: str, variables: dict[str, object], device: str) -> FB:
    """One persisted GraphQL query; `device` says how (or whether) X-Device-Id travels."""
    b = FB(ctx, "glint-gql", "POST", "https://gql.glint.tv/gql")
    b.header("user-agent", UA)
    b.header("client-id", CLIENT_ID)
    if device == "header":
        b.header("x-device-id", b.id("glint_device", where="header:x-device-id"))
    body = [
        {
            "operationName": op,
            "variables": variables,
            "extensions": {"persistedQuery": {"version": 1, "sha256Hash": HASHES[op]}},
        }
    ]
    b.json(body)
    return b


def stream_metadata(ctx: Context) -> Flow:
    login, cid, game = channel(ctx)
    b = _gql(ctx, "StreamMetadata", {"channelLogin": login}, "none")
    b.ok_json(
        [
            {
                "data": {
                    "user": {
                        "id": cid,
                        "login": login,
                        "stream": {"id": str(ctx.rng.randint(10**10, 10**11)), "game": game},
                        "viewersCount": ctx.rng.randint(20, 40000),
                    }
                }
            }
        ]
    )
    return b.build()


def directory(ctx: Context) -> Flow:
    b = _gql(
        ctx, "Directory", {"slug": "just-chatting", "limit": 30, "sort": "VIEWER_COUNT"}, "none"
    )
    b.ok_json([{"data": {"game": {"streams": {"edges": [{"node": {"id": new_hex(ctx.rng, 8)}}]}}}}])
    return b.build()


def playback_token(ctx: Context) -> Flow:
    login, _, _ = channel(ctx)
    b = _gql(
        ctx,
        "PlaybackAccessToken",
        {"isLive": True, "login": login, "isVod": False, "vodID": "", "playerType": "pulsar"},
        "header",
    )
    b.ok_json(
        [
            {
                "data": {
                    "streamPlaybackAccessToken": {
                        "value": "{...}",
                        "signature": new_hex(ctx.rng, 40),
                    }
                }
            }
        ]
    )
    return b.build()


def chat_state(ctx: Context) -> Flow:
    login, _, _ = channel(ctx)
    b = _gql(ctx, "ChatRoomState", {"login": login}, "header")
    b.ok_json([{"data": {"channel": {"chatSettings": {"slowModeDurationSeconds": 0}}}}])
    return b.build()


def hls_master(ctx: Context) -> Flow:
    login, _, _ = channel(ctx)
    b = FB(
        ctx,
        "glint-usher",
        "GET",
        f"https://usher.glint.tv/api/channel/hls/{login}.m3u8",
        [
            ("allow_source", "true"),
            ("fast_bread", "true"),
            ("p", str(ctx.rng.randint(1000000, 9999999))),
            ("player_backend", "mediaplayer"),
            ("sig", new_hex(ctx.rng, 40)),
            ("token", b64('{"adblock":false,"channel":"' + login + '"}')),
        ],
    )
    b.header("user-agent", UA)
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\n")
    return b.build()


def ivs_segment(ctx: Context) -> Flow:
    edge = ctx.rng.choice(["fra06", "ams03", "lhr08"])
    seq = ctx.rng.randint(1000, 99999)
    b = FB(
        ctx,
        "ivs-cdn",
        "GET",
        f"https://video-edge-{new_hex(ctx.rng, 6)}.{edge}.abs.hls.ttvnw-ivs.playback.live-video.net"
        f"/v1/segment/{new_hex(ctx.rng, 24)}/{seq}.ts",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", okhttp())
    b.respond(200, "video/mp2t", bytes(ctx.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def emote(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "glint-cdn",
        "GET",
        f"https://static-cdn.glintcdn.net/emoticons/v2/{ctx.rng.randint(10**5, 10**8)}"
        "/default/dark/2.0",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(60))
    return b.build()


def _spade(ctx: Context, events: list[dict[str, object]]) -> FB:
    b = FB(ctx, "glint-spade", "POST", "https://spade.glint.tv/track")
    b.header("user-agent", UA)
    b.form([("data", b64(jsb(events)))])
    b.no_content()
    return b


def minute_watched(ctx: Context, opaque_device: bool) -> Flow:
    login, cid, game = channel(ctx)
    b = FB(ctx, "glint-spade", "POST", "https://spade.glint.tv/track")
    props: dict[str, object] = {
        "app_version": "19.4.1",
        "platform": "android",
        "channel": login,
        "channel_id": cid,
        "broadcast_id": str(ctx.rng.randint(10**10, 10**11)),
        "game": game,
        "live": True,
        "minutes_logged": ctx.rng.randint(1, 90),
        "player": "pulsar",
        "user_id": int(ctx.phone.glint_user),
    }
    if opaque_device:
        props["bid"] = b.id("glint_device", "sha1", "body:data.b64[0].properties.bid", False)
    else:
        props["device_id"] = b.id("glint_device", where="body:data.b64[0].properties.device_id")
    b.view("body:data.b64[0] event=minute-watched", True)
    b.header("user-agent", UA)
    b.form([("data", b64(jsb([{"event": "minute-watched", "properties": props}])))])
    b.no_content()
    return b.build()


def video_play(ctx: Context) -> Flow:
    login, cid, _ = channel(ctx)
    b = FB(ctx, "glint-spade", "POST", "https://spade.glint.tv/track")
    props = {
        "channel": login,
        "channel_id": cid,
        "content_mode": "live",
        "time": round(ctx.now, 3),
        "device_id": b.id("glint_device", where="body:data.b64[0].properties.device_id"),
        "unique_id": b.id(
            "glint_unique", where="body:data.b64[0].properties.unique_id", detectable=False
        ),
    }
    b.view("body:data.b64[0] event=video-play", True)
    b.header("user-agent", UA)
    b.form([("data", b64(jsb([{"event": "video-play", "properties": props}])))])
    b.no_content()
    return b.build()


def app_event(ctx: Context) -> Flow:
    """A non-viewing Spade event that still carries the device id."""
    b = FB(ctx, "glint-spade", "POST", "https://spade.glint.tv/track")
    ev = ctx.rng.choice(["app_foreground", "notification_settings", "chat_emote_picker_open"])
    props = {
        "platform": "android",
        "time": round(ctx.now, 3),
        "device_id": b.id("glint_device", where="body:data.b64[0].properties.device_id"),
    }
    b.header("user-agent", UA)
    b.form([("data", b64(jsb([{"event": ev, "properties": props}])))])
    b.no_content()
    return b.build()


def ui_event_anon(ctx: Context) -> Flow:
    """Spade events before login and consent: no device id, no content (negative)."""
    b = _spade(
        ctx,
        [
            {
                "event": "onboarding_step",
                "properties": {"step": ctx.rng.randint(1, 5), "time": round(ctx.now, 3)},
            }
        ],
    )
    return b.build()


def vod_resume(ctx: Context) -> Flow:
    vod = str(ctx.rng.randint(2 * 10**9, 3 * 10**9))
    b = FB(ctx, "glint-api", "PUT", f"https://api.glint.tv/v5/resumewatching/vods/{vod}")
    b.header("user-agent", UA)
    b.header("authorization", "OAuth " + new_hex(ctx.rng, 30))
    b.json({"type": "vod", "position": ctx.rng.randint(30, 14000), "user_id": ctx.phone.glint_user})
    b.view("body.position for vods/{id} resumewatching", True)
    b.no_content()
    return b.build()


def telemetry_pb(ctx: Context) -> Flow:
    """The player's batched telemetry: protobuf, field numbers only (viewing, opaque)."""
    _, cid, _ = channel(ctx)
    b = FB(ctx, "glint-telemetry", "POST", "https://pulse.glint.tv/v1/b")
    dev = b.id_raw("glint_device", "protobuf", "body:pb.1", False)
    body = pb_bytes(1, dev) + pb_msg(
        2, [pb_bytes(1, cid), pb_varint(2, ctx.rng.randint(60, 5400)), pb_varint(3, ms(ctx))]
    )
    b.view("body:pb.2 (channel, seconds, time)", False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def bitmovin_sample(ctx: Context, state: str) -> Flow:
    login, cid, game = channel(ctx)
    b = FB(ctx, "bitmovin", "POST", "https://analytics-ingress-global.bitmovin.com/analytics")
    vt = ctx.rng.randint(0, 3_600_000)
    body = {
        "key": "b7a9a43e-6f0e-4d3c-9b36-" + new_hex(ctx.rng, 12),
        "impressionId": req_id(ctx.rng),
        "userId": b.id("aid_glint", where="body.userId", detectable=False),
        "platform": "android",
        "player": "amazonivs",
        "state": state,
        "duration": ctx.rng.randint(500, 60000),
        "videoBitrate": ctx.rng.choice([1600000, 3000000, 6000000]),
        "time": ms(ctx),
        "analyticsVersion": "3.4.0",
    }
    if state in ("playing", "pause"):
        body.update(
            {
                "videoId": cid,
                "videoTitle": f"{login} - {game}",
                "isLive": True,
                "videotime_start": vt,
                "videotime_end": vt + body["duration"],
            }
        )  # type: ignore[operator]
        b.view("body (videoId, videoTitle, state=playing, videotime)", True)
    b.header("user-agent", UA)
    b.json(body)
    b.no_content()
    return b.build()


def ivs_quality(ctx: Context) -> Flow:
    """Player quality-of-service metrics with a session id only (negative, decoy)."""
    b = FB(ctx, "glint-qos", "POST", "https://pulse.glint.tv/v1/qos")
    sid = req_id(ctx.rng)
    b.decoy("playback_session uuid")
    b.json(
        {
            "playback_session": sid,
            "rebuffer_ms": ctx.rng.randint(0, 900),
            "bitrate_kbps": ctx.rng.choice([1600, 3000, 6000]),
            "dropped_frames": ctx.rng.randint(0, 40),
            "buffer_health": [rf(ctx.rng, 0.5, 9.0, 2) for _ in range(6)],
        }
    )
    b.no_content()
    return b.build()


def chat_send(ctx: Context) -> Flow:
    login, _, _ = channel(ctx)
    b = FB(ctx, "glint-chat", "POST", "https://api.glint.tv/helix/chat/messages")
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 30))
    b.json(
        {
            "broadcaster_login": login,
            "message": ctx.rng.choice(["gg", "LUL that jump", "hi chat", "what song is this?"]),
            "nonce": new_hex(ctx.rng, 32),
        }
    )
    b.decoy("nonce hex32")
    b.ok_json({"data": [{"message_id": req_id(ctx.rng), "is_sent": True}]})
    return b.build()


def sync_blob(ctx: Context) -> Flow:
    """Watch-party sync state, msgpack with one-letter keys (viewing, opaque)."""
    _, cid, _ = channel(ctx)
    b = FB(ctx, "glint-party", "POST", "https://party.glint.tv/s")
    b.view("body:msgpack {c,p,t}", False)
    b.set_body(
        mpack({"c": cid, "p": ctx.rng.randint(0, 9000), "t": ms(ctx)}), "application/x-msgpack"
    )
    b.no_content()
    return b.build()
