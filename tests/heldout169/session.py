"""The script of the set-169 session: a day in a Hispanic household in Houston and
Miami. The mother's iPhone (telenovelas, the broadcaster, remittances, the car app),
the son's Motorola (music, Catholic radio, the bank, rideshare) and the living-room
Roku TV and Fire TV stick take turns, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set covers
every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import auto, background, banco, canal, novelas, radio, remesa, ritmo, rueda, salatv
from .phone import Casa169

START = 1747123200.0  # 2025-05-13T08:00:00Z (03:00 in Houston)

Gen = Callable[[Context], Flow]

NOVELAS_VIEW: list[Gen] = [
    novelas.heartbeat,
    novelas.continue_watching,
    lambda c: novelas.heartbeat(c, "pausa"),
    novelas.firetv_heartbeat_blob,
    novelas.liga_tuning,
    novelas.heartbeat,
]
CANAL_VIEW: list[Gen] = [
    canal.nielsen_dcr,
    canal.comscore,
    canal.nielsen_dcr,
    lambda c: canal.comscore(c, "play"),
]
RITMO_VIEW: list[Gen] = [
    ritmo.play_report,
    ritmo.braze_event,
    ritmo.recently_played,
    ritmo.offline_sync_pb,
    ritmo.play_report,
]
RADIO_VIEW: list[Gen] = [radio.listen_session, radio.firebase_upload, radio.listen_session]
REMESA_BIO: list[Gen] = [
    remesa.onfido_live_photo,
    remesa.face_template,
    remesa.encrypted_capture,
    remesa.onfido_live_photo,
    remesa.face_template,
]
BANCO_BIO: list[Gen] = [
    banco.voice_verify,
    banco.voice_enrol,
    banco.voice_verify,
    banco.voice_verify_opaque,
    banco.voice_verify,
]
RUEDA_DEV: list[Gen] = [
    rueda.branch_open,
    rueda.segment_batch,
    rueda.fraud_ping,
    rueda.segment_batch,
]
TV_VIEW: list[Gen] = [salatv.acr_matches, salatv.acr_matches, salatv.acr_fingerprints]
TV_DEV: list[Gen] = [salatv.roku_register, salatv.firetv_metrics]
AUTO_DEV: list[Gen] = [auto.status, auto.remote_start, auto.keepalive, auto.status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Casa169.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            novelas.register_device(c),
            remesa.appsflyer_launch(c),
            ritmo.audio_route(c),
            rueda.branch_open(c),
            salatv.roku_register(c),
            salatv.firetv_metrics(c),
            auto.pair(c),
            background.nws_forecast(c),
        ]

    def novelas_block(self) -> None:
        self.some(
            [
                (0.6, novelas.catalogue),
                (0.7, novelas.manifest),
                (0.6, novelas.thumbnail),
                (0.3, novelas.search),
                (0.05, novelas.register_device),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NOVELAS_VIEW, "novelas_view")
        if self.p(0.45):
            self.flows.append(novelas.conviva_hb(self.ctx, fire=self.p(0.4)))

    def canal_block(self) -> None:
        self.some([(0.6, canal.news_feed), (0.4, canal.weather_radar), (0.3, canal.schedule)])
        if self.p(0.45):
            self.flows.append(canal.ima_dai_stream(self.ctx))
        if self.p(0.7):
            self.next(CANAL_VIEW, "canal_view")

    def ritmo_block(self) -> None:
        self.some(
            [
                (0.4, ritmo.chart),
                (0.3, ritmo.lyrics),
                (0.8, ritmo.audio_segment),
                (0.5, ritmo.audio_segment),
                (0.2, ritmo.playlist_edit),
                (0.12, ritmo.audio_route),
            ]
        )
        if self.p(0.8):
            self.next(RITMO_VIEW, "ritmo_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.5, radio.readings),
                (0.3, radio.mass_times),
                (0.15, radio.intention),
                (0.15, radio.donation),
                (0.8, radio.live_stream),
            ]
        )
        if self.p(0.7):
            self.next(RADIO_VIEW, "radio_view")

    def remesa_block(self) -> None:
        self.some(
            [
                (0.6, remesa.rates),
                (0.2, remesa.recipient),
                (0.3, remesa.transfer),
                (0.15, remesa.id_ocr),
                (0.35, remesa.appsflyer_launch),
            ]
        )
        if self.p(0.75):
            self.next(REMESA_BIO, "remesa_bio")

    def banco_block(self) -> None:
        self.some(
            [
                (0.7, banco.balances),
                (0.2, banco.card_lock),
                (0.3, banco.assistant),
                (0.35, banco.mparticle_batch),
            ]
        )
        if self.p(0.75):
            self.next(BANCO_BIO, "banco_bio")

    def rueda_block(self) -> None:
        self.some(
            [
                (0.5, rueda.ride_request),
                (0.4, rueda.driver_assigned),
                (0.5, rueda.fare_estimate),
                (0.4, rueda.route),
            ]
        )
        if self.p(0.6):
            self.next(RUEDA_DEV, "rueda_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, salatv.home_rail),
                (0.5, salatv.ecp_keypress),
                (0.3, salatv.ecp_keypress),
                (0.2, salatv.firetv_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def auto_block(self) -> None:
        self.some([(0.5, auto.trips), (0.4, auto.fuel_prices), (0.2, auto.service_slots)])
        if self.p(0.65):
            self.next(AUTO_DEV, "auto_dev")
        if self.p(0.04):
            self.flows.append(auto.pair(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Casa169, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.novelas_block),
        (0.11, s.canal_block),
        (0.13, s.ritmo_block),
        (0.09, s.radio_block),
        (0.11, s.remesa_block),
        (0.10, s.banco_block),
        (0.10, s.rueda_block),
        (0.11, s.tv_block),
        (0.08, s.auto_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
