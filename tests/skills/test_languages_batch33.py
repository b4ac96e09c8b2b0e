"""Non-tech postings in French, German, Spanish, Italian and Portuguese, the traits the fourth batch in
those languages showed (bench/nontech_real.py --split held-lang4): the names of a trade's, a salon's, a
railway's, a patent office's and a recruiter's skills in the posting's own words; social networks named
beside words of social media or recruiting in those languages; Portuguese lines the span tagger must not
read; the company's internal teams named as a list; the field a degree or a German vocational training is
in after the language's own word for "in"; 'localisation' as a place in French (synthetic postings, one
per trait, each with a control)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills.requirements import degree_field_end, names_colleagues
from credstack.skills.tagger import is_foreign

HAUSTECHNIK = """Haustechniker (m/w/d)

Wir sind ein Druckereibetrieb mit 200 Mitarbeitenden und suchen dich für unser Team am Standort.

Aufgaben
- Betreuung der Gebäudetechnik (Heizung, Lüftung, Sanitär, Elektro) und der Wallboxen
- Überwachung der Brandmeldeanlagen und Organisation der Wartung

Qualifikation
- Erfahrung in Klimatechnik und Brandschutz
- Streckenkenntnis in der Region ist von Vorteil
"""

SALON_ES = """Manicura y pedicura

Buscamos personal para nuestro salón de belleza en el centro de la ciudad.

Requisitos
- Experiencia en técnicas de manicuria y pedicuria estética
- Experiencia en uñas esculpidas en polygel y softgel
- Excelente atención al cliente
"""

BREVETS_FR = """Assistant brevets (H/F)

Nous sommes un groupe industriel présent dans le monde entier avec plus de 700 collaborateurs.

Vos missions
- Assurer le suivi administratif des dossiers de propriété intellectuelle du groupe
- Préparer les réponses aux appels d'offres et suivre les actions correctives avec les clients

Profil recherché
- Maîtrise des procédures de dépôt de brevet
- Connaissances en commerce international et en réglementation douanière
"""

GUARDIA_IT = """Guardia giurata

Siamo una società di vigilanza privata presente in tutta Italia con oltre mille dipendenti.

Requisiti
- Titoli di Guardia Particolare Giurata in corso di validità
- Conoscenza del territorio e patente di guida tipo B
"""

RECRUTAMENTO_PT = """Analista de Recrutamento

Requisitos:
- Ensino Superior completo em Gestão de Recursos Humanos ou Psicologia;
- Experiência com grande volume de vagas;

