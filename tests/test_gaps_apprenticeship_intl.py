"""A finished apprenticeship as profiles outside England write it: Canada's Red Seal and a trade's
Certificate of Qualification, Australia's Certificate III, Ireland's QQI Level 6 Advanced
Certificate Craft, the US journeyworker and registered apprenticeship, Germany's Gesellenbrief,
Facharbeiterbrief, finished Berufsausbildung and Meisterbrief, France's CAP and Brevet
professionnel. Each answers a posting asking for a completed apprenticeship; a German one also
answers "abgeschlossene Ausbildung als ..." (the Vocational Certificate), as do a Spanish FP de
grado medio and a French BEP. In progress, below the craft level (Certificate II, QQI Level 5) or
a school's name are none."""

from __future__ import annotations

from datetime import date

import pytest

from credstack.analysis import analyze, judge
from credstack.gaps import GapStatus
from credstack.postings import parse_posting
from credstack.profile.model import Certification, Profile, ProfileSkill

EN_POSTING = """Maintenance Electrician
Harbourside Facilities - Halifax

Requirements
- Completed apprenticeship as an electrician
- Fault finding on three-phase motors
"""

DE_POSTING = """Elektriker (m/w/d)
Musterfirma GmbH - Hanau

Ihre Aufgaben
• Wartung und Instandhaltung unserer elektrischen Anlagen und Maschinen
• Fehlersuche und Störungsbeseitigung an Schaltschränken
• Installation von Beleuchtung und Steckdosen in unseren Gebäuden

Qualifikation
• Abgeschlossene Ausbildung als Elektriker/in oder vergleichbare Qualifikation
• Erfahrung in der Instandhaltung von elektrischen Anlagen
• Führerschein Klasse B
• Gute Deutschkenntnisse in Wort und Schrift
"""


