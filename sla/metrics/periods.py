"""Period arithmetic, in one place: months as YYYY-MM, their bounds in the report time zone, the buckets of a
range, and the month in progress (a month that has begun but not ended as of a moment)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sla import i18n
from sla.store import settings


def month_add(month: str, n: int) -> str:
    """'2026-10' moved by n months ('2026-10', -11 -> '2025-11')."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months(first: str, last: str) -> list[str]:
    """Every month from first to last, both included."""
    out, m = [], first
    while m <= last:
        out.append(m)
        m = month_add(m, 1)
    return out


def utc(day: date, tz: str) -> datetime:
    """Local midnight of a day as naive UTC, like every stored timestamp."""
    local = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz))
    return local.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


def month_bounds(period: str, to: str | None, tz: str) -> tuple[date, date, datetime, datetime]:
    """Local first day of `period`, first day after `to` (or period), and both as naive UTC instants."""
    start = date.fromisoformat(period + "-01")
    last = date.fromisoformat((to or period) + "-01")
    end = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    if end <= start:
        raise ValueError(f"--to {to} is before --period {period}")
    return start, end, utc(start, tz), utc(end, tz)


def buckets(first_month: str, last_month: str, grain: str, tz: str,
            as_of: datetime) -> list[tuple[date, datetime, datetime]]:
    """The buckets of a range of months: (first local day, UTC start, UTC end); weeks start on Monday and are
    cut at the range's ends; buckets that start after `as_of` are left out."""
    first, end, _, _ = month_bounds(first_month, last_month, tz)
    if grain == "month":
        starts = [date.fromisoformat(m + "-01") for m in months(first_month, last_month)]
        bounds = list(zip(starts, [*starts[1:], end], strict=True))
    else:
        monday = first - timedelta(days=first.weekday())
        starts = [monday + timedelta(weeks=i) for i in range((end - monday).days // 7 + 1)]
        bounds = [(w, min(w + timedelta(weeks=1), end)) for w in starts if w < end]
    out = [(b, utc(max(b, first), tz), utc(e, tz)) for b, e in bounds]
    return [p for p in out if p[1] < as_of]


def last_complete_month(today: date | None = None) -> str:
    """The month before today's (settings.now, UTC), as YYYY-MM: the default period of every page."""
    today = today or settings.now().date()
    return f"{today.year - (today.month == 1):04d}-{(today.month - 2) % 12 + 1:02d}"


@dataclass(frozen=True)
class Progress:
    """How far a month has run as of a moment: through its local day `through`, `days` of its `of` days."""

    through: date
    days: int
    of: int


def progress(month: str, as_of: datetime, tz: str) -> Progress | None:
    """The month in progress as of `as_of` (naive UTC), or None when the month has ended (or not begun)."""
    first, end, start, stop = month_bounds(month, None, tz)
    if not start <= as_of < stop:
        return None
    today = as_of.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).date()
    return Progress(today, (today - first).days + 1, (end - first).days)


def freeze(as_of: datetime, period_end: datetime) -> datetime:
    """The moment a period's figures are taken at: its end once it has ended, so a closed period's report is
    the same whenever it is made; `as_of` while it runs."""
    return min(as_of, period_end)


def label(month: str, progress: Progress | None, lang: str = "en") -> str:
    """'Oct 2026', or 'Nov 2026 (in progress, to 2026-11-03)' for a month that has not ended."""
    name = i18n.month(month, lang)
    return i18n.t("period.in_progress", lang, month=name, day=i18n.day(progress.through, lang)) if progress else name
