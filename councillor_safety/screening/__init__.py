"""Screening of incoming messages for abuse, threats, identity attacks, sexual harassment and
profanity, and the mailboxes, review queue and imports around it. The model lives in
``screening.model`` and has no Django imports."""
