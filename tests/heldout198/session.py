"""The script of the set-198 session: the family uses seven things in turn (the
Kreyòl streamer, the radio / podcast app, the remittance app and the church
app on the Galaxy in Miami, the TV box in Port-au-Prince, the top-up app on
the Tecno in Cap-Haïtien), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, lakaybox, lakaytv, legliz, radyo, rechaj, voyelakay
from .phone import Phone198

START = 1741438800.0  # 2025-03-08T13:00:00Z, a Saturday morning in Miami / Port-au-Prince

Gen = Callable[[Context], Flow]

TELE_VIEW: list[Gen] = [
    lakaytv.gade_progress,
    lakaytv.meta_watch,
    lakaytv.istwa,
    lakaytv.adjust_watch,
    lakaytv.resume_beacon,
    lakaytv.gade_progress,
    lakaytv.kontinye,
]
TELE_DEV: list[Gen] = [
    lakaytv.meta_launch,
    lakaytv.adjust_session,
    lakaytv.register,
    lakaytv.opaque_ping,
    lakaytv.adjust_subscribe,
]
RADYO_VIEW: list[Gen] = [
    radyo.ekoute_live,
    radyo.podcast_progress,
    radyo.ekoute_live,
    radyo.stats_rows,
]
RADYO_DEV: list[Gen] = [
    radyo.max_inter,
    radyo.is_events,
    radyo.max_pix,
    radyo.hashed_cfg,
    radyo.install,
]
VOYE_BIO: list[Gen] = [
    voyelakay.complycube_selfie,
    voyelakay.liveness_result,
    voyelakay.onfido_live_photo,
    voyelakay.template_cache,
    voyelakay.rekognition_compare,
    voyelakay.liveness_result,
]
VOYE_DEV: list[Gen] = [
    voyelakay.device_risk,
    voyelakay.adjust_session,
    voyelakay.quote,
    voyelakay.adjust_transfer,
]
LEGLIZ_VIEW: list[Gen] = [
    legliz.progression,
    legliz.presence,
    legliz.historique,
    legliz.beacon,
    legliz.presence,
]
LEGLIZ_DEV: list[Gen] = [legliz.enregistrer, legliz.annonces]
BOX_VIEW: list[Gen] = [
    lakaybox.acr_report,
    lakaybox.acr_protobuf,
    lakaybox.acr_report,
    lakaybox.recent_channels,
]
BOX_DEV: list[Gen] = [
    lakaybox.heartbeat,
    lakaybox.net_status,
    lakaybox.opaque_ping,
    lakaybox.register,
]
RECHAJ_DEV: list[Gen] = [rechaj.topup, rechaj.bind_status, rechaj.balance, rechaj.bind]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone198.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            lakaytv.register(c),
            lakaytv.meta_launch(c),
            radyo.install(c),
            voyelakay.device_risk(c),
            legliz.enregistrer(c),
            lakaybox.register(c),
            rechaj.bind(c),
            background.time_sync(c),
            lakaytv.katalog(c),
        ]

    def tele_block(self) -> None:
        self.some(
            [
                (0.6, lakaytv.katalog),
                (0.3, lakaytv.cheche),
                (0.7, lakaytv.thumbnail),
                (0.7, lakaytv.hls_segment),
                (0.5, lakaytv.hls_segment),
                (0.4, lakaytv.playback_token),
                (0.2, lakaytv.kantite_moun),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TELE_VIEW, "tele_view")
        if self.p(0.45):
            self.next(TELE_DEV, "tele_dev")

    def radyo_block(self) -> None:
        self.some(
            [
                (0.5, radyo.stations),
                (0.8, radyo.stream_chunk),
                (0.5, radyo.stream_chunk),
                (0.3, radyo.pwogram),
                (0.3, radyo.rss),
                (0.3, radyo.ad_creative),
            ]
        )
        if self.p(0.8):
            self.next(RADYO_VIEW, "radyo_view")
        if self.p(0.5):
            self.next(RADYO_DEV, "radyo_dev")

    def voye_block(self) -> None:
        self.some(
            [
                (0.6, voyelakay.rates),
                (0.4, voyelakay.recipients),
                (0.3, voyelakay.send),
                (0.15, voyelakay.kyc_form),
                (0.1, voyelakay.push_register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VOYE_BIO, "voye_bio")
        if self.p(0.5):
            self.next(VOYE_DEV, "voye_dev")

    def legliz_block(self) -> None:
        self.some(
            [
                (0.5, legliz.predikasyon),
                (0.7, legliz.hls),
                (0.5, legliz.hls),
                (0.3, legliz.spectateurs),
                (0.15, legliz.priere),
                (0.15, legliz.offrande),
                (0.1, legliz.avatar),
            ]
        )
        if self.p(0.8):
            self.next(LEGLIZ_VIEW, "legliz_view")
        if self.p(0.25):
            self.next(LEGLIZ_DEV, "legliz_dev")

    def box_block(self) -> None:
        self.some([(0.5, lakaybox.epg), (0.4, lakaybox.logo), (0.1, lakaybox.firmware)])
        if self.p(0.85):
            self.next(BOX_VIEW, "box_view")
        if self.p(0.4):
            self.next(BOX_DEV, "box_dev")

    def rechaj_block(self) -> None:
        self.some([(0.6, rechaj.offers), (0.4, rechaj.history)])
        if self.p(0.7):
            self.next(RECHAJ_DEV, "rechaj_dev")


def generate_session(seed: int, target: int) -> tuple[Phone198, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.21, s.tele_block),
        (0.16, s.radyo_block),
        (0.18, s.voye_block),
        (0.15, s.legliz_block),
        (0.16, s.box_block),
        (0.14, s.rechaj_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
