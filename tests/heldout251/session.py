"""The script of the set-251 session: one shift on the work phone of a surveillance
shift manager at a Macau integrated resort.

Most of the traffic is the resort's: the patrons' face-recognition console,
the slot floor, the table games' sensors, the hotel rooms' interactive TV, the
CCTV recorders, the staff handhelds' MDM console, the cashier cage, the
theatre and the room's own roster. The patrons' faces and the rooms' viewing
are biometric data and viewing history whoever they belong to, and are
labelled so; the rest of it (equipment serials, aggregates, guides, CCTV
review) stays negative, with decoys. Between them, now and then, her own apps: a
drama streamer, a music app, her bank's face login, her watch's companion app,
and the MDM agent checking in her phone. Her sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    cage,
    fongtv,
    gaamsi,
    gaangbiu,
    kekjyun,
    kektung,
    louhugei,
    mdm,
    minsik,
    nganhong,
    saubiu,
    tenggo,
    toi,
)
from .phone import WorkPhone251

START = 1737180000.0  # 2025-01-18T06:00:00Z, 14:00 in Macau: the B shift starts

Gen = Callable[[Context], Flow]

KT_VIEW: list[Gen] = [
    kektung.zeondou,
    kektung.appsflyer_episode_done,
    kektung.beacon_opaque,
    kektung.tai_gwo,
    kektung.live_pandou,
    kektung.qoe_pixel_opaque,
    kektung.history_sync,
    kektung.zeondou,
    kektung.beacon_opaque,
]
KT_DEV: list[Gen] = [
    kektung.appsflyer_launch,
    kektung.app_measurement,
    kektung.register,
    kektung.app_measurement,
    kektung.firebase_installation,
    kektung.appsflyer_subscribe,
]
TG_VIEW: list[Gen] = [
    tenggo.clevertap_song_played,
    tenggo.teng_geiluk,
    tenggo.play_log_opaque,
    tenggo.zeoi_gan,
]
TG_DEV: list[Gen] = [tenggo.clevertap_launch, tenggo.register, tenggo.clevertap_charts_viewed]
BANK_BIO: list[Gen] = [
    nganhong.face_login,
    nganhong.facepp_compare,
    nganhong.face_login_protobuf,
    nganhong.facepp_detect,
    nganhong.selfie_encrypted,
    nganhong.face_enrol,
]
BANK_DEV: list[Gen] = [nganhong.device_bind, nganhong.balance_opaque, nganhong.balance_opaque]
WATCH_DEV: list[Gen] = [
    saubiu.bind,
    saubiu.hr_sync,
    saubiu.sleep_sync_opaque,
    saubiu.ota_check,
    saubiu.log_dump_opaque,
    saubiu.hr_sync,
]
MDM_OWN: list[Gen] = [mdm.agent_checkin, mdm.agent_heartbeat_opaque, mdm.agent_checkin]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, WorkPhone251.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.agent_checkin(c),
            gaangbiu.clock_in(c),
            gaangbiu.roster(c),
            kektung.firebase_installation(c),
            kektung.appsflyer_launch(c),
            tenggo.clevertap_launch(c),
            nganhong.device_bind(c),
            nganhong.face_login(c),
            saubiu.bind(c),
            kektung.tai_gwo(c),
            minsik.alerts(c),
            gaamsi.cameras(c),
            louhugei.events(c),
            background.weather(c),
        ]

    # --- the resort's systems (patrons' faces and rooms' viewing labelled; the rest
    # negative, with decoys) ---------------------------------------------------------

    def fr_block(self) -> None:
        self.some(
            [
                (0.8, minsik.alerts),
                (0.35, minsik.ack),
                (0.2, minsik.face_search),
                (0.2, minsik.vip_seen),
                (0.1, minsik.edge_templates),
                (0.08, minsik.exclusion_list),
                (0.15, minsik.head_count),
                (0.06, minsik.camera_health),
            ]
        )

    def slot_block(self) -> None:
        self.some(
            [
                (0.7, louhugei.events),
                (0.3, louhugei.meters),
                (0.2, louhugei.game_recall),
                (0.25, louhugei.card_in),
                (0.15, louhugei.handpay),
                (0.08, louhugei.smib_status),
                (0.2, louhugei.ack_event),
            ]
        )

    def table_block(self) -> None:
        self.some(
            [
                (0.5, toi.shoe_round),
                (0.35, toi.roadmap),
                (0.25, toi.chip_tray),
                (0.25, toi.seats),
                (0.12, toi.dealer_rotation),
                (0.07, toi.sensor_health),
                (0.06, toi.limit_change),
            ]
        )

    def hotel_block(self) -> None:
        self.some(
            [
                (0.4, fongtv.stb_status),
                (0.35, fongtv.vod_purchases),
                (0.25, fongtv.pms_posting),
                (0.1, fongtv.lineup),
                (0.15, fongtv.room_viewing_log),
                (0.15, fongtv.welcome),
                (0.08, fongtv.stb_reboot),
            ]
        )

    def cctv_block(self) -> None:
        self.some(
            [
                (0.4, gaamsi.cameras),
                (0.3, gaamsi.clip_export),
                (0.1, gaamsi.dicj_request),
                (0.2, gaamsi.export_status),
                (0.35, gaamsi.playback),
                (0.2, gaamsi.ptz),
                (0.08, gaamsi.nvr_health),
                (0.2, gaamsi.bookmark),
                (0.3, gaamsi.snapshot),
            ]
        )

    def mdm_block(self) -> None:
        self.some(
            [
                (0.5, mdm.inventory),
                (0.3, mdm.device_detail),
                (0.08, mdm.lock_lost),
                (0.15, mdm.compliance),
                (0.15, mdm.app_catalogue),
            ]
        )
        if self.p(0.1):  # her own phone's agent, on the same MDM host
            self.next(MDM_OWN, "mdm_own")

    def cage_block(self) -> None:
        self.some(
            [
                (0.6, cage.transactions),
                (0.2, cage.fx_board),
                (0.12, cage.large_txn),
                (0.1, cage.terminal_health),
                (0.1, cage.shift_close),
            ]
        )

    def theatre_block(self) -> None:
        self.some(
            [
                (0.6, kekjyun.schedule),
                (0.3, kekjyun.ticket_scans),
                (0.3, kekjyun.seat_map),
                (0.2, kekjyun.egress_plan),
            ]
        )

    def ops_block(self) -> None:
        self.some(
            [
                (0.3, gaangbiu.roster),
                (0.4, gaangbiu.incident_log),
                (0.2, gaangbiu.ptt_channels),
                (0.3, gaangbiu.briefing),
            ]
        )

    # --- her own apps ---------------------------------------------------------------

    def drama_block(self) -> None:
        self.some(
            [
                (0.3, kektung.catalogue),
                (0.5, kektung.hls_segment),
                (0.2, kektung.hls_segment),
                (0.2, kektung.search),
                (0.15, kektung.ranking),
                (0.15, kektung.epg),
                (0.1, kektung.drm_licence),
            ]
        )
        if self.p(0.85):
            self.next(KT_VIEW, "kt_view")
        if self.p(0.3):
            self.next(KT_DEV, "kt_dev")

    def music_block(self) -> None:
        self.some([(0.4, tenggo.audio_chunk), (0.3, tenggo.charts), (0.25, tenggo.lyrics)])
        if self.p(0.8):
            self.next(TG_VIEW, "tg_view")
        if self.p(0.3):
            self.next(TG_DEV, "tg_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.3, nganhong.fx_rates),
                (0.25, nganhong.fps_transfer),
                (0.25, nganhong.otp),
                (0.15, nganhong.txn_history),
                (0.1, nganhong.avatar),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def watch_block(self) -> None:
        self.some([(0.5, saubiu.steps), (0.2, saubiu.workout), (0.2, saubiu.watchface)])
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[WorkPhone251, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.fr_block),
        (0.15, s.slot_block),
        (0.14, s.table_block),
        (0.09, s.hotel_block),
        (0.15, s.cctv_block),
        (0.06, s.mdm_block),
        (0.07, s.cage_block),
        (0.035, s.theatre_block),
        (0.035, s.ops_block),
        (0.017, s.drama_block),
        (0.012, s.music_block),
        (0.019, s.bank_block),
        (0.01, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.06)
