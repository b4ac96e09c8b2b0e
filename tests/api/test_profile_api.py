"""Profile routes: whole-profile PUT/GET, item routes, validation naming the field, atomicity."""

from __future__ import annotations

import pytest

FULL = {
    "name": "Jane Doe", "email": "jane@example.com", "phone": "+1 555 0100", "location": "Austin, TX",
    "links": ["https://www.linkedin.com/in/janedoe"], "headline": "Data analyst",
    "target_roles": ["Data Analyst", "BI Analyst"],
    "education": ["BSc Mathematics, University of Texas at Austin, 2018"],
    "skills": [{"name": "SQL", "level": "advanced", "years": 4},
               {"name": "Tableau", "level": None, "years": None}],
    "certifications": [{
        "name": "Google Data Analytics Professional Certificate", "issuer": "Google", "issued": "2023-04",
        "expires": None, "credential_id": "ABC123", "url": "https://coursera.org/verify/ABC123",
        "status": "earned", "expected": None, "catalog_id": None}],
}


def test_put_then_get_round_trips(client, auth):
    response = client.put("/api/v1/profile", json=FULL, headers=auth)
    assert response.status_code == 200
    got = client.get("/api/v1/profile", headers=auth).get_json()
    assert set(got) == set(FULL)
    assert got["name"] == "Jane Doe" and got["links"] == FULL["links"]
    assert got["education"] == FULL["education"]
    assert [s["name"] for s in got["skills"]] == ["SQL", "Tableau"]
    cert = got["certifications"][0]
    assert cert["credential_id"] == "ABC123" and cert["issued"] == "2023-04"
    # what GET returns can be PUT back unchanged
    assert client.put("/api/v1/profile", json=got, headers=auth).status_code == 200


def test_nul_characters_and_lone_surrogates_are_cleaned_not_a_server_error(client, auth):
    # PostgreSQL refuses NUL in text and no database stores a lone surrogate; raw JSON so the
    # escapes reach the server exactly as a hostile client would send them
    body = ('{"name": "Ja\\u0000ne", "headline": "x\\ud921y", "target_roles": ["Data\\u0000 Analyst"],'
            ' "skills": [{"name": "SQL\\u0000"}, {"name": "SQL"}, {"name": "Py\\udc00thon"}]}')
    response = client.put("/api/v1/profile", data=body, content_type="application/json", headers=auth)
    assert response.status_code == 200, response.get_json()
    got = client.get("/api/v1/profile", headers=auth).get_json()
    assert got["name"] == "Jane" and got["headline"] == "x\ufffdy"
    assert got["target_roles"] == ["Data Analyst"]
    assert [s["name"] for s in got["skills"]] == ["SQL", "Py\ufffdthon"]


def test_omitted_keys_take_defaults(client, auth):
    got = client.put("/api/v1/profile", json={"name": "Solo"}, headers=auth).get_json()
    assert got["skills"] == [] and got["links"] == [] and got["email"] is None and got["headline"] == ""


@pytest.mark.parametrize("body, field", [
    ({"nickname": "x"}, "nickname"),
    ({"skills": [{"name": "SQL", "level": "guru"}]}, "skills[0].level"),
    ({"skills": [{"name": ""}]}, "skills[0].name"),
    ({"skills": [{"name": "SQL", "years": -1}]}, "skills[0].years"),
    ({"certifications": [{"name": "X", "issued": "2024-13"}]}, "certifications[0].issued"),
    ({"certifications": [{"name": "X", "issued": "2024-05", "expires": "2023-01"}]},
     "certifications[0].expires"),
    ({"certifications": [{"name": "X", "status": "maybe"}]}, "certifications[0].status"),
    ({"certifications": [{"name": "X", "url": "javascript:alert(1)"}]}, "certifications[0].url"),
    ({"email": "not-an-email"}, "email"),
    ({"skills": "SQL"}, "skills"),
])
def test_validation_names_the_field(client, auth, body, field):
    response = client.put("/api/v1/profile", json=body, headers=auth)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["message"]


def test_a_rejected_put_changes_nothing(client, auth):
    client.put("/api/v1/profile", json=FULL, headers=auth)
    before = client.get("/api/v1/profile", headers=auth).get_json()
    bad = {**FULL, "name": "Changed",
           "certifications": [{"name": "X", "issued": "2024-01", "expires": "2023-01"}]}
    assert client.put("/api/v1/profile", json=bad, headers=auth).status_code == 422
    assert client.get("/api/v1/profile", headers=auth).get_json() == before


def test_a_write_failing_midway_is_rolled_back(client, auth):
    from sqlalchemy import event

    from credstack.models import CertificationRow

    client.put("/api/v1/profile", json=FULL, headers=auth)
    before = client.get("/api/v1/profile", headers=auth).get_json()
    inserted = []

    def fail_on_second(_mapper, _connection, row):  # after old rows are deleted, new skills written
        inserted.append(row.name)
        if len(inserted) == 2:
            raise RuntimeError("disk full")

    event.listen(CertificationRow, "before_insert", fail_on_second)
    try:
        two = {**FULL, "name": "Changed", "skills": [{"name": "Go"}],
               "certifications": [{"name": "A"}, {"name": "B"}]}
        assert client.put("/api/v1/profile", json=two, headers=auth).status_code == 500
    finally:
        event.remove(CertificationRow, "before_insert", fail_on_second)
    assert inserted == ["A", "B"]
    assert client.get("/api/v1/profile", headers=auth).get_json() == before


