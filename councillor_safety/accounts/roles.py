"""The roles a person can hold in a council, and what each role may do.

Permissions are sets of roles, read in one place so a reviewer can see the whole policy at once.
Anything not granted here is denied.
"""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    COUNCILLOR = "councillor", "Councillor"
    SPOC_OFFICER = "spoc_officer", "Member-support officer (SPoC)"
    SENIOR_MANAGER = "senior_manager", "Senior manager"
    MONITORING_OFFICER = "monitoring_officer", "Monitoring officer"
    COMMITTEE_MEMBER = "committee_member", "Review committee member"
    POLICE_LIAISON = "police_liaison", "Police liaison officer"
    WELLBEING_LEAD = "wellbeing_lead", "Wellbeing lead"
    ADMINISTRATOR = "administrator", "Administrator"


# Roles that may report abuse for themselves.
REPORTS_OWN_INCIDENTS = frozenset({Role.COUNCILLOR})
# Roles that triage and manage every incident in their council.
MANAGES_INCIDENTS = frozenset({Role.SPOC_OFFICER, Role.SENIOR_MANAGER})
# Roles that may read every incident in their council without changing it.
READS_ALL_INCIDENTS = MANAGES_INCIDENTS | frozenset({Role.MONITORING_OFFICER})
# Roles that may log a report on a councillor's behalf (for example after a phone call).
REPORTS_ON_BEHALF = MANAGES_INCIDENTS
# Roles that may read the audit log of their council.
READS_AUDIT_LOG = frozenset({Role.ADMINISTRATOR, Role.SENIOR_MANAGER})
# Roles that change a council's triage policy.
MANAGES_TRIAGE_POLICY = frozenset({Role.ADMINISTRATOR})
# Roles that plan the on-call rota.
MANAGES_ROTA = frozenset({Role.ADMINISTRATOR, Role.SENIOR_MANAGER})
# Roles that review low-level abuse referred to the committee.
REVIEWS_REFERRALS = frozenset({Role.COMMITTEE_MEMBER})
# Roles that run cases: council actions, letters, police sharing and evidence packs.
MANAGES_CASES = MANAGES_INCIDENTS
# Roles that may read every case in their council; signatories approve letters from here.
READS_CASES = READS_ALL_INCIDENTS
# Roles that maintain the letter templates and the advice library.
MANAGES_CASE_LIBRARY = frozenset({Role.ADMINISTRATOR})
# Roles that receive what a council shares with the police: nothing else of a case is theirs.
RECEIVES_POLICE_SHARES = frozenset({Role.POLICE_LIAISON})
# Councillors may choose two-factor authentication; everyone else must use it.
TWO_FACTOR_OPTIONAL = frozenset({Role.COUNCILLOR})
# Roles that may check a name or address before a visit (the answer never carries details).
RUNS_VISIT_CHECKS = REPORTS_OWN_INCIDENTS | MANAGES_INCIDENTS
# Roles that link senders to subjects, merge and split them, and act on pattern alerts.
MANAGES_SUBJECTS = MANAGES_INCIDENTS
# Roles that may read subjects, alerts and register markers without changing them.
READS_SUBJECTS = MANAGES_SUBJECTS | frozenset({Role.MONITORING_OFFICER})
# Roles that approve (and re-approve on review) Potentially Violent Persons Register markers.
APPROVES_PVPR_MARKERS = frozenset({Role.SENIOR_MANAGER})
# Roles that set a council's pattern thresholds (the harassment window) and cross-council sharing.
MANAGES_SUBJECT_SETTINGS = frozenset({Role.SENIOR_MANAGER})
