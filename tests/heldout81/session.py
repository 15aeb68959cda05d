"""The script of the set-81 session: the family uses eight apps in turn on a
Galaxy A25 and their Chromecast with Google TV (a streaming app, a telenovela app
on the TV, a football app, a music / podcast app, a radio app, a bank, a telco's
care app, a ride-hailing driver app), with ordinary background traffic between.
Sensitive events rotate through a schedule per app so that every family shows,
opaque ones too, even in small sets.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banco, butaca, cumbia, hinchada, novelas, radio, telco, viajes
from .phone import Phone81

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

BUTACA_VIEW: list[Gen] = [
    butaca.visto,
    butaca.latido,
    butaca.comscore,
    butaca.seguir_viendo,
    butaca.latido,
    butaca.opaque_evento,
    butaca.comscore,
]
TV_VIEW: list[Gen] = [
    novelas.reproduccion,
    novelas.mixpanel,
    novelas.reproduccion,
    novelas.historial,
    novelas.opaque_pb,
    novelas.mixpanel,
]
HINCHA_VIEW: list[Gen] = [hinchada.live_hb, hinchada.live_hb, hinchada.resumen_visto]
CUMBIA_VIEW: list[Gen] = [
    cumbia.escuchas,
    cumbia.podcast_progreso,
    cumbia.escuchas,
    cumbia.opaque_lote,
    cumbia.podcast_progreso,
]
RADIO_VIEW: list[Gen] = [
    radio.ga4_escucha,
    radio.oyente,
    radio.ga4_escucha,
    radio.opaque_ping,
    radio.oyente,
]
BANCO_BIO: list[Gen] = [
    banco.facephi_liveness,
    banco.rekognition_compare,
    banco.facephi_template,
    banco.incode_face,
    banco.resultado_facial,
    banco.opaque_bio,
]
TELCO_BIO: list[Gen] = [
    telco.verificar_voz,
    telco.enrolar_voz,
    telco.huella_vocal,
    telco.verificar_voz,
    telco.opaque_voz,
]
VIAJE_BIO: list[Gen] = [
    viajes.selfie,
    viajes.landmarks,
    viajes.embedding,
    viajes.gestos,
    viajes.selfie,
    viajes.opaque_rostro,
]
TELCO_DEV: list[Gen] = [telco.diagnostico, telco.modem, telco.homologacion]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone81.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            butaca.register(c),
            novelas.registro_tv(c),
            hinchada.appsflyer(c),
            cumbia.adjust(c),
            radio.firebase(c),
            banco.riesgo(c),
            telco.diagnostico(c),
            viajes.dispositivo(c),
            viajes.clevertap(c),
        ]

    def butaca_block(self) -> None:
        self.some(
            [
                (0.5, butaca.home),
                (0.6, butaca.poster),
                (0.3, butaca.buscar),
                (0.4, butaca.manifest),
                (0.05, butaca.perfil_form),
                (0.25, butaca.ima),
                (0.04, butaca.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(BUTACA_VIEW, "butaca_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, novelas.guia),
                (0.6, novelas.caratula),
                (0.05, novelas.registro_tv),
                (0.15, novelas.cast_sesion),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(TV_VIEW, "tv_view")

    def hincha_block(self) -> None:
        self.some(
            [
                (0.7, hinchada.marcador),
                (0.3, hinchada.mapa_tiros),
                (0.25, hinchada.cuotas),
                (0.3, hinchada.alineaciones),
                (0.15, hinchada.appsflyer),
            ]
        )
        if self.p(0.85):
            self.next(HINCHA_VIEW, "hincha_view")

    def cumbia_block(self) -> None:
        self.some(
            [
                (0.3, cumbia.letra),
                (0.3, cumbia.buscar),
                (0.25, cumbia.onda),
                (0.2, cumbia.gustos),
                (0.5, cumbia.tapa),
                (0.12, cumbia.adjust),
            ]
        )
        if self.p(0.85):
            self.next(CUMBIA_VIEW, "cumbia_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.sonando),
                (0.7, radio.stream_chunk),
                (0.2, radio.ga4_ui),
                (0.05, radio.firebase),
            ]
        )
        if self.p(0.85):
            self.next(RADIO_VIEW, "radio_view")

    def banco_block(self) -> None:
        self.some(
            [
                (0.6, banco.saldo),
                (0.4, banco.cotizaciones),
                (0.25, banco.transferencia),
                (0.08, banco.selfie_reuse_form),
                (0.2, banco.riesgo),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANCO_BIO, "banco_bio")

    def telco_block(self) -> None:
        self.some([(0.5, telco.saldo_datos), (0.25, telco.velocidad), (0.3, telco.stt_bot)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TELCO_BIO, "telco_bio")
        if self.p(0.45):
            self.next(TELCO_DEV, "telco_dev")

    def viaje_block(self) -> None:
        self.some(
            [
                (0.6, viajes.ruta),
                (0.3, viajes.tarifas),
                (0.3, viajes.pedido),
                (0.25, viajes.clevertap),
                (0.1, viajes.dispositivo),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VIAJE_BIO, "viaje_bio")


def generate_session(seed: int, target: int) -> tuple[Phone81, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.butaca_block),
        (0.13, s.tv_block),
        (0.12, s.hincha_block),
        (0.12, s.cumbia_block),
        (0.11, s.radio_block),
        (0.13, s.banco_block),
        (0.12, s.telco_block),
        (0.13, s.viaje_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
