"""The metrics layer: the KPI registry and every figure computed over the marts."""
