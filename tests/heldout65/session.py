"""The script of the set-65 session: the tester in Johannesburg / Lagos uses
eight apps and the TV in turn, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so every family shows."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import bank, football, music, radio, ride, streaming, telco, tv, wallet
from .phone import Phone65

START = 1732867200.0  # 2024-11-29T08:00:00Z
Gen = Callable[[Context], Flow]

SCHED: dict[str, list[Gen]] = {
    "stream_view": [
        streaming.hartklop,
        streaming.continue_watching,
        streaming.hartklop,
        streaming.umlando,
        streaming.watched_response,
    ],
    "stream_dev": [streaming.playback_session, streaming.toestel_register],
    "kick_view": [
        football.live_heartbeat,
        football.clip_complete,
        football.live_heartbeat,
        football.pidgin_log,
    ],
    "kick_dev": [football.adjust, football.device_hello],
    "vibe_view": [music.play_log, music.podcast_progress, music.play_log, music.orin_sync],
    "vibe_dev": [music.unity, music.pangle, music.admob, music.register],
    "grace_view": [radio.sermon_progress, radio.ga4_audio, radio.listen_session],
    "tv_view": [tv.acr_match, tv.acr_match, tv.acr_fingerprints],
    "tv_dev": [tv.ad_request, tv.register, tv.firmware, tv.opaque_ping],
    "bank_bio": [bank.smile_selfie, bank.liveness_result, bank.smile_selfie, bank.face_opaque],
    "bank_dev": [bank.bind_device, bank.session_hdr],
    "wallet_bio": [
        wallet.youverify,
        wallet.dojah,
        wallet.embedding,
        wallet.youverify,
        wallet.embedding_opaque,
    ],
    "wallet_dev": [wallet.appsflyer, wallet.device_check],
    "telco_bio": [telco.voice_verify, telco.voice_enrol, telco.voice_verify, telco.voice_opaque],
    "telco_dev": [telco.device_check, telco.imei_query],
    "ride_bio": [ride.selfie_check, ride.face_match],
}
EXTRA: dict[str, list[tuple[float, Gen]]] = {
    "stream": [
        (0.6, streaming.catalogue),
        (0.7, streaming.artwork),
        (0.7, streaming.segment),
        (0.3, streaming.search),
    ],
    "kick": [(0.6, football.scores), (0.3, football.odds), (0.3, football.player_stats)],
    "vibe": [(0.5, music.playlist), (0.6, music.audio), (0.3, music.lyrics)],
    "grace": [
        (0.5, radio.stream),
        (0.4, radio.devotional),
        (0.15, radio.prayer),
        (0.15, radio.giving),
        (0.1, radio.ga4_donate),
        (0.05, radio.install),
    ],
    "tv": [(0.5, tv.epg), (0.3, tv.appstore)],
    "bank": [(0.5, bank.transactions), (0.4, bank.fx_rates), (0.15, bank.signup_form)],
    "wallet": [(0.5, wallet.transfer), (0.3, wallet.airtime)],
    "telco": [(0.5, telco.balance), (0.4, telco.bundles), (0.4, telco.voice_command)],
    "ride": [(0.6, ride.route), (0.4, ride.fare), (0.4, ride.rider_photo), (0.3, ride.go_online)],
}
# app -> (its schedules, each with the probability of one event per visit)
APPS: dict[str, list[tuple[str, float]]] = {
    "stream": [("stream_view", 0.95), ("stream_view", 0.5), ("stream_dev", 0.4)],
    "kick": [("kick_view", 0.95), ("kick_view", 0.4), ("kick_dev", 0.5)],
    "vibe": [("vibe_view", 0.9), ("vibe_dev", 0.7)],
    "grace": [("grace_view", 0.9)],
    "tv": [("tv_view", 0.9), ("tv_dev", 0.5)],
    "bank": [("bank_bio", 0.85), ("bank_dev", 0.5)],
    "wallet": [("wallet_bio", 0.85), ("wallet_dev", 0.6)],
    "telco": [("telco_bio", 0.85), ("telco_dev", 0.5)],
    "ride": [("ride_bio", 0.9), ("ride_bio", 0.4)],
}
WEIGHTS = {"stream": 0.13, "kick": 0.11, "vibe": 0.12, "grace": 0.09, "tv": 0.11,
           "bank": 0.11, "wallet": 0.12, "telco": 0.11, "ride": 0.10}  # fmt: skip


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone65.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.generate_204(c),
            streaming.toestel_register(c),
            football.device_hello(c),
            music.register(c),
            radio.install(c),
            tv.register(c),
            bank.bind_device(c),
            wallet.device_check(c),
            telco.device_check(c),
            ride.go_online(c),
        ]

    def block(self, app: str) -> Callable[[], None]:
        def run() -> None:
            self.some(EXTRA[app])
            for key, prob in APPS[app]:
                if self.p(prob):
                    self.flows.append(self.pick(SCHED[key], key)(self.ctx))

        return run


def generate_session(seed: int, target: int) -> tuple[Phone65, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(WEIGHTS[a], s.block(a)) for a in APPS]
    return s.finish(blocks, bg.BENIGN, target, 0.35)
