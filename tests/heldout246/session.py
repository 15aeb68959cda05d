"""The script of the set-246 session: one Telugu family's devices in turn (the
son's OTT app and fitness band in Dallas; the mother's music / devotional / FM
app in Vijayawada; the daughter's cricket app and her son's cartoon tablet and
the father's bank app in Hyderabad; the smart TV and DTH box in the
grandparents' house in Visakhapatnam), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every kind, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, band, bank, chinni, chitram, cricket, raagam, settopbox, smarttv
from .phone import Family246

START = 1744425000.0  # 2025-04-12T02:30:00Z (08:00 in Hyderabad, 21:30 the night before in Dallas)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    chitram.chusina_pragati,
    chitram.clevertap_video,
    chitram.konasaginchu,
    chitram.firebase_video,
    chitram.appsflyer_watch,
    chitram.chusina_pragati,
    chitram.qoe_opaque,
    chitram.chusina_charitra,
    chitram.clevertap_video,
    chitram.sync_opaque,
]
OTT_DEV: list[Gen] = [
    chitram.register_device,
    chitram.firebase_screen,
    chitram.appsflyer_launch,
    chitram.clevertap_launch,
    chitram.firebase_installation,
    chitram.appsflyer_subscribe,
]
MUSIC_VIEW: list[Gen] = [
    raagam.vinna_paata,
    raagam.moe_song_played,
    raagam.vinna_keerthana,
    raagam.play_log_opaque,
    raagam.fm_vinikidi,
    raagam.itivala_vinnavi,
    raagam.vinna_keerthana,
    raagam.play_log_opaque,
]
MUSIC_DEV: list[Gen] = [
    raagam.moe_app_open,
    raagam.config_opaque,
    raagam.register,
    raagam.ads_opaque,
]
CRICKET_VIEW: list[Gen] = [
    cricket.stream_heartbeat,
    cricket.npaw_start,
    cricket.meta_watch,
    cricket.stats_opaque,
    cricket.adjust_watch,
    cricket.npaw_ping,
    cricket.stream_heartbeat,
    cricket.stats_opaque,
]
CRICKET_DEV: list[Gen] = [
    cricket.adjust_session,
    cricket.meta_activate,
    cricket.register,
    cricket.adjust_purchase,
]
CRICKET_FACE: list[Gen] = [cricket.fancam_selfie, cricket.fancam_opaque]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.hv_liveness,
    bank.face_login_opaque,
    bank.aadhaar_face_auth,
    bank.hv_match,
    bank.liveness_frames_opaque,
    bank.kyc_sthiti,
    bank.face_enrol,
    bank.aadhaar_face_opaque,
    bank.face_login,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque, bank.risk_opaque, bank.balance_opaque]
TV_VIEW: list[Gen] = [
    smarttv.viewing_report,
    smarttv.lookup,
    smarttv.fingerprints,
    smarttv.viewing_report,
    smarttv.rows_opaque,
]
TV_DEV: list[Gen] = [smarttv.heartbeat, smarttv.activate]
STB_VIEW: list[Gen] = [
    settopbox.channel_tune,
    settopbox.recently_watched,
    settopbox.rpd_opaque,
    settopbox.channel_tune,
]
BAND_DEV: list[Gen] = [
    band.upload,
    band.status,
    band.dump_opaque,
    band.upload,
    band.ota_opaque,
    band.pair,
    band.config_opaque,
]
KIDS_VIEW: list[Gen] = [
    chinni.chusina,
    chinni.mixpanel_watched,
    chinni.screen_time_opaque,
    chinni.malli_chudu,
    chinni.chusina,
    chinni.mixpanel_watched,
]
KIDS_DEV: list[Gen] = [chinni.mixpanel_open, chinni.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family246.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            chitram.firebase_installation(c),
            chitram.register_device(c),
            chitram.appsflyer_launch(c),
            raagam.register(c),
            cricket.meta_install(c),
            cricket.adjust_session(c),
            cricket.register(c),
            bank.device_bind(c),
            smarttv.activate(c),
            settopbox.boot(c),
            band.pair(c),
            chinni.register(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.5, chitram.cinemalu),
                (0.7, chitram.dash_segment),
                (0.5, chitram.dash_segment),
                (0.2, chitram.vetuku),
                (0.15, chitram.trending),
                (0.12, chitram.plans),
                (0.15, chitram.trailer_manifest),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.35):
            self.next(OTT_DEV, "ott_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.7, raagam.audio_chunk),
                (0.4, raagam.fm_ippudu),
                (0.25, raagam.icy_stream),
                (0.2, raagam.charts),
                (0.2, raagam.sahityam),
                (0.12, raagam.panchangam),
            ]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.35):
            self.next(MUSIC_DEV, "music_dev")

    def cricket_block(self) -> None:
        self.some(
            [
                (0.7, cricket.live_score),
                (0.6, cricket.hls_chunk),
                (0.35, cricket.commentary),
                (0.2, cricket.points_table),
                (0.15, cricket.schedule),
                (0.2, cricket.highlights),
                (0.06, cricket.team_logo),
            ]
        )
        if self.p(0.8):
            self.next(CRICKET_VIEW, "cricket_view")
        if self.p(0.4):
            self.next(CRICKET_DEV, "cricket_dev")
        if self.p(0.08):
            self.next(CRICKET_FACE, "cricket_face")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.fd_rates),
                (0.4, bank.statement),
                (0.3, bank.otp),
                (0.1, bank.cheque_upload),
                (0.1, bank.address_form),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.45):
            self.next(BANK_DEV, "bank_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.3, smarttv.launcher_rails),
                (0.25, smarttv.guide),
                (0.1, smarttv.sleep_timer),
                (0.1, smarttv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def stb_block(self) -> None:
        self.some(
            [
                (0.4, settopbox.epg),
                (0.15, settopbox.balance),
                (0.1, settopbox.packs),
                (0.08, settopbox.sw_check),
            ]
        )
        if self.p(0.8):
            self.next(STB_VIEW, "stb_view")
        if self.p(0.1):
            self.flows.append(settopbox.boot(self.ctx))

    def band_block(self) -> None:
        self.some(
            [
                (0.5, band.daily),
                (0.2, band.dial_push),
                (0.2, band.raise_to_wake),
                (0.25, band.workout),
            ]
        )
        if self.p(0.7):
            self.next(BAND_DEV, "band_dev")

    def kids_block(self) -> None:
        self.some(
            [
                (0.7, chinni.video_chunk),
                (0.3, chinni.catalogue),
                (0.2, chinni.colouring_asset),
                (0.1, chinni.screen_limit),
            ]
        )
        if self.p(0.75):
            self.next(KIDS_VIEW, "kids_view")
        if self.p(0.25):
            self.next(KIDS_DEV, "kids_dev")


def generate_session(seed: int, target: int) -> tuple[Family246, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.ott_block),
        (0.13, s.music_block),
        (0.14, s.cricket_block),
        (0.14, s.bank_block),
        (0.1, s.tv_block),
        (0.09, s.stb_block),
        (0.11, s.band_block),
        (0.12, s.kids_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
