"""Synthetic fixtures for the breadth of the non-tech vocabulary: the equipment, procedures,
regulations and qualifications that care, clinical, trades, warehouse, transport, retail, hospitality, cleaning, security, office, legal, finance and
school postings ask for (personal protective equipment, medicines management, wrenches, stock
counts, a Chartered Engineer, till operation, probate, public records requests), each read from the words postings use, and the same words in an everyday or another
trade's sense left alone."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("line", "skill"), [
    ("- Experience in an ambulatory care or outpatient setting", "Ambulatory Care"),
    ("- Sound knowledge of medicines management and medicines reconciliation", "Medicines Management"),
    ("- Trained in seclusion and restraint and de-escalation", "Restrictive Interventions"),
    ("- PMVA trained or willing to complete breakaway training", "Management of Violence and Aggression"),
    ("- Maintain patient confidentiality in line with the Caldicott principles", "Patient Confidentiality"),
    ("- Follows hand hygiene and standard precautions at all times", "Hand Hygiene"),
    ("- Follows hand hygiene and standard precautions at all times", "Standard Precautions"),
    ("- Safe disposal of sharps and clinical waste", "Sharps Safety"),
    ("- Safe disposal of sharps and clinical waste", "Clinical Waste Management"),
    ("- Completed bloodborne pathogens training", "Bloodborne Pathogens"),
    ("- Record observations and escalate using NEWS2", "Early Warning Scores"),
    ("- Recognise and escalate sepsis using the Sepsis Six", "Sepsis Management"),
    ("- Give a structured handover using SBAR", "SBAR"),
    ("- Capillary blood glucose monitoring and insulin administration", "Blood Glucose Monitoring"),
    ("- Capillary blood glucose monitoring and insulin administration", "Insulin Administration"),
    ("- Competent in PEG feeding and tracheostomy care", "Enteral Feeding"),
    ("- Competent in PEG feeding and tracheostomy care", "Tracheostomy Care"),
    ("- Stoma care and continence care for residents", "Stoma Care"),
    ("- Perform spirometry and audiometry in the clinic", "Spirometry"),
    ("- Perform spirometry and audiometry in the clinic", "Audiometry"),
    ("- Deliver childhood immunisations and cervical smears", "Immunisation"),
    ("- Deliver childhood immunisations and cervical smears", "Cervical Screening"),
    ("- Compression bandaging for patients with leg ulcers", "Leg Ulcer Management"),
    ("- Experience working in a clinical laboratory", "Clinical Laboratories"),
    ("- Knowledge of transfusion and crossmatching procedures", "Blood Transfusion"),
    ("- Working knowledge of MHRA guidance and NICE guidelines", "MHRA Regulations"),
    ("- Working knowledge of MHRA guidance and NICE guidelines", "NICE Guidelines"),
    ("- Understanding of CQC fundamental standards", "CQC Regulations"),
    ("- Lab accredited to ISO 15189 by UKAS", "Laboratory Accreditation"),
    ("- Experience of dysphagia management and IDDSI diets", "Dysphagia Management"),
    ("- Manual therapy and gait training for MSK patients", "Manual Therapy"),
    ("- Experience supporting adults with autism and epilepsy", "Autism Support"),
    ("- Experience supporting adults with autism and epilepsy", "Epilepsy Care"),
    ("- Working knowledge of the Mental Health Act 1983", "Mental Health Act"),
    ("- A trauma-informed, person-centred approach", "Trauma-Informed Care"),
    ("- Understanding of long-term conditions management", "Chronic Care Management"),
    ("- Complete MAR charts accurately", "Medication Administration"),
    ("- Record clinical observations and pulse oximetry", "Vital Signs"),
    ("- Experience in substance misuse and harm reduction services", "Substance Abuse Treatment"),
    ("- Has completed the Care Certificate", "Care Certificate"),
    ("- Completed Oliver McGowan Mandatory Training", "Oliver McGowan Mandatory Training"),
    ("- Paediatric First Aid certificate (12 hour)", "Paediatric First Aid"),
    ("- Record incidents on Datix", "Datix"),
    ("- Use SystmOne and EMIS Web to record consultations", "SystmOne"),
])
def test_a_care_or_clinical_knowledge_item_is_read(line, skill, resources):
    skills, context = read(f"Nurse\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Wear PPE including safety glasses and steel toe boots", "Personal Protective Equipment"),
    ("- Protective clothing is provided and must be worn", "Personal Protective Equipment"),
    ("- Use hand tools such as wrenches, spanners and screwdrivers", "Hand Tools"),
    ("- Confident with a torque wrench and cordless drill", "Hand Tools"),
    ("- Knowledge of LOLER and PUWER", "LOLER"),
    ("- Knowledge of LOLER and PUWER", "PUWER"),
    ("- Report accidents under RIDDOR", "RIDDOR"),
    ("- Write risk assessments and method statements", "Method Statements"),
    ("- Formwork, steel fixing and concrete pouring", "Formwork"),
    ("- Formwork, steel fixing and concrete pouring", "Steel Fixing"),
    ("- Excavation and trenching with below ground drainage", "Excavation"),
    ("- First and second fix carpentry", "First and Second Fix"),
    ("- Carry out EICRs on domestic properties", "EICR"),
    ("- Cable pulling and cable terminations", "Cable Installation"),
    ("- Use OBD-II scan tools to diagnose faults", "Vehicle Diagnostics"),
    ("- An MOT tester licence is desirable", "MOT Testing"),
    ("- Tyre fitting and wheel alignment", "Tyre Fitting"),
    ("- Operate an overhead crane and press brake", "Overhead Crane Operation"),
    ("- Operate an overhead crane and press brake", "Press Brake Operation"),
    ("- Chainsaw ticket (CS30/CS31)", "Chainsaw Operation"),
    ("- Use ride-on mowers, strimmers and hedge trimmers", "Grounds Maintenance Machinery"),
    ("- Complete first article inspection and visual inspections", "First Article Inspection"),
    ("- Experience with 8D problem solving, PPAP and APQP", "8D Problem Solving"),
    ("- Experience with 8D problem solving, PPAP and APQP", "PPAP"),
    ("- Track OEE and run SMED workshops", "Overall Equipment Effectiveness"),
    ("- Work to ISO 14001 and ISO 45001", "ISO 45001"),
    ("- Review batch records and follow cleanroom gowning", "Batch Records"),
    ("- Review batch records and follow cleanroom gowning", "Cleanroom Operations"),
    ("- Assist with stock counts and stocktaking", "Inventory Management"),
    ("- Carry out pre-trip inspections and daily vehicle checks", "Vehicle Inspections"),
    ("- Defensive driving principles", "Defensive Driving"),
    ("- Resolve demurrage and detention charges with carriers", "Demurrage"),
    ("- Full PCV licence and Driver CPC", "PCV Licence"),
    ("- Hazmat endorsement and a TWIC card", "CDL Endorsements"),
    ("- Chartered Engineer (CEng) or working towards it", "Chartered Engineer"),
    ("- MRICS or working towards chartered status", "RICS Membership"),
    ("- NEBOSH Diploma or CMIOSH", "NEBOSH Diploma"),
    ("- PA1 and PA6 pesticide certificates", "Pesticide Application Certificate"),
])
def test_a_trade_safety_or_logistics_item_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Till operation and cashing up at close", "Cashier Skills"),
    ("- Maintain planogram compliance", "Planograms"),
    ("- Follow Challenge 25 for age-restricted products", "Age-Restricted Sales"),
    ("- Stock replenishment and price labelling", "Retail Stocking"),
    ("- Allergen awareness and Safer Food Better Business records", "Allergen Management"),
    ("- Allergen awareness and Safer Food Better Business records", "Safer Food Better Business"),
    ("- Cellar management and beer line cleaning", "Cellar Management"),
    ("- Confident using combi ovens and catering equipment", "Commercial Kitchen Equipment"),
    ("- Keep temperature logs and use probe thermometers", "Food Temperature Control"),
    ("- Espresso machine experience and latte art", "Espresso Preparation"),
    ("- Personal licence holder preferred", "Personal Licence"),
    ("- Safe use of cleaning chemicals and chemical dilution systems", "Cleaning Chemicals"),
    ("- Operate floor scrubbers and scrubber dryers", "Floor Care"),
    ("- Terminal cleaning of isolation rooms", "Deep Cleaning"),
    ("- Monitor access control systems and respond to intruder alarms", "Access Control Systems"),
    ("- Monitor access control systems and respond to intruder alarms", "Alarm Response"),
    ("- Write clear incident reports", "Incident Reporting"),
    ("- Carry out bag searches at entry", "Search Procedures"),
    ("- Use photocopiers and franking machines", "Office Equipment"),
    ("- Produce letters by mail merge", "Mail Merge"),
    ("- Teeline shorthand at 100 wpm", "Shorthand Writing"),
    ("- Audio typing from digital dictation", "Transcription"),
    ("- Manage a shared mailbox and email correspondence", "Email Management"),
    ("- Experience in probate and estate administration", "Probate"),
    ("- Draft wills and lasting powers of attorney", "Will Drafting"),
    ("- Run personal injury claims", "Personal Injury Law"),
    ("- Working knowledge of the Civil Procedure Rules", "Civil Procedure Rules"),
    ("- Prepare court bundles for hearings", "Court Bundles"),
    ("- Respond to public records requests under FOIA", "Freedom of Information Requests"),
    ("- Handle subject access requests under UK GDPR", "Subject Access Requests"),
    ("- Handle subject access requests under UK GDPR", "GDPR"),
    ("- Maintain chain of custody for evidence", "Chain of Custody"),
    ("- Knowledge of FCA regulations and Consumer Duty", "FCA Regulations"),
    ("- Purchase ledger and sales ledger experience", "Accounts Payable"),
    ("- Purchase ledger and sales ledger experience", "Accounts Receivable"),
    ("- Chase aged debt and reduce debtor days", "Credit Control"),
    ("- Process BACS payments and CHAPS payments", "Payments Operations"),
    ("- Manage petty cash", "Petty Cash"),
    ("- Skip tracing to locate debtors", "Skip Tracing"),
    ("- Handle chargebacks and payment disputes", "Chargebacks"),
    ("- Knowledge of HMRC regulations and PAYE and NIC", "HMRC Compliance"),
    ("- Knowledge of HMRC regulations and PAYE and NIC", "Payroll Tax"),
    ("- CeMAP qualified", "CeMAP"),
    ("- Use a range of instructional strategies", "Pedagogy"),
    ("- Familiar with Ofsted requirements and KCSIE", "Ofsted Framework"),
    ("- Familiar with Ofsted requirements and KCSIE", "Keeping Children Safe in Education"),
    ("- Contribute to EHCP reviews", "Education, Health and Care Plans"),
    ("- Deliver Read Write Inc phonics", "Literacy Instruction"),
    ("- Confident with interactive whiteboards", "Interactive Whiteboards"),
    ("- Plan schemes of work", "Curriculum Development"),
    ("- Exam invigilation during the summer series", "Exam Invigilation"),
    ("- Hold TAQA or the A1 assessor award", "Assessor Qualification"),
    ("- Level 3 Award in Education and Training (or PTLLS)", "Award in Education and Training"),
    ("- Functional Skills Level 2 in English and maths", "Functional Skills Qualification"),
])
def test_a_service_office_legal_finance_or_school_item_is_read(line, skill, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Assist with endoscopy and ERCP lists", "Endoscopy"),
    ("- Experience with dermal fillers and other injectables", "Injectables"),
    ("- Take digital impressions with an iTero scanner", "Intraoral Scanning"),
    ("- Take a full mouth series and panoramic x-rays", "Dental Radiography"),
    ("- Support breastfeeding to UNICEF Baby Friendly Initiative standards", "Baby Friendly Initiative"),
    ("- Experience supporting people with behaviours that challenge", "Challenging Behaviour"),
    ("- Validate RTT pathways against the 18 week pathway rules", "Referral to Treatment"),
    ("- Two years in an emergency room or A&E", "Emergency Medicine"),
    ("- Experience in an acute setting", "Hospitals"),
    ("- Care of the elderly ward experience", "Geriatrics"),
    ("- Fluid therapy and IV cannulation", "IV Therapy"),
    ("- Multi-state compact license (NLC) preferred", "Nurse Licensure Compact"),
    ("- CCMA certification from the NHA", "Certified Clinical Medical Assistant"),
    ("- Work in a correctional setting", "Corrections"),
    ("- Service rooftop units, PTAC units and VFDs", "HVAC"),
    ("- Service rooftop units, PTAC units and VFDs", "Motor Controls"),
    ("- Use hydraulic benders and power threaders", "Conduit Installation"),
    ("- Air arcing and grinding of welds", "Air Arc Gouging"),
    ("- Abrasive wheel certificate", "Abrasive Wheels"),
    ("- Install power and lighting circuits", "Electrical Wiring"),
    ("- Steel toed or composite shoes required", "Personal Protective Equipment"),
    ("- Operate spiral mixers and deck ovens", "Bakery Equipment"),
    ("- Run end of line packaging machinery", "Packaging Operations"),
    ("- Operate flatwork ironers and towel folders", "Laundry Operations"),
    ("- Knowledge of the Highway Code and the rules of the road", "Highway Code"),
    ("- Front of house experience in a busy restaurant", "Front of House"),
    ("- Experience working on the till", "Cashier Skills"),
    ("- Prepare and file 1099s", "1099 Reporting"),
    ("- Commercial lines and personal lines insurance", "Commercial Lines Insurance"),
    ("- Run salary surveys and set the compensation strategy", "Salary Surveys"),
    ("- Post roles on job boards", "Candidate Sourcing"),
    ("- Supplier performance monitoring against KPIs", "Vendor Management"),
    ("- Knowledge of nuclear safety case issues", "Safety Cases"),
    ("- A building services or engineering background", "Building Services"),
    ("- Experience of residential lettings", "Lettings Management"),
])
def test_an_item_a_training_posting_asked_for_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # the regulator's rating of the employer, in its about-us, asks nothing of the candidate
    ("- Rated Outstanding by the CQC in 2019", "CQC Regulations"),
    # inter-process communication, not infection prevention and control
    ("- Knowledge of IPC mechanisms such as pipes and sockets", "Infection Control"),
    # a batch scheduler, not positive behaviour support
    ("- Submit jobs to PBS and Slurm clusters", "Positive Behaviour Support"),
    # a hotel room attendant's rooms are no cleanroom
    ("- Clean rooms and make beds to brand standard", "Cleanroom Operations"),
    # a laptop's Trusted Platform Module, not Total Productive Maintenance
    ("- Enable TPM and BitLocker on laptops", "Total Productive Maintenance"),
    # stewarding a brand is no crowd management
    ("- Stewarding the brand guidelines across campaigns", "Crowd Management"),
    # a customer's support plan is no care plan
    ("- Sell premium support plans to enterprise customers", "Care Planning"),
    # the school's own inspection result, in its about-us, is no requirement
    ("- Our school was rated Outstanding by Ofsted", "Ofsted Framework"),
    # the pay arrangement of an agency role, not payroll knowledge
    ("- Weekly pay via PAYE or umbrella", "Payroll Tax"),
    # a staff benefit, not pensions administration
    ("- Company pension scheme and 25 days holiday", "Pensions Administration"),
    # suspicious activity reports belong to anti-money laundering, not subject access
    ("- File SARs with the financial intelligence unit", "Subject Access Requests"),
    # a production line is cleaned, no beer line
    ("- Line cleaning between production runs", "Cellar Management"),
    # "till" the preposition is no till
    ("- Shifts run from 6am till 2pm", "Cashier Skills"),
    # the employer's local hospital, named in its about-us, is no setting asked for
    ("- We work closely with the region's acute hospital", "Hospitals"),
])
def test_the_same_words_in_another_sense_stay_out(line, wrong, resources):
    skills, context = read(f"Analyst\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Design to Eurocode 2 and Eurocode 3", "Eurocodes"),
    ("- Model steelwork in Tekla and analyse it in STAAD Pro", "Tekla Structures"),
    ("- Model steelwork in Tekla and analyse it in STAAD Pro", "STAAD.Pro"),
    ("- Run clash detection in Navisworks", "Navisworks"),
    ("- Hydraulic modelling in InfoWorks ICM and HEC-RAS", "InfoWorks ICM"),
    ("- Hydraulic modelling in InfoWorks ICM and HEC-RAS", "HEC-RAS"),
    ("- Deliver Section 278 agreements to DMRB standards", "Highways Agreements"),
    ("- Deliver Section 278 agreements to DMRB standards", "Design Manual for Roads and Bridges"),
    ("- Administer NEC4 and JCT contracts", "NEC Contracts"),
    ("- Administer NEC4 and JCT contracts", "JCT Contracts"),
    ("- Test protection relays at primary substations", "Protection Relays"),
    ("- Test protection relays at primary substations", "Substations"),
    ("- Prepare G99 applications for solar farms", "Grid Connection Applications"),
    ("- Inspect plant under PSSR and DSEAR", "Pressure Systems Safety Regulations"),
    ("- Inspect plant under PSSR and DSEAR", "ATEX"),
    ("- CompEx certified for work in explosive atmospheres", "CompEx"),
    ("- Raise and close CAPAs and lead deviation investigations", "CAPA"),
    ("- Raise and close CAPAs and lead deviation investigations", "Deviation Management"),
    ("- Run stability studies and method validation", "Stability Testing"),
    ("- Run stability studies and method validation", "Analytical Method Validation"),
    ("- Karl Fischer and dissolution testing", "Karl Fischer Titration"),
    ("- Support OOS investigations in the QC lab", "Out-of-Specification Investigations"),
    ("- Test LEV systems and fume cupboards", "Local Exhaust Ventilation"),
    ("- Knowledge of WRAS and the Water Regulations", "Water Supply Regulations"),
    ("- Holds a National Water Hygiene card and NRSWA ticket", "National Water Hygiene Card"),
    ("- Holds a National Water Hygiene card and NRSWA ticket", "NRSWA Street Works"),
    ("- Install EV chargers and smart meters", "EV Charger Installation"),
    ("- Install EV chargers and smart meters", "Smart Meter Installation"),
    ("- GWO Basic Safety Training in date", "GWO Basic Safety Training"),
    ("- LV cable jointing and overhead line construction", "Cable Jointing"),
    ("- LV cable jointing and overhead line construction", "Overhead Line Work"),
    ("- EASA Part 66 B1 licence holder in a Part 145 organisation", "EASA Part-66 Licence"),
    ("- EASA Part 66 B1 licence holder in a Part 145 organisation", "EASA Part-145"),
    ("- Ramp operations including aircraft pushback and de-icing", "Aircraft Ground Handling"),
    ("- Work to ICAO standards and CAA regulations", "ICAO Standards"),
    ("- Work to ICAO standards and CAA regulations", "CAA Regulations"),
    ("- Valid ENG1, GMDSS GOC and STCW certificates", "ENG1 Medical"),
    ("- Valid ENG1, GMDSS GOC and STCW certificates", "GMDSS"),
    ("- Working knowledge of SOLAS, MARPOL and the ISM Code", "SOLAS"),
    ("- Working knowledge of SOLAS, MARPOL and the ISM Code", "MARPOL"),
    ("- Working knowledge of SOLAS, MARPOL and the ISM Code", "ISM Code"),
    ("- RYA Yachtmaster Offshore or Powerboat Level 2", "RYA Yachtmaster"),
])
def test_an_engineering_lab_utility_aviation_or_maritime_item_is_read(line, skill, resources):
    skills, context = read(f"Engineer\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # the wind turbines a team buys for are its product, no maintenance asked for
    ("- Specify components for current and future wind turbines", "Wind Turbine Maintenance"),
    # working in hazardous areas of a factory is no explosive-atmosphere classification
    ("- Comfortable working in hazardous areas of the plant", "ATEX"),
    # data protection and control of records is no protection relay
    ("- Data protection and control of personal records", "Protection Relays"),
    # internet service providers are no ship and port facility security code
    ("- Sell to cable operators, ISPs and telecom companies", "ISPS Code"),
])
def test_an_engineering_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Analyst\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Arable farming experience and BASIS qualified", "Crop Production"),
    ("- Arable farming experience and BASIS qualified", "BASIS Certificate in Crop Protection"),
    ("- Work to Red Tractor standards in the milking parlour", "Red Tractor Assurance"),
    ("- Work to Red Tractor standards in the milking parlour", "Dairy Farming"),
    ("- Knowledge of integrated pest management and hydroponic systems", "Integrated Pest Management"),
    ("- Knowledge of integrated pest management and hydroponic systems", "Hydroponics"),
    ("- Understanding of the Five Freedoms and the Animal Welfare Act", "Animal Welfare"),
    ("- Horse care, mucking out and stable management", "Equine Care"),
    ("- Kennel and cattery experience", "Kennel Management"),
    ("- Pet grooming including hand stripping", "Dog Grooming"),
    ("- Registered Veterinary Nurse on the RCVS register", "RCVS Registration"),
    ("- Anaesthetic monitoring and theatre preparation", "Anaesthesia Monitoring"),
    ("- Hold a Home Office personal licence", "Animals (Scientific Procedures) Act"),
    ("- Operate broadcast cameras and the vision mixer", "Camera Operation"),
    ("- Operate broadcast cameras and the vision mixer", "Vision Mixing"),
    ("- Colour grading in DaVinci Resolve", "Colour Grading"),
    ("- Run the mixing desk and programme the lighting desk", "Live Sound"),
    ("- Run the mixing desk and programme the lighting desk", "Stage Lighting"),
    ("- Tethered shooting in Capture One with studio flash", "Capture One"),
    ("- Tethered shooting in Capture One with studio flash", "Studio Lighting"),
    ("- Preflighting print-ready files and ICC profiles", "Prepress"),
    ("- Preflighting print-ready files and ICC profiles", "Colour Management"),
    ("- Wide format printing and screen printing", "Large Format Printing"),
    ("- Wide format printing and screen printing", "Screen Printing"),
    ("- Compliance with the Ofcom Broadcasting Code", "Ofcom Regulations"),
    ("- Plan activities using Development Matters and the key person approach", "Development Matters"),
    ("- Plan activities using Development Matters and the key person approach", "Key Person Approach"),
    ("- Forest School Level 3 and Early Years Teacher Status", "Forest School"),
    ("- Forest School Level 3 and Early Years Teacher Status", "Early Years Teacher Status"),
    ("- Experience as a SENCO", "SEN Coordination"),
    ("- Update Tapestry learning journals", "Learning Journals"),
    ("- Lead Section 47 enquiries and child protection conferences", "Section 47 Enquiries"),
    ("- Complete child and family assessments under Section 17", "Child in Need Assessments"),
    ("- Work within the Signs of Safety framework and the Public Law Outline", "Signs of Safety"),
    ("- Work within the Signs of Safety framework and the Public Law Outline", "Care Proceedings"),
    ("- Manage high risk cases under MAPPA and write pre-sentence reports", "MAPPA"),
    ("- Manage high risk cases under MAPPA and write pre-sentence reports", "Offender Management"),
    ("- Deal with rent arrears, void properties and ASB casework", "Tenancy Management"),
    ("- Deal with rent arrears, void properties and ASB casework", "Void Property Management"),
    ("- Deal with rent arrears, void properties and ASB casework", "Anti-Social Behaviour Casework"),
    ("- Knowledge of the Housing Act 1996 Part 7", "Housing Law"),
    ("- Process council tax and business rates accounts", "Revenues and Benefits"),
    ("- Support electoral registration and committee services", "Electoral Administration"),
    ("- Support electoral registration and committee services", "Committee Administration"),
    ("- Assess planning applications", "Town Planning"),
    ("- Level 2 Gym Instructor and Level 3 Personal Trainer", "Gym Instructor Qualification"),
    ("- Level 2 Gym Instructor and Level 3 Personal Trainer", "Certified Personal Trainer"),
    ("- NPLQ and pool plant operations", "National Pool Lifeguard Qualification"),
    ("- NPLQ and pool plant operations", "Pool Maintenance"),
    ("- Group exercise teaching and indoor cycling instruction", "Group Exercise Instruction"),
    ("- Level 3 Exercise Referral and sports massage", "Exercise Referral"),
    ("- Level 3 Exercise Referral and sports massage", "Sports Massage"),
    ("- Balayage and hair colour techniques, with allergy patch tests", "Hair Colouring"),
    ("- Balayage and hair colour techniques, with allergy patch tests", "Allergy Patch Testing"),
    ("- Lash extensions, brow lamination and microblading", "Eyelash Extensions"),
    ("- Lash extensions, brow lamination and microblading", "Brow Treatments"),
    ("- Lash extensions, brow lamination and microblading", "Semi-Permanent Makeup"),
    ("- Gel polish and acrylic nails", "Nail Technology"),
    ("- Skin fades and hot towel shaves", "Barbering"),
    ("- NVQ Level 3 Hairdressing", "Hairdressing Qualification"),
    ("- Apply JESIP principles at multi-agency incidents", "JESIP"),
    ("- Breathing apparatus wearer and swiftwater rescue trained", "Breathing Apparatus"),
    ("- Breathing apparatus wearer and swiftwater rescue trained", "Water Rescue"),
    ("- Log calls in a computer aided dispatch system", "Computer-Aided Dispatch"),
    ("- FREC 4 qualified", "First Response Emergency Care"),
    ("- Custody procedures under PACE codes", "Police and Criminal Evidence Act"),
])
def test_a_land_media_childcare_social_care_public_sector_sport_beauty_animal_or_emergency_item_is_read(
        line, skill, resources):
    skills, context = read(f"Practitioner\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # testing software patches is no allergy patch test
    ("- Patch testing and deployment across the server estate", "Allergy Patch Testing"),
    # an SRE's incident commander role is no emergency Incident Command System
    ("- Act as incident commander during production outages", "Incident Command System"),
    # press coverage in digital media is no digital printing
    ("- Secure digital press coverage for product launches", "Digital Printing"),
    # the everyday pace of a role is no Police and Criminal Evidence Act
    ("- Able to keep pace in a fast paced environment", "Police and Criminal Evidence Act"),
    # a Home Office personal licence is no alcohol personal licence
    ("- Home Office personal licence holder", "Personal Licence"),
    # a gym and its classes offered as a perk ask for no instructing
    ("- Free gym membership, group exercise classes and reformer Pilates", "Group Exercise Instruction"),
    ("- Free gym membership, group exercise classes and reformer Pilates", "Pilates Instruction"),
])
def test_a_second_round_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Analyst\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context
