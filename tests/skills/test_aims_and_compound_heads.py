"""Words a career coach would strike from real postings' chips, each beside a control the same rule
must keep. Synthetic fixtures.

A duty's aim is no skill: "Adhere to facility policies, procedures and regulatory requirements to
ensure patient safety and compliance" (a nursing posting) asks the nurse to follow the rules, not
for the Compliance profession; compliance with something named, or compliance work, stays.

A word one occupation's skill is named by is that skill only where the posting is of that
occupation: a chef's "Manage food costing" is pricing dishes, not Cost Accounting (whose credentials
a chef would be offered); a finance posting's "costing advice" is."""

from __future__ import annotations

from tests.skills.conftest import names, read


def test_compliance_bare_at_the_end_of_a_purpose_clause_is_the_duty_aim():
    for text in ("Adhere to facility policies, procedures and regulatory requirements to ensure patient "
                 "safety and compliance.",
                 "Direct internal and external audits to ensure compliance",
                 "Reviews policies and practices to maintain compliance.\nMaintains staff records",
                 "- Ensure compliance;"):
        assert "Compliance" not in names(text), text


def test_compliance_with_something_named_or_as_work_stays():
    for text in ("Ensure compliance with HIPAA and company policies.",
                 "Maintains compliance with federal and state employment laws",
                 "Regulatory compliance reporting",
                 "Knowledge of compliance.",
                 "Relevant compliance experience in asset management",
                 "To ensure compliance monitoring is carried out"):
        assert "Compliance" in names(text) or "Compliance Monitoring" in names(text), text


def test_costing_is_cost_accounting_only_on_a_finance_posting(resources):
    chef = ("Head Chef\nResponsibilities:\n- Lead the kitchen team and plan seasonal menus\n"
            "- Manage food costing, stock control and ordering\n- Keep the kitchen clean and safe\n")
    finance = ("Management Accountant\nResponsibilities:\n- Prepare month-end management accounts and "
               "variance analysis\n- Provide costing advice and budget reports to the board\n"
               "- Reconcile the general ledger\n")
    assert "Cost Accounting" not in read(chef, resources)[0]
    assert "Cost Accounting" in read(finance, resources)[0]
