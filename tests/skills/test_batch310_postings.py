"""What batches 310 and 311's real postings (bench/nontech_real.py --split held-occ300, held-occ301: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import mentions


def test_the_nursing_and_midwifery_council_named_in_full_is_the_registration_asked(resources):
    """'NMC (Nursing & Midwifery Council Registered)' (a bank mental health nurse advert), 'registered with the
    Nursing and Midwifery Council': the regulator's full name asks for its registration, as the HCPC's does; its
    words are no nursing and no midwifery skill of their own. The regulator as the employer stays the employer."""
    for line in ("Registered with the Nursing and Midwifery Council", "Registered with the Nursing & Midwifery Council",
                 "Current registration with the Nursing and Midwifery Council (NMC)"):
        found = mentions(f"Staff Nurse\n\nEssential\n• {line}\n• Experience of acute care\n", resources)
        assert [m for m in found.get("NMC Registration", ()) if "Council" in m], found
        assert "Midwifery" not in found, found
    found = mentions("Policy Officer\n\nThe Nursing and Midwifery Council is the regulator for nurses and midwives. "
                     "Join our policy team.\n", resources)
    assert "NMC Registration" not in found, found
