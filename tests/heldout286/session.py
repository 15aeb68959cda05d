"""The script of the set-286 session: the family's devices in turn (the father's
herding and bank apps in Kautokeino, the mother's streaming app in Karasjok,
the daughter's joik app in Inari, the kids' tablet), the snowmobile rental's
fleet tablets, and ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banku, eallu, luohti, manat, skuter, stream
from .phone import Family286

START = 1739347200.0  # 2025-02-12T08:00:00Z

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.resume_point, stream.kantar_spring, stream.joatkke, stream.opaque_beacon,
    stream.resume_point, stream.historja, stream.kantar_spring,
]  # fmt: skip
STREAM_DEV: list[Gen] = [stream.register, stream.remote_config, stream.firebase_installation]
LUOHTI_VIEW: list[Gen] = [
    luohti.guldalit, luohti.braze_listen, luohti.opaque_batch, luohti.adjust_listen,
    luohti.kuldalem, luohti.guldalit,
]  # fmt: skip
LUOHTI_DEV: list[Gen] = [luohti.adjust_session, luohti.braze_session, luohti.adjust_purchase]
EALLU_DEV: list[Gen] = [eallu.collar_sync, eallu.register, eallu.sentry_user, eallu.collar_sync]
BANK_BIO: list[Gen] = [
    banku.face_login, banku.onfido_live_photo, banku.face_login_protobuf, banku.chip_portrait,
    banku.face_login,
]  # fmt: skip
BANK_DEV: list[Gen] = [banku.device_bind, banku.balance_opaque]
KIDS_VIEW: list[Gen] = [manat.watched, manat.watch_list, manat.opaque_progress, manat.watched]
KIDS_BIO: list[Gen] = [manat.blendshapes, manat.mesh_opaque, manat.blendshapes]
KIDS_DEV: list[Gen] = [manat.guardian_heartbeat, manat.guardian_register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family286.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            stream.firebase_installation(c),
            stream.register(c),
            luohti.adjust_session(c),
            eallu.register(c),
            banku.device_bind(c),
            manat.guardian_register(c),
            skuter.mdm_checkin(c),
            background.weather(c),
        ]

    def stream_block(self) -> None:
        self.some(
            [
                (0.7, stream.hls_segment),
                (0.5, stream.hls_segment),
                (0.4, stream.katalogu),
                (0.35, stream.thumbnail),
                (0.25, stream.ohcan),
                (0.2, stream.epg),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.3):
            self.next(STREAM_DEV, "stream_dev")

    def luohti_block(self) -> None:
        self.some(
            [
                (0.7, luohti.audio_chunk),
                (0.3, luohti.lyrics),
                (0.3, luohti.playlist),
                (0.2, luohti.ohcan),
            ]
        )
        if self.p(0.8):
            self.next(LUOHTI_VIEW, "luohti_view")
        if self.p(0.35):
            self.next(LUOHTI_DEV, "luohti_dev")

    def eallu_block(self) -> None:
        self.some(
            [
                (0.5, eallu.lohku),
                (0.3, eallu.collar_config),
                (0.4, background.map_tile),
                (0.3, background.weather),
            ]
        )
        if self.p(0.6):
            self.next(EALLU_DEV, "eallu_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.4, banku.transfer),
                (0.2, banku.mrz_only),
                (0.15, banku.profile_form),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def kids_block(self) -> None:
        self.some(
            [
                (0.5, manat.cartoon_thumb),
                (0.35, manat.cartoon_rail),
                (0.25, manat.game_camera),
                (0.1, manat.child_profile),
            ]
        )
        if self.p(0.7):
            self.next(KIDS_VIEW, "kids_view")
        if self.p(0.5):
            self.next(KIDS_BIO, "kids_bio")
        if self.p(0.3):
            self.next(KIDS_DEV, "kids_dev")

    def fleet_block(self) -> None:
        self.some(
            [
                (0.8, skuter.telemetry),
                (0.4, skuter.telemetry),
                (0.3, skuter.booking),
                (0.15, skuter.mdm_checkin),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Family286, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.stream_block),
        (0.17, s.luohti_block),
        (0.13, s.eallu_block),
        (0.14, s.bank_block),
        (0.18, s.kids_block),
        (0.08, s.fleet_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
