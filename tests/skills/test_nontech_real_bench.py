"""The real non-tech corpus's pure helpers (bench/nontech_real.py), on synthetic postings: offset
spans -> SkillSpan BIO rows, the deterministic plain text, the train/held split."""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import nontech_real  # noqa: E402

POSTING = "Care Assistant\n\nWe are a friendly home.\nAdminister medications; use Excel/Word daily.\nBLS required"


def _span(label: str, surface: str, after: int = 0) -> dict:
    return {"label": label, "text": surface, "start": POSTING.index(surface, after)}


def test_rows_carry_offsets_across_lines_and_skip_blank_ones():
    spans = [_span("S", "Administer medications"), _span("K", "Excel"), _span("K", "BLS")]
    rows = nontech_real.skillspan_rows(POSTING, spans, 7, "nursing")
    assert [r["tokens"][0] for r in rows] == ["Care", "We", "Administer", "BLS"]
    duties = rows[2]
    assert duties["idx"] == 7 and duties["source"] == "nursing"
    tagged = {t: (k, s) for t, k, s in zip(duties["tokens"], duties["tags_knowledge"], duties["tags_skill"], strict=True)}
    assert tagged["Administer"] == ("O", "B") and tagged["medications"] == ("O", "I")
    # "Excel/Word" is one word to the tagger: a span inside a word tags the whole word.
    assert tagged["Excel/Word"] == ("B", "O")
    assert tagged["daily"] == ("O", "O")
    assert rows[3]["tags_knowledge"] == ["B", "O"]
    assert all(t == "O" for r in rows[:2] for t in r["tags_knowledge"] + r["tags_skill"])


def test_adjacent_spans_each_begin_with_b():
    text = "Skills: Word Excel"
    spans = [{"label": "K", "text": "Word", "start": 8}, {"label": "K", "text": "Excel", "start": 13}]
    (row,) = nontech_real.skillspan_rows(text, spans, 0, "finance")
    assert row["tags_knowledge"] == ["O", "O", "B", "B"]


def test_check_spans_reports_a_shifted_offset():
    good = _span("K", "BLS")
    assert nontech_real.check_spans(POSTING, [good]) == []
    assert nontech_real.check_spans(POSTING, [{**good, "start": good["start"] + 1}])


def test_html_text_unescapes_twice_and_keeps_list_items_on_lines():
    markup = "&lt;p&gt;Duties&amp;amp;tasks&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Drive  vans&lt;/li&gt;&lt;li&gt;Load&lt;/li&gt;&lt;/ul&gt;"
    assert nontech_real.html_text(markup) == "Duties&tasks\n\n\u2022 Drive vans\n\u2022 Load"


def test_posting_text_reads_the_located_csv_row_and_a_json_ld_object():
    data = b'job_id,title,description\n1,Clerk,"Post invoices\r\nreconcile"\n2,Driver,Drive\n'
    assert nontech_real.posting_text(data, "csv:job_id=1") == "Clerk\n\nPost invoices\nreconcile"
    with pytest.raises(KeyError):
        nontech_real.posting_text(data, "csv:job_id=9")
    obj = json.dumps({"title": "Porter &amp; Driver", "description": "&lt;p&gt;Move beds&lt;/p&gt;"}).encode()
    assert nontech_real.posting_text(obj, "jsonld") == "Porter & Driver\n\nMove beds"


def test_split_halves_each_occupation():
    rows = [{"local-name": f"{occ}-{i:02d}", "occupation": occ} for occ in ("trades", "finance") for i in range(1, 5)]
    train = {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, "train")}
    held = {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, "held")}
    assert not train & held and len(train | held) == 8
    assert sum(n.startswith("trades") for n in train) == 2 == sum(n.startswith("finance") for n in held)


def test_a_later_batch_is_held_out_and_leaves_the_first_batch_split_as_it_was():
    first = [{"local-name": f"trades-{i:02d}", "occupation": "trades", "batch": "1"} for i in range(1, 5)]
    later = [{"local-name": f"trades-{i:02d}", "occupation": "trades", "batch": "2"} for i in range(5, 8)]
    rows = first + later

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert names("train") == {r["local-name"] for r in first if nontech_real.in_split(r["local-name"], first, "train")}
    assert names("held-new") == {"trades-05", "trades-06", "trades-07"}
    assert names("held-old") == {"trades-02", "trades-04"}
    assert names("held") == names("held-old") | names("held-new")
    assert not names("train") & names("held")


def test_an_occupation_the_first_batch_lacks_is_held_out_on_its_own():
    first = [{"local-name": f"trades-{i:02d}", "occupation": "trades", "batch": "1"} for i in range(1, 5)]
    later = [{"local-name": "trades-05", "occupation": "trades", "batch": "2"}]
    unseen = [{"local-name": f"legal-{i:02d}", "occupation": "legal", "batch": "3"} for i in range(1, 3)]
    rows = first + later + unseen

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert names("held-occ") == {"legal-01", "legal-02"}
    assert not names("held-occ") & (names("train") | names("held") | names("held-new") | names("held-old"))
    assert names("held") == {"trades-02", "trades-04", "trades-05"}
    assert names("all") == {r["local-name"] for r in rows}


def test_posting_text_reads_the_adzuna_columns():
    data = b'Id,Title,FullDescription\n7,Chef,"Cook fresh food"\n'
    assert nontech_real.posting_text(data, "csv:Id=7") == "Chef\n\nCook fresh food"


def test_posting_text_reads_nyc_jobs_sections_under_their_column_names_with_mangled_characters_put_back():
    mangled = "\u00e2\u20ac\u00a2 Repair boilers \u00e2\u20ac\u0153A-35\u00e2\u20ac\u009d"  # • and “ ” read as cp1252
    data = ('Job ID,Business Title,Job Description,Minimum Qual Requirements,Preferred Skills,Additional Information\n'
            f'5,Maintenance Worker,"{mangled}",,"CDL Driver\u00e2\u20ac\u2122s License; caf\u00e9",x\n').encode()
    assert nontech_real.posting_text(data, "csv:Job ID=5") == (
        "Maintenance Worker\n\nJob Description\n\u2022 Repair boilers \u201cA-35\u201d\n\n"
        "Preferred Skills\nCDL Driver\u2019s License; caf\u00e9\n\nAdditional Information\nx")


def test_each_batch_of_unseen_occupations_keeps_its_own_split_past_batches_of_other_languages():
    first = [{"local-name": f"trades-{i:02d}", "occupation": "trades", "batch": "1"} for i in range(1, 3)]
    third = [{"local-name": "legal-01", "occupation": "legal", "batch": "3"}]
    fourth = [{"local-name": "dental-01", "occupation": "dental", "batch": "4"}]
    other_language = [{"local-name": "lang-fr-01", "occupation": "hr", "batch": "5", "language": "fr"}]
    seventh = [{"local-name": f"aviation-{i:02d}", "occupation": "aviation", "batch": "7", "language": "en"}
               for i in range(1, 3)]
    rows = first + third + fourth + other_language + seventh

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert names("held-occ") == {"legal-01"}
    assert names("held-occ2") == {"dental-01"}
    assert names("held-occ3") == {"aviation-01", "aviation-02"}
    assert names("held-lang") == {"lang-fr-01"}
    assert not names("held-occ3") & (names("held") | names("train") | names("held-occ") | names("held-occ2"))


def test_a_posting_in_another_language_inside_a_batch_of_new_occupations_is_scored_with_its_batch():
    first = [{"local-name": f"trades-{i:02d}", "occupation": "trades", "batch": "1"} for i in range(1, 3)]
    third = [{"local-name": "legal-01", "occupation": "legal", "batch": "3"}]
    languages = [{"local-name": "lang-fr-01", "occupation": "hr", "batch": "5", "language": "fr"},
                 {"local-name": "lang-it-04", "occupation": "payroll", "batch": "6", "language": "it"}]
    eighth = [{"local-name": "banking-01", "occupation": "banking", "batch": "8", "language": "en"},
              {"local-name": "banking-02", "occupation": "banking", "batch": "8", "language": "it"},
              {"local-name": "agriculture-01", "occupation": "agriculture", "batch": "8", "language": "es"}]
    rows = first + third + languages + eighth

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert names("held-occ2") == {"banking-01", "banking-02", "agriculture-01"}
    assert names("held-lang") == {"lang-fr-01"}
    assert names("held-lang2") == {"lang-it-04"}
    assert not names("held-occ2") & (names("held") | names("train") | names("held-occ") | names("held-lang"))


def _training_rows() -> list[dict]:
    first = [{"local-name": f"trades-{i:02d}", "occupation": "trades", "batch": "1", "language": "en"}
             for i in range(1, 5)]
    unseen = [{"local-name": "legal-01", "occupation": "legal", "batch": "3", "language": "en"}]
    training = [{"local-name": "software-b10-01", "occupation": "software", "batch": "10", "language": "en"},
                {"local-name": "trades-b10-01", "occupation": "trades", "batch": "10", "language": "en"},
                {"local-name": "data-b11-01", "occupation": "data", "batch": "11", "language": "en"}]
    return first + unseen + training


def test_a_training_batch_is_in_train_tech_only_whatever_its_occupation():
    rows = _training_rows()

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    training = {"software-b10-01", "trades-b10-01", "data-b11-01"}
    assert names("train-tech") == training and training <= names("all")
    held = ["train", "held", "held-old", "held-new", "held-occ", "held-occ2", "held-occ3", "held-lang", "held-lang2"]
    for split in held:
        assert not names(split) & training, split
    assert names("held-occ") == {"legal-01"}
    assert names("train") == {"trades-01", "trades-03"}  # what the shipped tagger was trained on


def test_a_training_batch_does_not_shift_the_numbering_of_unseen_occupation_batches():
    rows = _training_rows() + [{"local-name": "dental-01", "occupation": "dental", "batch": "12", "language": "en"}]
    assert nontech_real.occupation_batches(rows) == [3, 12]
    assert nontech_real.in_split("dental-01", rows, "held-occ2")
    assert not nontech_real.in_split("dental-01", rows, "train")


def test_jsonl_keeps_training_batches_and_still_drops_unseen_occupations_and_other_languages():
    rows = _training_rows() + [{"local-name": "hr-b10-02", "occupation": "hr", "batch": "10", "language": "fr"}]
    dropped = {r["local-name"] for r in rows if nontech_real.never_trains(r, rows)}
    assert dropped == {"legal-01", "hr-b10-02"}


