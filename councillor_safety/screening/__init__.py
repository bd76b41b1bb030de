"""Screening of incoming messages for abuse, threats, identity attacks, sexual harassment and
profanity. The model lives in ``screening.model`` and has no Django imports."""
