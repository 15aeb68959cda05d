"""The flow builder and small helpers that the later held-out sets share.

`LabelledBuilder.id` takes an attribute of the set's device object, records a
carrier for it (its known.yaml kind, its encoding, where it sits, whether key
names say what it is) and returns the encoded value, so that a set's labels
are written from what was inserted. A set subclasses it and says which of its
attributes are known.yaml kinds; nothing else about the sets is shared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlencode

from .flowmodel import Carrier, Context, FlowBuilder
from .identity import RECOVERABLE, encode, new_uuid
from .wire import jsb


class DeviceIds:
    """What a set's device object says about its identifiers (a slotted dataclass mixin)."""

    __slots__ = ()
    known_attrs: ClassVar[dict[str, str]] = {}
    not_device: ClassVar[frozenset[str]] = frozenset()
    """Attributes that are no device identifier (accounts, model names, tokens)."""

    def known_values(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for attr, kind in self.known_attrs.items():
            out.setdefault(kind, []).append(getattr(self, attr))
        return out

    def device_attrs(self) -> list[str]:
        """Every attribute that is a device identifier (known or SDK-made)."""
        return [a for a in self.__slots__ if a not in self.not_device]  # type: ignore[attr-defined]


Gen = Callable[[Context], Any]


class SessionBase:
    """A session's randomness, device, clock and flows, and the dice its app blocks throw."""

    def __init__(
        self, seed: int, make_device: Callable[[random.Random], Any], start: float
    ) -> None:
        self.rng = random.Random(seed)
        self.phone = make_device(self.rng)
        self.ctx = Context(rng=self.rng, phone=self.phone, now=start)  # a set's own device
        self.flows: list[Any] = []
        self.k: dict[str, int] = {}

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def pick(self, schedule: list[Any], key: str) -> Any:
        """The next item of a rotating schedule, so that rare cases show even in small sets."""
        i = self.k.get(key, 0)
        self.k[key] = i + 1
        return schedule[i % len(schedule)]

    def some(self, table: list[tuple[float, Gen]]) -> None:
        for prob, fn in table:
            if self.p(prob):
                self.flows.append(fn(self.ctx))

    def finish(
        self,
        blocks: list[tuple[float, Any]],
        benign: list[Gen],
        target: int,
        background_rate: float,
        after: Any = None,
    ) -> tuple[Any, list[Any]]:
        """Run the app blocks until `target` flows, number them, return (device, flows)."""
        run_blocks(
            self.rng,
            self.flows,
            blocks,
            lambda: self.rng.choice(benign)(self.ctx),
            target,
            background_rate,
            after,
        )
        number_flows(self.rng, self.flows)
        return self.phone, self.flows


class LabelledBuilder(FlowBuilder):
    known_attrs: ClassVar[dict[str, str]] = {}
    """device attribute -> its known.yaml kind (attributes not here are SDK-made ids)."""
    contact_kinds: ClassVar[tuple[str, ...]] = ("email",)
    protobuf_is_known: ClassVar[bool] = True
    """A protobuf string field keeps the value's bytes as they are: `--known` sees it."""

    def id(
        self,
        attr: str,
        how: str = "plain",
        where: str = "",
        detectable: bool = True,
        direction: str = "request",
    ) -> str:
        self._record(attr, how, where, detectable, direction)
        value = str(getattr(self.ctx.phone, attr))
        return value if how == "protobuf" else encode(value, how)

    def id_raw(self, attr: str, hidden_as: str, where: str, detectable: bool = False) -> str:
        """The raw value, for a generator that hides it itself (cipher, custom alphabet).

        Recorded with `hidden_as` as its encoding; when that is not one `--known`
        is asked to undo, the carrier is not expected of `--known`.
        """
        self._record(attr, hidden_as, where, detectable, "request")
        return str(getattr(self.ctx.phone, attr))

    def other_id(
        self, kind: str, where: str, detectable: bool = True, direction: str = "request"
    ) -> None:
        """Label a device id the generator made itself (an SDK's install id, a paired
        thing's serial) rather than one of the phone's: `--known` is not asked for it."""
        self._record(kind, "plain", where, detectable, direction)

    def acct(self, attr: str) -> str:
        """An account id or token: sent, never labelled (not a device identifier)."""
        return str(getattr(self.ctx.phone, attr))

    def _record(self, attr: str, how: str, where: str, detectable: bool, direction: str) -> None:
        kind = self.known_attrs.get(attr, attr)
        category = "contact" if kind in self.contact_kinds else "device_id"
        recoverable = how in RECOVERABLE or (self.protobuf_is_known and how == "protobuf")
        known = attr in self.known_attrs and recoverable
        self.carriers.append(Carrier(category, kind, where, how, detectable, known, direction))

    def view(self, where: str, detectable: bool = True, direction: str = "request") -> None:
        self.mark("viewing_history", "viewing", where, detectable, direction)

    def bio(self, kind: str, where: str, detectable: bool = True) -> None:
        self.mark("biometric", kind, where, detectable)

    def json(self, obj: Any, encoding: str | None = None, ctype: str = "application/json") -> None:
        """A compact JSON body (org.json style), optionally content-encoded."""
        self.set_body(jsb(obj), ctype, encoding)

    def form(self, pairs: list[tuple[str, str]], encoding: str | None = None) -> None:
        self.set_body(
            urlencode(pairs).encode(), "application/x-www-form-urlencoded; charset=UTF-8", encoding
        )

    def ok_json(self, obj: Any, status: int = 200) -> None:
        self.respond(status, "application/json; charset=utf-8", jsb(obj))

    def no_content(self) -> None:
        self.respond(204, None)


def rf(rng: random.Random, low: float, high: float, nd: int = 4) -> float:
    return round(rng.uniform(low, high), nd)


def floats(rng: random.Random, n: int, nd: int = 5) -> list[float]:
    return [round(rng.gauss(0, 0.08), nd) for _ in range(n)]


def okhttp() -> str:
    return "okhttp/4.12.0"


def ms(ctx: Context) -> int:
    return int(ctx.now * 1000)


def iso(ctx: Context) -> str:
    return datetime.fromtimestamp(ctx.now, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def req_id(rng: random.Random) -> str:
    """A request / trace id: looks like an identifier, identifies nothing on the phone."""
    return new_uuid(rng)


def order_no(rng: random.Random) -> str:
    parts = (rng.randint(10, 99), rng.randint(1000, 9999), rng.randint(1000, 9999))
    return "GPA.33{}-{}-{}-{}".format(*parts, rng.randint(10000, 99999))


def run_blocks(
    rng: random.Random,
    flows: list[Any],
    blocks: list[tuple[float, Any]],
    background: Any,
    target: int,
    background_rate: float = 0.3,
    after: Any = None,
) -> None:
    """Pick app blocks by weight until there are `target` flows, with ordinary
    background traffic after each block (each extra one with `background_rate`),
    then `after()` if given."""
    total = sum(p for p, _ in blocks)
    while len(flows) < target:
        r = rng.random() * total
        for p, block in blocks:
            if r < p:
                block()
                break
            r -= p
        while rng.random() < background_rate:
            flows.append(background())
        if after is not None:
            after()


def number_flows(rng: random.Random, flows: list[Any]) -> None:
    """Index and flow id per flow, in session order."""
    for i, flow in enumerate(flows):
        flow.index = i
        flow.flow_id = new_uuid(rng)
