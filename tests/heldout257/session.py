"""The script of the set-257 session: one family's devices in turn (the
father's bank and radio apps and the IPTV box in Ljubljana; the mother's TV
streaming app and smartwatch in Maribor; the son's series / music app and ACR
smart TV in Skopje; the grandfather's football and handball app in Ohrid),
with ordinary background traffic in between. Sensitive events rotate through
a schedule per app so that even a small set covers every family, opaque ones
too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import arena, background, banka, gledaj, iptv, televizor, ura, valovi, zaslon
from .phone import Family257

START = 1741420800.0  # 2025-03-08T08:00:00Z

Gen = Callable[[Context], Flow]

ZASLON_VIEW: list[Gen] = [
    zaslon.napredek,
    zaslon.meritve,
    zaslon.firebase_upload,
    zaslon.meritve_compact,
    zaslon.ga4_player,
    zaslon.v_zivo_utrip,
    zaslon.adjust_ogled,
    zaslon.nadaljuj,
    zaslon.meritve_compact,
    lambda c: zaslon.ga4_player(c, "video_complete"),
    zaslon.zgodovina,
    zaslon.meritve_compact,
    zaslon.napredek,
]
ZASLON_DEV: list[Gen] = [
    zaslon.adjust_session,
    lambda c: zaslon.firebase_upload(c, watching=False),
    zaslon.register,
    zaslon.adjust_attribution,
    zaslon.firebase_installation,
]
GLEDAJ_VIEW: list[Gen] = [
    gledaj.gledano,
    gledaj.appsflyer_content_view,
    gledaj.play_log_msgpack,
    gledaj.meta_content_view,
    gledaj.slusano,
    gledaj.prodolzi,
    gledaj.play_log_msgpack,
    gledaj.gledano,
    gledaj.play_log_msgpack,
]
GLEDAJ_DEV: list[Gen] = [
    gledaj.appsflyer_launch,
    gledaj.meta_install,
    gledaj.register,
    gledaj.appsflyer_subscribe,
]
ARENA_VIEW: list[Gen] = [
    arena.clevertap_watched,
    arena.prenos_utrinok,
    arena.stats_opaque,
    arena.highlight_gledano,
    arena.prenos_utrinok,
    arena.stats_opaque,
]
ARENA_DEV: list[Gen] = [arena.clevertap_launch, arena.clevertap_follow]
VALOVI_VIEW: list[Gen] = [
    valovi.poslusano,
    valovi.v_zivo,
    valovi.batch_opaque,
    valovi.nadaljuj,
    valovi.poslusano,
    valovi.batch_opaque,
]
VALOVI_DEV: list[Gen] = [valovi.oglas_vast, valovi.config_opaque, valovi.register]
BANKA_BIO: list[Gen] = [
    banka.prijava_obraz,
    banka.idnow_selfie,
    banka.prijava_protobuf,
    banka.blinkid_front,
    banka.prijava_obraz,
    banka.liveness_frames,
    banka.idnow_status,
    banka.vpis_obraza,
    banka.envelope,
    banka.analitika_selfie,
    banka.prijava_obraz,
    banka.prijava_protobuf,
]
BANKA_DEV: list[Gen] = [banka.registracija, banka.stanje_opaque, banka.stanje_opaque]
BOX_VIEW: list[Gen] = [iptv.bookmark, iptv.preklopi, iptv.qoe_probe, iptv.bookmark]
BOX_OTHER: list[Gen] = [
    iptv.playback_context,
    iptv.epg,
    iptv.status,
    iptv.channel_list,
    iptv.device_add,
    iptv.login,
]
TV_VIEW: list[Gen] = [
    televizor.acr_sessions,
    televizor.viewing_summary,
    televizor.acr_protobuf,
    televizor.acr_sessions,
    televizor.acr_protobuf,
]
TV_DEV: list[Gen] = [televizor.network, televizor.register]
URA_DEV: list[Gen] = [
    ura.sync,
    ura.info,
    ura.dump_protobuf,
    ura.pair,
    ura.sync,
    ura.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family257.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            zaslon.firebase_installation(c),
            zaslon.register(c),
            zaslon.adjust_session(c),
            gledaj.appsflyer_launch(c),
            gledaj.meta_install(c),
            arena.clevertap_launch(c),
            valovi.register(c),
            banka.registracija(c),
            iptv.login(c),
            iptv.device_add(c),
            televizor.register(c),
            ura.pair(c),
            background.vreme(c),
        ]

    def zaslon_block(self) -> None:
        self.some(
            [
                (0.5, zaslon.katalog),
                (0.7, zaslon.dash_segment),
                (0.5, zaslon.dash_segment),
                (0.3, zaslon.spored),
                (0.2, zaslon.najbolj_gledano),
                (0.2, zaslon.iskanje),
                (0.25, zaslon.drm_licenca),
                (0.1, zaslon.cena_paketa),
                (0.15, lambda c: zaslon.ga4_player(c, "page_view")),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ZASLON_VIEW, "zaslon_view")
        if self.p(0.35):
            self.next(ZASLON_DEV, "zaslon_dev")

    def gledaj_block(self) -> None:
        self.some(
            [
                (0.5, gledaj.katalog),
                (0.5, gledaj.trailer),
                (0.25, gledaj.najgledani),
                (0.25, gledaj.prebaruvanje),
                (0.1, gledaj.pretplata),
            ]
        )
        if self.p(0.8):
            self.next(GLEDAJ_VIEW, "gledaj_view")
        if self.p(0.35):
            self.next(GLEDAJ_DEV, "gledaj_dev")

    def arena_block(self) -> None:
        self.some(
            [
                (0.7, arena.rezultati),
                (0.4, arena.nastani),
                (0.3, arena.highlights),
                (0.25, arena.tabela),
            ]
        )
        if self.p(0.75):
            self.next(ARENA_VIEW, "arena_view")
        if self.p(0.35):
            self.next(ARENA_DEV, "arena_dev")

    def valovi_block(self) -> None:
        self.some(
            [
                (0.6, valovi.zdaj_igra),
                (0.7, valovi.audio_chunk),
                (0.3, valovi.spored),
                (0.25, valovi.podcast_feed),
            ]
        )
        if self.p(0.75):
            self.next(VALOVI_VIEW, "valovi_view")
        if self.p(0.3):
            self.next(VALOVI_DEV, "valovi_dev")

    def banka_block(self) -> None:
        self.some(
            [
                (0.6, banka.tecajnica),
                (0.3, banka.nakazilo),
                (0.25, banka.zgodovina),
                (0.12, banka.kyc_obrazec),
                (0.1, banka.avatar),
                (0.12, banka.blinkid_back),
                (0.08, banka.pin_report),
            ]
        )
        if self.p(0.85):
            self.next(BANKA_BIO, "banka_bio")
        if self.p(0.35):
            self.next(BANKA_DEV, "banka_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizor.remote_key),
                (0.3, televizor.home_rails),
                (0.2, televizor.trending),
                (0.15, televizor.app_store),
                (0.1, televizor.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def ura_block(self) -> None:
        self.some(
            [
                (0.6, ura.dan),
                (0.3, ura.stevilcnica),
                (0.25, ura.dvig_zapestja),
                (0.15, ura.firmware),
            ]
        )
        if self.p(0.75):
            self.next(URA_DEV, "ura_dev")


def generate_session(seed: int, target: int) -> tuple[Family257, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.zaslon_block),
        (0.13, s.gledaj_block),
        (0.12, s.arena_block),
        (0.11, s.valovi_block),
        (0.14, s.banka_block),
        (0.11, s.box_block),
        (0.12, s.tv_block),
        (0.10, s.ura_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
