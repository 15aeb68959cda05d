"""Their blood-glucose meter and hearing aids (fictional apps "GlicoDiario" and
"AudioVita", in-house APIs): device serials and BLE addresses of things they own.

Look-alikes: glucose readings, meal tags, HbA1c estimates; audiograms
(thresholds per frequency), hearing programs such as "speech in noise", an
"own voice" processing toggle, volume and battery levels: health data, not the
three categories.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

GLICO = "https://sync.glicodiario.com/api/v2"
AUDIO = "https://cloud.audiovita.eu/hearing/v1"


def _g(c: Context, method: str, path: str) -> FB:
    b = FB(c, "glicodiario", method, GLICO + path)
    b.header("user-agent", ua("GlicoDiario", "2.4.0"))
    return b


def _a(c: Context, method: str, path: str) -> FB:
    b = FB(c, "audiovita", method, AUDIO + path)
    b.header("user-agent", ua("AudioVita", "1.18.0"))
    b.header("x-request-id", rid(c.rng))
    return b


def letture(c: Context) -> Flow:
    b = _g(c, "POST", "/letture")
    b.json(
        {
            "letture": [
                {
                    "mgdl": c.rng.randint(80, 190),
                    "ts": ms(c) - i * 3600000,
                    "pasto": c.rng.choice(["digiuno", "dopo_pranzo", "cena"]),
                }
                for i in range(6)
            ],
            "unita": "mg/dL",
        }
    )
    b.ok_json({"salvate": 6})
    b.decoy("glucose readings with meal tags and timestamps (health data, no device id)")
    return b.build()


def hba1c(c: Context) -> Flow:
    b = _g(c, "GET", "/statistiche?giorni=90")
    b.ok_json(
        {
            "media": c.rng.randint(110, 150),
            "hba1cStimata": rf(c.rng, 5.6, 7.2, 1),
            "tempoInRange": rf(c.rng, 0.5, 0.9, 2),
        }
    )
    b.decoy("glucose statistics: average, estimated HbA1c, time in range")
    return b.build()


def meter_sync(c: Context) -> Flow:
    b = _g(c, "POST", "/misuratori/sync")
    b.header("x-android-id", b.id("aid_health", where="header x-android-id"))
    b.json(
        {
            "meterSerial": b.id("meter_serial", where="body meterSerial"),
            "modello": "Contour Next One",
            "firmware": "1.07",
            "ultimaLettura": iso(c),
            "nuoveLetture": c.rng.randint(1, 8),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def audiogramma(c: Context) -> Flow:
    b = _a(c, "PUT", "/profilo/audiogramma")
    freqs = [250, 500, 1000, 2000, 4000, 8000]
    b.json(
        {
            "sinistro": {str(f): c.rng.randint(20, 70) for f in freqs},
            "destro": {str(f): c.rng.randint(20, 70) for f in freqs},
            "data": iso(c),
        }
    )
    b.no_content()
    b.decoy("audiogram: hearing thresholds in dB per frequency and ear (not a voiceprint)")
    return b.build()


def programma(c: Context) -> Flow:
    b = _a(c, "POST", "/eventi")
    b.json(
        {
            "evento": "cambio_programma",
            "programma": c.rng.choice(
                ["Parlato nel rumore", "Musica", "Televisione", "Voce propria"]
            ),
            "volume": c.rng.randint(-4, 4),
            "elaborazioneVocePropria": c.rng.random() < 0.5,
            "batteria": {"sx": c.rng.randint(20, 100), "dx": c.rng.randint(20, 100)},
        }
    )
    b.no_content()
    b.decoy("hearing-aid program 'speech in noise' / 'TV' / 'own voice', volume, battery")
    return b.build()


def apparecchi(c: Context) -> Flow:
    """Pairing record of both hearing aids: serials and BLE MACs."""
    b = _a(c, "POST", "/dispositivi/abbinamento")
    b.json(
        {
            "apparecchi": [
                {
                    "lato": "sinistro",
                    "numeroSerie": b.id("hear_l_serial", where="body apparecchi[0].numeroSerie"),
                    "bleMac": b.id("hear_l_mac", where="body apparecchi[0].bleMac"),
                    "modello": "Lumity 90",
                },
                {
                    "lato": "destro",
                    "numeroSerie": b.id("hear_r_serial", where="body apparecchi[1].numeroSerie"),
                    "bleMac": b.id("hear_r_mac", where="body apparecchi[1].bleMac"),
                    "modello": "Lumity 90",
                },
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telemetria(c: Context) -> Flow:
    """Usage telemetry with the left aid's serial under a bare `sn` and the right MAC hashed."""
    b = _a(c, "POST", "/telemetria")
    b.json(
        {
            "sn": b.id("hear_l_serial", where="body sn"),
            "h": b.id("hear_r_mac", "md5", "body h", False),
            "oreUso": rf(c.rng, 4, 14, 1),
            "ambienti": {"quiete": 0.5, "rumore": 0.3, "musica": 0.2},
        }
    )
    b.no_content()
    return b.build()


DECOYS_GLICO = [(0.8, letture), (0.3, hba1c)]
DECOYS_AUDIO = [(0.4, audiogramma), (0.7, programma)]
SENSITIVE = [meter_sync, apparecchi, telemetria, meter_sync]
