"""The script of the set-170 session: a match week of a football club's video
analyst in Porto. Most blocks are her work (tactical analysis, GPS vests and
heart-rate belts, the broadcast ingest, the stadium's screens and PA, scouting),
all of it look-alike traffic about footage, positions, playout and players'
photos; a few blocks are her own phone's personal apps (music, streaming, bank)
where the few sensitive flows of this precision stress set sit. Sensitive events
rotate through a schedule per app so even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banco, ecra, estadio, musica, observacao, rastreio, tatica, transmissao
from .phone import Phone170

START = 1793865600.0  # 2026-11-05T08:00:00Z

Gen = Callable[[Context], Flow]

MUSIC_SENSITIVE: list[Gen] = [
    musica.play_report,
    musica.appsflyer_launch,
    musica.recently_played,
    musica.play_report,
    musica.earbuds_pair,
    musica.offline_sync,
    musica.play_report,
]
SCREEN_SENSITIVE: list[Gen] = [
    ecra.heartbeat,
    ecra.continue_watching,
    lambda c: ecra.heartbeat(c, "pausa"),
    ecra.register,
    ecra.progress_pixel,
    ecra.heartbeat,
    ecra.firebase_batch,
]
BANK_SENSITIVE: list[Gen] = [
    banco.liveness_template,
    banco.adjust_session,
    banco.onfido_live_photo,
    banco.bind_device,
    banco.encrypted_selfie,
    banco.liveness_template,
    banco.risk_ping,
]
AUTOTAG: list[Gen] = [
    observacao.autotag_faces,
    observacao.autotag_faces,
    observacao.autotag_faces_b64,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone170.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tatica.register_phone(c),
            tatica.register_tablet(c),
            background.ipma_forecast(c),
            musica.appsflyer_launch(c),
            musica.recently_played(c),
            ecra.register(c),
            banco.adjust_session(c),
            banco.bind_device(c),
            banco.onfido_live_photo(c),
            background.match_calendar(c),
        ]

    def analysis_block(self) -> None:
        self.some(
            [
                (0.7, tatica.timeline_save),
                (0.7, tatica.tag_clip),
                (0.5, tatica.tag_clip),
                (0.4, tatica.playlist),
                (0.8, tatica.footage_segment),
                (0.6, tatica.footage_segment),
                (0.3, tatica.coach_replays),
                (0.2, tatica.render_export),
                (0.03, tatica.register_tablet),
            ]
        )

    def tracking_block(self) -> None:
        self.some(
            [
                (0.8, rastreio.positions),
                (0.5, rastreio.positions),
                (0.6, rastreio.heart_rate),
                (0.4, rastreio.skeleton),
                (0.3, rastreio.load_report),
                (0.2, rastreio.vest_dock),
                (0.3, rastreio.heatmap),
            ]
        )

    def broadcast_block(self) -> None:
        self.some(
            [
                (0.7, transmissao.encoder_stats),
                (0.4, transmissao.ptz_preset),
                (0.4, transmissao.scte_marker),
                (0.6, transmissao.clean_feed_manifest),
                (0.2, transmissao.audience_figures),
            ]
        )

    def stadium_block(self) -> None:
        self.some(
            [
                (0.8, estadio.proof_of_play),
                (0.4, estadio.pop_compact),
                (0.4, estadio.pa_cue),
                (0.3, estadio.board_health),
            ]
        )

    def scouting_block(self) -> None:
        self.some(
            [
                (0.7, observacao.wyscout_player),
                (0.4, observacao.wyscout_search),
                (0.4, observacao.scout_report),
                (0.3, observacao.scout_photo),
                (0.4, observacao.jersey_ocr),
            ]
        )
        if self.p(0.22):
            self.next(AUTOTAG, "autotag")

    def music_block(self) -> None:
        self.some(
            [
                (0.7, musica.audio_chunk),
                (0.6, musica.cover_art),
                (0.4, musica.charts),
                (0.3, musica.search),
                (0.3, musica.lyrics),
                (0.2, musica.playlist_edit),
            ]
        )
        if self.p(0.5):
            self.next(MUSIC_SENSITIVE, "music")

    def screen_block(self) -> None:
        self.some(
            [
                (0.6, ecra.catalogue),
                (0.4, ecra.top10),
                (0.5, ecra.manifest),
                (0.7, ecra.trailer_thumb),
            ]
        )
        if self.p(0.5):
            self.next(SCREEN_SENSITIVE, "screen")

    def bank_block(self) -> None:
        self.some(
            [
                (0.8, banco.balances),
                (0.4, banco.transfer),
                (0.2, banco.avatar),
                (0.3, banco.onfido_check),
            ]
        )
        if self.p(0.45):
            self.next(BANK_SENSITIVE, "bank")


def generate_session(seed: int, target: int) -> tuple[Phone170, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.analysis_block),
        (0.16, s.tracking_block),
        (0.12, s.broadcast_block),
        (0.11, s.stadium_block),
        (0.13, s.scouting_block),
        (0.10, s.music_block),
        (0.09, s.screen_block),
        (0.07, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
