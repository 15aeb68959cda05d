"""Ordinary traffic between the apps: connectivity checks, weather for Kinshasa,
Lubumbashi, Brazzaville and Brussels, map tiles and a reverse geocode, airtime
top-ups, a chat app (`lisolo` = conversation), Congolese news (`sango`), a
church's service times (`losambo` = worship), a Brussels cinema's schedule, a
ride-hailing quote, crash reports with trace ids and update checks. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

VILLES = [
    ("Kinshasa", -4.325, 15.322),
    ("Lubumbashi", -11.664, 27.479),
    ("Brazzaville", -4.263, 15.283),
    ("Bruxelles", 50.850, 4.352),
]


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


def weather(c: Context) -> Flow:
    _ville, lat, lon = c.rng.choice(VILLES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation_probability&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 18, 33, 1) for _ in range(24)],
                "precipitation_probability": [c.rng.randint(0, 90) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    x, y = c.rng.randint(0, 2**z - 1), c.rng.randint(0, 2**z - 1)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def reverse_geocode(c: Context) -> Flow:
    ville, lat, lon = c.rng.choice(VILLES)
    lat, lon = round(lat + rf(c.rng, -0.02, 0.02), 5), round(lon + rf(c.rng, -0.02, 0.02), 5)
    b = _b(
        c,
        "nominatim",
        "GET",
        f"https://nominatim.openstreetmap.org/reverse?format=jsonv2&lat={lat}&lon={lon}",
    )
    b.decoy("map position (reverse geocode)")
    b.ok_json(
        {
            "place_id": c.rng.randint(10**7, 10**9),
            "lat": str(lat),
            "lon": str(lon),
            "display_name": f"Avenue {c.rng.choice(['Kasa-Vubu', 'Lumumba', 'Mzee'])}, {ville}",
        }
    )
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "recharge", "POST", "https://api.rechargekin.example/v1/recharges")
    b.decoy("order number and recipient phone number")
    b.json(
        {
            "operateur": c.rng.choice(["Vodacom", "Orange", "Airtel", "Africell"]),
            "numero": "+24389" + new_digits(c.rng, 7),
            "montant": c.rng.choice([1, 2, 5, 10]),
            "devise": "USD",
            "forfait": c.rng.choice(["Unités", "Internet 1 Go", "Mega Mwinda"]),
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"commande": order_no(c.rng), "statut": "LIVRE", "frais": 0.1})
    return b.build()


def lisolo_message(c: Context) -> Flow:
    b = _b(c, "lisolo-chat", "POST", "https://chat.lisolo.example/v4/messages")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.decoy("message and conversation ids")
    b.json(
        {
            "conversationId": "cv_" + new_hex(c.rng, 12),
            "clientMessageId": rid(c.rng),
            "texte": c.rng.choice(
                [
                    "Mbote Mama, ozali malamu?",
                    "Papa, tokokutana lobi na ndako",
                    "Match ya Mazembe esili?",
                    "Habari ya asubuhi",
                ]
            ),
            "envoyeA": ms(c),
        }
    )
    b.ok_json({"messageId": new_digits(c.rng, 19, "7"), "recu": True})
    return b.build()


def lisolo_sync(c: Context) -> Flow:
    b = _b(c, "lisolo-chat", "GET", f"https://chat.lisolo.example/v4/sync?depuis={ms(c) - 60000}")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.ok_json({"messages": [], "curseur": new_hex(c.rng, 16)})
    return b.build()


def lisolo_thumb(c: Context) -> Flow:
    b = _b(c, "lisolo-chat", "GET", f"https://media.lisolo.example/t/{new_hex(c.rng, 40)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sango(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.sango-ya-mboka.example/v2/articles?rubrique=politique&t={ms(c)}",
    )
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "titre": t, "publie": iso(c)}
                for t in (
                    "Kinshasa: travaux sur le boulevard du 30 Juin",
                    "Lubumbashi: la Gécamines annonce un nouveau plan",
                    "Brazzaville: le fleuve en crue",
                )
            ]
        }
    )
    return b.build()


def losambo(c: Context) -> Flow:
    paroisse = c.rng.choice(["cite-bethel-limete", "ste-anne-gombe", "cepac-kenya-lubumbashi"])
    b = _b(c, "losambo", "GET", f"https://api.losambo.example/v1/paroisses/{paroisse}/ntango")
    b.decoy("church service schedule: start times and durations")
    b.ok_json(
        {
            "paroisse": paroisse,
            "losambo": [
                {"mokolo": m, "ebandeli": h, "dureeMin": d, "lokota": lang}
                for m, h, d, lang in (
                    ("eyenga", "07:00", 120, "lingala"),
                    ("eyenga", "10:00", 150, "français"),
                    ("mokolo ya misato", "17:30", 90, "lingala"),
                )
            ],
        }
    )
    return b.build()


def predication(c: Context) -> Flow:
    b = _b(c, "losambo", "GET", "https://api.losambo.example/v1/predications?page=1")
    b.decoy("sermon list with durations (catalogue)")
    b.ok_json(
        {
            "predications": [
                {"id": 800 + i, "titre": t, "dureeSec": c.rng.randint(1800, 4200)}
                for i, t in enumerate(["Bolingo ya Nzambe", "La foi qui déplace", "Kobondela"])
            ]
        }
    )
    return b.build()


def cinema(c: Context) -> Flow:
    b = _b(
        c, "cinema", "GET", "https://api.cinebruxelles.example/v1/seances?cinema=ugc-de-brouckere"
    )
    b.decoy("cinema schedule: titles, start times, durations")
    b.ok_json(
        {
            "seances": [
                {"film": f, "debut": iso(c), "dureeMin": d, "salle": c.rng.randint(1, 12)}
                for f, d in (("Mufasa", 118), ("Vaiana 2", 100), ("Gladiator II", 148))
            ]
        }
    )
    return b.build()


def course(c: Context) -> Flow:
    _ville, lat, lon = VILLES[0]
    b = _b(c, "ride", "POST", "https://api.taxikin.example/v2/devis")
    b.decoy("pickup / drop-off positions, trip duration and price")
    b.json(
        {
            "depart": {"lat": round(lat + rf(c.rng, -0.03, 0.03), 5), "lon": lon},
            "arrivee": {"lat": lat, "lon": round(lon + rf(c.rng, -0.05, 0.05), 5)},
            "categorie": c.rng.choice(["eco", "confort"]),
        }
    )
    b.ok_json(
        {
            "devisId": rid(c.rng),
            "prix": rf(c.rng, 4, 15, 2),
            "devise": "USD",
            "dureeMin": c.rng.randint(12, 70),
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44102.ingest.sentry.io/api/5518273/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "cd.app@" + c.rng.choice(["3.14.0", "5.2.3", "4.0.6"]),
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "No address"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.mboka-apps.example/v1/derniere?canal=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.8.2", "commit": new_hex(c.rng, 40), "notes": "Corrections"})
    return b.build()


def taux_marche(c: Context) -> Flow:
    b = _b(c, "change", "GET", "https://api.changekin.example/v1/taux?base=USD")
    b.ok_json({"CDF": rf(c.rng, 2790, 2870, 1), "XAF": rf(c.rng, 600, 620, 1), "EUR": 0.95})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    reverse_geocode,
    airtime,
    lisolo_message,
    lisolo_sync,
    lisolo_thumb,
    sango,
    losambo,
    predication,
    cinema,
    course,
    sentry_crash,
    update_check,
    taux_marche,
    fonts,
    weather,
    lisolo_message,
    map_tile,
]
