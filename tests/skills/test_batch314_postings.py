"""What batches 314 to 317's real postings (bench/nontech_real.py --split held-occ304 to held-occ307: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_systmone_written_apart_or_with_a_figure(resources):
    """'use of Systm 1' (a scheduling officer advert): TPP's clinical system written as its users do, 'Systm 1',
    'Systm One', 'System One', is SystmOne, as 'SystmOne' and 'SystemOne' were."""
    for written in ("Systm 1", "Systm One", "System One", "Systm1", "SystmOne"):
        text = (f"Scheduling Officer\n\nDuties:\n• To operate the rota system along with use of {written}\n"
                "• Hold a QCF Level 2 in Business Administration\n")
        assert "SystmOne" in found(text, resources), written
