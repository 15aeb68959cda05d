"""The script of the set-219 session: one Greek family's devices in turn (the
father's bank app, smart TV, IPTV box and connected car in Athens; the
mother's podcast / radio and sports news apps in Thessaloniki; the son's
replay app, earbuds and fitness band in Melbourne; the daughter's Super League
app in Thessaloniki), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers
every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    akouste,
    athlitika,
    autokinito,
    background,
    foreta,
    gipedo,
    iptv,
    tileorasi,
    trapeza,
    xanades,
)
from .phone import Family219

START = 1736496000.0  # 2025-01-10T08:00:00Z

Gen = Callable[[Context], Flow]

XANA_VIEW: list[Gen] = [
    xanades.provoli_progress,
    xanades.npaw_start,
    lambda c: xanades.app_measurement(c, "video_progress"),
    xanades.synexeia,
    xanades.sealed_beacon,
    xanades.provoli_progress,
    xanades.istoriko,
    xanades.npaw_start,
]
XANA_DEV: list[Gen] = [
    xanades.kataxorisi,
    xanades.firebase_installation,
    xanades.app_measurement,
    xanades.npaw_data,
]
GIPEDO_VIEW: list[Gen] = [
    gipedo.provoli_stigmiotypou,
    gipedo.highlight_af,
    gipedo.zontani_metadosi,
    gipedo.provoli_stigmiotypou,
]
GIPEDO_DEV: list[Gen] = [gipedo.appsflyer_launch, gipedo.appsflyer_event, gipedo.appsflyer_sealed]
RADIO_VIEW: list[Gen] = [
    akouste.comscore,
    akouste.akroasi,
    akouste.stathmos_session,
    akouste.history_protobuf,
    akouste.prosfata,
    lambda c: akouste.comscore(c, "play"),
]
RADIO_DEV: list[Gen] = [akouste.eggrafi]
NEWS: list[Gen] = [
    athlitika.gam_ad,
    athlitika.ga4_screen,
    athlitika.ga4_video,
    athlitika.gam_ad_hashed,
    athlitika.gam_ad,
]
BANK_BIO: list[Gen] = [
    trapeza.liveness_3d,
    trapeza.voice_login,
    trapeza.match_3d,
    trapeza.enrollment_3d,
    trapeza.face_template_pb,
    trapeza.voice_enrol,
    trapeza.voice_login,
    trapeza.voice_sealed,
    trapeza.match_3d,
]
BANK_DEV: list[Gen] = [trapeza.desmeusi_syskevis, trapeza.fingerprint_sealed]
TV_VIEW: list[Gen] = [
    tileorasi.theamatikotita,
    tileorasi.fingerprints,
    tileorasi.theamatikotita,
    tileorasi.theamatikotita,
]
TV_DEV: list[Gen] = [tileorasi.status_mac, tileorasi.register]
BOX_VIEW: list[Gen] = [iptv.play_log, iptv.play_log, iptv.qos_opaque]
BOX_OTHER: list[Gen] = [
    iptv.create_link,
    iptv.epg,
    iptv.watchdog,
    iptv.get_profile,
    iptv.all_channels,
]
WEAR: list[Gen] = [
    foreta.band_sync,
    foreta.buds_firmware,
    foreta.band_dump,
    foreta.band_bind,
    foreta.buds_pair,
    foreta.band_sync,
    foreta.band_config_sealed,
]
CAR: list[Gen] = [
    autokinito.tcu_state,
    autokinito.media_usage,
    autokinito.tcu_heartbeat,
    autokinito.media_usage,
    autokinito.app_link,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family219.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            xanades.firebase_installation(c),
            xanades.kataxorisi(c),
            gipedo.appsflyer_launch(c),
            akouste.eggrafi(c),
            trapeza.desmeusi_syskevis(c),
            trapeza.session_token(c),
            iptv.handshake(c),
            iptv.get_profile(c),
            tileorasi.register(c),
            foreta.buds_pair(c),
            foreta.band_bind(c),
            autokinito.app_link(c),
            background.weather(c),
        ]

    def xana_block(self) -> None:
        self.some(
            [
                (0.5, xanades.katalogos),
                (0.7, xanades.hls_segment),
                (0.5, xanades.hls_segment),
                (0.4, xanades.thumbnail),
                (0.25, xanades.anazitisi),
                (0.25, xanades.programma),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(XANA_VIEW, "xana_view")
        if self.p(0.3):
            self.next(XANA_DEV, "xana_dev")

    def gipedo_block(self) -> None:
        self.some(
            [
                (0.7, gipedo.agones),
                (0.4, gipedo.gegonota),
                (0.3, gipedo.stigmiotypa_lista),
                (0.25, gipedo.vathmologia),
            ]
        )
        if self.p(0.7):
            self.next(GIPEDO_VIEW, "gipedo_view")
        if self.p(0.4):
            self.next(GIPEDO_DEV, "gipedo_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, akouste.now_playing),
                (0.7, akouste.audio_chunk),
                (0.3, akouste.kata_tasi),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.15):
            self.next(RADIO_DEV, "radio_dev")

    def news_block(self) -> None:
        self.some([(0.8, athlitika.roi), (0.6, athlitika.arthro), (0.6, athlitika.eikona)])
        if self.p(0.6):
            self.next(NEWS, "news")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, trapeza.isotimies),
                (0.3, trapeza.metafora),
                (0.25, trapeza.otp),
                (0.12, trapeza.kyc_forma),
                (0.15, trapeza.atm_chartis),
                (0.12, trapeza.session_token),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tileorasi.remote_key),
                (0.35, tileorasi.home_rails),
                (0.15, tileorasi.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.7):
            self.next(BOX_VIEW, "box_view")

    def wear_block(self) -> None:
        self.some(
            [
                (0.4, foreta.buds_head_tracking),
                (0.3, foreta.buds_eq),
                (0.3, foreta.band_watchface),
            ]
        )
        if self.p(0.75):
            self.next(WEAR, "wear")

    def car_block(self) -> None:
        self.some(
            [(0.5, autokinito.trip), (0.4, autokinito.app_status), (0.2, autokinito.chargers)]
        )
        if self.p(0.75):
            self.next(CAR, "car")


def generate_session(seed: int, target: int) -> tuple[Family219, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.xana_block),
        (0.12, s.gipedo_block),
        (0.12, s.radio_block),
        (0.08, s.news_block),
        (0.13, s.bank_block),
        (0.12, s.tv_block),
        (0.08, s.box_block),
        (0.1, s.wear_block),
        (0.09, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
