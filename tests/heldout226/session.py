"""The script of the set-226 session: a night shift in the Midrand control room.

Mostly the company's work (the control-room app with vehicles, alarms, patrols
and dispatch; the body-camera evidence viewer; the estate-gate console with
plate reads, CCTV and the face watchlist; MDM check-ins), with her own apps in
the breaks (streaming, music, bank, watch) and ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too; being a precision stress set,
most flows are ordinary look-alikes.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, beheer, bewys, hek, horlosie, imali, kyk, musiek
from .phone import Phone226

START = 1733187600.0  # 2024-12-03T01:00:00Z (03:00 in Johannesburg)

Gen = Callable[[Context], Flow]

OPS_DEV: list[Gen] = [beheer.mdm_status, beheer.skof_heartbeat, beheer.mdm_policy, beheer.teken_in]
GATE_BIO: list[Gen] = [hek.waarskuwings, hek.besoeker_soek, hek.relay_opaque, hek.waglys_byvoeg]
KYK_VIEW: list[Gen] = [
    kyk.vordering,
    kyk.rugby_heartbeat,
    kyk.appsflyer_watched,
    kyk.opaque_beacon,
    kyk.gaan_voort,
    kyk.vordering,
]
KYK_DEV: list[Gen] = [
    kyk.measurement_batch,
    kyk.appsflyer_launch,
    kyk.firebase_installation,
    kyk.appsflyer_subscribe,
]
MUS_VIEW: list[Gen] = [musiek.dlaliwe, musiek.recently_played, musiek.opaque_batch, musiek.dlaliwe]
MUS_DEV: list[Gen] = [musiek.ads_config, musiek.config_opaque, musiek.register]
BANK_BIO: list[Gen] = [
    imali.smile_selfie,
    imali.voice_verify,
    imali.liveness_opaque,
    imali.voice_opaque,
]
BANK_DEV: list[Gen] = [imali.balance_opaque, imali.device_bind]
WATCH_DEV: list[Gen] = [horlosie.sync, horlosie.device_info, horlosie.dump_protobuf, horlosie.pair]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone226.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            beheer.mdm_status(c),
            beheer.teken_in(c),
            background.fcm_register(c),
            beheer.voertuie(c),
            beheer.alarm_signale(c),
            kyk.firebase_installation(c),
            kyk.register_device(c),
            kyk.appsflyer_launch(c),
            musiek.register(c),
            imali.device_bind(c),
            horlosie.pair(c),
            background.loadshedding(c),
        ]

    def ops_block(self) -> None:
        self.some(
            [
                (0.8, beheer.voertuie),
                (0.6, beheer.alarm_signale),
                (0.3, beheer.voertuig_spoor),
                (0.15, beheer.tracker_diag),
                (0.25, beheer.paneel),
                (0.35, beheer.stuur),
                (0.25, beheer.insident_sluit),
                (0.35, beheer.patrollie),
                (0.1, beheer.mdm_vloot),
                (0.4, beheer.ptt_poll),
                (0.25, beheer.ptt_voice),
                (0.12, beheer.kaart_geofence),
                (0.3, background.map_tile),
            ]
        )
        if self.p(0.12):
            self.next(OPS_DEV, "ops_dev")

    def evidence_block(self) -> None:
        self.some(
            [
                (0.8, bewys.snitte),
                (0.6, bewys.kleinkiekie),
                (0.5, bewys.kleinkiekie),
                (0.6, bewys.snit_aflaai),
                (0.4, bewys.snit_aflaai),
                (0.35, bewys.hersien),
                (0.2, bewys.kamera_status),
                (0.15, bewys.insident_uitvoer),
            ]
        )

    def gate_block(self) -> None:
        self.some(
            [
                (0.7, hek.lpr_feed),
                (0.4, hek.lpr_crop),
                (0.5, hek.cctv_snapshot),
                (0.6, hek.cctv_stream),
                (0.4, hek.cctv_stream),
                (0.25, hek.cctv_analise),
                (0.3, hek.besoekers),
                (0.2, hek.waarskuwing_erken),
            ]
        )
        if self.p(0.38):
            self.next(GATE_BIO, "gate_bio")

    def kyk_block(self) -> None:
        self.some(
            [
                (0.5, kyk.rails),
                (0.7, kyk.hls_segment),
                (0.6, kyk.hls_segment),
                (0.4, kyk.plakkaat),
                (0.2, kyk.soek),
                (0.2, kyk.gewild),
                (0.25, kyk.rugby_fixtures),
                (0.15, kyk.widevine),
            ]
        )
        if self.p(0.45):
            self.next(KYK_VIEW, "kyk_view")
        if self.p(0.2):
            self.next(KYK_DEV, "kyk_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.7, musiek.audio_chunk),
                (0.5, musiek.audio_chunk),
                (0.3, musiek.charts),
                (0.25, musiek.lyrics),
                (0.25, musiek.playlist),
            ]
        )
        if self.p(0.45):
            self.next(MUS_VIEW, "mus_view")
        if self.p(0.15):
            self.next(MUS_DEV, "mus_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, imali.forex),
                (0.35, imali.payment),
                (0.3, imali.otp),
                (0.12, imali.fica_form),
                (0.1, imali.profile_photo),
            ]
        )
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.25):
            self.next(BANK_DEV, "bank_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, horlosie.daily),
                (0.2, horlosie.watchface),
                (0.2, horlosie.wrist),
            ]
        )
        if self.p(0.35):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone226, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.3, s.ops_block),
        (0.14, s.evidence_block),
        (0.18, s.gate_block),
        (0.13, s.kyk_block),
        (0.09, s.music_block),
        (0.07, s.bank_block),
        (0.06, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
