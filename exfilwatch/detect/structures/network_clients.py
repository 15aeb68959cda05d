"""A wireless network's connected client, as its controller lists it: the client's own MAC,
the name the client gave itself, and the access point, SSID or radio it is associated to.

A hotel's, a café's or an airport's guest Wi-Fi controller answers `GET .../clients?ssid=Guest`
-> `{"clients": [{"mac": "..", "hostname": "Galaxy-S23", "ap": "AP-2F-E", "rxMb": 359}]}`.
Each row is a guest's own phone or laptop (its hostname is the one its owner's OS sends in
DHCP), not the institution's equipment: the access points are the institution's, and the row
names its AP by name or by the AP's MAC beside the client's. A Wi-Fi survey's rows (a
neighbour's network: `bssid`, `ssid`, `rssi`) carry the access point's MAC, not a client's,
and an access point inventory names no client hostname; neither is read.
"""

from __future__ import annotations

from functools import lru_cache

from ..validators import is_mac_any
from ._common import _key_text, key_words, structure

_ROW_KEYS = (3, 16)
# The access point's own MAC or name (`bssid`, `apMac`, `ap`): never the client's MAC.
_AP_WORDS = frozenset(["ap", "bssid", "accesspoint", "wap", "radio", "router", "gateway"])
# What ties the client to the network: its access point, SSID, radio, band or signal.
_ASSOCIATION_WORDS = frozenset(
    ["ap", "accesspoint", "bssid", "ssid", "essid", "radio", "band", "rssi",
     "signal", "snr", "associated", "association", "wlan", "vlan"]
)  # fmt: skip
# The name the client gives itself in DHCP (`hostname`, `host_name`, `dhcpName`).
_HOSTNAME_WORDS = frozenset(["hostname", "host", "dhcp", "dhcpname"])


@lru_cache(maxsize=4096)
def _client_mac_key(key: str) -> bool:
    words = set(key_words(key))
    return "mac" in words and not (_AP_WORDS & words or {"access", "point"} <= words)


@lru_cache(maxsize=4096)
def _association_key(key: str) -> bool:
    words = set(key_words(key))
    return bool(_ASSOCIATION_WORDS & words) or {"access", "point"} <= words


@lru_cache(maxsize=4096)
def _hostname_key(key: str) -> bool:
    return bool(_HOSTNAME_WORDS.intersection(key_words(key)))


@structure("network_client_station", kind=dict, size=_ROW_KEYS)
def network_client_station(value: object) -> str | None:
    """A client row: its MAC under a client key, its DHCP hostname, and its AP or SSID."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    keys = [_key_text(key) for key in value]
    pairs = zip(keys, value.values(), strict=True)
    mac_key = next((k for k, v in pairs if _client_mac_key(k) and is_mac_any(v)), None)
    if mac_key is None:
        return None
    host_key = next((k for k in keys if _hostname_key(k) and isinstance(value.get(k), str)), None)
    if host_key is None or not any(_association_key(k) for k in keys if k != mac_key):
        return None
    return f"network client: `{mac_key}` named `{host_key}`"
