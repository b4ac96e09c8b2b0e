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
