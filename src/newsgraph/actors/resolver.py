"""Resolving noun phrases in a parsed sentence to actors, on the article's date."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher

from ..model import Actor
from .kb import Entry, KnowledgeBase, Term, is_acronym, load_kb
from .parties import roles

# Capitalised compass words that make a country adjective a continent's ("South American").
_COMPASS = {"South", "North", "Central", "Latin", "East", "West"}
# How long after leaving office a leader is still reported on as the office holder.
_JUST_OUT = dt.timedelta(days=7)
# Nouns for whoever heads a group, who take the group's sector ("gang leader").
_HEADS_OF_GROUPS = {"leader", "chief", "commander", "boss", "head"}


@dataclass
class Mention:
    """A knowledge-base name found in the text (token span)."""

    start: int
    end: int
    entries: list[Entry]
    # "ethnic Albanian", "the Russian minority": a people named by the adjective of their
    # kin's country, no sign that the story is about that country
    kin: bool = False
    # "Tutsi", "Kurdish": a people of several countries (shared.tsv), settled on one of them;
    # a national adjective beside it says more ("Congolese Tutsi rebel leader")
    shared: bool = False

    @property
    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


class ActorResolver:
    """Finds actor names in spaCy docs and resolves argument phrases to :class:`Actor`."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self._matchers: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = {}

    # -- finding names ---------------------------------------------------------------
    def _matcher_for(self, nlp_vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
        key = id(nlp_vocab)
        if key not in self._matchers:
            from spacy.lang.en import English

            make_doc = English(vocab=nlp_vocab).tokenizer  # patterns need tokens only
            exact = PhraseMatcher(nlp_vocab, attr="ORTH")
            lower = PhraseMatcher(nlp_vocab, attr="LOWER")
            for phrase in self.kb.names:
                variants = _spellings({phrase, phrase.replace("'", "’"), phrase.replace(
                    "’", "'"), phrase.replace(" Al ", " al-")})  # "Hamad bin Isa al-Khalifa"
                target = exact if is_acronym(phrase) else lower
                if target is exact and phrase.isalpha() and len(phrase) >= 4:
                    variants.add(phrase.title())  # "Nato", "Ecowas", "Opec": house styles
                target.add(phrase, [make_doc(v) for v in variants])
            self._matchers[key] = (exact, lower)
        return self._matchers[key]

    def find_mentions(self, doc) -> dict[int, Mention]:
        """Token index -> the longest knowledge-base name covering it."""
        from spacy.util import filter_spans

        exact, lower = self._matcher_for(doc.vocab)
        spans = exact(doc, as_spans=True) + lower(doc, as_spans=True)
        index: dict[int, Mention] = {}
        named: set[str] = set()  # people named so far, for their surnames later
        by_surname: dict[str, Entry] = {}  # ... and the people named in full, by surname
        peoples: dict[str, list[Entry]] = {}  # "Bosnian Serb" named: "Serb" -> its entries
        for span in filter_spans(spans):  # in text order
            if span.text.islower() and not span.label_.islower():
                continue  # "the west bank of the Dnipro" is no West Bank
            entries = self.kb.lookup(span.label_) or self.kb.lookup(span.text)
            if _namesake(span, entries):
                entries = [e for e in entries if e.kind != "person"]
            people = [e for e in entries if e.kind == "person"]
            if len(people) > 1 and any(e.name in named for e in people):
                # "Evo Morales ... Morales": the Morales named before, not a namesake in office
                entries = [e for e in entries if e.kind != "person" or e.name in named]
            named.update(e.name for e in people if len(people) == 1)
            if len(people) == 1 and len(span) > 1:
                by_surname[span[-1].text] = people[0]
            elif len(span) == 1 and span.text in by_surname and people != [by_surname[span.text]]:
                # "President Xiomara Castro ... accused Castro": her, not a Castro in the KB
                # under the surname alone
                entries = [e for e in entries if e.kind != "person"] + [by_surname[span.text]]
            if _inside_a_name(span):  # "Sofia Sapega", "Victoria Nuland": not the capitals
                # ("Therese Kayikwamba Wagner" is no Wagner Group either)
                surname = len(span) == 1 and doc[span.start].ent_iob_ == "I" and (
                    doc[span.start - 1].pos_ == "PROPN")
                entries = [e for e in entries if e.kind != "seat" and not (
                    e.kind == "org" and surname)]
            if span.start and doc[span.start - 1].lower_ == "former" and all(
                    e.kind == "adjectival" for e in entries):
                continue  # "the former Yugoslav republic", "a former British colony"
            if _longer_name(span):  # "Popular Congress Party" is no Congress party
                entries = [e for e in entries if e.kind != "org"]
            if _for_or_against(span) or _continental(span, entries):
                continue  # "pro-EU demonstrators" are not the EU, "South American" not the US
            if not entries:
                continue
            entries = self._people_of_region(span, entries, peoples)
            mention = Mention(span.start, span.end, entries, _ethnic(span))
            for i in range(span.start, span.end):
                index[i] = mention
        return _settle_shared(self._body_seats(index))

    def _body_seats(self, index: dict[int, Mention]) -> dict[int, Mention]:
        """"Brussels" stands for the EU in an article that names the EU and nothing else of
        Belgium (``roles.yaml``: body_seats)."""
        mentions = {id(m): m for m in index.values()}.values()
        orgs = {e.org for m in mentions for e in m.entries if e.kind == "org"}
        countries = Counter(e.country for m in mentions for e in m.entries[:1] if e.country)
        swapped: dict[int, Mention] = {}
        for seat, org in roles()["body_seats"].items():
            home = next((e.country for e in self.kb.lookup(seat) if e.kind == "seat"), None)
            body = next((e for e in self.kb.lookup(org) if e.kind == "org"), None)
            at_seat = [m for m in mentions if m.entries[0].kind == "seat"
                       and m.entries[0].country == home]
            if body is None or org not in orgs or not at_seat or countries[home] > len(at_seat):
                continue
            swapped.update((id(m), replace(m, entries=[body])) for m in at_seat)
        return {i: swapped.get(id(m), m) for i, m in index.items()}

    def _people_of_region(self, span, entries: list[Entry], peoples: dict[str, list[Entry]]
                          ) -> list[Entry]:
        """"Bosnian Serb forces ... the Serbs": once a region's people are named in full,
        their short name ("Serb", "Serbs") stands for them too in the rest of the article."""
        word = span[-1].lower_.removesuffix("s")
        region = [e for e in entries if e.kind == "adjectival" and e.name in self.kb.regions]
        if region and len(span) > 1:
            peoples[word] = region
        elif len(span) == 1 and word in peoples and all(e.kind == "adjectival" for e in entries):
            return peoples[word]
        return entries

    # -- resolving text ----------------------------------------------------------------
    def resolve(self, text: str, date: dt.date | None = None) -> Actor | None:
        """Resolve a standalone name such as "Kim", "Moscow" or "UN Security Council"."""
        entries = self.kb.lookup(text.removeprefix("the ").strip())
        return self.entry_actor(entries, text, date, set()) if entries else None

    def entry_actor(
        self, entries: list[Entry], text: str, date: dt.date | None, hints: set[str],
        sector: str | None = None,
    ) -> Actor | None:
        """Turn knowledge-base entries for one name into an actor."""
        by_kind = {e.kind: e for e in entries}
        if "person" in by_kind:
            people = [e for e in entries if e.kind == "person"]
            term = self.pick_term(people, date, hints)
            if term is not None:
                return person_actor(term, text, date)
            later = self._later_office(people, text, date)
            if later is not None:  # of that country already, in a role the KB does not
                # know: one of its elite unless the text names the role
                return make_actor(text, later.name, later.country, later.org,
                                  sector or "ELI", None)
        for kind in ("org", "country", "seat", "adjectival"):
            entry = by_kind.get(kind)
            if kind == "org" and entry is not None:  # of several, the one of the hints
                entry = org_entry(entries, hints)
            if entry is None:
                continue
            if kind == "org":
                return make_actor(text, entry.name, entry.country, entry.org, entry.sector,
                                  entry.code)
            return make_actor(text, entry.name, entry.country, None,
                              sector or entry.sector, None)
        return None

    def _later_office(self, people: list[Entry], text: str, date: dt.date | None
                      ) -> Term | None:
        """"Deputy Prime Minister Najib Razak" in 2005, years before he led Malaysia: a
        person named in full before any office the KB lists still belongs to the country of
        the first one (a surname alone does not: another person may bear it)."""
        words = text.split(",")[0].removesuffix("'s").split()
        names = {" ".join(words[-n:]) for n in (2, 3) if len(words) >= n}
        if date is None or not any(set(people) & set(self.kb.lookup(n)) for n in names):
            return None
        later = [t for e in people for t in e.terms if t.start is not None and t.start > date
                 and t.org is None]  # (a later international post says nothing of a country)
        return min(later, key=lambda t: t.start) if later else None

    def pick_term(
        self, entries: Iterable[Entry], date: dt.date | None, hints: set[str]
    ) -> Term | None:
        """The office a named person held on ``date``, preferring countries in ``hints``."""
        terms = [t for e in entries for t in e.terms]
        if not terms:
            return None
        active = [t for t in terms if t.active(date)]
        pool = active or _latest_before(terms, date)
        if not active and date and pool and pool[0].org and not pool[0].active(date - _JUST_OUT):
            # "former AU chief Jean Ping" speaks for no organisation any more: of the
            # country he last served, if the KB knows one
            pool = _latest_before([t for t in terms if t.org is None], date)
        if hints:
            preferred = [t for t in pool if t.country in hints or t.org in hints]
            pool = preferred or pool
        return min(pool, key=lambda t: t.rank) if pool else None

    def country_actor(self, country: str, sector: str | None = None,
                      text: str | None = None) -> Actor:
        """The actor for a country (and sector), named as the knowledge base names it."""
        name = self.kb.countries.get(country, country)
        return make_actor(text or name, name, country, None, sector, None)

    def sector_of(self, tokens: Iterable) -> str | None:
        """Sector from role words among ``tokens`` (longest phrase wins, head last)."""
        words = [t for t in tokens if t.is_alpha]
        if len(words) > 1 and self._word_sector(words[-1]) in ("MIL", "COP") and any(
                w.lower_ in roles()["rebel_modifiers"] for w in words[:-1]):
            return "REB"  # "renegade troops", "mutinous soldiers": not the state's army
        for size in (3, 2):
            for i in range(len(words) - size + 1):
                phrase = " ".join(w.lower_ for w in words[i:i + size])
                lemmas = " ".join([*(w.lower_ for w in words[i:i + size - 1]),
                                   words[i + size - 1].lemma_.lower()])  # "opposition leaders"
                if phrase in self.kb.sectors or lemmas in self.kb.sectors:
                    return self.kb.sectors.get(phrase) or self.kb.sectors[lemmas]
        for i, word in enumerate(words):
            # "gang leader (Jimmy Cherizier)", "army chief", "opposition Labor leader": the
            # group's sector, the first named before the head
            if word.lemma_.lower() in _HEADS_OF_GROUPS:
                # ... or "the leaders of Bougainville's rival factions": the group after "of"
                after = words[i + 2:] if words[i + 1:i + 2] and words[i + 1].lower_ == "of" else []
                group = next(filter(None, map(self._word_sector, words[:i] + after)), None)
                if group:
                    return group
        # "guerrillas of the Tupac Amaru Revolutionary Movement": the head's, before its "of"
        owned = next((i for i, w in enumerate(words) if w.lower_ == "of"), len(words))
        for tok in [*reversed(words[:owned]), *reversed(words[owned:])]:
            sector = self._word_sector(tok)
            if sector:
                return sector
        return None

    def _word_sector(self, tok) -> str | None:
        return self.kb.sectors.get(tok.lower_) or self.kb.sectors.get(tok.lemma_.lower())


def _settle_shared(index: dict[int, Mention]) -> dict[int, Mention]:
    """"Kurdish" stands for the one of its countries (``shared.tsv``) that the article's
    other mentions name most, the first listed on a tie; with none of them named, for
    nothing."""
    mentions = {id(m): m for m in index.values()}.values()
    named = Counter(e.country for m in mentions if "shared" not in m.kinds
                    for e in m.entries[:1] if e.country)
    chosen: dict[int, Mention | None] = {}
    for mention in mentions:
        shared = [e for e in mention.entries if e.kind == "shared"]
        if shared:
            best = max(shared, key=lambda e: named[e.country])  # the first on a tie
            chosen[id(mention)] = replace(mention, entries=[replace(best, kind="adjectival")],
                                          shared=True) if named[best.country] else None
    settled = {i: chosen.get(id(m), m) for i, m in index.items()}
    return {i: m for i, m in settled.items() if m is not None}


def _continental(span, entries: list[Entry]) -> bool:
    """"South American leaders", "Latin American states": a country adjective that a
    capitalised compass word before it makes a continent's (longer KB names such as "South
    Korean" are matched before this)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text in _COMPASS and all(
        e.kind == "adjectival" for e in entries)


def _namesake(span, entries: list[Entry]) -> bool:
    """"Li" matched inside "Li Hongzhong": another person who shares a surname."""
    if not any(e.kind == "person" for e in entries):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.ent_type_ == "PERSON" and t.ent_iob_ != "O" and
               t.pos_ == "PROPN" for t in (before, after)) and any(
        t is not None and t.ent_type_ == "PERSON" for t in doc[span.start:span.end])


def person_actor(term: Term, text: str, date: dt.date | None) -> Actor:
    # a leader who fell in the week before the article is reported on as the office holder
    # ("Aristide resigned on Sunday", in Tuesday's paper)
    in_office = term.active(date) or term.active(date - _JUST_OUT) if date else True
    # a former office holder is one of the country's elite (CAMEO ELI), not its government:
    # "the court found Bolsonaro guilty" is Brazil acting on one of its own
    sector = term.sector if in_office else "ELI"
    org = term.org
    return make_actor(text, term.name, None if org else term.country, org, sector, None)


# House spellings of the same word in organisations' names.
_SPELLING_PAIRS = (("Organization", "Organisation"), ("Co-operation", "Cooperation"))


def _spellings(phrases: set[str]) -> set[str]:
    """``phrases`` in both British and American house styles ("Organisation for Security
    and Cooperation in Europe", whichever the knowledge base lists)."""
    for a, b in _SPELLING_PAIRS:
        phrases |= {p.replace(a, b) for p in phrases} | {p.replace(b, a) for p in phrases}
    return phrases


def org_entry(entries: list[Entry], countries: Iterable[str]) -> Entry:
    """Of organisations sharing a name ("National Liberation Army": Colombia's ELN and
    Macedonia's NLA), the one of the first country in ``countries`` (the article's, most
    mentioned first), else the first listed."""
    orgs = [e for e in entries if e.kind == "org"]
    ranked = list(countries)
    return min(orgs, key=lambda e: ranked.index(e.country) if e.country in ranked
               else len(ranked))


def make_actor(
    text: str, name: str, country: str | None, org: str | None, sector: str | None,
    code: str | None,
) -> Actor:
    """An actor with its code: the org code, else country + sector (``CHNGOV``)."""
    if code is None:
        base = country or org or ""
        code = base + (sector or "") if base else (sector or None)
    return Actor(text=text, name=name, country=country, org=org, sector=sector, code=code)


def _latest_before(terms: list[Term], date: dt.date | None) -> list[Term]:
    if date is None:
        return terms
    past = [t for t in terms if t.start is None or t.start <= date]
    if not past:
        return []
    latest = max(past, key=lambda t: t.end or dt.date.max)
    return [latest]


def _inside_a_name(span) -> bool:
    """The span is part of a longer person's name the tagger found, or ends a place name
    joined by a particle ("Mocimboa da Praia" is no Cape Verdean capital)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    inside = doc[span.start].ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")
    if inside and doc[span.start].ent_type_ == "PERSON":
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ in _NAME_PARTICLES and (
        doc[span.start - 1].is_lower and doc[span.start - 2].pos_ == "PROPN")


def _longer_name(span) -> bool:
    """The span ends an organisation's name the tagger found, after a capitalised word
    that no country or people's name is ("Turabi's Popular Congress Party")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    return (before is not None and doc[span.start].ent_iob_ == "I"
            and doc[span.start].ent_type_ == "ORG" and before.pos_ == "PROPN"
            and before.text[:1].isupper() and before.ent_type_ == "ORG")


# Lower-case words that join the parts of a place or person's name ("Mocimboa da Praia",
# "Ciudad del Este"), never the start of a country's own name.
_NAME_PARTICLES = ("da", "de", "do", "dos", "das", "del", "di", "du", "la", "le")


def _for_or_against(span) -> bool:
    """"pro-EU", "anti-American": a name inside a stance word."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "-" or doc[span.start - 2].whitespace_:
        return False
    return doc[span.start - 2].lower_ in ("pro", "anti")


def _ethnic(span) -> bool:
    """"ethnic Albanian", "the Russian minority": a people living in another country, named
    by the adjective of their kin's country."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    head = span.root.head
    return before == "ethnic" or (head.lemma_.lower() in ("minority", "minorities")
                                  and head.i >= span.end)
