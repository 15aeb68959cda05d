"""Ordinary traffic between the apps: Android connectivity checks, weather
(ZAMG/MeteoSchweiz-like), map tiles, public transport, a shop, crash reports
with trace ids, feature flags, an article about face recognition, a game with
camera angles. None of it carries biometric data, viewing history or a device
identifier of the tester."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no

from .phone import FB, iso, ms, rf, rid, ua

UA = ua("okhttp", "4.12.0")


def _get(c: Context, sdk: str, url: str) -> FB:
    b = FB(c, sdk, "GET", url)
    b.header("user-agent", UA)
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


def wetter(c: Context) -> Flow:
    b = _get(c, "wetter", "https://api.wetterdienst-alpen.at/v1/prognose")
    b.param("lat", str(rf(c.rng, 47.0, 48.3, 3)))
    b.param("lon", str(rf(c.rng, 9.5, 16.4, 3)))
    b.ok_json({"temp": [rf(c.rng, -5, 18, 1) for _ in range(24)], "id": rid(c.rng)})
    b.decoy("temperature series and coordinates")
    return b.build()


def kacheln(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8700, 8940), c.rng.randint(5670, 5800)
    b = _get(c, "osm", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n")
    return b.build()


def fahrplan(c: Context) -> Flow:
    b = _get(c, "oebb", "https://fahrplan.verkehrsauskunft-dach.eu/v2/verbindungen")
    b.param("von", "Wien Hbf")
    b.param("nach", c.rng.choice(["Salzburg Hbf", "Zürich HB", "München Hbf"]))
    stops = [[rf(c.rng, 47.2, 48.3, 5), rf(c.rng, 8.5, 16.4, 5)] for _ in range(10)]
    b.ok_json({"halte": stops, "preise": [29.9, 39.9, 59.9], "auftrag": order_no(c.rng)})
    b.decoy("timetable stop coordinates and prices")
    return b.build()


def sentry(c: Context) -> Flow:
    url = "https://o451209.ingest.sentry.io/api/5512731/envelope/"
    b = FB(c, "sentry", "POST", url)
    b.header("user-agent", "sentry.java.android/7.14.0")
    env = (
        f'{{"event_id":"{rid(c.rng).replace("-", "")}","sent_at":"{iso(c)}"}}\n'
        '{"type":"event"}\n'
        f'{{"level":"error","trace_id":"{rid(c.rng).replace("-", "")}",'
        '"exception":{"values":[{"type":"IllegalStateException"}]}}'
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.decoy("crash report with event and trace ids")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = _get(c, "flags", "https://flags.konfig-dienst.de/v1/flags")
    b.param("app", c.rng.choice(["sendehaus", "klangwerk", "radiowelle"]))
    b.ok_json({"flags": {"neuerPlayer": True, "dunkelModus": False}, "etag": rid(c.rng)})
    return b.build()


def shop_bestellung(c: Context) -> Flow:
    b = FB(c, "shop", "POST", "https://api.bergsport-shop.ch/v1/bestellungen")
    b.header("user-agent", UA)
    b.json(
        {"artikel": [{"sku": "SK-4411", "menge": 1, "preis": 349.0}], "bestellnr": order_no(c.rng)}
    )
    b.decoy("shop order number and prices")
    b.ok_json({"status": "bestätigt"})
    return b.build()


def artikel_gesichtserkennung(c: Context) -> Flow:
    b = _get(c, "news", "https://www.nachrichten-alpen.at/api/artikel/gesichtserkennung-am-bahnhof")
    b.ok_json(
        {
            "titel": "Gesichtserkennung am Bahnhof: Was erlaubt ist",
            "text": "Kameras erfassen Gesichter, Landmarken und Merkmalsvektoren ...",
            "autor": "Redaktion",
            "veroeffentlicht": iso(c),
        }
    )
    b.decoy("news article about face recognition")
    return b.build()


def spiel_kamera(c: Context) -> Flow:
    b = FB(c, "game", "POST", "https://api.skisprung-spiel.de/v1/replay")
    b.header("user-agent", UA)
    cams = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -45, 45, 2), "roll": 0.0}
        for _ in range(6)
    ]
    b.json({"kamera": cams, "weite": rf(c.rng, 90, 140, 1), "t": ms(c)})
    b.decoy("game camera yaw/pitch/roll")
    b.ok_json({"rang": c.rng.randint(1, 5000)})
    return b.build()


def zeit(c: Context) -> Flow:
    b = _get(c, "time", "https://time.android.com/")
    b.respond(200, "text/plain", str(int(c.now)).encode())
    return b.build()


BENIGN = [
    generate_204,
    wetter,
    kacheln,
    kacheln,
    fahrplan,
    sentry,
    feature_flags,
    shop_bestellung,
    artikel_gesichtserkennung,
    spiel_kamera,
    zeit,
]
