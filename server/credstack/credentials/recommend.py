"""Which credentials fill the missing skills: a weighted set cover, greedy, explained.

Each step takes the credential with the most value for its price and time:

    value = (weight of the still-missing skills it covers) x assessment factor
            / (1 + cost / COST_SCALE + hours / HOURS_SCALE)

A skill a credential covers only through an implication (it teaches "Recruiting", which implies
"Talent Acquisition") counts at IMPLIED_CREDIT, the credit the gap score gives an implied skill, and
only alongside a skill it teaches outright: an email-marketing badge is no way to learn Statistics.
Assessed credentials count more than watch-only ones. A credential the posting names outright is
taken before anything else that fits, because nothing else satisfies that line of the posting. One
that mostly repeats what the stack already covers is only taken when nothing else covers the rest
(and a warning is given when two chosen ones overlap). The user's limits (budget, hours a week,
free only, number of items) are hard limits; a self-paced credential is stretched to the user's
hours a week, which makes a subscription cost more months.

Greedy by value per cost is the classic heuristic for weighted set cover and budgeted coverage, and
it can be fooled: a cheap first pick crowds out a better dear one under a budget, or leaves a stack
dearer than needed. So the greedy run is repeated starting from each of the few strongest single
candidates, picks made redundant by later ones are dropped, and the stack covering the most weight
for the least cost and time wins. ``bench/stack_bench.py`` measures plain greedy and this against
the exact optimum (brute force over small random instances).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from credstack.credentials.catalog import Catalog, credential_to_dict
from credstack.credentials.ladders import covered_by, has_higher, peers_of
from credstack.credentials.model import (
    Assessment,
    Credential,
    CredentialKind,
    Pricing,
    Range,
    Recommendation,
    StackPlan,
)
from credstack.gaps import STATUS_CREDIT, GapStatus
from credstack.places import load_places

ASSESSMENT_FACTOR = {Assessment.PROCTORED_EXAM: 1.0, Assessment.GRADED_PROJECTS: 0.9, Assessment.QUIZZES: 0.7,
                     Assessment.NONE: 0.5}
IMPLIED_CREDIT = STATUS_CREDIT[GapStatus.IMPLIED]  # an implied skill is most of the way there
COST_SCALE = 200.0  # dollars that weigh as much as the base penalty of 1
HOURS_SCALE = 40.0  # study hours that weigh as much as the base penalty of 1
UNKNOWN_COST_FLOOR = 1000.0  # the least an unpublished price ranks as
# Study time most providers do not publish (exams especially). For ranking only, never shown: the
# order of magnitude of each kind, so a quiz-assessed badge does not rank like a semester's programme.
RANKING_HOURS = {CredentialKind.DIGITAL_BADGE: 10.0, CredentialKind.INDUSTRY_CERTIFICATION: 100.0,
                 CredentialKind.PROFESSIONAL_CERTIFICATE: 150.0, CredentialKind.NANODEGREE: 150.0,
                 CredentialKind.MICROMASTERS: 300.0}
MIN_NEW_SHARE = 0.5  # a credential with under half of its coverage still missing mostly repeats the stack
OVERLAP_WARNING = 0.6  # warn when two chosen credentials share this much of the smaller one's coverage
SEEDS = 8  # strongest single candidates to restart the greedy run from


@dataclass
class Limits:
    max_budget: float | None = None
    max_hours_per_week: float | None = None
    free_only: bool = False
    max_items: int = 5


@dataclass
class _Candidate:
    credential: Credential
    cover: dict[str, str | None]  # missing skill -> None if taught outright, else the skill implying it
    named: bool
    cost: float | None
    hours: float | None
    weeks: float | None
    order: int
    penalty: float = 1.0
    step: object | None = None  # the profile's lapsed or in-progress certification this would renew or finish
    fit: str | None = None  # how it fits the role: "vendor", "occupation", "tool" (None: not judged)
    level_factor: float = 1.0  # below 1 when its level is far from the posting's seniority
    names: frozenset[str] = frozenset()  # the names the posting may ask for it by (its lines in ``missing``)
    written: bool = False  # the posting writes its own name ("NCLEX-RN"), not only what it leads to
    # 1: limited to some states, the job's among them (TExES for a Texas teacher); -1: limited to
    # some states, the job's not given; -2: limited to others than the job's (kept only when the
    # posting names it); 0: counts in the whole of its country
    locality: int = 0
    # the certifications the posting asks that this national credential stands in for where the job is
    # (``stand_ins``): "CPR certified" in a London posting, whose usual card counts only in the US
    stands_in: tuple[str, ...] = ()


@dataclass
class _Option:
    candidate: _Candidate
    new: dict[str, str | None]
    gain: float
    value: float
    repeat: bool

    def key(self, uncovered: dict[str, float]) -> tuple:
        named_first = self.candidate.named and bool(self.candidate.names & uncovered.keys())
        return (named_first, self.candidate.step is not None, self.candidate.locality, round(self.value, 9),
                round(self.gain, 9), -self.candidate.order)


@dataclass
class _Step:
    option: _Option
    rivals: list[_Option]
    seeded: bool = False


@dataclass
class _Run:
    steps: list[_Step] = field(default_factory=list)
    uncovered: dict[str, float] = field(default_factory=dict)
    spent: float = 0.0
    stopped_at_max: bool = False

    @property
    def covered_weight(self) -> float:
        return sum(s.option.gain for s in self.steps)

    def score(self) -> tuple:
        named_done = sum(1 for s in self.steps if s.option.candidate.named or s.option.candidate.step is not None)
        burden = sum(s.option.candidate.penalty for s in self.steps)
        locality = sum(s.option.candidate.locality for s in self.steps)
        return (named_done, locality, round(self.covered_weight, 9), -round(burden, 9), -len(self.steps))


def recommend_stack(missing: dict[str, float], catalog: Catalog | Iterable[Credential], limits: Limits | None = None,
                    named: Iterable[str] = frozenset(), have_credentials: Iterable[str] = frozenset(),
                    *, seeds: int = SEEDS, steps: dict | None = None, fit=None,
                    slots: Iterable[frozenset[str]] = (), named_ids: dict[str, str] | None = None,
                    written: Iterable[str] = frozenset()) -> StackPlan:
    """Choose credentials covering the most weight of ``missing`` for the money and time.

    ``missing`` maps vocabulary skill names (certifications included) to weights; ``named`` holds the
    vocabulary certification names the posting names outright (they count when also in ``missing``,
    that is when the user lacks them); ``have_credentials`` are catalog ids the user holds. ``seeds``
    is how many restarts to try (0: plain greedy, for the benchmark). ``steps`` maps catalog ids of
    certifications the profile let lapse or is working towards to them (``credentials.held``): such
    a credential is offered as a renewal or a finish, ahead of new ones. ``fit`` (``credentials.fit
    .RoleFit``) keeps out credentials of another field: only those the posting names, or whose
    occupation or product is the posting's, are candidates. ``slots`` are certification names the
    posting accepts in place of each other: one pick fills the slot. ``named_ids`` maps catalog ids
    the posting names in its own words (``credentials.named``) to the key their line weighs by in
    ``missing``; ``written`` holds the catalog ids whose own name the posting writes out (longer than
    bare letters): a national licence of another country than the job's (``fit.countries``) is a
    candidate only then.
    """
    limits = limits or Limits()
    if not isinstance(catalog, Catalog):
        catalog = list(catalog)
    names = {c.id: c.name for c in catalog}
    named = set(named)
    held = set(have_credentials)
    missing = {s: float(w) for s, w in missing.items() if w > 0}
    slots = [frozenset(s) for s in slots if len(s) >= 2]
    pool, blocked = _pool(missing, catalog, limits, named, held, steps or {}, fit, named_ids or {}, set(written))

    run = _greedy(pool, missing, limits, slots=slots)
    if seeds:
        strongest = sorted(pool, key=lambda c: -sum(missing[s] for s in c.cover) / c.penalty)[:seeds]
        for seed in strongest:
            if any(s.option.candidate is seed for s in run.steps):
                continue
            other = _greedy(pool, missing, limits, first=seed, slots=slots)
            if other.score() > run.score():
                run = other
    # what the catalog teaches at all is asked only to say why skills stay uncovered
    taught = _taught(set(run.uncovered), catalog) if run.uncovered else set()
    return _plan(run, missing, limits, pool, blocked, named, names, slots, fit, taught)


def _taught(missing, catalog) -> set[str]:
    """The skills of ``missing`` some credential of the catalog covers, whether or not it fits the role."""
    if isinstance(catalog, Catalog):
        return {s for cid in catalog.covering(missing) for s in catalog.coverage(catalog.get(cid)) if s in missing}
    return {s for c in catalog for s in (*c.skills, c.grants) if s in missing}


def _coverage_of(catalog) -> tuple[list[Credential], Callable, Callable]:
    if isinstance(catalog, Catalog):
        return list(catalog), catalog.coverage, catalog.order
    credentials = list(catalog)
    index = {c.id: i for i, c in enumerate(credentials)}

    def direct(c: Credential) -> dict[str, str | None]:
        return dict.fromkeys([*c.skills, *([c.grants] if c.grants else [])])

    return credentials, direct, lambda c: index[c.id]


def _pool(missing, catalog, limits: Limits, named: set[str], held: set[str], steps: dict, fit=None,
          named_ids: dict[str, str] | None = None, written: set[str] = frozenset()):
    """Candidates that cover something missing and fit the fixed limits; the others with the reason."""
    credentials, coverage, order = _coverage_of(catalog)
    vocabulary = getattr(catalog, "vocabulary", None)
    pool: list[_Candidate] = []
    blocked: list[tuple[Credential, dict[str, str | None], str]] = []
    pace = limits.max_hours_per_week
    # the catalog's own index names the credentials covering anything missing (the rest cover nothing)
    relevant = catalog.covering(missing) | set(named_ids or {}) if isinstance(catalog, Catalog) else None
    standing = stand_ins(missing, catalog, fit)
    if relevant is not None:
        relevant |= set(standing)
    peers = peers_of(held | set(steps))  # a CPA candidate is not sent to CIMA too
    first_rungs = catalog.derived("first_rungs", _first_rungs) if isinstance(catalog, Catalog) \
        else _first_rungs(credentials)
    for c in credentials:
        if c.id in held or c.retired:  # retired: kept so holders are recognised, never recommended
            continue
        if relevant is not None and c.id not in relevant:
            continue
        cover = {s: via for s, via in coverage(c).items() if s in missing}
        stands = tuple(m for m in standing.get(c.id, ()) if m not in cover)
        cover.update(dict.fromkeys(stands))
        line = (named_ids or {}).get(c.id)
        if line is not None and line in missing:
            cover[line] = None
        if not cover:
            continue
        is_named = bool(c.grants and c.grants in named and c.grants in missing) or bool(line and line in missing)
        if c.id in peers and not is_named and c.id not in written:
            continue  # another body's qualification for the standing the profile holds or works towards
        if not (fit is None or fit.local(c) or c.id in written or (is_named and fit.in_country(c))):
            # another country's licence: NCLEX-RN for a nurse in England (written out in full, it stays);
            # another state's credential: the California PHRca in Texas (named, even by its letters, it stays)
            continue
        how = None
        if fit is not None and not is_named and not stands and c.id not in steps:
            # one standing in for a certification the posting asks is asked for as that one would be
            how = fit.reason(c, cover, vocabulary)
            if how is None:
                continue  # another field's credential, pulled in by a word both fields use
            if fit.seniority == "senior" and c.level == "entry" \
                    and (has_higher(c.id) or c.id in first_rungs or fit.executive):
                continue  # a senior role skips the fundamentals exam for the rung above it; an executive all
        if not is_named and c.id not in steps and _needs_first(c, held | set(steps), catalog):
            continue  # the rung below comes first (SnowPro Core before SnowPro Advanced; the RN before the CMSRN)
        cost = c.cost_at(pace)
        reason = None
        if limits.free_only and cost != 0:
            reason = "not free"
        elif pace is not None and c.format != "self-paced" and c.hours_per_week and c.hours_per_week > pace:
            reason = f"runs at {c.hours_per_week:g} h/week"
        elif limits.max_budget is not None and cost is None:
            reason = "price not published"
        elif limits.max_budget is not None and cost > limits.max_budget + 1e-9:
            reason = f"costs {_money(c, cost)}"
        if reason:
            blocked.append((c, cover, reason))
            continue
        pool.append(_Candidate(c, cover, is_named, cost, c.total_hours, c.weeks_at(pace), order(c),
                               step=steps.get(c.id), fit=how, names=frozenset({c.grants, line} - {None}),
                               written=c.id in written or line is not None, locality=_locality(c, fit),
                               level_factor=1.0 if is_named or fit is None else level_fit(c.level, fit.seniority),
                               stands_in=stands))
    if fit is not None and not fit.countries:
        prior = catalog.derived("country_counts", _country_counts) if isinstance(catalog, Catalog) \
            else _country_counts(credentials)
        pool = _one_country(pool, prior)
    # An unpublished price ranks like the dearest published one (and at least UNKNOWN_COST_FLOOR):
    # nobody can plan for it, and the programmes that leave it out (MicroMasters, nanodegrees,
    # trainer-priced courses) are rarely cheap.
    stand_in_cost = max([UNKNOWN_COST_FLOOR, *(x.cost for x in pool if x.cost is not None)])
    for x in pool:
        cost = stand_in_cost if x.cost is None else x.cost
        hours = RANKING_HOURS[x.credential.kind] if x.hours is None else x.hours
        if x.step is not None and x.step.action() == "renew":
            hours = 0.0  # renewing is paperwork and continuing education, not a course from scratch
        x.penalty = 1.0 + cost / COST_SCALE + hours / HOURS_SCALE
    return pool, blocked


def _one_country(pool: list[_Candidate], prior: Counter[str]) -> list[_Candidate]:
    """With the job's country unknown, the candidates limited to some countries kept only for one:
    a US electrician's posting that says nowhere where it is got the US OSHA forklift card beside
    the British 18th Edition award. The country is one the posting's own words back (a credential
    it names or writes out), else, of the candidates' countries, the one the catalog (``prior``:
    entries per country) counts most in (not the one with most candidates: Australia's two
    accountancy bodies would outvote the US CPA); the candidates that count anywhere all stay."""
    limited = [x for x in pool if x.credential.countries]
    if not limited:
        return pool
    backed = {country for x in limited if x.named or x.written for country in x.credential.countries}
    country = max({country for x in limited for country in x.credential.countries},
                  key=lambda k: (k in backed, prior[k], k))
    return [x for x in pool if not x.credential.countries or country in x.credential.countries]


def _country_counts(credentials: Iterable[Credential]) -> Counter[str]:
    """How many credentials count in each country (those limited to some)."""
    return Counter(country for c in credentials for country in (c.countries or ()))


def stand_ins(missing, catalog, fit) -> dict[str, tuple[str, ...]]:
    """Catalog id -> the certifications of ``missing`` it stands in for where the job is.

    A certification a posting asks by a generic name ("CPR certified") may be awarded in the catalog
    only by credentials of other countries (the Red Cross card, US only). Where the job is, the
    national credential teaching every skill that certification implies is the one that shows it
    (the Emergency First Aid at Work certificate in England, HLTAID011 in Australia): it stands in.
    Only national credentials (``countries`` given, the job's among them) stand in, and only for a
    certification none of whose awarding credentials counts there.
    """
    if not isinstance(catalog, Catalog) or fit is None or not fit.countries or catalog.vocabulary is None:
        return {}
    out: dict[str, list[str]] = {}
    for name in sorted(missing):
        granting = catalog.granting(name)
        if not granting or any(not g.countries or fit.in_country(g) for g in granting):
            continue
        implied = catalog.vocabulary.implied(name)
        if not implied:
            continue
        for c in catalog:
            if not c.retired and c.countries and fit.local(c) and c.grants != name and implied <= set(c.skills):
                out.setdefault(c.id, []).append(name)
    return {cid: tuple(names) for cid, names in out.items()}


# A renewal note that opens by saying how long the credential is valid ("Valid 3 years; recertify ...",
# "Valid for 2 years.", "Valid 12 months; renew ..."): that clause, when it agrees with the validity.
_VALID_FOR = re.compile(r"(?i)^\s*valid[ \t]+(?:for[ \t]+)?(\d+(?:\.\d+)?)[ \t]+(years?|months?)\b[ \t]*[;,.:]?\s*")


def _after_validity(renewal: str, years: float) -> str:
    """``renewal`` without its opening validity clause when that says ``years`` (in years or months)."""
    m = _VALID_FOR.match(renewal)
    if m is None:
        return renewal.strip()
    n = float(m.group(1))
    said = n if m.group(2).lower().startswith("year") else n / 12
    return renewal[m.end():].strip() if abs(said - years) < 1e-9 else renewal.strip()


def _locality(credential: Credential, fit) -> int:
    """How a credential limited to some states stands to the job: 1 when the job is in one of them
    (the state's own exam comes before a national one: TExES, not Praxis, for a Texas teacher), -1
    when the job's state is not given (it may count there, so it comes after the national ones), -2
    when it is another state's (named by the posting, so kept), 0 for a credential of the whole
    country."""
    if not credential.states or fit is None:
        return 0
    if fit.states & set(credential.states):
        return 1
    return -2 if fit.states else -1


def _needs_first(credential: Credential, held: set[str], catalog=None) -> bool:
    """Whether ``credential`` requires another catalog credential the user does not hold: one it
    names, or a licence its prerequisites name that catalog credentials award ("a current RN
    licence": the NCLEX-RN; a specialty nursing certification is no advice before it)."""
    if any(p.type == "credential" and p.required and p.credential and p.credential not in held
           for p in credential.prerequisite_list):
        return True
    if not isinstance(catalog, Catalog):
        return False
    licences = catalog.derived("licences_required", _licences_required).get(credential.id, ())
    return any(not (ids & held) for ids in licences)


def _first_rungs(catalog: Iterable[Credential]) -> frozenset[str]:
    """The rungs of entry-level pathways: an entry credential that requires another entry one first,
    and that one (NCCER Core, then a craft's Level 1). They train apprentices and helpers; a senior
    or journey-level hire has climbed past them, ladder or not."""
    entries = {c.id: c for c in catalog if c.level == "entry"}
    rungs = set()
    for c in entries.values():
        firsts = {p.credential for p in c.prerequisite_list
                  if p.type == "credential" and p.required and p.credential in entries and p.credential != c.id}
        if firsts:
            rungs |= firsts | {c.id}
    return frozenset(rungs)


def _licences_required(catalog: Catalog) -> dict[str, tuple[frozenset[str], ...]]:
    """Credential id -> for each required licence prerequisite naming a certification the vocabulary
    knows, the ids of the catalog credentials awarding it (any of them will do)."""
    from credstack.skills import find_skills
    from credstack.skills.model import SkillKind

    out: dict[str, tuple[frozenset[str], ...]] = {}
    if catalog.vocabulary is None:
        return out
    for c in catalog.credentials:
        needs = []
        for p in c.prerequisite_list:
            if p.type != "license" or not p.required or not p.text:
                continue
            for skill in find_skills(p.text, catalog.vocabulary):
                ids = frozenset(g.id for g in catalog.granting(skill.name) if g.id != c.id)
                if skill.kind == SkillKind.CERTIFICATION and ids:
                    needs.append(ids)
        if needs:
            out[c.id] = tuple(needs)
    return out


def _greedy(pool: list[_Candidate], missing: dict[str, float], limits: Limits,
            first: _Candidate | None = None, slots: list[frozenset[str]] = ()) -> _Run:
    run = _Run(uncovered=dict(missing))
    taken: set[int] = set()
    filled: set[str] = set()  # names of either-or slots a pick already answers
    below: dict[str, float] = {}  # ids below a pick on its level ladder -> how strongly that pick is asked
    while run.uncovered:
        if len(run.steps) >= limits.max_items:
            run.stopped_at_max = any(None in _new(c, run.uncovered).values() for c in pool if id(c) not in taken)
            break
        options = []
        for cand in pool:
            if id(cand) in taken or _slot_filled(cand, filled) or _under(cand, below, missing):
                continue
            new = _new(cand, run.uncovered)
            if not any(via is None for via in new.values()):
                continue  # implied skills ride along; they never earn a place on their own
            if limits.max_budget is not None and run.spent + (cand.cost or 0.0) > limits.max_budget + 1e-9:
                continue
            gain = sum(run.uncovered[s] * (1.0 if via is None else IMPLIED_CREDIT) for s, via in new.items())
            value = gain * ASSESSMENT_FACTOR[cand.credential.assessment] * cand.level_factor / cand.penalty
            repeat = bool(run.steps) and len(new) < MIN_NEW_SHARE * len(cand.cover)
            options.append(_Option(cand, new, gain, value, repeat))
        if not options:
            break
        seeded = first is not None and not run.steps
        if seeded:
            best = next((o for o in options if o.candidate is first), None)
            if best is None:
                break
        else:
            fresh = [o for o in options if not o.repeat or o.candidate.named] or options
            best = max(fresh, key=lambda o: o.key(run.uncovered))
        rivals = sorted((o for o in options if o is not best and o.new.keys() & best.new.keys()),
                        key=lambda o: o.key(run.uncovered), reverse=True)[:2]
        run.steps.append(_Step(best, rivals, seeded))
        taken.add(id(best.candidate))
        run.spent += best.candidate.cost or 0.0
        for skill in best.new:
            run.uncovered.pop(skill, None)
        filled |= _fill_slots(best.new, run.uncovered, slots)
        for lower in covered_by(best.candidate.credential.id):
            below[lower] = max(below.get(lower, 0.0), _asked_weight(best.candidate, missing))
    return _prune(run, missing, slots)


def _asked_weight(cand: _Candidate, missing: dict[str, float]) -> float:
    """How strongly the posting asks for the credential by name (0 when it does not)."""
    return max((missing.get(n, 0.0) for n in cand.names), default=0.0) if cand.named else 0.0


def _under(cand: _Candidate, below: dict[str, float], missing: dict[str, float]) -> bool:
    """Below a pick on its ladder, and not asked for by name at least as strongly as that pick
    (AZ-104 required beside AZ-305 preferred stays: the posting wants the first most)."""
    cid = cand.credential.id
    return cid in below and _asked_weight(cand, missing) < below[cid] + 1e-9 if cand.named else cid in below


def _slot_filled(cand: _Candidate, filled: set[str]) -> bool:
    """The posting's either-or slot this credential would answer is answered already."""
    return bool(cand.names & filled)


def _fill_slots(new, uncovered: dict[str, float], slots: list[frozenset[str]]) -> set[str]:
    """A pick that answers one name of an either-or slot answers the slot: its other names go."""
    filled: set[str] = set()
    for slot in slots:
        if slot & set(new):
            filled |= slot
            for name in slot:
                uncovered.pop(name, None)
    return filled


LEVEL_FIT = {("entry", "expert"): 0.5, ("entry", "professional"): 0.75, ("senior", "entry"): 0.6}


def level_fit(level: str, seniority: str) -> float:
    """How well a credential's level suits the posting's seniority (1: fine; lower ranks it later)."""
    return LEVEL_FIT.get((seniority, level), 1.0)


def _prune(run: _Run, missing: dict[str, float], slots: list[frozenset[str]] = ()) -> _Run:
    """Drop picks made redundant by later ones (a free badge for one skill, then a course that teaches it
    too), dearest first, and share out the skills again in pick order."""
    steps = list(run.steps)
    above: dict[str, float] = {}
    for s in steps:
        for lower in covered_by(s.option.candidate.credential.id):
            above[lower] = max(above.get(lower, 0.0), _asked_weight(s.option.candidate, missing))
    steps = [s for s in steps if not _under(s.option.candidate, above, missing)]  # a lower rung of a pick
    for step in sorted(steps, key=lambda s: -s.option.candidate.penalty):
        others = [s.option.candidate for s in steps if s is not step]
        if others and all(_covered_as_well(skill, via, others) for skill, via in step.option.new.items()):
            steps.remove(step)
    if len(steps) == len(run.steps):
        return run
    pruned = _Run(uncovered=dict(missing), stopped_at_max=run.stopped_at_max)
    for step in steps:
        cand = step.option.candidate
        new = {sk: via for sk, via in cand.cover.items() if sk in pruned.uncovered}
        for sk in new:
            pruned.uncovered.pop(sk)
        _fill_slots(new, pruned.uncovered, slots)
        gain = sum(missing[sk] * (1.0 if via is None else IMPLIED_CREDIT) for sk, via in new.items())
        option = _Option(cand, new, gain, gain * ASSESSMENT_FACTOR[cand.credential.assessment] / cand.penalty,
                         step.option.repeat)
        pruned.steps.append(_Step(option, step.rivals, step.seeded))
        pruned.spent += cand.cost or 0.0
    return pruned


def _new(cand: _Candidate, uncovered: dict[str, float]) -> dict[str, str | None]:
    return {s: via for s, via in cand.cover.items() if s in uncovered}


def _covered_as_well(skill: str, via: str | None, others: list[_Candidate]) -> bool:
    """Another pick covers ``skill`` at least as directly (taught outright, or implied when this was)."""
    return any(skill in o.cover and (o.cover[skill] is None or via is not None) for o in others)


def _plan(run: _Run, missing, limits: Limits, pool, blocked, named: set[str],
          names: dict[str, str] | None = None, slots: list[frozenset[str]] = (), fit=None,
          taught: set[str] | None = None) -> StackPlan:
    plan = StackPlan(missing_weight=round(sum(missing.values()), 3))
    for step in run.steps:
        option, cand = step.option, step.option.candidate
        covers = sorted(option.new, key=lambda s: (option.new[s] is not None, -missing[s], s))
        rec = Recommendation(
            cand.credential, covers=covers, alternatives=[r.candidate.credential.id for r in step.rivals],
            implied={s: via for s, via in option.new.items() if via is not None}, named=cand.named,
            cost=cand.cost, hours=cand.hours, weeks=None if cand.weeks is None else round(cand.weeks, 1),
            score=round(option.value, 4), action=cand.step.action() if cand.step is not None else "earn")
        rec.instead = sorted({n for slot in slots if slot & cand.names for n in slot} - cand.names)
        rec.why = why(rec, cand.step, cand.fit, fit, cand.names, cand.written)
        stood = [m for m in cand.stands_in if m in option.new]
        if stood and cand.step is None and not cand.named:
            rec.why = (f"The posting asks for {_listing(stood)}; where the job is, the {cand.credential.name} is "
                       f"the certificate that shows it (the usual one counts only in other countries).")
        rec.reasons = _reasons(rec, step, limits, run, names)
        plan.recommendations.append(rec)
        if cand.cost is None:
            plan.cost_unknown.append(cand.credential.id)
        if cand.hours is None:
            plan.hours_unknown.append(cand.credential.id)
    plan.uncovered = sorted(run.uncovered, key=lambda s: (-missing[s], s))
    _totals(plan)
    plan.covered_weight = round(run.covered_weight, 3)
    plan.warnings = _overlap_warnings(run) + _limit_notes(run, missing, limits, pool, blocked, named, taught)
    return plan


def _high_cost(rec: Recommendation) -> float | None:
    """The dearest end of a pick's price: the non-member or standard fee where a range is published."""
    c = rec.credential
    if rec.cost is None or c.pricing in (Pricing.FREE, Pricing.PER_MONTH) or c.cost_max is None:
        return rec.cost
    return max(rec.cost, float(c.cost_max))


def _totals(plan: StackPlan) -> None:
    """Cost and study-time totals as ranges over the known parts, the unknown parts named, never a made-up 0."""
    recs = plan.recommendations
    costs = [(r.cost, _high_cost(r)) for r in recs if r.cost is not None]
    hours = [r.hours for r in recs if r.hours]
    plan.cost_range = Range(round(sum(lo for lo, _ in costs), 2) if costs else None,
                            round(sum(hi for _, hi in costs), 2) if costs else None, tuple(plan.cost_unknown))
    plan.hours_range = Range(round(sum(hours), 1) if hours else None, round(sum(hours), 1) if hours else None,
                             tuple(plan.hours_unknown))
    plan.total_cost = plan.cost_range.low if costs or not recs else None
    if not recs:
        plan.total_cost = 0.0
    plan.total_hours = plan.hours_range.low
    plan.totals_text = totals_text(plan)


def totals_text(plan: StackPlan) -> str:
    """ "$300-575 in all, plus 1 whose price is not published (CSM); about 40 h of study, plus 2 with no published
    study time" — what the sums mean, in words."""
    recs = plan.recommendations
    if not recs:
        return ""
    names = {r.credential.id: r.credential.name for r in recs}
    cost, hours = plan.cost_range, plan.hours_range
    if cost.low is None:
        money = "price not published for any of them"
    elif cost.high is not None and cost.high > cost.low:
        money = f"${cost.low:,.0f}-{cost.high:,.0f} in all (member or discounted to standard prices)"
    else:
        money = "free" if cost.low == 0 else f"${cost.low:,.0f} in all"
    if cost.unknown and cost.low is not None:
        unpriced = ", ".join(names[i] for i in cost.unknown)
        money += f", plus {len(cost.unknown)} whose price is not published ({unpriced})"
    if hours.low is None:
        time = "study time not published for any of them"
    else:
        time = f"about {hours_label(hours.low)} h of study"
        if hours.unknown:
            time += f", plus {len(hours.unknown)} with no published study time"
    return f"{money}; {time}"


def hours_label(hours: float) -> str:
    """Study hours as the extension's cards write them: to the half hour under 10 ("4.5"), else
    whole hours rounded half up ("13" for 12.5; Python's own rounding would say 12 and 4 where
    the card beside the total says 13 and 4.5)."""
    if hours < 10:
        return f"{math.floor(hours * 2 + 0.5) / 2:g}"
    return f"{math.floor(hours + 0.5):,}"


def _money(credential: Credential, cost: float | None) -> str:
    if credential.pricing == Pricing.FREE or cost == 0:
        return "free"
    if cost is None:
        return "price not published"
    if credential.pricing == Pricing.PER_MONTH:
        months = round(cost / credential.cost_min)
        return f"about ${cost:,.0f} ({months} month{'s' if months != 1 else ''} at ${credential.cost_min:,.0f}/month)"
    label = "exam fee" if credential.pricing == Pricing.EXAM_FEE else "one-time"
    if credential.cost_max and credential.cost_max != credential.cost_min:
        return f"${credential.cost_min:,.0f}-{credential.cost_max:,.0f} {label}"
    return f"${cost:,.0f} {label}"


def _time(credential: Credential, weeks: float | None, limits: Limits) -> str:
    hours = credential.total_hours
    if hours is None and weeks is None:
        return ("the provider gives no study time" if credential.study_time == "provider_gives_none"
                else "study time not published")
    parts = [f"about {hours:g} hours"] if hours is not None else []
    pace = credential.pace(limits.max_hours_per_week)
    if weeks is not None and pace:
        mine = limits.max_hours_per_week is not None and pace == limits.max_hours_per_week
        parts.append(f"about {weeks:.0f} weeks at {'your ' if mine else ''}{pace:g} h/week")
    elif weeks is not None:
        parts.append(f"about {weeks:.0f} weeks at the provider's suggested pace")
    return ", ".join(parts)


ASSESSED = {Assessment.PROCTORED_EXAM: "assessed by a proctored exam",
            Assessment.GRADED_PROJECTS: "assessed by graded projects",
            Assessment.QUIZZES: "assessed by quizzes", Assessment.NONE: "attendance only, no assessment"}


def _reasons(rec: Recommendation, step: _Step, limits: Limits, run: _Run,
             names: dict[str, str] | None = None) -> list[str]:
    c = rec.credential
    direct = [s for s in rec.covers if s not in rec.implied]
    plural = "s" if len(rec.covers) != 1 else ""
    text = f"covers {len(rec.covers)} missing skill{plural}: {', '.join(direct)}"
    if rec.implied:
        through = ", ".join(f"{s} (through {via})" for s, via in rec.implied.items())
        text += ("; " if direct else "") + through
    reasons = [text]
    if rec.action != "earn":
        reasons.insert(0, rec.why)
    if rec.named:
        reasons.append(f"the posting names this credential ({c.grants})")
    reasons.append(f"{_money(c, rec.cost)}; {_time(c, rec.weeks, limits)}")
    reasons.append(ASSESSED[c.assessment])
    if c.validity_years:
        valid = f"valid {c.validity_years:g} year{'s' if c.validity_years != 1 else ''}"
        # the renewal note's own "Valid 3 years" ("Valid 3 years; recertify by ...") is not said twice
        rest = _after_validity(c.renewal, c.validity_years) if c.renewal else "renewal rule not published"
        reasons.append(f"{valid}; {rest}" if rest else valid)
    else:
        reasons.append(c.renewal or "no expiry published")
    if c.prerequisite_list:
        reasons.append("prerequisites: " + "; ".join(p.describe(names) for p in c.prerequisite_list))
    if c.financial_aid == "yes":
        reasons.append("financial aid is available")
    if c.free_audit == "yes" and c.pricing != Pricing.FREE:
        reasons.append("the lessons can be followed free; you pay for the credential")
    if step.seeded:
        reasons.append("taken first: the stack built around it covers the most of what is missing for the least "
                       "cost and time")
    for rival in step.rivals:
        other = rival.candidate
        head = f"chosen over {other.credential.name} ({_money(other.credential, other.cost)}, covers {len(rival.new)})"
        if rec.named and not other.named:
            reasons.append(f"{head}: the posting asks for {c.grants} by name")
        elif step.option.candidate.locality > other.locality:
            places = load_places()
            if c.states:
                where = " or ".join(places.state_name(code) for code in c.states)
                reasons.append(f"{head}: this one is {where}'s own, where the job is")
            else:
                where = " or ".join(places.state_name(code) for code in other.credential.states)
                elsewhere = "not where the job is" if other.locality == -2 else \
                    "and the posting does not say the job is there"
                reasons.append(f"{head}: that one counts only in {where}, {elsewhere}")
        elif step.option.value >= rival.value:
            ratio = step.option.value / max(rival.value, 1e-9)
            reasons.append(f"{head}: {ratio:.2f}x the value for its cost and time" if ratio < 100
                           else f"{head}: far more value for its cost and time")
        elif set(rival.new) <= set(step.option.new) and step.option.candidate.penalty < other.penalty:
            # the stacks weighed level for cost and time: this one covers as much for less
            reasons.append(f"{head}: this one covers as much for less cost and time")
        else:
            reasons.append(f"{head}: together with the rest of the stack it covers more within your limits")
    return reasons


def _short(credential: Credential) -> str:
    """The name a job seeker knows it by: the letters postings use ("PMP"), else the catalog name."""
    grants = credential.grants
    return grants if grants and len(grants) <= 12 else credential.name


def why(rec: Recommendation, step=None, how: str | None = None, fit=None, names: frozenset[str] = frozenset(),
        written: bool = True) -> str:
    """One plain sentence: why this credential, for this posting."""
    c = rec.credential
    names = names | {c.grants} if c.grants else names
    asked_for_it = rec.named or bool(names & set(rec.covers))
    direct = [s for s in rec.covers if s not in rec.implied and s not in names] or [s for s in rec.covers
                                                                                 if s not in names]
    listed = _listing(direct[:3])
    also = f" The posting accepts {_listing(rec.instead, 'or')} instead; you need only one." if rec.instead else ""
    if step is not None:
        when = step.when()
        state = f" ({when})" if when else ""
        need = "the posting asks for it" if asked_for_it else f"it covers {listed}, which the posting asks for"
        if step.action() == "finish":
            return f"Finish the {step.label} you are working towards{state}: {need}.{also}"
        return f"Renew your {step.label}{state}: {need}, and renewing is quicker than starting something new.{also}"
    if rec.named and c.grants and not written \
            and not any(c.grants.casefold() in n.casefold() for n in (c.name, *c.aliases)):
        # named only as what it leads to ("Registered Nurse"), never by its own name
        return f"The posting asks for {c.grants}, which the {c.name} leads to, and you do not hold it yet.{also}"
    if rec.named:
        return f"The posting asks for the {_short(c)} by name, and you do not hold it yet.{also}"
    if not direct and rec.covers:
        # all it covers is what it grants ("Advanced Cardiovascular Life Support" for the ACLS
        # course): say that, not "It teaches , which ..."
        return (f"The posting asks for {_listing(rec.covers[:3])}, which the {c.name} leads to, and your "
                f"profile does not show it yet.{also}")
    if how == "vendor":
        product = c.skills[0]  # a vendor credential is built on its first skill, the product
        rest = [s for s in direct[:3] if s != product]
        if rest:  # one of several for the product: say what sets it apart
            return f"The posting asks for {product}, and this {product} certification also covers {_listing(rest)}."
        return f"The posting asks for {product}, and this certification shows you know it."
    role = fit.role(c) if fit is not None and how == "occupation" else None
    # an exam certifies what a person already does; a course or programme teaches it
    verb = "certifies" if c.kind == CredentialKind.INDUSTRY_CERTIFICATION else "teaches"
    if role:
        return f"It {verb} {listed}, which this {role} role asks for and your profile does not show yet.{also}"
    return f"It {verb} {listed}, which the posting asks for and your profile does not show yet.{also}"


def _listing(names: list[str], last: str = "and") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {last} " + names[-1]


def _overlap_warnings(run: _Run) -> list[str]:
    warnings = []
    chosen = [s.option.candidate for s in run.steps]
    for i, a in enumerate(chosen):
        for b in chosen[i + 1:]:
            shared = a.cover.keys() & b.cover.keys()
            smaller = min(len(a.cover), len(b.cover))
            if shared and len(shared) / smaller >= OVERLAP_WARNING:
                first, then = _built_on(a.credential, b.credential)
                if first is not None:  # ACLS is taken with a current BLS card: both are needed
                    warnings.append(f"{then.name} builds on {first.name} (overlap on {', '.join(sorted(shared))}): "
                                    f"take {first.name} first")
                else:
                    warnings.append(f"{a.credential.name} and {b.credential.name} overlap on "
                                    f"{', '.join(sorted(shared))}: you may only need one of them")
    return warnings


def _built_on(a: Credential, b: Credential) -> tuple[Credential | None, Credential | None]:
    """(the one taken first, the one built on it) when either names the other as a prerequisite."""
    if any(p.credential == a.id for p in b.prerequisite_list):
        return a, b
    if any(p.credential == b.id for p in a.prerequisite_list):
        return b, a
    return None, None


def _limit_notes(run: _Run, missing, limits: Limits, pool, blocked, named: set[str],
                 taught: set[str] | None = None) -> list[str]:
    """Say why skills are left uncovered: a limit, the item cap, credentials only of other fields or
    countries (``taught``: the skills some catalog credential covers), or nothing in the catalog."""
    notes = []
    left = set(run.uncovered)
    if not left:
        return notes
    chosen = {id(s.option.candidate) for s in run.steps}
    by_limit = sorted({s for c in pool if id(c) not in chosen for s in c.cover if s in left}
                      | {s for _c, cover, _r in blocked for s in cover if s in left}, key=lambda s: (-missing[s], s))
    if run.stopped_at_max:
        notes.append(f"stopped at {limits.max_items} credentials; more would cover {', '.join(by_limit[:5])}")
    elif by_limit:
        notes.append(f"{len(by_limit)} skill(s) left uncovered within your limits ({', '.join(by_limit[:5])}); "
                     f"raising them would add options")
    for c, _cover, reason in blocked:
        if c.grants and c.grants in named and c.grants in left:
            notes.append(f"the posting names {c.grants}, but {c.name} is outside your limits ({reason})")
    nowhere = sorted(left - set(by_limit), key=lambda s: (-missing[s], s))
    # a licence or certification the posting asks by name that nothing here leads to is said on its
    # own, plainly: a guard's state licence, a handgun permit, an SIA licence are got from whoever
    # issues them where the job is, and no course in the catalog stands in for them
    taught = set() if taught is None else taught
    licences = [s for s in nowhere if s in named and s not in taught]
    if licences:
        it = "it" if len(licences) == 1 else "them"
        notes.append(f"the posting asks for {_listing(licences[:5])}, and no credential in the catalog leads to "
                     f"{it}: get {it} from the body that issues {it} where the job is")
    # taught only by credentials that do not fit the job (another field, specialty, level or country,
    # or a licence first): the catalog has them, they are no advice here
    elsewhere = [s for s in nowhere if s in taught]
    if elsewhere:
        notes.append(f"none of the catalog's credentials for {', '.join(elsewhere[:8])} fits this job "
                     f"(they are for another field, specialty, level or country)")
    nowhere = [s for s in nowhere if s not in named and s not in taught]
    if nowhere:
        notes.append(f"no credential in the catalog teaches {', '.join(nowhere[:8])}")
    return notes


def plan_to_dict(plan: StackPlan) -> dict:
    return {
        "recommendations": [
            {"credential": credential_to_dict(r.credential), "covers": r.covers, "implied": r.implied,
             "named": r.named, "cost": r.cost, "hours": r.hours, "weeks": r.weeks, "score": r.score,
             "reasons": r.reasons, "alternatives": r.alternatives, "action": r.action, "why": r.why,
             "instead": r.instead}
            for r in plan.recommendations
        ],
        "uncovered": plan.uncovered,
        "uncovered_summary": uncovered_summary(plan.uncovered),
        "warnings": plan.warnings,
        "total_cost": plan.total_cost,
        "total_hours": plan.total_hours,
        "cost_range": _range_dict(plan.cost_range),
        "hours_range": _range_dict(plan.hours_range),
        "totals_text": plan.totals_text,
        "cost_unknown": plan.cost_unknown,
        "hours_unknown": plan.hours_unknown,
        "covered_weight": plan.covered_weight,
        "missing_weight": plan.missing_weight,
    }


UNCOVERED_SHOWN = 10


def uncovered_summary(uncovered: list[str], shown: int = UNCOVERED_SHOWN) -> dict:
    """The skills no pick covers, heaviest first, as a short line: the top ``shown`` and how many more."""
    top, more = uncovered[:shown], max(0, len(uncovered) - shown)
    text = ", ".join(top) + (f" and {more} more" if more else "")
    return {"top": top, "more": more, "count": len(uncovered), "text": text}


def _range_dict(value: Range | None) -> dict | None:
    if value is None:
        return None
    return {"low": value.low, "high": value.high, "unknown": list(value.unknown)}
