"""Timeline charts for the event page of the admin: each source's figure over time, one chart
per measure and unit (money is never drawn on the axis of a head count).

Drawn with pygal (a kept-up SVG charting library) and embedded inline, so the page needs
no image endpoint and no JavaScript. An interval figure ("between 150 and 200", "at least
18") is a vertical bar from its low to its high; an exact figure is a point; official
sources are starred in the legend and drawn with larger dots. A source keeps one colour on
every chart of the event, and the legends are HTML lists under each chart (they wrap
instead of overlapping, as pygal's fixed legend columns did with long source names).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pygal
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from lxml import etree
from pygal.style import Style

from claims.desk import subject_display
from claims.models import Claim, Event, Measure
from sources.models import Source

# An open-ended figure ("at least 18") is drawn up to a little above the chart's highest figure.
OPEN_TOP_MARGIN = 1.1

CHART_STYLE = Style(
    background="transparent",
    plot_background="transparent",
    font_family="-apple-system, 'Segoe UI', system-ui, Roboto, sans-serif",
    foreground="#333",
    foreground_strong="#111",
    foreground_subtle="#888",
    opacity=".9",
    opacity_hover="1",
    # Only interval bars are drawn as lines (exact figures are lone points), so lines are wide.
    stroke_width="8",
    stroke_width_hover="10",
)
# Room on both sides of the first and last day, so their bars are not drawn on the axes.
DAY_MARGIN = dt.timedelta(hours=12)


@dataclass(frozen=True)
class Figure:
    """One claim placed on the timeline."""

    day: dt.date
    low: float
    high: float | None
    text: str
    subject: str

    @property
    def is_exact(self) -> bool:
        return self.high is not None and self.high == self.low


@dataclass
class SourceSeries:
    source_id: int
    name: str
    official: bool
    figures: list[Figure] = field(default_factory=list)


# Distinct on white and for the common colour-vision deficiencies (Okabe-Ito, then Tableau 10
# for more sources). An event with more sources than colours reuses them in order.
SOURCE_COLOURS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#59A14F",
    "#E15759",
    "#B07AA1",
    "#9C755F",
    "#76B7B2",
)


@dataclass(frozen=True)
class LegendEntry:
    name: str
    colour: str
    official: bool


@dataclass(frozen=True)
class TimelineChart:
    measure: str
    unit: str
    label: str
    figure_count: int
    svg: SafeString
    legend: tuple[LegendEntry, ...] = ()

    @property
    def anchor(self) -> str:
        """The chart's HTML id: "timeline-killed", "timeline-other-rupiah"."""
        return "-".join(part for part in ("timeline", self.measure, slugify(self.unit)) if part)


def _figure_day(claim: Claim) -> dt.date | None:
    return claim.as_of or claim.article.published_date


def timeline_series(claims: Iterable[Claim]) -> dict[tuple[str, str], list[SourceSeries]]:
    """Group claims by measure and unit, then by source, each source's figures in date order.

    Claims without any date (no `as_of` and no publication date) cannot be placed and are left out.
    """
    by_chart: dict[tuple[str, str], dict[int, SourceSeries]] = defaultdict(dict)
    for claim in claims:
        day = _figure_day(claim)
        if day is None:
            continue
        source = claim.article.source
        key = (claim.measure, claim.unit.strip())
        series = by_chart[key].get(source.pk)
        if series is None:
            series = SourceSeries(source.pk, source.name, source.kind == Source.Kind.OFFICIAL)
            by_chart[key][source.pk] = series
        series.figures.append(Figure(day, claim.low, claim.high, claim.text, claim.subject))
    result: dict[tuple[str, str], list[SourceSeries]] = {}
    for key in sorted(by_chart, key=_chart_order):
        sources = sorted(by_chart[key].values(), key=_source_order)
        for series in sources:
            series.figures.sort(key=lambda f: (f.day, f.low))
        result[key] = sources
    return result


def _chart_order(key: tuple[str, str]) -> tuple[int, str]:
    measure, unit = key
    values = list(Measure.values)
    return (values.index(measure) if measure in values else len(values), unit)


def _source_order(series: SourceSeries) -> tuple[bool, str, int]:
    return (not series.official, series.name.lower(), series.source_id)


def source_colours(charts: Iterable[list[SourceSeries]]) -> dict[int, str]:
    """One colour per source for all of an event's charts: official sources first, then by name."""
    every_source = {series.source_id: series for sources in charts for series in sources}
    ordered = sorted(every_source.values(), key=_source_order)
    return {series.source_id: SOURCE_COLOURS[index % len(SOURCE_COLOURS)] for index, series in enumerate(ordered)}


