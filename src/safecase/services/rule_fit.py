"""Which rules belong on a case: the case's kind, and its jurisdiction.

Rules carried here:
- a case of kind `other` (or of no kind) may take a rule of any kind;
- a rule fits a case in its own jurisdiction, in a state that belongs to a supranational one
  it names (EU, ECHR: the member states below), or anywhere when it names a universal one (UN, ANY);
- a case with no jurisdiction may take any rule of its kind.
"""

from __future__ import annotations

from safecase.domain import records as r
from safecase.domain.deadlines import CaseKind, Rule

EU_STATES = frozenset(
    ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
     "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")
)  # fmt: skip
# States bound by the ECHR (Council of Europe members; Russia ceased to be a party in 2022).
ECHR_STATES = EU_STATES | frozenset(
    ("AD", "AL", "AM", "AZ", "BA", "CH", "GB", "GE", "IS", "LI", "MC", "MD", "ME", "MK",
     "NO", "RS", "SM", "TR", "UA")
)  # fmt: skip
_SUPRANATIONAL = {"EU": EU_STATES, "ECHR": ECHR_STATES}
_EVERYWHERE = frozenset({"UN", "ANY"})


def rule_fits_case(rule: Rule, jurisdiction: str, kind: str | None) -> bool:
    """Whether a rule belongs on a case: its kind, and its jurisdiction or a supranational one
    the case's state belongs to (EU, ECHR) or a universal one (UN)."""
    if kind and kind != r.CaseKind.OTHER.value and CaseKind(kind) not in rule.case_kinds:
        return False
    where = jurisdiction.strip().upper()
    if not where:
        return True
    for name in (j.upper() for j in rule.jurisdictions):
        if name == where or name in _EVERYWHERE or where in _SUPRANATIONAL.get(name, ()):
            return True
    return False
