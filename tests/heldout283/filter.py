"""KosherNet: the filter app of the grandfather's kosher phone in Bnei Brak (a
Google-free Android handset, dual SIM).

The filter registers the handset with the provider so that the filter policy is
tied to this phone: both IMEIs, the serial number, the Wi-Fi MAC and the
filter app's ANDROID_ID, under Hebrew-script keys (מכשיר = device, סעריאַל_נומער
= serial number, ליצענץ = licence); the provider answers with its own device
number. An older component still speaks SOAP / XML. The heartbeat carries an MD5
of the first IMEI; the policy fetch a SHA-1 of the serial in a header; the
watchdog an XOR-scrambled blob of IMEI and serial. The whitelist, the category
list and an unblock request (with a request number) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid

API = "https://api.koshernet-filter.example"
UA = dalvik("zeyde") + " KosherNet/8.4"


def _b(c: Context, method: str, url: str, http: str = "HTTP/1.1") -> FB:
    b = FB(c, "koshernet", method, url, http_version=http)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/makhshir/rishum", "HTTP/2.0")
    b.json(
        {
            "מכשיר": {
                "IMEI": b.id("imei_zeyde", where="json מכשיר.IMEI"),
                "IMEI2": b.id("imei2_zeyde", where="json מכשיר.IMEI2"),
                "סעריאַל_נומער": b.id("serial_zeyde", where="json מכשיר.סעריאַל_נומער (serial)"),
                "וויי־פיי_MAC": b.id("mac_zeyde", where="json מכשיר.וויי־פיי_MAC"),
                "אַנדרויד_אײדי": b.id("aid_filter", where="json מכשיר.אַנדרויד_אײדי"),
                "מאָדעל": "KP-F22",
            },
            "ליצענץ": b.acct("filter_license"),
            "שטאַפּל": "מהדרין",
        }
    )
    b.other_id("filter_device_no", "response json מכשיר_נומער", direction="response")
    b.ok_json({"רעגיסטרירט": True, "מכשיר_נומער": c.phone.filter_device_no, "פּאָליסי": 12})
    return b.build()


def register_xml(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/soap/DeviceService.asmx")
    b.header("soapaction", '"http://koshernet.example/RegisterDevice"')
    imei = b.id("imei_zeyde", where="xml Imei")
    serial = b.id("serial_zeyde", where="xml SerialNumber")
    mac = b.id("mac_zeyde", "nosep_upper", "xml MacAddress (no separators, upper)")
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
        '<soap:Body><RegisterDevice xmlns="http://koshernet.example/">'
        f"<Imei>{imei}</Imei><SerialNumber>{serial}</SerialNumber>"
        f"<MacAddress>{mac}</MacAddress><Model>KP-F22</Model>"
        f"<License>{b.acct('filter_license')}</License>"
        "</RegisterDevice></soap:Body></soap:Envelope>"
    )
    b.set_body(xml.encode(), "text/xml; charset=utf-8")
    b.respond(
        200,
        "text/xml; charset=utf-8",
        (
            b'<?xml version="1.0" encoding="utf-8"?><soap:Envelope '
            b'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
            b"<RegisterDeviceResponse><Result>OK</Result></RegisterDeviceResponse>"
            b"</soap:Body></soap:Envelope>"
        ),
    )
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/chk")
    b.param("d", b.id("imei_zeyde", "md5", "query d (md5 of IMEI)", detectable=False))
    b.param("v", "8.4")
    b.param("t", str(ms(c)))
    b.ok_json({"s": 0})
    return b.build()


def policy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/polisi?ver={c.rng.randint(100, 140)}", "HTTP/2.0")
    b.header("x-dev", b.id("serial_zeyde", "sha1", "header x-dev (sha1 of serial)", False))
    b.ok_json(
        {
            "ווערסיע": c.rng.randint(100, 140),
            "ערלויבט": ["kolhaheym.example", "hebcal.com", "koshernet-filter.example"],
            "אפּס": ["com.whatsapp:off", "org.kolhaheym.player:on"],
        }
    )
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/w")
    raw = b.id_raw("imei_zeyde", "xor7_b64", "form z (XOR-7 base64 of IMEI|serial)")
    raw += "|" + b.id_raw("serial_zeyde", "xor7_b64", "form z (XOR-7 base64 of IMEI|serial)")
    blob = b64(bytes(ch ^ 7 for ch in raw.encode()))
    b.form([("z", blob), ("s", str(c.rng.randint(1, 9)))])
    b.ok_json({"k": 1})
    return b.build()


def whitelist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/reshime/erlaubt?hash={new_hex(c.rng, 12)}", "HTTP/2.0")
    b.decoy("whitelist version hash")
    b.ok_json(
        {
            "reshime": ["bank.example.co.il", "hebcal.com", "mail.example.co.il"],
            "hash": new_hex(c.rng, 40),
        }
    )
    return b.build()


def categories(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kategoryes", "HTTP/2.0")
    b.ok_json(
        {
            "קאַטעגאָריעס": [
                {"id": i, "נאָמען": n}
                for i, n in enumerate(["נייעס", "שיעורים", "באַנק", "מאַפּעס"], 1)
            ]
        }
    )
    return b.build()


def unblock_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/bakoshe", "HTTP/2.0")
    b.decoy("unblock request number and site")
    b.json(
        {
            "זייטל": "https://www.example-shop.co.il/",
            "סיבה": "צו באַשטעלן ספרים",
            "צייט": iso(c),
            "x-request-id": rid(c.rng),
        }
    )
    b.ok_json({"בקשה_נומער": f"BQ-{c.rng.randint(10**5, 10**6)}", "סטאַטוס": "ווארט"})
    return b.build()
