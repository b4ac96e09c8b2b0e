"""Synthetic fixtures for the fifth round of vocabulary breadth: what postings of thirty occupation
families no earlier round covered name (mine planning software and blasting tickets, well control
and offshore survival certificates, water operator licences, waste carrier registration, pest
control licences, garment CAD, flexo and die cutting, museum loans, cabin crew attestation,
actuarial exams and reserving), and the same words in another trade's or everyday sense left alone
(a project's resource estimation, a storm petrel, a food business's provenance, a software
engineer's garbage collection)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("line", "skill"), [
    ("- Experience with Surpac, Deswik or Vulcan mine planning", "GEOVIA Surpac"),
    ("- Experience with Surpac, Deswik or Vulcan mine planning", "Deswik"),
    ("- Leapfrog Geo and core logging experience", "Leapfrog Geo"),
    ("- Leapfrog Geo and core logging experience", "Core Logging"),
    ("- Current blasting licence or shotfirer's permit", "Blasting Licence"),
    ("- MSHA Part 48 training preferred", "MSHA Training"),
    ("- Knowledge of MSHA standards and OSHA regulations", "MSHA Regulations"),
    ("- Resource estimation reported under the JORC Code", "JORC Code"),
    ("- IWCF Level 4 well control certificate", "IWCF Well Control"),
    ("- Valid BOSIET, HUET and OGUK medical", "BOSIET"),
    ("- Valid BOSIET, HUET and OGUK medical", "OEUK Offshore Medical"),
    ("- Petrel and Techlog for seismic interpretation and petrophysics", "Petrel"),
    ("- Petrel and Techlog for seismic interpretation and petrophysics", "Petrophysics"),
    ("- H2S Alive and Common Safety Orientation tickets", "H2S Alive"),
])
def test_a_mining_or_drilling_item_is_read(line, skill, resources):
    skills, context = read(f"Mine Geologist\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Grade II wastewater operator certification", "Water Operator Certification"),
    ("- Monitor the activated sludge process and perform jar testing", "Activated Sludge Process"),
    ("- Monitor the activated sludge process and perform jar testing", "Jar Testing"),
    ("- Knowledge of NPDES permits and discharge monitoring reports", "NPDES Permits"),
    ("- Maintain lift stations and carry out sewer jetting", "Lift Station Maintenance"),
    ("- WAMITAB Level 4 Certificate of Technical Competence", "WAMITAB Qualification"),
    ("- Complete waste transfer notes under the duty of care", "Waste Duty of Care"),
    ("- Operate the weighbridge and the cardboard baler", "Weighbridge Operation"),
    ("- Structural pest control license and bird proofing experience", "Pest Control Operator Licence"),
    ("- Structural pest control license and bird proofing experience", "Bird Control"),
    ("- Carry out WDO inspections and termite treatments", "Termite Inspection"),
    ("- Schedule jobs in PestPac", "PestPac"),
])
def test_a_water_waste_or_pest_item_is_read(line, skill, resources):
    skills, context = read(f"Operator\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Pattern grading in Gerber AccuMark or Lectra Modaris", "Gerber AccuMark"),
    ("- Pattern grading in Gerber AccuMark or Lectra Modaris", "Lectra Modaris"),
    ("- Pattern grading in Gerber AccuMark or Lectra Modaris", "Pattern Grading"),
    ("- Build tech packs and run fit sessions with factories", "Tech Packs"),
    ("- 3D sampling in CLO 3D", "CLO 3D"),
    ("- Run the heat press and DTG printing machines", "Heat Transfer Printing"),
    ("- Set up flexo presses and die cutters", "Flexographic Printing"),
    ("- Set up flexo presses and die cutters", "Die Cutting"),
    ("- Output files through the Onyx RIP to our wide format printers", "RIP Software"),
    ("- G7 Master certification a plus", "G7 Certification"),
    ("- Manage incoming and outgoing loans and write object condition reports", "Museum Loans"),
    ("- Manage incoming and outgoing loans and write object condition reports", "Object Condition Reporting"),
    ("- Catalogue objects in PastPerfect", "PastPerfect"),
    ("- Hold a valid EASA cabin crew attestation", "Cabin Crew Attestation"),
    ("- Deliver inflight service and duty-free sales", "Inflight Service"),
    ("- Deliver inflight service and duty-free sales", "Inflight Retail"),
])
def test_a_garment_print_museum_or_cabin_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Progress toward the FSA designation", "Fellow of the Society of Actuaries"),
    ("- Progress toward FSA; passed Exam P and Exam FM", "SOA Actuarial Exams"),
    ("- Studying for IFoA exams", "IFoA Qualification"),
    ("- Loss reserving using chain ladder and Bornhuetter-Ferguson methods", "Loss Reserving"),
    ("- Build models in Prophet actuarial software or GGY AXIS", "FIS Prophet"),
    ("- Build models in Prophet actuarial software or GGY AXIS", "Moody's AXIS"),
    ("- Solvency II and IFRS 17 reporting", "Solvency II"),
    ("- Solvency II and IFRS 17 reporting", "IFRS 17"),
])
def test_an_actuarial_item_is_read(line, skill, resources):
    skills, context = read(f"Actuarial Analyst\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # a project manager's resource estimation is no mineral resource
    ("- Sprint planning and resource estimation for the delivery team", "Mineral Resource Estimation"),
    # a seabird is no Petrel licence
    ("- Survey storm petrel and shearwater colonies", "Petrel"),
    # a chef's pride in provenance is no museum research
    ("- Passion for seasonal produce and provenance", "Provenance Research"),
    # a programmer's garbage collection and a forklift's side loader are no refuse rounds
    ("- Tune JVM garbage collection and memory use", "Waste Collection"),
    ("- Operate a side loader forklift in the yard", "Waste Collection"),
    # a payroll clerk's loans are no museum loans
    ("- Process staff loans and salary advances", "Museum Loans"),
    # a warehouse's label printing is no flexo press work
    ("- Label printing and parcel dispatch", "Flexographic Printing"),
    # a sales team's onboarding is no inflight retail
    ("- Onboard sales reps to the CRM", "Inflight Retail"),
    # a hospital's morbidity and mortality meetings are no actuarial experience studies
    ("- Attend mortality and morbidity meetings", "Experience Studies"),
])
def test_a_fifth_round_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- RPR certification and realtime captioning experience", "Registered Professional Reporter"),
    ("- RPR certification and realtime captioning experience", "Stenography"),
    ("- Proficient in Case CATalyst", "Case CATalyst"),
    ("- Prepare bills of quantities to NRM2", "Bills of Quantities"),
    ("- Prepare bills of quantities to NRM2", "New Rules of Measurement"),
    ("- Quantity takeoffs in CostX or PlanSwift", "CostX"),
    ("- Quantity takeoffs in CostX or PlanSwift", "PlanSwift"),
    ("- Topographic surveys and boundary surveys using RTK GNSS", "Topographic Surveying"),
    ("- Topographic surveys and boundary surveys using RTK GNSS", "Boundary Surveys"),
    ("- Topographic surveys and boundary surveys using RTK GNSS", "GNSS Surveying"),
    ("- LSIT or PLS license", "Professional Land Surveyor"),
    ("- Process point cloud data in Leica Cyclone", "Laser Scanning"),
])
def test_a_court_reporting_or_surveying_item_is_read(line, skill, resources):
    skills, context = read(f"Surveyor\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- CCHT certification required within 18 months", "Certified Hemodialysis Technician"),
    ("- Cannulate AV fistulas and grafts", "Vascular Access Cannulation"),
    ("- Train patients in peritoneal dialysis at home", "Peritoneal Dialysis"),
    ("- Swedish massage, deep tissue massage and hot stone massage", "Massage Therapy"),
    ("- Passed the MBLEx", "MBLEx"),
    ("- Trained in Elemis facials and body wraps", "Spa Skincare Brands"),
    ("- Trained in Elemis facials and body wraps", "Spa Therapy"),
    ("- Book appointments in Mindbody or Book4Time", "Spa and Salon Booking Software"),
    ("- Diversified technique and Activator Methods", "Chiropractic Adjustments"),
    ("- GOsC registered osteopath; HVLA and cranial osteopathy", "GOsC Registration"),
    ("- GOsC registered osteopath; HVLA and cranial osteopathy", "Osteopathic Manipulative Treatment"),
    ("- Charting in ChiroTouch", "Chiropractic Practice Software"),
    ("- Design hand-tied bouquets and funeral tributes", "Floristry"),
    ("- Level 3 Diploma in Floristry", "Floristry Qualification"),
])
def test_a_renal_massage_chiropractic_or_floristry_item_is_read(line, skill, resources):
    skills, context = read(f"Therapist\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Own DSLR and off-camera flash kit", "Camera Equipment"),
    ("- Wedding photography and portraiture experience", "Wedding Photography"),
    ("- Wedding photography and portraiture experience", "Portrait Photography"),
    ("- Deliver galleries through ShootProof or Pixieset", "Client Gallery Platforms"),
    ("- Drawings in Vectorworks and renders in Enscape", "Vectorworks"),
    ("- Drawings in Vectorworks and renders in Enscape", "Architectural Rendering Software"),
    ("- Prepare FF&E schedules and mood boards", "FF&E Specification"),
    ("- Prepare FF&E schedules and mood boards", "Mood Boards"),
    ("- NCIDQ certified; ASID member", "Interior Design Professional Membership"),
    ("- Program cues in QLab and call the show from the prompt desk", "QLab"),
    ("- Program cues in QLab and call the show from the prompt desk", "Stage Management"),
    ("- ETCP Certified Rigger with counterweight flying experience", "ETCP Certification"),
    ("- ETCP Certified Rigger with counterweight flying experience", "Theatre Rigging"),
    ("- Mix on DiGiCo and Yamaha CL5 consoles; RF coordination for radio mics", "Sound Consoles"),
    ("- Mix on DiGiCo and Yamaha CL5 consoles; RF coordination for radio mics", "Radio Microphones"),
    ("- Dante Level 2 certified", "Dante Audio Networking"),
    ("- Crestron programming and Q-SYS Designer", "Crestron"),
    ("- Crestron programming and Q-SYS Designer", "Q-SYS"),
    ("- CTS-I or CTS-D preferred", "AVIXA CTS"),
    ("- Operate EVS replay systems and the Vizrt graphics", "EVS Replay"),
    ("- Operate EVS replay systems and the Vizrt graphics", "Broadcast Graphics Systems"),
    ("- SMPTE ST 2110 and signal flow knowledge", "Broadcast IP Video"),
    ("- SMPTE ST 2110 and signal flow knowledge", "Signal Flow"),
])
def test_a_photography_interiors_theatre_or_av_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # an accounts team 'as well AP' is no WELL Accredited Professional
    ("- Support AR as well AP processing", "WELL AP"),
    # a strategy 'setting out' goals is no site setting out
    ("- Setting out the team's goals for the year", "Construction Setting Out"),
    # teachers' PD training is no peritoneal dialysis
    ("- Attend PD training on Fridays", "Peritoneal Dialysis"),
    # a perk of chair massages is no massage therapy asked
    ("- Perks include weekly chair massages and snacks", "Massage Therapy"),
    # a body shop's bodywork is no massage
    ("- Repair vehicle bodywork and paint", "Massage Therapy"),
    # stepping out of one's comfort zone is no spa product training
    ("- Happy to step outside your comfort zone", "Spa Skincare Brands"),
    # a hotel's fresh flower arrangements are no floristry asked
    ("- Keep the lobby's fresh flower arrangements tidy", "Floristry"),
    # aviation takeoffs and ordinary estimating are no construction cost estimates
    ("- Log takeoffs and landings in the flight log", "Cost Estimating"),
    # a warehouse's chain hoist is no theatre flying
    ("- Use the chain hoist to lift engines", "Theatre Rigging"),
    # an IT team's media server is no projection mapping
    ("- Maintain the Plex media server", "Projection Mapping"),
    # a joiner's HDF board is no haemodiafiltration
    ("- Cut MDF and HDF boards to size", "Dialysis"),
])
def test_a_second_step_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Intruder alarm installation and CCTV commissioning", "Security Systems Installation"),
    ("- Working to BS EN 50131 and PD 6662 for NSI Gold sites", "Security Systems Standards"),
    ("- Working to BS EN 50131 and PD 6662 for NSI Gold sites", "NSI Approval"),
    ("- Programme Texecom and Pyronix panels", "Intruder Alarm Panels"),
    ("- Configure Milestone XProtect and Paxton Net2", "Video Management Systems"),
    ("- Configure Milestone XProtect and Paxton Net2", "Access Control Platforms"),
    ("- NICET Level II in fire alarm systems", "NICET Certification"),
    ("- A track record in car sales and F&I product knowledge", "Vehicle Sales"),
    ("- A track record in car sales and F&I product knowledge", "Dealership F&I"),
    ("- Appraise trade-ins using vAuto and CDK Global", "Dealer Management Systems"),
    ("- OMVIC registration required", "Vehicle Salesperson Licence"),
    ("- Deal blackjack, roulette and baccarat", "Table Games Dealing"),
    ("- Must obtain a gaming license from the state gaming commission", "Gaming Licence"),
    ("- Knowledge of the Gambling Act 2005 and the LCCP", "Gambling Regulations"),
    ("- Promote safer gambling and self-exclusion", "Responsible Gambling"),
    ("- Soft count and hard count procedures in the count room", "Casino Cage Operations"),
])
def test_a_security_install_auto_sales_or_casino_item_is_read(line, skill, resources):
    skills, context = read(f"Engineer\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Geological mapping, stratigraphy and core logging", "Geological Mapping"),
    ("- Geological mapping, stratigraphy and core logging", "Sedimentology"),
    ("- Groundwater modelling in MODFLOW", "Hydrogeology"),
    ("- Groundwater modelling in MODFLOW", "MODFLOW"),
    ("- Log boreholes to BS 5930 and enter data in gINT", "Ground Investigation"),
    ("- Log boreholes to BS 5930 and enter data in gINT", "Geotechnical Data Software"),
    ("- Prepare Phase I ESAs and contaminated land reports", "Contaminated Land Assessment"),
    ("- P.Geo. or eligible for registration", "Professional Geologist"),
    ("- Produce TAFs and aviation weather briefings", "Weather Forecasting"),
    ("- Interpret NWP output and tephigrams", "Numerical Weather Prediction"),
    ("- Interpret NWP output and tephigrams", "Synoptic Meteorology"),
    ("- Code METAR and SYNOP reports", "Weather Observation"),
    ("- Analyse CMIP6 data in NetCDF with xarray", "Climate Modelling"),
    ("- Analyse CMIP6 data in NetCDF with xarray", "Meteorological Data Tools"),
    ("- WMO BIP-M compliant qualification", "Meteorologist Qualifications"),
])
def test_a_geoscience_or_meteorology_item_is_read(line, skill, resources):
    skills, context = read(f"Scientist\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Install uPVC windows and composite doors", "Window and Door Installation"),
    ("- Curtain walling and structural glazing on commercial sites", "Curtain Walling"),
    ("- Replace sealed units and glazing beads", "Glass Processing"),
    ("- FENSA registered installer", "FENSA Registration"),
    ("- NVQ Level 2 Fenestration Installation", "Glazing Qualifications"),
    ("- Ring sizing, retipping and stone setting at the bench", "Jewellery Making"),
    ("- Ring sizing, retipping and stone setting at the bench", "Stone Setting"),
    ("- CAD in MatrixGold or RhinoGold", "Jewellery CAD Software"),
    ("- GIA Graduate Gemologist preferred", "GIA Graduate Gemologist"),
    ("- Watch servicing and water resistance testing", "Watch Repair"),
    ("- WOSTEP or BHI Diploma", "Watchmaking Qualifications"),
    ("- Classify goods with HS codes and apply rules of origin", "Tariff Classification"),
    ("- Classify goods with HS codes and apply rules of origin", "Rules of Origin"),
    ("- Licensed Customs Broker (LCB) preferred", "Licensed Customs Broker"),
    ("- File ISF and ACE entries; C-TPAT compliance", "Authorised Economic Operator"),
    ("- Prepare CDS declarations and manage duty deferment", "Customs Systems and Filings"),
    ("- Prepare CDS declarations and manage duty deferment", "Customs Special Procedures"),
    ("- Experience in CargoWise", "Trade Compliance Software"),
])
def test_a_glazing_jewellery_or_customs_item_is_read(line, skill, resources):
    skills, context = read(f"Specialist\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Valid ATCO licence with aerodrome control rating", "Air Traffic Controller Licence"),
    ("- Provide aerodrome control and approach radar services", "Air Traffic Control"),
    ("- FISO licence or FRTOL", "FISO Licence"),
    ("- FISO licence or FRTOL", "FRTOL"),
    ("- ICAO Level 4 English", "ICAO English Language Proficiency"),
    ("- Issue NOTAMs and maintain the AIP", "Aeronautical Information Management"),
    ("- Current NPLQ and Pool Plant Operator certificate", "Pool Plant Operator Certificate"),
    ("- Certified Pool Operator (CPO) certification", "Certified Pool Operator"),
    ("- American Red Cross Lifeguarding and WSI certification", "Red Cross Lifeguarding"),
    ("- American Red Cross Lifeguarding and WSI certification", "Water Safety Instructor"),
    ("- Bronze Medallion or National Lifeguard", "National Lifeguard"),
    ("- Follow the PSOP and test pool water chemistry", "Pool Safety Operating Procedures"),
    ("- Poolside supervision and spinal injury management", "Lifeguarding"),
    ("- Book sports hall bookings in Gladstone Plus2", "Leisure Management Software"),
])
def test_an_air_traffic_or_lifeguarding_item_is_read(line, skill, resources):
    skills, context = read(f"Officer\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # a care home's table games are no casino dealing
    ("- Run bingo and table games for residents", "Table Games Dealing"),
    # a football analyst's player tracking is no casino system
    ("- Analyse player tracking data from GPS vests", "Casino Management Systems"),
    # an ETL developer's field mapping is no geological mapping
    ("- Document field mapping between source and target systems", "Geological Mapping"),
    # the hallmarks of a good leader are no hallmarking
    ("- Shows the hallmarks of a great leader", "Hallmarking"),
    # a feast is no controller selection test
    ("- Help prepare the Christmas feast for residents", "Air Traffic Controller Licence"),
    # a cashier's cheque handling and a payroll team's normal operating procedures ask nothing here
    ("- Follow normal operating procedures for payroll", "Pool Safety Operating Procedures"),
    # the 4Cs of 21st-century learning are no diamond grading
    ("- Embed the 4Cs of creativity, collaboration, communication and critical thinking", "Gemology"),
    # a microphone list is no gaming control standard
    ("- Set up mics and stands for the band", "Gambling Regulations"),
    # an electric vehicle fleet is no replay system
    ("- Charge the EVS overnight", "EVS Replay"),
])
def test_a_third_step_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # Markov random fields and a statistician's geostatistics are no recycling plant or ore body
    ("- Probabilistic models (HMMs, CRFs, MRFs) for NLP", "Materials Recovery Facility Operations"),
    ("- Working experience in geostatistics or spatial statistics", "Mineral Resource Estimation"),
    # an interview held over video conferencing asks for no AV systems
    ("- Interviews will be held over video conferencing", "Video Conferencing Systems"),
    # a software team's sports betting platform is the employer's industry, not betting operations
    ("- Help build our sports betting platform", "Sports Betting Operations"),
])
def test_a_scanned_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Engineer\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


def test_sports_betting_is_the_industry(resources):
    skills, context = read("Engineer\n\nRequirements\n- Knowledge of the sports betting market\n", resources)
    assert "Gambling Industry" in context
