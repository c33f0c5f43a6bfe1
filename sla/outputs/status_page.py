"""A public status page as one static HTML file: per service its uptime around the clock over the strip's days and
a bar per day coloured and patterned by the day's state, with the day's figures on hover. No script, no external
file: it opens from a disk, an e-mail or any web server.

The page names the services and, for a client's page, that client; never another customer (the figures come
from sla.metrics.status.days, which measures a client's own services only, and incident reasons are left out).
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape

import pandas as pd

from sla import i18n
from sla.metrics import status

STYLE = """
body{font-family:Inter,Segoe UI,Helvetica,Arial,sans-serif;color:#222;max-width:960px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}p.sub{color:#666;margin-top:0}
section{border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem;margin:1rem 0}
h2{font-size:1.1rem;margin:0;display:flex;justify-content:space-between}h2 span{font-weight:normal;color:#444}
.strip{display:flex;gap:2px;height:34px;margin:.6rem 0 .2rem}.strip i{flex:1;border-radius:2px}
.axis{display:flex;justify-content:space-between;color:#888;font-size:.8rem}
.legend{display:flex;flex-wrap:wrap;gap:1rem;font-size:.85rem;color:#444}.legend i{display:inline-block;width:12px;
height:12px;border-radius:2px;margin-right:.3rem;vertical-align:-1px}footer{color:#888;font-size:.8rem;margin-top:2rem}
.up{background:#009E73}.minor{background:repeating-linear-gradient(45deg,#E69F00 0 3px,#f5c766 3px 5px)}
.major{background:repeating-linear-gradient(45deg,#D55E00 0 2px,#fff 2px 3px,#D55E00 3px 5px)}
.maintenance{background:radial-gradient(#fff 1px,#56B4E9 1.5px) 0 0/4px 4px}
.no_data{background:repeating-linear-gradient(0deg,#BBB 0 3px,#ddd 3px 5px)}
"""


def render(days: pd.DataFrame, first_day: date, last_day: date, lang: str, generated: datetime,
           client: str | None = None, company: str = "") -> str:
    """The status page of `days` (sla.metrics.status.days rows) as an HTML document in the language."""
    scope = i18n.t("availability.status_page.title_client", lang, client=client) if client else \
        i18n.t("availability.status_page.title", lang, company=company) if company else \
        i18n.t("availability.status_page.title_plain", lang)
    sub = i18n.t("availability.status_page.sub", lang, first=i18n.day(first_day, lang), last=i18n.day(last_day, lang))
    sections = [_service(name, rows, lang) for name, rows in days.groupby("service", sort=True)] or \
        [f"<p>{escape(i18n.t('availability.status_page.none', lang))}</p>"]
    legend = "".join(f'<span><i class="{state}"></i>{escape(i18n.t(f"availability.state.{state}", lang))}</span>'
                     for state in ("up", "minor", "major", "maintenance", "no_data"))
    footer = i18n.t("availability.status_page.footer", lang, when=i18n.moment(generated, lang))
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(scope)}</title>'
            f"<style>{STYLE}</style></head><body><h1>{escape(scope)}</h1><p class=\"sub\">{escape(sub)}</p>"
            f"{''.join(sections)}<div class=\"legend\">{legend}</div><footer>{escape(footer)}</footer></body></html>\n")


def _service(name: str, rows: pd.DataFrame, lang: str) -> str:
    measured = rows["eligible_minutes"].sum()
    uptime = 100 * (measured - rows["downtime_minutes"].sum()) / measured if measured else None
    shown = i18n.t("availability.status_page.uptime", lang, pct=i18n.percent(uptime, lang, 3)) if uptime is not None \
        else i18n.t("availability.state.no_data", lang)
    bars = "".join(f'<i class="{r.state}" title="{escape(status.describe(r, lang))}"></i>' for r in rows.itertuples())
    first, last = rows["day"].iloc[0], rows["day"].iloc[-1]
    return (f"<section><h2>{escape(name)}<span>{escape(shown)}</span></h2><div class=\"strip\">{bars}</div>"
            f"<div class=\"axis\"><span>{escape(i18n.day(first, lang))}</span>"
            f"<span>{escape(i18n.day(last, lang))}</span></div></section>")

