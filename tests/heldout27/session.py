"""The script of the set-27 session: the tester uses eight apps in turn on an
Honor Magic6 Pro in Istanbul (series streaming, music, government app, bank,
courier app, smart-TV companion, dating, casual game), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banka, dizi, ekran, kalp, kapi, kurye, oyun, ritim
from .phone import Phone27

START = 1741593600.0  # 2025-03-10T08:00:00Z (11:00 in Istanbul)

Gen = Callable[[Context], Flow]

DIZI_VIEW: list[Gen] = [
    dizi.izleme_log,
    dizi.youbora_ping,
    dizi.resume_sync,
    dizi.youbora_start,
    dizi.continue_watching,
    dizi.izleme_log,
    dizi.opaque_beacon,
]
RITIM_VIEW: list[Gen] = [
    ritim.dinleme,
    ritim.recently_played,
    ritim.event_batch,
    ritim.dinleme,
    ritim.play_protobuf,
]
KAPI_BIO: list[Gen] = [
    kapi.nfc_chip,
    kapi.selfie_verify,
    kapi.liveness_landmarks,
    kapi.chip_photo_compare,
    kapi.jwe_login,
]
BANKA_BIO: list[Gen] = [
    banka.face_login,
    banka.voice_verify,
    banka.voice_enrol,
    banka.face_vector_login,
    banka.opaque_bio,
    banka.face_login,
]
KURYE_BIO: list[Gen] = [kurye.shift_selfie, kurye.rekognition_compare, kurye.face_details_forward]
EKRAN_VIEW: list[Gen] = [ekran.acr_match, ekran.watch_history, ekran.acr_match, ekran.acr_binary]
EKRAN_DEV: list[Gen] = [ekran.tv_status, ekran.pair_tv]
KALP_BIO: list[Gen] = [
    kalp.verify_selfie,
    kalp.face_contours,
    kalp.blendshapes,
    kalp.verify_selfie,
    kalp.obfuscated_liveness,
]
OYUN_DEV: list[Gen] = [
    oyun.admob,
    oyun.unity_auction,
    oyun.applovin_mediate,
    oyun.yandex_ad,
    oyun.petal_ad,
    oyun.admob,
    oyun.remote_config,
    oyun.telemetry_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone27.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.update_check(c),
            dizi.register(c),
            ritim.metrica_startup(c),
            kapi.push_register(c),
            banka.device_bind(c),
            kurye.firebase_install(c),
            ekran.pair_tv(c),
            kalp.appsflyer_launch(c),
            oyun.remote_config(c),
        ]

    def dizi_block(self) -> None:
        self.some(
            [
                (0.6, dizi.catalogue),
                (0.8, dizi.segment),
                (0.6, dizi.segment),
                (0.4, dizi.poster),
                (0.25, dizi.search),
                (0.05, dizi.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(DIZI_VIEW, "dizi_view")

    def ritim_block(self) -> None:
        self.some(
            [
                (0.6, ritim.audio_chunk),
                (0.4, ritim.lyrics),
                (0.2, ritim.equaliser),
                (0.4, ritim.playlist_page),
                (0.08, ritim.metrica_startup),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(RITIM_VIEW, "ritim_view")

    def kapi_block(self) -> None:
        self.some(
            [
                (0.5, kapi.announcements),
                (0.3, kapi.document),
                (0.2, kapi.survey),
                (0.2, kapi.imei_sorgu),
                (0.1, kapi.push_register),
            ]
        )
        if self.p(0.85):
            self.next(KAPI_BIO, "kapi_bio")

    def banka_block(self) -> None:
        self.some(
            [
                (0.6, banka.fx_rates),
                (0.5, banka.transactions),
                (0.3, banka.otp),
                (0.15, banka.device_bind),
            ]
        )
        if self.p(0.85):
            self.next(BANKA_BIO, "banka_bio")

    def kurye_block(self) -> None:
        self.some(
            [
                (0.7, kurye.gps_track),
                (0.5, kurye.orders),
                (0.4, kurye.delivery_photo),
                (0.2, kurye.device_config),
                (0.05, kurye.firebase_install),
            ]
        )
        if self.p(0.8):
            self.next(KURYE_BIO, "kurye_bio")

    def ekran_block(self) -> None:
        self.some([(0.5, ekran.keypress), (0.4, ekran.keypress), (0.4, ekran.epg)])
        if self.p(0.85):
            self.next(EKRAN_VIEW, "ekran_view")
        if self.p(0.35):
            self.next(EKRAN_DEV, "ekran_dev")

    def kalp_block(self) -> None:
        self.some(
            [
                (0.6, kalp.discover),
                (0.7, kalp.profile_photo),
                (0.25, kalp.profile_edit),
                (0.1, kalp.appsflyer_launch),
            ]
        )
        if self.p(0.8):
            self.next(KALP_BIO, "kalp_bio")

    def oyun_block(self) -> None:
        self.some([(0.7, oyun.level_end), (0.3, oyun.leaderboard), (0.3, oyun.ad_creative)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(OYUN_DEV, "oyun_dev")


def generate_session(seed: int, target: int) -> tuple[Phone27, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.dizi_block),
        (0.12, s.ritim_block),
        (0.12, s.kapi_block),
        (0.13, s.banka_block),
        (0.12, s.kurye_block),
        (0.13, s.ekran_block),
        (0.12, s.kalp_block),
        (0.12, s.oyun_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
