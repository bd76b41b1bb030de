"""Screening: scores messages for abuse and threats, and stands between them and the councillor."""
