"""Synthetic fixtures for the sixth round of vocabulary breadth: what postings of occupation families
no earlier round covered in depth name (upholstery and curing, patisserie and distilling, arborist
rigging and timber harvesters, sea lice and electrofishing, master keying, wallpapering and LVT, lime
mortar and HETAS; GRP laminating and ABYC, PSV operator licensing, removals packing, tattoo and
piercing licences, farriery, veterinary radiography; focus pulling and call sheets, ABRSM and
peripatetic teaching, homiletics, auction cataloguing, interlibrary loans, lift modernisation, IRATA,
picture framing, phone repair, dry cleaning, deer stalking certificates, optical dispensing), and the same words in another trade's, another language's or everyday sense left
alone (key programming languages, a GMP line clearance, the safe installation of plant,
waste removal services, a builder's stud work, an 'invaluable' experience, a MEWP's boom operation)."""

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

READ_SECOND = [
    ("- GRP laminating, resin infusion and gelcoat repairs", "GRP Laminating"),
    ("- Servicing outboard engines (Yamaha outboards, Mercury outboards)", "Marine Engine Servicing"),
    ("- NMEA 2000 networks and marine electronics installation", "Marine Electrical Systems"),
    ("- ABYC certification in Marine Systems", "ABYC Certification"),
    ("- Standing rigging, mast stepping and sail repairs", "Yacht Rigging"),
    ("- Wheelchair securing and passenger assistance", "Passenger Assistance"),
    ("- Fare collection with Ticketer machines and ENCTS passes", "Fare Collection and Ticketing"),
    ("- Knowledge of PSVAR and PSV operator licence compliance", "PSV Operator Licensing"),
    ("- Duty scheduling in HASTUS or Optibus", "Transit Scheduling Software"),
    ("- Passed the TfL topographical assessment and SERU", "Private Hire Driver Assessments"),
    ("- Valid TLC license and clean DMV record", "For-Hire Driver Licence"),
    ("- Dispatch in Autocab or iCabbi", "Taxi Dispatch Systems"),
    ("- House removals and office relocations", "Removals Operations"),
    ("- Export packing, china packing and bespoke crating", "Removals Packing"),
    ("- Piano moving and external furniture hoists", "Specialist Item Moving"),
    ("- Flat-pack assembly and furniture dismantling", "Furniture Dismantling and Assembly"),
    ("- Same-day courier and pharmacy deliveries", "Courier Services"),
    ("- Packing UN3373 Category B biological substances", "Specimen Transport"),
    ("- Parcel delivery on a multi-drop route", "Parcel Delivery Driving"),
    ("- Routes planned in OptimoRoute or Onfleet", "Delivery Route Planning Software"),
    ("- Fine line tattooing and cover-up tattoos", "Tattooing"),
    ("- Laser tattoo removal with PicoSure", "Tattoo Removal"),
    ("- Ear piercing with the Blomdahl or Studex system", "Body Piercing"),
    ("- Holds a special treatment licence", "Skin Piercing Licence"),
    ("- Microneedling, dermaplaning and HydraFacial treatments", "Advanced Facial Treatments"),
    ("- Bridal makeup and airbrush makeup", "Makeup Artistry"),
    ("- BIAB and builder gel overlays", "Nail Techniques"),
    ("- State cosmetology license required", "Cosmetology Licence"),
    ("- Afro hair and textured hair, silk press and loc maintenance", "Afro and Textured Hair"),
    ("- Wig fitting and hair replacement systems", "Wig Making"),
    ("- Trichology and scalp treatments", "Trichology"),
    ("- Corrective shoeing and hoof trimming", "Farriery"),
    ("- DipWCF and registered with the Farriers Registration Council", "Farrier Registration"),
    ("- Hand forging and decorative ironwork", "Blacksmithing"),
    ("- Foaling and yearling preparation on a stud", "Stud Management"),
    ("- BHSAI qualified riding instruction", "Horse Riding Instruction"),
    ("- Saddle fitting and tack cleaning", "Saddlery and Tack"),
    ("- Veterinary radiography and veterinary dentistry", "Veterinary Radiography"),
    ("- Faecal flotation and ear cytology in the in-house laboratory", "Veterinary Laboratory Procedures"),
    ("- AMTRA SQP for prescribing POM-VPS", "Veterinary Medicines Regulations"),
    ("- Exotics nursing and reptile husbandry", "Exotic Animal Nursing"),
]

OTHER_SENSES_SECOND = [
    ("- Stud work and plasterboard partitions", "Stud Management"),
    ("- Waste removal services and skip hire", "Removals Operations"),
    ("- Providing a safe moving and handling environment", "Specialist Item Moving"),
]

