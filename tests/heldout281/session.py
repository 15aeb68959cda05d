"""The script of the set-281 session: a precision stress set. Leota's
remittance and fale-rental apps in Apia, Mele's church, gym and radio apps in
Auckland (with the church's hall screens, the club's kiosks and a school loan
laptop on the same networks), Sione's streaming app in Nukuʻalofa. About nine
tenths of it is ordinary look-alike traffic using the same words (matamata /
vakai = watch / look, foliga / mata = face / look / screen); a few dozen flows
per 1,500 are sensitive, from a rotating schedule per app.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import aoga, background, ekalesia, fale, lakapi, letio, tupe, vakai
from .phone import Aiga281

START = 1717200000.0  # 2024-06-01T00:00:00Z (Saturday noon in Apia / Nukuʻalofa)

Gen = Callable[[Context], Flow]

TUPE_BIO: list[Gen] = [tupe.selfie_kyc, tupe.kyc_result, tupe.liveness_frames, tupe.selfie_kyc]
TUPE_DEV: list[Gen] = [tupe.adjust_event, tupe.device_bind, tupe.device_sig, tupe.adjust_session]
VAKAI_VIEW: list[Gen] = [vakai.fakalakalaka, vakai.braze_watch, vakai.beacon, vakai.hoko_atu]
VAKAI_DEV: list[Gen] = [vakai.braze_session]
EK_VIEW: list[Gen] = [
    ekalesia.matamata_taimi,
    ekalesia.talafaasolopito,
    ekalesia.matamata_ping,
    ekalesia.matamata_taimi,
]
EK_DEV: list[Gen] = [ekalesia.remote_config, ekalesia.register]
FALE_DEV: list[Gen] = [fale.branch_open]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Aiga281.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tupe.adjust_session(c),
            ekalesia.firebase_installation(c),
            fale.branch_install(c),
            background.weather(c),
            vakai.fakalakalaka(c),
            tupe.selfie_kyc(c),
            lakapi.kiosk_heartbeat(c),
            ekalesia.screen_health(c),
            aoga.checkin(c),
            letio.now_playing(c),
            background.news(c),
        ]

    def tupe_block(self) -> None:
        self.some(
            [
                (0.7, tupe.fesuiaiga),
                (0.4, tupe.auina_tupe),
                (0.3, tupe.tagata_mauaina),
                (0.12, tupe.id_card_back),
                (0.15, tupe.foliga_setting),
                (0.1, tupe.avatar),
            ]
        )
        if self.p(0.1):
            self.next(TUPE_BIO, "tupe_bio")
        if self.p(0.06):
            self.next(TUPE_DEV, "tupe_dev")

    def vakai_block(self) -> None:
        self.some(
            [
                (0.6, vakai.kataloko),
                (0.7, vakai.mata_image),
                (0.7, vakai.hls),
                (0.5, vakai.hls),
                (0.25, vakai.kumi),
                (0.2, vakai.vakai_lahi_taha),
                (0.15, vakai.fokotuu),
                (0.4, vakai.peesi),
                (0.2, vakai.trailer_token),
            ]
        )
        if self.p(0.13):
            self.next(VAKAI_VIEW, "vakai_view")
        if self.p(0.03):
            self.next(VAKAI_DEV, "vakai_dev")

    def ekalesia_block(self) -> None:
        self.some(
            [
                (0.5, ekalesia.lauga_list),
                (0.4, ekalesia.livestream_info),
                (0.7, ekalesia.live_segment),
                (0.4, ekalesia.live_segment),
                (0.3, ekalesia.pese),
                (0.15, ekalesia.taulaga),
                (0.5, ekalesia.screen_health),
                (0.3, ekalesia.screen_playlist),
            ]
        )
        if self.p(0.11):
            self.next(EK_VIEW, "ek_view")
        if self.p(0.03):
            self.next(EK_DEV, "ek_dev")

    def fale_block(self) -> None:
        self.some(
            [
                (0.6, fale.saili),
                (0.5, fale.matamata_fale),
                (0.7, fale.potu_photo),
                (0.4, fale.potu_photo),
                (0.15, fale.host_upload),
                (0.15, fale.tusi_nofo),
                (0.1, fale.branch_link),
            ]
        )
        if self.p(0.04):
            self.next(FALE_DEV, "fale_dev")

    def lakapi_block(self) -> None:
        self.some(
            [
                (0.5, lakapi.vasega),
                (0.3, lakapi.book),
                (0.4, lakapi.qr_pass),
                (0.1, lakapi.profile),
                (0.08, lakapi.profile_photo),
                (0.6, lakapi.kiosk_heartbeat),
                (0.5, lakapi.kiosk_checkin),
            ]
        )
        if self.p(0.02):
            self.flows.append(lakapi.push_register(self.ctx))

    def aoga_block(self) -> None:
        self.some([(0.8, aoga.checkin), (0.4, aoga.policy), (0.3, aoga.updates)])

    def letio_block(self) -> None:
        self.some(
            [
                (0.6, letio.now_playing),
                (0.8, letio.stream_chunk),
                (0.5, letio.stream_chunk),
                (0.35, letio.kole_hiva),
                (0.25, letio.kole_lisi),
                (0.2, letio.ping_token),
            ]
        )
        if self.p(0.02):
            self.flows.append(letio.register(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Aiga281, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.tupe_block),
        (0.18, s.vakai_block),
        (0.16, s.ekalesia_block),
        (0.14, s.fale_block),
        (0.13, s.lakapi_block),
        (0.08, s.aoga_block),
        (0.14, s.letio_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
