"""The script of the set-190 session: the household's apps in turn (drama streaming,
sports, music, podcasts, Quran audio, e-wallet eKYC, bank face login, ride and
driver app, the decoder, the TV's ACR, the watch), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    decoder,
    dompet,
    lagu,
    ride,
    siar,
    sukan,
    tahfiz,
    tontonkita,
    tvacr,
    watch,
)
from .phone import Household190

START = 1764576000.0  # 2025-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

APPS: dict[str, tuple[list[Gen], list[tuple[float, Gen]]]] = {
    "tonton": (
        [tontonkita.tonton_heartbeat, tontonkita.guankan_jilu_sync, tontonkita.sambung_tonton,
         tontonkita.batch_log_opaque, tontonkita.tonton_heartbeat, tontonkita.device_register],
        [(0.7, tontonkita.home_rails), (0.6, tontonkita.manifest), (0.4, tontonkita.search)],
    ),
    "sukan": (
        [sukan.live_heartbeat, sukan.replay_tracker_cantonese, sukan.firebase_event,
         sukan.numbered_beacon, sukan.live_heartbeat, sukan.device_bind],
        [(0.7, sukan.live_scores), (0.5, sukan.fixtures)],
    ),
    "lagu": (
        [lagu.scrobble, lagu.hms_analytics, lagu.recently_played, lagu.offline_flush_pb,
         lagu.scrobble, lagu.device_profile],
        [(0.6, lagu.chart), (0.5, lagu.lyrics), (0.7, lagu.cover), (0.6, lagu.play_url)],
    ),
    "siar": (
        [siar.listen_log, siar.listen_log, siar.sealed_sync],
        [(0.5, siar.transcript), (0.6, siar.show_page), (0.6, siar.download)],
    ),
    "tahfiz": (
        [tahfiz.tilawah_log, tahfiz.istima_arabic, tahfiz.tilawah_log, tahfiz.streak_opaque],
        [(0.6, tahfiz.mushaf_reading), (0.4, tahfiz.tajwid_check), (0.6, tahfiz.surah_audio)],
    ),
    "dompet": (
        [dompet.selfie_upload, dompet.device_risk, dompet.liveness_burst, dompet.match_result,
         dompet.hashed_ping, dompet.sealed_reverify],
        [(0.4, dompet.mykad_ocr), (0.7, dompet.qr_pay), (0.4, dompet.topup)],
    ),
    "bank": (
        [bank.face_login, bank.device_binding, bank.face_enrol, bank.face_login,
         bank.legacy_login_opaque],
        [(0.6, bank.fx_rates), (0.6, bank.transactions), (0.4, bank.transfer)],
    ),
    "ride": (
        [ride.appsflyer_launch, ride.driver_selfie, ride.car_link, ride.car_heartbeat_hashed,
         ride.appsflyer_launch],
        [(0.8, ride.location_ping), (0.6, ride.location_ping), (0.5, ride.fare_quote),
         (0.4, ride.food_order), (0.5, ride.restaurant_feed)],
    ),
    "decoder": (
        [decoder.tuning_log, decoder.recently_watched, decoder.pair_box, decoder.tuning_log,
         decoder.tuning_hex_opaque, decoder.box_status_hashed],
        [(0.6, decoder.epg), (0.4, decoder.ratings), (0.3, decoder.packages)],
    ),
    "tv": (
        [tvacr.acr_report, tvacr.tv_heartbeat, tvacr.acr_report, tvacr.acr_msgpack_opaque],
        [(0.4, tvacr.app_store)],
    ),
    "watch": (
        [watch.pair, watch.firmware_check, watch.pair],
        [(0.7, watch.health_sync), (0.5, watch.now_playing)],
    ),
}  # fmt: skip
WEIGHTS = {"tonton": 0.13, "sukan": 0.1, "lagu": 0.1, "siar": 0.07, "tahfiz": 0.08}
WEIGHTS |= {"dompet": 0.1, "bank": 0.1, "ride": 0.1, "decoder": 0.09, "tv": 0.07, "watch": 0.06}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household190.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tontonkita.device_register(c),
            lagu.hms_analytics(c),
            dompet.device_risk(c),
            sukan.device_bind(c),
            ride.appsflyer_launch(c),
            decoder.pair_box(c),
            watch.pair(c),
            background.prayer_times(c),
        ]

    def block(self, app: str) -> Callable[[], None]:
        schedule, ordinary = APPS[app]

        def run() -> None:
            self.some(ordinary)
            for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
                self.flows.append(self.pick(schedule, app)(self.ctx))

        return run


def generate_session(seed: int, target: int) -> tuple[Household190, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(WEIGHTS[app], s.block(app)) for app in APPS]
    return s.finish(blocks, background.BENIGN, target, 0.45)
