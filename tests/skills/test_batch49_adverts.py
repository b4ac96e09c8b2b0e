"""What batch 49's real postings (bench/nontech_real.py --split held-occ39: a digital asset management specialist, a
price book administrator, a volunteer car driver, a baseball skill development coordinator and twelve more) showed:
digital asset management (DAM), price books and direct store delivery, TrackMan and ForceDecks are named; a DBS check
the organisation "will carry out" in line with its safeguarding policies is its policy, not an ask. Synthetic
postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_digital_assets_price_books_and_sports_tech_are_named(resources):
    text = ("DAM Specialist\n\nRequirements\n- 2+ years DAM experience\n- Maintain the pricebook for direct store "
            "delivery vendors\n- Use Trackman and VALD Force Decks data in player development\n")
    got = found(text, resources)
    assert {"Digital Asset Management", "Price Book Management", "Direct Store Delivery", "TrackMan",
            "VALD ForceDecks"} <= got
    plain = "Dam Keeper\n\nRequirements\n- Inspect the dam and its spillway\n- Read a book on price history\n"
    assert not {"Digital Asset Management", "Price Book Management"} & found(plain, resources)  # control


def test_a_dbs_check_the_organisation_will_carry_out_is_its_policy(resources):
    text = ("Volunteer Car Driver\n\nRequirements\n- A full driving licence\n\nIn line with our safeguarding "
            "policies, potential drivers will be asked for two character references and a DBS check will be carried "
            "out.\n")
    got = found(text, resources)
    assert "Driver's License" in got
    assert not {"Background Checks", "Safeguarding"} & got
    asked = "Support Worker\n\nRequirements\n- Must hold a current enhanced DBS check\n"
    assert "Background Checks" in found(asked, resources)  # control: a check the candidate holds


def test_a_vehicles_mot_certificate_and_breakdown_cover_are_the_drivers_vehicle_not_mot_testing(resources):
    text = ("Volunteer Car Driver\n\nRequirements\n- A full driving licence\n- An original copy of the vehicle's "
            "current valid MOT certificate, insurance certificate, and breakdown cover\n")
    got = found(text, resources)
    assert "Own Vehicle" in got and "MOT Testing" not in got
    tester = "Vehicle Technician\n\nRequirements\n- Qualified MOT tester\n- Carry out MOT inspections\n"
    assert "MOT Testing" in found(tester, resources)  # control: the trade itself
