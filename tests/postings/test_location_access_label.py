"""A Japanese nurse job site labels its place row "勤務地/アクセス" (place of work / access), the
place and the way there under one label (batch h27p-check): the row is the job's location, as
"勤務地" and "勤務地・交通" are. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><meta charset="utf-8"><title>看護師求人 | かんごナビ</title></head><body><main>
<h1>正看護師（常勤）／訪問看護ステーションみどり</h1>
<table>
<tr><th>職種</th><td>正看護師</td></tr>
<tr><th>雇用形態</th><td>常勤</td></tr>
<tr><th>{label}</th><td>埼玉県さいたま市見沼区</td></tr>
<tr><th>仕事内容</th><td>ご利用者様のご自宅を訪問し、健康状態の観察、服薬管理、医療処置、ご家族への助言を行っていただきます。</td></tr>
<tr><th>応募資格</th><td>正看護師免許をお持ちの方、普通自動車免許（AT限定可）をお持ちの方</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize("label", ["勤務地/アクセス", "勤務地・アクセス", "勤務地"])
def test_the_place_row_with_its_access(label):
    assert parse_posting(PAGE.format(label=label)).location == "埼玉県さいたま市見沼区"
