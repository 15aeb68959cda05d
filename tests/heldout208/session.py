"""The script of the set-208 session: a hotel operations manager's day in
Westlands, Nairobi. Mostly the hotel's own operations screens (IPTV head-end,
locks and key cards, housekeeping, POS and M-Pesa, spa, gym, guest Wi-Fi,
lobby CCTV, the boardroom video bar, the check-in kiosk), in between her own
streaming app, her bank app and her smartwatch, with ordinary background
traffic. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, benki, hotel_net, hotel_ops, hotel_tv, saa, tazama
from .phone import Wanjiru208

START = 1733122800.0  # 2024-12-02T07:00:00Z (10:00 in Nairobi)

Gen = Callable[[Context], Flow]

TAZ_VIEW: list[Gen] = [
    tazama.maendeleo,
    tazama.mux_beacon,
    tazama.endelea_kutazama,
    tazama.maendeleo,
    tazama.opaque_batch,
    tazama.mux_beacon,
]
TAZ_DEV: list[Gen] = [
    tazama.rtb_bid,
    tazama.appsflyer_event,
    tazama.freq_cap,
    tazama.rtb_bid,
    tazama.appsflyer_launch,
    tazama.firebase_installation,
]
BANK_BIO: list[Gen] = [
    benki.smile_selfie,
    benki.smile_selfie,
    benki.face_quick_login,
    benki.smile_selfie,
]
SAA_DEV: list[Gen] = [saa.sync, saa.device_info, saa.sync, saa.config_opaque, saa.bind, saa.sync]
TV_SENS: list[Gen] = [hotel_tv.now_playing, hotel_tv.inventory, hotel_tv.now_playing]
HOTEL_DEV: list[Gen] = [hotel_net.wifi_clients, hotel_ops.gym_assets]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Wanjiru208.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            hotel_ops.login(c),
            tazama.appsflyer_launch(c),
            tazama.firebase_installation(c),
            benki.device_bind(c),
            saa.bind(c),
            background.weather(c),
            hotel_tv.room_status(c),
        ]

    def tazama_block(self) -> None:
        self.some(
            [
                (0.5, tazama.katalogu),
                (0.7, tazama.hls_segment),
                (0.5, tazama.hls_segment),
                (0.2, tazama.tafuta),
                (0.2, tazama.mwongozo),
                (0.1, tazama.subscription),
                (0.2, tazama.rating),
                (0.08, tazama.historia_malipo),
            ]
        )
        if self.p(0.5):
            self.next(TAZ_VIEW, "taz_view")
        if self.p(0.2):
            self.next(TAZ_DEV, "taz_dev")

    def benki_block(self) -> None:
        self.some(
            [
                (0.7, benki.salio),
                (0.4, benki.mpesa_transfer),
                (0.4, benki.kiwango),
                (0.15, benki.smile_id_lookup),
                (0.1, benki.avatar),
            ]
        )
        if self.p(0.4):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.flows.append(benki.device_bind(self.ctx))

    def saa_block(self) -> None:
        self.some(
            [
                (0.6, saa.daily),
                (0.3, saa.watchfaces),
                (0.3, saa.workout),
                (0.15, saa.firmware),
            ]
        )
        if self.p(0.3):
            self.next(SAA_DEV, "saa_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, hotel_tv.room_status),
                (0.35, hotel_tv.lineup),
                (0.25, hotel_tv.welcome),
                (0.3, hotel_tv.signage),
                (0.15, hotel_tv.channel_stats),
            ]
        )
        if self.p(0.1):
            self.next(TV_SENS, "tv_sens")

    def ops_block(self) -> None:
        self.some(
            [
                (0.4, hotel_ops.key_encode),
                (0.2, hotel_ops.lock_audit),
                (0.1, hotel_ops.lock_battery),
                (0.4, hotel_ops.hk_rooms),
                (0.3, hotel_ops.hk_assign),
                (0.08, hotel_ops.lost_found),
                (0.4, hotel_ops.pos_order),
                (0.25, hotel_ops.mpesa_stk),
                (0.2, hotel_ops.spa_booking),
                (0.08, hotel_ops.spa_shop),
                (0.25, hotel_ops.gym_machines),
            ]
        )

    def net_block(self) -> None:
        self.some(
            [
                (0.35, hotel_net.wifi_aps),
                (0.25, hotel_net.wifi_voucher),
                (0.35, hotel_net.cctv_cameras),
                (0.2, hotel_net.cctv_ptz),
                (0.25, hotel_net.cctv_snapshot),
                (0.25, hotel_net.cctv_people),
                (0.3, hotel_net.videobar),
                (0.25, hotel_net.kiosk_register),
            ]
        )
        if self.p(0.07):
            self.next(HOTEL_DEV, "hotel_dev")
        if self.p(0.08):
            self.flows.append(hotel_net.kiosk_face_match(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Wanjiru208, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.tazama_block),
        (0.08, s.benki_block),
        (0.08, s.saa_block),
        (0.13, s.tv_block),
        (0.3, s.ops_block),
        (0.26, s.net_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
