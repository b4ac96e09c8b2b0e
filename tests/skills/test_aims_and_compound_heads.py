"""Words a career coach would strike from real postings' chips, each beside a control the same rule
must keep. Synthetic fixtures.

A duty's aim is no skill: "Adhere to facility policies, procedures and regulatory requirements to
ensure patient safety and compliance" (a nursing posting) asks the nurse to follow the rules, not
for the Compliance profession; compliance with something named, or compliance work, stays.

A word one occupation's skill is named by is that skill only where the posting is of that
occupation: a chef's "Manage food costing" is pricing dishes, not Cost Accounting (whose credentials
a chef would be offered); a finance posting's "costing advice" is.

A tagger span's nearest name is not the span's skill when each has a word the other lacks: a
sibling ("children Liability Insurance" of "Experience working with children Liability Insurance"
was linked to Public Liability Insurance)."""

from __future__ import annotations

import numpy as np
from tests.skills.conftest import names, read

from credstack.skills.linking import link_spans
from credstack.skills.vocabulary import load_vocabulary


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


class _Near:
    """Every text at cosine 0.97 from one skill's name, far from all others: the nearest link's
    own rules decide."""

    name, static = "fixed", True

    def __init__(self, vocabulary, target: str) -> None:
        self.embedder, self.vocabulary, self.target = self, vocabulary, target

    def encode(self, texts):
        return np.tile(np.array([0.97, np.sqrt(1 - 0.97 ** 2), 0.0], dtype=np.float32), (len(texts), 1))

    def vocabulary_matrix(self):
        names = [s.name for s in self.vocabulary]
        matrix = np.zeros((len(names), 3), dtype=np.float32)
        matrix[:, 2] = 1.0
        matrix[names.index(self.target)] = (1.0, 0.0, 0.0)
        return names, matrix


def _linked(surface: str, target: str) -> str:
    vocabulary = load_vocabulary()
    return link_spans([surface], vocabulary, _Near(vocabulary, target))[0].how


def test_a_nearest_name_with_a_word_of_its_own_against_one_of_the_span_is_a_sibling():
    # span and name each have a word the other lacks: another thing of the same kind
    assert _linked("children Liability Insurance", "Public Liability Insurance") == "new"
    assert _linked("kitchen safety rules", "Food Safety Management Systems") == "new"
    assert _linked("work in a fast kitchen", "Stress Management") == "new"
    # the name's words and more, or fewer, or the same words in other forms: the same skill (an
    # alias's too: "food costing" holds Cost Accounting's "costing", a question for the senses)
    assert _linked("food costing", "Cost Accounting") == "nearest"
    assert _linked("building data structures", "Data Structures") == "nearest"
    assert _linked("braiding", "Hair Braiding") == "nearest"
    assert _linked("Develop business cases", "Business Case Development") == "nearest"
    assert _linked("Operate forklift", "Forklift Operation") == "nearest"
    assert _linked("personal protection equipment", "Personal Protective Equipment") == "nearest"
