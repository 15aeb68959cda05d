"""Ekalesia Faʻapotopotoga: a Samoan congregation's app in Auckland (Mele's
Pixel), with the Sunday livestream, sermons (`lāuga`), hymns (`pese`) and
offerings (`taulaga`), and the church's own hall screens.

On Mele's phone the player reports how much of which service or sermon she
watched (`matamata` = watch, `sekone` = seconds, `tulaga` = position) and a
terse ping under one-letter keys. Firebase Installations registers the app
(`fid`, FIS_v2) and Remote Config is fetched with the installation id
(`appInstanceId`, https://firebase.google.com/docs/reference/remote-config/rest).

The hall screens (`mata` = screen here) are the church's equipment: they pull
the hymn-slide playlist and post their health (serial, MAC, uptime,
brightness) to the same backend; that is no person's device and no one's
viewing. The viewer count of a service is over everyone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no

from .phone import AB, iso, mac, ms, rid, ua

API = "https://api.ekalesia-akl.example"
UA = ua("Ekalesia", "1.12.0", "mele")
PROJECT = "ekalesia-akl"
APP_ID = "1:804417230915:android:5c2e8f71a0b34d69"
LAUGA = [
    ("L-0512", "Lāuga: O le Alofa o le Atua", 2400),
    ("L-0519", "Sāuniga o le Aso Sā", 5400),
    ("L-0526", "Lotu a Tamaiti", 3000),
    ("L-0602", "Lāuga: Faʻamalosi i le Faʻatuatua", 2100),
    ("L-0609", "Aso Sā Faʻamanatu", 4800),
]
SCREENS = [
    ("MATA-HOLO-01", "HS1" + "80271A4C"),
    ("MATA-HOLO-02", "HS1" + "80271B19"),
    ("MATA-FALEAOGA-01", "HS1" + "8026F0D3"),
]


def _b(c: Context, method: str, url: str) -> AB:
    b = AB(c, "ekalesia", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def firebase_installation(c: Context) -> Flow:
    b = AB(
        c,
        "firebase",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{PROJECT}/installations",
    )
    b.header("x-goog-api-key", "AIzaSyC" + new_hex(c.rng, 32))
    b.header("x-android-package", "nz.ekalesia.akl")
    b.json(
        {
            "fid": b.id("ekalesia_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/804417230915/installations/{c.phone.ekalesia_fid}",
            "fid": c.phone.ekalesia_fid,
            "refreshToken": new_hex(c.rng, 40),
        }
    )
    b.other_id("ekalesia_fid", where="response json fid", direction="response")
    return b.build()


def remote_config(c: Context) -> Flow:
    b = AB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/804417230915/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSyC" + new_hex(c.rng, 32))
    b.json(
        {
            "appInstanceId": b.id("ekalesia_fid", where="json appInstanceId"),
            "appInstanceIdToken": new_hex(c.rng, 60),
            "appId": APP_ID,
            "countryCode": "NZ",
            "languageCode": "sm-NZ",
            "platformVersion": "34",
            "appVersion": "1.12.0",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"state": "UPDATE", "entries": {"matamata_tuusaoloto": "true"}})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/masini/resitala")
    b.json(
        {
            "android_id": b.id("aid_ekalesia", where="json android_id"),
            "fid": b.id("ekalesia_fid", where="json fid"),
            "sui_id": b.acct("ekalesia_member"),
            "gagana": "sm",
        }
    )
    b.ok_json({"ua_resitalaina": True})
    return b.build()


def matamata_taimi(c: Context) -> Flow:
    lid, title, dur = c.rng.choice(LAUGA)
    b = _b(c, "POST", f"{API}/v1/matamata/taimi")
    b.view("json lauga_id/ulutala/tulaga (livestream / sermon watch progress)")
    b.json(
        {
            "lauga_id": lid,
            "ulutala": title,
            "tulaga_sekone": c.rng.randint(60, dur),
            "umi_sekone": dur,
            "ola": c.rng.random() < 0.4,
            "taimi": iso(c),
        }
    )
    b.no_content()
    return b.build()


def matamata_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/p")
    b.view("form l/s (sermon number, second)", detectable=False)
    lid = c.rng.choice(LAUGA)[0]
    b.form([("l", lid[2:]), ("s", str(c.rng.randint(30, 5000))), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def talafaasolopito(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sui/{c.phone.ekalesia_member}/ua-matamata")
    b.view("response json ua_matamata[] (watched sermons)", direction="response")
    b.ok_json(
        {
            "ua_matamata": [
                {"lauga_id": lid, "ulutala": t, "aso": iso(c), "tulaga_sekone": d // 2}
                for lid, t, d in c.rng.sample(LAUGA, 3)
            ]
        }
    )
    return b.build()


# --- look-alikes --------------------------------------------------------------


def lauga_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lauga?itulau=1")
    b.decoy("sermon list with durations (content fetch)")
    b.ok_json({"lauga": [{"lauga_id": i, "ulutala": t, "umi_sekone": d} for i, t, d in LAUGA]})
    return b.build()


def livestream_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/matamata/ola")
    b.decoy("livestream status with a viewer count over everyone")
    b.ok_json(
        {
            "ola": True,
            "ulutala": "Sāuniga o le Aso Sā",
            "tagata_matamata": c.rng.randint(40, 400),
            "hls": "https://live.ekalesia-akl.example/aso-sa/index.m3u8",
        }
    )
    return b.build()


def live_segment(c: Context) -> Flow:
    b = AB(
        c,
        "ekalesia",
        "GET",
        f"https://live.ekalesia-akl.example/aso-sa/720p/{c.rng.randint(10000, 99999)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def pese(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/pese/{c.rng.randint(1, 400)}")
    b.ok_json(
        {
            "numera": c.rng.randint(1, 400),
            "ulutala": c.rng.choice(["Matou te viia oe", "Le Atua e", "Ia viia le Alii"]),
            "fuaiupu": ["...", "..."],
        }
    )
    return b.build()


def taulaga(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/taulaga")
    b.decoy("offering payment with receipt number")
    b.json({"aofai": c.rng.choice([20, 50, 100]), "tupe": "NZD", "ki": rid(c.rng)})
    b.ok_json({"lisiti": order_no(c.rng), "faafetai": True})
    return b.build()


def screen_health(c: Context) -> Flow:
    """A hall screen (church equipment) posts its health: serial and MAC of the
    church's own screen, not a person's device."""
    name, serial = c.rng.choice(SCREENS)
    b = AB(c, "ekalesia-mata", "POST", f"{API}/v1/mata/{name}/soifua", http_version="HTTP/1.1")
    b.header("user-agent", "SignageAgent/5.2 (Linux; BrightSign-like)")
    b.decoy("church hall screen's own serial / MAC (institution equipment)")
    b.json(
        {
            "mata_id": name,
            "numera_faasologa": serial,
            "mac": mac(c.rng, "90:AC:3F"),
            "uptime_s": c.rng.randint(3600, 900000),
            "malamalama": c.rng.choice([60, 80, 100]),
            "vevela_c": c.rng.randint(38, 55),
            "lisi_pese": f"pl-{c.rng.randint(100, 199)}",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def screen_playlist(c: Context) -> Flow:
    name, _serial = c.rng.choice(SCREENS)
    b = AB(c, "ekalesia-mata", "GET", f"{API}/v1/mata/{name}/lisi", http_version="HTTP/1.1")
    b.header("user-agent", "SignageAgent/5.2 (Linux; BrightSign-like)")
    b.decoy("hall screen playlist of hymn slides (content fetch)")
    b.ok_json(
        {
            "lisi": [
                {"ituaiga": "pese", "numera": c.rng.randint(1, 400), "sekone": 45} for _ in range(4)
            ]
            + [{"ituaiga": "matamata_ola", "url": "https://live.ekalesia-akl.example/aso-sa"}]
        }
    )
    return b.build()
