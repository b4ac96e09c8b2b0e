"""Postings and resumes in French, German, Spanish, Italian and Portuguese name their skills in
their own words; the vocabulary's names in those languages are read only in a text written in
that language (synthetic postings, one per trait)."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills, find_skills
from credstack.skills.languages import language_of, ordinary_words, translations
from credstack.skills.matcher import match_key
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary

FRENCH = """Vos missions :
- Définir la stratégie achats du projet et l'adapter selon l'avancement du projet
- Négocier les conditions d'achat avec les fournisseurs et suivre les contrats
- Gérer les litiges et la relation fournisseur
Profil recherché :
- Issu(e) d'une école de commerce, vous avez 5 ans d'expérience dans les achats industriels
- Votre anglais est courant et vous avez le sens de l'organisation
"""
GERMAN = """Deine Aufgaben:
- Du bist für die Projektleitung und die Beschaffung von Bauteilen verantwortlich
- Du führst Verhandlungen mit unseren Lieferanten
Dein Profil:
- Abgeschlossenes Studium im Maschinenbau oder eine vergleichbare Ausbildung
- Sehr gute Englischkenntnisse und Teamfähigkeit
- Führerschein Klasse B
"""
SPANISH = """Requisitos:
- Experiencia en atención al cliente y trabajo en equipo
- Nivel de inglés avanzado
- Carnet de conducir y disponibilidad para viajar por los clientes de la zona
"""
ITALIAN = """Requisiti:
- Laurea in Ingegneria Meccanica e esperienza nella gestione dei fornitori
- Buona conoscenza della lingua inglese
- Persona brillante, con capacità organizzative e spirito di squadra
"""
PORTUGUESE = """Requisitos:
- Ensino superior completo em Engenharia Civil
- Experiência com gestão de projetos e trabalho em equipe
- Inglês avançado e carteira de habilitação
"""


def _skills(text: str) -> dict[str, list[str]]:
    """The skills a requirements section asks, and its conditions (a driving licence)."""
    extraction = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary())
    return {s.name: s.mentions for s in extraction.skills + extraction.context}


@pytest.mark.parametrize("text, language", [
    (FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"), (ITALIAN, "it"), (PORTUGUESE, "pt"),
    ("We are looking for a nurse with a valid licence and strong communication skills for our ward. "
     "You will work with the team of Société Générale des Eaux and report to the head of nursing.", "en"),
])
def test_the_language_of_a_posting(text, language):
    assert language_of(text) == language


def test_a_few_foreign_words_leave_an_english_posting_english():
    text = ("Requirements: fluent French (niveau C1) and German; a degree from an école de commerce. "
            "You will manage the team and report to the director of the Bordeaux office.")
    assert language_of(text) == "en"


def test_a_french_posting_names_its_skills_in_french():
    skills = _skills(FRENCH)
    for name in ("Procurement", "Negotiation", "Contract Management", "Vendor Management", "English",
                 "Organizational Skills"):
        assert name in skills, (name, sorted(skills))
    assert "relation fournisseur" in skills["Vendor Management"]  # the page's own words
    assert any("anglais" in m.lower() for m in skills["English"])


@pytest.mark.parametrize("text, expected", [
    (GERMAN, {"Project Management", "Procurement", "Negotiation", "Mechanical Engineering", "English", "Teamwork",
              "Driver's License"}),
    (SPANISH, {"Customer Service", "Teamwork", "English", "Driver's License"}),
    (ITALIAN, {"Mechanical Engineering", "Vendor Management", "English", "Organizational Skills", "Teamwork"}),
    (PORTUGUESE, {"Bachelor's Degree", "Civil Engineering", "Project Management", "Teamwork", "English",
                  "Driver's License"}),
])
def test_postings_in_other_languages(text, expected):
    skills = _skills(text)
    assert expected <= set(skills), sorted(expected - set(skills))


def test_an_english_name_that_is_an_ordinary_word_there_is_no_skill():
    assert "Persona Development" not in _skills(ITALIAN)  # "Persona brillante": a bright person
    english = "Requirements:\n- Experience creating a persona for each user group and journey maps\n"
    assert "Persona Development" in _skills(english)


def test_names_in_another_language_are_not_read_in_an_english_posting():
    text = ("Requirements:\n- Experience with our supplier portal (the French team calls it 'gestion des "
            "contrats') and strong English\n- Knowledge of logistique terms is a plus\n")
    assert language_of(text) == "en"
    skills = _skills(text)
    assert "Contract Management" not in skills and "Logistics" not in skills


def test_a_resume_in_french_names_its_skills_in_french():
    text = "Compétences\nGestion de projet, négociation, anglais courant, Pack Office\nExpérience\nAcheteuse chez nous"
    text += " depuis 2019, avec les fournisseurs et les équipes pour le suivi des contrats."
    names = {s.name for s in find_skills(text, load_vocabulary())}
    assert {"Project Management", "English", "Microsoft Office", "Contract Management"} <= names


def test_every_translation_names_a_vocabulary_skill_and_one_skill_only():
    vocabulary = load_vocabulary()
    for language, names in translations().items():
        seen: dict[str, str] = {}
        for name, forms in names.items():
            assert vocabulary.get(name) is not None, (language, name)
            for form in forms:
                key = match_key(form)
                owner = vocabulary.resolve(form)
                # or a tool spelt as the language's word, which the word takes there ("informatica")
                assert owner is None or owner.name == name or key in dict(vocabulary.in_language(language).taken), \
                    (language, form, owner.name)
                assert seen.setdefault(key, name) == name, (language, form)
    assert set(ordinary_words()) <= set(translations())


def test_the_english_vocabulary_is_untouched():
    vocabulary = load_vocabulary()
    assert vocabulary.in_language("en") is vocabulary
    french = vocabulary.in_language("fr")
    assert french is vocabulary.in_language("fr") and french.digest == vocabulary.digest
    assert vocabulary.resolve("négociation") is None and french.resolve("négociation").name == "Negotiation"


@pytest.mark.parametrize("phrase, kept", [
    ("EJB", True), ("COFREND CIFM", True), ("JAVA7/8", True), ("Inertia.js", True), ("C#", True),
    ("et/ou", False), ("Issu.e", False), ("Erfahrung", False), ("Homme/femme", False),
    ("rocken.jobs/application/profil-erstellen", False),
])
def test_keywords_of_a_posting_in_another_language_are_names_only(phrase, kept):
    from credstack.skills import _ADDRESS_LIKE, _NAME_LIKE

    assert (bool(_NAME_LIKE.search(phrase)) and not _ADDRESS_LIKE.search(phrase)) is kept


# Skills named the way real postings in these languages name them (bench/nontech_real.py, held-lang):
# a synthetic posting per trait, and the English or ordinary-word control beside it.
WAREHOUSE_DE = """Deine Aufgaben:
- Wareneingang prüfen und die Kommissionierung der Kundenaufträge übernehmen
- Du arbeitest mit unserem Lagerverwaltungssystem
Dein Profil:
- Mindestens ein Hauptschulabschluss oder die mittlere Reife
"""
MAINTENANCE_ES = """Responsabilidades:
- Administrar el inventario de autoelevadores y realizar el cierre mensual de los consumos
- Asegurar el registro en las historias clínicas de los pacientes del servicio
Requisitos: Secundario completo (excluyente). Conocimiento en sistemas de refrigeración por amoníaco.
"""
WAREHOUSE_IT = """La figura si occuperà:
Gestione dell'inventario e dei cablaggi elettrici del magazzino
Requisiti per la candidatura:
Diploma di maturità
"""
TESTING_PT = """Sobre a vaga:
- Criar planos de teste e casos de teste para as novas funcionalidades
- Encontrar bugs através de testes manuais
Requisitos:
- Sólida experiência em testes de software e testes de performance
- Conhecimento de linguagens de programação
"""


def _posting_skills(text: str) -> set[str]:
    """The skills a whole posting asks, as its sections are told from its headings."""
    from credstack.analysis import skill_sections
    from credstack.postings import parse_posting

    extraction = extract_skills(skill_sections(parse_posting(text)), load_vocabulary())
    return {s.name for s in extraction.skills + extraction.context}


@pytest.mark.parametrize("text, expected", [
    (WAREHOUSE_DE, {"Shipping and Receiving", "Warehouse Management Systems", "High School Diploma"}),
    (MAINTENANCE_ES, {"Forklift Operation", "Month-End Close", "Medical Records", "High School Diploma", "HVAC"}),
    (WAREHOUSE_IT, {"Inventory Management", "Electrical Wiring", "High School Diploma"}),
    (TESTING_PT, {"Test Planning", "Manual Testing", "Software Testing", "Performance Testing", "Programming"}),
])
def test_more_names_real_postings_give_in_their_language(text, expected):
    skills = set(_skills(text))
    assert expected <= skills, sorted(expected - skills)


def test_a_school_level_alone_on_an_unheaded_line_is_asked_by_the_language_s_own_cue():
    # "(excluyente)", "requisiti": a degree in an unheaded paragraph is asked only with a cue
    text = ("Buscamos un técnico para la planta de la empresa y su equipo de mantenimiento. Secundario completo "
            "(excluyente) y experiencia con los equipos de la planta.")
    assert "High School Diploma" in _posting_skills(text)
    told = ("Buscamos un técnico para la planta de la empresa y su equipo de mantenimiento. Nuestro equipo "
            "tiene el secundario completo y experiencia con los equipos de la planta.")
    assert "High School Diploma" not in _posting_skills(told)


def test_a_portuguese_heading_about_the_job_is_read_as_its_duties():
    from credstack.postings import parse_posting
    from credstack.postings.model import SectionKind

    kinds = {s.heading: s.kind for s in parse_posting(TESTING_PT + "\nDiferenciais:\n- Experiência com AWS Lambda\n"
                                                       "\nSobre a empresa:\nSomos uma consultoria de tecnologia.\n"
                                                       ).sections}
    assert kinds["Sobre a vaga"] == SectionKind.RESPONSIBILITIES
    assert kinds["Diferenciais"] == SectionKind.PREFERRED
    assert kinds["Sobre a empresa"] == SectionKind.ABOUT_COMPANY  # the control: still the company


def test_an_english_name_ordinary_in_lower_case_only_stays_a_name_with_its_capital():
    italian = ("Requisiti:\n- Esperienza nello sviluppo di servizi su scala nazionale per la nostra rete\n"
               "- Conoscenza della lingua inglese e capacità organizzative\n")
    assert "Scala" not in _skills(italian)  # "su scala nazionale": on a national scale
    named = ("Requisiti:\n- Esperienza nello sviluppo backend con Java e Scala per la nostra piattaforma\n"
             "- Conoscenza della lingua inglese e capacità organizzative\n")
    assert "Scala" in _skills(named)
    english = "Requirements:\n- Backend development in Java and scala for our data platform\n"
    assert "Scala" in _skills(english)  # English text: the vocabulary as it was


def test_a_french_dashboard_is_reporting_and_the_tool_keeps_its_capital():
    dashboard = ("Vos missions :\n- Piloter vos recrutements à travers un tableau de bord et des indicateurs\n"
                 "- Vous maîtrisez le Pack Office et notamment Excel\n")
    skills = _skills(dashboard)
    assert "Reporting" in skills and "Tableau" not in skills
    tool = ("Vos missions :\n- Construire les rapports de l'équipe avec Tableau et Power BI\n"
            "- Vous maîtrisez le Pack Office et notamment Excel\n")
    assert "Tableau" in _skills(tool)


def test_operational_english_in_a_french_posting_is_a_language_asked():
    text = ("Profil recherché :\n- Maîtrise des logiciels de gestion de la logistique et du Pack Office\n"
            "- Anglais opérationnel\n")
    assert "English" in _skills(text)
    client = ("Vos missions :\n- Vous suivez les commandes de notre client anglais et des fournisseurs de "
              "la société\n- Vous maîtrisez le Pack Office\n")
    assert "English" not in _skills(client)


SOFTWARE = {
    "pt": ("Requisitos:\n- Experiência com testes unitários e testes automatizados\n- Microsserviços e arquitetura de "
           "software\n- Metodologias ágeis como Scrum\n- Containerização e padrões de projeto\n"),
    "es": ("Requisitos:\n- Experiencia con pruebas unitarias y pruebas automatizadas\n- Microservicios y arquitectura de "
           "software\n- Metodologías ágiles como Scrum\n- Contenerización y patrones de diseño\n"),
    "fr": ("Profil recherché :\n- Vous maîtrisez les tests unitaires et les tests automatisés\n- Les microservices et "
           "l'architecture logicielle\n- Les méthodes agiles comme Scrum\n- La conteneurisation et les patrons de "
           "conception\n"),
    "it": ("Requisiti:\n- Esperienza con test unitari e test automatizzati\n- Microservizi e architettura software\n"
           "- Metodologie agili come Scrum\n- Containerizzazione e pattern di progettazione\n"),
    "de": ("Dein Profil:\n- Erfahrung mit Unit-Tests und Testautomatisierung\n- Microservices und Softwarearchitektur\n"
           "- Agile Methoden wie Scrum\n- Containerisierung und Entwurfsmuster\n"),
}


@pytest.mark.parametrize("language", sorted(SOFTWARE))
def test_a_developer_posting_names_its_practices_in_its_language(language):
    # Brazilian, French, Italian postings: "testes unitários", "metodologias ágeis", "Microsserviços"
    text = SOFTWARE[language]
    assert language_of(text) == language
    skills = set(_skills(text))
    expected = {"Unit Testing", "Test Automation", "Microservices", "Software Architecture", "Agile",
                "Containerization", "Design Patterns"}
    assert expected <= skills, sorted(expected - skills)


def test_practice_names_of_other_languages_stay_out_of_an_english_posting():
    # the control: an English posting quoting them reads only its own words
    text = ("Requirements:\n- Our Lisbon office writes its guides in Portuguese: testes unitários, metodologias "
            "ágeis, microsserviços\n- You will review them with the team\n")
    skills = set(_skills(text))
    assert not {"Unit Testing", "Agile", "Microservices"} & skills, skills


@pytest.mark.parametrize("text, expected", [
    # a German school-leaving level: Abitur, Fachabitur, Fachhochschulreife
    ("Das bringst du mit:\n- Realschulabschluss oder (Fach-)Abitur\n- Freude am Kontakt mit Kunden\n",
     "High School Diploma"),
    ("Dein Profil:\n- Allgemeine Hochschulreife oder Fachhochschulreife\n- Du hast Freude am Kontakt mit den Kunden "
     "und bist mit der Arbeit im Team vertraut\n",
     "High School Diploma"),
    ("Requisitos:\n- Ensino médio completo\n- Experiência com atendimento ao cliente e com as rotinas da loja "
     "para uma equipe que cresce\n", "High School Diploma"),
    # a quality system by its French name and acronym
    ("Vos missions :\n- Assurer l'application du système de management qualité (SMQ) de la direction\n",
     "Quality Management"),
])
def test_school_levels_and_quality_systems_in_their_language(text, expected):
    assert expected in _skills(text)


@pytest.mark.parametrize("text", [
    "Qualifications :\n- Anglais (échange avec les clients et la filiale anglaise)\n- Travail en équipe\n",
    "Requisiti:\n- Capacità di comunicare in inglese con i clienti esteri della società\n- Esperienza nel ruolo e "
    "nella gestione degli ordini per la nostra azienda\n",
    "Requisitos:\n- Capacidad para comunicarse en inglés con los proveedores\n- Trabajo en equipo\n",
])
def test_a_language_used_to_talk_with_people_is_a_language_asked(text):
    # "échange", "comunicare", "comunicarse": the Romance words for speaking with someone
    assert "English" in _skills(text)


def test_a_language_named_for_a_client_is_still_no_language_asked():
    # the control: the language's adjective naming who, with no speaking near it
    text = ("Vos missions :\n- Vous suivez les commandes de notre client anglais et des fournisseurs de la "
            "société\n- Vous préparez les supports de réunion\n")
    assert "English" not in _skills(text)


@pytest.mark.parametrize("heading", [
    "Il candidato ideale avrà i seguenti requisiti:", "El candidato ideal:", "Le candidat idéal :",
    "O candidato ideal:", "Die ideale Kandidatin bringt mit:",
])
def test_the_ideal_candidate_heads_the_requirements_in_every_language(heading):
    # "Il candidato ideale avrà i seguenti requisiti:" headed an Italian payroll clerk's requirements
    from credstack.postings import parse_posting
    from credstack.postings.model import SectionKind

    text = (f"Addetto/a buste paga\n\nLa nostra azienda cerca una persona per il suo ufficio di Roma.\n\n{heading}\n"
            "- Conoscenza di Excel e della gestione delle presenze per la nostra azienda\n")
    assert parse_posting(text).sections[-1].kind == SectionKind.REQUIREMENTS
    # the control: the words inside a sentence of the company's text head nothing
    told = ("Addetto/a buste paga\n\nChi siamo:\nOffriamo al candidato ideale un contratto a tempo pieno nella nostra "
            "sede di Roma.\n")
    assert parse_posting(told).sections[-1].kind != SectionKind.REQUIREMENTS


@pytest.mark.parametrize("text, expected", [
    ("Requisitos:\n- Boa comunicação escrita e verbal para falar com as áreas da empresa\n- Experiência com "
     "atendimento ao cliente e com as rotinas da loja\n", "Written Communication"),
    ("Qualifications :\n- Une excellente maîtrise de la communication orale et écrite\n- Une maîtrise d'Office 365 "
     "pour les supports de la direction\n", "Verbal Communication"),
    ("Requisitos: Excelente redacción y comunicación escrita. Dominio de paquete Office para las tareas de la "
     "oficina.\n", "Written Communication"),
    ("Requisiti:\n- Ottima comunicazione scritta e orale con i clienti della società\n- Esperienza nel ruolo e "
     "nella gestione degli ordini per la nostra azienda\n", "Written Communication"),
])
def test_written_and_spoken_communication_in_their_language(text, expected):
    assert expected in _skills(text)


def test_written_communication_of_another_language_stays_out_of_an_english_posting():
    text = ("Requirements:\n- Translate our Lisbon office's comunicação escrita into English for the board\n"
            "- Work with the team on the quarterly report\n")
    assert "Written Communication" not in _skills(text)


@pytest.mark.parametrize("text", [
    "La nostra azienda cerca una persona per il suo ufficio di Roma.\n\nLivello di istruzione: Diploma di maturità\n\n"
    "Tipo di occupazione: Contratto a tempo determinato\n",
    "La nostra azienda cerca una persona per il suo ufficio di Roma.\n\nTitolo di studio: Diploma di maturità\n\n"
    "Tipo di occupazione: Contratto a tempo determinato\n",
    "La empresa busca una persona para la oficina de la zona.\n\nNivel de estudios: Secundario completo\n\n"
    "Tipo de puesto: Full-time con los beneficios de ley\n",
    "A empresa procura uma pessoa para o escritório da região.\n\nNível de escolaridade: Ensino médio completo\n\n"
    "Tipo de vaga: Efetivo com os benefícios da empresa\n",
])
def test_a_job_board_s_education_level_line_asks_for_the_level(text):
    # an Italian board's "Livello di istruzione: Diploma Universitario/Certificazioni", under no heading
    extraction = extract_skills([TextSection(TextKind.OTHER, text, "")], load_vocabulary())
    assert "High School Diploma" in {s.name for s in extraction.skills}


def test_a_school_level_told_about_the_team_under_no_heading_is_not_asked():
    # the control: the same level in unheaded text with no cue stays unasked
    text = ("La nostra azienda ha sede a Roma e lavora con i clienti di tutta Italia. Nel nostro team tutti hanno "
            "il diploma di maturità e tanta passione per il lavoro.\n")
    extraction = extract_skills([TextSection(TextKind.OTHER, text, "")], load_vocabulary())
    assert "High School Diploma" not in {s.name for s in extraction.skills}


def test_working_under_someone_s_supervision_is_no_supervising():
    # "Sous la supervision du référent qualité": the holder is supervised (a French quality lead's duties)
    supervised = ("Vos missions :\n- Sous la supervision du référent qualité, vous accompagnez les entités dans la "
                  "mise en œuvre des exigences\n")
    assert "People Management" not in _skills(supervised)
    # the control: supervising a team is still asked
    supervising = ("Vos missions :\n- Assurer la supervision des équipes de production et le suivi des indicateurs "
                   "du service\n")
    assert "People Management" in _skills(supervising)


@pytest.mark.parametrize("text, languages", [
    ("Spanish or Portuguese a plus", {"Spanish", "Portuguese"}),
    ("- Spanish or Portuguese is a plus.", {"Spanish", "Portuguese"}),
    ("• Welsh desirable", {"Welsh"}),
])
def test_a_list_item_of_languages_and_an_ask_asks_them(text, languages):
    """'Spanish or Portuguese a plus' named no language: no cue of speaking or fluency stood near them. A list
    item that is languages and an ask, nothing else, asks for them."""
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}
    assert languages <= found


@pytest.mark.parametrize("text", ["Experience in Italian cuisine is essential.",
                                  "Spanish restaurant experience preferred"])
def test_a_cuisine_or_a_place_is_no_language(text):
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}
    assert not found & {"Italian", "Spanish"}
