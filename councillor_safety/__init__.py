"""Councillor Safety: reporting, triage and protection for elected members."""
