"""The per-app schedules of sensitive events in set 89: each block takes the next
item of its app's rotating list, so even a small set covers every family (opaque
ones too) in a fixed proportion."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import banca, cuori, curva, infinito, onda, radio, rete, telco, tv

Gen = Callable[[Context], Flow]

RETE_VIEW: list[Gen] = [
    rete.visione,
    rete.riprendi_put,
    rete.comscore,
    rete.gia_visti,
    rete.nielsen,
    rete.riprendi_list,
    rete.ga4,
    rete.visione,
    rete.census,
    rete.opaque_stats,
    rete.ga4,
]
INFI_VIEW: list[Gen] = [
    infinito.heartbeat,
    infinito.ripresa,
    infinito.heartbeat,
    infinito.continua,
    infinito.pb_heartbeat,
]
INFI_DEV: list[Gen] = [infinito.ima, infinito.appsflyer, infinito.ima]
CURVA_VIEW: list[Gen] = [curva.live_hb, curva.live_hb, curva.motogp_summary]
CURVA_DEV: list[Gen] = [
    curva.device_reg,
    curva.onesignal,
    curva.concurrency,
    curva.onesignal_session,
]
ONDA_VIEW: list[Gen] = [onda.ascolti, onda.podcast_progress, onda.adjust_event, onda.recenti]
RADIO_VIEW: list[Gen] = [
    radio.sessione,
    radio.ondemand_pos,
    radio.sessione,
    radio.census,
    radio.pacchetto,
]
BANCA_BIO: list[Gen] = [
    banca.facetec,
    banca.iproov_image,
    banca.analisi_volto,
    banca.onfido_live,
    lambda c: banca.facetec(c, "liveness-3d"),
    banca.risk_blob,
    lambda c: banca.onfido_live(c, video=True),
]
TELCO_BIO: list[Gen] = [
    telco.verify,
    telco.embedding,
    telco.enrol,
    telco.verify,
    telco.opaque_audio,
]
CUORI_BIO: list[Gen] = [
    cuori.contours,
    cuori.rekognition,
    cuori.gesture,
    cuori.template,
    cuori.liveness_blob,
]
TV_VIEW: list[Gen] = [
    tv.acr_report,
    tv.nielsen,
    tv.watch_history,
    tv.acr_fingerprints,
    tv.acr_report,
]
TV_DEV: list[Gen] = [tv.register, tv.ima]
