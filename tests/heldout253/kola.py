"""The uncle's car in Varna: a head unit with connected hybrid radio, a voice
assistant and an LTE modem (TCU), on a fictional maker's cloud ("AvtoConnect").

The TCU activates with its IMEI, the VIN and the head unit's serial. The
connected radio fetches station information RadioDNS-style (service
information by FM PI code / frequency: logos, names, streams) and reports
listening sessions (station, source FM / DAB / IP, seconds) with the head
unit's serial in a header; a compact telemetry upload sends the same as
nameless rows [PI, seconds, ts] under a SHA-1 of the IMEI. The assistant
enrols a driver's voice profile (`glasovOtpechatak`, "гласов отпечатък" = a
voiceprint, 192 floats, with the enrolment phrase recording) and later
verifies the driver with an embedding, an older build base64 under `v`.
Voice commands sent for speech recognition, traffic and parking around the
car's position, fuel prices, the service interval and trip logs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid

API = "https://api.avtoconnect.example"
UA = "AvtoConnect-HU/3.8.2 (AAOS 12; HU7-BG)"
STANCII = [
    ("C201", 91.1, "Радио Веселина"),
    ("C202", 103.9, "БГ Радио"),
    ("C203", 94.1, "Дарик Варна"),
    ("C204", 99.5, "Радио Фреш"),
    ("C205", 89.5, "Z-Rock"),
    ("C206", 105.0, "Радио Варна (БНР)"),
]


def _b(c: Context, method: str, url: str, serial: bool = True) -> FB:
    b = FB(c, "avtoconnect", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if serial:
        b.header("x-hu-serial", b.id("hu_serial", where="header x-hu-serial"))
    return b


def activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tcu/v1/activate", serial=False)
    b.json(
        {
            "imei": b.id("tcu_imei", where="json imei"),
            "vin": b.id("hu_vin", where="json vin"),
            "huSerial": b.id("hu_serial", where="json huSerial"),
            "modem": "SIM7600E",
            "sw": "3.8.2",
        }
    )
    b.ok_json({"account": b.acct("kola_account"), "services": ["radio", "assistant", "nav"]})
    return b.build()


def listening(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/radio/v2/listening")
    b.view("json sessions[] stationName / source / listenSec (radio listening)")
    sessions = []
    for _ in range(c.rng.randint(1, 3)):
        pi, freq, name = c.rng.choice(STANCII)
        sessions.append(
            {
                "stationName": name,
                "pi": pi,
                "frequencyMHz": freq,
                "source": c.rng.choice(["FM", "DAB", "IP"]),
                "startUtc": iso(c),
                "listenSec": c.rng.randint(30, 3600),
            }
        )
    b.json({"sessions": sessions})
    b.no_content()
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    b = FB(c, "avtoconnect", "POST", f"{API}/t/7")
    b.header("user-agent", "tcu-agent/1.2")
    b.view("json b[] rows [PI, seconds, ts]", detectable=False)
    b.json(
        {
            "a": b.id("tcu_imei", "sha1", "json a", detectable=False),
            "b": [
                [c.rng.choice(STANCII)[0], c.rng.randint(30, 3600), ms(c)]
                for _ in range(c.rng.randint(2, 5))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def station_info(c: Context) -> Flow:
    pi, freq, name = c.rng.choice(STANCII)
    f = f"{int(freq * 100):05d}"
    b = FB(
        c,
        "radiodns",
        "GET",
        f"https://spi.avtoconnect.example/radiodns/spi/3.1/fm/284/{pi.lower()}/{f}/SI.xml",
    )
    b.header("user-agent", UA)
    b.decoy("station service information: names, logos, bearers (content fetch)")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><serviceInformation version="1">'
        f"<services><service><shortName>{name[:8]}</shortName><mediumName>{name}</mediumName>"
        f'<bearer id="fm:284.{pi.lower()}.{f}" cost="20"/>'
        '<mediaDescription><multimedia url="https://spi.avtoconnect.example/logo/'
        f'{pi}.png" width="320" height="240"/>'
        "</mediaDescription></service></services></serviceInformation>"
    )
    b.respond(200, "application/xml; charset=utf-8", xml.encode())
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/glasov-profil")
    b.bio("voiceprint", "multipart meta glasovOtpechatak (speaker embedding) + phrase audio")
    boundary = "hu-" + new_hex(c.rng, 20)
    meta = {
        "profil": "Шофьор 1",
        "fraza": "Здравей, колата ме познава",
        "glasovOtpechatak": floats(c.rng, 192),
        "model": "spk-ecapa-192",
        "ezik": "bg-BG",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("audio", "fraza.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"profilId": rid(c.rng), "status": "ZAPISAN"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/glasov-profil/proverka")
    b.bio("voiceprint", "json speakerEmbedding")
    b.json(
        {
            "speakerEmbedding": floats(c.rng, 192),
            "prodalzhitelnostMs": c.rng.randint(1200, 4000),
            "vreme": iso(c),
        }
    )
    b.ok_json({"shofyor": "Шофьор 1", "skor": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v0/s")
    b.bio("voiceprint", "json v (base64 float32 vector)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/stt?lang=bg-BG", serial=False)
    b.decoy("voice command audio for speech recognition (not a voiceprint)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.ok_json(
        {
            "tekst": c.rng.choice(
                ["пусни Радио Веселина", "навигирай до вкъщи", "по-силно", "обади се на Мария"]
            ),
            "namerenie": "komanda",
        }
    )
    return b.build()


def trafik(c: Context) -> Flow:
    lat, lon = rf(c.rng, 43.19, 43.23, 5), rf(c.rng, 27.88, 27.95, 5)
    b = _b(c, "GET", f"{API}/nav/v1/trafik?lat={lat}&lon={lon}&r=3000", serial=False)
    b.decoy("the car's position for traffic around it (maps position)")
    b.ok_json(
        {
            "poziciya": {"lat": lat, "lon": lon},
            "zadrastvaniya": [
                {"ulica": u, "zabavyane_min": c.rng.randint(2, 25)}
                for u in ("бул. Владислав Варненчик", "Аспарухов мост", "бул. Сливница")
            ],
        }
    )
    return b.build()


def goriva(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/nav/v1/goriva?grad=varna", serial=False)
    b.ok_json(
        {
            "benzinostancii": [
                {"ime": n, "A95": rf(c.rng, 2.4, 2.7, 2), "diesel": rf(c.rng, 2.4, 2.6, 2)}
                for n in ("Шел Левски", "ОМВ Аспарухово", "Лукойл Чайка")
            ]
        }
    )
    return b.build()


def servizen_interval(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/vehicle/v1/service")
    b.decoy("service interval: km and duration in days to the next service")
    b.ok_json(
        {
            "ostavashtiKm": c.rng.randint(500, 15000),
            "ostavashtiDni": c.rng.randint(10, 300),
            "maslo": "OK",
        }
    )
    return b.build()


def patuvane(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vehicle/v1/trips")
    b.decoy("trip log: distance, duration, fuel")
    b.json(
        {
            "nachalo": iso(c),
            "razstoyanieKm": rf(c.rng, 2, 80, 1),
            "prodalzhitelnostMin": c.rng.randint(5, 90),
            "razhodL100": rf(c.rng, 5, 9, 1),
        }
    )
    b.no_content()
    return b.build()
