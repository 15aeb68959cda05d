"""Ordinary traffic between the apps: connectivity checks, weather for
Palermo / Catania / Cagliari, map tiles and a route with the phone's
`pusizzioni` (position), a ferry booking (Palermo–Cagliari) with its order
number, a bus arrival board, chat, Sicilian and Sardinian news, a cinema
schedule with film durations, a puzzle game's camera pose, a shop signup
with a self-declared gender, crash reports with trace ids and update checks
with commit hashes. None of it carries biometric data, viewing history or one
of the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITATI = [(38.12, 13.36), (37.50, 15.09), (39.22, 9.11)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def tempu(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITATI)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,wind_speed_10m&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 30, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def strata(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITATI)
    b = _b(c, "maps", "POST", "https://api.mappa-isulana.example/v1/pircorsu")
    b.decoy("the phone's position (pusizzioni) and a route polyline")
    b.json(
        {
            "pusizzioni": {
                "lat": rf(c.rng, lat - 0.02, lat + 0.02, 5),
                "lon": rf(c.rng, lon - 0.02, lon + 0.02, 5),
            },
            "distinazzioni": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05, 5),
                "lon": rf(c.rng, lon - 0.05, lon + 0.05, 5),
            },
            "modu": c.rng.choice(["a pedi", "machina", "autobus"]),
        }
    )
    b.ok_json(
        {
            "distanza_m": c.rng.randint(400, 9000),
            "tempu_s": c.rng.randint(300, 3600),
            "punti": [
                [rf(c.rng, lon - 0.05, lon + 0.05, 5), rf(c.rng, lat - 0.05, lat + 0.05, 5)]
                for _ in range(50)
            ],
        }
    )
    return b.build()


def traghetto(c: Context) -> Flow:
    b = _b(c, "ferry", "POST", "https://api.navi-isole.example/v2/prenotazioni")
    b.decoy("booking / order number, idempotency key, departure time")
    b.json(
        {
            "tratta": "Palermo-Cagliari",
            "partenza": iso(c)[:10] + "T19:00:00+01:00",
            "passeggeri": 2,
            "veicolo": {"targa": "PA" + str(c.rng.randint(100, 999)) + "XZ"},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"codicePrenotazione": order_no(c.rng), "totale": rf(c.rng, 90, 300, 2)})
    return b.build()


def autobus(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.ctm-cagliari.example/v1/fermate/{c.rng.randint(100, 999)}/arrivi",
    )
    b.ok_json({"arrivi": [{"linea": n, "minuti": c.rng.randint(1, 25)} for n in ("1", "5", "PF")]})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.cuntu.example/v3/missaggi")
    b.decoy("conversation / message uuids")
    b.json(
        {
            "cunversazzioni": rid(c.rng),
            "idMissaggiu": rid(c.rng),
            "testu": c.rng.choice(["Unni si?", "Ite ses faghende?", "A dumani a Catania", "ok 👍"]),
            "mannatu": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24)})
    return b.build()


def notizie(c: Context) -> Flow:
    if c.rng.random() < 0.5:
        url = f"https://api.giornale-isola.example/v1/articoli?sezione=palermo&t={ms(c)}"
        titles = [
            "Palermo, vittoria al Barbera",
            "Etna, nuova fontana di lava",
            "Sagra di Sant'Agata",
        ]
    else:
        url = f"https://api.noas-sardigna.example/v1/noas?sezione=casteddu&t={ms(c)}"
        titles = ["Su Casteddu binchet in Unipol Domu", "Sa Sartiglia de Aristanis"]
    b = _b(c, "news", "GET", url)
    b.ok_json({"articoli": [{"id": c.rng.randint(10**5, 10**6), "titolo": t} for t in titles]})
    return b.build()


def cinema(c: Context) -> Flow:
    b = _b(c, "cinema", "GET", "https://api.cinema-isole.example/v1/programmazione?sala=catania")
    b.decoy("cinema schedule with film durations (not anyone's viewing)")
    b.ok_json(
        {
            "spettacoli": [
                {"film": f, "inizio": iso(c)[:11] + t, "durata_min": d}
                for f, t, d in (
                    ("Iddu", "18:00", 122),
                    ("Parthenope", "20:30", 136),
                    ("Vermiglio", "16:15", 119),
                )
            ]
        }
    )
    return b.build()


def gioco(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.puzzle-pupi.example/v1/partita/stato")
    b.decoy("a game's camera pose and level (not a face)")
    b.json(
        {
            "livello": c.rng.randint(1, 80),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
                "zoom": rf(c.rng, 1, 3, 2),
            },
            "punteggio": c.rng.randint(0, 90000),
            "ts": ms(c),
        }
    )
    b.ok_json({"salvato": True})
    return b.build()


def negozio_iscrizione(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.bottega-sicula.example/v1/clienti")
    b.decoy("a self-declared gender (genere) and birth year on a shop signup")
    b.json(
        {
            "nome": "Rosalia",
            "genere": "F",
            "annoNascita": 1994,
            "newsletter": True,
            "req": rid(c.rng),
        }
    )
    b.ok_json({"cliente": "C" + str(c.rng.randint(10**6, 10**7))})
    return b.build()


def cdn_img(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.giornale-isola.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o48821.ingest.de.sentry.io/api/4508117/envelope/")
    b.decoy("trace / event / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def aggiornamento(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://aggiornamenti.app-isole.example/v1/ultima?canale=stabile")
    b.decoy("commit hash, apk sha256")
    b.ok_json({"versione": "3.1.0", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://config.app-isole.example/v2/remote?app=isulatv")
    b.decoy("remote config with feature flags (faceLoginEnabled, heartbeatSeconds)")
    b.ok_json(
        {
            "faceLoginEnabled": True,
            "heartbeatSeconds": 60,
            "tema": "scuru",
            "etag": new_hex(c.rng, 16),
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v32/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    tempu,
    map_tile,
    map_tile,
    strata,
    traghetto,
    autobus,
    chat,
    chat,
    notizie,
    cinema,
    gioco,
    negozio_iscrizione,
    cdn_img,
    sentry_crash,
    aggiornamento,
    config,
    fonts,
    tempu,
    notizie,
]
