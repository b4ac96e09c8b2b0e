"""What batches 154 and 155's real postings (bench/nontech_real.py --split held-occ144, held-occ145: LinkedIn postings
of 2023-24 and NHS adverts) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_the_hr_record_a_generalist_assists_with_is_a_task_not_a_colleague(resources):
    """A senior HR generalist's posting: 'Assist with I-9 process and unemployment claims.': 'assist' before a
    capitalised name read as the colleague the post helps ('assists the RN'), and the I-9 duty was dropped."""
    task = "HR Generalist\n\nDuties\n- Assist with I-9 process and unemployment claims for new hires.\n"
    assert "I-9 Compliance" in found(task, resources)
    colleague = "Care Assistant\n\nDuties\n- Assists the RN with patient care\n- Personal care\n"
    assert "Registered Nurse" not in found(colleague, resources)


def test_data_entry_is_clerical_work_and_speaks_for_no_data_analyst(resources):
    """A clinical trial administrator's advert ('data entry and management for a variety of databases') read as a
    data role once its training duty was gone, and drew the Meta Database Engineer certificate, off its field: data
    entry spoke for the data analytics group. It speaks for the clerical and customer service group."""
    from credstack.credentials.fit import skill_groups
    from credstack.skills.model import Requirement, SkillKind, SkillMention

    entry = SkillMention("Data Entry", SkillKind.HARD, resources.vocabulary.get("Data Entry").category, Requirement.REQUIRED)
    groups = skill_groups([entry], resources.catalog, resources.vocabulary)
    assert "data_analytics" not in groups and "customer_service" in groups
