"""SLA performance engine: store, importers, calendars, KPIs and reports. Never imports Streamlit."""