def test_jsonl_split_train_tech_writes_the_training_batches_and_train_the_first_batch_half(tmp_path, monkeypatch):
    rows = _training_rows()
    head = ["repo", "commit", "path", "locator", "local-name", "occupation", "sha256", "batch", "language"]
    manifest = tmp_path / "MANIFEST.tsv"
    manifest.write_text("\n".join(["\t".join(head)] + ["\t".join(["o/r", "c", "p", "csv:id=1", r["local-name"],
                        r["occupation"], "", r["batch"], r["language"]]) for r in rows]) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    labels = {}
    for r in rows:
        (cache / f"{r['local-name']}.txt").write_text("Title\n\nUse Python daily", encoding="utf-8")
        labels[r["local-name"]] = [{"label": "K", "text": "Python", "start": 11}]
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    monkeypatch.setattr(nontech_real, "MANIFEST", manifest)
    monkeypatch.setattr(nontech_real, "LABELS", tmp_path / "labels.json")
    monkeypatch.setattr(nontech_real, "CACHE", cache)
    out = tmp_path / "train.jsonl"
    monkeypatch.setattr(sys, "argv", ["nontech_real.py", "--jsonl", str(out), "--split", "train-tech"])
    assert nontech_real.main() == 0
    rows_out = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted({(r["idx"], r["source"]) for r in rows_out}) == [(0, "software"), (1, "trades"), (2, "data")]
    monkeypatch.setattr(sys, "argv", ["nontech_real.py", "--jsonl", str(out), "--split", "train"])
    assert nontech_real.main() == 0
    rows_out = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted({(r["idx"], r["source"]) for r in rows_out}) == [(0, "trades"), (1, "trades")]


def test_posting_text_reads_a_json_object_at_dotted_paths_and_a_csv_body_column():
    obj = {"Posting": {"Info": {"Title": "Linux Specialist", "Purpose": "<p>Run Postgres</p><ul><li>BGP</li></ul>"}}}
    data = "\ufeff".encode() + json.dumps(obj).encode()
    assert nontech_real.posting_text(data, "jsonpath:Posting.Info.Title;Posting.Info.Purpose") == (
        "Linux Specialist\n\nRun Postgres\n\n\u2022 BGP")
    assert nontech_real.posting_text(data, "jsonpath:Posting.Info.Title;Posting.Missing") == "Linux Specialist"
    data = b'job_posting,title,body\na.html,Data Scientist,"Data Scientist\nUse SQL"\n'
    assert nontech_real.posting_text(data, "csv:job_posting=a.html") == "Data Scientist\n\nData Scientist\nUse SQL"


def test_posting_text_reads_a_job_board_dump_keyed_by_url_with_job_title_and_job_description():
    data = json.dumps([{"url": "https://x/1?a=b", "job_title": "Analyst", "job_description": "Use Excel\nReport"}]).encode()
    assert nontech_real.posting_text(data, "json:url=https://x/1?a=b") == "Analyst\n\nUse Excel\nReport"


def test_train_occ_holds_the_learnt_held_occ_splits_and_train_occ2_the_occupation_training_batches(monkeypatch):
    rows = _training_rows() + [
        {"local-name": "porter-b16-01", "occupation": "portering", "batch": "16", "language": "en"},
        {"local-name": "dental-01", "occupation": "dental", "batch": "12", "language": "en"},
        {"local-name": "legal-fr-01", "occupation": "legal", "batch": "3", "language": "fr"}]
    monkeypatch.setattr(nontech_real, "OCC_TRAIN_BATCHES", {16})
    monkeypatch.setattr(nontech_real, "TAGGER_OCCUPATION_SPLITS", ("held-occ",))

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert names("train-occ") >= {"legal-01"} and names("train-occ2") == {"porter-b16-01"}
    assert "dental-01" in names("held-occ2") and "dental-01" not in names("train-occ")  # a later batch stays held out
    for split in ["train", "train-tech", "train-occ", "held", "held-occ", "held-occ2", "held-lang"]:
        assert "porter-b16-01" not in names(split), split
    written = {r["local-name"] for r in rows
               if r["local-name"] in names("train-occ") and not nontech_real.never_trains(r, rows, "train-occ")}
    assert written == {"legal-01"}  # English only: the tagger reads English alone
    assert nontech_real.occupation_batches(rows) == [3, 12]  # a training batch numbers no held-occ split


def test_train_occ3_holds_the_studied_held_occ_splits_and_the_training_batches_never_the_never_looked_at_ones():
    rows = nontech_real.manifest()  # the committed manifest (names and hashes only, no posting text)

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    learnt = names("train-occ3")
    assert names("held-occ7") | names("held-occ39") | names("train-occ2") <= learnt
    for split in [*nontech_real.NEVER_LOOKED_SPLITS, "held", "held-occ40", "held-occ42", "held-lang3", "train-occ",
                  "train", "train-tech"]:
        assert not names(split) & learnt, split
    written = {r["local-name"] for r in rows
               if r["local-name"] in learnt and not nontech_real.never_trains(r, rows, "train-occ3")}
    assert len(written) == 518 and all(r["language"] == "en" for r in rows if r["local-name"] in written)


def test_train_occ4_adds_the_studied_held_occ40_to_held_occ60_and_leaves_the_latest_and_never_looked_at_out():
    rows = nontech_real.manifest()

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    learnt = names("train-occ4")
    assert names("train-occ3") | names("held-occ40") | names("held-occ60") <= learnt
    for split in [*nontech_real.NEVER_LOOKED_SPLITS, "held", "held-occ61", "held-occ64", "held-occ65", "held-occ67",
                  "held-occ68", "held-occ70", "held-occ73", "held-occ76", "held-occ79", "held-lang4", "train-occ", "train", "train-tech"]:
        assert not names(split) & learnt, split
    written = {r["local-name"] for r in rows
               if r["local-name"] in learnt and not nontech_real.never_trains(r, rows, "train-occ4")}
    assert len(written) == 854 and all(r["language"] == "en" for r in rows if r["local-name"] in written)


def test_a_held_out_batch_after_an_occupation_training_batch_takes_the_next_held_occ_number(monkeypatch):
    rows = _training_rows() + [
        {"local-name": "porter-b16-01", "occupation": "portering", "batch": "16", "language": "en"},
        {"local-name": "dental-01", "occupation": "dental", "batch": "12", "language": "en"},
        {"local-name": "tax-01", "occupation": "tax", "batch": "18", "language": "en"}]
    monkeypatch.setattr(nontech_real, "OCC_TRAIN_BATCHES", {16})
    monkeypatch.setattr(nontech_real, "TAGGER_OCCUPATION_SPLITS", ("held-occ",))

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert nontech_real.occupation_batches(rows) == [3, 12, 18]
    assert names("held-occ3") == {"tax-01"}  # the training batch between them numbers no split
    others = ["train", "train-tech", "train-occ", "train-occ2", "held", "held-new", "held-occ", "held-occ2", "held-lang"]
    assert all("tax-01" not in names(split) for split in others) and "tax-01" in names("all")
    row = next(r for r in rows if r["local-name"] == "tax-01")
    assert all(nontech_real.never_trains(row, rows, split) for split in ["train", "train-tech", "held", "all"])


def test_the_nineteenth_batch_is_held_occ11_alone_and_the_command_line_accepts_that_split(monkeypatch, tmp_path, capsys):
    rows = nontech_real.manifest()  # the committed manifest (names and hashes only, no posting text)
    batch = [r for r in rows if r["batch"] == "19"]
    assert len(batch) == 16 and {r["language"] for r in batch} == {"en"}
    earlier = {r["occupation"] for r in rows if int(r["batch"]) < 19}
    assert not {r["occupation"] for r in batch} & earlier  # occupations no earlier batch has
    assert {nontech_real.occupation_split(r, rows) for r in batch} == {"held-occ11"}
    assert {nontech_real.occupation_split(r, rows) for r in rows if r["batch"] == "18"} == {"held-occ10"}
    others = ["train", "train-tech", "train-occ", "train-occ2", "held", "held-old", "held-new", "held-occ",
              *(f"held-occ{n}" for n in range(2, 11)), "held-lang", "held-lang2"]
    for row in batch:
        name = row["local-name"]
        assert nontech_real.in_split(name, rows, "held-occ11") and nontech_real.in_split(name, rows, "all")
        assert not any(nontech_real.in_split(name, rows, split) for split in others), name
        assert all(nontech_real.never_trains(row, rows, split) for split in ["train", "train-tech", "held", "all"])
    monkeypatch.setattr(nontech_real, "CACHE", tmp_path / "no-cache")  # scores nothing: only the choice is checked
    monkeypatch.setattr(sys, "argv", ["nontech_real.py", "--split", "held-occ11"])
    assert nontech_real.main() == 0 and "no cached, labelled postings" in capsys.readouterr().out


@pytest.mark.parametrize("batch_no, number", [(20, 12), (21, 13), (22, 14), (23, 15), (24, 16), (25, 17), (27, 19), (28, 20)])
def test_a_batch_of_eight_new_occupations_is_its_own_held_occ_split_and_the_command_line_accepts_it(
        monkeypatch, tmp_path, capsys, batch_no, number):
    split, before = f"held-occ{number}", f"held-occ{number - 1}"
    rows = nontech_real.manifest()  # the committed manifest (names and hashes only, no posting text)
    batch = [r for r in rows if r["batch"] == str(batch_no)]
    assert len(batch) == 16 and {r["language"] for r in batch} == {"en"}
    occupations = collections.Counter(r["occupation"] for r in batch)
    assert len(occupations) == 8 and set(occupations.values()) == {2}
    earlier = {r["occupation"] for r in rows if int(r["batch"]) < batch_no}
    assert not set(occupations) & earlier  # occupations no earlier batch has
    earlier_postings = {(r["repo"], r["path"], r["locator"]) for r in rows if int(r["batch"]) < batch_no}
    assert not {(r["repo"], r["path"], r["locator"]) for r in batch} & earlier_postings  # no posting twice
    assert {nontech_real.occupation_split(r, rows) for r in batch} == {split}
    assert {nontech_real.occupation_split(r, rows) for r in rows if r["batch"] == str(batch_no - 1)} == {before}
    others = ["train", "train-tech", "train-occ", "train-occ2", "held", "held-old", "held-new", "held-occ",
              *(f"held-occ{n}" for n in range(2, number)), "held-lang", "held-lang2"]
    for row in batch:
        name = row["local-name"]
        assert nontech_real.in_split(name, rows, split) and nontech_real.in_split(name, rows, "all")
        assert not any(nontech_real.in_split(name, rows, other) for other in others), name
        assert all(nontech_real.never_trains(row, rows, s) for s in ["train", "train-tech", "held", "all"])
    assert not any(nontech_real.in_split(r["local-name"], rows, split) for r in rows if r["batch"] != str(batch_no))
    monkeypatch.setattr(nontech_real, "CACHE", tmp_path / "no-cache")  # scores nothing: only the choice is checked
    monkeypatch.setattr(sys, "argv", ["nontech_real.py", "--split", split])
    assert nontech_real.main() == 0 and "no cached, labelled postings" in capsys.readouterr().out


def test_a_later_batch_in_other_languages_alone_takes_the_next_held_lang_number_past_batches_of_occupations():
    first = [{"local-name": "trades-01", "occupation": "trades", "batch": "1"}]
    languages = [{"local-name": "lang-fr-01", "occupation": "hr", "batch": "5", "language": "fr"},
                 {"local-name": "lang-it-04", "occupation": "payroll", "batch": "6", "language": "it"}]
    eighth = [{"local-name": "banking-01", "occupation": "banking", "batch": "8", "language": "en"},
              {"local-name": "banking-02", "occupation": "banking", "batch": "8", "language": "it"}]
    later = [{"local-name": "lang-de-06", "occupation": "trades", "batch": "29", "language": "de"},
             {"local-name": "lang-pt-06", "occupation": "food", "batch": "29", "language": "pt"}]
    rows = first + languages + eighth + later

    def names(split):
        return {r["local-name"] for r in rows if nontech_real.in_split(r["local-name"], rows, split)}

    assert names("held-lang") == {"lang-fr-01"}
    assert names("held-lang2") == {"lang-it-04"}
    assert names("held-lang3") == {"lang-de-06", "lang-pt-06"}  # not held-lang25, the batch number minus 4
    assert names("held-occ") == {"banking-01", "banking-02"}
    assert not names("held-lang3") & (names("held") | names("train") | names("held-occ"))


def test_batch_30_of_the_committed_manifest_is_held_lang3_in_five_languages_and_no_other_split():
    rows = nontech_real.manifest()
    batch = [r for r in rows if r["batch"] == "30"]
    assert len(batch) >= 12 and {r["language"] for r in batch} == {"fr", "de", "es", "it", "pt"}
    earlier = {(r["repo"], r["path"], r["locator"]) for r in rows if int(r["batch"]) < 30}
    assert not {(r["repo"], r["path"], r["locator"]) for r in batch} & earlier  # no posting twice
    others = ["train", "train-tech", "train-occ", "train-occ2", "held", "held-occ", "held-occ2", "held-occ21",
              "held-lang", "held-lang2"]
    for row in batch:
        name = row["local-name"]
        assert nontech_real.in_split(name, rows, "held-lang3") and nontech_real.never_trains(row, rows, "train")
        assert not any(nontech_real.in_split(name, rows, other) for other in others), name
    assert not any(nontech_real.in_split(r["local-name"], rows, "held-lang3") for r in rows if r["batch"] != "30")


def test_posting_text_reads_a_page_of_one_offer_and_an_object_of_a_script_array():
    page = b"<html><body><?php include 'x.php'; ?><table><tr><td>Poste</td>\n<td>agent</td></tr></table></body></html>"
    assert nontech_real.posting_text(page, "html") == "Poste\nagent"
    script = (b'(function ($) {\n $.vagas = [\n  {"titulo": "Auxiliar", "descricao": "Lavar\\nCortar",},\n'
              b'  {"titulo": "Outro", "descricao": "x",},\n ];\n})(jQuery);')
    assert nontech_real.posting_text(script, "jsarray:titulo=Auxiliar") == "Auxiliar\n\nLavar\nCortar"
    with pytest.raises(KeyError):
        nontech_real.posting_text(script, "jsarray:titulo=Nada")


def test_batch_31_of_the_committed_manifest_is_held_occ22_and_no_other_split():
    rows = nontech_real.manifest()
    batch = [r for r in rows if r["batch"] == "31"]
    assert len(batch) >= 7 and {r["language"] for r in batch} == {"en"}
    earlier = {(r["repo"], r["path"], r["locator"]) for r in rows if int(r["batch"]) < 31}
    assert not {(r["repo"], r["path"], r["locator"]) for r in batch} & earlier  # no posting twice
    seen = {r["occupation"] for r in rows if int(r["batch"]) < 31}
    assert not {r["occupation"] for r in batch} & seen  # occupations no earlier batch has
    others = ["train", "train-tech", "train-occ", "train-occ2", "held", "held-occ", "held-occ21", "held-lang",
              "held-lang3"]
    for row in batch:
        name = row["local-name"]
        assert nontech_real.in_split(name, rows, "held-occ22") and nontech_real.never_trains(row, rows, "train")
        assert not any(nontech_real.in_split(name, rows, other) for other in others), name
    assert not any(nontech_real.in_split(r["local-name"], rows, "held-occ22") for r in rows if r["batch"] != "31")
    labels = json.loads(nontech_real.LABELS.read_text("utf-8"))
    assert all(labels[row["local-name"]] for row in batch)  # labelled, every one


def _assert_new_occupation_batch(batch_no: str, split: str, others: list[str]) -> None:
    """A batch of 16 English postings, two each of occupations no earlier batch has (batch 41: one each of
    four more, where a source held only one; batch 42: one each of fourteen, a second internal audit post; batch 43:
    one each of sixteen; batch 44: one each of sixteen, one of them an advert that asks nothing; batch 45 and 46: one each of sixteen;
    batch 47: one each of fourteen, two near-copies of earlier adverts left out;
    batch 48 to 70: one each of sixteen; batch 71 to 76 and 78 to 83: one each of fifteen; batch 77 and 84: one each of fourteen; batch 85 and 86: one each of thirteen; batch 87 to 90, 92 to 97 and 98: one each of twelve; batch 91: one each of eleven, a posting another source had given an earlier batch left out; batch 99: one each of eight, a federal job board's saved announcement pages; batch 100: one each of six, what the UK Adzuna dump still held of occupations new to the bench; batch 101: one each of six, five NHS adverts and one more USAJOBS page; batch 102: one each of eleven, LinkedIn postings the bench had not used, two whose text an earlier batch already held left out; batch 103: one each of twelve, a UK staffing agency's job pages as its site's templates hold them; batch 104 and 105: one each of twelve, a 2013 US job board's design, web, support and lead postings kept as Markdown; batch 106 and 107: one each of twelve, what the UK Adzuna dump still held of machining, finance, sales, engineering and service occupations new to the bench; batch 108: one each of ten, LinkedIn postings the bench had not used, two whose text an earlier batch already held left out; batch 109: one each of twelve, more of them; batch 110 and 111: one each of twelve, NHS adverts of non-clinical occupations new to the bench; batch 112: one each of eight, more LinkedIn postings the bench had not used, four whose text an earlier batch already held left out; batch 113: one each of twelve, what the UK Adzuna dump still held of consulting, engineering, service and hospitality occupations new to the bench; batch 114: one each of twelve, NHS adverts of clinical and non-clinical occupations new to the bench; batch 115: one each of twelve, what the UK Adzuna dump held of health and social care occupations new to the bench; batch 116 and 117: one each of twelve, more of each; batch 118 and 119: one each of twelve, more LinkedIn postings the bench had not used and more NHS adverts; batch 120 and 121: one each of twelve, more LinkedIn postings and what the UK Adzuna dump still held of hospitality, care and engineering occupations new to the bench; batch 122 and 123: one each of twelve, more LinkedIn postings and NHS adverts; batch 124 and 125: one each of twelve, what the UK Adzuna dump still held of engineering, finance, sales, hospitality and IT occupations new to the bench, and more LinkedIn postings; batch 126 and 127: one each of twelve, more NHS adverts, one of them asking nothing, and more of the Adzuna dump's health and social care adverts; batch 128 and 129: one each of twelve, more LinkedIn postings and more of those adverts; batch 130 and 131: one each of twelve, more LinkedIn postings and more NHS adverts; batch 132 and 133: one each of twelve, more of each; batch 134 and 135: one each of twelve, more of each; batch 136 and 137: one each of twelve, more of the Adzuna dump's health and social care adverts and more NHS adverts; batch 138 and 139: one each of twelve, more LinkedIn postings and NHS adverts; batch 140 and 141: one each of twelve, more LinkedIn postings, shorter and longer ones, and more NHS adverts, one of them asking nothing; batch 142 and 143: one each of twelve, more of those LinkedIn postings and more of the Adzuna dump's health and social care adverts; batch 144 and 145: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 146 and 147: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 148 and 149: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 150 and 151: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 152 and 153: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 154 and 155: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 156 and 157: one each of twelve, more of those LinkedIn postings and more NHS adverts; batch 158 and 159: one each of twelve, more LinkedIn postings and NHS adverts; batch 160 and 161: one each of twelve, more LinkedIn postings and NHS adverts; batch 162 and 163: one each of twelve, what the UK Adzuna dump still held of engineering, IT, sales, hospitality and finance occupations new to the bench, and more of its health and social care adverts; batch 164 and 165: one each of twelve, more LinkedIn postings and NHS adverts; batch 166 and 167: one each of twelve, NHS Jobs adverts: a specialist liaison practitioner, a renal outpatients sister, an eating disorders consultant and 9 more; LinkedIn US: a product validation engineer, a freight forwarder's sales executive, a full-stack Azure developer and 9 more; batch 168 and 169: one each of twelve, UK Adzuna 2013, health and social care: a renal dialysis nurse, a learning disability social worker, a substance misuse nurse and 9 more; LinkedIn US: a construction firm's staff accountant, a bearing maker's manufacturing engineer, an SRE/DevOps support engineer and 9 more; batch 170 and 171: one each of twelve, NHS Jobs adverts: a cardiac catheter lab's lead radiographer, a waiting list clerical officer, an ADHD clinical nurse specialist and 9 more; LinkedIn US: an insurer's senior developer, a data engineer, a wellness brand's marketing manager and 9 more; batch 172 and 173: one each of twelve, NHS adverts, then LinkedIn US postings; batch 174 and 175: one each of twelve, UK Adzuna health and social care adverts, then LinkedIn US postings; batch 176 and 177: one each of twelve, NHS adverts, then LinkedIn US postings; batch 178 and 179: one each of twelve, UK Adzuna health and social care adverts, then NHS adverts; batch 180 and 181: one each of twelve, NHS adverts, then LinkedIn US postings; batch 182 and 183: one each of twelve, twelve NHS Jobs adverts (an ODP scrub practitioner, a lead nurse for bowel screening, a rotational pharmacy technician, 93 spans; batch 184 and 185: one each of twelve, twelve NHS Jobs adverts (a highly specialised cardiac physiologist, a lead theatre practitioner, a prison pharmacy technician; 149 spans; batch 186 and 187: one each of twelve, twelve NHS Jobs adverts (an NHS 111 clinical advisor, a looked after children's nurse, a consultant in medicine for older people; 131 spans; batch 188 and 189: one each of twelve, twelve NHS Jobs adverts (a domestic cleaner, a student pharmacy technician, a senior HR advisor, a staff nurse advert that asks nothing; 150 spans) and twelve more: eight of the last LinkedIn US postings left (account executives, a head of sales, a software engineer) and four UK Adzuna 2013 engineer adverts (electrical/ICA, composite stress, process, quality; 339 spans)) and twelve UK Adzuna 2013 adverts outside health (a key account manager, a senior Java engineer, a mechanical design engineer, commis chefs; 230 spans)) and twelve UK Adzuna 2013 hospitality adverts (chefs de partie, sous chefs, restaurant managers; 61 spans)) and twelve UK Adzuna 2013 health and social care adverts (an adult social worker, a dental nurse, night nurses, 147 spans)); batch 190 and 191: one each of twelve, twelve NHS Jobs adverts (a clinical psychologist, a consultant forensic psychiatrist, a children's wellbeing practitioner, a recruitment open day that asks nothing; 121 spans) and twelve NYC Jobs postings, New York City's civil service, the first of that source (a heating maintenance worker, a plumber's helper, an associate chemist, a WAN administrator, a contract analyst; 433 spans); batch 192 and 193: one each of twelve, twelve NHS Jobs adverts (a delivery manager, a continuity midwife, a CT radiographer, a psychiatric intensive care ward manager; 112 spans) and twelve UK Adzuna 2013 health and social care adverts (an adult IV specialist nurse, care home managers, a senior RMN for a secure hospital; 181 spans); batch 194 and 195: one each of twelve, twelve NHS Jobs adverts (a CAMHS consultant psychiatrist, a lead superintendent radiographer, a district nursing team leader, a nursing associate; 144 spans; a duty manager advert whose text an earlier batch held replaced by a staff nurse advert) and twelve UK Adzuna 2013 adverts outside health (chefs, a restaurant assistant manager, software engineers, a stress engineer, an IT recruitment consultant; 182 spans); batch 196 and 197: one each of twelve, twelve NHS Jobs adverts (a clinical lecturer in orthodontics, an improvement lead, a discharge coordinator, a senior rapid response nurse; 148 spans) and twelve UK Adzuna 2013 health and social care adverts (adult social workers, home managers, home care assistants, a live-in care worker; 175 spans); batch 198 and 199: one each of twelve, twelve NHS Jobs adverts (a discharge nurse, a consultant psychiatrist in learning disabilities, a senior corporate administrator, a rotational clinical fellow advert that asks nothing; 118 spans) and twelve UK Adzuna 2013 adverts outside health (ASP.NET, Java, PHP, C# and .NET developers, a principal mechanical engineer, chefs and restaurant managers; 249 spans); batch 200 and 201: one each of twelve, twelve NHS Jobs adverts (a COVID testing unit healthcare assistant, a hospice at home nurse, a project administrator, a clinical counselling psychologist; 123 spans) and twelve UK Adzuna 2013 health and social care adverts, none a near-copy of an earlier batch's (home managers, night RGNs, a children's home manager, a quality manager for nursing homes; 154 spans); batch 202 and 203: one each of twelve, twelve NHS Jobs adverts (a specialty doctor in child and adolescent psychiatry, a site director of estates, a rotational specialist clinical pharmacist, an IT project support officer; 159 spans) and twelve UK Adzuna 2013 adverts outside health (chefs de partie, sous chefs, a pastry demi chef de partie, a junior QA test engineer; 98 spans); batch 204 and 205: one each of twelve, twelve NHS Jobs adverts (a specialist clinical psychologist, a paediatric lead dietitian, a lead paramedic for learning and development, a newly qualified nurse; 184 spans) and twelve UK Adzuna 2013 health and social care adverts (an RGN/RMN deputy manager, a domiciliary care registered manager, an ODP in anaesthetics and recovery, a home care assistant; 193 spans); batch 206 and 207: one each of twelve, twelve NHS Jobs adverts (a pre-operative assessment practitioner, a regional rehabilitation unit consultant, a mental health clinical lead in a prison, a CT lead radiographer; 162 spans) and twelve UK Adzuna 2013 adverts (six hospitality: chefs de partie, a sous chef, a junior sous chef; six health and social care: a governance manager, nursing home managers, night carers, a qualified social worker; 148 spans); batch 208 and 209: one each of twelve, twelve NHS Jobs adverts (a biomedical scientist, a consultant in gastroenterology, ward managers, a primary care administrator, a nursing assistant advert that asks nothing; 114 spans) and twelve UK Adzuna 2013 health and social care adverts (nursing home managers, a regional general manager for nursing homes, an RNLD/RMN, a supported living project manager; 189 spans); batch 210 and 211: one each of twelve, twelve NHS Jobs adverts (a consultant dermatopathologist, a community children's nursing deputy, a sexual health healthcare assistant in a prison, a PCN pharmacy technician; 152 spans) and twelve UK Adzuna 2013 adverts (six hospitality: chefs de partie, a relief chef de partie; six health and social care: a children's home manager, an early years lead practitioner, a senior support worker; 87 spans); batch 212 and 213: one each of twelve, twelve NHS Jobs adverts (a CBT therapist, a business manager for an NHS race and health observatory, a contract performance and quality coordinator, a receptionist clerical officer; 146 spans) and twelve UK Adzuna 2013 adverts (six outside health: chefs de partie, a pastry chef, a senior ASP.NET developer; six health and social care: a deputy manager for dementia care, a unit manager RMN, a qualified social worker; 149 spans); batch 214 and 215: one each of twelve, twelve NHS Jobs adverts (a systematic reviewer and assistant managing editor, a lead nurse for inherited cardiac conditions, a speech and language therapist, a complex behavioural health practitioner; 164 spans) and twelve UK Adzuna 2013 adverts (six outside health: German-speaking technical support representatives, chefs de partie; six health and social care: a specialist dementia nurse, deputy managers, a project manager; 180 spans); batch 216 and 217: one each of twelve, twelve NHS Jobs adverts (a consultant in gastroenterology, an MSK fellow, a finance business partner, a young person's apprentice, a consultant radiologist advert that asks nothing; 126 spans) and twelve UK Adzuna 2013 adverts (six outside health: sous chefs, chefs de partie, a .NET web developer; six health and social care: a clinical lead, residential support workers, a care assistant; 189 spans); batch 218 and 219: one each of twelve, twelve NHS Jobs adverts (a consultant in emergency medicine, a prison paramedic, a pharmacy support worker, a theatre scrub practitioner; 191 spans) and twelve UK Adzuna 2013 adverts (six outside health: chefs de partie, a restaurant manager, a project manager; six health and social care: a home manager, a supervising social worker, a domiciliary care administrator; 150 spans); batch 220 and 221: one each of twelve, twelve NHS Jobs adverts (a clinical audit data clerk, a consultant in old age psychiatry, a higher medical laboratory assistant, a practice development nurse; 184 spans) and twelve UK Adzuna 2013 adverts (six hospitality: chefs de partie, a demi chef de partie, a sous chef; six health and social care: a rota care coordinator, a domiciliary care registered manager, an angiography staff nurse; 132 spans); batch 222 and 223: one each of twelve, twelve NHS Jobs adverts (a bank senior radiographer, a stroke rehabilitation dietitian, a trust services partner, a rapid response sister, a charge nurse advert that asks nothing; 144 spans) and twelve UK Adzuna 2013 adverts (four hospitality, the last adverts outside health the dump held within the bench's length and near-copy rules: chefs de partie, a pastry chef de partie; eight health and social care: home managers, a deputy clinic manager, a theatre sister, support workers; 144 spans); batch 224 and 225: one each of twelve, twelve NHS Jobs adverts (a bank porter, a family and systemic psychotherapist, a locum consultant clinical oncologist, a senior community nurse, a healthcare support worker advert that asks nothing; 110 spans) and twelve UK Adzuna 2013 health and social care adverts (nursing home managers, an assistant team manager for approved mental health professionals, a lead nurse for chronic heart failure, a live-in care service manager, staff nurses; 189 spans); batch 226 and 227: one each of twelve, twelve NHS Jobs adverts (a bank rotational MSK physiotherapist, a neuropsychiatric mental health nurse, a clinical site practitioner, a major trauma network's operational delivery manager, an advanced theatres practitioner; 198 spans) and twelve UK Adzuna 2013 health and social care adverts (home managers, a consultant clinical psychologist, a prison nurse, a safeguarding social worker, a qualified occupational therapist, community learning disability support workers; 173 spans); batch 228 and 229: one each of twelve, twelve NHS Jobs adverts (a recruitment administrator, a senior clinical fellow in endoscopy, a prescribing pharmacist, a peripatetic health care assistant, a theatre practitioner; 164 spans) and twelve UK Adzuna 2013 health and social care adverts (an occupational therapist, nursing home managers, care workers, a business manager, night RGNs; 223 spans); batch 230 and 231: one each of twelve, twelve NHS Jobs adverts (a lead advanced pharmacist, an operating department practitioner, a biomedical site lead in histology, a senior communications manager, an immunisation nurse; 110 spans) and twelve UK Adzuna 2013 health and social care adverts (an RGN assisted living manager, a family practitioner, domiciliary care managers, a ward manager, general managers; 255 spans); batch 232 and 233: one each of twelve, twelve NHS Jobs adverts (a prison pharmacy technician, a senior finance manager, a clinical information systems transformation officer, a hotel services procurement project manager, a clinical psychologist; 168 spans) and twelve UK Adzuna 2013 health and social care adverts (a senior care assistant, a regional head of clinical services, a family court advisor, children's social workers, a registered manager for an EBD unit; 299 spans); batch 234 and 235: one each of twelve, twelve NHS Jobs adverts (a specialist community public health nurse, a mammographer, a consultant gastroenterologist, a medicines management pharmacist, a biomedical scientist, a staff nurse advert that asks nothing; 142 spans) and twelve UK Adzuna 2013 health and social care adverts (home managers, a clinical lead for a small nursing home, a telephone triage nurse, a deputy manager, support workers; 170 spans); batch 236 and 237: one each of twelve, twelve NHS Jobs adverts (a nuclear medicine physicist, a matron for education and quality, a bank paramedic, a lead nurse non-medical prescriber, a bank podiatrist; 169 spans) and twelve UK Adzuna 2013 health and social care adverts (a youth justice officer, a head of corporate parenting, a fostering registered manager, care home managers, a regional business manager; 223 spans); batch 238 and 239: one each of twelve, twelve NHS Jobs adverts (an advanced practitioner in primary care, a band 6 neonatal nurse, a CAMHS crisis team consultant, a deputy chief pharmacist, a clinical researcher, a registered nurse advert that asks almost nothing; 135 spans) and twelve UK Adzuna 2013 health and social care adverts (a clinical lead, a domiciliary care manager, home managers, homecare support workers, a qualified social worker; 176 spans); batch 240 and 241: one each of twelve, twelve NHS Jobs adverts (an administration assistant, a dermatologist, a deputy ward manager, an occupational therapist, a locum consultant oncologist, a clinical team leader; 136 spans) and twelve more: nine NHS Jobs adverts (an advanced clinical practitioner, a specialist cardiac physiologist in echo, a research and innovation accountant, community staff nurses; 85 spans) and the last three UK Adzuna 2013 health and social care adverts the dump held within the bench's length and near-copy rules (a deputy manager, a treatment coordinator, trainee support workers; 45 spans); batch 242 and 243: one each of twelve, twelve NHS Jobs adverts (an advanced clinical practitioner, an ICT engineer, a scientific consultant, a nurse assessor, a specialist practitioner in a personality disorder service, a locum consultant cardiologist; 149 spans) and twelve more (a band 6 dietitian, a medical examiner, a clinical neuropsychologist, a health visitor, a lead outpatient physiotherapist, a peer support worker; 110 spans); batch 244 and 245: one each of twelve, twelve NHS Jobs adverts (a deputy head of audiology, a locum consultant general surgeon, a senior learning disability nurse, a senior radiographer, a prison staff nurse, a hospice at home senior staff nurse; 166 spans) and twelve more (a cardiac physiologist, a leadership development programme manager, a reception and admin manager, a special school nurse, a recovery practitioner, a consultant psychiatrist advert that asks almost nothing; 137 spans); batch 246 and 247: one each of twelve, twelve NHS Jobs adverts (an endoscopy manager, a consultant physician in acute medicine, a locum consultant in vascular surgery, a trust services partner, a PCN dietitian, a primary care network pharmacy technician, an HCA apprentice; 150 spans) and twelve more (an administrator, a project manager, a children's community nurse, a clinical team manager, an operational support manager, a speech and language therapist, a trust doctor advert that asks almost nothing; 136 spans); batch 248 and 249: one each of twelve, twelve NHS Jobs adverts (a commissioning and brokerage manager, a head of communications, a community psychiatric nurse, a consultant anaesthetist, a home treatment team clinical psychologist, COVID staff nurses; 171 spans) and twelve more (a deputy director of finance, an assistant employee benefits officer, an infection prevention specialist practitioner, a diagnostic radiographer, a community learning disability nurse, a specialist physiotherapist; 133 spans); batch 250 and 251: one each of twelve, twelve NHS Jobs adverts (a biomedical assistant, a lead cancer services pharmacist, a digital specialist pharmacy technician, an international recruitment resourcing team leader, a discharge co-ordinator team lead, a domestic supervisor, a specialty doctor; 137 spans) and twelve more (a chief operating officer, a consultant forensic psychiatrist, a nurse clinical team leader, a performance assurance team administrator, a trainee CT radiographer, a theatres team leader; 160 spans); batch 252 and 253: one each of twelve, twelve NHS Jobs adverts (an analyst, a service manager, general practitioners, a specialist midwife for early intervention, a tier 3 weight management dietitian, a bank staff nurses advert that asks nothing; 126 spans) and twelve more (a band 5 pharmacy technician, a home first support worker, a therapy assistant, a special needs community nurse, a consultant in critical care medicine, a salaried GP advert that asks nothing; 111 spans); batch 254 and 255: one each of twelve, batches 254 and 255: twenty-four NHS Jobs adverts (an assistant psychologist, a divisional patient experience lead, a sonographer, a senior finance manager, a paediatric staff nurse, staff nurses, a consultant immunologist and senior lecturer, an RMN/RGN mental health nurse, a pre-assessment staff nurse, a consultant medical oncologist, a senior registered general nurse; a children's speech and language therapist, a critical care consultant, an RGN, colorectal research fellows, an EPMA pharmacist, a senior clinical psychologist, a community mental health practitioner, a higher pharmacy technician, a service manager, a consultant gastroenterologist, a diabetes nurse, a day unit staff nurse), 147 and 132 spans; batch 256 and 257: one each of twelve, batches 256 and 257: twenty-four NHS Jobs adverts (a dermatology clinical fellow, a community case manager nurse, a community nurse, an integrated discharge service therapist, an MSK pain administration assistant, an occupational therapist, a qualified nurse or operating department practitioner, a research neuroscience staff nurse, a senior CAMHS mental health practitioner, staff nurses, a cancer services staff nurse, a therapy assistant; a bank scrub theatre practitioner, a care home co-ordinator, a care support worker, a charge nurse, a consultant forensic psychiatrist, a head of school for psychiatry, a lead practice development nurse, an outpatient staff nurse, a band 5 physiotherapist, a clinical workforce project officer, an RMN, a specialist speech and language therapist), 158 and 152 spans; batch 258 and 259: one each of twelve, batches 258 and 259: twenty-four NHS Jobs adverts (bank phlebotomists, a clinical forensic psychologist, a consultant head and neck surgeon, a corneal fellow, a liaison and diversion practitioner, a bank nursing assistant in a secure learning disability service, a psychological therapist, an R&D governance officer for clinical trials, a registered general nurse, a gastroenterology staff nurse, a surgical care practitioner, a trainee specialist paramedic; a bank medical secretary, a care coordinator, a junior clinical fellow, a consultant child and adolescent psychiatrist, a float clinical secretary, a lead infection prevention nurse, a mental health practitioner, an occupational therapist, a project manager, a general surgery specialty doctor, a ward staff nurse, a ward host), 179 and 131 spans; batch 260 and 261: one each of twelve, batches 260 and 261: twenty-four NHS Jobs adverts (an advanced specialist research pharmacist, an acute speech and language therapist, a senior primary care dietitian, an advanced clinical pharmacist, a bank administrator, a bank community care support worker, a high intensity therapist, a 111 mental health clinical advisor, a psychological wellbeing practitioner, an independent prescriber nurse, an RMN in a personality disorder unit, a substance misuse nurse; an out-of-hours advanced nurse practitioner, an assistant project manager, a bank general nurse, a cardiac physiologist, a community staff nurse, two consultant physicians, a locum specialty doctor, an occupational therapist, operating department practitioners, an RMN, a liaison psychiatry team leader), 205 and 107 spans; batch 262 and 263: one each of twelve, batches 262 and 263: twenty-four NHS Jobs adverts (an AMU specialist clinical pharmacist, a highly specialist physiotherapist, a care co-ordinator, a bank paediatrics doctor, a locum consultant paediatrician, an organisational development consultant, a professional development nurse, two senior clinical fellows, a neurosciences staff nurse, a staff nurse or ODP, a superintendent MRI radiographer; an admin support officer, a cleaning services re-design manager, a deputy charge nurse, a digital apprentice, an ICU bank staff nurse, a locum consultant rheumatologist, a medical secretary, a mindfulness therapist, a nursery assistant, a pharmacy technician, a specialist speech and language therapist, a staff nurse), 106 and 128 spans; batch 264 and 265: one each of twelve, batches 264 and 265: twenty-four NHS Jobs adverts (a bank paediatric nurse, a clinical counselling psychologist, a community psychiatric nurse, an integrated discharge team assistant practitioner, a locum consultant radiologist, a school nurse assistant, a specialty doctor in emergency medicine, a system medical director, a theatre team leader, a training delivery manager; a band 8 sonographer, CAMHS bank practitioners, a chief clinical physiologist, a community nurse, a maintenance technician, an occupational therapist, a staff nurse on an acute medical unit, a Thrive practitioner in a school), 139 and 180 spans; batch 266 and 267: one each of twelve, batches 266 and 267: twenty-four NHS Jobs adverts (a bank occupational therapist, a cardiac physiologist echocardiographer, a senior CT radiographer, a community clinic receptionist, a locum consultant, a senior medical secretary, a deputy head of cyber technology, a psychology assistant, a social worker, a health care assistant, a senior CHC manager, staff nurses; a bank HCA advert that asks nothing, a community public health nurse, a mental health liaison team leader, a CAMHS consultant, a clinical psychologist, an inpatient nurse rotation, a clinical lead, an infection prevention nurse, a senior nursing care assistant, a clinical services matron, an integrated discharge co-ordinator, a night duty staff nurse), 187 and 132 spans; batch 268 and 269: one each of twelve, batches 268 and 269: twenty-four NHS Jobs adverts (a bank housekeeper, a bank nursing assistant in palliative care, a bank registered nurse, a clinical psychologist, a community phlebotomy supervisor, a mental health liaison clinician, a radiology nurse, two occupational therapists, a project officer, an A&E nurse, a respiratory specialist nurse or occupational therapist; an academic clinical fellow in geriatric medicine, an advanced nurse practitioner, a band 5 inpatients staff nurse, a band 5 staff nurse advert that asks nothing, a clinical fellow in ophthalmology, a community services clinical pharmacist, a diabetes nurse specialist, a GP admin assistant, occupational therapists, a physician associate, a senior anaesthetic fellowship, a service manager), 146 and 120 spans; batch 270 and 271: one each of twelve, batches 270 and 271: twenty-four NHS Jobs adverts (a social care assessor, a band 5 critical care staff nurse, a band 6 physiotherapist, a band 7 MSK physiotherapist, a clinical services manager for drug and alcohol services, a neurological occupational therapist, an outpatients receptionist, a senior medical secretary, a specialty doctor, a specialty trainee in cardiothoracic surgery advert that asks nothing, a staff nurse, a Talent for Care apprenticeship; a band 2 healthcare assistant, a band 5 paediatric nurse, bank staff nurses, a clinical psychologist or CBT therapist, experienced adult nurses, an inpatient physiotherapist, a senior administrator, a senior assistant psychologist in autism assessment, a staff nurse, a residential team leader, a vascular access nurse, a wheelchair service occupational therapist), 100 and 141 spans; batch 272 and 273: one each of twelve, batches 272 and 273: twenty-four NHS Jobs adverts (a bank registered nurse, an ADHD clinical nurse, a COVID health protection nurse practitioner, a healthcare assistant, a higher healthcare science support worker, an intermediate care enabler, a medicines management technician, a mental health practitioner, an occupational therapist rotation, a senior anaesthetic nurse or ODP, a senior information governance business partner, a therapy assistant; an AAA screening programme administrator, an acute matron, a band 6 scrub nurse, a bank senior paramedic, a community mental health nurse, a community practitioner, a consultant in intensive care, a locum consultant in ENT, a locum consultant physician with a cardiology interest, a medical secretary, a senior business development manager, a band 5 staff nurse), 149 and 151 spans; batch 274 and 275: one each of twelve, batches 274 and 275: twenty-four NHS Jobs adverts (a bank project manager, a consultant psychiatrist in intellectual disabilities, a deputy sister, a director of nursing, a clinical research fellow, a neuro-rehabilitation occupational therapist, a pre-assessment staff nurse, a pre-operative assessment nurse, a senior acute care practitioner, a senior clinician in eating disorders, a senior oncology technician, a specialist HPB dietitian; an associate specialist in child and adolescent psychiatry, a band 5 staff nurse, a band 6 senior staff nurse, a charge nurse, a community nurse, an improvement consultant, occupational therapists, a senior clinical physiologist, a senior staff nurse, a senior strategic analyst in business intelligence, a specialist community public health nurse, a recovery theatre practitioner), 189 and 206 spans; batch 276 and 277: one each of twelve, batches 276 and 277: twenty-four NHS Jobs adverts (a senior physiotherapist, a male recovery worker, an intensive care nurse, a joint EPR team administrator, a deputy ward manager, GP practice nurses, an ED patient flow co-ordinator, staff and senior staff nurses, a community nurse, a CHC specialist practitioner, a compliance team facilitator, a prison mental health nurse; a nurse-led unit staff nurse, a CAMHS crisis practitioner, a 0-19 family staff nurse, a healthcare consultant, a food service assistant, a dental nurse, a diabetes dietitian, a locum respiratory consultant, an admissions coordinator, a care navigator, a specialty doctor in inpatient psychiatry, an intermediate care team lead), 167 and 133 spans; batch 278 and 279: one each of twelve, batches 278 and 279: twenty-four NHS Jobs adverts (a registered nurse (RMN or RGN), an assistant director of finance, a cardiothoracic surgery staff nurse, a critical care research nurse, a ward staff nurse, a theatre team leader, a CHC nurse assessor, a specialty doctor in emergency medicine, a wheelchair service therapist, an endocrine specialist nurse, a theatre operational manager, a governance support officer; a deputy director of strategy, a pharmacy technician, an occupational therapy assistant, a trust grade FY2 doctor, a bank health care assistant, a locum consultant in general medicine, a clinical fellow in cellular pathology, a consultant in ambulatory medicine, a bank anaesthetics and scrub theatre nurse, a physiotherapy assistant, a biomedical scientist team leader, a prison senior occupational therapist), 161 and 111 spans; batch 280 and 281: one each of twelve, batches 280 and 281: twenty-four NHS Jobs adverts (a bank paediatric nurse, an infection prevention and control clinician, an advanced nurse practitioner, clinical service group managers, a shift porter, a ward staff nurse, a consultant child and adolescent psychiatrist, a bank community psychiatric nurse, a learning and development manager, a consultant physician in geriatric medicine, a lead cancer nurse, a dual diagnosis nurse; a discharge officer, an administrative officer and secretary, a surgical ward staff nurse, a high intensity CBT therapist, an advanced clinical practitioner, an anaesthetics and recovery theatre practitioner, a radiology clinical support worker, a surgery staff nurse, a pre-assessment staff nurse, a phlebotomist, a bank pre-operative assessment nurse, a programme manager), 170 and 168 spans; batch 282 and 283: one each of twelve, batches 282 and 283: twenty-four NHS Jobs adverts (a consultant in healthcare for older people, a CBT team leader, band 5 staff nurses, a consultant child and adolescent psychiatrist, a day surgery theatre practitioner, a CAMHS urgent care practitioner, an endoscopy senior staff nurse, a mammographer, an occupational therapist, a community public health nurse, a GP practice medical receptionist; a theatre clinical support worker, an outpatients staff nurse, a recovery support worker, a community COPD nurse or physiotherapist, a pre-operative assessment healthcare assistant, a respiratory physiotherapist, a health visitor, a recovery theatre practitioner, a project manager, a respiratory advanced nurse practitioner, a child health information services team member, a biomedical scientist), 131 and 252 spans; batch 284 and 285: one each of twelve, batches 284 and 285: twenty-four NHS Jobs adverts (a clinical team leader, a cognitive behavioural therapist, a medical examiner officer, a cardiothoracic ward staff nurse, a consultant in general adult inpatient psychiatry, a VTE advanced nurse practitioner, a main theatres scrub nurse, a low secure services charge nurse, a registered nurse, an occupational therapist, a specialist eating disorders dietitian, a salaried GP or partner; a 0-19 specialist public health nurse, a divisional general manager for medicine, an inpatient rehabilitation staff nurse, temporary and outpatients staff nurses, a deputy sister, a healthcare assistant, a staff nurse, a chief operating officer, a quality support administrator, a bank registered nurse, a rehab assistant), 103 and 135 spans; batch 286 and 287: one each of twelve, batches 286 and 287: twenty-four NHS Jobs adverts (a porter, a consultant in palliative medicine, a nurse assessor, an honorary assistant psychologist, a prison senior substance misuse nurse, a public health staff nurse, an all-age eating disorders matron, a case manager, a specialty doctor in haematology, a band 6 sister or charge nurse, an assistant contracts manager, an advanced clinical practitioner; COVID screening health care assistants, a consultant haematologist, an early intervention senior OT, a band 6 clinical charge nurse, a medicines management pharmacist, a lead urology nurse specialist, a senior registered mental health nurse, a staff nurse, a consultant in stroke medicine, a consultant medical oncologist, an emergency preparedness exercise manager, a clinical lead), 159 and 142 spans; batch 288 and 289: one each of twelve, batches 288 and 289: twenty-four NHS Jobs adverts (clinical psychologists, an academic clinical fellow in dentistry, staff, ward, paediatric and bank nurses, a specialty doctor, a clinical pharmacist, a vascular nurse specialist, a nursing associate, a psychological therapist, a support worker, an advanced nurse practitioner, consultants in emergency medicine and cardiology, a clinical fellow, a head of communications, a data scientist, a housekeeping and catering supervisor, an associate director of clinical services, a family therapist), 159 and 144 spans; batch 290 and 291: one each of twelve, batches 290 and 291: twenty-four NHS Jobs adverts (staff, ward, community, bank, paediatric and CAMHS nurses, a critical care junior sister, a junior fellow in intensive care, a radiotherapy pathway coordinator, an infection prevention and control lead, a cardiology service manager, a respiratory consultant, a community dietitian, occupational therapists, a medicines optimisation pharmacist, a senior healthcare professional in forensic medicine, a crisis team service manager, a workforce planning analyst, a rotational assistant technical officer), 131 and 124 spans; batch 292 and 293: one each of twelve, batches 292 and 293: twenty-four NHS Jobs adverts (a bank CBT therapist, a senior support worker, an IDTS mental health nurse, an assistant practitioner, consultants in gastroenterology, an ODP or anaesthetic nurse, an F2-equivalent clinical fellow, ward, community mental health, bank and learning disability nurses, a clinical information and performance facilitator, bank healthcare assistants; junior clinical fellows, a cystic fibrosis ward staff nurse advert that asks nothing, a patient coordinator, a highly specialist psychologist, an upper airway therapist, a senior occupational therapist, a pharmacy support worker, a deputy team leader, an infection prevention nurse specialist, a charge nurse), 124 and 122 spans; batch 294 and 295: one each of twelve, batches 294 and 295: twenty-four NHS Jobs adverts (a therapy assistant, a senior project manager, a speech and language therapist, ward, newly qualified, mental health, day surgery, emergency department and renal nurses, a workforce assistant, a principal clinical or forensic psychologist, an operations manager, a recovery practitioner, a team leader, a locum consultant anaesthetist; a theatre practitioner, a sterile services technician, a consultant psychiatrist for older people, a bank midwife, a care co-ordination administrator, a principal clinical psychologist, a community healthcare support worker, a team lead physiotherapist), 146 and 133 spans; batch 296 and 297: one each of twelve, batches 296 and 297: twenty-four NHS Jobs adverts (a senior mental health practitioner, a Saturday healthcare assistant, a prison mental health nurse, a ward clinical leader, bank community, mental health and learning disability nurses, a senior radiographer, a COVID-19 communications and engagement manager, a bank driver, a manual and patient handling trainer, a medical HR administration assistant, a dosimetrist; a staff nurse, a respiratory and general medicine consultant, a maternity assessment unit manager, a psychological wellbeing practitioner, an associate designated clinical officer, a reablement support worker, a health and justice CPN, a director of clinical services, a senior staff nurse, a speech and language therapist, an inpatient nurse, a consultant anaesthetist), 171 and 123 spans; batch 298 and 299: one each of twelve, batches 298 and 299: twenty-four NHS Jobs adverts (a Pembroke Suite administrator, critical care and other healthcare assistants, a training support case manager, a chemotherapy development nurse, a family safeguarding psychologist, a major trauma staff nurse advert that asks nothing, an administrator, staff nurses, a locum specialty doctor in general adult psychiatry, a clinical leader and business partner, a community health generic worker; a PICU mental health nurse, a ward nurse, a senior staff nurse, an ambulance duty tactical commander, an MRI radiographer, an occupational therapist, a mental health healthcare assistant, a ventilation manager, a public health administrator, a community psychiatric nurse), 143 and 145 spans; batch 300 and 301: one each of twelve, batches 300 and 301: twenty-four NHS Jobs adverts (a paediatric occupational therapist, registered and community nurses, a director of clinical services, a podiatrist, a forensic psychologist, staff nurses, an automation analyst, a school health nurse, a learning disability and autism nurse, an occupational therapy assistant, pharmacy technicians, a clinical analyst, a CT radiographer, a medical administration apprentice, a clinical pharmacist, an occupational therapist, mental health practitioners, a locum genetics consultant, a dementia practice lead, a cardiothoracic rotation nurse, an outpatient transformation partner), 148 and 196 spans; batch 302 and 303: one each of twelve, batches 302 and 303: twenty-four NHS Jobs adverts (a recovery support worker, a theatre practitioner, a team lead dietitian, a mental health practitioner, an occupational therapy assistant, staff nurses, one advert that asks nothing, a pre-assessment nurse, a senior psychological wellbeing practitioner, a locum clinical oncologist, a receptionist, a prison pharmacy technician; a diabetes specialist nurse, an endoscopy nurse, a radiology manager, outpatient, mental health, children's and bank nurses, a specialist biomedical scientist, a nursing assistant, clinical psychologists; a salaried GP and a locum emergency medicine consultant advert that ask nothing), 189 and 133 spans; batch 304 and 305: one each of twelve, batches 304 and 305: twenty-four NHS Jobs adverts (an intermediate care clinical lead, physiotherapists, registered, preceptee, bank, mental health and cardiac rehabilitation nurses, clinical psychologists, a senior policy and strategy lead, a team leader, a support worker, a dispensary assistant, a clinical fellow in internal medicine; a specialist occupational therapist, a pharmacy assistant, a trainee high intensity therapist, a nurse associate, an RGN trainer, a CT/MRI radiographer, a head of risk and patient safety, a ward clerk), 194 and 175 spans; batch 306 and 307: one each of twelve, batches 306 and 307: twenty-four NHS Jobs adverts (a care co-ordinator, a head of family support, consultants in stroke medicine and liaison psychiatry, an administrator, a clinical quality improvement officer, a practice business manager, clinical psychologists, a clinical pharmacist advert that names nothing asked, an experienced healthcare assistant, a project assistant; a rotational pharmacist, a senior practitioner social worker or OT, a lead nurse, junior sisters and charge nurses, a prison healthcare assistant, a first contact podiatrist, an engagement support worker, occupational therapists, a theatre team leader, a caseload manager), 113 and 140 spans; batch 308 and 309: one each of twelve, batches 308 and 309: twenty-four NHS Jobs adverts (a preceptorship nurse, a senior clinical research nurse in newborn services, community, critical care and colorectal nurses, an administrator, a speech and language therapist, clinical psychologists, a clinical pharmacist, an admissions scheduler, an informatics training officer; a prison mental health practitioner, clinical assistant, team and business support administrators, registered, staff and community nurses, bank medical staff, an early intervention practitioner, a rotational midwife, an academic clinical fellow in primary dental care, a family intervention therapist), 173 and 142 spans; batch 310 and 311: one each of twelve, batches 310 and 311: twenty-four NHS Jobs adverts (a clinical team secretary, a bank senior sonographer, an orthopaedic hip consultant, a flow coordinator, physiotherapists, ward, community, band 5, bank, mental health and charge nurses, an advanced nurse practitioner, a locum consultant physician in diabetes, a care co-ordinator, a specialist pharmacist; a clinical team lead psychologist, a cystic fibrosis dietitian, a CBT therapist, a cardiac physiologist, a paediatric scrub nurse or ODP, an ST1 obstetrics and gynaecology advert that asks nothing), 143 and 122 spans; batch 312 and 313: one each of twelve, batches 312 and 313: twenty-four NHS Jobs adverts (an assistant practitioner in community services, a pathways trained clinical advisor, rehabilitation assistants, an occupational therapist, ITU, prison mental health and cath lab nurses, a care and support worker, a junior clinical fellow in plastic surgery, a specialty doctor in anaesthesia, a head of urgent and integrated care, a quality improvement officer; a senior practitioner district nurse, a deputy sister, a learning and funding coordinator, a clinical skills trainer, a mental health practitioner, a cardiology registrar, a clinical research nurse, an associate specialist in developmental paediatrics, regional and administrative officers, an advanced physiotherapist, a consultant psychiatrist), 109 and 134 spans; batch 314 and 315: one each of twelve, batches 314 and 315: twenty-four NHS Jobs adverts (clerical officer, consultants in cardiology and cardiac MR, data administrator, housekeeper, medical secretary, night support workers, nursing associate, pharmacy services assistant, theatre practitioner, trust doctor, chief executive's administrator, learning disability, clinical and ward nurses, cardiothoracic fellow, paediatric physiotherapist, diabetes dietitian, information analyst, mental health professionals, outreach worker, HR advisor, speech and language therapy associate), 188 and 168 spans; batch 316 and 317: one each of twelve, batches 316 and 317: twenty-four NHS Jobs adverts (neonatal, community, psychiatric, scrub, paediatric, dialysis and staff nurses, community midwives' team leader, podiatrist, primary care network manager, occupational therapist, specialty doctor, spinal surgeon, healthcare support worker, biomedical scientist, oncology consultant, liaison practitioner, registered mental health nurse, obstetrics fellow, scheduling officer, geriatric registrar, urgent care practitioner), 101 and 119 spans; batch 318 and 319: one each of twelve, batches 318 and 319: twenty-four NHS Jobs adverts (associate director of nursing, care co-ordinator, clinical and principal psychologists, community, endoscopy, cardiac intensive care and staff nurses, guidelines and assistant administrators, pharmacy technician, mental health support worker, patient transport apprentice, physiotherapists, 111 clinical advisor, radiographer, director of workforce, out-of-hours receiver, senior midwife), 158 and 120 spans; batch 320 and 321: one each of twelve, batches 320 and 321: twenty-four NHS Jobs adverts (exercise rehabilitation instructor, physiotherapist, child psychotherapist, mental health, preceptee, school, ward and senior nurses, consultant psychiatrists, perinatal, applied and principal psychologists, quality improvement manager, resilience practitioner, dietetics team manager, clinical team leader, heads of nursing, respiratory physiologist, plastic surgery fellow, medical receptionist, occupational therapist), 210 and 166 spans; batch 322 and 323: one each of twelve, batches 322 and 323: twenty-four NHS Jobs adverts (clinical trainer, sonographer, speech and language therapists, wellbeing practitioner, physiotherapist, histopathologist, ARFID psychologist, outpatient services manager, preceptee, aural care, night and respiratory nurses, residential support worker, salaried and other GPs, biomedical scientist, community practitioner, consultant psychiatrists, haematologist and respiratory physician, pharmacy technician, senior healthcare assistant), 133 and 142 spans; batch 324 and 325: one each of twelve, batches 324 and 325: twenty-four NHS Jobs adverts (HIV and senior clinical pharmacists, healthcare scientist, speech and language therapists, deputy director of midwifery, director of strategy, mental health, winter pressures, coronary care, physical health and newly qualified nurses, communications officer, occupational therapists, cardiology doctor, audit manager, complex case manager, radiographers, HR business partner, discharge co-ordinator, associate specialist psychiatrist), 122 and 137 spans; batch 326 and 327: one each of twelve, batches 326 and 327: twenty-four NHS Jobs adverts (clinical or counselling psychologist, compliance officer, endoscopy, neurology, general, responsive workforce, eating disorder and bank mental health nurses, EPR configuration analyst, geriatrician, occupational therapist, strategic lead for learning, trainee pharmacy technician, ultrasonographer, emergency care administrator, speech and language therapist, cardiac physiologist, care home co-ordinator, clinical nurse manager, consultant psychiatrist, capital projects manager, midwifery advocate, physiotherapist), 159 and 216 spans; batch 328 and 329: one each of twelve, batches 328 and 329: twenty-four NHS Jobs adverts (senior sister, general, community, ward, children's and unit nurses, emergency preparedness manager, health play specialist, health visitor, healthcare assistant, clinical psychologists, positive behaviour support practitioner, theatre team leader, advanced paediatric nurse practitioner, CAMHS and mental health practitioners, CBT therapist, elderly medicine consultant, deputy ward manager, lead pharmacist, laboratory assistant, radiographer, renal dietitian), 130 and 124 spans; batch 330 and 331: one each of twelve, batches 330 and 331: twenty-four NHS Jobs adverts (sexual health booking co-ordinator, community psychiatric, community, ward, assessment unit and senior staff nurses, corporate affairs officer, deputy service manager, fundraising manager, healthcare and nursing assistants, health visitor, diabetes consultant, patient safety manager, recovery coach, speech and language therapist, team leader, occupational therapist, housekeeper, consultant psychiatrist, support worker, radiographer, sonographer, trainee wellbeing practitioner), 209 and 137 spans; batch 332 and 333: one each of twelve, batches 332 and 333: twenty-four NHS Jobs adverts (family therapist, research and public health fellows, paediatric consultant, designated clinical officer, practice, mental health, community and pre-assessment nurses, programme manager, quality improvement administrator, 111 clinical advisor, practice education facilitator, biomedical scientist, surgical divisional manager, healthcare assistants, compliance lead, haematology service co-ordinator, preceptee midwife, receptionist, counselling psychologist, respiratory physiologist, trainee wellbeing practitioner), 203 and 196 spans; batch 334 and 335: one each of twelve, batches 334 and 335: twenty-four NHS Jobs adverts (bank, community, eating disorders, surgical, medical, CAMHS, children's community and team leader nurses, cleaning operatives, deputy postgraduate dean, donor records manager, equality lead, healthcare assistant and support worker, occupational therapy assistant, personal assistant, prison admissions manager, lead and recovery practitioners, nurse practitioner, immunisations professional, dermatology fellow, specialist assessor, workforce information assistant), 165 and 167 spans; batch 336 and 337: one each of twelve, batches 336 and 337: twenty-four NHS Jobs adverts (anaesthesia, trauma and training fellows, coronary care, emergency, pre-assessment, ward, community, theatre, assessor and thoracic nurses, urogynaecologist, nursing assistant, operating department practitioners, support worker, neurophysiotherapist, dietitian, thoracic surgeon, clinical pharmacist, mental health practitioner, psychologist, occupational therapist, paediatric physiotherapist, pain consultant), 134 and 104 spans; batch 338 and 339: one each of twelve, batches 338 and 339: twenty-four NHS Jobs adverts (apprentice receptionist, ward, critical care, emergency, renal, dialysis, mental health, child health and gastroenterology nurses, dietitian, gastroenterologist, dental nurse, mental health legislation administrator, pharmacist, recovery worker, ICT systems manager, locum GP, nurse practitioner, senior midwife, speech and language therapist, community paediatrics doctor, maternity ward manager), 142 and 135 spans; batch 340 and 341: one each of twelve, batches 340 and 341: twenty-four NHS Jobs adverts (associate director of finance, occupational therapists, student nurses and healthcare assistants, respiratory consultant, breast radiologist, internal medicine doctors, renal junior sister, liaison and diversion practitioner, research portfolio officer, looked after children's, deaf child inpatient, ophthalmology, immunisation and mental health nurses, admin support, pharmacist, speech and language therapists, respiratory physiotherapist, histopathologist, digital support officer, IVF matron), 119 and 170 spans; batch 342 and 343: one each of twelve, batches 342 and 343: twenty-four NHS Jobs adverts (apprentice medical secretary, occupational therapists, biomedical scientist, learning disability, ITU, neonatal, school and mental health nurses, consultant psychiatrist, creative therapist, helpline operator, maintenance craftsperson, senior analyst, bereavement midwife, technical services co-ordinator, operating department practitioner, clinical psychologist, medical records manager, nursing associate, radiographer, community practitioner, support worker), 169 and 151 spans; batch 344 and 345: one each of twelve, batches 344 and 345: twenty-four NHS Jobs adverts (radiographer, clinical systems lead, community, mental health, minor injuries, school, ward and night nurses, business intelligence developer, medicines information lead, occupational therapy assistant, wellbeing practitioner, voice and data engineer, academic programme director, applied and counselling psychologists, deputy team manager, clinical service lead, consultant psychiatrist and physician, physiotherapist, project manager), 154 and 180 spans; batch 346 and 347: one each of twelve, batches 346 and 347: twenty-four NHS Jobs adverts (stroke, trust and surgery registrar fellows, clinical psychologists, community, complex care, staff and team leader nurses, oncology, obstetric and breast radiology consultants, labour ward manager, physiotherapist, paediatric dietitian, radiographer, bank healthcare assistant, health visitor, wellbeing practitioner, junior sister, occupational therapists, bank mental health and learning disability nurses, rotational midwife, service co-ordinator), 162 and 178 spans; batch 348 and 349: one each of twelve, batches 348 and 349: twenty-four NHS Jobs adverts (dietitian, bank respiratory and neurological physiotherapists, clinical advisor, community public health, infection prevention, staff, community, emergency, preceptorship and mental health charge nurses, forensic psychologist, medical secretary, ophthalmic imaging assistant, programme manager, quality and patient safety lead, self-employed GP, public health consultant, prison deputy head of healthcare, theatres practice facilitator, medicines optimisation technician, occupational therapist, a recently qualified nurses' advert that asks nothing), 141 and 111 spans; batch 350 and 351: one each of twelve, batches 350 and 351: twenty-four NHS Jobs adverts (bank and population testing administrators, CAMHS eating disorder practitioner, trauma anaesthetist, stroke and microbiology consultants, community hospital, band 3 civilian and care support workers, HIV, rheumatology, critical care, community child health, respiratory, clinical decision unit and substance misuse nurses, wellbeing practitioner, out-patient pharmacist, operating department practitioner, scrub nurses, psychologist or psychotherapist, community team manager, prison GP, senior sister), 165 and 186 spans; batch 352 and 353: one each of twelve, batches 352 and 353: twenty-four NHS Jobs adverts (cardiac physiologist, eating disorders practitioner, bank learning disability and mental health, community, community learning disability, registered, senior RMN, CAMHS, charge, hepatitis and transplant, sexual health and short stay nurses, CAMHS supervisor, physiotherapists, digital project officer, director of clinical services, GP, general medicine fellow, paediatrician, radiographer, occupational therapist, paediatric haematology pharmacist, elderly medicine trainee), 204 and 91 spans; batch 354 and 355: one each of twelve, batches 354 and 355: twenty-four NHS Jobs adverts (continuing healthcare assessor, emergency, outreach, IBD specialist and registered nurses, medical oncology fellow, clinical sister, children's emergency care technician, general manager, GP, materials management team leader, speech and language therapists, homecare and medicines management pharmacy technicians, theatre co-ordinator, trust services partner, dental officer, healthcare support worker, occupational therapists, receptionist, specialty doctor), 185 and 144 spans; batch 356 and 357: one each of twelve, batches 356 and 357: twenty-four NHS Jobs adverts (brokerage administrator, CAMHS ward manager, community practitioner, homecare, safeguarding, health-based place of safety and registered nurses, medical laboratory assistant, mental health practitioner, burns fellow, paediatric and senior sisters, physiotherapy manager and physiotherapist, acute medicine fellow, occupational therapists, trainee dialysis assistant, bank support workers, public health consultant, endoscopy booker, paramedic, service desk apprentice, ward clerk), 134 and 209 spans; batch 358 and 359: one each of twelve, batches 358 and 359: twenty-four NHS Jobs adverts (assistant practitioner, casual, mental health, return to practice, frailty and staff nurses, forensic psychologist, clinical lead, health visitor, respiratory physiotherapist, school nursing manager, senior administrators, occupational therapists, a CAMHS support worker advert that asks nothing, deputy and ward sisters, healthcare support worker, a locum anaesthetist advert that asks nothing, podiatry team lead, safeguarding practitioner, hospice at home assistant, payroll officer), 129 and 123 spans; batch 360 and 361: one each of twelve, batches 360 and 361: twenty-four NHS Jobs adverts (administrative assistant, CAMHS family therapy practitioner, myeloma haematologist, urological surgeon, healthcare and endoscopy assistants, speech and language therapists (one advert asking nothing), occupational therapists, emergency, rotation, ward, day, mental health and surgical admissions nurses, activity assistant, paediatric infectious diseases fellow, diabetes consultant, mental health practitioner, pharmacy technician, secretarial supervisor, programme support officer), 109 and 105 spans; batch 362 and 363: one each of twelve, batches 362 and 363: twenty-four NHS Jobs adverts (admin service manager, bank, diabetes, prison, mental health and community mental health nurses, simulation fellow, emergency surgeon, dental nurse, MSK and specialist physiotherapists, senior radiographer, theatre practitioner, biomedical scientist, cook and housekeeper, critical care assistant, HIV consultant, medical secretary, mental health practitioner, occupational therapists, prison pharmacy technician, salaried GP, emergency medicine doctor), 158 and 162 spans; batch 364 and 365: one each of twelve, batches 364 and 365: twenty-four NHS Jobs adverts (an advanced nurse practitioner advert that asks nothing, ambulance driver, therapy assistant, day surgery, research, community, public health and clinical charge nurses, occupational therapists and physiotherapists, medical laboratory assistant, sonographer, speech and language therapist, trainee dental nurse, healthcare science associate practitioner, a bank staff nurse advert that asks nothing, housekeeper, prison mental health practitioner, sister, social worker, paediatric dietitian, workforce planning analyst), 139 and 135 spans; batch 366 and 367: one each of twelve, batches 366 and 367: twenty-four NHS Jobs adverts (paediatric, prison, mental health, urology and minor injuries nurses, pharmacy assistant, scrub and recovery theatre practitioners (a recovery advert that asks nothing), business informatician, an acute medicine consultant advert that asks nothing, interventional radiologist, swab phlebotomist, support worker, occupational therapist, patient flow manager, clinical pharmacist, midwife, clinical service manager, community specialist practitioner, MSK lead therapist, elderly medicine locum, receptionist, psychiatry resident, screening and immunisation manager), 153 and 113 spans; batch 368 and 369: one each of twelve, batches 368 and 369: twenty-four NHS Jobs adverts (critical care, research, RMN and staff nurses, a bank pharmacist advert that asks nothing, DBT psychologist, A&E junior sister, outpatients support worker, practice manager, CAMHS practitioner, theatre practitioners, GP contracts administrator, advanced nurse or paramedic practitioner, physiotherapist, rotational pharmacy technician, continuing healthcare nurse, gastroenterologist, clinical psychologist, learning disabilities occupational therapist, liaison and diversion practitioner, children's support worker, wellbeing practitioner, emergency medicine doctor), 181 and 255 spans; batch 370 and 371: one each of twelve, batches 370 and 371: twenty-four NHS Jobs adverts (ED clinical practitioner, neonatology fellow, practitioner psychologist, physiotherapist, locum consultant radiologist, RMN, nursery assistant, midwife, administrator, dental nurse, people and OD partner, bank, staff, community and registered nurses, assistant practitioner, acute physician, consultant psychiatrist, Care Act assessor, a medical bank locum advert and a locum paediatric consultant advert that ask nothing, prison paramedic, lead midwife), 133 and 135 spans; batch 372 and 373: one each of twelve, batches 372 and 373: twenty-four NHS Jobs adverts (mental health practitioner, assistant director of nursing, consultant psychiatrist, sonographer, children's, palliative care, bank, RGN, registered and FCAMHS staff nurses, ward managers, consultant clinical biochemist, admin support, a community mental health nurse advert that asks nothing, lead nurse for palliative care, CAMHS clinical specialist nurse, theatre practitioner, nursing associate, senior ODP, forensic and counselling psychologists, principal clinical scientist, advanced podiatrist), 105 and 172 spans; batch 374 and 375: one each of twelve, batches 374 and 375: twenty-four NHS Jobs adverts (locum obstetrics and gynaecology consultant, elderly care, day unit, senior and other staff nurses, speech and language therapists, practitioner psychologist, physical wellbeing lead, deputy head of medicines optimisation, public health research officer, healthcare assistants and support workers, lead nurse for surgery in children, cardiac physiologist, emergency department practice educator, nurse fellow, paediatric physiotherapist, head of information governance, maternity matron, advanced support worker, locum appointment service, workforce development officer), 161 and 160 spans; batch 376 and 377: one each of twelve, batches 376 and 377: twenty-four NHS Jobs adverts (Ministry of Defence civilian nurse and physiotherapist, physiotherapist, chief finance officer, RMN and RNLD, AAU and other staff nurses, perinatal mental health practitioner, senior social worker, critical care support worker, chronic pain consultant, speech and language therapist, administrator, advanced clinical practitioner, deputy ward managers, configuration manager, adult safeguarding lead, clinical trial coordinator, principal and Macmillan psychologists, nurse practitioner, clinical educator), 222 and 171 spans; batch 378 and 379: one each of twelve, batches 378 and 379: twenty-four NHS Jobs adverts (bank operating department practitioner, porter, advanced critical care pharmacist and practitioner, peer support worker, deputy chief nurse, plastic surgery fellow, intensive support team and community mental health practitioners, deputy ward manager, RMN, RGN and RNLD, physiotherapist, out of hours community, children's emergency and renal staff nurses, performance analyst, highly specialised pharmacist, mental health liaison practitioner, orthopaedic physiotherapist, rota administrator, clinical lead, acute medicine locum consultant, theatre practitioner, head of programme delivery), 218 and 189 spans; batch 380 and 381: one each of twelve, batches 380 and 381: twenty-four NHS Jobs adverts (transfusion lead biomedical scientist, children's surgical, trauma and orthopaedics, night and other staff nurses, radiology fellowship, PICU clinical practice leader, metabolic service, microbiology associate practitioner, neonatal practice educator, organisational development practitioner, medical secretary, hand therapist, mental health support clinical lead, technical analyst, senior sister, speech and language therapist, medical notes summariser, pressure ulcer prevention, respiratory and haematology consultants, multi-skilled technician, deputy medical director, highly specialised clinician), 223 and 122 spans; batch 382 and 383: one each of twelve, batches 382 and 383: twenty-four NHS Jobs adverts (assistant practitioner, diabetes dietitian, healthcare assistants, clerical and personal assistants, consultant clinical lead, clinical psychologist, community and rehab staff nurses, three adverts that ask nothing (a band 5 or 6 staff nurse, a midwifery apprentice, a mental health staff nurse), executive pathway officer, radiology manager, speech and language therapist, programme manager, research support officer, operations manager, fire safety officer, paediatric intensive care consultant, community mental health practitioner, equipment contracts manager, registered nurses), 133 and 156 spans; batch 384 and 385: one each of twelve, batches 384 and 385: twenty-four NHS Jobs adverts (psychology practitioner, cardiothoracic and general anaesthetists, CESR emergency medicine fellow, project manager, safeguarding children and hospice nurses, medical education fellow, biomedical scientist, senior staff nurse, deputy sister, clinical governance lead, practice nurse, RMN for older people, counselling psychologist, a consultant advert that asks nothing, staff and bank nurses, surgical SHO, housekeeping supervisor, associate clinical nurse specialist, rotational pharmacist, public health practitioner, mental health nurse), 129 and 147 spans; batch 386 and 387: one each of twelve, batches 386 and 387: twenty-four NHS Jobs adverts (clinical psychologists, community mental health, community psychiatric, RMN, surgical, trauma and orthopaedic, bank and other staff nurses, information governance officer, biomedical scientist, imaging assistant, lead AMHP, GP partner, ophthalmology nurse practitioner, RMN and RNLD, medical receptionist, clinical team leader, senior staff nurse, radiographer), 226 and 212 spans; batch 388 and 389: one each of twelve, batches 388 and 389: twenty-four NHS Jobs adverts (gynaecology ward manager, speciality doctor, theatre practitioner, clinical and community support workers, ITU, learning disability, registered and community staff nurses, data, clinical and clerical administrators, senior and clinical psychologists, medical secretary, pathfinder clinician, head of communications, finance business partner, planning manager, addiction psychiatrist, activity co-ordinator, practice development nurse, nursing associate), 169 and 194 spans; batch 390 and 391: one each of twelve, batches 390 and 391: twenty-four NHS Jobs adverts (safeguarding specialist practitioner, senior physiotherapist, sexual health, eating disorders and other clinical nurse specialists, senior mental health practitioner, clinical health psychologist, specialty doctors in anaesthetics and elderly care, night coordinator, chemotherapy junior sister, CMHT team manager, chief operating officer, haematology and locum anaesthetics consultants, advanced nurse practitioner, prison primary care, community, urgent care and A&E nurses, specialist and senior occupational therapists, speech and language therapist), 194 and 147 spans; batch 392 and 393: one each of twelve, batches 392 and 393: twenty-four NHS Jobs adverts (junior clinical fellow, counselling, clinical and ASD psychologists, quality support co-ordinator, occupational therapist, trainee nursing associate, child health, intensive care, medicine, bank and other staff nurses, biomedical scientist, district nursing deputy team manager, first contact physiotherapist, older persons and learning disability psychiatrists, pre-assessment nurse, community mental health and advanced clinical practitioners, assistant practitioner, governance lead, healthcare assistant, practice education lead), 168 and 129 spans; batch 394 and 395: one each of twelve, batches 394 and 395: twenty-four NHS Jobs adverts (paediatric complex care, night duty senior, community and other staff nurses, MRI and therapeutic radiographers, recovery college tutor, community mental health occupational therapist, medical psychotherapy and older adults consultants, therapy assistant, civilian pharmacy technician, practice nurse, physician associate, domestic assistant, biomedical scientist, oncology ward clerk, ICT support analyst, advanced practitioner physiotherapist, bank doctors, fundraising support officer, mental health practitioner, dietitian, clinical neuropsychologist), 212 and 156 spans; batch 396 and 397: one each of twelve, batches 396 and 397: twenty-four NHS Jobs adverts (unit manager, apprentice healthcare support worker, customer success manager, secure inpatient physiotherapist, project co-ordinator and assistant project manager, spinal injury support worker, senior house officer, advanced specialist pharmacist, audiologist, speech and language therapist, senior ODP, community, haemato-oncology, kidney, pre-assessment and newly registered nurses, clinical and counselling psychologists, pharmacy apprentice, therapy technical instructor, theatre practitioners, safeguarding children lead), 100 and 139 spans; batch 398 and 399: one each of twelve, batches 398 and 399: twenty-four NHS Jobs adverts (theatre team leader, prison, community, RMN, RNLD, RGN, respiratory ward and cancer centre nurses, occupational therapists, bank security officer, child and adolescent psychotherapist, advanced clinical nurse specialist, infection prevention and control nurses, clinical, counselling and forensic psychologists, service manager, matron, senior physiotherapist, primary care network pharmacist, MRI radiographer, paediatric community clinical lead, consultant histopathologist, dental nurse, podiatrist), 170 and 160 spans; batch 400 and 401: one each of twelve, batches 400 and 401: twenty-four NHS Jobs adverts (medical secretary, infection prevention matron, radiology specialty doctor and integration analyst adverts that ask nothing, assistant practitioner, mental health care support worker, consultant haematologist, health visitor, practice business manager, clinical psychologist, pharmacy technician, regional radiography manager, respiratory and acute medicine consultants, corporate affairs officer, community mental health nurse, occupational therapist or physiotherapist, CBT therapist, staff nurses, nurse associate, intermediate care physiotherapist, phlebotomist), 182 and 140 spans; batch 402 and 403: one each of twelve, batches 402 and 403: twenty-four NHS Jobs adverts (clinical nurse specialist, gastroenterology dietitian, pre-operative assessment manager, nursing associate, consultant neurologist, occupational therapist, HIV and antimicrobial pharmacist, employment retention worker, winter manager, blood transfusion manager, senior finance manager, clinical leadership, mental health practitioners, senior support worker, GP in emergency medicine, senior recruitment advisor, head of hotel services, service delivery manager, breast screening and community liaison nurses, project manager, respiratory physiotherapist, speech and language assistant practitioner), 180 and 151 spans; batch 404 and 405: one each of twelve, batches 404 and 405: twenty-four NHS Jobs adverts (children's outreach sister, research associate, medical secretary, learning disability support worker, laboratory assistant, renal ward manager, occupational therapist, ward clerk, staff, paediatric, intensive care, critical care, endoscopy and ward nurses, night clinical streamer, clinical, mental health and specialist pharmacists, financial services apprentice, addictions psychiatrist, clinical nurse specialists, healthcare support worker, head of clinical technology, antenatal administrator), 192 and 143 spans; batch 406 and 407: one each of twelve, batches 406 and 407: twenty-four NHS Jobs adverts (rehabilitation, intensive care, cardiothoracic, colorectal, prison, substance misuse and registered nurses, two adverts that ask nothing, MSK physiotherapist, occupational health nurse advisor, biomedical scientist, healthcare assistants, community dietitian, domestic assistant, divisional operations director, mental health facilitator and practitioner, mammographer, occupational therapist, pain fellow, patient services assistant, clinical support worker), 76 and 164 spans; batch 408 and 409: one each of twelve, batches 408 and 409: twenty-four NHS Jobs adverts (palliative care, microbiology, vascular radiology and paediatric consultants, theatre scrub practitioner, pharmacy technician, health visitor, EPRR manager, infectious diseases, homecare, children's, inpatient, elderly medicine and community mental health nurses, CBT therapist, CAMHS nurse, OT or social worker, digital research associate, occupational therapists, behavioural assistant practitioners, advanced practitioner physiotherapist, clinical trial start-up specialist, healthcare assistant), 130 and 134 spans; batch 410 and 411: one each of twelve, batches 410 and 411: twenty-four NHS Jobs adverts (head and neck speech and language therapist, ECT team leader, A&E, children's services, emergency practitioner and staff nurses, psychologist, specialist health adviser, phlebotomist, ICS chief of staff, ward receptionist, public health dietitian, health visitor, simulation lead, data warehouse analyst, physiotherapist, nursing associate, social worker, business intelligence manager, radiographer, occupational therapists, maxillofacial consultant, deputy team leader, clinical support worker), 170 and 159 spans; batch 412 and 413: one each of twelve, batches 412 and 413: twenty-four NHS Jobs adverts (national recruitment officer, staff, respiratory, paediatric and senior staff nurses, CATT worker, scrub nurse or ODP, intensive care consultant and nursing opportunities adverts that ask nothing, MSK physiotherapist, ward clerk, senior clinical fellow, peri-operative support worker, general adult consultant, eating disorders ward manager, technology enhanced learning lead, CAMHS psychologist, L&D administrator, reablement liaison officer, secretary, business data officer, pharmacy technicians, communications officer), 88 and 161 spans, none of them posted before, every one labelled, in ``split`` alone (never training data, in none of ``others``)."""
    rows = nontech_real.manifest()
    batch = [r for r in rows if r["batch"] == batch_no]
    assert len(batch) == {"47": 14, "71": 15, "72": 15, "73": 15, "74": 15, "75": 15, "76": 15, "77": 14, "78": 15,
                          "79": 15, "80": 15, "81": 15, "82": 15, "83": 15, "84": 14, "85": 13, "86": 13,
                          "87": 12, "88": 12, "89": 12, "90": 12, "91": 11, "92": 12, "93": 12, "94": 12, "95": 12, "96": 12, "97": 12, "98": 12, "99": 8, "100": 6, "101": 6, "102": 11, "103": 12, "104": 12, "105": 12, "106": 12, "107": 12, "108": 10, "109": 12, "110": 12, "111": 12, "112": 8, "113": 12, "114": 12, "115": 12, "116": 12, "117": 12, "118": 12, "119": 12, "120": 12, "121": 12, "122": 12, "123": 12, "124": 12, "125": 12, "126": 12, "127": 12, "128": 12, "129": 12, "130": 12, "131": 12, "132": 12, "133": 12, "134": 12, "135": 12, "136": 12, "137": 12, "138": 12, "139": 12, "140": 12, "141": 12, "142": 12, "143": 12, "144": 12, "145": 12, "146": 12, "147": 12, "148": 12, "149": 12, "150": 12, "151": 12, "152": 12, "153": 12, "154": 12, "155": 12, "156": 12, "157": 12, "158": 12, "159": 12, "160": 12, "161": 12, "162": 12, "163": 12, "164": 12, "165": 12, "166": 12, "167": 12, "168": 12, "169": 12, "170": 12, "171": 12, "172": 12, "173": 12, "174": 12, "175": 12, "176": 12, "177": 12, "178": 12, "179": 12, "180": 12, "181": 12, "182": 12, "183": 12, "184": 12, "185": 12, "186": 12, "187": 12, "188": 12, "189": 12, "190": 12, "191": 12, "192": 12, "193": 12, "194": 12, "195": 12, "196": 12, "197": 12, "198": 12, "199": 12, "200": 12, "201": 12, "202": 12, "203": 12, "204": 12, "205": 12, "206": 12, "207": 12, "208": 12, "209": 12, "210": 12, "211": 12, "212": 12, "213": 12, "214": 12, "215": 12, "216": 12, "217": 12, "218": 12, "219": 12, "220": 12, "221": 12, "222": 12, "223": 12, "224": 12, "225": 12, "226": 12, "227": 12, "228": 12, "229": 12, "230": 12, "231": 12, "232": 12, "233": 12, "234": 12, "235": 12, "236": 12, "237": 12, "238": 12, "239": 12, "240": 12, "241": 12, "242": 12, "243": 12, "244": 12, "245": 12, "246": 12, "247": 12, "248": 12, "249": 12, "250": 12, "251": 12, "252": 12, "253": 12, "254": 12, "255": 12, "256": 12, "257": 12, "258": 12, "259": 12, "260": 12, "261": 12, "262": 12, "263": 12, "264": 12, "265": 12, "266": 12, "267": 12, "268": 12, "269": 12, "270": 12, "271": 12, "272": 12, "273": 12, "274": 12, "275": 12, "276": 12, "277": 12, "278": 12, "279": 12, "280": 12, "281": 12, "282": 12, "283": 12, "284": 12, "285": 12, "286": 12, "287": 12, "288": 12, "289": 12, "290": 12, "291": 12, "292": 12, "293": 12, "294": 12, "295": 12, "296": 12, "297": 12, "298": 12, "299": 12, "300": 12, "301": 12, "302": 12, "303": 12, "304": 12, "305": 12, "306": 12, "307": 12, "308": 12, "309": 12, "310": 12, "311": 12, "312": 12, "313": 12, "314": 12, "315": 12, "316": 12, "317": 12, "318": 12, "319": 12, "320": 12, "321": 12, "322": 12, "323": 12, "324": 12, "325": 12, "326": 12, "327": 12, "328": 12, "329": 12, "330": 12, "331": 12, "332": 12, "333": 12, "334": 12, "335": 12, "336": 12, "337": 12, "338": 12, "339": 12, "340": 12, "341": 12, "342": 12, "343": 12, "344": 12, "345": 12, "346": 12, "347": 12, "348": 12, "349": 12, "350": 12, "351": 12, "352": 12, "353": 12, "354": 12, "355": 12, "356": 12, "357": 12, "358": 12, "359": 12, "360": 12, "361": 12, "362": 12, "363": 12, "364": 12, "365": 12, "366": 12, "367": 12, "368": 12, "369": 12, "370": 12, "371": 12, "372": 12, "373": 12, "374": 12, "375": 12, "376": 12, "377": 12, "378": 12, "379": 12, "380": 12, "381": 12, "382": 12, "383": 12, "384": 12, "385": 12, "386": 12, "387": 12, "388": 12, "389": 12, "390": 12, "391": 12, "392": 12, "393": 12, "394": 12, "395": 12, "396": 12, "397": 12, "398": 12, "399": 12, "400": 12, "401": 12, "402": 12, "403": 12, "404": 12, "405": 12, "406": 12, "407": 12, "408": 12, "409": 12, "410": 12, "411": 12, "412": 12, "413": 12}.get(batch_no, 16) and {r["language"] for r in batch} == {"en"}
    earlier = {(r["repo"], r["path"], r["locator"]) for r in rows if int(r["batch"]) < int(batch_no)}
    assert not {(r["repo"], r["path"], r["locator"]) for r in batch} & earlier  # no posting twice
    if int(batch_no) >= 90:  # nor its text from another source's copy of the same board (LinkedIn's samples)
        assert not {r["sha256"] for r in batch} & {r["sha256"] for r in rows if int(r["batch"]) < int(batch_no)}
    seen = {r["occupation"] for r in rows if int(r["batch"]) < int(batch_no)}
    assert not {r["occupation"] for r in batch} & seen  # occupations no earlier batch has
    per = collections.Counter(r["occupation"] for r in batch)
    assert all(n == 2 for n in per.values()) or (batch_no == "41" and sorted(per.values()) == [1] * 4 + [2] * 6) \
        or (batch_no == "42" and sorted(per.values()) == [1] * 14 + [2]) \
        or (batch_no in ("43", "44", "45", "46", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70") and sorted(per.values()) == [1] * 16) \
        or (batch_no in ("71", "72", "73", "74", "75", "76", "78", "79", "80", "81", "82", "83") and sorted(per.values()) == [1] * 15) \
        or (batch_no in ("47", "77", "84") and sorted(per.values()) == [1] * 14) \
        or (batch_no in ("85", "86") and sorted(per.values()) == [1] * 13) \
        or (batch_no in ("87", "88", "89", "90", "92", "93", "94", "95", "96", "97", "98", "103", "104", "105", "106", "107", "109", "110", "111", "113", "114", "115", "116", "117", "118", "119", "120", "121", "122", "123", "124", "125", "126", "127", "128", "129", "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "140", "141", "142", "143", "144", "145", "146", "147", "148", "149", "150", "151", "152", "153", "154", "155", "156", "157", "158", "159", "160", "161", "162", "163", "164", "165", "166", "167", "168", "169", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "190", "191", "192", "193", "194", "195", "196", "197", "198", "199", "200", "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215", "216", "217", "218", "219", "220", "221", "222", "223", "224", "225", "226", "227", "228", "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241", "242", "243", "244", "245", "246", "247", "248", "249", "250", "251", "252", "253", "254", "255", "256", "257", "258", "259", "260", "261", "262", "263", "264", "265", "266", "267", "268", "269", "270", "271", "272", "273", "274", "275", "276", "277", "278", "279", "280", "281", "282", "283", "284", "285", "286", "287", "288", "289", "290", "291", "292", "293", "294", "295", "296", "297", "298", "299", "300", "301", "302", "303", "304", "305", "306", "307", "308", "309", "310", "311", "312", "313", "314", "315", "316", "317", "318", "319", "320", "321", "322", "323", "324", "325", "326", "327", "328", "329", "330", "331", "332", "333", "334", "335", "336", "337", "338", "339", "340", "341", "342", "343", "344", "345", "346", "347", "348", "349", "350", "351", "352", "353", "354", "355", "356", "357", "358", "359", "360", "361", "362", "363", "364", "365", "366", "367", "368", "369", "370", "371", "372", "373", "374", "375", "376", "377", "378", "379", "380", "381", "382", "383", "384", "385", "386", "387", "388", "389", "390", "391", "392", "393", "394", "395", "396", "397", "398", "399", "400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413") and sorted(per.values()) == [1] * 12) \
        or (batch_no in ("99", "112") and sorted(per.values()) == [1] * 8) or (batch_no in ("100", "101") and sorted(per.values()) == [1] * 6) \
        or (batch_no in ("91", "102") and sorted(per.values()) == [1] * 11) \
        or (batch_no == "108" and sorted(per.values()) == [1] * 10)
    for row in batch:
        name = row["local-name"]
        assert nontech_real.in_split(name, rows, split) and nontech_real.never_trains(row, rows, "train")
        assert not any(nontech_real.in_split(name, rows, other) for other in others), name
    assert not any(nontech_real.in_split(r["local-name"], rows, split) for r in rows if r["batch"] != batch_no)
    labels = json.loads(nontech_real.LABELS.read_text("utf-8"))
    assert all(row["local-name"] in labels for row in batch)  # labelled, every one
    # a span in each, but for batch 44's plumber advert (blurb, benefits and how to apply, nothing asked) and
    # batch 71's paediatric surgery fellowship (the department and whom to contact, nothing asked), and batch 75's
    # oncology specialty doctor advert (the department and its equipment, nothing asked), batch 102's assistant
    # principal vacancy (who may apply and how, nothing asked), batch 116's agile product owner advert (the
    # trust's story, its equality statement and whom to contact, nothing asked), and batch 126's single point of
    # access administrator advert (the service's story; 'competent and diligent' asks no skill), and batch 170's
    # ophthalmology staff nurse advert (the career paths on offer, nothing asked), and batch 176's clinical
    # radiology ST1 advert (the application window and visa rules; the person specification is elsewhere), and
    # batch 182's emergency medicine ST/CT1 advert (the same: application window, Oriel and visa rules), and
    # batch 185's relief sous chef advert (the hotel, the assignment and the agency's terms, nothing asked), and
    # batch 188's general medicine staff nurse advert (the trust's story and a contact line, nothing asked), and
    # batch 190's clinical recruitment open day (the event, its times and the hospital's story, nothing asked), and
    # batch 198's rotational clinical fellow advert (the rotations on offer, nothing asked), and batch 208's
    # intermediate care nursing assistant advert (the service's story and a contact line, nothing asked), and
    # batch 216's consultant radiologist advert (the trust's and the department's story, nothing asked), and
    # batch 222's charge nurse advert (the ward, the team, the benefits and a contact line, nothing asked), and
    # batch 224's healthcare support worker advert (the trust's story, its benefits and staff quotes, nothing asked)
    # batch 234's staff nurse advert (the trust's story, staff quotes, perks and contacts, nothing asked),
    # batch 252's bank staff nurses advert and batch 253's salaried GP advert (the employer, the pay, the perks and
    # the contacts, nothing asked), batch 262's AMU clinical pharmacist advert (the employer, its sites, the pay, the
    # development on offer and the contacts, nothing asked), batch 267's bank HCA advert (the role's name, the perks,
    # a fast-track interview and an infection-control policy, nothing asked), batch 269's band 5 staff nurse advert
    # (the critical care unit, its induction programme and a Covid note, nothing asked), batch 270's specialty
    # trainee in cardiothoracic surgery advert (the application process, a person specification held elsewhere and
    # immigration policy, nothing asked), batch 293's cystic fibrosis ward staff nurse advert (the unit, its research
    # standing, the induction and development on offer and the contacts, nothing asked), batch 298's major trauma
    # staff nurse advert (the ward, its benefits, whom applications are welcome from and the contacts, nothing asked),
    # batch 302's staff nurse advert (the wards and the training on offer, nothing asked) and two of batch 303's: a
    # locum consultant in emergency medicine (the department and its facilities) and a salaried GP (the practice, its
    # place, its benefits and the contacts), nothing asked, and batch 306's clinical pharmacist advert (the recruitment
    # process and a length of experience, nothing named), batch 311's ST1 obstetrics and gynaecology advert (the
    # recruitment process, pay, eligibility and immigration, nothing asked), batch 321's junior clinical fellow in plastic
    # surgery advert (the trust, the unit and the contacts, nothing asked), batch 322's preceptorship staff nurse advert
    # (the trust, its benefits and how the interviews run, nothing asked), batch 335's senior clinical fellow in
    # dermatology advert (the trust, the city and the benefits, nothing asked), batch 337's thoracic medicine staff
    # nurse advert (the trust's promotion, staff and patient quotes and a welcome payment, nothing asked), batch 349's
    # recently qualified nurses' advert (the trust's promotion, a head of nursing's story, DBS fees and benefits,
    # nothing asked), batch 358's CAMHS support worker advert (the hospital, its services, the benefits and a DBS check
    # the company pays for, nothing asked), batch 359's locum consultant anaesthetist advert (the department, its sites
    # and specialties, nothing asked) and batch 360's specialist speech and language therapist advert (the service, its
    # patients and a contact, nothing asked), batch 364's advanced nurse practitioner advert (the practice, its benefits,
    # a DBS policy line and the contacts, nothing asked) and batch 365's bank staff nurse advert (the trust's story, its
    # benefits and a contact line, nothing asked), batch 366's acute medicine consultant advert (the trust, its benefits,
    # the area and the contacts, nothing asked), batch 367's recovery theatre practitioner advert (the trust, the
    # training it offers, benefits and contacts, nothing asked), batch 368's bank clinical pharmacist advert (the
    # trust's story, benefits and how to apply, nothing asked), batch 371's medical bank locum advert (the trust's
    # services and benefits, nothing asked) and its locum paediatric consultant advert (the unit, the hospital, a policy
    # line and the contacts, nothing asked), and batch 372's community mental health nurse advert (the service, the
    # benefits, training the trust offers and contacts; "enthusiastic" alone, a personality word), batch 382's band 5 or
    # 6 staff nurse, midwifery apprentice and mental health staff nurse adverts (the unit and its patients, who may
    # apply and a DBS policy, the service and its benefits: nothing asked) and batch 385's consultant and locum
    # consultant advert (the service, its benefits and the contacts, nothing asked), batch 391's locum anaesthetics
    # consultant advert (the department and its services, nothing asked) and batch 392's intensive care staff nurse
    # advert (the service, the training it offers and benefits, nothing asked), and batch 400's radiology specialty
    # doctor advert (the trust, its values and a sponsorship policy) and integration analyst advert (the bank's joining
    # steps), nothing asked, and batch 406's intensive care staff nurse advert (the unit's pitch and benefits) and
    # associate advert (the organisation), nothing asked, and batch 412's intensive care consultant advert and a
    # nursing opportunities advert (the service and its benefits), nothing asked
    assert sum(not labels[row["local-name"]] for row in batch) == {"303": 2, "371": 2, "382": 3, "400": 2, "406": 2, "412": 2}.get(batch_no, int(
        batch_no in ("44", "71", "75", "102", "116", "126", "141", "146", "151", "170", "176", "182", "185", "188",
                     "190", "198", "208", "216", "222", "224", "234", "252", "253", "262", "267", "269", "270",
                     "293", "298", "302", "306", "311", "321", "322",
                     "335", "337", "349", "358", "359", "360", "364", "365",
                     "366", "367", "368", "372", "385", "391", "392")))


def test_batch_32_of_the_committed_manifest_is_held_occ23_and_no_other_split():
    _assert_new_occupation_batch("32", "held-occ23", ["train", "train-tech", "train-occ", "train-occ2", "held",
                                                      "held-occ", "held-occ22", "held-lang", "held-lang3"])


def test_batch_33_of_the_committed_manifest_is_held_lang4_in_five_languages_and_the_command_line_accepts_it(
        monkeypatch, tmp_path, capsys):
    rows = nontech_real.manifest()
    batch = [r for r in rows if r["batch"] == "33"]
    languages = collections.Counter(r["language"] for r in batch)
    assert len(batch) == 16 and set(languages) == {"fr", "de", "es", "it", "pt"}
    assert languages["de"] >= 4 and languages["fr"] >= 4  # the two weakest languages of held-lang3
    earlier = {(r["repo"], r["path"], r["locator"]) for r in rows if int(r["batch"]) < 33}
    assert not {(r["repo"], r["path"], r["locator"]) for r in batch} & earlier  # no posting twice
    assert {nontech_real.language_split(r, rows) for r in batch} == {"held-lang4"}
    others = ["train", "train-tech", "train-occ", "train-occ2", "held", "held-occ", "held-occ22", "held-lang",
              "held-lang2", "held-lang3"]
    for row in batch:
        name = row["local-name"]
        assert nontech_real.in_split(name, rows, "held-lang4") and nontech_real.never_trains(row, rows, "train")
        assert not any(nontech_real.in_split(name, rows, other) for other in others), name
    assert not any(nontech_real.in_split(r["local-name"], rows, "held-lang4") for r in rows if r["batch"] != "33")
    labels = json.loads(nontech_real.LABELS.read_text("utf-8"))
    assert all(any(s["label"] == "K" for s in labels[row["local-name"]]) for row in batch)
    monkeypatch.setattr(nontech_real, "CACHE", tmp_path / "no-cache")  # scores nothing: only the choice is checked
    monkeypatch.setattr(sys, "argv", ["nontech_real.py", "--split", "held-lang4"])
    assert nontech_real.main() == 0 and "no cached, labelled postings" in capsys.readouterr().out


@pytest.mark.parametrize(("batch_no", "split", "earlier"), [
    ("34", "held-occ24", ["held-occ22", "held-occ23"]),
    ("35", "held-occ25", ["held-occ23", "held-occ24"]),
    ("36", "held-occ26", ["held-occ24", "held-occ25"]),
    ("37", "held-occ27", ["held-occ25", "held-occ26"]),
    ("38", "held-occ28", ["held-occ26", "held-occ27"]),
    ("39", "held-occ29", ["held-occ27", "held-occ28"]),
    ("40", "held-occ30", ["held-occ28", "held-occ29"]),
    ("41", "held-occ31", ["held-occ29", "held-occ30"]),
    ("42", "held-occ32", ["held-occ30", "held-occ31"]),
    ("43", "held-occ33", ["held-occ31", "held-occ32"]),
    ("44", "held-occ34", ["held-occ32", "held-occ33"]),
    ("45", "held-occ35", ["held-occ33", "held-occ34"]),
    ("46", "held-occ36", ["held-occ34", "held-occ35"]),
    ("47", "held-occ37", ["held-occ35", "held-occ36"]),
    ("48", "held-occ38", ["held-occ36", "held-occ37"]),
    ("49", "held-occ39", ["held-occ37", "held-occ38"]),
    ("50", "held-occ40", ["held-occ38", "held-occ39"]),
    ("51", "held-occ41", ["held-occ39", "held-occ40"]),
    ("52", "held-occ42", ["held-occ40", "held-occ41"]),
    ("53", "held-occ43", ["held-occ41", "held-occ42"]),
    ("54", "held-occ44", ["held-occ42", "held-occ43"]),
    ("55", "held-occ45", ["held-occ43", "held-occ44"]),
    ("56", "held-occ46", ["held-occ44", "held-occ45"]),
    ("57", "held-occ47", ["held-occ45", "held-occ46"]),
    ("58", "held-occ48", ["held-occ46", "held-occ47"]),
    ("59", "held-occ49", ["held-occ47", "held-occ48"]),
    ("60", "held-occ50", ["held-occ48", "held-occ49"]),
    ("61", "held-occ51", ["held-occ49", "held-occ50"]),
    ("62", "held-occ52", ["held-occ50", "held-occ51"]),
    ("63", "held-occ53", ["held-occ51", "held-occ52"]),
    ("64", "held-occ54", ["held-occ52", "held-occ53"]),
    ("65", "held-occ55", ["held-occ53", "held-occ54"]),
    ("66", "held-occ56", ["held-occ54", "held-occ55"]),
    ("67", "held-occ57", ["held-occ55", "held-occ56"]),
    ("68", "held-occ58", ["held-occ56", "held-occ57"]),
    ("69", "held-occ59", ["held-occ57", "held-occ58"]),
    ("70", "held-occ60", ["held-occ58", "held-occ59"]),
    ("71", "held-occ61", ["held-occ59", "held-occ60"]),
    ("72", "held-occ62", ["held-occ60", "held-occ61"]),
    ("73", "held-occ63", ["held-occ61", "held-occ62"]),
    ("74", "held-occ64", ["held-occ62", "held-occ63"]),
    ("75", "held-occ65", ["held-occ63", "held-occ64"]),
    ("76", "held-occ66", ["held-occ64", "held-occ65"]),
    ("77", "held-occ67", ["held-occ65", "held-occ66"]),
    ("78", "held-occ68", ["held-occ66", "held-occ67"]),
    ("79", "held-occ69", ["held-occ67", "held-occ68"]),
    ("80", "held-occ70", ["held-occ68", "held-occ69"]),
    ("81", "held-occ71", ["held-occ69", "held-occ70"]),
    ("82", "held-occ72", ["held-occ70", "held-occ71"]),
    ("83", "held-occ73", ["held-occ71", "held-occ72"]),
    ("84", "held-occ74", ["held-occ72", "held-occ73"]),
    ("85", "held-occ75", ["held-occ73", "held-occ74"]),
    ("86", "held-occ76", ["held-occ74", "held-occ75"]),
    ("87", "held-occ77", ["held-occ75", "held-occ76"]),
    ("88", "held-occ78", ["held-occ76", "held-occ77"]),
    ("89", "held-occ79", ["held-occ77", "held-occ78"]),
    ("90", "held-occ80", ["held-occ78", "held-occ79"]),
    ("91", "held-occ81", ["held-occ79", "held-occ80"]),
    ("92", "held-occ82", ["held-occ80", "held-occ81"]),
    ("93", "held-occ83", ["held-occ81", "held-occ82"]),
    ("94", "held-occ84", ["held-occ82", "held-occ83"]),
    ("95", "held-occ85", ["held-occ83", "held-occ84"]),
    ("96", "held-occ86", ["held-occ84", "held-occ85"]),
    ("97", "held-occ87", ["held-occ85", "held-occ86"]),
    ("98", "held-occ88", ["held-occ86", "held-occ87"]),
    ("99", "held-occ89", ["held-occ87", "held-occ88"]),
    ("100", "held-occ90", ["held-occ88", "held-occ89"]),
    ("101", "held-occ91", ["held-occ89", "held-occ90"]),
    ("102", "held-occ92", ["held-occ90", "held-occ91"]),
    ("103", "held-occ93", ["held-occ91", "held-occ92"]),
    ("104", "held-occ94", ["held-occ92", "held-occ93"]),
    ("105", "held-occ95", ["held-occ93", "held-occ94"]),
    ("106", "held-occ96", ["held-occ94", "held-occ95"]),
    ("107", "held-occ97", ["held-occ95", "held-occ96"]),
    ("108", "held-occ98", ["held-occ96", "held-occ97"]),
    ("109", "held-occ99", ["held-occ97", "held-occ98"]),
    ("110", "held-occ100", ["held-occ98", "held-occ99"]),
    ("111", "held-occ101", ["held-occ99", "held-occ100"]),
    ("112", "held-occ102", ["held-occ100", "held-occ101"]),
    ("113", "held-occ103", ["held-occ101", "held-occ102"]),
    ("114", "held-occ104", ["held-occ102", "held-occ103"]),
    ("115", "held-occ105", ["held-occ103", "held-occ104"]),
    ("116", "held-occ106", ["held-occ104", "held-occ105"]),
    ("117", "held-occ107", ["held-occ105", "held-occ106"]),
    ("118", "held-occ108", ["held-occ106", "held-occ107"]),
    ("119", "held-occ109", ["held-occ107", "held-occ108"]),
    ("120", "held-occ110", ["held-occ108", "held-occ109"]),
    ("121", "held-occ111", ["held-occ109", "held-occ110"]),
    ("122", "held-occ112", ["held-occ110", "held-occ111"]),
    ("123", "held-occ113", ["held-occ111", "held-occ112"]),
    ("124", "held-occ114", ["held-occ112", "held-occ113"]),
    ("125", "held-occ115", ["held-occ113", "held-occ114"]),
    ("126", "held-occ116", ["held-occ114", "held-occ115"]),
    ("127", "held-occ117", ["held-occ115", "held-occ116"]),
    ("128", "held-occ118", ["held-occ116", "held-occ117"]),
    ("129", "held-occ119", ["held-occ117", "held-occ118"]),
    ("130", "held-occ120", ["held-occ118", "held-occ119"]),
    ("131", "held-occ121", ["held-occ119", "held-occ120"]),
    ("132", "held-occ122", ["held-occ120", "held-occ121"]),
    ("133", "held-occ123", ["held-occ121", "held-occ122"]),
    ("134", "held-occ124", ["held-occ122", "held-occ123"]),
    ("135", "held-occ125", ["held-occ123", "held-occ124"]),
    ("136", "held-occ126", ["held-occ124", "held-occ125"]),
    ("137", "held-occ127", ["held-occ125", "held-occ126"]),
    ("138", "held-occ128", ["held-occ126", "held-occ127"]),
    ("139", "held-occ129", ["held-occ127", "held-occ128"]),
    ("140", "held-occ130", ["held-occ128", "held-occ129"]),
    ("141", "held-occ131", ["held-occ129", "held-occ130"]),
    ("142", "held-occ132", ["held-occ130", "held-occ131"]),
    ("143", "held-occ133", ["held-occ131", "held-occ132"]),
    ("144", "held-occ134", ["held-occ132", "held-occ133"]),
    ("145", "held-occ135", ["held-occ133", "held-occ134"]),
    ("146", "held-occ136", ["held-occ134", "held-occ135"]),
    ("147", "held-occ137", ["held-occ135", "held-occ136"]),
    ("148", "held-occ138", ["held-occ136", "held-occ137"]),
    ("149", "held-occ139", ["held-occ137", "held-occ138"]),
    ("150", "held-occ140", ["held-occ138", "held-occ139"]),
    ("151", "held-occ141", ["held-occ139", "held-occ140"]),
    ("152", "held-occ142", ["held-occ140", "held-occ141"]),
    ("153", "held-occ143", ["held-occ141", "held-occ142"]),
    ("154", "held-occ144", ["held-occ142", "held-occ143"]),
    ("155", "held-occ145", ["held-occ143", "held-occ144"]),
    ("156", "held-occ146", ["held-occ144", "held-occ145"]),
    ("157", "held-occ147", ["held-occ145", "held-occ146"]),
    ("158", "held-occ148", ["held-occ146", "held-occ147"]),
    ("159", "held-occ149", ["held-occ147", "held-occ148"]),
    ("160", "held-occ150", ["held-occ148", "held-occ149"]),
    ("161", "held-occ151", ["held-occ149", "held-occ150"]),
    ("162", "held-occ152", ["held-occ150", "held-occ151"]),
    ("163", "held-occ153", ["held-occ151", "held-occ152"]),
    ("164", "held-occ154", ["held-occ152", "held-occ153"]),
    ("165", "held-occ155", ["held-occ153", "held-occ154"]),
    ("166", "held-occ156", ["held-occ154", "held-occ155"]),
    ("167", "held-occ157", ["held-occ155", "held-occ156"]),
    ("168", "held-occ158", ["held-occ156", "held-occ157"]),
    ("169", "held-occ159", ["held-occ157", "held-occ158"]),
    ("170", "held-occ160", ["held-occ158", "held-occ159"]),
    ("171", "held-occ161", ["held-occ159", "held-occ160"]),
    ("172", "held-occ162", ["held-occ160", "held-occ161"]),
    ("173", "held-occ163", ["held-occ161", "held-occ162"]),
    ("174", "held-occ164", ["held-occ162", "held-occ163"]),
    ("175", "held-occ165", ["held-occ163", "held-occ164"]),
    ("176", "held-occ166", ["held-occ164", "held-occ165"]),
    ("177", "held-occ167", ["held-occ165", "held-occ166"]),
    ("178", "held-occ168", ["held-occ166", "held-occ167"]),
    ("179", "held-occ169", ["held-occ167", "held-occ168"]),
    ("180", "held-occ170", ["held-occ168", "held-occ169"]),
    ("181", "held-occ171", ["held-occ169", "held-occ170"]),
    ("182", "held-occ172", ["held-occ170", "held-occ171"]),
    ("183", "held-occ173", ["held-occ171", "held-occ172"]),
    ("184", "held-occ174", ["held-occ172", "held-occ173"]),
    ("185", "held-occ175", ["held-occ173", "held-occ174"]),
    ("186", "held-occ176", ["held-occ174", "held-occ175"]),
    ("187", "held-occ177", ["held-occ175", "held-occ176"]),
    ("188", "held-occ178", ["held-occ176", "held-occ177"]),
    ("189", "held-occ179", ["held-occ177", "held-occ178"]),
    ("190", "held-occ180", ["held-occ178", "held-occ179"]),
    ("191", "held-occ181", ["held-occ179", "held-occ180"]),
    ("192", "held-occ182", ["held-occ180", "held-occ181"]),
    ("193", "held-occ183", ["held-occ181", "held-occ182"]),
    ("194", "held-occ184", ["held-occ182", "held-occ183"]),
    ("195", "held-occ185", ["held-occ183", "held-occ184"]),
    ("196", "held-occ186", ["held-occ184", "held-occ185"]),
    ("197", "held-occ187", ["held-occ185", "held-occ186"]),
    ("198", "held-occ188", ["held-occ186", "held-occ187"]),
    ("199", "held-occ189", ["held-occ187", "held-occ188"]),
    ("200", "held-occ190", ["held-occ188", "held-occ189"]),
    ("201", "held-occ191", ["held-occ189", "held-occ190"]),
    ("202", "held-occ192", ["held-occ190", "held-occ191"]),
    ("203", "held-occ193", ["held-occ191", "held-occ192"]),
    ("204", "held-occ194", ["held-occ192", "held-occ193"]),
    ("205", "held-occ195", ["held-occ193", "held-occ194"]),
    ("206", "held-occ196", ["held-occ194", "held-occ195"]),
    ("207", "held-occ197", ["held-occ195", "held-occ196"]),
    ("208", "held-occ198", ["held-occ196", "held-occ197"]),
    ("209", "held-occ199", ["held-occ197", "held-occ198"]),
    ("210", "held-occ200", ["held-occ198", "held-occ199"]),
    ("211", "held-occ201", ["held-occ199", "held-occ200"]),
    ("212", "held-occ202", ["held-occ200", "held-occ201"]),
    ("213", "held-occ203", ["held-occ201", "held-occ202"]),
    ("214", "held-occ204", ["held-occ202", "held-occ203"]),
    ("215", "held-occ205", ["held-occ203", "held-occ204"]),
    ("216", "held-occ206", ["held-occ204", "held-occ205"]),
    ("217", "held-occ207", ["held-occ205", "held-occ206"]),
    ("218", "held-occ208", ["held-occ206", "held-occ207"]),
    ("219", "held-occ209", ["held-occ207", "held-occ208"]),
    ("220", "held-occ210", ["held-occ208", "held-occ209"]),
    ("221", "held-occ211", ["held-occ209", "held-occ210"]),
    ("222", "held-occ212", ["held-occ210", "held-occ211"]),
    ("223", "held-occ213", ["held-occ211", "held-occ212"]),
    ("224", "held-occ214", ["held-occ212", "held-occ213"]),
    ("225", "held-occ215", ["held-occ213", "held-occ214"]),
    ("226", "held-occ216", ["held-occ214", "held-occ215"]),
    ("227", "held-occ217", ["held-occ215", "held-occ216"]),
    ("228", "held-occ218", ["held-occ216", "held-occ217"]),
    ("229", "held-occ219", ["held-occ217", "held-occ218"]),
    ("230", "held-occ220", ["held-occ218", "held-occ219"]),
    ("231", "held-occ221", ["held-occ219", "held-occ220"]),
    ("232", "held-occ222", ["held-occ220", "held-occ221"]),
    ("233", "held-occ223", ["held-occ221", "held-occ222"]),
    ("234", "held-occ224", ["held-occ222", "held-occ223"]),
    ("235", "held-occ225", ["held-occ223", "held-occ224"]),
    ("236", "held-occ226", ["held-occ224", "held-occ225"]),
    ("237", "held-occ227", ["held-occ225", "held-occ226"]),
    ("238", "held-occ228", ["held-occ226", "held-occ227"]),
    ("239", "held-occ229", ["held-occ227", "held-occ228"]),
    ("240", "held-occ230", ["held-occ228", "held-occ229"]),
    ("241", "held-occ231", ["held-occ229", "held-occ230"]),
    ("242", "held-occ232", ["held-occ230", "held-occ231"]),
    ("243", "held-occ233", ["held-occ231", "held-occ232"]),
    ("244", "held-occ234", ["held-occ232", "held-occ233"]),
    ("245", "held-occ235", ["held-occ233", "held-occ234"]),
    ("246", "held-occ236", ["held-occ234", "held-occ235"]),
    ("247", "held-occ237", ["held-occ235", "held-occ236"]),
    ("248", "held-occ238", ["held-occ236", "held-occ237"]),
    ("249", "held-occ239", ["held-occ237", "held-occ238"]),
    ("250", "held-occ240", ["held-occ238", "held-occ239"]),
    ("251", "held-occ241", ["held-occ239", "held-occ240"]),
    ("252", "held-occ242", ["held-occ240", "held-occ241"]),
    ("253", "held-occ243", ["held-occ241", "held-occ242"]),
    ("254", "held-occ244", ["held-occ242", "held-occ243"]),
    ("255", "held-occ245", ["held-occ243", "held-occ244"]),
    ("256", "held-occ246", ["held-occ244", "held-occ245"]),
    ("257", "held-occ247", ["held-occ245", "held-occ246"]),
    ("258", "held-occ248", ["held-occ246", "held-occ247"]),
    ("259", "held-occ249", ["held-occ247", "held-occ248"]),
    ("260", "held-occ250", ["held-occ248", "held-occ249"]),
    ("261", "held-occ251", ["held-occ249", "held-occ250"]),
    ("262", "held-occ252", ["held-occ250", "held-occ251"]),
    ("263", "held-occ253", ["held-occ251", "held-occ252"]),
    ("264", "held-occ254", ["held-occ252", "held-occ253"]),
    ("265", "held-occ255", ["held-occ253", "held-occ254"]),
    ("266", "held-occ256", ["held-occ254", "held-occ255"]),
    ("267", "held-occ257", ["held-occ255", "held-occ256"]),
    ("268", "held-occ258", ["held-occ256", "held-occ257"]),
    ("269", "held-occ259", ["held-occ257", "held-occ258"]),
    ("270", "held-occ260", ["held-occ258", "held-occ259"]),
    ("271", "held-occ261", ["held-occ259", "held-occ260"]),
    ("272", "held-occ262", ["held-occ260", "held-occ261"]),
    ("273", "held-occ263", ["held-occ261", "held-occ262"]),
    ("274", "held-occ264", ["held-occ262", "held-occ263"]),
    ("275", "held-occ265", ["held-occ263", "held-occ264"]),
    ("276", "held-occ266", ["held-occ264", "held-occ265"]),
    ("277", "held-occ267", ["held-occ265", "held-occ266"]),
    ("278", "held-occ268", ["held-occ266", "held-occ267"]),
    ("279", "held-occ269", ["held-occ267", "held-occ268"]),
    ("280", "held-occ270", ["held-occ268", "held-occ269"]),
    ("281", "held-occ271", ["held-occ269", "held-occ270"]),
    ("282", "held-occ272", ["held-occ270", "held-occ271"]),
    ("283", "held-occ273", ["held-occ271", "held-occ272"]),
    ("284", "held-occ274", ["held-occ272", "held-occ273"]),
    ("285", "held-occ275", ["held-occ273", "held-occ274"]),
    ("286", "held-occ276", ["held-occ274", "held-occ275"]),
    ("287", "held-occ277", ["held-occ275", "held-occ276"]),
    ("288", "held-occ278", ["held-occ276", "held-occ277"]),
    ("289", "held-occ279", ["held-occ277", "held-occ278"]),
    ("290", "held-occ280", ["held-occ278", "held-occ279"]),
    ("291", "held-occ281", ["held-occ279", "held-occ280"]),
    ("292", "held-occ282", ["held-occ280", "held-occ281"]),
    ("293", "held-occ283", ["held-occ281", "held-occ282"]),
    ("294", "held-occ284", ["held-occ282", "held-occ283"]),
    ("295", "held-occ285", ["held-occ283", "held-occ284"]),
    ("296", "held-occ286", ["held-occ284", "held-occ285"]),
    ("297", "held-occ287", ["held-occ285", "held-occ286"]),
    ("298", "held-occ288", ["held-occ286", "held-occ287"]),
    ("299", "held-occ289", ["held-occ287", "held-occ288"]),
    ("300", "held-occ290", ["held-occ288", "held-occ289"]),
    ("301", "held-occ291", ["held-occ289", "held-occ290"]),
    ("302", "held-occ292", ["held-occ290", "held-occ291"]),
    ("303", "held-occ293", ["held-occ291", "held-occ292"]),
    ("304", "held-occ294", ["held-occ292", "held-occ293"]),
    ("305", "held-occ295", ["held-occ293", "held-occ294"]),
    ("306", "held-occ296", ["held-occ294", "held-occ295"]),
    ("307", "held-occ297", ["held-occ295", "held-occ296"]),
    ("308", "held-occ298", ["held-occ296", "held-occ297"]),
    ("309", "held-occ299", ["held-occ297", "held-occ298"]),
    ("310", "held-occ300", ["held-occ298", "held-occ299"]),
    ("311", "held-occ301", ["held-occ299", "held-occ300"]),
    ("312", "held-occ302", ["held-occ300", "held-occ301"]),
    ("313", "held-occ303", ["held-occ301", "held-occ302"]),
    ("314", "held-occ304", ["held-occ302", "held-occ303"]),
    ("315", "held-occ305", ["held-occ303", "held-occ304"]),
    ("316", "held-occ306", ["held-occ304", "held-occ305"]),
    ("317", "held-occ307", ["held-occ305", "held-occ306"]),
    ("318", "held-occ308", ["held-occ306", "held-occ307"]),
    ("319", "held-occ309", ["held-occ307", "held-occ308"]),
    ("320", "held-occ310", ["held-occ308", "held-occ309"]),
    ("321", "held-occ311", ["held-occ309", "held-occ310"]),
    ("322", "held-occ312", ["held-occ310", "held-occ311"]),
    ("323", "held-occ313", ["held-occ311", "held-occ312"]),
    ("324", "held-occ314", ["held-occ312", "held-occ313"]),
    ("325", "held-occ315", ["held-occ313", "held-occ314"]),
    ("326", "held-occ316", ["held-occ314", "held-occ315"]),
    ("327", "held-occ317", ["held-occ315", "held-occ316"]),
    ("328", "held-occ318", ["held-occ316", "held-occ317"]),
    ("329", "held-occ319", ["held-occ317", "held-occ318"]),
    ("330", "held-occ320", ["held-occ318", "held-occ319"]),
    ("331", "held-occ321", ["held-occ319", "held-occ320"]),
    ("332", "held-occ322", ["held-occ320", "held-occ321"]),
    ("333", "held-occ323", ["held-occ321", "held-occ322"]),
    ("334", "held-occ324", ["held-occ322", "held-occ323"]),
    ("335", "held-occ325", ["held-occ323", "held-occ324"]),
    ("336", "held-occ326", ["held-occ324", "held-occ325"]),
    ("337", "held-occ327", ["held-occ325", "held-occ326"]),
    ("338", "held-occ328", ["held-occ326", "held-occ327"]),
    ("339", "held-occ329", ["held-occ327", "held-occ328"]),
    ("340", "held-occ330", ["held-occ328", "held-occ329"]),
    ("341", "held-occ331", ["held-occ329", "held-occ330"]),
    ("342", "held-occ332", ["held-occ330", "held-occ331"]),
    ("343", "held-occ333", ["held-occ331", "held-occ332"]),
    ("344", "held-occ334", ["held-occ332", "held-occ333"]),
    ("345", "held-occ335", ["held-occ333", "held-occ334"]),
    ("346", "held-occ336", ["held-occ334", "held-occ335"]),
    ("347", "held-occ337", ["held-occ335", "held-occ336"]),
    ("348", "held-occ338", ["held-occ336", "held-occ337"]),
    ("349", "held-occ339", ["held-occ337", "held-occ338"]),
    ("350", "held-occ340", ["held-occ338", "held-occ339"]),
    ("351", "held-occ341", ["held-occ339", "held-occ340"]),
    ("352", "held-occ342", ["held-occ340", "held-occ341"]),
    ("353", "held-occ343", ["held-occ341", "held-occ342"]),
    ("354", "held-occ344", ["held-occ342", "held-occ343"]),
    ("355", "held-occ345", ["held-occ343", "held-occ344"]),
    ("356", "held-occ346", ["held-occ344", "held-occ345"]),
    ("357", "held-occ347", ["held-occ345", "held-occ346"]),
    ("358", "held-occ348", ["held-occ346", "held-occ347"]),
    ("359", "held-occ349", ["held-occ347", "held-occ348"]),
    ("360", "held-occ350", ["held-occ348", "held-occ349"]),
    ("361", "held-occ351", ["held-occ349", "held-occ350"]),
    ("362", "held-occ352", ["held-occ350", "held-occ351"]),
    ("363", "held-occ353", ["held-occ351", "held-occ352"]),
    ("364", "held-occ354", ["held-occ352", "held-occ353"]),
    ("365", "held-occ355", ["held-occ353", "held-occ354"]),
    ("366", "held-occ356", ["held-occ354", "held-occ355"]),
    ("367", "held-occ357", ["held-occ355", "held-occ356"]),
    ("368", "held-occ358", ["held-occ356", "held-occ357"]),
    ("369", "held-occ359", ["held-occ357", "held-occ358"]),
    ("370", "held-occ360", ["held-occ358", "held-occ359"]),
    ("371", "held-occ361", ["held-occ359", "held-occ360"]),
    ("372", "held-occ362", ["held-occ360", "held-occ361"]),
    ("373", "held-occ363", ["held-occ361", "held-occ362"]),
    ("374", "held-occ364", ["held-occ362", "held-occ363"]),
    ("375", "held-occ365", ["held-occ363", "held-occ364"]),
    ("376", "held-occ366", ["held-occ364", "held-occ365"]),
    ("377", "held-occ367", ["held-occ365", "held-occ366"]),
    ("378", "held-occ368", ["held-occ366", "held-occ367"]),
    ("379", "held-occ369", ["held-occ367", "held-occ368"]),
    ("380", "held-occ370", ["held-occ368", "held-occ369"]),
    ("381", "held-occ371", ["held-occ369", "held-occ370"]),
    ("382", "held-occ372", ["held-occ370", "held-occ371"]),
    ("383", "held-occ373", ["held-occ371", "held-occ372"]),
    ("384", "held-occ374", ["held-occ372", "held-occ373"]),
    ("385", "held-occ375", ["held-occ373", "held-occ374"]),
    ("386", "held-occ376", ["held-occ374", "held-occ375"]),
    ("387", "held-occ377", ["held-occ375", "held-occ376"]),
    ("388", "held-occ378", ["held-occ376", "held-occ377"]),
    ("389", "held-occ379", ["held-occ377", "held-occ378"]),
    ("390", "held-occ380", ["held-occ378", "held-occ379"]),
    ("391", "held-occ381", ["held-occ379", "held-occ380"]),
    ("392", "held-occ382", ["held-occ380", "held-occ381"]),
    ("393", "held-occ383", ["held-occ381", "held-occ382"]),
    ("394", "held-occ384", ["held-occ382", "held-occ383"]),
    ("395", "held-occ385", ["held-occ383", "held-occ384"]),
    ("396", "held-occ386", ["held-occ384", "held-occ385"]),
    ("397", "held-occ387", ["held-occ385", "held-occ386"]),
    ("398", "held-occ388", ["held-occ386", "held-occ387"]),
    ("399", "held-occ389", ["held-occ387", "held-occ388"]),
    ("400", "held-occ390", ["held-occ388", "held-occ389"]),
    ("401", "held-occ391", ["held-occ389", "held-occ390"]),
    ("402", "held-occ392", ["held-occ390", "held-occ391"]),
    ("403", "held-occ393", ["held-occ391", "held-occ392"]),
    ("404", "held-occ394", ["held-occ392", "held-occ393"]),
    ("405", "held-occ395", ["held-occ393", "held-occ394"]),
    ("406", "held-occ396", ["held-occ394", "held-occ395"]),
    ("407", "held-occ397", ["held-occ395", "held-occ396"]),
    ("408", "held-occ398", ["held-occ396", "held-occ397"]),
    ("409", "held-occ399", ["held-occ397", "held-occ398"]),
    ("410", "held-occ400", ["held-occ398", "held-occ399"]),
    ("411", "held-occ401", ["held-occ399", "held-occ400"]),
    ("412", "held-occ402", ["held-occ400", "held-occ401"]),
    ("413", "held-occ403", ["held-occ401", "held-occ402"]),
])
def test_a_batch_of_new_occupations_is_its_own_held_occ_split_and_the_command_line_accepts_it(
        monkeypatch, tmp_path, capsys, batch_no, split, earlier):
    _assert_new_occupation_batch(batch_no, split, ["train", "train-tech", "train-occ", "train-occ2", "held",
                                                   "held-occ", *earlier, "held-lang", "held-lang4"])
    monkeypatch.setattr(nontech_real, "CACHE", tmp_path / "no-cache")  # scores nothing: only the choice is checked
    monkeypatch.setattr(sys, "argv", ["nontech_real.py", "--split", split])
    assert nontech_real.main() == 0 and "no cached, labelled postings" in capsys.readouterr().out


def test_a_group_with_no_knowledge_span_labelled_has_no_f1_rather_than_zero():
    """An advert that asks nothing, or only things a person does, has no knowledge recall: its F1 is
    undefined, so the per-occupation table prints n/a and the lowest F1 leaves it out; its
    predictions still count in the precision of every group above it."""
    assert nontech_real.f1_of([0, 0, 0, 0]) is None and nontech_real.f1_of([0, 0, 3, 4]) is None
    assert nontech_real.f1_of([1, 2, 1, 1]) == 0.6667 and nontech_real.f1_of([0, 2, 0, 3]) == 0.0
    assert nontech_real.scores([0, 0, 3, 4]) == "0.750   n/a   n/a"
    assert nontech_real.scores([0, 0, 0, 0]) == "  n/a   n/a   n/a"
    assert nontech_real.scores([1, 2, 1, 1]) == "1.000 0.500 0.667"


def test_the_split_choices_are_every_batch_of_new_occupations_read_from_the_manifest():
    """``--split`` takes one held-occ split for each batch of new occupations, read from the manifest: the split of
    every such posting is a choice, each choice once, held-occ in batch order, between the fixed and language
    splits."""
    rows = nontech_real.manifest()
    choices = nontech_real.split_choices(rows)
    assert len(choices) == len(set(choices))
    occupation = [c for c in choices if c.startswith("held-occ")]
    assert occupation[:3] == ["held-occ", "held-occ2", "held-occ3"]
    assert occupation == ["held-occ", *(f"held-occ{i}" for i in range(2, len(occupation) + 1))]
    first = nontech_real.first_occupations(rows)
    splits = {nontech_real.occupation_split(r, rows) for r in rows if r["occupation"] not in first
              and int(r.get("batch") or 1) in nontech_real.occupation_batches(rows)}
    assert splits == set(occupation)
    assert choices[:3] == ["all", "train", "train-tech"] and choices[-1] == "held-lang4"
