"""Synthetic fixtures for the fourth round of the non-tech vocabulary's breadth: what US postings of
everyday jobs name (POS systems, line stations, Hoyer lifts and IADLs, HHA and PCA certificates,
the ParaPro test, Reg CC and Reg E, CTRs and SARs, CCC ONE and Mitchell, Fair Housing and unit
turns, ELD logs and endorsements, EOBs and A/R follow-up, coronal polishing and EFDA, LVT and CVT,
I-CAR, HVAC installation and Manual J), and the same letters or words in another trade's sense left
alone (luxury vinyl tile, a gearbox, English Language Development, end of business)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("line", "skill"), [
    ("- Experience with Clover POS or Square for Retail", "Clover POS"),
    ("- Experience with Clover POS or Square for Retail", "Square POS"),
    ("- Aloha POS experience a plus", "NCR Aloha"),
    ("- Balance the cash drawer at the end of each shift", "Cashier Skills"),
    ("- Work the grill station and fry station during service", "Line Cooking"),
    ("- Operate the dish machine and keep the kitchen clean", "Dishwashing"),
    ("- ServSafe Alcohol certification within 30 days of hire", "ServSafe Alcohol"),
    ("- Use EPA-registered disinfectants and follow safety data sheets", "Cleaning Chemicals"),
    ("- Use EPA-registered disinfectants and follow safety data sheets", "Safety Data Sheets"),
    ("- Complete OSHA bloodborne pathogens training", "Bloodborne Pathogens"),
])
def test_a_retail_food_or_cleaning_item_is_read(line, skill, resources):
    skills, context = read(f"Crew Member\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Assist clients with IADLs such as shopping and laundry", "Instrumental Activities of Daily Living"),
    ("- Safely transfer clients using a Hoyer lift and gait belt", "Patient Transfers"),
    ("- Provide companionship and medication reminders", "Companion Care"),
    ("- Provide companionship and medication reminders", "Medication Reminders"),
    ("- Current HHA certification required", "Home Health Aide Certification"),
    ("- PCA certificate or willingness to obtain one", "Personal Care Aide Certification"),
    ("- Passing score on the ParaPro assessment", "ParaPro Assessment"),
    ("- Knowledge of state child care licensing regulations", "Child Care Licensing Regulations"),
])
def test_a_caregiving_or_school_item_is_read(line, skill, resources):
    skills, context = read(f"Caregiver\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Knowledge of the Bank Secrecy Act, OFAC, Reg CC and Reg E", "Anti-Money Laundering"),
    ("- Knowledge of the Bank Secrecy Act, OFAC, Reg CC and Reg E", "OFAC Compliance"),
    ("- Knowledge of the Bank Secrecy Act, OFAC, Reg CC and Reg E", "Regulation CC"),
    ("- Knowledge of the Bank Secrecy Act, OFAC, Reg CC and Reg E", "Regulation E"),
    ("- Complete CTR filing and refer suspicious activity reports", "Currency Transaction Reports"),
    ("- Complete CTR filing and refer suspicious activity reports", "Suspicious Activity Reports"),
    ("- Write estimates in CCC ONE or Mitchell Cloud Estimating", "CCC ONE"),
    ("- Write estimates in CCC ONE or Mitchell Cloud Estimating", "Mitchell Estimating"),
    ("- Two years of auto damage appraisal experience", "Auto Damage Appraisal"),
    ("- Working knowledge of the Fair Housing Act", "Fair Housing Laws"),
    ("- Experience with Entrata, ResMan or OneSite", "Entrata"),
    ("- Experience with Entrata, ResMan or OneSite", "ResMan"),
    ("- Experience with Entrata, ResMan or OneSite", "RealPage"),
    ("- Schedule unit turns and make-ready turns", "Apartment Turnover"),
])
def test_a_banking_claims_or_property_item_is_read(line, skill, resources):
    skills, context = read(f"Associate\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Class A CDL with Hazmat/Tanker endorsements", "CDL Endorsements"),
    ("- Keep accurate ELD logs", "DOT Regulations"),
    ("- Review EOBs and post payments", "Explanation of Benefits"),
    ("- Perform A/R follow-up on unpaid claims", "Accounts Receivable Follow-Up"),
    ("- Prepare superbills for each visit", "Superbills"),
    ("- NextGen EHR experience preferred", "NextGen Healthcare"),
    ("- Coronal polishing certification required", "Coronal Polishing"),
    ("- DANB certified; EFDA preferred", "Certified Dental Assistant"),
    ("- DANB certified; EFDA preferred", "Expanded Functions Dental Assistant"),
    ("- DANB RHS or dental x-ray certification", "Dental Radiography Qualification"),
    ("- Credentialed veterinary technician (LVT or CVT)", "Veterinary Technician Credential"),
    ("- LVT preferred for our small animal hospital", "Veterinary Technician Credential"),
    ("- I-CAR Gold Class training", "I-CAR Certification"),
    ("- ASE Master certified", "ASE Certification"),
    ("- Perform HVAC installation and Manual J load calculations", "HVAC Installation"),
    ("- Perform HVAC installation and Manual J load calculations", "HVAC Load Calculations"),
])
def test_a_driving_medical_office_dental_vet_or_trade_item_is_read(line, skill, resources):
    skills, context = read(f"Technician\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # luxury vinyl tile and a continuously variable transmission are no vet tech credential
    ("- Install LVT flooring in kitchens and baths", "Veterinary Technician Credential"),
    ("- Lay LVT and carpet in new homes", "Veterinary Technician Credential"),
    ("- Diagnose CVT transmission faults", "Veterinary Technician Credential"),
    ("- Service automatic and CVT gearboxes for our pet food delivery fleet", "Veterinary Technician Credential"),
    # English Language Development is no electronic logging device
    ("- Deliver ELD instruction to English learners", "DOT Regulations"),
    # end of business is no explanation of benefits
    ("- Submit timesheets by EOB every Friday", "Explanation of Benefits"),
    # an employer's fair housing pledge asks nothing
    ("- We are an Equal Housing Opportunity and Fair Housing employer", "Fair Housing Laws"),
    # a scissor lift on a building site is no patient transfer
    ("- Operate scissor lifts and mechanical lifts safely", "Patient Transfers"),
    # a production line is no cook's line
    ("- Work the line at our bottling plant", "Line Cooking"),
    # a nurse's unit staff turnover is no apartment make-ready
    ("- Help reduce unit turnover on a busy ward", "Apartment Turnover"),
    # click-through rates are no currency transaction reports
    ("- Own CTR reporting for paid campaigns", "Currency Transaction Reports"),
    # a medical assistant's limited x-ray licence is no dental radiography qualification
    ("- Limited scope x-ray certification required", "Dental Radiography Qualification"),
    # rooms made ready and a cheque's endorsement are no apartment turn or CDL endorsement
    ("- Make ready the guest rooms before check-in", "Apartment Turnover"),
    ("- Check every cheque has an S endorsement on the back", "CDL Endorsements"),
    # a square register mark on a form is no Square POS
    ("- Align the square register marks before printing", "Square POS"),
    # a general ledger clerk's receivables are not medical billing
    ("- Perform AR follow-up with customers", "Medical Billing"),
])
def test_a_fourth_round_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Ring up sales on Shopify POS or Oracle MICROS", "Shopify POS"),
    ("- Ring up sales on Shopify POS or Oracle MICROS", "Oracle MICROS"),
    ("- Take orders at the drive-thru window", "Drive-Thru Service"),
    ("- Steam milk with the steam wand", "Espresso Preparation"),
    ("- Run the auto scrubber and pressure washing of sidewalks", "Floor Care"),
    ("- Run the auto scrubber and pressure washing of sidewalks", "Pressure Washing"),
    ("- Restroom cleaning and trash removal", "Janitorial Services"),
    ("- Provide bathing assistance and feeding assistance", "Personal Care Assistance"),
    ("- Clock visits in the EVV app", "Electronic Visit Verification"),
    ("- Familiar with Creative Curriculum and TS GOLD", "Creative Curriculum"),
    ("- Familiar with Creative Curriculum and TS GOLD", "Teaching Strategies GOLD"),
    ("- Screen children with the ASQ-3", "Ages and Stages Questionnaires"),
    ("- Knowledge of NAEYC standards", "NAEYC Accreditation"),
    ("- Implement behavior intervention plans", "Behavior Intervention Plans"),
    ("- CPI certification required", "Crisis Intervention"),
])
def test_a_second_step_retail_food_care_or_school_item_is_read(line, skill, resources):
    skills, context = read(f"Associate\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "skill"), [
    ("- Loan processing experience in Encompass LOS", "Loan Processing"),
    ("- Loan processing experience in Encompass LOS", "Ellie Mae Encompass"),
    ("- Handle claims in Guidewire ClaimCenter or Duck Creek", "Guidewire"),
    ("- Handle claims in Guidewire ClaimCenter or Duck Creek", "Duck Creek"),
    ("- Take recorded statements from claimants", "Claims Investigation"),
    ("- Tenant screening and resident retention", "Tenant Screening"),
    ("- Tenant screening and resident retention", "Resident Retention"),
    ("- Prepare CAM reconciliations", "CAM Reconciliations"),
    ("- Ensure proper load securement", "Load Securement"),
    ("- Verify eligibility in Availity and submit claims through Waystar", "Availity"),
    ("- Verify eligibility in Availity and submit claims through Waystar", "Waystar"),
    ("- Copay collection at check-in", "Copay Collection"),
    ("- Apply pit and fissure sealants", "Dental Sealants"),
    ("- Nitrous oxide monitoring", "Nitrous Oxide Monitoring"),
    ("- Fear Free certified preferred", "Fear Free Certification"),
    ("- Paintless dent repair and frame straightening", "Paintless Dent Repair"),
    ("- Recover R-410A refrigerant; EPA 608 Universal", "EPA Section 608 Certification"),
])
def test_a_second_step_finance_property_office_or_trade_item_is_read(line, skill, resources):
    skills, context = read(f"Associate\n\nRequirements\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("line", "wrong"), [
    # the consumer price index is no crisis intervention course
    ("- Salaries reviewed annually in line with CPI", "Crisis Intervention"),
    # a roofer's sealant is no dental sealant
    ("- Sealant application on flat roofs", "Dental Sealants"),
    # a housing worker who prevents evictions does not bring possession proceedings
    ("- Support families at risk of homelessness through eviction prevention work", "Possession Proceedings"),
    ("- Help tenants avoid evictions by negotiating arrears plans", "Possession Proceedings"),
    # a relaxed team is no Fear Free certification
    ("- Join a fear free, friendly team", "Fear Free Certification"),
    # an apartment's laundry room is no laundry work
    ("- Residents enjoy on-site laundry and a fitness center", "Laundry Operations"),
])
def test_a_second_step_word_in_another_sense_stays_out(line, wrong, resources):
    skills, context = read(f"Assistant\n\nRequirements\n{line}\n", resources)
    assert wrong not in skills | context
