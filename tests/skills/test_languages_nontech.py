"""Non-tech postings in French, German, Spanish, Italian and Portuguese: the care, trades, kitchen,
retail, bookkeeping and payroll skills they ask for in their own words, German lists of nouns
whose language their own lines do not tell, bare list items of qualities under no heading, and
the headings these postings give their requirements and duties (synthetic postings, one per
trait; the real ones are bench/nontech_real.py --split held-lang3)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.skills import extract_skills
from credstack.skills.languages import language_of_part
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary

ABOUT_THEN_TERSE_LIST = """Pflegefachkraft (m/w/d)

Über uns
Wir sind ein ambulanter Pflegedienst in Hannover und suchen dich für unser Team. Bei uns erwartet dich
ein familiäres Arbeitsklima mit vielen Kollegen, die sich auf dich freuen.

Dein Profil
- Teamfähigkeit
- Empathievermögen
- Führerschein Klasse B
"""


def test_a_terse_german_list_under_a_heading_is_read_in_the_posting_s_language(resources):
    # the list alone has no function word: it read as English, and no German name was matched
    skills, context = read(ABOUT_THEN_TERSE_LIST, resources)
    assert {"Teamwork", "Driver's License"} <= skills | context, (skills, context)


def test_an_english_posting_with_a_terse_list_stays_english(resources):
    text = ("Care Assistant\n\nAbout us\nWe are a home care agency in Leeds and we are looking for you to join "
            "our team. You will be part of a friendly group of carers who are there for each other.\n\n"
            "Your profile\n- Teamfähigkeit\n- Führerschein Klasse B\n")
    skills, context = read(text, resources)
    assert not {"Teamwork", "Driver's License"} & (skills | context), (skills, context)


@pytest.mark.parametrize("part, whole, language", [
    ("- Teamfähigkeit\n- Pflegedokumentation", "Wir sind ein Pflegedienst und suchen dich für unser Team in der Stadt.",
     "de"),
    ("- Teamwork\n- Care planning", "We are a care home and we are looking for you to join the team of the house.", "en"),
    # a part with English function words keeps its reading, whatever the whole says
    ("You will be part of the team and you have a driving licence for the car.",
     "Wir sind ein Pflegedienst und suchen dich für unser Team in der Stadt mit dem Auto.", "en"),
])
def test_the_language_of_a_part_falls_back_on_the_whole_only_when_the_part_cannot_tell(part, whole, language):
    assert language_of_part(part, whole) == language


UNHEADED_LISTS = """Exam. Pflegefachkraft (m/w/d)

Unser ambulantes Team sucht dich zur Unterstützung unserer täglichen Touren zu den Patienten. Wir sind stolz
darauf, unsere Mitarbeiter entsprechend ihrer Fähigkeiten einzusetzen.

