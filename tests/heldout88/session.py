"""The script of the set-88 session: a Dubai real-estate agent's working day on
a Galaxy S23. Most of it is ordinary agent work whose traffic looks sensitive
but is not (listing analytics, tours, lockboxes, sellers' devices, open houses,
tenancy OCR, CRM calls, a recitation directory, games); a few flows of her own
streaming, listening, bank face / voice checks and ad / wearable ids are truly
sensitive. Sensitive events rotate through a schedule per app so that every
family shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import audio, background, bank, game, portal, showhome, stream, tenancy, tours, wear
from .phone import Phone88

START = 1730793600.0 + 4 * 3600  # 2024-11-05T12:00:00Z (16:00 in Dubai)

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

STREAM_VIEW: list[Gen] = [
    stream.heartbeat,
    stream.ga4_video,
    stream.resume_points,
    stream.heartbeat,
    stream.continue_watching,
    stream.opaque_beacon,
]
AUDIO_VIEW: list[Gen] = [audio.episode_actions, audio.quran_resume]
BANK_BIO: list[Gen] = [
    bank.compare_faces,
    bank.liveness_result,
    bank.voice_verify,
    bank.liveness_opaque,
    bank.compare_faces,
    bank.voice_enrol,
    bank.voice_verify,
    bank.liveness_result,
]
BANK_DEV: list[Gen] = [bank.bind_device, bank.risk_blob]
WEAR_DEV: list[Gen] = [
    wear.firmware_check,
    wear.buds_status,
    wear.watch_register,
    wear.watch_opaque,
]
GAME_DEV: list[Gen] = [game.admob, game.game_session, game.admob]

PORTAL: Table = [
    (0.6, portal.listing_stats),
    (0.4, portal.most_viewed),
    (0.5, portal.video_performance),
    (0.2, portal.video_upload_meta),
    (0.5, portal.leads),
    (0.5, portal.listing_search),
    (0.04, portal.af_inapp),
    (0.04, portal.appsflyer_launch),
]
TOURS: Table = [
    (0.6, tours.tour_stats),
    (0.4, tours.tour_sweeps),
    (0.4, tours.tour_viewer_event),
    (0.3, tours.drone_upload),
    (0.5, tours.lockbox_list),
    (0.4, tours.lockbox_unlock),
]
SHOW: Table = [
    (0.5, showhome.smart_features),
    (0.3, showhome.thermostat_live),
    (0.6, showhome.visitor_signin),
    (0.3, showhome.visitor_photo_badge),
    (0.4, showhome.kiosk_heartbeat),
    (0.3, showhome.kiosk_footfall),
    (0.4, showhome.brochure),
    (0.3, showhome.feedback_form),
]
TENANCY: Table = [
    (0.5, tenancy.id_ocr),
    (0.5, tenancy.contract_draft),
    (0.3, tenancy.contract_pdf),
    (0.5, tenancy.call_recording),
    (0.4, tenancy.call_transcript),
    (0.4, tenancy.crm_contacts),
]
STREAM: Table = [
    (0.6, stream.catalogue),
    (0.7, stream.thumb),
    (0.8, stream.hls_segment),
    (0.5, stream.hls_segment),
    (0.3, stream.drm_licence),
]
AUDIO: Table = [
    (0.6, audio.catalogue),
    (0.6, audio.audio_fetch),
    (0.3, audio.prayer_times),
    (0.3, audio.podcast_search),
    (0.4, audio.episode_list),
    (0.4, audio.listen_stats_public),
]
BANK: Table = [(0.6, bank.fx_rates), (0.3, bank.card_designs), (0.5, bank.transfer)]
WEAR: Table = [(0.7, wear.steps), (0.3, wear.watchfaces)]
GAME: Table = [
    (0.6, game.camera_telemetry),
    (0.3, game.avatar),
    (0.4, game.leaderboard),
    (0.2, game.purchase),
    (0.5, game.word_puzzle),
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone88.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            portal.appsflyer_launch(c),
            bank.bind_device(c),
            wear.watch_register(c),
            background.time_sync(c),
            background.flags(c),
        ]

    def block(self, table: Table, schedules: tuple[tuple[float, list[Gen], str], ...] = ()) -> None:
        self.some(table)
        for prob, schedule, key in schedules:
            if self.p(prob):
                self.next(schedule, key)


def generate_session(seed: int, target: int) -> tuple[Phone88, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.20, lambda: s.block(PORTAL)),
        (0.14, lambda: s.block(TOURS)),
        (0.14, lambda: s.block(SHOW)),
        (0.12, lambda: s.block(TENANCY)),
        (0.10, lambda: s.block(STREAM, ((0.75, STREAM_VIEW, "stream_view"),))),
        (0.08, lambda: s.block(AUDIO, ((0.6, AUDIO_VIEW, "audio_view"),))),
        (0.12, lambda: s.block(BANK, ((1.0, BANK_BIO, "bank_bio"), (0.2, BANK_DEV, "bank_dev")))),
        (0.05, lambda: s.block(WEAR, ((0.6, WEAR_DEV, "wear_dev"),))),
        (0.08, lambda: s.block(GAME, ((0.45, GAME_DEV, "game_dev"),))),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
