"""The script of one simulated session: start-up, then a user scrolling the feed.

The order is what a phone does: the app registers the device and its SDKs
start, then per clip the player fetches the video and the app reports the
play; SDKs batch their events; now and then the user tries a face effect,
records a voice ID, opens an embedded YouTube clip, searches, or switches to
another app (benign traffic). Part-way through the user turns off ad
personalisation, after which ad SDKs send the all-zero advertising id.

Rare events are drawn from a rotating schedule rather than by chance alone,
so that even a small set (a few hundred flows) covers every family.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from . import benign, biometric, bytedance, media, sdks
from .flowmodel import Context, Flow
from .identity import Phone, new_digits, new_hex, new_uuid

START = 1715678400.0  # 2024-05-14T09:20:00Z

TITLES = [
    "street food tour #fyp", "cat vs cucumber", "3 min pasta", "learn this dance",
    "day in my life (nurse)", "thrifting haul", "guitar riff tutorial", "sunset timelapse",
    "budget travel tips", "skincare routine", "prank on my brother", "how bridges work",
]  # fmt: skip


def _video(ctx: Context) -> dict[str, Any]:
    vid = new_digits(ctx.rng, 19, "72")
    uri = f"v12044gd0000{new_hex(ctx.rng, 20)}"
    expires = int(ctx.now) + 86400
    path = f"/{new_hex(ctx.rng, 32)}/{expires:x}/video/tos/useast2a/tos-useast2a-ve-0068c001/{uri}/"
    query = (
        "a=1233&bti=OHYpOTY0Zik3OjlmOm01MzE6ZDQ0MDo%3D&ch=0&cr=3&dr=0&lr=all&cd=0%7C0%7C0%7C"
        "&cv=1&br=2314&bt=1157&cs=0&ds=6&ft=4KJMyMzm8Zmo0&mime_type=video_mp4&qs=0"
        f"&rc={new_hex(ctx.rng, 24)}&l={int(ctx.now)}{new_hex(ctx.rng, 18).upper()}&btag=e00088000"
    )
    author = new_digits(ctx.rng, 19, "68")
    return {
        "id": vid,
        "title": ctx.rng.choice(TITLES),
        "author": author,
        "author_name": "user" + new_digits(ctx.rng, 7),
        "uri": uri,
        "url": bytedance.VIDEO_CDN + path + "?" + query,
        "cover": (
            f"{bytedance.IMAGE_CDN}/tos-useast2a-p-0037-aiso/{new_hex(ctx.rng, 32)}"
            f"~tplv-dmt-logom:tos-useast2a-v-0068/{new_hex(ctx.rng, 32)}.image"
            f"?x-expires={expires}&x-signature={new_hex(ctx.rng, 27)}%3D"
        ),
        "duration_ms": ctx.rng.randint(6000, 90000),
        "share_url": f"https://www.tiktok.com/@user/video/{vid}",
    }


def _startup(ctx: Context) -> list[Flow]:
    flows = [
        benign.connectivity(ctx),
        bytedance.tnc_config(ctx),
        bytedance.device_register(ctx),
        bytedance.settings(ctx),
        bytedance.attest(ctx),
        bytedance.push_token(ctx),
        sdks.appsflyer(ctx, None),
        sdks.adjust(ctx, None),
        sdks.adjust_attribution(ctx),
        sdks.branch(ctx, first=True),
        sdks.facebook(ctx, None, install=True),
        sdks.firebase(ctx, None),
        sdks.crashlytics(ctx),
        bytedance.login(ctx),
        bytedance.monitor(ctx),
        bytedance.ttnet_metrics(ctx),
        benign.font(ctx),
    ]
    return flows


def _special_schedule() -> list[str]:
    """Rare events, cycled so a small set still covers each of them."""
    return [
        "face:points", "youtube", "ads", "face:blend", "adobe", "voice", "face:embedding",
        "nielsen", "facepp", "face:flat", "conviva", "search", "face:blend_raw", "samba",
        "ads", "rekognition", "face:embedding_b64", "youtube", "face_attr", "geometry",
        "azure_voice", "face_pb", "ga4_video", "rekog_fwd", "adobe_legacy", "voice_b64",
        "branch_open", "ads", "attest", "login", "face:mlkit", "history", "publish",
        "face:mesh468", "mmp", "face:dlib68",
    ]  # fmt: skip


def _special(
    ctx: Context, name: str, video: dict[str, Any], recent: list[dict[str, Any]]
) -> list[Flow]:
    if name.startswith("face:"):
        # an effect in use sends its face data more than once
        return [
            biometric.face_effect_upload(ctx, name.split(":")[1])
            for _ in range(ctx.rng.randint(1, 3))
        ]
    table: dict[str, Callable[[], list[Flow]]] = {
        "youtube": lambda: _youtube(ctx),
        "ads": lambda: _ads(ctx),
        "adobe": lambda: _adobe(ctx, video),
        "adobe_legacy": lambda: [
            media.adobe_legacy(ctx, video, e, p)
            for e, p in (("start", 0), ("play", 10), ("play", 20))
        ],
        "voice": lambda: [biometric.voice_enroll(ctx, as_b64=False)],
        "voice_b64": lambda: [biometric.voice_enroll(ctx, as_b64=True)],
        "azure_voice": lambda: [biometric.azure_speaker_enroll(ctx)],
        "nielsen": lambda: [media.nielsen(ctx, video) for _ in range(2)],
        "conviva": lambda: [media.conviva(ctx, video) for _ in range(2)],
        "facepp": lambda: [biometric.facepp_detect(ctx)],
        "rekognition": lambda: [biometric.rekognition(ctx)],
        "rekog_fwd": lambda: [biometric.rekognition_forwarded(ctx)],
        "face_attr": lambda: [biometric.face_attributes_forwarded(ctx)],
        "geometry": lambda: [biometric.face_geometry(ctx)],
        "face_pb": lambda: [biometric.face_embedding_protobuf(ctx)],
        "samba": lambda: [media.samba_acr(ctx)],
        "search": lambda: [bytedance.search(ctx, ctx.rng.choice(["pasta", "dance", "cats"]))],
        "ga4_video": lambda: [media.ga4_web(ctx, video, None), media.ga4_web(ctx, None, None)],
        "branch_open": lambda: [sdks.branch(ctx, first=False)],
        "attest": lambda: [bytedance.attest(ctx)],
        "login": lambda: [bytedance.login(ctx)],
        "history": lambda: [
            bytedance.history_sync(ctx, [video, *ctx.rng.sample(recent, min(3, len(recent)))])
        ],
        "publish": lambda: [bytedance.video_publish(ctx)],
        "mmp": lambda: [sdks.kochava(ctx), sdks.singular(ctx), sdks.appmetrica(ctx)],
    }
    return table[name]()


def _youtube(ctx: Context) -> list[Flow]:
    yt = media.youtube_video(ctx)
    return [
        media.youtube_player(ctx, yt),
        media.youtube_thumbnail(ctx, yt),
        media.youtube_watchtime(ctx, yt, playback=True),
        media.youtube_watchtime(ctx, yt, playback=False),
        media.ga4_web(ctx, None, yt),
        media.youtube_watchtime(ctx, yt, playback=False),
    ]


def _adobe(ctx: Context, video: dict[str, Any]) -> list[Flow]:
    flows = [media.adobe_session_start(ctx, video)]
    for i in range(ctx.rng.randint(1, 3)):
        flows.append(media.adobe_ping(ctx, video, 10.0 * (i + 1)))
    return flows


def _ads(ctx: Context) -> list[Flow]:
    return [
        sdks.pangle(ctx),
        sdks.openrtb_bid(ctx, "adx.ads.vungle.com", "vungle"),
        sdks.unity_ads(ctx),
        sdks.applovin(ctx),
        sdks.ironsource(ctx),
        sdks.inmobi(ctx),
        sdks.mintegral(ctx),
        sdks.admob(ctx),
    ]


_VIEW_SDKS: list[tuple[float, Callable[[Context, dict[str, Any] | None], Flow]]] = [
    (0.10, sdks.appsflyer),
    (0.08, sdks.adjust),
    (0.15, sdks.facebook),
    (0.18, sdks.firebase),
    (0.12, sdks.segment),
    (0.12, sdks.mixpanel),
    (0.12, sdks.amplitude),
    (0.08, sdks.braze),
    (0.08, sdks.mparticle),
]


def _per_video(ctx: Context, video: dict[str, Any], prev: dict[str, Any] | None) -> list[Flow]:
    flows = [bytedance.play_url(ctx, video)] if ctx.rng.random() < 0.25 else []
    flows.append(bytedance.video_fetch(ctx, video))
    if ctx.rng.random() < 0.12:
        flows.append(bytedance.comment_list(ctx, video))
    if ctx.rng.random() < 0.3:
        flows.append(bytedance.video_fetch(ctx, video))
    flows.append(bytedance.aweme_stats(ctx, video, prev))
    for p, fn in _VIEW_SDKS:
        if ctx.rng.random() < p:
            flows.append(fn(ctx, video))
        elif ctx.rng.random() < p / 3:
            flows.append(fn(ctx, None))
    return flows


def generate_session(seed: int, target: int) -> tuple[Phone, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    rng = random.Random(seed)
    phone = Phone.make(rng)
    ctx = Context(rng=rng, phone=phone, now=START)
    flows = _startup(ctx)
    schedule = _special_schedule()
    every = max(5, target // 100)
    next_special = len(flows) + every
    session = f"{new_hex(rng, 8)}-{new_hex(rng, 4)}"
    watched: list[dict[str, Any]] = []
    prev = None
    k = 0
    while len(flows) < target:
        if not ctx.opted_out and len(flows) > target * 0.6:
            ctx.opted_out = True
        batch = [_video(ctx) for _ in range(6)]
        flows.append(bytedance.feed(ctx, batch))
        flows.extend(bytedance.thumbnail(ctx, v) for v in batch[:4])
        for video in batch:
            flows.extend(_per_video(ctx, video, prev))
            watched.append(video)
            prev = video
            if len(watched) >= 4:
                flows.append(bytedance.app_log(ctx, watched, session, encrypted=rng.random() < 0.3))
                watched = []
            if len(flows) >= next_special:
                flows.extend(_special(ctx, schedule[k % len(schedule)], video, batch))
                k += 1
                next_special = len(flows) + every
            while rng.random() < 0.28:
                flows.append(rng.choice(benign.BENIGN)(ctx))
            if rng.random() < 0.05:
                flows.append(
                    rng.choice(
                        [
                            bytedance.monitor,
                            bytedance.ttnet_metrics,
                            bytedance.settings,
                            sdks.crashlytics,
                        ]
                    )(ctx)
                )
            if rng.random() < 0.04:
                flows.append(bytedance.app_log(ctx, [], session, encrypted=False))
            if len(flows) >= target:
                break
    for i, flow in enumerate(flows):
        flow.index = i
        flow.flow_id = new_uuid(rng)
    return phone, flows
