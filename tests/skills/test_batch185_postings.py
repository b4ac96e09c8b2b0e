"""What batch 185's real postings (bench/nontech_real.py --split held-occ175: UK Adzuna 2013 hospitality
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_a_chef_is_no_configuration_tool(resources):
    """A relief sous chef's advert read 'Sous Chef' as Chef, the configuration management tool (near 'We value
    all applications'), and then 'C B of up to 200 covers' (conference and banqueting) as the C language."""
    got = found("Relief Sous Chef\n\nWe are recruiting a Relief Sous Chef for a hotel that can cater for C B of up "
                "to 300 covers. We value all applications and will reply to each. Experience as a Chef de Partie "
                "in a busy hotel kitchen is essential.\n", resources)
    assert not {"Chef", "C"} & got, got


def test_chef_and_c_among_tools_stay():
    """Control: Chef the tool among infrastructure tools, and C among languages."""
    from tests.skills.conftest import analyzed

    got = analyzed("DevOps Engineer\n\nRequirements\n\n- Configuration management with Puppet, Chef or Ansible\n"
                   "- Programming in C and Python\n")
    assert {"Chef", "C", "Python"} <= got, got


def test_an_instruction_to_open_the_agencys_site_asks_nothing(resources):
    """An agency's 'paste www.example.co.uk/search.php to your web browser and enjoy the experience' read as a
    chef's web browser skills."""
    got = found("Chef\n\nThe ideal chef would be diligent in their hygiene. Want a quick job search without the hassle "
                "of registering then paste www.example.co.uk/search.php to your web browser and enjoy the "
                "experience.\n", resources)
    assert "Web Browsers" not in got, got
    got = found("IT Support Technician\n\nRequirements\n\n- Experience supporting web browsers and email clients\n",
                resources)
    assert "Web Browsers" in got, got
