"""The script of the set-86 session: a radio host's working day on a Galaxy S24.
Most of it is the station's own tools (playout log, royalty reports, listener
statistics, studio equipment, voice-tracking, transcription, phone-in, the
podcast dashboard) and games, all hard decoys; a few of her own apps carry the
truly sensitive flows (streaming watch log, podcast listening, bank face and
voice checks, ad SDKs, her earbuds and watch). Sensitive events rotate through a
schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    creator,
    game,
    playout,
    podcasts,
    royalty,
    stats,
    streaming,
    studio,
    voicework,
    wearable,
)
from .phone import Phone86

START = 1731913200.0  # 2024-11-18T07:00:00Z

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    streaming.heartbeat,
    streaming.resume_point,
    streaming.watch_log,
    streaming.continue_watching,
    streaming.heartbeat,
    streaming.opaque_beacon,
]
STREAM_DEV: list[Gen] = [
    streaming.appsflyer_launch,
    streaming.device_register,
    streaming.firebase_install,
]
POD_VIEW: list[Gen] = [
    podcasts.pc_update_episode,
    podcasts.gpodder_actions,
    podcasts.pc_update_episode,
]
BANK_BIO: list[Gen] = [
    bank.facetec_liveness,
    bank.voice_verify,
    bank.selfie_match,
    bank.voice_enrol,
    bank.facetec_liveness,
    bank.bio_envelope,
    bank.voice_verify,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.device_fp_opaque]
WEAR_DEV: list[Gen] = [wearable.register, wearable.buds_status, wearable.fota_check]
GAME_DEV: list[Gen] = [game.unity_config, game.admob_gma, game.unity_auction, game.admob_gma]


Table = list[tuple[float, Gen]]
# name -> (ordinary flows with their odds, [(odds, schedule)] of labelled ones)
BLOCKS: dict[str, tuple[Table, list[tuple[float, list[Gen]]]]] = {
    "playout": (
        [(0.8, playout.aired_log), (0.7, playout.now_playing), (0.5, playout.now_playing),
         (0.4, playout.asrun_reconcile), (0.3, playout.rds_push), (0.3, playout.hour_clock)],
        [],
    ),
    "royalty": (
        [(0.6, royalty.siae_report), (0.35, royalty.malta_report), (0.4, royalty.cue_sheet),
         (0.7, royalty.catalogue), (0.3, royalty.schedule_generate)],
        [],
    ),
    "stats": (
        [(0.7, stats.icecast_status), (0.7, stats.live_listeners), (0.5, stats.most_played),
         (0.25, stats.ter_ratings), (0.2, stats.show_report)],
        [],
    ),
    "studio": (
        [(0.7, studio.desk_heartbeat), (0.5, studio.codec_status), (0.3, studio.mic_inventory),
         (0.4, studio.onair_light), (0.5, studio.meters), (0.3, studio.ptz_preset)],
        [],
    ),
    "voice": (
        [(0.6, voicework.voicetrack_upload), (0.6, voicework.waveform), (0.4, voicework.vt_edit),
         (0.3, voicework.aai_upload), (0.3, voicework.aai_transcript),
         (0.3, voicework.aai_result), (0.5, voicework.phonein_queue),
         (0.25, voicework.phonein_clip)],
        [],
    ),
    "creator": (
        [(0.25, creator.episode_upload), (0.6, creator.show_statistics),
         (0.5, creator.plays_by_day), (0.3, creator.geographics), (0.4, creator.retention),
         (0.15, creator.headshot_upload)],
        [],
    ),
    "stream": (
        [(0.7, streaming.catalogue), (0.7, streaming.thumbnail), (0.5, streaming.thumbnail),
         (0.5, streaming.trailer_segment), (0.3, streaming.search), (0.2, background.flags)],
        [(0.75, STREAM_VIEW), (0.2, STREAM_DEV)],
    ),
    "pod": (
        [(0.6, podcasts.feed_fetch), (0.6, podcasts.episode_download),
         (0.3, podcasts.pc_up_next), (0.2, podcasts.itunes_search)],
        [(0.7, POD_VIEW)],
    ),
    "bank": (
        [(0.8, bank.movements), (0.3, bank.transfer), (0.15, bank.kyc_form),
         (0.15, bank.document_ocr)],
        [(0.9, BANK_BIO), (0.25, BANK_DEV)],
    ),
    "wear": (
        [(0.5, wearable.buds_settings), (0.7, wearable.health_sync), (0.3, wearable.watchface)],
        [(0.5, WEAR_DEV)],
    ),
    "game": (
        [(0.7, game.camera_telemetry), (0.4, game.camera_telemetry), (0.3, game.avatar_edit),
         (0.5, game.leaderboard), (0.7, game.scopa_move), (0.1, game.purchase)],
        [(0.4, GAME_DEV)],
    ),
}  # fmt: skip
WEIGHTS = {"playout": 0.14, "royalty": 0.10, "stats": 0.10, "studio": 0.10, "voice": 0.12,
           "creator": 0.07, "stream": 0.08, "pod": 0.05, "bank": 0.10, "wear": 0.06,
           "game": 0.07}  # fmt: skip


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone86.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            streaming.firebase_install(c),
            streaming.appsflyer_launch(c),
            wearable.register(c),
            bank.device_bind(c),
            playout.now_playing(c),
            stats.icecast_status(c),
            background.weather(c),
        ]

    def block(self, name: str) -> None:
        """One visit to an app: its ordinary flows, then its labelled schedules."""
        ordinary, labelled = BLOCKS[name]
        self.some(ordinary)
        for i, (prob, schedule) in enumerate(labelled):
            if self.p(prob):
                self.flows.append(self.pick(schedule, f"{name}{i}")(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Phone86, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(w, lambda n=name: s.block(n)) for name, w in WEIGHTS.items()]
    return s.finish(blocks, background.BENIGN, target, 0.35)
