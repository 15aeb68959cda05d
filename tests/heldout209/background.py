"""Ordinary traffic between the apps: connectivity checks, weather for Warsaw /
Kraków / Dublin, map tiles, an Allegro-like shop (product page `wyswietlenia`
counters, an appliance's serial number in the catalogue), InPost-like parcel
lockers, news, a chat app, a train app with the train's live position, a phone
game's camera telemetry (yaw / pitch), crash reports with trace ids. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(52.23, 21.01), (50.06, 19.94), (53.35, -6.26)]


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
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -5, 25, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sklep_oferta(c: Context) -> Flow:
    oid = c.rng.randint(10**10, 10**11)
    b = _b(c, "sklep", "GET", f"https://api.targowisko.example/v1/oferty/{oid}")
    b.decoy("offer page: wyswietlenia (view counter), numerSeryjny of a used appliance")
    b.ok_json(
        {
            "ofertaId": oid,
            "tytul": "Pralka Bosch Serie 6 WGG14400PL, używana",
            "cena": {"kwota": rf(c.rng, 600, 1500, 2), "waluta": "PLN"},
            "wyswietlenia": c.rng.randint(10, 5000),
            "parametry": {"numerSeryjny": f"FD{c.rng.randint(9000, 9999)}{new_hex(c.rng, 6)}"},
            "sprzedajacy": {"login": "agd_kraków", "ocena": 99.2},
        }
    )
    return b.build()


def sklep_ostatnio(c: Context) -> Flow:
    b = _b(c, "sklep", "GET", "https://api.targowisko.example/v1/uzytkownik/ostatnio-ogladane")
    b.decoy("recently viewed offers in a shop (ostatnio oglądane products, not media)")
    b.ok_json(
        {
            "oferty": [
                {"ofertaId": c.rng.randint(10**10, 10**11), "tytul": t, "ogladano": iso(c)}
                for t in ("Buty zimowe 42", "Ekspres do kawy", "Szalik Legia")
            ]
        }
    )
    return b.build()


def paczkomat(c: Context) -> Flow:
    num = "".join(str(c.rng.randint(0, 9)) for _ in range(24))
    b = _b(c, "paczki", "GET", f"https://api-shipx.paczkomaty.example/v1/tracking/{num}")
    b.decoy("parcel tracking number and locker id")
    b.ok_json(
        {
            "numer": num,
            "status": c.rng.choice(["w_drodze", "gotowa_do_odbioru", "odebrana"]),
            "paczkomat": f"{c.rng.choice(['WAW', 'KRA'])}{c.rng.randint(10, 999)}M",
            "aktualizacja": iso(c),
        }
    )
    return b.build()


def pociag(c: Context) -> Flow:
    nr = c.rng.randint(1000, 9999)
    b = _b(c, "pociagi", "GET", f"https://api.kolej-info.example/v2/pociagi/IC{nr}")
    b.decoy("train live position (pozycja lat/lon) and delay")
    b.ok_json(
        {
            "relacja": "Kraków Główny - Warszawa Centralna",
            "pozycja": {"lat": rf(c.rng, 50.1, 52.2), "lon": rf(c.rng, 19.9, 21.0)},
            "opoznienie_min": c.rng.randint(0, 25),
            "predkosc": c.rng.randint(0, 160),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.wiadomosci24.example/v1/artykuly?dzial=kraj&t={ms(c)}")
    b.ok_json(
        {
            "artykuly": [
                {"id": c.rng.randint(10**5, 10**6), "tytul": t}
                for t in ("Mróz w Małopolsce", "Nowy rozkład PKP", "Legia wygrywa w Poznaniu")
            ]
        }
    )
    return b.build()


def czat(c: Context) -> Flow:
    b = _b(c, "czat", "POST", "https://chat.gadu-nowe.example/v1/wiadomosci")
    b.json(
        {
            "do": f"rozmowa-{c.rng.randint(1000, 9999)}",
            "tresc": c.rng.choice(["Jak tam w Dublinie?", "Obiad o 14", "Oglądałeś wczoraj mecz?"]),
            "idKlienta": rid(c.rng),
        }
    )
    b.ok_json({"dostarczono": True, "t": ms(c)})
    return b.build()


def gra(c: Context) -> Flow:
    b = _b(c, "gra", "POST", "https://telemetry.gra-rajdy.example/v1/sesja")
    b.decoy("game camera yaw / pitch and car position")
    b.json(
        {
            "poziom": c.rng.randint(1, 40),
            "kamera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "pozycja": [rf(c.rng, 0, 500, 1), rf(c.rng, 0, 500, 1), 0.0],
            "fps": c.rng.randint(40, 60),
        }
    )
    b.no_content()
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.wiadomosci24.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o47712.ingest.sentry.io/api/4504199/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IOException", "value": "unexpected end of stream"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def zamowienie(c: Context) -> Flow:
    b = _b(c, "sklep", "POST", "https://api.targowisko.example/v1/zamowienia")
    b.decoy("order number")
    b.json(
        {
            "pozycje": [{"ofertaId": c.rng.randint(10**10, 10**11), "ilosc": 1}],
            "dostawa": {"metoda": "paczkomat", "punkt": f"KRA{c.rng.randint(10, 999)}M"},
            "kluczIdempotencji": rid(c.rng),
        }
    )
    b.ok_json({"numerZamowienia": order_no(c.rng), "suma": rf(c.rng, 20, 900, 2)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sklep_oferta,
    sklep_ostatnio,
    paczkomat,
    pociag,
    news,
    czat,
    gra,
    cdn_image,
    sentry_crash,
    zamowienie,
    weather,
]
