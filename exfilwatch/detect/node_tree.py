"""A decoded exchange's nodes as a tree, for the exchange-wide vetoes.

The readers that decide whose data a finding is (`subjects`), which act it belongs to
(`acts`) and whose unit a device is (`unit_owners`) all walk the same way: outwards
from the node through the nodes that enclose it, nearest first, and inwards into a
record's fields. One walk serves the three."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..decode import Node


class NodeTree:
    def __init__(self, nodes: Sequence[Node]) -> None:
        self.nodes = nodes
        self._children: dict[int, list[int]] | None = None

    def children_of(self, index: int) -> list[int]:
        """The nodes directly inside `index`; the index is built on the first call,
        because most exchanges never ask."""
        if self._children is None:
            children: dict[int, list[int]] = {}
            for i, node in enumerate(self.nodes):
                children.setdefault(node.parent, []).append(i)
            self._children = children
        return self._children.get(index, [])

    def chain(self, index: int) -> Iterator[int]:
        """The node and the nodes that enclose it, nearest first."""
        while index >= 0:
            yield index
            index = self.nodes[index].parent
