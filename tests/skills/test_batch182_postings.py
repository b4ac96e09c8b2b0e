"""What batch 182's real postings (bench/nontech_real.py --split held-occ172: NHS Jobs adverts) showed.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

from credstack.skills.requirements import asks_strongly

ROTATION = ("Rotational Dietitian\n\nWe offer an excellent rotation programme. Clinical specialities you will be able "
            "to gain experience in include gastroenterology, oncology, paediatrics and home enteral tube feeding.\n\n"
            "Person Specification\n\n- HCPC registration\n- Experience of Microsoft Excel\n")


def test_the_experience_a_rotation_offers_is_no_ask(resources):
    """A dietitian's rotation 'you will be able to gain experience in' a list of specialities read all of them
    as asked of a band 5 starter."""
    got = found(ROTATION, resources)
    for offered in ("Gastroenterology", "Oncology", "Pediatrics"):
        assert offered not in got, got
    assert "HCPC Registration" in got and "Microsoft Excel" in got, got


def test_the_skills_a_post_helps_you_develop_are_no_ask(resources):
    """'to develop your post-operative nursing skills within vascular surgery': what the ward offers."""
    got = found("Staff Nurse\n\nAre you looking to develop your surgical skills within vascular surgery? Join our "
                "ward.\n\nRequirements\n\n- NMC registration\n", resources)
    assert "Vascular Surgery" not in got, got
    assert "NMC Registration" in got, got


def test_existing_skills_developed_further_stay_asked(resources):
    """Control: 'develop your existing Supply Chain skills' takes them as had; a longer sentence after 'develop
    your' names what the candidate already has."""
    got = found("Stores Officer\n\nYou will work beside a team who will develop your existing supply chain skills."
                "\n\nRequirements\n\n- Supply chain background\n", resources)
    assert "Supply Chain Management" in got, got
    got = found("Physiotherapist\n\nIf you have the desire to develop your clinical skills, already have "
                "excellent communication skills and can work in a team, please apply.\n", resources)
    assert "Communication" in got, got


def test_an_opportunity_to_train_as_names_no_ask(resources):
    """A pharmacy technician's 'Opportunities will be provided ... to train as an accuracy checker by undertaking
    the BTEC Level 4 Diploma in Dispensing Accuracy checking': training offered, not asked."""
    got = found("Pharmacy Technician\n\nOpportunities will be provided on a rota basis to train as an accuracy "
                "checker by undertaking a diploma in medicines management.\n\nEssential\n\n- Registered with "
                "the GPhC\n", resources)
    assert "Medicines Management" not in got, got


def test_the_rating_an_inspection_gave_is_the_employer(resources):
    """'our latest CQC inspection rated Critical Care as an outstanding service': the unit's standing, not a
    regulation the assistant must know."""
    got = found("Healthcare Assistant\n\nThis is an excellent opportunity as our latest CQC inspection rated the "
                "unit as an outstanding service.\n\nThe post holder must have the Care Certificate.\n", resources)
    assert "CQC Regulations" not in got, got
    assert "Care Certificate" in got, got


def test_critical_asks_only_when_said_of_something():
    """'critical' before a name qualifies it ('Critical Care', 'critical thinking'); said of something it asks."""
    for clause in ("our latest inspection rated Critical Care as outstanding", "critical thinking and curiosity",
                   "to build pipelines for critical clinical roles"):
        assert not asks_strongly(clause), clause
    for clause in ("Attention to detail is critical.", "Excel skills are critical to the role",
                   "It is critical that you hold a licence", "Accuracy is critical, and so is speed",
                   "What is critical is your ability to use IT, particularly MS Excel"):
        assert asks_strongly(clause), clause
