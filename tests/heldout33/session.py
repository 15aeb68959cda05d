"""The script of the set-33 session: the tester uses nine apps in turn on a
Xiaomi 13T (two streaming apps, a music app, a bank, an eID app, a courier app,
a TV companion, a baby monitor, a game), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import dunako, ecranul, game, identitate, kanava, kuski, mozinet, soittorasia, vauva
from .phone import Phone33

START = 1730876400.0  # 2024-11-06T07:00:00Z

Gen = Callable[[Context], Flow]

SCHED: dict[str, list[Gen]] = {
    "hu_view": [
        mozinet.nezes_naplo,
        mozinet.youbora_start,
        mozinet.continue_watching,
        mozinet.youbora_ping,
        mozinet.nezes_naplo,
        mozinet.opaque_beacon,
    ],
    "ro_view": [
        ecranul.istoric,
        ecranul.ga4_video,
        ecranul.continua,
        ecranul.ga4_video,
        ecranul.opaque_stats,
        ecranul.istoric,
    ],
    "fi_view": [
        soittorasia.kuuntelu,
        soittorasia.plays_batch,
        soittorasia.recently_played,
        soittorasia.play_pb,
        soittorasia.kuuntelu,
    ],
    "bank_bio": [
        dunako.facetec_match,
        dunako.hangminta,
        dunako.facetec_enrol,
        dunako.voice_enrol,
        dunako.opaque_bio,
        dunako.hangminta,
    ],
    "bank_dev": [dunako.device_bind, dunako.firebase_installation],
    "eid_bio": [
        identitate.chip_dg2,
        identitate.dis_selfie,
        identitate.dis_liveness,
        identitate.repere,
        identitate.sablon,
        identitate.opaque_bio,
        identitate.dis_liveness,
    ],
    "food_bio": [kuski.selfie, kuski.azure_detect, kuski.match_result, kuski.azure_detect],
    "tv_view": [
        kanava.acr_matches,
        kanava.acr_fingerprints,
        kanava.watched_on_tv,
        kanava.acr_pb,
        kanava.acr_matches,
    ],
    "tv_dev": [kanava.status, kanava.pair, kanava.opaque_ping],
    "baby_bio": [
        vauva.face_event,
        vauva.face_crop,
        vauva.familiar_face,
        vauva.face_event,
        vauva.opaque_event,
    ],
    "baby_dev": [vauva.camera_list, vauva.register],
    "game_dev": [
        game.admob,
        game.unity_config,
        game.ironsource_log,
        game.applovin,
        game.admob,
        game.opaque_attrib,
    ],
}

EXTRA: dict[str, list[tuple[float, Gen]]] = {
    "hu": [
        (0.6, mozinet.katalogus),
        (0.7, mozinet.segment),
        (0.5, mozinet.segment),
        (0.3, mozinet.kereses),
        (0.05, mozinet.device_register),
    ],
    "ro": [
        (0.5, ecranul.ghid_tv),
        (0.5, ecranul.subtitrare),
        (0.3, ecranul.ga4_page),
        (0.2, ecranul.abonament),
        (0.05, ecranul.device_id),
    ],
    "fi": [
        (0.5, soittorasia.sanat),
        (0.6, soittorasia.kansikuva),
        (0.3, soittorasia.listat),
        (0.08, soittorasia.profile),
        (0.05, soittorasia.install),
    ],
    "bank": [
        (0.6, dunako.accounts),
        (0.4, dunako.rates),
        (0.2, dunako.settings),
        (0.15, dunako.id_selfie_doc),
    ],
    "eid": [
        (0.4, identitate.stare),
        (0.3, identitate.article),
        (0.3, identitate.programare),
        (0.15, identitate.dispozitiv),
    ],
    "food": [
        (0.8, kuski.gps),
        (0.5, kuski.offers),
        (0.4, kuski.delivery_photo),
        (0.2, kuski.earnings),
        (0.15, kuski.device),
    ],
    "tv": [(0.6, kanava.keypress), (0.4, kanava.keypress), (0.2, kanava.launcher)],
    "baby": [
        (0.5, vauva.climate),
        (0.4, vauva.cry),
        (0.5, vauva.snapshot),
        (0.3, vauva.face_covered),
    ],
    "game": [(0.6, game.telemetry), (0.3, game.leaderboard), (0.1, game.signup), (0.15, game.shop)],
}

# app -> (weight, [(probability, schedule key)])
BLOCKS: dict[str, tuple[float, list[tuple[float, str]]]] = {
    "hu": (0.12, [(0.9, "hu_view"), (0.4, "hu_view")]),
    "ro": (0.11, [(0.9, "ro_view"), (0.35, "ro_view")]),
    "fi": (0.11, [(0.9, "fi_view"), (0.3, "fi_view")]),
    "bank": (0.11, [(0.75, "bank_bio"), (0.35, "bank_dev")]),
    "eid": (0.1, [(0.85, "eid_bio"), (0.3, "eid_bio")]),
    "food": (0.1, [(0.8, "food_bio")]),
    "tv": (0.11, [(0.85, "tv_view"), (0.35, "tv_dev")]),
    "baby": (0.11, [(0.8, "baby_bio"), (0.35, "baby_dev")]),
    "game": (0.13, [(0.9, "game_dev"), (0.5, "game_dev")]),
}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone33.make, START)

    def startup(self) -> None:
        c = self.ctx
        for fn in (
            bg.generate_204,
            mozinet.device_register,
            ecranul.device_id,
            soittorasia.install,
            dunako.firebase_installation,
            dunako.device_bind,
            identitate.dispozitiv,
            kuski.device,
            kanava.pair,
            vauva.register,
            game.unity_config,
            bg.time_sync,
        ):
            self.flows.append(fn(c))

    def block(self, app: str) -> Callable[[], None]:
        def run() -> None:
            self.some(EXTRA[app])
            for prob, key in BLOCKS[app][1]:
                if self.p(prob):
                    self.flows.append(self.pick(SCHED[key], key)(self.ctx))

        return run


def generate_session(seed: int, target: int) -> tuple[Phone33, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(w, s.block(app)) for app, (w, _) in BLOCKS.items()]
    return s.finish(blocks, bg.BENIGN, target, 0.4)
