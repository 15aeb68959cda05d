"""The script of the set-2 session: a tester's phone runs three apps in turn.

Start-up registers each app and its SDKs; then blocks of use follow: an episode
watched in Lumora TV (player, progress sync, video analytics, ads), a selfie
session in GlowCam (face tracking, analysis APIs, KYC, ad SDKs), a voice session
in Parla, with other apps' ordinary traffic in between. Rare events rotate
through a schedule so that even a small set covers every family.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid

from . import adtech, beauty, benign, streaming, voice
from .phone import Phone2

START = 1718100000.0  # 2024-06-11T10:00:00Z

GLOW_SCHEDULE = [
    "mesh:objects",
    "blend:arkit_raw",
    "facepp",
    "tpl:b64",
    "mesh:flat_b64gz",
    "kyc:onfido",
    "azure",
    "blend:mediapipe",
    "mesh:nested478",
    "rek",
    "tpl:jwt",
    "kyc:veriff",
    "mesh:protobuf",
    "facepp_fwd",
    "rek_fwd",
    "tpl:msgpack",
    "kyc:facetec",
    "kyc:result",
]
GLOW_ADS = [
    "openrtb:smaato",
    "chartboost",
    "pangle",
    "openrtb:moloco",
    "moloco",
    "fyber",
    "tapjoy",
    "openrtb:dt",
    "hms",
    "xiaomi",
    "openrtb:pangle",
    "xiaomi_stats",
    "openrtb_lat",
]
GLOW_DECOYS = ["canonical", "asset", "catalog", "share", "article", "recs", "checkout"]
PARLA_SCHEDULE = ["enrol", "vp:json", "wake", "vp:b64", "contacts", "vp:msgpack"]
TV_SCHEDULE = ["cast", "acr:1", "tvlog", "continue", "acr:0", "history_pb", "pair"]


def _glow_special(ctx: Context, name: str) -> list[Flow]:
    kind, _, arg = name.partition(":")
    table: dict[str, Callable[[], list[Flow]]] = {
        "mesh": lambda: [beauty.mesh_upload(ctx, arg) for _ in range(ctx.rng.randint(1, 2))],
        "blend": lambda: [beauty.blendshapes(ctx, arg) for _ in range(ctx.rng.randint(1, 2))],
        "tpl": lambda: [beauty.face_template(ctx, arg)],
        "facepp": lambda: [beauty.facepp_detect(ctx)],
        "facepp_fwd": lambda: [beauty.facepp_forward(ctx)],
        "rek": lambda: [beauty.rekognition_compare(ctx)],
        "rek_fwd": lambda: [beauty.rekognition_debug_event(ctx)],
        "azure": lambda: [beauty.azure_detect(ctx)],
        "kyc": lambda: {
            "onfido": lambda: [beauty.onfido_check(ctx), beauty.onfido_live_photo(ctx)],
            "veriff": lambda: [beauty.veriff_media(ctx)],
            "facetec": lambda: [beauty.facetec_liveness(ctx)],
            "result": lambda: [beauty.onfido_result(ctx)],
        }[arg](),
    }
    return table[kind]()


def _glow_ad(ctx: Context, name: str) -> Flow:
    kind, _, arg = name.partition(":")
    table: dict[str, Callable[[], Flow]] = {
        "openrtb": lambda: adtech.openrtb(ctx, arg, "glow"),
        "openrtb_lat": lambda: adtech.openrtb(ctx, "startio", "glow", opted_out=True),
        "chartboost": lambda: adtech.chartboost(ctx),
        "pangle": lambda: adtech.pangle_getads(ctx),
        "moloco": lambda: adtech.moloco_init(ctx),
        "fyber": lambda: adtech.fyber(ctx),
        "tapjoy": lambda: adtech.tapjoy(ctx),
        "hms": lambda: adtech.hms_analytics(ctx),
        "xiaomi": lambda: adtech.xiaomi_tracking(ctx),
        "xiaomi_stats": lambda: adtech.xiaomi_stats(ctx),
    }
    return table[kind]()


def _glow_decoy(ctx: Context, name: str) -> Flow:
    table: dict[str, Callable[[Context], Flow]] = {
        "canonical": beauty.canonical_model,
        "asset": beauty.effect_asset,
        "catalog": beauty.filter_catalog,
        "share": beauty.share_upload,
        "article": beauty.article,
        "recs": beauty.product_recs,
        "checkout": beauty.checkout,
    }
    return table[name](ctx)


class Session:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.phone = Phone2.make(self.rng)
        self.ctx = Context(rng=self.rng, phone=self.phone, now=START)  # type: ignore[arg-type]
        self.flows: list[Flow] = []
        self.k: dict[str, int] = {}
        self.watched: list[dict[str, Any]] = []

    def next(self, schedule: list[str], key: str) -> str:
        i = self.k.get(key, 0)
        self.k[key] = i + 1
        return schedule[i % len(schedule)]

    def startup(self) -> None:
        ctx = self.ctx
        self.flows += [
            benign.connectivity(ctx),
            streaming.register_device(ctx),
            benign.push_register(ctx),
            adtech.bugsnag_session(ctx, "tv"),
            adtech.appmetrica(ctx, None, encrypted=False),
            adtech.mytracker(ctx, None),
            beauty.install(ctx),
            beauty.signup(ctx),
            adtech.hms_analytics(ctx),
            adtech.chartboost(ctx),
            adtech.bugsnag_session(ctx, "glow"),
            voice.register(ctx),
            adtech.startio(ctx),
            adtech.adcolony(ctx),
            streaming.cast_app_lookup(ctx),
        ]

    def tv_block(self) -> None:
        ctx, rng, out = self.ctx, self.rng, self.flows
        if self.watched and rng.random() < 0.5:
            c = rng.choice(self.watched)
        else:
            c = streaming.content(ctx)
            self.watched.append(c)
        if rng.random() < 0.4:
            out.append(streaming.home_rows(ctx, [streaming.content(ctx) for _ in range(4)]))
            out += [streaming.artwork(ctx) for _ in range(rng.randint(1, 3))]
        out.append(streaming.manifest(ctx, c))
        if rng.random() < 0.3:
            out.append(streaming.playback_license(ctx))
        if rng.random() < 0.3:
            out.append(streaming.ima_vast(ctx, c))
            out.append(streaming.ima_impression(ctx))
        for _ in range(rng.randint(1, 3)):
            out.append(streaming.segment(ctx, c))
            out.append(streaming.progress(ctx, c))
            for p, fn in (
                (0.5, streaming.conviva),
                (0.3, streaming.mux),
                (0.3, streaming.bitmovin),
            ):
                if rng.random() < p:
                    out.append(fn(ctx, c))
            if rng.random() < 0.25:
                out.append(streaming.nielsen(ctx, c))
            if rng.random() < 0.25:
                out.append(streaming.comscore(ctx, c, rng.choice(["play", "hb", "pause"])))
        if rng.random() < 0.2:
            out.append(adtech.appmetrica(ctx, c, encrypted=rng.random() < 0.3))
        if rng.random() < 0.15:
            out.append(adtech.mytracker(ctx, c))
        if rng.random() < 0.1:
            out.append(adtech.mytracker(ctx, None))
        if rng.random() < 0.1:
            out.append(streaming.search(ctx))
        if rng.random() < 0.1:
            out.append(streaming.trailer_thumbs(ctx))
        if rng.random() < 0.35:
            name = self.next(TV_SCHEDULE, "tv")
            recent = self.watched[-4:]
            out.append(
                {
                    "cast": lambda: streaming.cast_session(ctx, c),
                    "acr:1": lambda: streaming.acr_sync(ctx, True),
                    "acr:0": lambda: streaming.acr_sync(ctx, False),
                    "tvlog": lambda: streaming.tv_viewing_log(ctx),
                    "continue": lambda: streaming.continue_watching(ctx, recent),
                    "history_pb": lambda: streaming.history_protobuf(ctx, recent),
                    "pair": lambda: streaming.tv_pairing(ctx),
                }[name]()
            )

    def glow_block(self) -> None:
        ctx, rng, out = self.ctx, self.rng, self.flows
        out.append(_glow_decoy(ctx, self.next(GLOW_DECOYS, "glow_decoy")))
        out += _glow_special(ctx, self.next(GLOW_SCHEDULE, "glow"))
        for _ in range(rng.randint(1, 2)):
            out.append(_glow_ad(ctx, self.next(GLOW_ADS, "glow_ads")))
        if rng.random() < 0.3:
            out.append(_glow_decoy(ctx, self.next(GLOW_DECOYS, "glow_decoy")))
        if rng.random() < 0.1:
            out.append(adtech.bugsnag_error(ctx, "glow"))

    def parla_block(self) -> None:
        ctx, rng, out = self.ctx, self.rng, self.flows
        out.append(voice.settings(ctx) if rng.random() < 0.3 else voice.room_join(ctx))
        out += [voice.asr(ctx) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.5:
            out.append(voice.room_stats(ctx))
        name = self.next(PARLA_SCHEDULE, "parla")
        kind, _, arg = name.partition(":")
        out.append(
            {
                "enrol": lambda: voice.enrol_audio(ctx),
                "vp": lambda: voice.voiceprint(ctx, arg),
                "wake": lambda: voice.wakeword_verify(ctx),
                "contacts": lambda: voice.contacts_match(ctx),
            }[kind]()
        )
        if rng.random() < 0.3:
            out.append(rng.choice([adtech.startio, adtech.adcolony])(ctx))
        if rng.random() < 0.3:
            out.append(adtech.openrtb(ctx, "smaato", "parla"))


def generate_session(seed: int, target: int) -> tuple[Phone2, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(0.5, s.tv_block), (0.3, s.glow_block), (0.2, s.parla_block)]
    while len(s.flows) < target:
        r = s.rng.random()
        for p, block in blocks:
            if r < p:
                block()
                break
            r -= p
        while s.rng.random() < 0.45:
            s.flows.append(s.rng.choice(benign.BENIGN)(s.ctx))
    for i, flow in enumerate(s.flows):
        flow.index = i
        flow.flow_id = new_uuid(s.rng)
    return s.phone, s.flows
