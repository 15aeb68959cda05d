"""VialCam 4G: a dashcam with an LTE module and its companion app, in the
son's car in Cusco.

The camera itself reports to the maker's cloud over LTE: registration with its
IMEI, serial and Wi-Fi MAC (the app joins the camera's hotspot to download
clips), a GPS track with the IMEI in a header, impact events with a short road
clip, and a status beacon keyed by an MD5 of the IMEI. The companion app binds
the camera with the phone's ANDROID_ID. GPS tracks, G-sensor values, road clips
(no face analysis), speed-camera lists and the workshop's OBD scanner serial
are not what the set labels.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

API = "https://cloud.vialcam.example"
APP_UA = ua("VialCam", "4.0.7", "hijo")
CAM_UA = "VialCam-FW/V4G_2.1.9 (MSTAR SSC338Q)"
RUTA = [(-13.5226, -71.9673), (-13.5319, -71.9675), (-13.5400, -71.9550), (-13.5170, -71.9785)]


def _cam(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vialcam", method, url)
    b.header("user-agent", CAM_UA)
    return b


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vialcam", method, url)
    b.header("user-agent", APP_UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def registro_camara(c: Context) -> Flow:
    b = _cam(c, "POST", f"{API}/api/v1/camara/registro")
    b.json(
        {
            "imei": b.id("cam_imei", where="json imei"),
            "serie": b.id("cam_serial", where="json serie"),
            "macWifi": b.id("cam_mac", where="json macWifi"),
            "firmware": "V4G_2.1.9",
        }
    )
    b.ok_json({"ok": True, "intervaloGps": 30})
    return b.build()


def vincular_app(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/api/v1/app/vincular")
    b.json(
        {
            "usuario": b.acct("cam_user"),
            "serieCamara": b.id("cam_serial", where="json serieCamara"),
            "androidId": b.id("aid_cam", where="json androidId"),
            "placa": "X4B-" + str(c.rng.randint(100, 999)),
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def pista_gps(c: Context) -> Flow:
    b = _cam(c, "POST", f"{API}/api/v1/camara/gps")
    b.header("x-imei", b.id("cam_imei", where="header x-imei"))
    b.decoy("GPS coordinate list and speed (location, not a device id)")
    pts = [
        {
            "lat": rf(c.rng, lat - 0.002, lat + 0.002, 5),
            "lon": rf(c.rng, lon - 0.002, lon + 0.002, 5),
            "vel": c.rng.randint(0, 60),
            "t": ms(c),
        }
        for lat, lon in RUTA
    ]
    b.json({"puntos": pts}, "gzip")
    b.ok_json({"ok": True})
    return b.build()


def evento_impacto(c: Context) -> Flow:
    b = _cam(c, "POST", f"{API}/api/v1/camara/evento")
    b.header("x-serie", b.id("cam_serial", where="header x-serie"))
    b.decoy("road clip and G-sensor values (no face analysis)")
    b.set_body(fake_mp4(c.rng.randint(0, 10**9), 900), "video/mp4")
    b.header("x-gsensor", f"{rf(c.rng, -2, 2, 2)},{rf(c.rng, -2, 2, 2)},{rf(c.rng, -1, 3, 2)}")
    b.ok_json({"eventoId": rid(c.rng), "guardado": True})
    return b.build()


def estado_opaco(c: Context) -> Flow:
    b = _cam(c, "GET", f"{API}/s")
    b.param("k", b.id("cam_imei", "md5", "query k", detectable=False))
    b.param("b", str(c.rng.randint(20, 100)))
    b.param("t", str(ms(c)))
    b.ok_json({"c": 0})
    return b.build()


def info_camara(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/api/v1/app/camara")
    imei = b.id("cam_imei", where="response json imei", direction="response")
    b.ok_json(
        {
            "imei": imei,
            "senal": -c.rng.randint(70, 110),
            "sd": {"libreMB": c.rng.randint(100, 60000)},
            "ultimaConexion": iso(c),
        }
    )
    return b.build()


def radares(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/api/v1/radares?ciudad=cusco")
    b.decoy("speed-camera coordinates")
    b.ok_json({"radares": [{"lat": lat, "lon": lon, "limite": 60} for lat, lon in RUTA[:2]]})
    return b.build()


def taller_obd(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/api/v1/taller/diagnostico/{rid(c.rng)[:8]}")
    b.decoy("workshop's OBD scanner serial (the institution's equipment)")
    b.ok_json(
        {
            "taller": "Mecánica San Blas",
            "escanerSerie": "OBD-" + new_hex(c.rng, 10).upper(),
            "codigos": ["P0171"],
        }
    )
    return b.build()
