"""Synthetic fixtures for what batch 23 (fix set: embryology, painting, underwriting, urban planning
postings) showed: a background the employer turns away ("This position is not appropriate for those
with a trucking/logistics background") is no ask, and the names of fertility laboratories and of
industrial painting the vocabulary lacked. Each with its control."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names, read

from credstack.skills.requirements import negated


@pytest.mark.parametrize(("text", "word", "turned"), [
    ("NOTE: This position is not appropriate for those with a trucking background.", "trucking", True),
    ("The role is not suitable for candidates with no driving licence.", "driving", True),
    ("This position is appropriate for those with a trucking background.", "trucking", False),
])
def test_a_background_turned_away_is_no_ask(text, word, turned):
    start = text.index(word)
    assert negated(text, start, start + len(word)) is turned


@pytest.mark.parametrize(("text", "skill"), [
    ("Perform intracytoplasmic sperm injection (ICSI) and IVF procedures", "Intracytoplasmic Sperm Injection"),
    ("Perform intracytoplasmic sperm injection (ICSI) and IVF procedures", "In Vitro Fertilisation"),
    ("Vitrification and cryopreservation of embryos", "Cryopreservation"),
    ("Work to the HFEA Code of Practice", "HFEA Code of Practice"),
    ("Application of high-performance coatings with airless sprayers", "Industrial Coatings"),
    ("Application of high-performance coatings with airless sprayers", "Spray Painting"),
    ("Surface preparation before painting", "Surface Preparation"),
    ("Experience with title insurance policies", "Title Insurance"),
])
def test_names_of_fertility_laboratories_and_industrial_painting(text, skill):
    assert skill in names(text)


def test_a_painter_of_walls_is_no_spray_painter():
    assert "Spray Painting" not in names("Paint walls and ceilings with brush and roller")


FITNESS = ("Exercise Physiologist\n\nRequirements\n- Relevant certifications such as Certified Personal Trainer (CPT), "
           "{cscs}, with a focus on senior fitness.\n- Exercise programming for older adults.\n")


@pytest.mark.parametrize("cscs", ["Certified Strength and Conditioning Specialist (CSCS)", "CSCS"])
def test_a_strength_coachs_cscs_is_no_uk_construction_card(resources, cscs):
    skills, _ = read(FITNESS.format(cscs=cscs), resources)
    assert "Certified Strength and Conditioning Specialist" in skills and "CSCS Card" not in skills


def test_a_labourers_cscs_is_the_construction_card(resources):
    text = "Labourer\n\nRequirements\n- CSCS essential.\n- Site clearance, manual handling and use of hand tools.\n"
    assert "CSCS Card" in read(text, resources)[0]


@pytest.mark.parametrize(("text", "skill", "present"), [
    ("Experience with cornrows, box braids and relaxers", "Hair Braiding", True),
    ("Experience with cornrows, box braids and relaxers", "Chemical Hair Treatments", True),
    ("Braiding cables and wires to length", "Hair Braiding", False),
    ("Chemical treatments of water and effluent", "Chemical Hair Treatments", False),
    ("Edit on Avid systems and Premiere", "Avid Media Composer", True),
    ("An avid reader of industry news", "Avid Media Composer", False),
])
def test_hairdressing_and_editing_names(text, skill, present):
    assert (skill in names(text)) is present


ADVISOR = ("Financial Advisor\n\nCompensation & Benefits\n- $80,000 along with commission\n- Family Planning\n"
           "{heading}\n- 4-year degree; or equivalent professional work experience\n"
           "- Legal authorization to work in the US without sponsorship\n")


@pytest.mark.parametrize(("heading", "read_as_asked"), [
    ("You could be right for this opportunity if you have:", True),
    ("You would be a great fit for the role if you have:", True),
    ("You could also enjoy:", False),  # control: still the benefits
])
def test_a_fit_heading_after_the_benefits_opens_the_requirements(resources, heading, read_as_asked):
    skills, context = read(ADVISOR.format(heading=heading), resources)
    assert ("Bachelor's Degree" in skills) is read_as_asked
    assert ("Work Authorization" in context) is read_as_asked
    assert "Sponsorships" not in skills  # "without sponsorship" is the visa, not marketing


@pytest.mark.parametrize(("text", "present"), [
    ("We do not offer visa sponsorship", False),
    ("Candidates who will require sponsorship now or in the future", False),
    ("Manage event sponsorship and partnerships", True),
])
def test_sponsorship_as_marketing_or_as_a_visa(text, present):
    assert ("Sponsorships" in names(text)) is present


@pytest.mark.parametrize(("text", "present"), [
    ("Medical Secretary\n\nRequirements\n- Knowledge of RTT and local waiting time standards\n"
     "- Patient records and clinic letters; medical terminology\n", True),
    # a network engineer's RTT is the round-trip time
    ("Network Engineer\n\nRequirements\n- Measure latency, RTT and jitter across the WAN\n"
     "- Cisco routing and switching, BGP\n", False),
])
def test_rtt_is_the_nhs_waiting_time_rule_only_in_a_health_posting(resources, text, present):
    assert ("Referral to Treatment" in read(text, resources)[0]) is present
