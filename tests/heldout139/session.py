"""The script of the set-139 session: the family's apps in turn (OTT, music,
short video, radio / audiobooks, e-wallet, bank, ride-hailing, kids' learning,
live streaming, the smart TV and IPTV box, the motorbike tracker), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, clips, kids, live, moto, music, ott, radio, ride, sdkvn, tv, wallet
from .phone import Phone139

START = 1730793600.0  # 2024-11-05T08:00:00Z (15:00 in Hanoi)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.update_progress, ott.heartbeat, ott.continue_watching, ott.heartbeat,
    ott.opaque_beacon, sdkvn.appsflyer_event, ott.update_progress,
]  # fmt: skip
OTT_DEV: list[Gen] = [
    ott.hashed_device_ping, ott.register_device, ott.hashed_device_ping, sdkvn.appsflyer_launch,
]  # fmt: skip
MUSIC_VIEW: list[Gen] = [
    music.scrobble,
    music.history,
    music.ga_firebase,
    music.play_events_packed,
    music.scrobble,
]
CLIP_VIEW: list[Gen] = [clips.watch_events, clips.watch_events, clips.encrypted_events]
RADIO_VIEW: list[Gen] = [
    radio.audiobook_progress,
    radio.tuning_log,
    radio.opaque_listen,
    radio.audiobook_progress,
]
WALLET_BIO: list[Gen] = [
    wallet.selfie_liveness, wallet.face_compare, wallet.face_vector_login,
    wallet.liveness_actions, wallet.encrypted_ekyc,
]  # fmt: skip
BANK_BIO: list[Gen] = [bank.voice_verify, bank.voice_enrol, bank.voice_verify, bank.voice_opaque]
LIVE_BIO: list[Gen] = [
    live.beauty_landmarks,
    live.face_attrs,
    live.landmarks_protobuf,
    live.beauty_landmarks,
]
KIDS_VIEW: list[Gen] = [kids.video_progress, kids.video_progress, kids.packed_progress]
TV_VIEW: list[Gen] = [
    tv.acr_report, tv.box_tuning_log, tv.acr_fingerprint_opaque, tv.box_recent,
    tv.acr_report, tv.box_heartbeat,
]  # fmt: skip
TV_DEV: list[Gen] = [tv.tv_register, tv.box_login]
MOTO_DEV: list[Gen] = [moto.bind_tracker, moto.tracker_cmd_opaque, moto.live_position]
SDK_DEV: list[Gen] = [
    sdkvn.admicro_hashed, sdkvn.admicro_ad, sdkvn.zalo_login,
    sdkvn.admicro_hashed, sdkvn.fcm_register,
]  # fmt: skip


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone139.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdkvn.fcm_register(c),
            sdkvn.appsflyer_launch(c),
            ott.register_device(c),
            clips.device_register(c),
            ride.adjust_session(c),
            wallet.bind_device(c),
            kids.install(c),
            tv.tv_register(c),
            tv.box_login(c),
            moto.bind_tracker(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [(0.6, ott.catalogue), (0.4, ott.manifest), (0.35, ott.live_score),
             (0.3, ott.most_watched), (0.25, ott.search), (0.5, background.thumbnail)]
        )  # fmt: skip
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.35):
            self.next(OTT_DEV, "ott_dev")

    def music_block(self) -> None:
        self.some([(0.5, music.chart), (0.4, music.lyrics), (0.7, music.audio_chunk)])
        if self.p(0.75):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.3):
            self.next(SDK_DEV, "sdk_dev")

    def clip_block(self) -> None:
        self.some([(0.7, clips.feed), (0.3, clips.comment_list), (0.25, clips.trending)])
        if self.p(0.7):
            self.next(CLIP_VIEW, "clip_view")

    def radio_block(self) -> None:
        self.some([(0.4, radio.stations), (0.6, radio.stream), (0.4, radio.ebook_progress)])
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")

    def wallet_block(self) -> None:
        self.some([(0.5, wallet.balance), (0.4, wallet.qr_pay), (0.2, wallet.id_card_ocr)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.1):
            self.flows.append(wallet.bind_device(self.ctx))

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.transactions),
                (0.3, bank.fx_rates),
                (0.3, bank.voice_otp_call),
                (0.2, bank.speech_command),
            ]
        )
        if self.p(0.75):
            self.next(BANK_BIO, "bank_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.5, ride.book_ride),
                (0.6, ride.trip_status),
                (0.4, ride.food_menu),
                (0.25, ride.food_order),
                (0.15, ride.adjust_session),
            ]
        )

    def kids_block(self) -> None:
        self.some([(0.4, kids.picture_book), (0.3, kids.pronunciation), (0.1, kids.class_join)])
        if self.p(0.7):
            self.next(KIDS_VIEW, "kids_view")

    def live_block(self) -> None:
        self.some([(0.5, live.gifts_board), (0.4, live.chat), (0.3, live.hand_gesture)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(LIVE_BIO, "live_bio")

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.3, tv.channel_ratings)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.15):
            self.next(TV_DEV, "tv_dev")

    def moto_block(self) -> None:
        self.some([(0.5, moto.track_history), (0.15, moto.rental_bike)])
        if self.p(0.6):
            self.next(MOTO_DEV, "moto_dev")


def generate_session(seed: int, target: int) -> tuple[Phone139, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.ott_block),
        (0.09, s.music_block),
        (0.09, s.clip_block),
        (0.07, s.radio_block),
        (0.09, s.wallet_block),
        (0.08, s.bank_block),
        (0.08, s.ride_block),
        (0.07, s.kids_block),
        (0.08, s.live_block),
        (0.1, s.tv_block),
        (0.06, s.moto_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.55)
