"""The script of the set-235 session: one Slovak family's devices in turn (the
father's bank app, lawnmower, IPTV box and ACR smart TV in Bratislava; the
mother's radio / podcast app in Košice; the son's TV streaming app and LTE
smartwatch in Prague; the uncle's Niké liga app in Košice), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banka, hodinky, iptv, kosacka, liga, radio, sledujto, televizor
from .phone import Family235

START = 1733122800.0  # 2024-12-02T07:00:00Z

Gen = Callable[[Context], Flow]

TV_VIEW: list[Gen] = [
    sledujto.sledovanie_progres,
    sledujto.ga4_video,
    sledujto.gemius_stream,
    sledujto.live_heartbeat,
    sledujto.opaque_beacon,
    sledujto.pokracovat,
    lambda c: sledujto.ga4_video(c, "video_complete"),
    sledujto.gemius_stream,
    sledujto.historia,
]
TV_DEV: list[Gen] = [
    sledujto.registracia,
    sledujto.firebase_installation,
    sledujto.ga4_screen,
    sledujto.gemius_pageview,
]
LIGA_VIEW: list[Gen] = [
    liga.stream_heartbeat,
    liga.meta_video_view,
    liga.zostrih_pozrety,
    liga.opaque_stats,
    liga.stream_heartbeat,
]
LIGA_DEV: list[Gen] = [
    liga.appsflyer_launch,
    liga.meta_activate,
    liga.appsflyer_event,
    liga.meta_article_view,
]
RADIO_VIEW: list[Gen] = [
    radio.pocuvanie,
    radio.podcast_pozicia,
    radio.skladba_dohrana,
    radio.opaque_batch,
    radio.naposledy,
    radio.pocuvanie,
]
RADIO_DEV: list[Gen] = [
    radio.adjust_session,
    radio.adjust_event,
    radio.config_opaque,
    radio.registracia,
]
BANK_BIO: list[Gen] = [
    banka.dis_selfie,
    banka.hlas_overenie,
    banka.dis_liveness,
    banka.hlas_opaque,
    banka.dis_face_template,
    banka.hlas_registracia,
    banka.face_login_opaque,
    banka.hlas_overenie,
]
BANK_DEV: list[Gen] = [banka.viazanie, banka.zostatok_opaque, banka.zostatok_opaque]
BOX_VIEW: list[Gen] = [iptv.bookmark, iptv.bookmark, iptv.qos]
BOX_OTHER: list[Gen] = [
    iptv.playback_context,
    iptv.epg,
    iptv.device_add,
    iptv.channel_list,
    iptv.login,
]
SMARTTV_VIEW: list[Gen] = [
    televizor.acr_report,
    televizor.recently,
    televizor.acr_opaque,
    televizor.acr_report,
]
SMARTTV_DEV: list[Gen] = [televizor.network, televizor.register]
WATCH_DEV: list[Gen] = [
    hodinky.device_info,
    hodinky.dump_protobuf,
    hodinky.pair,
    hodinky.esim,
    hodinky.config_opaque,
]
MOWER_DEV: list[Gen] = [
    kosacka.my_robots,
    kosacka.telemetry_opaque,
    kosacka.robot_register,
    kosacka.app_bind,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family235.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sledujto.firebase_installation(c),
            sledujto.registracia(c),
            liga.appsflyer_launch(c),
            liga.meta_activate(c),
            radio.adjust_session(c),
            radio.registracia(c),
            banka.viazanie(c),
            iptv.login(c),
            iptv.device_add(c),
            televizor.register(c),
            hodinky.pair(c),
            kosacka.robot_register(c),
            kosacka.app_bind(c),
            background.weather(c),
        ]

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, sledujto.katalog),
                (0.7, sledujto.hls_segment),
                (0.5, sledujto.hls_segment),
                (0.25, sledujto.hladat),
                (0.2, sledujto.najsledovanejsie),
                (0.25, sledujto.program),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def liga_block(self) -> None:
        self.some(
            [
                (0.7, liga.vysledky),
                (0.4, liga.udalosti),
                (0.3, liga.zostrihy),
                (0.25, liga.tabulka),
                (0.15, liga.tip),
            ]
        )
        if self.p(0.75):
            self.next(LIGA_VIEW, "liga_view")
        if self.p(0.45):
            self.next(LIGA_DEV, "liga_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.hra_teraz),
                (0.7, radio.audio_chunk),
                (0.3, radio.hitparada),
                (0.25, radio.podcast_katalog),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.35):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banka.kurzy),
                (0.3, banka.prevod),
                (0.25, banka.sms_kod),
                (0.12, banka.kyc_formular),
                (0.12, banka.avatar),
                (0.12, banka.dis_customer),
                (0.1, banka.dis_liveness_eval),
                (0.1, banka.dis_document_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def smarttv_block(self) -> None:
        self.some(
            [
                (0.4, televizor.remote_key),
                (0.3, televizor.home_rails),
                (0.2, televizor.trending),
                (0.15, televizor.app_store),
            ]
        )
        if self.p(0.8):
            self.next(SMARTTV_VIEW, "smarttv_view")
        if self.p(0.25):
            self.next(SMARTTV_DEV, "smarttv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, hodinky.sync),
                (0.3, hodinky.watchface),
                (0.2, hodinky.wrist),
                (0.15, hodinky.firmware),
            ]
        )
        if self.p(0.6):
            self.next(WATCH_DEV, "watch_dev")

    def mower_block(self) -> None:
        self.some(
            [
                (0.6, kosacka.status),
                (0.35, kosacka.mowing_track),
                (0.15, kosacka.boundary),
                (0.25, kosacka.obstacle_snapshot),
                (0.15, kosacka.schedule),
            ]
        )
        if self.p(0.5):
            self.next(MOWER_DEV, "mower_dev")


def generate_session(seed: int, target: int) -> tuple[Family235, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.tv_block),
        (0.13, s.liga_block),
        (0.12, s.radio_block),
        (0.13, s.bank_block),
        (0.09, s.box_block),
        (0.12, s.smarttv_block),
        (0.09, s.watch_block),
        (0.08, s.mower_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
