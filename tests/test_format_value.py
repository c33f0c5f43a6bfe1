"""One rule for values and verdicts: the shown value lies on the same side of its target and credit tiers as the
true value, and the formats are CLDR's (checked against hand-written expected texts, not the code's own)."""

from datetime import date, datetime

import pytest

from sla import i18n
from sla.metrics import kpis


def test_a_value_just_below_a_tier_is_not_shown_on_it():
    # 99.949 with the registry's 3 decimals rounds to 99.950, the "below 99.95" credit tier's edge
    assert kpis.format_value("availability", 99.9495, "en", target=99.9, tiers=[99.95]) == "99.9495 %"
    assert kpis.format_value("first_response", 94.999, "nl", target=95) == "94,999 %"


def test_the_registry_decimals_when_no_threshold_is_near():
    assert kpis.format_value("csat", 100 * 575 / 669, "en") == "85.9 %"  # 85.949..., rounded once
    assert kpis.format_value("availability", 99.98765, "nl", target=99.9) == "99,988 %"
    assert kpis.format_value("breaches", 1234, "nl") == "1.234"
    assert kpis.format_value("nps", None, "en") == "–"


@pytest.mark.parametrize("value", [99.0, 99.5, 99.949, 99.9499, 99.95, 99.950001, 94.9999, 95.0, 85.95])
@pytest.mark.parametrize("threshold", [95.0, 99.5, 99.9, 99.95])
def test_shown_value_compares_with_threshold_as_the_true_value(value, threshold):
    shown = kpis.format_value("availability", value, "en", target=threshold)
    assert (float(shown.removesuffix(" %").replace(",", "")) >= threshold) == (value >= threshold)


def test_babel_formats_per_language():
    assert [i18n.number(1234.5, lang, 1) for lang in ("en", "nl")] == ["1,234.5", "1.234,5"]
    assert [i18n.percent(85.95, lang, 1) for lang in ("en", "nl")] == ["86.0 %", "86,0 %"]  # half up
    assert [i18n.money(1250, "EUR", lang) for lang in ("en", "nl")] == ["€1,250.00", "€\xa01.250,00"]
    assert [i18n.month("2026-03", lang) for lang in ("en", "nl")] == ["Mar 2026", "mrt 2026"]
    assert [i18n.day(date(2026, 10, 31), lang) for lang in ("en", "nl")] == ["2026-10-31", "31-10-2026"]
    assert i18n.moment(datetime(2026, 10, 31, 9, 5), "nl") == "31-10-2026 09:05"
    assert i18n.duration(4000, "nl") == "2 d 18 u"


def test_business_time_is_never_written_as_days_of_24_hours():
    assert i18n.duration(36370, "en") == "25 d 6 h"  # around the clock: days read right
    assert i18n.duration(36370, "en", business=True) == "606 h 10 min"
    assert i18n.duration(36370, "nl", business=True) == "606 u 10 min"