Atividades:
- Triagem de currículos;
- Divulgação de vagas em diversas plataformas (LinkedIn, Instagram);
"""


@pytest.mark.parametrize("text, expected", [
    (HAUSTECHNIK, {"Building Services", "HVAC", "Plumbing", "Electrical Systems", "EV Charger Installation",
                   "Fire Alarm Systems", "Fire Safety", "Route Knowledge"}),
    (SALON_ES, {"Nail Technology", "Nail Techniques"}),
    (BREVETS_FR, {"Intellectual Property", "RFP Responses", "CAPA", "International Business", "Customs Procedures"}),
    (GUARDIA_IT, {"Security Guard License", "Route Knowledge"}),
    (RECRUTAMENTO_PT, {"Psychology", "Volume Hiring"}),
])
def test_the_occupation_s_skills_are_read_in_the_posting_s_own_words(resources, text, expected):
    skills, context = read(text, resources)
    assert expected <= skills | context, expected - (skills | context)


def test_the_same_words_in_an_english_posting_name_nothing(resources):
    # the names are matched in a text of their own language only
    text = ("Facilities Technician\n\nWe are a printing company with 200 staff and we are looking for you.\n\n"
            "Requirements\n- You will work with our Heizung and Sanitär teams in the building\n")
    skills, context = read(text, resources)
    assert not {"HVAC", "Plumbing"} & (skills | context), (skills, context)


def test_social_networks_beside_portuguese_words_of_recruiting_are_tools(resources):
    skills, _ = read(RECRUTAMENTO_PT, resources)
    assert {"LinkedIn", "Instagram"} <= skills, skills


def test_a_social_network_with_no_word_of_social_media_or_recruiting_near_stays_a_name(resources):
    text = ("Analista de Recrutamento\n\nRequisitos:\n- Ensino Superior completo em Psicologia;\n\n"
            "Informações adicionais:\n- Empresa com sede em São Paulo, perfil no LinkedIn atualizado;\n")
    text = text.replace("perfil no LinkedIn atualizado", "conhecida pelo LinkedIn")
    skills, _ = read(text, resources)
    assert "LinkedIn" not in skills, skills


@pytest.mark.parametrize("line, foreign", [
    ("Necessário experiência na área e conhecimento básico em Informática", True),
    ("Ter conhecimento em reparos básicos em elétrica, hidráulica e limpeza", True),
    ("Experience in the area and basic knowledge of computers is required", False),
])
def test_a_portuguese_line_is_not_read_by_the_tagger(line, foreign):
    assert is_foreign(line) is foreign


@pytest.mark.parametrize("text, mention, colleagues", [
    ("Vous veillez à la bonne coordination entre le client et les différentes équipes internes : Recherche & "
     "Développement, Supply Chain, Finance, Qualité, Logistique.", "Logistique", True),
    ("You will liaise with internal teams: Finance, Legal and Procurement.", "Legal", True),
    ("Du arbeitest eng mit den internen Abteilungen Einkauf, Logistik und Vertrieb zusammen.", "Logistik", True),
    # the candidate's own fields, no team before them
    ("Vous maîtrisez la Supply Chain, la Finance et la Logistique.", "Logistique", False),
    ("Experience in Finance, Legal or Procurement is required.", "Legal", False),
])
def test_the_company_s_internal_teams_named_in_a_list_are_colleagues(text, mention, colleagues):
    start = text.index(mention)
    assert names_colleagues(text, start, start + len(mention)) is colleagues


@pytest.mark.parametrize("text, degree, field", [
    ("Formation : Bac+5 en ingénierie générale, idéalement mécatronique.", "Bac+5", "ingénierie générale"),
    ("Formation : Bac+5 à dominante mécatronique ou automatisme.", "Bac+5", "à dominante mécatronique"),
    ("Abgeschlossene Ausbildung als Kosmetiker:in und Fußpfleger:in.", "Abgeschlossene Ausbildung", "Kosmetiker:in"),
    ("Abgeschlossene Ausbildung in der Gebäudereinigung oder vergleichbar.", "Abgeschlossene Ausbildung",
     "Gebäudereinigung"),
    ("Ensino Superior completo em Psicologia;", "Ensino Superior completo", "Psicologia"),
    ("Bachelor's degree in Accounting or Finance.", "Bachelor's degree", "Accounting"),
    # a kind of training, no field: the degree keeps its own name
    ("Abgeschlossene Ausbildung im technischen Bereich.", "Abgeschlossene Ausbildung", ""),
])
def test_the_field_a_degree_is_in_follows_the_language_s_own_word(text, degree, field):
    end = text.index(degree) + len(degree)
    field_end = degree_field_end(text, end)
    assert (text[end:field_end].endswith(" " + field) and field_end > end) if field else field_end == end


def test_localisation_is_a_place_in_a_french_posting(resources):
    text = ("Responsable d'affaires (H/F)\n\nVos missions\n- Vous pilotez les affaires et les projets de génie civil "
            "de votre secteur\n\nLocalisation du poste : Tours et sa région\n")
    skills, context = read(text, resources)
    assert "Internationalization" not in skills | context and "Civil Engineering" in skills | context, skills


def test_an_unheaded_portuguese_line_that_says_a_skill_is_necessary_asks_for_it(resources):
    # "Necessário ... conhecimento básico em Informática": a soft skill in unheaded text is asked only
    # when the clause asks; the Portuguese words for "necessary" and "knowledge of" now say so
    text = ("Porteiro\n\nNecessário experiência na área e conhecimento básico em Informática;\n"
            "Ter conhecimento em reparos básicos em elétrica, hidráulica e limpeza;\n")
    skills, _ = read(text, resources)
    assert {"Digital Literacy", "Plumbing", "Electrical Systems"} <= skills, skills


def test_an_unheaded_portuguese_line_that_asks_nothing_keeps_its_soft_skill_out(resources):
    text = ("Porteiro\n\nNosso condomínio tem uma sala de informática para os moradores e uma equipe de limpeza "
            "que cuida das áreas comuns;\nTer conhecimento em reparos básicos em elétrica, hidráulica e limpeza;\n")
    skills, _ = read(text, resources)
    assert "Digital Literacy" not in skills, skills


@pytest.mark.parametrize("text, mention, taught", [
    ("Der praktische Teil findet bei uns statt – hier erhältst du umfassend Einblick in die Welt des Groß- und "
     "Außenhandels und durchläufst diverse Abteilungen.", "Außenhandels", True),
    ("Vous serez formé aux outils de gestion et à la réglementation douanière.", "réglementation douanière", True),
    ("You will be fully trained in manual handling.", "manual handling", True),
    # asked, not taught
    ("Vous maîtrisez la réglementation douanière et les Incoterms.", "réglementation douanière", False),
    ("Du hast Erfahrung im Außenhandel.", "Außenhandel", False),
])
def test_what_the_starter_will_get_an_insight_into_or_be_trained_in_is_not_asked(text, mention, taught):
    from credstack.skills.requirements import taught_on_the_job

    start = text.index(mention)
    assert taught_on_the_job(text, start, start + len(mention)) is taught


def test_what_a_french_company_advises_its_clients_on_describes_it(resources):
    text = ("Assistant(e) technique (H/F)\n\nNotre société est un bureau d'études. Elle conseille et accompagne ses "
            "clients sur 6 domaines clés : l'énergie, la sécurité incendie, la structure et l'acoustique.\n\n"
            "Vos missions\n- Planification et suivi des missions\n- Reporting aux clients sur Office 365\n")
    skills, context = read(text, resources)
    assert "Fire Safety" not in skills | context and "Microsoft Office" in skills, skills
    asked = text.replace("Elle conseille et accompagne ses clients sur 6 domaines clés", "Vous maîtrisez")
    skills, context = read(asked, resources)
    assert "Fire Safety" in skills | context, skills  # the candidate's own knowledge: asked
