"""The script of the set-50 session: the household uses its apps on the Apple
TV, the iPad and the Roku in turn, with ordinary background traffic between.
Sensitive events rotate through a schedule per app so every family shows."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ads, audio, background, bank, doorbell, flix, kids, radio, roku, sante, sport
from .phone import Devices50

START = 1736762400.0  # 2025-01-13T10:00:00Z
Gen = Callable[[Context], Flow]

FLIX = [
    flix.journal_visionnement,
    flix.watch_progress,
    flix.continuer_a_regarder,
    flix.opaque_beat,
    flix.journal_visionnement,
]
RADIO = [
    radio.comscore_event,
    radio.historique,
    lambda c: radio.comscore_event(c, "play"),
    radio.opaque_stats,
    radio.comscore_event,
]
SPORT = [sport.live_heartbeat, sport.vod_events_gz, sport.live_heartbeat]
POD = [audio.listen_log, audio.livre_position, audio.opaque_state, audio.listen_log]
BANK = [
    bank.facetec_enrol,
    bank.liveness_blendshapes,
    bank.voice_enrol,
    bank.facetec_match,
    bank.voice_verify,
    bank.opaque_bio,
]
SANTE = [sante.speaker_check, sante.voice_sample_upload, sante.speaker_check]
BELL = [doorbell.familiar_face, doorbell.face_crop, doorbell.familiar_face, doorbell.face_opaque]
ROKU_V = [roku.acr_report, roku.channel_watch, roku.acr_fingerprint_pb, roku.acr_report]
ROKU_D = [roku.raf_ad_request, roku.device_checkin, roku.opaque_cookie]
ADS = [ads.admob_request, ads.applovin_mediate, ads.applovin_event]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Devices50.make, START)

    def nxt(self, schedule: list[Gen], key: str, prob: float = 1.0) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def flix_block(self) -> None:
        self.some(
            [
                (0.6, flix.catalogue),
                (0.8, flix.artwork),
                (0.7, flix.hls_segment),
                (0.2, flix.search),
                (0.05, flix.install_register),
            ]
        )
        self.nxt(FLIX, "flix", 0.9)

    def radio_block(self) -> None:
        self.some([(0.4, radio.live_radio), (0.4, radio.program_guide), (0.05, radio.register)])
        self.nxt(RADIO, "radio", 0.9)

    def sport_block(self) -> None:
        self.some(
            [
                (0.7, sport.scores),
                (0.4, sport.shot_chart),
                (0.1, sport.push_register),
                (0.15, sport.opaque_sync),
            ]
        )
        self.nxt(SPORT, "sport", 0.85)

    def pod_block(self) -> None:
        self.some(
            [
                (0.5, audio.download),
                (0.3, audio.chapters),
                (0.3, audio.charts),
                (0.1, audio.profile),
            ]
        )
        self.nxt(POD, "pod", 0.85)
        self.nxt(ADS, "ads", 0.5)

    def kids_block(self) -> None:
        self.some(
            [
                (0.6, kids.game_telemetry),
                (0.4, kids.thumbnails),
                (0.1, kids.parent_profile),
                (0.7, kids.episode_progress),
            ]
        )
        self.nxt(ADS, "ads", 0.4)

    def bank_block(self) -> None:
        self.some([(0.6, bank.accounts), (0.4, bank.price_series)])
        self.nxt(BANK, "bank", 0.9)

    def sante_block(self) -> None:
        self.some([(0.4, sante.book_visit), (0.2, sante.article), (0.1, sante.signup)])
        self.nxt(SANTE, "sante", 0.9)

    def bell_block(self) -> None:
        self.some(
            [(0.6, doorbell.motion_event), (0.5, doorbell.snapshot), (0.25, doorbell.device_status)]
        )
        self.nxt(BELL, "bell", 0.85)

    def roku_block(self) -> None:
        self.some([(0.3, roku.screensaver)])
        self.nxt(ROKU_V, "roku_v", 0.9)
        self.nxt(ROKU_D, "roku_d", 0.5)


def generate_session(seed: int, target: int) -> tuple[Devices50, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    c = s.ctx
    s.flows += [
        background.captive(c),
        flix.install_register(c),
        radio.register(c),
        sport.push_register(c),
        roku.device_checkin(c),
        sante.signup(c),
    ]
    blocks = [
        (0.13, s.flix_block),
        (0.11, s.radio_block),
        (0.1, s.sport_block),
        (0.1, s.pod_block),
        (0.09, s.kids_block),
        (0.13, s.bank_block),
        (0.1, s.sante_block),
        (0.12, s.bell_block),
        (0.12, s.roku_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
