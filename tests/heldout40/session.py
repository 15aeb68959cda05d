"""The script of the set-40 session: the family uses nine apps in turn on the
iPhone 14 and the TV box (two streaming apps, music / podcasts, karaoke, an
e-wallet, a food-delivery rider app, a building access app, the TV box
launcher, a racing game), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, door, game, irama, ktv, layar, makan, taihei, tvbox, wallet
from .phone import Phone40

START = 1741996800.0  # 2025-03-15T00:00:00Z (08:00 in KL / HK)

Gen = Callable[[Context], Flow]

LAYAR_VIEW: list[Gen] = [
    layar.sejarah,
    layar.denyut,
    layar.mux_beacon,
    layar.teruskan,
    layar.denyut,
    layar.opaque_beacon,
    layar.sejarah,
    layar.mux_beacon,
]
LAYAR_DEV: list[Gen] = [layar.adjust_session, lambda c: layar.adjust_session(c, True)]
TAIHEI_VIEW: list[Gen] = [
    taihei.taigwo,
    lambda c: taihei.youbora(c, "start"),
    taihei.progress_zh,
    taihei.youbora,
    taihei.taigan,
    taihei.opaque_stat,
    taihei.taigwo,
    taihei.youbora,
]
IRAMA_VIEW: list[Gen] = [
    irama.play_log,
    irama.scrobble,
    irama.podcast_progress,
    irama.play_log,
    irama.pb_plays,
]
KTV_VIEW: list[Gen] = [ktv.sing_log, ktv.recent_songs, ktv.sing_log]
KTV_BIO: list[Gen] = [ktv.timbre, ktv.ar_landmarks]
KTV_DEV: list[Gen] = [ktv.mic_pair, ktv.mic_status, ktv.mic_status]
WALLET_BIO: list[Gen] = [
    wallet.face_login,
    wallet.selfie,
    wallet.azure_verify,
    wallet.zoloz_upload,
    wallet.face_login,
    wallet.voice_enrol,
    wallet.azure_verify,
]
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.ekyc_init]
MAKAN_BIO: list[Gen] = [makan.shift_selfie, makan.compare_faces, makan.face_result]
DOOR_BIO: list[Gen] = [
    door.face_unlock,
    door.access_event,
    door.visitor,
    door.face_unlock,
    door.isapi_enrol,
    door.ble_handshake,
]
TV_VIEW: list[Gen] = [
    tvbox.acr_fingerprint,
    tvbox.zap_log,
    tvbox.acr_match,
    tvbox.acr_fingerprint,
    tvbox.acr_opaque,
]
TV_DEV: list[Gen] = [
    tvbox.heartbeat,
    tvbox.hwid_check,
    tvbox.register,
    tvbox.opaque_token,
    tvbox.acr_token,
]
GAME_ADS: list[Gen] = [
    game.admob,
    game.unity_ads,
    game.applovin,
    game.ironsource,
    game.innity,
    game.innity_hashed,
    game.admob,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone40.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            layar.adjust_session(c),
            taihei.register_no_att(c),
            irama.braze(c),
            ktv.mic_pair(c),
            wallet.device_bind(c),
            makan.firebase_install(c),
            door.register_phone(c),
            tvbox.register(c),
            background.apple_assets(c),
        ]

    def layar_block(self) -> None:
        self.some(
            [(0.6, layar.katalog), (0.7, layar.segment), (0.5, layar.segment), (0.4, layar.poster)]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(LAYAR_VIEW, "layar_view")
        if self.p(0.3):
            self.next(LAYAR_DEV, "layar_dev")

    def taihei_block(self) -> None:
        self.some(
            [
                (0.5, taihei.search),
                (0.4, taihei.epg),
                (0.6, taihei.still),
                (0.15, taihei.register_no_att),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TAIHEI_VIEW, "taihei_view")
        if self.p(0.25):
            self.flows.append(taihei.device_bind(self.ctx))

    def irama_block(self) -> None:
        self.some(
            [
                (0.8, irama.stream_chunk),
                (0.5, irama.stream_chunk),
                (0.3, irama.lyrics),
                (0.3, irama.charts),
            ]
        )
        if self.p(0.85):
            self.next(IRAMA_VIEW, "irama_view")
        if self.p(0.3):
            self.flows.append(irama.braze(self.ctx))

    def ktv_block(self) -> None:
        self.some([(0.7, ktv.accompaniment), (0.5, ktv.pitch_score), (0.3, ktv.rankboard)])
        if self.p(0.6):
            self.next(KTV_VIEW, "ktv_view")
        if self.p(0.55):
            self.next(KTV_BIO, "ktv_bio")
        if self.p(0.35):
            self.next(KTV_DEV, "ktv_dev")

    def wallet_block(self) -> None:
        self.some([(0.6, wallet.transactions), (0.4, wallet.fx_rates), (0.4, wallet.qr_pay)])
        if self.p(0.75):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def makan_block(self) -> None:
        self.some(
            [
                (0.5, makan.menu),
                (0.6, makan.rider_track),
                (0.3, makan.review_photo),
                (0.4, makan.order_status),
                (0.3, background.tile),
            ]
        )
        if self.p(0.7):
            self.next(MAKAN_BIO, "makan_bio")
        if self.p(0.2):
            self.flows.append(makan.firebase_install(self.ctx))

    def door_block(self) -> None:
        self.some([(0.4, door.lift_call), (0.3, door.notice), (0.3, door.parcel)])
        if self.p(0.85):
            self.next(DOOR_BIO, "door_bio")
        if self.p(0.2):
            self.flows.append(door.register_phone(self.ctx))

    def tv_block(self) -> None:
        self.some([(0.5, tvbox.app_store), (0.4, tvbox.epg), (0.5, tvbox.screensaver)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.35):
            self.next(TV_DEV, "tv_dev")

    def game_block(self) -> None:
        self.some([(0.6, game.telemetry), (0.4, game.leaderboard), (0.15, game.iap_receipt)])
        for _ in range(self.rng.randint(1, 3)):
            self.next(GAME_ADS, "game_ads")


def generate_session(seed: int, target: int) -> tuple[Phone40, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.layar_block),
        (0.11, s.taihei_block),
        (0.10, s.irama_block),
        (0.10, s.ktv_block),
        (0.13, s.wallet_block),
        (0.12, s.makan_block),
        (0.12, s.door_block),
        (0.12, s.tv_block),
        (0.09, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
