"""What batches 274 and 275's real postings (bench/nontech_real.py --split held-occ264, held-occ265: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_the_services_a_unit_provides_listed_bare_are_the_employers(resources):
    """'Services provided include haemodialysis and, haemodialfiltration, home haemodialysis, peritoneal dialysis and
    a pre dialysis service. Clinics include nephrology, transplantation, anaemia and renal replacement therapies' (a
    renal unit's deputy sister advert): the unit's work, named without 'the' or 'our'; asked, it stays."""
    got = found("Deputy Sister\n\nThe unit is a 24 bedded haemodialysis unit. Services provided include home "
                "haemodialysis and peritoneal dialysis. Clinics include nephrology and transplantation.\n\n"
                "Requirements\n- NMC registration.\n", resources)
    assert not {"Peritoneal Dialysis", "Nephrology", "Dialysis"} & got, got
    got = found("Deputy Sister\n\nRequirements\n- NMC registration.\n- Experience of peritoneal dialysis.\n", resources)
    assert "Peritoneal Dialysis" in got, got
