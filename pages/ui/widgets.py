"""What the pages' widgets share (Streamlit, so not in the engine): page filters kept in the address, and the point a
click on a chart chose. In a folder of its own, so that Streamlit never lists it as a page."""

import streamlit as st


def from_url(key: str, options: list | tuple, many: bool = False) -> None:
    """Choose a page filter as the address says, unless already chosen. The page's widgets show translated labels,
    so they are not bound to the address (a bound widget writes its label there): the address holds the codes."""
    if key in st.query_params and key not in st.session_state:
        wanted = st.query_params.get_all(key) if many else [st.query_params[key]]
        known = [v for v in wanted if v in options]
        if known or many:
            st.session_state[key] = known if many else known[0]


def to_url(key: str) -> None:
    """Keep a page filter in the address when the user changes it, so the view can be bookmarked or sent."""
    value = st.session_state[key]
    if value in (None, []):
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = value


def picked(event: object) -> dict | None:
    """The point a click on a chart chose, if any."""
    points = (event or {}).get("selection", {}).get("points") or []
    return points[0] if points else None
