"""Synthetic fixtures for the third round of the non-tech vocabulary's breadth: what insurance,
estate and lettings agency, pharmacy, dental, veterinary, allied health, payroll, credit control,
recruitment, HR, contact centre and employment and advice postings ask for (loss adjusting, Cert
CII, right to rent checks, accuracy checking, oral health education, RVT, MUST screening,
auto-enrolment, cash allocation, CV screening, AHT, DISP, debt advice), each read from the words
postings use, and the same words in an everyday sense, or said of the candidate rather than asked
of them, left alone."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("line", "skill"), [
    ("- Experience in loss adjusting and subrogation recoveries", "Loss Adjusting"),
    ("- Experience in loss adjusting and subrogation recoveries", "Subrogation"),
    ("- Knowledge of the Lloyd's and London Market", "Lloyd's Market"),
    ("- Cert CII or working towards Dip CII", "Chartered Insurance Institute Qualification"),
    ("- ACII qualified or a Chartered Insurer", "Chartered Insurance Institute Qualification"),
    ("- Use Xactimate to estimate property claims", "Xactimate"),
    ("- Broking experience using Acturis or Applied Epic", "Acturis"),
    ("- Broking experience using Acturis or Applied Epic", "Applied Epic"),
    ("- Treaty reinsurance and catastrophe modelling", "Reinsurance"),
    ("- Treaty reinsurance and catastrophe modelling", "Catastrophe Modelling"),
    ("- Policy administration including mid-term adjustments", "Insurance Policy Administration"),
    ("- All-lines adjuster license", "Adjuster License"),
    ("- ARLA Propertymark qualified", "Propertymark Qualification"),
    ("- Carry out Right to Rent checks and register deposits with a tenancy deposit scheme",
     "Right to Rent Checks"),
    ("- Carry out Right to Rent checks and register deposits with a tenancy deposit scheme",
     "Tenancy Deposit Protection"),
    ("- Conduct accompanied viewings and sales progression", "Property Viewings"),
    ("- Conduct accompanied viewings and sales progression", "Sales Progression"),
    ("- Prepare property inventories and check-in and check-out reports", "Property Inventories"),
    ("- Serve Section 21 and Section 8 notices", "Possession Proceedings"),
    ("- Knowledge of HHSRS", "Housing Health and Safety Rating System"),
    ("- Use Reapit and Rightmove", "Reapit"),
    ("- Use Reapit and Rightmove", "Property Portals"),
    ("- Book market appraisals", "Property Appraisal"),
])
def test_an_insurance_or_property_item_is_read(line, skill, resources):
    skills, context = read(f"Negotiator\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Final accuracy checking of prescriptions", "Accuracy Checking"),
    ("- Process repeat prescriptions", "Repeat Prescriptions"),
    ("- Deliver the New Medicine Service and Pharmacy First", "Community Pharmacy Services"),
    ("- Administer vaccines under PGDs", "Patient Group Directions"),
    ("- Omnicell or Pyxis experience", "Automated Dispensing Cabinets"),
    ("- Aseptic dispensing in a hospital pharmacy", "Pharmacy Compounding"),
    ("- Medicines Counter Assistant qualification", "Medicines Counter Assistant Qualification"),
    ("- Dental charting and oral health education", "Dental Charting"),
    ("- Dental charting and oral health education", "Oral Health Education"),
    ("- Orthodontic nursing experience", "Orthodontic Nursing"),
    ("- Software of Excellence or Dentally experience", "Dental Practice Software"),
    ("- Certificate in Dental Radiography", "Dental Radiography Qualification"),
    ("- Level 3 Diploma in Veterinary Nursing", "Veterinary Nursing Qualification"),
    ("- Credentialed Veterinary Technician or RVT", "Veterinary Technician Credential"),
    ("- Experience with RxWorks or ezyVet", "Veterinary Practice Software"),
    ("- Perform Schedule 3 procedures", "Schedule 3 Procedures"),
    ("- Safe restraint of animals for examination", "Animal Restraint"),
    ("- Carry out home adaptations and wheelchair assessments", "Home Adaptations"),
    ("- Carry out home adaptations and wheelchair assessments", "Seating and Postural Management"),
    ("- Use MOHO assessments", "Model of Human Occupation"),
    ("- Speech and language therapy experience", "Speech Therapy"),
    ("- Plain film radiography in the emergency department", "Diagnostic Radiography"),
    ("- Radiotherapy planning on the Linac", "Therapeutic Radiography"),
    ("- Interventional radiology and angiography", "Interventional Radiology"),
    ("- RIS/PACS experience", "PACS"),
    ("- Complete MUST screening on admission", "Malnutrition Screening"),
])
def test_a_pharmacy_dental_veterinary_or_allied_health_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Process auto-enrolment and SSP and SMP", "Auto-Enrolment"),
    ("- Process auto-enrolment and SSP and SMP", "Statutory Payments"),
    ("- Prepare P11Ds and P60s", "P11D Reporting"),
    ("- Prepare P11Ds and P60s", "Payroll Year End"),
    ("- Gross to net calculations and payroll reconciliations", "Gross-to-Net Calculations"),
    ("- Gross to net calculations and payroll reconciliations", "Payroll Reconciliation"),
    ("- Process attachment of earnings orders", "Wage Garnishments"),
    ("- Use BrightPay or Sage Payroll", "BrightPay"),
    ("- Use BrightPay or Sage Payroll", "Sage Payroll"),
    ("- Experience with iTrent", "MHR iTrent"),
    ("- Cash allocation and credit vetting of new accounts", "Cash Allocation"),
    ("- Cash allocation and credit vetting of new accounts", "Credit Vetting"),
    ("- Send dunning letters and chase overdue invoices", "Credit Control"),
    ("- Issue claims through Money Claim Online", "Debt Recovery Litigation"),
    ("- Carry out right to work checks for new starters", "Right to Work Checks"),
    ("- Knowledge of IR35 and TUPE transfers", "IR35"),
    ("- Knowledge of IR35 and TUPE transfers", "TUPE Regulations"),
    ("- Follow the ACAS Code of Practice", "ACAS Code of Practice"),
    ("- Manage sickness absence using the Bradford Factor", "Absence Management"),
    ("- Disciplinary and grievance casework", "Employee Relations"),
    ("- Process starters and leavers", "Onboarding"),
    ("- CV screening and arranging interviews", "Candidate Screening"),
    ("- CV screening and arranging interviews", "Interview Scheduling"),
    ("- Use Bullhorn and Broadbean", "Bullhorn"),
    ("- Use Bullhorn and Broadbean", "Broadbean"),
    ("- Experience with HiBob or Personio", "HiBob"),
    ("- Compliance with the Agency Workers Regulations", "Agency Workers Regulations"),
])
def test_a_payroll_credit_control_recruitment_or_hr_item_is_read(line, skill, resources):
    skills, context = read(f"Administrator\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Confident call handling and complaints handling", "Phone Support"),
    ("- Confident call handling and complaints handling", "Complaint Resolution"),
    ("- Meet AHT and first contact resolution targets", "Contact Centre Metrics"),
    ("- Knowledge of the FCA DISP rules and ombudsman referrals", "DISP Complaints Rules"),
    ("- Knowledge of the FCA DISP rules and ombudsman referrals", "Ombudsman Complaints"),
    ("- Support vulnerable customers", "Vulnerable Customers"),
    ("- Use a predictive dialler and Verint", "Dialler Systems"),
    ("- Use a predictive dialler and Verint", "Verint"),
    ("- Employment support including job coaching and CV writing", "Employment Support"),
    ("- Employment support including job coaching and CV writing", "CV Writing"),
    ("- Deliver the Restart Scheme", "DWP Employment Programmes"),
    ("- Advise on Personal Independence Payment and mandatory reconsiderations", "Welfare Benefits Advice"),
    ("- Provide debt advice including Debt Relief Orders", "Debt Advice"),
    ("- IAG Level 4 qualification", "Advice and Guidance Qualification"),
    ("- Deliver information, advice and guidance to young people", "Careers Guidance"),
])
def test_a_contact_centre_or_advice_item_is_read(line, skill, resources):
    skills, context = read(f"Adviser\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # the offer checks the candidate's right to work: no right to work checks asked of them
    ("- All offers are subject to satisfactory right to work checks", "Right to Work Checks"),
    ("- You must have the right to work in the UK", "Right to Work Checks"),
    # staff moving to a new employer under TUPE is their status, no knowledge of the regulations
    ("- Staff will TUPE across to the new provider", "TUPE Regulations"),
    # coaching on the job is how the employer trains, no job coaching of clients
    ("- Learn through on-the-job coaching and guidance", "Employment Support"),
    # a film photographer's plain film is no radiography
    ("- Shoot on plain film and digital cameras", "Diagnostic Radiography"),
    # a bank and a chemist named Lloyds are no insurance market
    ("- Previous roles at Lloyds Bank or LloydsPharmacy welcome", "Lloyd's Market"),
    # salt the seasoning is no speech and language therapy
    ("- Season with salt and pepper", "Speech Therapy"),
    # the shortlisting date is no candidate screening
    ("- Shortlisting will take place on 3 June", "Candidate Screening"),
])
def test_a_third_round_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Complete DSE assessments and HAVS monitoring", "DSE Assessments"),
    ("- Complete DSE assessments and HAVS monitoring", "Noise and Vibration Assessment"),
    ("- Knowledge of the Regulatory Reform (Fire Safety) Order 2005", "Fire Safety Order"),
    ("- Carry out safety audits and deliver toolbox talks", "Safety Audits"),
    ("- Carry out safety audits and deliver toolbox talks", "Toolbox Talks"),
    ("- NEBOSH Fire Certificate or NEBOSH Environmental Certificate", "NEBOSH Fire Certificate"),
    ("- NEBOSH Fire Certificate or NEBOSH Environmental Certificate", "NEBOSH Environmental Certificate"),
    ("- Manage occupational health referrals and health surveillance", "Occupational Health Referrals"),
    ("- Committee servicing and minuting meetings", "Committee Administration"),
    ("- Committee servicing and minuting meetings", "Meeting Planning"),
    ("- Knowledge of the Procurement Act 2023 and Contracts Finder", "Public Contracts Regulations"),
    ("- Respond to member enquiries and MP enquiries", "Member Enquiries"),
    ("- Complete equality impact assessments", "Equality Impact Assessments"),
    ("- Publish agendas in ModernGov", "ModernGov"),
    ("- Lead tender evaluation panels", "Tender Evaluation"),
    ("- PATS and MiDAS trained", "Passenger Assistant Training"),
    ("- Strong route knowledge and ticket checking", "Route Knowledge"),
    ("- Strong route knowledge and ticket checking", "Ticket Inspection"),
    ("- Working knowledge of GERT8000", "Railway Rule Book"),
    ("- A train driving licence", "Train Driving Licence"),
    ("- Minibus driving licence", "D1 Driving Licence"),
    ("- Knowledge of drivers' hours rules", "Tachograph"),
])
def test_a_safety_public_sector_or_transport_item_is_read(line, skill, resources):
    skills, context = read(f"Officer\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Tube and fitting scaffolding, CISRS Part 2", "CISRS Card"),
    ("- Tube and fitting scaffolding, CISRS Part 2", "Scaffolding"),
    ("- Plaster skimming, float and set, taping and jointing", "Plastering"),
    ("- Bench joinery and door hanging", "Carpentry"),
    ("- Slating and tiling, flat roofing and leadwork", "Roofing"),
    ("- Wall tiling and porcelain tiling", "Tiling"),
    ("- Brickwork and blockwork", "Masonry"),
    ("- Blue Skilled Worker Card", "CSCS Card"),
    ("- Fitting kitchens and installing bathrooms", "Kitchen and Bathroom Fitting"),
    ("- Fence installation and post and rail fencing", "Fencing Installation"),
    ("- Multi-trade property maintenance", "Multi-Trade Maintenance"),
    ("- Tree felling and stump grinding, CS38 and CS39", "Arboriculture"),
    ("- Tree surveys to BS5837", "Tree Surveys"),
    ("- NPTC or Lantra certificates", "NPTC Certification"),
    ("- Operate cylinder mowers and flail mowers", "Grounds Maintenance Machinery"),
    ("- Greenkeeping and fine turf maintenance", "Turf Management"),
    ("- RHS Level 2 and plant identification", "RHS Qualification"),
    ("- RHS Level 2 and plant identification", "Plant Identification"),
    ("- Weed control and Japanese knotweed treatment", "Weed Control"),
    ("- Hard and soft landscaping", "Hard and Soft Landscaping"),
    ("- HACCP Level 3", "HACCP Certification"),
    ("- Work to BRCGS and SALSA accreditation", "BRCGS"),
    ("- Complete CCP checks and traceability exercises", "CCP Monitoring"),
    ("- Complete CCP checks and traceability exercises", "Food Traceability"),
    ("- Knowledge of TACCP and VACCP", "Food Defence"),
    ("- FSSC 22000 or ISO 22000", "Food Safety Management Systems"),
    ("- Bread making and cake decorating", "Baking"),
    ("- Bread making and cake decorating", "Cake Decorating"),
    ("- Deboning and meat processing", "Meat Processing"),
    ("- Fish filleting", "Fishmongery"),
    ("- Craft brewing and brewhouse operations", "Beer Brewing"),
    ("- WATOK certificate of competence", "Welfare at the Time of Killing Certificate"),
])
def test_a_building_grounds_or_food_item_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Diploma in Public Service Interpreting and NRPSI registered", "Diploma in Public Service Interpreting"),
    ("- Diploma in Public Service Interpreting and NRPSI registered", "NRPSI Registration"),
    ("- Consecutive interpreting and simultaneous interpreting", "Consecutive Interpreting"),
    ("- Consecutive interpreting and simultaneous interpreting", "Simultaneous Interpreting"),
    ("- Telephone interpreting and video remote interpreting", "Remote Interpreting"),
    ("- Court interpreting and medical interpreting", "Court Interpreting"),
    ("- Court interpreting and medical interpreting", "Medical Interpreting"),
    ("- Use Trados and memoQ", "Trados Studio"),
    ("- Use Trados and memoQ", "memoQ"),
    ("- MTPE and subtitling", "Machine Translation Post-Editing"),
    ("- MTPE and subtitling", "Subtitling"),
    ("- MCIL or MITI", "CIOL Membership"),
    ("- MCIL or MITI", "ITI Membership"),
    ("- BSL interpreting, NRCPD registered", "Sign Language Interpreting"),
    ("- Copy cataloguing with MARC 21 and LCSH", "Cataloguing and Classification"),
    ("- Koha or another library management system", "Library Management Systems"),
    ("- Deliver rhyme time and the Summer Reading Challenge", "Reader Development"),
    ("- Literature searches for clinicians", "Literature Searching"),
    ("- Archival cataloguing to ISAD(G)", "Archival Practice"),
    ("- Digital preservation with Preservica", "Digital Preservation"),
    ("- Experience with Axiell CALM", "Collections Management Systems"),
    ("- Collections care and museum object handling", "Collections Care"),
    ("- CILIP Chartership", "CILIP Chartership"),
    ("- Funeral arranging and care of the deceased", "Funeral Directing"),
    ("- Funeral arranging and care of the deceased", "Care of the Deceased"),
    ("- Embalming and mortuary hygiene", "Embalming"),
    ("- Crematorium operations", "Crematorium Operations"),
    ("- Pallbearing and bearer duties", "Pallbearing"),
    ("- Diploma in Funeral Directing", "Funeral Directing Diploma"),
    ("- Licensed funeral director", "Funeral Director License"),
    ("- Level 3 Diploma in Personal Training", "Certified Personal Trainer"),
    ("- Level 4 Lower Back Pain qualification", "Level 4 Specialist Exercise Instructor"),
    ("- Swim England Level 2 Teaching Aquatics", "Swimming Teacher Qualification"),
])
def test_an_interpreting_library_funeral_or_fitness_item_is_read(line, skill, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # a questionnaire at hiring is no occupational health work
    ("- Submit a DBS and Occupational Health questionnaire", "Occupational Health Referrals"),
    # a shop's product catalogue is no library cataloguing
    ("- Product cataloguing for the online shop", "Cataloguing and Classification"),
    # trouble brewing is no beer
    ("- Spot trouble brewing in the market", "Beer Brewing"),
    # a telecoms firm's revenue protection is no ticket inspection
    ("- Revenue protection and revenue assurance in telecoms", "Ticket Inspection"),
    # objects in a program are no museum objects
    ("- Object handling in Java", "Collections Care"),
    # a site's arrival briefing is no toolbox talk asked
    ("- Safety briefings are given on arrival", "Toolbox Talks"),
    # a kitchen's fish course is no fishmonger's filleting asked
    ("- Fish preparation and sauces in a busy kitchen", "Fishmongery"),
    # the plant of a plant hire firm is machinery, not plants to identify
    ("- Knowledge of plants and machinery", "Plant Identification"),
])
def test_a_third_round_trade_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Handle FNOL calls and set claims reserves", "First Notification of Loss"),
    ("- Handle FNOL calls and set claims reserves", "Claims Reserving"),
    ("- Carry out insurance risk surveys", "Insurance Risk Surveying"),
    ("- Negotiate rent reviews and lease renewals", "Lease Renewals and Rent Reviews"),
    ("- Family history research and palaeography", "Genealogical Research"),
    ("- Family history research and palaeography", "Palaeography"),
    ("- Art handling and packing and crating", "Art Handling"),
    ("- Take alginate impressions", "Dental Impressions"),
    ("- Use NHS Pathways to assess callers", "NHS Pathways"),
    ("- Complete PEEPs for residents", "Personal Emergency Evacuation Plans"),
    ("- ADI qualified", "Approved Driving Instructor"),
    ("- REC Certificate in Recruitment Practice", "REC Certificate in Recruitment Practice"),
    ("- RSPH Level 2 Award in Pest Management", "Pest Management Qualification"),
    ("- Cytech Level 2 and bike repairs", "Cytech Qualification"),
    ("- Cytech Level 2 and bike repairs", "Bicycle Maintenance"),
    ("- IMI Level 3 and EV/hybrid trained", "IMI Qualification"),
    ("- IMI Level 3 and EV/hybrid trained", "Electric and Hybrid Vehicle Repair"),
    ("- Car valeting and SMART repairs", "Vehicle Valeting"),
    ("- Panel beating and paint refinishing", "Vehicle Body Repair"),
    ("- Operate industrial sewing machines", "Sewing Machine Operation"),
    ("- Garment alterations and pattern cutting", "Garment Alterations"),
    ("- Food labelling and taste panels", "Food Labelling"),
    ("- Food labelling and taste panels", "Sensory Evaluation"),
    ("- Timesheet processing", "Timekeeping"),
    ("- Supplier statement reconciliations", "Account Reconciliation"),
    ("- Webchat and email support", "Live Chat Support"),
    ("- Rodent control and proofing works", "Pest Control"),
    ("- Lock fitting and lock changes", "Locksmithing"),
])
def test_a_third_round_third_step_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # a food hygiene award from the same society is no pest management qualification
    ("- RSPH Level 2 Award in Food Safety", "Pest Management Qualification"),
    # quid, money, is no quantitative ingredient declaration
    ("- Earn a few extra quid at weekends", "Food Labelling"),
])
def test_a_third_step_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context
