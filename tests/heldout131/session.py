"""The script of the set-131 session: the family uses its apps in turn (the
Mediathek on phone and iPad, the commercial streamer, music in the car,
audiobooks, podcasts, football, the bank, the health insurer, the doorbell,
the Turkish series app, the TV and stick, the car app), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    auto,
    background,
    bank,
    dizi,
    fussball,
    hoerbuch,
    kasse,
    klingel,
    mediathek,
    messung,
    musik,
    podcast,
    privat,
    tv,
)
from .phone import Familie

START = 1730966400.0  # 2024-11-07T08:00:00Z

Gen = Callable[[Context], Flow]

MEDIATHEK_VIEW: list[Gen] = [
    mediathek.wiedergabe_event,
    mediathek.ioam_ping,
    mediathek.weiterschauen,
    mediathek.agf_nielsen,
    mediathek.merkliste_sync_opaque,
    mediathek.wiedergabe_event,
]
PRIVAT_VIEW: list[Gen] = [
    privat.ssai_beacon,
    privat.sehfortschritt,
    privat.ssai_beacon,
    privat.ssai_beacon_opaque,
    privat.ssai_beacon,
]
AUDIO_VIEW: list[Gen] = [
    musik.gespielt,
    hoerbuch.hoerposition,
    podcast.abspielstand,
    musik.auto_wiedergabe,
    hoerbuch.bibliothek,
    podcast.sync_blob,
    musik.gespielt,
    musik.playback_pb,
    podcast.abspielstand,
]
BANK_BIO: list[Gen] = [
    bank.idnow_selfie,
    bank.idnow_liveness,
    bank.gesichtsabgleich,
    bank.gesichts_template_opaque,
]
KASSE_BIO: list[Gen] = [
    kasse.gesichtslogin,
    kasse.gesicht_einrichten,
    kasse.gesichtslogin,
    kasse.login_opaque,
]
KLINGEL_BIO: list[Gen] = [klingel.person_erkannt, klingel.gesicht_anlernen, klingel.person_erkannt]
KLINGEL_DEV: list[Gen] = [
    klingel.geraete_liste,
    klingel.kamera_telemetrie_opaque,
    klingel.geraet_koppeln,
]
DIZI_VIEW: list[Gen] = [dizi.kaldigi_yer, dizi.izleme_gecmisi, dizi.kisa_ping, dizi.kaldigi_yer]
TV_VIEW: list[Gen] = [
    tv.acr_treffer,
    tv.senderwechsel,
    tv.acr_fingerabdruck,
    tv.stick_zuletzt,
    tv.acr_treffer,
]
TV_DEV: list[Gen] = [tv.stick_register, tv.hbbtv_app, tv.stick_apps]
AUTO_DEV: list[Gen] = [auto.fahrzeugstatus, auto.telematik_checkin, auto.tcu_opaque]
SDK_DEV: list[Gen] = [
    messung.adjust_session,
    messung.usercentrics_consent,
    messung.firebase_app_event,
    lambda c: messung.adjust_session(c, "privat"),
    messung.adjust_event_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Familie.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            messung.usercentrics_consent(c),
            messung.adjust_session(c),
            fussball.registrierung(c),
            klingel.geraet_koppeln(c),
            tv.stick_register(c),
            auto.telematik_checkin(c),
            background.zeit(c),
            mediathek.session_token(c),
        ]

    def mediathek_block(self) -> None:
        self.some(
            [
                (0.5, mediathek.programm),
                (0.5, mediathek.meistgesehen),
                (0.6, mediathek.manifest),
                (0.7, mediathek.bild),
                (0.3, mediathek.suche),
                (0.1, mediathek.session_token),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MEDIATHEK_VIEW, "mediathek_view")

    def privat_block(self) -> None:
        self.some(
            [
                (0.6, privat.startseite),
                (0.5, privat.ad_decision),
                (0.4, privat.live_epg),
                (0.2, privat.abo_status),
                (0.5, privat.player_qos),
            ]
        )
        if self.p(0.75):
            self.next(PRIVAT_VIEW, "privat_view")

    def audio_block(self) -> None:
        self.some(
            [
                (0.5, musik.charts),
                (0.3, musik.songtext),
                (0.7, musik.audio_chunk),
                (0.4, hoerbuch.shop),
                (0.4, hoerbuch.cover),
                (0.3, hoerbuch.leseprobe_seite),
                (0.4, podcast.feed),
                (0.3, podcast.trending),
                (0.6, podcast.audio),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(AUDIO_VIEW, "audio_view")

    def fussball_block(self) -> None:
        self.some(
            [
                (0.7, fussball.liveticker),
                (0.5, fussball.tabelle),
                (0.3, fussball.spielerwerte),
                (0.4, fussball.clip_manifest),
            ]
        )
        if self.p(0.45):
            self.flows.append(fussball.clip_fortschritt(self.ctx))
        if self.p(0.45):
            self.next(SDK_DEV, "sdk_dev")

    def bank_block(self) -> None:
        self.some([(0.7, bank.kontostand), (0.4, bank.ueberweisung), (0.3, bank.idnow_ocr)])
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def kasse_block(self) -> None:
        self.some([(0.5, kasse.bonus_schritte), (0.5, kasse.erezepte), (0.2, kasse.krankmeldung)])
        if self.p(0.85):
            self.next(KASSE_BIO, "kasse_bio")

    def klingel_block(self) -> None:
        self.some(
            [(0.6, klingel.bewegung), (0.3, klingel.katze_erkannt), (0.6, klingel.clip_vorschau)]
        )
        if self.p(0.85):
            self.next(KLINGEL_BIO, "klingel_bio")
        if self.p(0.45):
            self.next(KLINGEL_DEV, "klingel_dev")

    def dizi_block(self) -> None:
        self.some([(0.6, dizi.anasayfa), (0.5, dizi.bolum_listesi), (0.2, dizi.yorum)])
        if self.p(0.75):
            self.next(DIZI_VIEW, "dizi_view")

    def tv_block(self) -> None:
        self.some([(0.3, tv.bildschirmschoner), (0.3, tv.stick_apps), (0.3, tv.hbbtv_app)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def auto_block(self) -> None:
        self.some([(0.6, auto.fahrten), (0.4, auto.ladestationen), (0.15, auto.mietwagen)])
        if self.p(0.6):
            self.next(AUTO_DEV, "auto_dev")


def generate_session(seed: int, target: int) -> tuple[Familie, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.mediathek_block),
        (0.10, s.privat_block),
        (0.13, s.audio_block),
        (0.09, s.fussball_block),
        (0.08, s.bank_block),
        (0.08, s.kasse_block),
        (0.09, s.klingel_block),
        (0.09, s.dizi_block),
        (0.11, s.tv_block),
        (0.08, s.auto_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
