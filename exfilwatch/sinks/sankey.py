"""A small Sankey layout that emits static SVG: app -> category -> owner -> country.

Why our own: the Sankey packages on PyPI either draw through matplotlib (a large
dependency for one chart, and its Sankey is a single-flow diagram, not columns)
or emit a JavaScript widget (plotly, floweaver/ipysankeywidget), which a report
that must open with no network and no scripts cannot use. Columns of stacked
nodes joined by bands is a few dozen lines of arithmetic.

Layout: every path (one value per column) carries a weight; a node's height is
the sum of the weights through it, on one scale for all columns, so every
column is as tall as the total. Nodes in a column are ordered by the mean
position of what feeds them, which keeps bands from crossing much.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

CATEGORY_COLOURS = {
    "biometric": "#c0392b",
    "viewing_history": "#8e44ad",
    "device_id": "#1f6fb2",
    "contact": "#d35400",
    "location": "#16a085",
}
_FALLBACK = ("#7f8c8d", "#b7950b", "#2e86c1", "#a04000", "#117a65")
_NODE_W = 14
_PAD = 10
_SCALE_H = 420.0
_MIN_H = 3.0
_TOP = 34


@dataclass(slots=True)
class _Node:
    column: int
    name: str
    value: int = 0
    y: float = 0.0
    h: float = 0.0
    out_y: float = 0.0
    in_y: float = 0.0
    colour: str = "#555"
    sources: dict[str, int] = field(default_factory=dict)


def colour_of(category: str) -> str:
    if category in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[category]
    return _FALLBACK[sum(map(ord, category)) % len(_FALLBACK)]


def _nodes(paths: Mapping[tuple[str, ...], int], columns: int) -> list[dict[str, _Node]]:
    cols: list[dict[str, _Node]] = [{} for _ in range(columns)]
    for path, weight in paths.items():
        for i, name in enumerate(path):
            node = cols[i].setdefault(name, _Node(i, name))
            node.value += weight
            if i:
                node.sources[path[i - 1]] = node.sources.get(path[i - 1], 0) + weight
    return cols


def _order(cols: list[dict[str, _Node]]) -> list[list[_Node]]:
    """Largest first in column 0; then by the weighted mean rank of each node's sources."""
    ordered = [sorted(cols[0].values(), key=lambda n: (-n.value, n.name))]
    for col in cols[1:]:
        rank = {n.name: i for i, n in enumerate(ordered[-1])}

        def centre(node: _Node, rank: dict[str, int] = rank) -> tuple[float, int, str]:
            total = sum(node.sources.values()) or 1
            mean = sum(rank.get(s, 0) * w for s, w in node.sources.items()) / total
            return (mean, -node.value, node.name)

        ordered.append(sorted(col.values(), key=centre))
    return ordered


def _place(ordered: list[list[_Node]], total: int) -> float:
    """Set y and h of every node; returns the drawing's height."""
    scale = _SCALE_H / max(total, 1)
    heights = []
    for col in ordered:
        y = 0.0
        for node in col:
            node.h = max(_MIN_H, node.value * scale)
            node.y = y
            y += node.h + _PAD
        heights.append(y - _PAD)
    tallest = max(heights, default=0.0)
    for col, h in zip(ordered, heights, strict=True):
        shift = _TOP + (tallest - h) / 2
        for node in col:
            node.y += shift
            node.out_y = node.in_y = node.y
    return tallest + _TOP + 8


def _band(x0: float, y0: float, x1: float, y1: float, h0: float, h1: float) -> str:
    xm = (x0 + x1) / 2
    return (
        f"M{x0:.1f},{y0:.1f}C{xm:.1f},{y0:.1f} {xm:.1f},{y1:.1f} {x1:.1f},{y1:.1f}"
        f"L{x1:.1f},{y1 + h1:.1f}C{xm:.1f},{y1 + h1:.1f} {xm:.1f},{y0 + h0:.1f} "
        f"{x0:.1f},{y0 + h0:.1f}Z"
    )