def _number(value: float) -> str:
    return number_format(int(value) if float(value).is_integer() else value, force_grouping=True)


def _figure_label(figure: Figure) -> str:
    if figure.high is None:
        reading = f"≥ {_number(figure.low)}"
    elif figure.is_exact:
        reading = _number(figure.low)
    else:
        reading = f"{_number(figure.low)}\N{EN DASH}{_number(figure.high)}"
    subject = f" ({subject_display(figure.subject)})" if figure.subject else ""
    return f"{reading}{subject}: {figure.text}"


def _series_points(figures: list[Figure], top: float) -> list[object]:
    """pygal points: an interval is two points on the same day joined by a thick line,
    an exact figure is a lone point; None breaks the line between figures."""
    points: list[object] = []
    for figure in figures:
        label = _figure_label(figure)
        if figure.is_exact:
            points.append({"value": (figure.day, figure.low), "label": label})
        else:
            high = figure.high if figure.high is not None else top
            points.append({"value": (figure.day, figure.low), "label": label})
            points.append({"value": (figure.day, high), "label": label})
        points.append(None)
    return points


def render_timeline(
    measure_label: str, sources: list[SourceSeries], colours: dict[int, str] | None = None
) -> SafeString:
    """One measure's chart as an inline `<svg>` element (no script, no XML declaration, no
    legend: the page draws it), each source in its colour from `colours`."""
    colours = colours or source_colours([sources])
    bounded = [f.high if f.high is not None else f.low for s in sources for f in s.figures]
    top = max(bounded, default=1.0) * OPEN_TOP_MARGIN
    days = sorted({f.day for s in sources for f in s.figures})
    x_range = None
    if days:
        first = dt.datetime.combine(days[0], dt.time()) - DAY_MARGIN
        x_range = (first, dt.datetime.combine(days[-1], dt.time()) + DAY_MARGIN)
    style = copy.copy(CHART_STYLE)
    style.colors = tuple(colours[series.source_id] for series in sources) or CHART_STYLE.colors
    chart = pygal.DateLine(
        title=measure_label,
        allow_interruptions=True,
        js=[],
        style=style,
        width=800,
        height=320,
        x_label_rotation=20,
        show_legend=False,
        include_x_axis=True,
        show_x_guides=True,
        x_labels=days,
        xrange=x_range,
        x_value_formatter=lambda day: day.date().isoformat() if isinstance(day, dt.datetime) else day.isoformat(),
        value_formatter=_number,
    )
    for series in sources:
        title = f"★ {series.name} ({_('official')})" if series.official else series.name
        chart.add(
            title,
            _series_points(series.figures, top),
            dots_size=7 if series.official else 4,
            stroke_style={"linecap": "butt"},
        )
    tree = chart.render_tree()
    # pygal always inlines a config <script> (series titles as JSON); the page needs none of it.
    for script in [e for e in tree.iter() if isinstance(e.tag, str) and etree.QName(e).localname == "script"]:
        script.getparent().remove(script)
    # Safe: lxml serialised every text node (source names, claim texts) with XML escaping.
    return mark_safe(etree.tostring(tree, encoding="unicode"))


def event_timeline_charts(event: Event) -> list[TimelineChart]:
    """The event's timeline charts, one per measure and unit that has dated figures. One query."""
    claims = (
        Claim.objects.filter(event=event)
        .select_related("article__source")
        .only(
            "measure",
            "low",
            "high",
            "unit",
            "text",
            "subject",
            "as_of",
            "article__published_date",
            "article__source__name",
            "article__source__kind",
        )
        .order_by("measure", "as_of", "pk")
    )
    charts = []
    labels = dict(Measure.choices)
    series_by_chart = timeline_series(claims)
    colours = source_colours(series_by_chart.values())
    for (measure, unit), sources in series_by_chart.items():
        label = str(labels.get(measure, measure))
        if unit:
            label = f"{label} ({unit})"
        charts.append(
            TimelineChart(
                measure=measure,
                unit=unit,
                label=label,
                figure_count=sum(len(s.figures) for s in sources),
                svg=render_timeline(label, sources, colours),
                legend=tuple(LegendEntry(s.name, colours[s.source_id], s.official) for s in sources),
            )
        )
    return charts
