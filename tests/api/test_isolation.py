"""Every route of the spec that takes an id, called with user B's token on user A's ids -> 404,
and A's data unchanged afterwards."""

from __future__ import annotations

import re

A_PROFILE = {"name": "Alice", "skills": [{"name": "Rust", "years": 3}],
             "certifications": [{"name": "CKA", "issuer": "CNCF", "issued": "2024-01"}]}
BODIES = {"PATCH": {}, "PUT": {}, "POST": {}}  # empty bodies pass validation: only ownership can fail


def a_ids(client, auth) -> dict[str, int]:
    assert client.put("/api/v1/profile", json=A_PROFILE, headers=auth).status_code == 200
    saved = client.post("/api/v1/analyze", json={"text": "Requirements\n- Rust\n- Kubernetes", "save": True,
                                                 "url": "https://jobs.example.com/rust"}, headers=auth)
    return {
        "skill_id": client.get("/api/v1/profile/skills", headers=auth).get_json()[0]["id"],
        "cert_id": client.get("/api/v1/profile/certifications", headers=auth).get_json()[0]["id"],
        "posting_id": saved.get_json()["posting_id"],
        "token_id": client.get("/api/v1/me/tokens", headers=auth).get_json()["tokens"][0]["id"],
    }


def snapshot(client, auth) -> list:
    return [client.get(url, headers=auth).get_json() for url in
            ("/api/v1/profile", "/api/v1/profile/skills", "/api/v1/profile/certifications",
             "/api/v1/postings")]


def test_user_b_gets_404_on_every_id_route(client, auth, other_auth):
    ids = a_ids(client, auth)
    before = snapshot(client, auth)
    spec = client.get("/api/v1/openapi.json").get_json()
    walked = 0
    for path, operations in spec["paths"].items():
        params = re.findall(r"{(\w+)}", path)
        if not params or params == ["credential_id"]:
            continue  # the credential catalog is shared reference data, not anyone's rows
        assert set(params) <= set(ids), f"{path}: teach this test the id {set(params) - set(ids)}"
        url = path
        for name in params:
            url = url.replace("{" + name + "}", str(ids[name]))
        for method in operations:
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            body = BODIES.get(method.upper())
            response = client.open(url, method=method.upper(), json=body, headers=other_auth)
            assert response.status_code == 404, (method, url, response.status_code, response.data[:200])
            assert response.get_json()["error"]["code"] == 404
            walked += 1
    assert walked >= 6
    assert snapshot(client, auth) == before
