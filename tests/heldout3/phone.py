"""The set-3 devices and the flow builder that labels every identifier it inserts.

The capture holds two devices behind one proxy: a Samsung Galaxy A54 (Google
services) and an Amazon Fire TV stick running the kids' app. Each has its own
advertising id (Google AAID; Amazon Fire advertising id), and since Android 8
every app sees its own ANDROID_ID, so known.yaml lists all of those. The Fire TV
(Fire OS 7, Android 9) still lets an app read the Wi-Fi MAC and the serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Carrier, Context, FlowBuilder
from tests.heldout.identity import (
    RECOVERABLE,
    encode,
    luhn_complete,
    new_digits,
    new_hex,
    new_uuid,
)

# phone attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "fire_adid": "advertising_id",
    "aid_pulse": "android_id",
    "aid_toons": "android_id",
    "aid_firetv": "android_id",
    "aid_game": "android_id",
    "aid_bank": "android_id",
    "aid_mirror": "android_id",
    "aid_sing": "android_id",
    "imei": "imei",
    "firetv_mac": "mac",
    "firetv_serial": "serial",
    "toons_device_id": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)


@dataclass(frozen=True, slots=True)
class Phone3:
    gaid: str
    fire_adid: str
    aid_pulse: str
    aid_toons: str
    aid_firetv: str
    aid_game: str
    aid_bank: str
    aid_mirror: str
    aid_sing: str
    imei: str
    firetv_mac: str
    firetv_serial: str
    toons_device_id: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id category, not in known.yaml)
    braze_device_id: str
    fb_anon_id: str
    clevertap_id: str
    mixpanel_device_id: str
    appsflyer_uid: str
    kochava_id: str
    app_set_id: str
    unity_idfi: str
    kidoz_device_hash: str
    adobe_ecid: str
    ga_client_id: str
    gameanalytics_uid: str
    wavecast_install: str
    pulse_install: str
    mirror_install: str
    bank_binding_id: str
    sing_install: str
    news_install: str
    # account ids (not device identifiers; never labelled)
    pulse_user: str
    toons_household: str
    wavecast_user: str
    news_user: str
    gem_player: str
    mirror_user: str
    bank_customer: str
    sing_user: str
    model: str = "SM-A546B"
    brand: str = "samsung"
    os_version: str = "14"
    tv_model: str = "AFTKA"

    @classmethod
    def make(cls, rng: random.Random) -> Phone3:
        mac = "44:3d:54:" + ":".join(new_hex(rng, 2) for _ in range(3))
        return cls(
            gaid=new_uuid(rng),
            fire_adid=new_uuid(rng),
            aid_pulse=new_hex(rng, 16),
            aid_toons=new_hex(rng, 16),
            aid_firetv=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_mirror=new_hex(rng, 16),
            aid_sing=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            firetv_mac=mac,
            firetv_serial="G4N1" + new_hex(rng, 12).upper(),
            toons_device_id="ttd-" + new_hex(rng, 20),
            email=f"jonas.ekwueme{rng.randint(10, 99)}@inbox-example.org",
            braze_device_id=new_uuid(rng),
            fb_anon_id="XZ" + new_uuid(rng),
            clevertap_id="__" + new_hex(rng, 32),
            mixpanel_device_id=new_uuid(rng),
            appsflyer_uid=f"1718{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            kochava_id="KA" + new_digits(rng, 13) + "t" + new_hex(rng, 32),
            app_set_id=new_uuid(rng),
            unity_idfi=new_uuid(rng),
            kidoz_device_hash=new_hex(rng, 40),
            adobe_ecid=new_digits(rng, 38, "6"),
            ga_client_id=f"{new_digits(rng, 10, '1')}.{1718000000 + rng.randint(0, 99999)}",
            gameanalytics_uid=new_uuid(rng),
            wavecast_install=new_uuid(rng),
            pulse_install=new_hex(rng, 32),
            mirror_install=new_uuid(rng).upper(),
            bank_binding_id=new_uuid(rng),
            sing_install=new_uuid(rng),
            news_install=new_hex(rng, 24),
            pulse_user="pm_" + new_digits(rng, 9),
            toons_household="hh_" + new_hex(rng, 10),
            wavecast_user="u" + new_digits(rng, 8),
            news_user="rdr-" + new_digits(rng, 7),
            gem_player="P" + new_digits(rng, 11),
            mirror_user=new_digits(rng, 12, "9"),
            bank_customer="NV" + new_digits(rng, 10),
            sing_user="s" + new_hex(rng, 14),
        )

    def known_values(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for attr, kind in KNOWN_ATTRS.items():
            out.setdefault(kind, []).append(getattr(self, attr))
        return out

    def device_attrs(self) -> list[str]:
        """Every attribute that is a device identifier (known or SDK-made)."""
        skip = {"email", "model", "brand", "os_version", "tv_model"}
        accounts = {
            "pulse_user",
            "toons_household",
            "wavecast_user",
            "news_user",
            "gem_player",
            "mirror_user",
            "bank_customer",
            "sing_user",
        }
        return [a for a in self.__slots__ if a not in skip and a not in accounts]  # type: ignore[attr-defined]


class FB(FlowBuilder):
    """FlowBuilder whose `id` takes a Phone3 attribute and records its known kind."""

    def id(
        self,
        attr: str,
        how: str = "plain",
        where: str = "",
        detectable: bool = True,
        direction: str = "request",
    ) -> str:
        value = getattr(self.ctx.phone, attr)
        kind = KNOWN_ATTRS.get(attr, attr)
        category = "contact" if kind in CONTACT_KINDS else "device_id"
        known = attr in KNOWN_ATTRS and how in RECOVERABLE
        self.carriers.append(Carrier(category, kind, where, how, detectable, known, direction))
        return encode(value, how)

    def json(
        self, obj: object, encoding: str | None = None, ctype: str = "application/json"
    ) -> None:
        """A compact JSON body (org.json style), optionally content-encoded."""
        from tests.heldout.wire import jsb

        self.set_body(jsb(obj), ctype, encoding)

    def ok_json(self, obj: object, status: int = 200) -> None:
        from tests.heldout.wire import jsb

        self.respond(status, "application/json; charset=utf-8", jsb(obj))


def rf(rng: random.Random, low: float, high: float, nd: int = 4) -> float:
    return round(rng.uniform(low, high), nd)


def play_order_id(rng: random.Random) -> str:
    """A Google Play order number (GPA.3xxx-...): an ordinary id, not a device id."""
    parts = (
        rng.randint(10, 99),
        rng.randint(1000, 9999),
        rng.randint(1000, 9999),
        rng.randint(10000, 99999),
    )
    return "GPA.33{}-{}-{}-{}".format(*parts)


def ua(app: str, ver: str, tv: bool = False) -> str:
    if tv:
        return f"{app}/{ver} (Linux; Android 9; AFTKA Build/PS7633.3445N; wv)"
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def okhttp() -> str:
    return "okhttp/4.12.0"


__all__ = ["FB", "KNOWN_ATTRS", "Context", "Phone3", "okhttp", "play_order_id", "rf", "ua"]
