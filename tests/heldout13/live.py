"""A Twitch-like live and VOD app ("Glitchcast") on Amazon IVS.

- "minute-watched" events posted Spade-style: form field `data` holding base64
  JSON `[{"event": "minute-watched", "properties": {channel_id, broadcast_id,
  player, user_id, game, minutes_logged, device_id}}]` (as public Twitch
  channel-points miners replay them: github.com/RakambdaOrg/ChannelPointsMiner
  `MinuteWatchedProperties.java`).
- GraphQL persisted queries with `Client-Id` / `X-Device-Id` headers, and the VOD
  resume position mutation (`UpdateUserViewedVideo`, input `userID`,
  `videoID`, `videoType`, `position`).
- Playback from Amazon IVS (`*.playback.live-video.net/api/video/v1/...m3u8`,
  docs.aws.amazon.com/ivs); the app relays IVS player state events
  (PlayerState PLAYING / BUFFERING, getPosition) to its own telemetry, and a
  compact protobuf beacon with numeric fields only (labelled, not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, pb_varint

from .phone import FB, iso, ms, rid, ua

GQL = "https://gql.glitchcast-example.tv/gql"
UA = ua("Glitchcast", "17.4.1")
CHANNELS = [
    ("41932710", "pixelkiri", "Osu!"),
    ("77120431", "lofi_mika", "Just Chatting"),
    ("10299854", "speedrunzed", "Celeste"),
    ("58220013", "vtuber_nyx", "Valorant"),
]


def _gql(ctx: Context) -> FB:
    b = FB(ctx, "glitchcast-gql", "POST", GQL)
    b.header("user-agent", UA)
    b.header("client-id", "kd1unb4b3q4t58fwlpcbzcbnm76a8fp")
    b.header("x-device-id", b.id("live_device", where="header x-device-id"))
    b.header("client-session-id", rid(ctx.rng).replace("-", "")[:16])
    return b


def _hash(ctx: Context) -> str:
    return ctx.rng.randbytes(32).hex()


def minute_watched(ctx: Context) -> Flow:
    r = ctx.rng
    cid, login, game = r.choice(CHANNELS)
    b = FB(ctx, "glitchcast-spade", "POST", "https://spade.glitchcast-example.tv/track")
    b.header("user-agent", UA)
    props = {
        "channel_id": cid,
        "channel": login,
        "broadcast_id": str(r.randint(4 * 10**10, 5 * 10**10)),
        "player": "android",
        "user_id": int(b.acct("live_user")),
        "game": game,
        "live": True,
        "minutes_logged": r.randint(1, 180),
        "device_id": b.id("live_device", where="form.data(base64 json).device_id"),
        "platform": "android",
        "quality": "1080p60",
    }
    b.form([("data", b64(f'[{{"event":"minute-watched","properties":{js(props)}}}]'))])
    b.view("form.data (base64 JSON minute-watched: channel, broadcast, minutes)")
    b.no_content()
    return b.build()


def vod_position(ctx: Context) -> Flow:
    b = _gql(ctx)
    r = ctx.rng
    op = {
        "operationName": "UpdateUserViewedVideo",
        "variables": {
            "input": {
                "userID": b.acct("live_user"),
                "videoID": str(r.randint(2 * 10**9, 3 * 10**9)),
                "videoType": "VOD",
                "position": r.randint(10, 20000),
            }
        },
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": _hash(ctx)}},
    }
    b.json([op])
    b.view("body[0].variables.input (VOD resume position)")
    b.ok_json(
        [
            {
                "data": {
                    "updateUserViewedVideo": {"video": {"id": op["variables"]["input"]["videoID"]}}
                }
            }
        ]
    )
    return b.build()


def channel_shell(ctx: Context) -> Flow:
    b = _gql(ctx)
    cid, login, _ = ctx.rng.choice(CHANNELS)
    b.json(
        [
            {
                "operationName": "ChannelShell",
                "variables": {"login": login},
                "extensions": {"persistedQuery": {"version": 1, "sha256Hash": _hash(ctx)}},
            }
        ]
    )
    b.ok_json(
        [{"data": {"userOrError": {"id": cid, "login": login, "stream": {"viewersCount": 1200}}}}]
    )
    b.decoy("channel page query (catalogue) with a persisted-query hash")
    return b.build()


def ivs_events(ctx: Context) -> Flow:
    r = ctx.rng
    _, login, _ = r.choice(CHANNELS)
    b = FB(
        ctx, "glitchcast-telemetry", "POST", "https://telemetry.glitchcast-example.tv/v2/ivs-player"
    )
    b.header("user-agent", UA)
    vod = r.random() < 0.5
    ev = {
        "player": "AmazonIVSPlayer/1.29.0",
        "state": r.choice(["PLAYING", "BUFFERING", "IDLE"]),
        "channelArn": f"arn:aws:ivs:eu-west-1:812044593851:channel/{login}",
        "vodId": str(r.randint(2 * 10**9, 3 * 10**9)) if vod else None,
        "positionSec": r.randint(0, 20000),
        "watchSessionId": rid(r),
        "quality": "720p60",
        "ts": iso(ctx),
    }
    b.json({"events": [ev], "user": b.acct("live_user")})
    b.view("body.events[0] (channel watched, vod id, position)")
    b.no_content()
    return b.build()


def beacon_opaque(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "glitchcast-telemetry", "POST", "https://telemetry.glitchcast-example.tv/b")
    b.header("user-agent", UA)
    body = pb_varint(1, r.randint(2 * 10**9, 3 * 10**9)) + pb_varint(2, r.randint(0, 20000))
    body += pb_varint(3, ms(ctx)) + pb_varint(4, int(b.acct("live_user")))
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf fields 1/2 (vod id, position: numbers without names)", detectable=False)
    b.no_content()
    return b.build()


def ivs_playlist(ctx: Context) -> Flow:
    r = ctx.rng
    host = rid(r).replace("-", "")[:12]
    url = f"https://{host}.eu-west-1.playback.live-video.net/api/video/v1/eu-west-1.812044593851.channel.{rid(r)[:12]}.m3u8"
    b = FB(ctx, "ivs", "GET", url)
    b.header("user-agent", "AmazonIVSPlayer/1.29.0 Android")
    b.param("token", b64(r.randbytes(48)))
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:BANDWIDTH=3422999\nindex.m3u8\n",
    )
    b.decoy("live playlist fetch")
    return b.build()


def preview_thumb(ctx: Context) -> Flow:
    r = ctx.rng
    _, login, _ = r.choice(CHANNELS)
    b = FB(
        ctx,
        "glitchcast",
        "GET",
        f"https://static-cdn.glitchcast-example.tv/previews/live_user_{login}-440x248.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(r.getrandbits(32), 500))
    b.decoy("stream preview thumbnail")
    return b.build()


def chat_send(ctx: Context) -> Flow:
    r = ctx.rng
    _, login, _ = r.choice(CHANNELS)
    b = FB(
        ctx, "glitchcast", "POST", f"https://chat.glitchcast-example.tv/v1/rooms/{login}/messages"
    )
    b.header("user-agent", UA)
    b.json({"text": r.choice(["W", "LUL", "gg", "that face cam reaction tho"]), "nonce": rid(r)})
    b.ok_json({"id": rid(r)})
    b.decoy("chat message with a nonce")
    return b.build()
