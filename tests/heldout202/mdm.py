"""The company MDM agent on the two company phones (Rubén's A15, Liz's moto g54).

As device owner it can read the hardware ids: the check-in sends the IMEI,
the serial number and the Wi-Fi MAC with readable names. The agent's compact
status heartbeat sends the same values as a positional array `h`
(`[imei, serial, battery, storage, ...]`): no key says what they are. Policy
and app-catalogue fetches are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import SB, ms, rid

API = "https://mdm.tekopora.example/agent"
WHO = {
    "ruben": ("imei_chofer", "serial_chofer", "mac_chofer", "SM-A155M"),
    "liz": ("imei_supervisora", "serial_supervisora", "mac_supervisora", "moto g54 5G"),
}


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "mdm", method, url)
    b.header("user-agent", "TekoMDM-Agent/7.2 (Android 14)")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def checkin(c: Context) -> Flow:
    imei, serial, mac, modelo = WHO[c.rng.choice(["ruben", "liz"])]
    b = _b(c, "POST", f"{API}/v2/checkin")
    b.json(
        {
            "imei": b.id(imei, where="json imei"),
            "nroSerie": b.id(serial, where="json nroSerie"),
            "macWifi": b.id(mac, where="json macWifi"),
            "modelo": modelo,
            "android": "14",
            "parcheSeguridad": "2024-11-01",
        }
    )
    b.ok_json({"ok": True, "proximoCheckin": 3600})
    return b.build()


def estado_opaque(c: Context) -> Flow:
    imei, serial, _, _ = WHO[c.rng.choice(["ruben", "liz"])]
    b = _b(c, "POST", f"{API}/v2/e")
    b.json(
        {
            "h": [
                b.id(imei, where="json h[0]", detectable=False),
                b.id(serial, where="json h[1]", detectable=False),
                c.rng.randint(10, 100),
                c.rng.randint(2000, 60000),
                ms(c),
            ]
        }
    )
    b.no_content()
    return b.build()


def politicas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/politicas")
    b.ok_json(
        {
            "camaraPermitida": True,
            "bloqueoPantallaSeg": 120,
            "wifi": [{"ssid": "TEKO-DEPOSITO", "seguridad": "WPA2"}],
            "appsObligatorias": ["py.tekopora.tape", "py.tekopora.ptt"],
        }
    )
    return b.build()


def catalogo_apps(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/apps")
    b.ok_json(
        {
            "apps": [
                {"paquete": "py.tekopora.tape", "version": "4.1.3"},
                {"paquete": "py.tekopora.nemuha", "version": "3.0.7"},
                {"paquete": "py.tekopora.ptt", "version": "3.5.2"},
            ]
        }
    )
    return b.build()