- pflegerische Versorgung der Patienten
- Pflegedokumentation
- Empathievermögen
- Teamfähigkeit
"""


def test_a_bare_list_item_of_a_quality_under_no_heading_is_asked(resources):
    # the span tagger reads English only, and no "du" or heading says the list is asked: the
    # qualities of a German list saved under no heading were dropped as the team describing itself
    skills, _ = read(UNHEADED_LISTS, resources)
    assert {"Teamwork", "Clinical Documentation", "Patient Care"} <= skills, skills


def test_a_quality_in_a_sentence_about_the_team_under_no_heading_is_still_not_asked(resources):
    text = ("Pflegefachkraft (m/w/d)\n\nUnser ambulantes Team sucht dich zur Unterstützung unserer täglichen Touren. "
            "Bei uns zählt die Teamfähigkeit aller Kollegen, und wir sind stolz auf unser Haus.\n\n"
            "- Pflegedokumentation\n")
    skills, _ = read(text, resources)
    assert "Teamwork" not in skills, skills


@pytest.mark.parametrize("heading, kind", [
    ("Tu perfil", SectionKind.REQUIREMENTS), ("Il tuo profilo", SectionKind.REQUIREMENTS),
    ("Seu perfil", SectionKind.REQUIREMENTS), ("Qualifikation", SectionKind.REQUIREMENTS),
    ("Habilidades y Competencias", SectionKind.REQUIREMENTS),
    ("Descriptif du poste", SectionKind.RESPONSIBILITIES), ("Di cosa ti occuperai?", SectionKind.RESPONSIBILITIES),
    ("Atividades", SectionKind.RESPONSIBILITIES), ("Suas atividades", SectionKind.RESPONSIBILITIES),
])
def test_requirement_and_duty_headings_of_other_languages(heading, kind):
    posting = parse_posting(f"Ausiliario\n\nAbout\nWe are a company.\n\n{heading}\n- uno due tre\n- quattro cinque\n")
    assert [s.kind for s in posting.sections if s.heading.rstrip("?") == heading.rstrip("?")] == [kind]


@pytest.mark.parametrize("heading", ["Perfil de la empresa", "Das erwartet dich bei uns"])
def test_a_company_profile_or_what_awaits_you_is_no_requirements_heading(heading):
    posting = parse_posting(f"Ausiliario\n\nAbout\nWe are a company.\n\n{heading}\n- uno due tre\n- quattro cinque\n")
    assert not [s for s in posting.sections if s.heading == heading and s.kind == SectionKind.REQUIREMENTS]


def _asked(text: str) -> set[str]:
    extraction = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary())
    return {s.name for s in extraction.skills + extraction.context}


@pytest.mark.parametrize("text, expected", [
    ("- Pflegedokumentation und Pflegeplanung nach Standards\n- Wundversorgung und Medikamentengabe\n"
     "- Einhaltung der Hygienevorschriften\n- Zuverlässigkeit und Empathie sind für dich selbstverständlich",
     {"Clinical Documentation", "Care Planning", "Wound Care", "Medication Administration", "Infection Control",
      }),
    ("- Debitoren- und Kreditorenbuchhaltung sowie Anlagenbuchhaltung\n- Kontenabstimmung und Zahlungsverkehr\n"
     "- Kenntnisse im Umsatzsteuerrecht und in der Bilanzierung nach den Vorgaben",
     {"Accounts Receivable", "Fixed Asset Accounting", "Account Reconciliation", "Payment Processing", "Taxation",
      "Financial Reporting"}),
    ("- Vous assurez les soins d'hygiène et de confort et la prise des constantes\n- Vous réalisez les pansements\n"
     "- Vous êtes titulaire du CAP-BEP et vous avez le sens de la relation clients",
     {"Personal Care Assistance", "Vital Signs", "Wound Care", "Vocational Certificate", "Customer Service"}),
    ("- Manejo de caja y arqueos de caja al final del turno\n- Control de inventarios y manejo de insumos\n"
     "- Cumplimiento de las normas de higiene y seguridad en la cocina\n- Capacidad para trabajar bajo presión",
     {"Cashier Skills", "Inventory Management", "Food Safety", "Stress Management"}),
    ("- Patentino per carrelli elevatori in corso di validità\n- Esperienza nella somministrazione della terapia\n"
     "- Gestione della cassa e riassortimento del reparto\n- Esperienza in contesti retail, settore moda",
     {"Forklift Certification", "Medication Administration", "Cashier Skills", "Retail Stocking", "Retail Industry",
      "Fashion Industry"}),
    ("- Experiência com folha de pagamento, rescisões e leis trabalhistas\n- Graduação em Ciências Contábeis\n"
     "- Aferição de sinais vitais e curativos\n- Conhecimento do setor automotivo e de autopeças",
     {"Payroll", "Human Resources", "Employment Law", "Accounting", "Vital Signs", "Wound Care",
      "Automotive Industry"}),
])
def test_non_tech_skills_in_their_language(text, expected):
    assert expected <= _asked(text), sorted(_asked(text))


def test_non_tech_names_of_other_languages_stay_out_of_an_english_posting():
    text = ("- You will keep the Pflegedokumentation up to date in the ward's system and help the team\n"
            "- You will handle the arqueos de caja of the shop with the manager and the staff\n")
    assert not {"Clinical Documentation", "Cashier Skills"} & _asked(text)


@pytest.mark.parametrize("text, expected", [
    ("- Unterrichtsplanung und Klassenführung in der Sekundarstufe\n- Elternarbeit und Leistungsbewertung\n"
     "- Be- und Entladen des Fahrzeugs, Tourenplanung und Ladungssicherung",
     {"Lesson Planning", "Classroom Management", "Parent Communication", "Student Assessment",
      "Loading and Unloading", "Route Planning"}),
    ("- Vous assurez la préparation des cours et la gestion de classe\n- Vous entretenez la relation avec les familles\n"
     "- Chargement et déchargement des camions, préparation de commandes",
     {"Lesson Planning", "Classroom Management", "Parent Communication", "Loading and Unloading",
      "Shipping and Receiving"}),
    ("- Planificación de clases y manejo de grupo\n- Carga y descarga de mercancía y planificación de rutas\n"
     "- Servicio de mesas y coctelería",
     {"Lesson Planning", "Classroom Management", "Loading and Unloading", "Route Planning", "Table Service",
      "Bartending"}),
    ("- Progettazione didattica e gestione della classe\n- Rapporti con le famiglie\n"
     "- Rispetto dei tempi di guida e di riposo, servizio ai tavoli",
     {"Lesson Planning", "Classroom Management", "Parent Communication", "Tachograph", "Table Service"}),
    ("- Planejamento de aulas e gestão de sala de aula\n- Educação infantil e educação inclusiva\n"
     "- Carga e descarga, roteirização e separação de pedidos",
     {"Lesson Planning", "Classroom Management", "Early Childhood Education", "Special Education",
      "Loading and Unloading", "Route Planning", "Shipping and Receiving"}),
])
def test_teaching_driving_and_service_skills_in_their_language(text, expected):
    assert expected <= _asked(text), sorted(_asked(text))
