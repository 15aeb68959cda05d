"""The script of the set-277 session: one Ashgabat household's devices in turn (the
state TV app on the father's phone and the TV box, his operator self-care app with
the face-ID SIM registration and his ride-hailing app; the mother's dubbed-series
player on a Huawei with OAID; the daughter's video-chat app with face filters and
the carpet-museum tour), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, hali, operator, serial, taksi, tmtv, wideo
from .phone import Family277

START = 1733126400.0  # 2024-12-02T08:00:00Z (13:00 in Ashgabat)

Gen = Callable[[Context], Flow]

TV_VIEW: list[Gen] = [
    tmtv.tomasha_progress,
    tmtv.ga4_video,
    tmtv.arhiw_history,
    tmtv.box_opaque,
    lambda c: tmtv.ga4_video(c, "video_complete"),
    tmtv.tomasha_progress,
]
TV_DEV: list[Gen] = [
    tmtv.phone_register,
    tmtv.firebase_installation,
    tmtv.ga4_screen,
    tmtv.box_settings,
    tmtv.box_register,
]
OP_BIO: list[Gen] = [
    operator.face_id,
    operator.rek_compare,
    operator.face_template_pb,
    operator.rek_detect,
    operator.face_id,
    operator.liveness_frames,
]
OP_DEV: list[Gen] = [
    operator.sim_bind,
    operator.balance_opaque,
    operator.legacy_xml,
    operator.balance_opaque,
]
TAXI_DEV: list[Gen] = [
    taksi.appsflyer_ride,
    taksi.fraud_header,
    taksi.appsflyer_launch,
    taksi.fraud_header,
]
CHAT_BIO: list[Gen] = [
    wideo.filter_blendshapes,
    wideo.face_mesh,
    wideo.blendshape_pb,
    wideo.filter_blendshapes,
]
CHAT_DEV: list[Gen] = [
    wideo.adjust_session,
    wideo.ironsource_init,
    wideo.opaque_handshake,
    wideo.adjust_event,
    wideo.ironsource_outcome,
    wideo.register,
]
MUSEUM_SENS: list[Gen] = [hali.audio_guide, hali.telpek_ar, hali.photo_booth, hali.audio_guide]
MUSEUM_DEV: list[Gen] = [hali.adjust_session, hali.stats_opaque]
SERIES_VIEW: list[Gen] = [
    serial.heartbeat_cyr,
    serial.progress_latin,
    serial.continue_watching,
    serial.batch_opaque,
    serial.heartbeat_cyr,
]
SERIES_DEV: list[Gen] = [serial.appsflyer_launch, serial.cookie_config, serial.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family277.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tmtv.box_register(c),
            tmtv.firebase_installation(c),
            operator.sim_bind(c),
            taksi.appsflyer_launch(c),
            serial.register(c),
            serial.appsflyer_launch(c),
            wideo.register(c),
            wideo.adjust_session(c),
            hali.adjust_session(c),
            background.weather(c),
        ]

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tmtv.channels),
                (0.7, tmtv.hls_segment),
                (0.5, tmtv.hls_segment),
                (0.3, tmtv.epg),
                (0.25, tmtv.thumbnail),
                (0.2, tmtv.gozleg),
                (0.15, tmtv.trending),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def operator_block(self) -> None:
        self.some(
            [
                (0.6, operator.tariffs),
                (0.3, operator.topup),
                (0.15, operator.personal_form),
                (0.12, operator.passport_address_page),
            ]
        )
        if self.p(0.7):
            self.next(OP_BIO, "op_bio")
        if self.p(0.4):
            self.next(OP_DEV, "op_dev")

    def taxi_block(self) -> None:
        self.some(
            [
                (0.6, taksi.order_ride),
                (0.6, taksi.driver_location),
                (0.4, taksi.driver_location),
                (0.3, taksi.driver_photo),
            ]
        )
        if self.p(0.55):
            self.next(TAXI_DEV, "taxi_dev")

    def chat_block(self) -> None:
        self.some(
            [
                (0.7, wideo.message),
                (0.4, wideo.message),
                (0.3, wideo.call_offer),
                (0.35, wideo.filter_catalog),
                (0.3, wideo.sticker),
                (0.15, wideo.game_pose),
                (0.1, wideo.avatar),
            ]
        )
        if self.p(0.75):
            self.next(CHAT_BIO, "chat_bio")
        if self.p(0.45):
            self.next(CHAT_DEV, "chat_dev")

    def museum_block(self) -> None:
        self.some(
            [
                (0.8, hali.panorama),
                (0.6, hali.panorama),
                (0.4, hali.view_pose),
                (0.3, hali.catalogue),
                (0.2, hali.kiosk_status),
                (0.2, hali.visitors),
            ]
        )
        if self.p(0.6):
            self.next(MUSEUM_SENS, "museum_sens")
        if self.p(0.35):
            self.next(MUSEUM_DEV, "museum_dev")

    def series_block(self) -> None:
        self.some(
            [
                (0.5, serial.katalog),
                (0.8, serial.segment),
                (0.5, serial.segment),
                (0.3, serial.subtitles),
                (0.2, serial.gozleg),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(SERIES_VIEW, "series_view")
        if self.p(0.3):
            self.next(SERIES_DEV, "series_dev")


def generate_session(seed: int, target: int) -> tuple[Family277, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.tv_block),
        (0.15, s.operator_block),
        (0.13, s.taxi_block),
        (0.17, s.chat_block),
        (0.12, s.museum_block),
        (0.2, s.series_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
