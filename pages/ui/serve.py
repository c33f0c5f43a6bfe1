"""Serve the dashboard: `python -m pages.ui.serve [options]` is `streamlit run dashboard.py [options]` with the
libraries of the first page already imported when the server starts answering.

Streamlit imports a script's libraries during the first visit: pandas, Plotly, DuckDB and Babel cost the first
visitor after every (re)start about 0.6 s on two cores (bench/RESULTS.md, the cold first load).
"""

import sys
from pathlib import Path

from streamlit.web import cli

import sla.i18n  # noqa: F401  (pandas, Babel)
import sla.metrics.summary  # noqa: F401  (DuckDB, the Overview's engine)
import sla.outputs.charts  # noqa: F401  (Plotly)

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard.py"

if __name__ == "__main__":
    sys.argv = ["streamlit", "run", str(DASHBOARD), *sys.argv[1:]]
    sys.exit(cli.main())
