"""SLA dashboard entry point: page setup and routes (`streamlit run dashboard.py`; the store is $SLA_DB)."""

import streamlit as st

st.set_page_config(page_title="SLA dashboard", page_icon=":material/speed:", layout="wide")

page = st.navigation([
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/data.py", title="Data", icon=":material/upload:"),
])
page.run()