READ_THIRD = [
    ("- Focus pulling as 1st AC on ARRI Alexa", "Camera Assisting"),
    ("- Focus pulling as 1st AC on ARRI Alexa", "Cinema Cameras"),
    ("- Prepare call sheets and shooting schedules as 2nd AD", "Assistant Directing"),
    ("- Location sound recording and boom swinging", "Production Sound Recording"),
    ("- Dailies workflow in Silverstack", "Digital Imaging Technician"),
    ("- Script supervision and lined scripts", "Script Supervision"),
    ("- Steadicam operation", "Camera Stabilisation"),
    ("- Peripatetic music teaching and whole class ensemble teaching", "Instrumental Teaching"),
    ("- ABRSM Grade 8 or DipABRSM", "Music Exam Boards"),
    ("- Kodály and Orff approaches", "Music Teaching Methods"),
    ("- Score in Sibelius or Dorico", "Music Notation Software"),
    ("- Choral conducting and choir leading", "Choral and Ensemble Direction"),
    ("- Piano accompaniment for exams", "Musical Accompaniment"),
    ("- Sermon preparation and homiletics", "Preaching"),
    ("- Baptism preparation and marriage preparation", "Sacramental Ministry"),
    ("- Four units of Clinical Pastoral Education", "Clinical Pastoral Education"),
    ("- Rota and giving in ChurchSuite or Planning Center Online", "Church Management Software"),
    ("- Tajweed and Hifz teaching", "Quranic Studies"),
    ("- Bar mitzvah tutoring and Torah reading", "Judaic Studies"),
    ("- Master of Theology or Bachelor of Theology", "Theology Degree"),
    ("- Bid calling from the rostrum", "Auctioneering"),
    ("- Probate valuations of chattels", "Antiques Valuation"),
    ("- Auction cataloguing and writing lot descriptions", "Auction Cataloguing"),
    ("- Uploading sales to the-saleroom and LiveAuctioneers", "Auction Platforms"),
    ("- USPAP compliant appraisals", "Auction and Appraisal Qualifications"),
    ("- Interlibrary loans through ILLiad", "Interlibrary Loans"),
    ("- Maintain LibGuides and EZproxy", "Library Discovery Systems"),
    ("- Readers' advisory and reference interviews", "Reference Services"),
    ("- Authority control and BIBFRAME", "Metadata Standards for Libraries"),
    ("- Lift modernisation projects", "Lift Installation"),
    ("- Lift servicing, fault finding and lift entrapments", "Lift Maintenance"),
    ("- Working to EN 81-20 and ASME A17.1", "Lift Safety Standards"),
    ("- QEI certification or elevator mechanic license", "Lift Engineering Qualifications"),
    ("- IRATA Level 2 certificate", "Rope Access Certification"),
    ("- Industrial rope access and rope rescue", "Rope Access"),
    ("- Anchor testing and harness inspection", "Anchor and Fall Arrest Testing"),
    ("- Gutter cleaning and soft washing", "High-Level Cleaning"),
    ("- Wheel throwing, slip casting and kiln firing", "Pottery"),
    ("- Stained glass restoration and lampworking", "Glassblowing"),
    ("- Conservation framing and mount cutting with a Valiani", "Picture Framing"),
    ("- Veneering, marquetry and hand-cut dovetails", "Furniture Making"),
    ("- Leatherwork and hand stitching leather", "Leatherworking"),
    ("- Shoe repairs, resoling and key cutting", "Shoe Repair"),
    ("- Shoe repairs, resoling and key cutting", "Key Cutting"),
    ("- Smartphone repair: screen replacement and micro-soldering", "Mobile Device Repair"),
    ("- Dry cleaning, spotting garments and shirt pressing", "Dry Cleaning"),
    ("- Pheasant rearing and predator control on a driven shoot", "Gamekeeping"),
    ("- DSC1 and deer stalking experience", "Deer Management"),
    ("- Holds a shotgun certificate", "Firearms Certification"),
    ("- Footpath maintenance on public rights of way", "Countryside Management"),
    ("- Scrub clearance and conservation grazing", "Habitat Management"),
    ("- Quad bike operation (Lantra ATV)", "ATV Operation"),
    ("- Optical dispensing: varifocal dispensing and frame adjustments", "Optical Dispensing"),
    ("- FBDO qualified or ABDO student dispensing optician", "Dispensing Optician Qualification"),
    ("- Contact lens fitting and myopia management", "Contact Lens Fitting"),
    ("- Non-contact tonometry, visual field testing and OCT scans", "Optometry Pre-Screening"),
    ("- Edging lenses on a Santinelli edger", "Ophthalmic Lens Processing"),
    ("- UKSCA accredited strength and conditioning coaching", "Strength and Conditioning Coaching"),
]

OTHER_SENSES_THIRD = [
    ("- Invaluable experience in a fast-paced team", "Auction Platforms"),
    ("- Boom operation on MEWPs (IPAF 3b)", "Production Sound Recording"),
    ("- Prepare business continuity reports for the board", "Script Supervision"),
    ("- Applicants need an EAD to work in the US", "Metadata Standards for Libraries"),
    ("- Ensure the enquiry desk at the council offices is staffed", "Reference Services"),
    ("- Worst-case execution time (WCET) analysis of embedded code", "Instrumental Teaching"),
]


@pytest.mark.parametrize(("line", "skill"), READ_FIRST + READ_SECOND + READ_THIRD)
def test_a_sixth_round_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), OTHER_SENSES_FIRST + OTHER_SENSES_SECOND + OTHER_SENSES_THIRD)
def test_a_sixth_round_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Engineer\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("text", "wrong"), [
    ("Buscamos a alguien para promover la marca y otras tareas.", "Removals Trade Accreditation"),
    ("Esperienza in vendita, logistica e altro.", "Vinyl Flooring Installation"),
])
def test_a_brand_that_is_a_word_of_another_language_is_no_match(text, wrong):
    assert wrong not in names(text)
