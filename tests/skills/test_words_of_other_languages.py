"""Everyday words of French and Italian postings that are a tool's name in English ones (batch h23g
of the pages corpus): French 'en vue de' is no Vue.js, an Italian 'laurea in Informatica' (a degree
in computer science) is no Informatica. The controls keep each tool where a posting names it."""

from __future__ import annotations

from tests.skills.conftest import read


def test_french_vue_is_no_framework(resources):
    skills, _ = read("Ingénieur qualité soudage H/F\n\nProfil recherché\n- Diplôme d'ingénieur, IWE\n"
                     "- Le permis B est impératif en vue des déplacements réguliers\n", resources)
    assert "Vue.js" not in skills
    skills, _ = read("Frontend Developer\n\nRequirements:\n- 3 years building web apps with Vue and TypeScript\n",
                     resources)
    assert "Vue.js" in skills


def test_an_italian_degree_in_informatica_is_no_etl_tool(resources):
    skills, _ = read("Full Stack Engineer\n\nRequisiti:\n- Laurea in Informatica o campo correlato\n"
                     "- Conoscenza approfondita di PHP e MySQL\n", resources)
    assert "Informatica" not in skills and "PHP" in skills
    skills, _ = read("ETL Developer\n\nRequirements:\n- Build ETL pipelines in Informatica PowerCenter\n"
                     "- Tune Informatica workflows\n", resources)
    assert "Informatica" in skills
