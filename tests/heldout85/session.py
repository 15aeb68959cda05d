"""The script of the set-85 session: the tester uses eight apps on a Pixel 8
(Mediathek, a commercial streamer, a sports app, a music / audiobook app, a
radio app, a bank with video-ident, a health insurer with voice ID, car
sharing with selfie checks) while the family's Android TV runs the Mediathek
and its maker's ACR, with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers
every family, the opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, carshare, flimmer, kasse, klang, mediathek, radio, sport, tv
from .phone import Phone85

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]


def _tv(fn: Callable[..., Flow]) -> Gen:
    return lambda c: fn(c, tv=True)


MT_VIEW: list[Gen] = [
    mediathek.fortschritt,
    mediathek.herzschlag,
    mediathek.weiterschauen,
    mediathek.nielsen_dcr,
    mediathek.fortschritt,
    mediathek.opaque_beacon,
    mediathek.herzschlag,
]
TV_VIEW: list[Gen] = [
    tv.acr_matches,
    _tv(mediathek.herzschlag),
    _tv(mediathek.nielsen_dcr),
    tv.acr_fingerprints,
    tv.acr_matches,
]
TV_DEV: list[Gen] = [tv.checkin, tv.firmware_check, mediathek.tv_koppeln]
FL_VIEW: list[Gen] = [
    flimmer.heartbeat,
    flimmer.resume_point,
    flimmer.ga4_video,
    flimmer.heartbeat,
    flimmer.watch_history_page,
]
SP_VIEW: list[Gen] = [
    sport.live_heartbeat,
    sport.adjust_watch_event,
    sport.live_heartbeat_query,
    sport.live_heartbeat,
    sport.opaque_qos,
]
KL_VIEW: list[Gen] = [
    klang.gehoert,
    klang.hoerbuch_position,
    klang.braze_listen,
    klang.podcast_progress,
    klang.gehoert,
    klang.sync_opaque,
]
RA_VIEW: list[Gen] = [
    radio.hoerstatistik,
    radio.af_listen_event,
    radio.hoerstatistik,
    radio.stats_protobuf,
]
BANK_BIO: list[Gen] = [
    bank.facetec_enrol,
    bank.idnow_selfie,
    bank.nect_liveness,
    bank.facetec_match,
    bank.gesichtspruefung_ergebnis,
    bank.nect_selfie_video,
    bank.laecheln_challenge,
    bank.opaque_liveness,
]
KASSE_BIO: list[Gen] = [
    kasse.stimmabdruck,
    kasse.stimmprobe_anmelden,
    kasse.azure_verify,
    kasse.sprecher_embedding,
    kasse.azure_enrol,
    kasse.opaque_voice,
]
CS_BIO: list[Gen] = [
    carshare.selfie_check,
    carshare.rekognition_compare,
    carshare.mlkit_result,
    carshare.fahrer_template,
    carshare.opaque_check,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone85.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.zeit(c),
            mediathek.geraet_registrieren(c),
            tv.checkin(c),
            mediathek.tv_koppeln(c),
            sport.adjust_session(c),
            radio.af_launch(c),
            klang.device_register(c),
            bank.geraetebindung(c),
            kasse.registrieren(c),
            flimmer.ga4_screen(c),
        ]

    def mediathek_block(self) -> None:
        self.some(
            [
                (0.6, mediathek.katalog),
                (0.7, mediathek.vorschaubild),
                (0.7, mediathek.hls),
                (0.3, mediathek.ivw),
                (0.08, mediathek.geraet_registrieren),
            ]
        )
        self.next(MT_VIEW, "mt_view", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.15, tv.ambilight), (0.5, mediathek.hls)])
        self.next(TV_VIEW, "tv_view", 1 if self.p(0.9) else 0)
        if self.p(0.4):
            self.next(TV_DEV, "tv_dev")

    def flimmer_block(self) -> None:
        self.some(
            [
                (0.4, flimmer.search),
                (0.15, flimmer.abo_preise),
                (0.3, flimmer.empfehlungen),
                (0.5, flimmer.ima_ad),
                (0.3, flimmer.ga4_screen),
            ]
        )
        self.next(FL_VIEW, "fl_view", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def sport_block(self) -> None:
        self.some([(0.7, sport.ticker), (0.3, sport.split_times), (0.3, sport.adjust_session)])
        self.next(SP_VIEW, "sp_view", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def klang_block(self) -> None:
        self.some(
            [
                (0.6, klang.cover),
                (0.3, klang.hoerbuch_shop),
                (0.1, klang.equalizer),
                (0.2, klang.braze_shop),
                (0.08, klang.device_register),
            ]
        )
        self.next(KL_VIEW, "kl_view", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def radio_block(self) -> None:
        self.some([(0.7, radio.stream), (0.5, radio.now_playing), (0.3, radio.af_launch)])
        self.next(RA_VIEW, "ra_view", 1 if self.p(0.85) else 0)

    def bank_block(self) -> None:
        self.some([(0.15, bank.antrag), (0.6, bank.umsaetze), (0.2, bank.geraetebindung)])
        self.next(BANK_BIO, "bank_bio", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def kasse_block(self) -> None:
        self.some(
            [
                (0.4, kasse.chatbot_stt),
                (0.3, kasse.bonusprogramm),
                (0.2, kasse.dokument_upload),
                (0.1, kasse.registrieren),
            ]
        )
        self.next(KASSE_BIO, "kasse_bio", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def carshare_block(self) -> None:
        self.some([(0.5, carshare.fahrt), (0.2, carshare.schadenfoto), (0.5, carshare.oeffnen)])
        self.next(CS_BIO, "cs_bio", 1 if self.p(0.9) else 0)


def generate_session(seed: int, target: int) -> tuple[Phone85, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.mediathek_block),
        (0.10, s.tv_block),
        (0.13, s.flimmer_block),
        (0.11, s.sport_block),
        (0.11, s.klang_block),
        (0.09, s.radio_block),
        (0.12, s.bank_block),
        (0.09, s.kasse_block),
        (0.09, s.carshare_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
