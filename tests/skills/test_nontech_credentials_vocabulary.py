"""Synthetic fixtures for what the extractor missed on real non-tech postings (the train half of
bench/nontech_real.py and the written set): licences, registrations and certificates of UK and US
trades, care and transport work, and the methods and tools those postings name. The vocabulary is
data; these keep its entries reachable from the words postings use."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("line", "skill"), [
    ("- An enhanced DBS check will be required", "Background Checks"),
    ("- Current Driver CPC card and digital tachograph card", "Driver CPC"),
    ("- Transport Manager CPC (national)", "Transport Manager CPC"),
    ("- 18th Edition wiring regulations (BS 7671)", "18th Edition Wiring Regulations"),
    ("- C&G 2391 inspection and testing", "Inspection and Testing Certificate"),
    ("- Gas Safe registered with ACS tickets", "Gas Safe Registration"),
    ("- G3 unvented qualification", "Unvented Hot Water Certificate"),
    ("- A valid CSCS card", "CSCS Card"),
    ("- NVQ Level 3 in carpentry and joinery", "NVQ"),
    ("- HNC in electrical engineering", "Higher National Certificate"),
    ("- Weld carbon steel using MIG and TIG processes", "Welding"),
    ("- Immediate Life Support (ILS) certificate", "Immediate Life Support"),
    ("- Basic Cardiac Life Support (BCLS) Certificate", "Basic Life Support"),  # BLS's former name
    ("- Paediatric Immediate Life Support", "Paediatric Immediate Life Support"),
    ("- Non-medical prescribing qualification (V300)", "Non-Medical Prescribing"),
    ("- Experience supporting patients with diabetes", "Diabetes Care"),
    ("- Knowledge of safeguarding adults procedures", "Safeguarding"),
    ("- Handle dangerous goods under the IMDG Code", "Dangerous Goods Handling"),
    ("- Prepare customs declarations for exports", "Customs Procedures"),
    ("- Three-way matching of invoices to purchase orders", "Three-Way Matching"),
    ("- Credit control and debt recovery for 300 accounts", "Credit Control"),
    ("- Returns under Making Tax Digital", "Making Tax Digital"),
    ("- Prepare R&D tax credits claims", "R&D Tax Credits"),
    ("- Reconcile PayPal and Venmo receipts", "PayPal"),
    ("- Tendering under the Public Contracts Regulations 2015", "Public Contracts Regulations"),
    ("- Operate band saws and pillar drills safely", "Workshop Machinery"),
    ("- Two years of warehouse experience", "Warehouse Management"),
    ("- Experience of working in Haematology", "Hematology"),
    ("- Perform hematology and urinalysis testing", "Urinalysis"),
    ("- Rotate through cellular pathology and cytology", "Histopathology"),
    ("- Blood bank experience", "Transfusion Science"),
    ("- Clinical chemistry analysers", "Clinical Biochemistry"),
    ("- A certified instructor in Adult Advanced Life Support", "Advanced Life Support"),
    ("- EPALS or NLS provider certificate", "European Paediatric Advanced Life Support"),
    ("- EPALS or NLS provider certificate", "Newborn Life Support"),
    ("- Excellent clinical skills in resuscitation", "Resuscitation"),
    ("- Significant experience in smoking cessation", "Smoking Cessation"),
    ("- NCSCT Practitioner", "NCSCT Certification"),
    ("- Experience of managing volunteers", "Volunteer Management"),
    ("- Experience of coproduction with people who use services", "Co-production"),
    ("- A registered Pharmacy Technician with the GPhC", "Registered Pharmacy Technician"),
    ("- Hold a recognised Accredited Pharmacy Technician qualification", "Registered Pharmacy Technician"),
    ("- Accredited Checking Technician (ACPT)", "Accredited Checking Pharmacy Technician"),
    ("- Experience in clinical areas including neurology, orthopaedics and respiratory", "Orthopedics"),
    ("- Experience in clinical areas including neurology, orthopaedics and respiratory", "Neurology"),
    ("- Experience on a stroke unit", "Stroke Care"),
    ("- Completes falls risk assessments", "Falls Prevention"),
    ("- Renal nursing experience", "Nephrology"),
    ("- Working knowledge of Word, Excel spreadsheets and use of an electronic diary", "Executive Assistance"),
    ("- Perform transthoracic echocardiography and exercise stress tests", "Echocardiography"),
    ("- Perform transthoracic echocardiography and exercise stress tests", "Exercise Stress Testing"),
    ("- Analyse ambulatory ECG recordings; extensive arrhythmia knowledge", "Holter Monitoring"),
    ("- Analyse ambulatory ECG recordings; extensive arrhythmia knowledge", "Arrhythmia Recognition"),
])
def test_a_credential_or_method_a_non_tech_posting_names_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    ("- Build the data warehouse in Snowflake", "Warehouse Management"),
    ("- Medical coding with a CPC certification", "Driver CPC"),
])
def test_their_words_in_another_sense_stay_out(line, wrong, resources):
    skills, context = read(f"Analyst\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Full HGV Class 1 licence with digital tachograph card", "HGV Licence"),
    ("- Knowledge of tachograph rules and drivers hours", "Tachograph"),
    ("- Multi-drop experience in a 7.5 tonne van", "Multi-Drop Delivery"),
    ("- A valid CPCS card for 360 excavators", "CPCS Card"),
    ("- NPORS ticket for telehandlers", "NPORS"),
    ("- Asbestos awareness and abrasive wheels certificates", "Asbestos Awareness"),
    ("- Safe working at height and permit to work systems", "Working at Height"),
    ("- Fault finding on single and three phase circuits", "Fault Finding"),
    ("- Read wiring diagrams and electrical drawings", "Wiring Diagrams"),
    ("- Service and repair domestic boilers", "Boiler Maintenance"),
    ("- Plastering, dry lining and tiling to a high finish", "Plastering"),
    ("- Carpentry and joinery, first and second fix", "Carpentry"),
    ("- Painting and decorating of communal areas", "Painting and Decorating"),
    ("- Emergency First Aid at Work certificate", "First Aid"),
    ("- Counterbalance forklift and powered pallet truck", "Forklift Operation"),
    ("- Goods in, picking and packing, stock rotation", "Shipping and Receiving"),
])
def test_a_trade_or_transport_ticket_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Test circuits with a megger and a clamp meter", "Electrical Test Equipment"),
    ("- Safe working practices to NFPA 70E, arc flash PPE", "NFPA 70E"),
    ("- Maintain fire alarms and emergency lighting", "Fire Alarm Systems"),
    ("- Fault finding on building management systems", "Building Management Systems"),
    ("- Carry out legionella control and water hygiene regimes", "Water Hygiene"),
    ("- F-Gas certificate (Category 1)", "F-Gas Certification"),
    ("- Repair conveyors, gearboxes and bearings", "Conveyor Systems"),
    ("- Repair conveyors, gearboxes and bearings", "Mechanical Power Transmission"),
    ("- Service pumps and air compressors", "Pumps and Compressors"),
    ("- Troubleshoot motor starters and electric motors", "Motor Controls"),
    ("- Service chillers, ductwork and air conditioning units", "HVAC"),
    ("- Read schematics and blueprints", "Blueprint Reading"),  # "read schematics", a duty (stop 38)
    ("- Interpret schematics and blueprints", "Technical Drawings"),
    ("- Fork lift and telehandler experience", "Forklift Operation"),
    ("- Knowledge of DOT regulations and hours of service", "DOT Regulations"),
    ("- A current DOT medical card", "DOT Medical Card"),
    ("- Loading and unloading trucks by hand", "Loading and Unloading"),
    # British "driving" with American "license", as a real logistics posting spelt it
    ("- Applicants must hold a clean driving license", "Driver's License"),
])
def test_a_maintenance_or_transport_knowledge_item_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("text", "wrong"), [
    ("Shipping Associate (Non-Fork Lift)\n\nRequirements\n- Pack boxes and label parcels\n", "Forklift Operation"),
    ("Driver\n\nRequirements\n- Drive a non-CDL box truck on local routes\n", "Commercial Driver's License"),
])
def test_a_name_written_after_non_is_not_asked(text, wrong, resources):
    skills, context = read(text, resources)
    assert wrong not in skills | context


@pytest.mark.parametrize("text", [
    "Forklift Driver\n\nRequirements\n- Fork lift licence and two years of warehouse work\n",
    "Driver\n\nRequirements\n- Class A CDL and a clean driving record\n",
])
def test_the_same_names_without_non_are_asked(text, resources):
    skills, context = read(text, resources)
    assert {"Forklift Operation", "Commercial Driver's License", "CDL Class A"} & (skills | context)


@pytest.mark.parametrize(("line", "skill"), [
    ("- Knowledge of electrical work and electrical equipment", "Electrical Systems"),
    ("- Maintain mechanical equipment and plant", "Mechanical Systems"),
    ("- Repair hydraulic and pneumatic systems", "Hydraulic Systems"),
    ("- Operate lift trucks safely", "Forklift Operation"),
])
def test_a_trade_discipline_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- BTEC Level 3 in electrical installation", "BTEC"),
    ("- IOSH Managing Safely or equivalent", "IOSH Managing Safely"),
    ("- Hold a current ECS/JIB card", "JIB Card"),
    ("- OFTEC registered for oil-fired boilers", "OFTEC"),
    ("- Backflow certification preferred", "Backflow Prevention Certification"),
    ("- Maintain medical gas pipeline systems (MGPS) to HTM 02-01", "Medical Gas Systems"),
    ("- Maintain medical gas pipeline systems (MGPS) to HTM 02-01", "Health Technical Memoranda"),
    ("- Authorised for high voltage switching", "High Voltage Systems"),
    ("- Install low voltage cabling for access control", "Low Voltage Systems"),
    ("- Operate steam boilers and calorifiers", "Steam Systems"),
    ("- Service air handling units (AHUs)", "HVAC"),
    ("- Install PEX and water heaters", "Plumbing"),
    ("- Planned preventative maintenance and reactive maintenance in CAFM", "Maintenance Management"),
    ("- Move freight with hand trucks and dollies", "Hand Trucks and Dollies"),
    ("- Book LTL and full truckload shipments", "LTL Shipping"),
    ("- Carrier selection and load planning", "Carrier Management"),
    ("- Carrier selection and load planning", "Load Planning"),
    ("- Yard operations and dock scheduling", "Yard Management"),
    ("- Cross-docking, kitting and stretch wrap of pallets", "Cross-Docking"),
    ("- Cross-docking, kitting and stretch wrap of pallets", "Kitting"),
    ("- Cross-docking, kitting and stretch wrap of pallets", "Pallet Wrapping"),
    ("- Drive a 26 ft box truck on local routes", "Commercial Driving"),
])
def test_a_uk_estates_or_us_freight_item_is_read(line, skill, resources):
    skills, context = read(f"Operative\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


def test_drain_cleaning_is_plumbing_not_housekeeping(resources):
    skills, context = read("Plumber\n\nRequirements\n- Drain cleaning and sewer repairs\n", resources)
    assert "Plumbing" in skills | context and "Housekeeping" not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- City & Guilds qualification in Electrical", "Electrical Systems"),
    ("- Maintain mechanical, electrical, hydraulic and pneumatic equipment", "Mechanical Systems"),
    ("- Maintain mechanical, electrical, hydraulic and pneumatic equipment", "Electrical Systems"),
    ("- Sound knowledge of electricity and electrical work", "Electrical Systems"),
])
def test_a_trade_named_by_its_adjective_is_read(line, skill, resources):
    skills, context = read(f"Maintenance Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize("line", [
    "- HNC or NVQ Level 3 in electrical or mechanical engineering",
    "- A degree in electrical and computer engineering",
])
def test_an_adjective_sharing_an_engineering_head_is_that_field(line, resources):
    """'electrical or mechanical engineering': the adjectives are fields of engineering, not the
    trades' systems (the controls above: the same words alone are)."""
    skills, context = read(f"Engineer\n\nRequirements\n{line}\n", resources)
    assert not {"Electrical Systems", "Mechanical Systems"} & (skills | context)
