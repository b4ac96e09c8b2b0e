"""Synthetic fixtures for the sixth round of vocabulary breadth: what postings of occupation families
no earlier round covered in depth name (upholstery and curing, patisserie and distilling, arborist
rigging and timber harvesters, sea lice and electrofishing, master keying, wallpapering and LVT, lime
mortar and HETAS), and the same words in another trade's, another language's or everyday sense left
alone (key programming languages, a GMP line clearance, the safe installation of plant)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names, read

READ_FIRST = [
    ("- Traditional upholstery including hand springing and deep buttoning", "Traditional Upholstery"),
    ("- Made-to-measure curtains, roman blinds and loose covers", "Soft Furnishings Making"),
    ("- Knowledge of BS 5852 and the furniture fire regulations", "Furniture Fire Safety Regulations"),
    ("- Seam butchery and primal cuts from whole carcass beef", "Carcass Butchery"),
    ("- Sausage making, dry curing and charcuterie", "Charcuterie and Curing"),
    ("- Operate the meat mincer, bone saw and vacuum packer", "Meat Processing Equipment"),
    ("- Patisserie experience: entremets, choux pastry and laminated dough", "Patisserie"),
    ("- Chocolate tempering and sugar work for showpieces", "Chocolate and Sugar Work"),
    ("- Experience with pot stills and column stills in gin distilling", "Spirits Distillation"),
    ("- Cask Marque standards, keg changing and cask ale care", "Cask Ale Management"),
    ("- Yeast propagation, dry hopping and gravity readings", "Fermentation Management"),
    ("- WSET Level 3 Award in Wines preferred", "Wine and Spirits Qualifications"),
    ("- Certified Cicerone or BJCP judge", "Cicerone Certification"),
    ("- TTB reporting and alcohol duty returns", "Alcohol Duty Compliance"),
    ("- Arborist rigging and sectional dismantling using SRT climbing", "Arborist Rigging"),
    ("- ISA Certified Arborist and TRAQ qualified", "Arboricultural Qualifications"),
    ("- Harvester operation and forwarder driving (Ponsse)", "Timber Harvesting Machinery"),
    ("- Timber cruising and forest mensuration", "Forest Inventory"),
    ("- Felling licence applications under the UK Forestry Standard", "UK Forestry Standard"),
    ("- Hedge laying and coppicing in winter", "Hedge Laying"),
    ("- Salmon farming with recirculating aquaculture systems", "Aquaculture"),
    ("- Sea lice counts and fish vaccination", "Fish Health Management"),
    ("- Electrofishing and creel surveys", "Fisheries Science"),
    ("- Seafish Sea Survival and Seafish First Aid", "Seafish Safety Training"),
    ("- Master keying and restricted keyways", "Master Key Systems"),
    ("- Transponder key programming with Autel IM608 or Xhorse VVDI", "Automotive Locksmithing"),
    ("- Fitting euro cylinders, anti-snap locks and door closers", "Architectural Ironmongery"),
    ("- Fitting BS 3621 locks and TS007 cylinders", "Lock Security Standards"),
    ("- Wallpaper hanging and lining paper", "Wallpapering"),
    ("- Venetian plaster, gilding and decorative paint finishes", "Decorative Paint Finishes"),
    ("- EPA RRP certification (Lead Renovator)", "Lead-Safe Work Practices"),
    ("- Carpet fitting with gripper rods and a power stretcher", "Carpet Fitting"),
    ("- LVT installation (Karndean, Amtico) and safety flooring", "Vinyl Flooring Installation"),
    ("- Subfloor preparation: latex screed and self-levelling compound", "Subfloor Preparation"),
    ("- Floor sanding and refinishing of parquet flooring", "Wood Flooring Installation"),
    ("- Lime pointing and lime rendering with hydraulic lime", "Lime Mortar Work"),
    ("- Dry stone walling (DSWA Level 1)", "Dry Stone Walling"),
    ("- HETAS registered stove installer", "Solid Fuel Registrations"),
    ("- Chimney sweeping and flue lining", "Chimney Sweeping"),
]

OTHER_SENSES_FIRST = [
    ("- Strong key programming languages such as Python and Java", "Automotive Locksmithing"),
    ("- Perform line clearance between batches under GMP", "Utility Arboriculture"),
    ("- Ensure the safe installation of plant and equipment", "Safe and Vault Engineering"),
    ("- Reconcile key code cutting for the release branch", "Key Cutting"),
]


@pytest.mark.parametrize(("line", "skill"), READ_FIRST)
def test_a_sixth_round_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), OTHER_SENSES_FIRST)
def test_a_sixth_round_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Engineer\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("text", "wrong"), [
    ("Esperienza in vendita, logistica e altro.", "Vinyl Flooring Installation"),
])
def test_a_brand_that_is_a_word_of_another_language_is_no_match(text, wrong):
    assert wrong not in names(text)