def sankey_svg(
    paths: Mapping[tuple[str, ...], int],
    titles: Sequence[str],
    colours: Mapping[str, str] | None = None,
    colour_column: int = 1,
    width: int = 1100,
    unit: str = "finding",
) -> str:
    """SVG markup (labels escaped) for weighted paths of len(titles) columns each.

    Nodes of `colour_column` (and the bands through them) take `colours[name]`,
    or a colour derived from the name.
    """
    colours = colours or {}

    def pick(name: str) -> str:
        return colours.get(name) or colour_of(name)

    columns = len(titles)
    total = sum(paths.values())
    cols = _nodes(paths, columns)
    ordered = _order(cols)
    height = _place(ordered, total)
    xs = [10 + i * (width - 20 - _NODE_W) / max(columns - 1, 1) for i in range(columns)]
    for node in cols[colour_column].values():
        node.colour = pick(node.name)
    # a band takes the colour of the category it carries, through to the owner column
    links: Counter[tuple[int, str, str, str]] = Counter()
    for path, weight in paths.items():
        colour = pick(path[colour_column])
        for i in range(columns - 1):
            key_colour = colour if i <= colour_column else "#95a5a6"
            links[(i, path[i], path[i + 1], key_colour)] += weight
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sankey" viewBox="0 0 {width} '
        f'{height:.0f}" width="{width}" height="{height:.0f}" role="img" '
        f'aria-label="Flow of findings: {escape(" to ".join(titles))}">'
    ]
    for i, title in enumerate(titles):
        anchor = "start" if i < columns / 2 else "end"
        x = xs[i] if anchor == "start" else xs[i] + _NODE_W
        parts.append(
            f'<text class="col" x="{x:.1f}" y="16" text-anchor="{anchor}">{escape(title)}</text>'
        )
    parts.extend(_links(links, cols, ordered, xs))
    parts.extend(_node_marks(ordered, xs, columns, unit))
    parts.append("</svg>")
    return "".join(parts)


def _links(
    links: Counter[tuple[int, str, str, str]],
    cols: list[dict[str, _Node]],
    ordered: list[list[_Node]],
    xs: Sequence[float],
) -> list[str]:
    rank = [{n.name: j for j, n in enumerate(col)} for col in ordered]
    keys = sorted(links, key=lambda k: (k[0], rank[k[0]][k[1]], rank[k[0] + 1][k[2]], k[3]))
    out: list[str] = []
    for i, src, dst, colour in keys:
        weight = links[(i, src, dst, colour)]
        a, b = cols[i][src], cols[i + 1][dst]
        h0, h1 = a.h * weight / a.value, b.h * weight / b.value
        d = _band(xs[i] + _NODE_W, a.out_y, xs[i + 1], b.in_y, h0, h1)
        a.out_y += h0
        b.in_y += h1
        tip = escape(f"{src} → {dst}: {weight}")
        out.append(
            f'<path class="link" d="{d}" fill="{colour}" data-from="{escape(src)}" '
            f'data-to="{escape(dst)}" data-value="{weight}"><title>{tip}</title></path>'
        )
    return out


def _node_marks(
    ordered: list[list[_Node]], xs: Sequence[float], columns: int, unit: str
) -> list[str]:
    out: list[str] = []
    for i, col in enumerate(ordered):
        left = i < columns / 2
        for node in col:
            label = escape(f"{node.name} ({node.value})")
            tx = xs[i] + _NODE_W + 5 if left else xs[i] - 5
            ty = node.y + node.h / 2 + 4
            plural = unit if node.value == 1 else unit + "s"
            out.append(
                f'<g class="node" data-column="{i}" data-name="{escape(node.name)}" '
                f'data-value="{node.value}"><rect x="{xs[i]:.1f}" y="{node.y:.1f}" '
                f'width="{_NODE_W}" height="{node.h:.1f}" fill="{node.colour}">'
                f"<title>{escape(node.name)}: {node.value} {plural}</title></rect>"
                f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{"start" if left else "end"}">'
                f"{label}</text></g>"
            )
    return out


def group_paths(rows: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """Count identical paths: one row per finding in, one weight per path out."""
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for row in rows:
        counts[row] += 1
    return dict(counts)
