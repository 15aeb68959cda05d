"""FlinkFahrt Flottenmanager: the operator's fleet-ops app on Jonas's Pixel 8.

Almost everything here is the fleet's data, not Jonas's: cars by VIN
(Fahrgestellnummer) and plate (Kennzeichen) with their telematics boxes'
IMEIs and serials, e-scooters by QR code and IoT-module IMEI, charging
stations, battery swaps (Akkutausch), the workshop's diagnostic tools by
serial, damage photos of cars (Schadensfotos), positions, unlock timers and
trip replays (Fahrtverlauf). Those are ordinary fleet traffic (decoys).

Jonas's own phone shows up in three places: the app registers itself with his
ANDROID_ID and an install id, and a keep-alive carries a SHA-1 of the
ANDROID_ID under a bare header `x-k`. The licence check (Führerscheinprüfung)
of a customer runs through Veriff: the customer's selfie image travels for
face matching (biometric); the check's answer (match yes / no, a score) does
not carry face data (decoy). A rental car's head unit reports what the
current renter is playing (title, artist, elapsed seconds): the renter's
listening (viewing_history); the head unit's preset list is not.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import JB, iso, ms, rf, rid, ua

API = "https://ops.flinkfahrt.example"
TELE = "https://telematik.flinkfahrt.example"
VERIFF = "https://stationapi.veriff.com/v1"
UA = ua("FlinkFahrtOps", "7.12.0")
MODELLE = ["VW ID.3", "Renault Zoe", "Fiat 500e", "BMW i3", "Opel Corsa-e", "Cupra Born"]
KIEZE = ["Mitte", "Friedrichshain", "Kreuzberg", "Neukölln", "Prenzlauer Berg", "Moabit"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = ["WVW", "VF1", "ZFA", "WBY", "W0V", "VSS"]


def _b(c: Context, method: str, url: str) -> JB:
    b = JB(c, "flinkfahrt", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("flotte_token"))
    b.header("x-request-id", rid(c.rng))
    return b


def _vin(rng: random.Random) -> str:
    return rng.choice(WMI) + "".join(rng.choice(VIN_CHARS) for _ in range(14))


def _plate(rng: random.Random) -> str:
    return f"B-FF {rng.randint(100, 9999)}E"


def _imei(rng: random.Random) -> str:
    return luhn_complete("35" + new_digits(rng, 12))


def _box_sn(rng: random.Random) -> str:
    return "TLB" + new_digits(rng, 4) + new_hex(rng, 6).upper()


def _qr(rng: random.Random) -> str:
    return "FF-S" + new_digits(rng, 6)


def _pos(rng: random.Random) -> dict[str, float]:
    return {"lat": rf(rng, 52.46, 52.56, 6), "lng": rf(rng, 13.3, 13.5, 6)}


def _auto(rng: random.Random) -> dict[str, object]:
    return {
        "fin": _vin(rng),
        "kennzeichen": _plate(rng),
        "modell": rng.choice(MODELLE),
        "akkuStand": rng.randint(8, 100),
        "kilometerstand": rng.randint(3000, 120000),
        "position": _pos(rng),
        "status": rng.choice(["FREI", "GEBUCHT", "WARTUNG", "LADEN"]),
    }


# --- Jonas's own phone -----------------------------------------------------


def geraet_registrieren(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/geraete/registrieren")
    b.json(
        {
            "mitarbeiter": b.acct("flotte_user"),
            "androidId": b.id("aid_flotte", where="json androidId"),
            "installationsId": b.id("flotte_install", where="json installationsId"),
            "modell": "Pixel 8",
            "appVersion": "7.12.0",
            "pushAktiv": True,
        }
    )
    b.ok_json({"registriert": True, "rolle": "FLOTTENMANAGER"})
    return b.build()


def keepalive_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ka")
    b.header("x-k", b.id("aid_flotte", "sha1", "header x-k", detectable=False))
    b.json({"t": ms(c), "o": True})
    b.no_content()
    return b.build()


def installation_header(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/schichten/heute")
    b.header("x-installation-id", b.id("flotte_install", where="header x-installation-id"))
    b.ok_json(
        {
            "schicht": "Früh",
            "beginn": "06:00",
            "ende": "14:30",
            "bezirke": c.rng.sample(KIEZE, 3),
        }
    )
    return b.build()


# --- fleet data (decoys) --------------------------------------------------


def fahrzeugliste(c: Context) -> Flow:
    kiez = c.rng.choice(KIEZE)
    b = _b(c, "GET", f"{API}/api/v3/fahrzeuge?bezirk={kiez}&seite=1")
    b.decoy("VINs, plates and car positions of the fleet")
    b.ok_json({"fahrzeuge": [_auto(c.rng) for _ in range(c.rng.randint(3, 6))], "seite": 1})
    return b.build()


def telematik_status(c: Context) -> Flow:
    vin = _vin(c.rng)
    b = _b(c, "GET", f"{TELE}/v2/boxen/{vin}/status")
    b.decoy("telematics box IMEI and serial of a fleet car (not Jonas's device)")
    b.ok_json(
        {
            "fin": vin,
            "box": {
                "imei": _imei(c.rng),
                "seriennummer": _box_sn(c.rng),
                "firmware": "4.2." + str(c.rng.randint(0, 9)),
                "iccid": "8949" + new_digits(c.rng, 15),
                "signalDbm": -c.rng.randint(60, 105),
            },
            "zuendung": c.rng.choice([True, False]),
            "tuerenVerriegelt": True,
            "position": _pos(c.rng),
            "zeitstempel": iso(c),
        }
    )
    return b.build()


def box_tauschen(c: Context) -> Flow:
    b = _b(c, "POST", f"{TELE}/v2/boxen/tausch")
    b.decoy("old / new telematics box IMEI and serial (fleet hardware)")
    b.json(
        {
            "fin": _vin(c.rng),
            "kennzeichen": _plate(c.rng),
            "alteBox": {"imei": _imei(c.rng), "sn": _box_sn(c.rng)},
            "neueBox": {"imei": _imei(c.rng), "sn": _box_sn(c.rng)},
            "grund": "Kein GPS-Fix seit 48h",
        }
    )
    b.ok_json({"auftrag": f"WA-{c.rng.randint(10000, 99999)}", "status": "ANGELEGT"})
    return b.build()


def entriegeln(c: Context) -> Flow:
    vin = _vin(c.rng)
    b = _b(c, "POST", f"{TELE}/v2/fahrzeuge/{vin}/befehle")
    b.decoy("remote unlock with timer (fleet command)")
    b.json({"befehl": "ENTRIEGELN", "timerSek": c.rng.choice([30, 60, 120]), "grund": "Reinigung"})
    b.ok_json({"befehlId": rid(c.rng), "status": "GESENDET"})
    return b.build()


def fahrtverlauf(c: Context) -> Flow:
    fahrt = f"F{new_digits(c.rng, 9)}"
    b = _b(c, "GET", f"{API}/api/v3/fahrten/{fahrt}/wiedergabe")
    b.decoy("trip replay: GPS track, playback position, speed of a fleet car")
    t0 = ms(c) - 3_600_000
    b.ok_json(
        {
            "fahrtId": fahrt,
            "fin": _vin(c.rng),
            "dauerSek": c.rng.randint(300, 3600),
            "wiedergabe": {"position": 0, "geschwindigkeit": 4},
            "punkte": [
                {**_pos(c.rng), "t": t0 + i * 15000, "kmh": c.rng.randint(0, 60)} for i in range(8)
            ],
        }
    )
    return b.build()


def schadensfoto(c: Context) -> Flow:
    boundary = rid(c.rng)
    b = _b(c, "POST", f"{API}/api/v3/schaeden/fotos")
    b.decoy("damage photo of a car (no person)")
    meta = js({"fin": _vin(c.rng), "bereich": c.rng.choice(["Stoßstange hinten", "Tür links"])})
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta.encode()),
            ("foto", "schaden_1.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"schadenId": f"S-{c.rng.randint(10**5, 10**6)}", "gespeichert": True})
    return b.build()


def schadenerkennung(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/schaeden/analyse")
    b.decoy("image analysis of a car body (dent detection), not a face")
    b.json(
        {
            "bildBase64": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "fin": _vin(c.rng),
            "modus": "dellenerkennung",
        }
    )
    b.ok_json(
        {
            "erkannt": [
                {"typ": "Delle", "konfidenz": rf(c.rng, 0.5, 0.99, 2), "box": [12, 40, 88, 120]}
            ]
        }
    )
    return b.build()


def werkstatt_diagnose(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/werkstatt/diagnose")
    b.decoy("workshop OBD tool serial and MAC-like adapter id (workshop equipment)")
    b.json(
        {
            "fin": _vin(c.rng),
            "werkzeug": {
                "typ": "OBD-II VCI",
                "seriennummer": "VCI" + new_digits(c.rng, 9),
                "adapterId": "WS-" + new_hex(c.rng, 8).upper(),
            },
            "fehlercodes": c.rng.sample(["P0A80", "P0AFA", "U0100", "B1318", "C0035"], 2),
            "batterieSpannung": rf(c.rng, 11.8, 12.9, 2),
        }
    )
    b.ok_json({"bericht": f"D-{c.rng.randint(10**5, 10**6)}"})
    return b.build()


def scooterliste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/scooter?bezirk={c.rng.choice(KIEZE)}&akkuUnter=20")
    b.decoy("scooter QR codes and IoT module IMEIs (fleet hardware)")
    b.ok_json(
        {
            "scooter": [
                {
                    "qrCode": _qr(c.rng),
                    "iotImei": _imei(c.rng),
                    "akku": c.rng.randint(3, 20),
                    "position": _pos(c.rng),
                }
                for _ in range(c.rng.randint(3, 6))
            ]
        }
    )
    return b.build()


def akkutausch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/scooter/akkutausch")
    b.decoy("battery swap: scooter QR, IoT IMEI, battery serials")
    b.json(
        {
            "qrCode": _qr(c.rng),
            "iotImei": _imei(c.rng),
            "akkuAlt": "BAT" + new_digits(c.rng, 8),
            "akkuNeu": "BAT" + new_digits(c.rng, 8),
            "position": _pos(c.rng),
            "zeit": iso(c),
        }
    )
    b.ok_json({"gebucht": True})
    return b.build()


def ladesaeulen(c: Context) -> Flow:
    p = _pos(c.rng)
    b = _b(c, "GET", f"{API}/api/v3/ladesaeulen?lat={p['lat']}&lng={p['lng']}&radius=1500")
    b.decoy("charging stations with EVSE ids and positions")
    b.ok_json(
        {
            "stationen": [
                {
                    "evseId": f"DE*FFA*E{new_digits(c.rng, 6)}*1",
                    "betreiber": c.rng.choice(["Allego", "Vattenfall", "FlinkFahrt"]),
                    "kw": c.rng.choice([11, 22, 50, 150]),
                    "frei": c.rng.choice([True, False]),
                    "position": _pos(c.rng),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def ladevorgang(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ladevorgaenge/start")
    b.decoy("charging session: EVSE id, VIN, timer")
    b.json(
        {
            "evseId": f"DE*FFA*E{new_digits(c.rng, 6)}*2",
            "fin": _vin(c.rng),
            "zielSoc": 80,
            "timerMin": c.rng.choice([45, 60, 90]),
        }
    )
    b.ok_json({"sitzung": rid(c.rng), "status": "LAEDT"})
    return b.build()


def fuehrerschein_selfie(c: Context) -> Flow:
    b = JB(c, "veriff", "POST", f"{VERIFF}/sessions/{rid(c.rng)}/media")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", new_hex(c.rng, 64))
    b.bio("face_image", "json image.content (context face, Veriff media, licence check)")
    b.json(
        {
            "image": {
                "context": "face",
                "content": "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**9))),
                "timestamp": iso(c),
            }
        }
    )
    b.ok_json({"status": "success", "image": {"id": rid(c.rng), "context": "face"}})
    return b.build()


def fuehrerschein_ergebnis(c: Context) -> Flow:
    kunde = f"K{new_digits(c.rng, 8)}"
    b = _b(c, "GET", f"{API}/api/v3/kunden/{kunde}/fuehrerschein")
    b.decoy("licence check result: face match yes / score, no face data")
    b.ok_json(
        {
            "kunde": kunde,
            "klasse": "B",
            "gueltigBis": "2033-05-31",
            "selfieAbgleich": {"ergebnis": "UEBEREINSTIMMUNG", "score": rf(c.rng, 0.8, 0.99, 2)},
            "geprueftAm": iso(c),
        }
    )
    return b.build()


def infotainment_jetzt(c: Context) -> Flow:
    vin = _vin(c.rng)
    b = _b(c, "GET", f"{TELE}/v2/fahrzeuge/{vin}/infotainment")
    b.view(
        "response json jetztLaeuft (renter's current track, elapsed seconds)", direction="response"
    )
    b.ok_json(
        {
            "fin": vin,
            "buchung": f"BU{new_digits(c.rng, 8)}",
            "jetztLaeuft": {
                "quelle": "Bluetooth",
                "titel": c.rng.choice(["Schwarz zu Blau", "Dickes B", "Berlin"]),
                "interpret": c.rng.choice(["Peter Fox", "Seeed", "RY X"]),
                "positionSek": c.rng.randint(5, 240),
                "seit": iso(c),
            },
        }
    )
    return b.build()


def infotainment_sender(c: Context) -> Flow:
    vin = _vin(c.rng)
    b = _b(c, "GET", f"{TELE}/v2/fahrzeuge/{vin}/infotainment/senderliste")
    b.decoy("radio preset list of a car's head unit (factory presets)")
    b.ok_json(
        {
            "fin": vin,
            "speicherplaetze": [
                {"platz": 1, "sender": "radioeins", "mhz": 95.8},
                {"platz": 2, "sender": "Fritz", "mhz": 102.6},
                {"platz": 3, "sender": "rbb 88.8", "mhz": 88.8},
            ],
            "lautstaerke": c.rng.randint(5, 20),
        }
    )
    return b.build()


def einsatzkarte(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/einsaetze/offen")
    b.decoy("tasks with positions and timers")
    b.ok_json(
        {
            "einsaetze": [
                {
                    "typ": c.rng.choice(["UMPARKEN", "REINIGUNG", "AKKUTAUSCH"]),
                    "ziel": _pos(c.rng),
                    "faelligIn": c.rng.randint(5, 120),
                    "kennzeichen": _plate(c.rng),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()