def _status(posting, skill, profile, res):
    result = judge(analyze(parse_posting(posting), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return {g.skill.name: g for g in result.gaps.items}[skill].status


def _profile(headline="Electrician", education=(), certifications=()):
    return Profile(headline=headline, skills=[ProfileSkill("Fault Finding")], education=list(education),
                   certifications=list(certifications))


FINISHED = [
    _profile(certifications=[Certification("Red Seal Electrician (Construction and Maintenance)", issued="2017-04")]),
    _profile(education=["Interprovincial Red Seal endorsement, Industrial Electrician, 2018"]),
    _profile(education=["Certificate of Qualification, Construction Electrician, Nova Scotia, 2016"]),
    _profile(headline="Red Seal Electrician"),
    _profile(education=["Certificate III in Electrotechnology Electrician, TAFE NSW, 2014"]),
    _profile(education=["Cert III in Carpentry, Box Hill Institute"]),
    _profile(education=["QQI Level 6 Advanced Certificate Craft - Electrical, SOLAS, 2012"]),
    _profile(certifications=[Certification("Journeyworker Electrician Card", issued="2019-03")]),
    _profile(headline="Journeyworker electrician"),
    _profile(education=["Completed registered apprenticeship, IBEW Local 46, 2011"]),
    _profile(education=["Gesellenbrief Elektroniker, HWK Frankfurt, 2015"]),
    _profile(education=["Gesellenprüfung Elektroniker für Energie- und Gebäudetechnik, 2013"]),
    _profile(education=["Abgeschlossene Berufsausbildung als Elektroniker für Betriebstechnik, IHK, 2010"]),
    _profile(education=["Facharbeiterbrief Elektromonteur, 1988"]),
    _profile(education=["Meisterbrief im Elektrotechniker-Handwerk, HWK Köln, 2019"]),
    _profile(education=["CAP Électricien, Lycée professionnel Jean Moulin, 2012"]),
    _profile(education=["Brevet professionnel Électricien, CFA du BTP, 2016"]),
]

NOT_FINISHED = [
    _profile(),
    _profile(education=["Certificate II in Electrotechnology (pre-apprenticeship), TAFE NSW, 2021"]),
    _profile(education=["Cert II in Construction Pathways"]),
    _profile(education=["QQI Level 5 Certificate in Electronics, 2020"]),
    _profile(education=["Red Seal apprenticeship, third year (in progress)"]),
    _profile(education=["Ausbildung zum Elektroniker (laufend), HWK Frankfurt"]),
    _profile(education=["Gesellenprüfung Elektroniker, 2026 - bis heute"]),
    _profile(education=["CAP Électricien en cours, CFA du BTP"]),
    _profile(education=["Gesamtschule Hanau, Realschulabschluss, 2012"]),
    _profile(education=["Red Deer Polytechnic, Business Administration Diploma"]),
    _profile(education=["Lycée Jean Moulin, Baccalauréat général"]),
    _profile(headline="Red Seal apprentice, working towards journeyperson"),
]


@pytest.mark.parametrize("profile", FINISHED)
def test_a_finished_apprenticeship_written_abroad_is_no_gap(profile, resources):
    assert _status(EN_POSTING, "Apprenticeship", profile, resources) in (GapStatus.HAVE, GapStatus.IMPLIED)


@pytest.mark.parametrize("profile", NOT_FINISHED)
def test_an_unfinished_or_lower_one_or_a_school_is_still_missing(profile, resources):
    assert _status(EN_POSTING, "Apprenticeship", profile, resources) == GapStatus.MISSING


@pytest.mark.parametrize("profile", [
    _profile(education=["Gesellenbrief Elektroniker, HWK Frankfurt, 2015"]),
    _profile(education=["Abgeschlossene Berufsausbildung als Elektroniker für Betriebstechnik"]),
    _profile(education=["Meisterbrief Elektrotechnik, HWK Köln"]),
    _profile(education=["Red Seal Industrial Electrician, 2018"]),
    _profile(education=["BEP Électrotechnique, Lycée professionnel, 2005"]),
    _profile(education=["FP de Grado Medio en Instalaciones Eléctricas y Automáticas, IES Politécnico, 2016"]),
    _profile(education=["Técnico Superior en Sistemas Electrotécnicos (Formación Profesional), 2019"]),
])
def test_a_german_posting_asking_a_finished_ausbildung_is_answered(profile, resources):
    assert _status(DE_POSTING, "Vocational Certificate", profile, resources) in (GapStatus.HAVE, GapStatus.IMPLIED)


@pytest.mark.parametrize("profile", [
    _profile(),
    _profile(education=["Ausbildung zum Elektroniker (laufend)"]),
    _profile(education=["FP de Grado Medio en Instalaciones Eléctricas (en curso)"]),
    _profile(education=["Gesamtschule Hanau, Realschulabschluss"]),
])
def test_a_german_posting_unanswered_by_one_in_progress_or_a_school(profile, resources):
    assert _status(DE_POSTING, "Vocational Certificate", profile, resources) == GapStatus.MISSING


# The posting side: Canada's Red Seal asked ("Red Seal certified electrician", "Red Seal Electrician
# required": the certified tradesperson, not a team of electricians) and a journeyperson's
# certificate of qualification (a Manitoba posting's wording) read as asked.
def _asked(line, res):
    text = f"Industrial Electrician\nNorthern Mills - Thunder Bay\n\nRequirements\n- {line}\n- Fault finding\n"
    return {m.name for m in analyze(parse_posting(text), res, rank=False).skills}


@pytest.mark.parametrize(("line", "skill"), [
    ("Red Seal certified electrician", "Red Seal Endorsement"),
    ("Red Seal Electrician required", "Red Seal Endorsement"),
    ("Valid Interprovincial Red Seal certification", "Red Seal Endorsement"),
    ("A journeyperson certificate of qualification, or equivalent designation from out of province",
     "Apprenticeship"),
    ("Journeyworker card in good standing", "Apprenticeship"),
])
def test_a_posting_asking_a_red_seal_or_a_journeyperson_is_read(line, skill, resources):
    assert skill in _asked(line, resources)


@pytest.mark.parametrize("line", ["HGV Mechanic wanted for our workshop", "Working alongside our sealant crew"])
def test_a_licence_before_a_role_is_still_the_work_s_field(line, resources):
    assert not {"HGV Licence", "Red Seal Endorsement"} & _asked(line, resources)


RED_SEAL_POSTING = """Industrial Electrician
Northern Mills - Thunder Bay

Requirements
- Red Seal certified electrician
- Fault finding on three-phase motors
"""


def test_a_red_seal_answers_the_red_seal_and_an_apprenticeship_alone_does_not(resources):
    red_seal = _profile(certifications=[Certification("Interprovincial Red Seal (Industrial Electrician)",
                                                      issued="2017-04")])
    assert _status(RED_SEAL_POSTING, "Red Seal Endorsement", red_seal, resources) == GapStatus.HAVE
    apprenticed = _profile(education=["Completed registered apprenticeship, IBEW Local 46, 2011"])
    assert _status(RED_SEAL_POSTING, "Red Seal Endorsement", apprenticed, resources) == GapStatus.MISSING
    assert _status(EN_POSTING, "Apprenticeship", red_seal, resources) in (GapStatus.HAVE, GapStatus.IMPLIED)


AU_POSTING = """Qualified Carpenter
Southern Build Co - Geelong VIC

About You
- Certificate III in Carpentry (or equivalent trade qualification)
- Experience in residential framing and fit-out
"""


@pytest.mark.parametrize(("education", "held"), [
    ("Certificate III in Carpentry, TAFE NSW, 2014", True),
    ("Cert III Carpentry and Joinery", True),
    ("Certificate IV in Building and Construction, 2019", True),  # the level above
    ("Certificate II in Construction Pathways", False),
    ("Box Hill Institute, Diploma of Business", False),
])
def test_a_certificate_iii_asked_is_answered_by_one_at_its_level_or_above(education, held, resources):
    status = _status(AU_POSTING, "Certificate III", _profile(education=[education]), resources)
    assert (status in (GapStatus.HAVE, GapStatus.IMPLIED)) is held


FR_POSTING = """Agent d'entretien polyvalent (H/F)
Mairie de Rezé - 44

Missions
• Entretien courant des bâtiments communaux : électricité, plomberie, peinture
• Petites réparations et dépannages dans les écoles

Profil recherché
• CAP-BEP en électricité ou maintenance des bâtiments avec expérience significative sur un poste similaire
• Permis B indispensable
"""

ES_POSTING = """Electricista de mantenimiento
Instalaciones Levante S.L. - Valencia

Funciones
• Mantenimiento preventivo y correctivo de instalaciones eléctricas
• Diagnóstico de averías en cuadros eléctricos

Requisitos
• FP de grado medio en Instalaciones Eléctricas y Automáticas
• Experiencia mínima de 2 años en un puesto similar
• Carnet de conducir B
"""


def test_a_spanish_fp_de_grado_medio_asked_is_the_vocational_certificate_not_functional_programming(resources):
    asked = {m.name for m in analyze(parse_posting(ES_POSTING), resources, rank=False).skills}
    assert "Vocational Certificate" in asked and "Functional Programming" not in asked


@pytest.mark.parametrize(("posting", "education", "held"), [
    (FR_POSTING, "CAP Électricien, Lycée professionnel Jean Moulin, 2012", True),
    (FR_POSTING, "BEP Électrotechnique, 2005", True),
    (FR_POSTING, "CAP Électricien en cours", False),
    (FR_POSTING, "Lycée Jean Moulin, Baccalauréat général", False),
    (ES_POSTING, "FP de Grado Medio en Instalaciones Eléctricas y Automáticas, IES Politécnico, 2016", True),
    (ES_POSTING, "Gesellenbrief Elektroniker, HWK Frankfurt, 2015", True),
    (ES_POSTING, "FP de Grado Medio en Instalaciones Eléctricas (en curso)", False),
    (ES_POSTING, "IES Politécnico de Valencia, Bachillerato", False),
])
def test_a_french_or_spanish_posting_s_vocational_ask_is_answered(posting, education, held, resources):
    status = _status(posting, "Vocational Certificate", _profile(education=[education]), resources)
    assert (status in (GapStatus.HAVE, GapStatus.IMPLIED)) is held