def test_duplicate_skills_merge_first_wins(client, auth):
    body = {"skills": [{"name": "SQL", "level": None, "years": 4},
                       {"name": "sql", "level": "expert", "years": 1}]}
    got = client.put("/api/v1/profile", json=body, headers=auth).get_json()
    assert got["skills"] == [{"name": "SQL", "level": "expert", "years": 4}]


def test_skill_item_routes(client, auth):
    created = client.post("/api/v1/profile/skills", json={"name": "Python", "level": "expert"}, headers=auth)
    assert created.status_code == 201
    skill_id = created.get_json()["id"]
    assert client.post("/api/v1/profile/skills", json={"name": "python"}, headers=auth).status_code == 409
    edited = client.patch(f"/api/v1/profile/skills/{skill_id}", json={"years": 6}, headers=auth).get_json()
    assert edited["years"] == 6 and edited["level"] == "expert"
    assert [s["name"] for s in client.get("/api/v1/profile/skills", headers=auth).get_json()] == ["Python"]
    assert client.delete(f"/api/v1/profile/skills/{skill_id}", headers=auth).status_code == 204
    assert client.delete(f"/api/v1/profile/skills/{skill_id}", headers=auth).status_code == 404
    assert client.get("/api/v1/profile", headers=auth).get_json()["skills"] == []


def test_certification_item_routes(client, auth):
    body = {"name": "CompTIA Security+", "issuer": "CompTIA", "issued": "2024-02", "expires": "2027-02"}
    created = client.post("/api/v1/profile/certifications", json=body, headers=auth).get_json()
    cert_id = created["id"]
    assert created["status"] == "earned"
    patched = client.patch(f"/api/v1/profile/certifications/{cert_id}",
                           json={"credential_id": "COMP001"}, headers=auth).get_json()
    assert patched["credential_id"] == "COMP001" and patched["issuer"] == "CompTIA"
    bad = client.patch(f"/api/v1/profile/certifications/{cert_id}", json={"expires": "2020-01"}, headers=auth)
    assert bad.status_code == 422 and "expires" in bad.get_json()["error"]["message"]
    assert client.get("/api/v1/profile", headers=auth).get_json()["certifications"][0]["expires"] == "2027-02"
    assert client.delete(f"/api/v1/profile/certifications/{cert_id}", headers=auth).status_code == 204


def test_users_never_see_each_others_profile_items(client, auth, other_auth):
    client.put("/api/v1/profile", json=FULL, headers=auth)
    skill_id = client.get("/api/v1/profile/skills", headers=auth).get_json()[0]["id"]
    cert_id = client.get("/api/v1/profile/certifications", headers=auth).get_json()[0]["id"]
    assert client.get("/api/v1/profile", headers=other_auth).get_json()["skills"] == []
    for method, url, body in [
        ("PATCH", f"/api/v1/profile/skills/{skill_id}", {"years": 1}),
        ("DELETE", f"/api/v1/profile/skills/{skill_id}", None),
        ("PATCH", f"/api/v1/profile/certifications/{cert_id}", {"issuer": "x"}),
        ("DELETE", f"/api/v1/profile/certifications/{cert_id}", None),
    ]:
        assert client.open(url, method=method, json=body, headers=other_auth).status_code == 404
    assert client.get("/api/v1/profile", headers=auth).get_json()["skills"][0]["years"] == 4


def test_a_skill_keeps_the_users_words_and_is_matched_as_the_vocabulary_skill(client, auth):
    # the user walk-through's welder saw "MIG/TIG welding" saved as "Welding"
    body = {"skills": [{"name": "MIG welding", "years": 5}, {"name": "MIG/TIG  welding"}]}
    got = client.put("/api/v1/profile", json=body, headers=auth).get_json()
    assert [s["name"] for s in got["skills"]] == ["MIG welding"]  # one skill in two ways: the first kept
    client.put("/api/v1/profile", json={"skills": [{"name": "MIG/TIG welding", "years": 5}]}, headers=auth)
    assert client.get("/api/v1/profile", headers=auth).get_json()["skills"][0]["name"] == "MIG/TIG welding"
    text = "Welder\n\nRequirements:\n- Welding experience required\n- Forklift operation\n"
    gaps = client.post("/api/v1/analyze", json={"text": text}, headers=auth).get_json()["gaps"]["skills"]
    welding = next(g for g in gaps if g["name"] == "Welding")
    assert (welding["status"], welding["via"]) == ("have", "MIG/TIG welding")
    # another name for the same skill is the same entry; an unrelated one is added as written
    clash = client.post("/api/v1/profile/skills", json={"name": "TIG welding"}, headers=auth)
    assert clash.status_code == 409 and "MIG/TIG welding" in clash.get_json()["error"]["message"]
    assert client.post("/api/v1/profile/skills", json={"name": "Pipe fitting (copper)"}, headers=auth).status_code == 201


def test_words_naming_several_skills_or_none_link_to_none(app):
    from credstack.resources import Resources
    from credstack.skills import skill_named

    vocabulary = Resources.load(tagger=False).vocabulary
    assert skill_named("MIG/TIG welding", vocabulary).name == "Welding"
    assert skill_named("JS", vocabulary).name == "JavaScript"
    assert skill_named("Python and SQL", vocabulary) is None  # control: two skills are no one skill
    assert skill_named("Underwater basket weaving", vocabulary) is None
