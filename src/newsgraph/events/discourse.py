"""Recipients that only the rest of the article names.

News copy often leaves the recipient of an act to the reader: "Khamenei vowed harsh revenge
against those responsible" (after a US strike), "Pyongyang demanded that all sanctions be
lifted" (at a summit with Washington), "Washington would provide 31 tanks" (after Germany's
tanks for Ukraine). These rules look back over the events already found in the article.
Which types take part is data: ``data/events/threats.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..actors.parties import party_key
from ..model import Actor, Event, Status
from .lexicon import word_lists


def implied_recipient(type_: str, sources: list[Actor], events: Sequence[Event],
                      partner: bool = False, since: int = 0, cameo: str = "") -> Actor | None:
    """Whom an unaddressed reply answers: the doer of the latest hostile act against the
    replier's country (of a refusal, first a demand made since ``since``); for requests
    and refusals, else the partner just met; with
    ``partner`` (an invitation), only the partner just met."""
    lists = word_lists("threats")
    own = countries_of(sources)
    if not own:
        return None
    if not partner:
        if type_ not in lists["reply_types"] | lists["partner_types"] and (
                cameo not in lists["reply_codes"]):
            return None
        # "asked China to redraw the zone, but Beijing refused": a refusal answers a demand
        # made just before (from character ``since`` on)
        just_before = [e for e in events if e.span[0] >= since] if type_ == "REJECT" else []
        provoker = _latest_against(own, {"REQUEST"}, just_before) or _latest_against(
            own, lists["hostile_types"], events)
        if provoker is not None or type_ not in lists["partner_types"]:
            return provoker
    for event in reversed(events):  # "the summit broke up ... Pyongyang demanded"
        if event.type not in ("CONSULT", "AGREE", "COOPERATE") or not _stands(event):
            continue
        if event.source.country in own and event.target.country not in own:
            return event.target
        if event.target.country in own and event.source.country not in own:
            return event.source
    return None


def judged_alike(verb, type_: str, sources: list[Actor], events: Sequence[Event]
                 ) -> list[Actor]:
    """"India welcomed the accord ... The United States also welcomed it": the recipients
    of the latest earlier verdict told with the same verb by someone else."""
    own = {party_key(s) for s in sources}
    for event in reversed(events):
        if event.type == type_ and event.trigger.lower() == verb.lower_ and (
                event.target is not None and party_key(event.source) not in own):
            return [e.target for e in events if (e.span, e.type, e.trigger) == (
                event.span, event.type, event.trigger) and e.target is not None]
    return []


def accuser(sources: list[Actor], events: Sequence[Event]) -> Actor | None:
    """Whom a denial answers ("Minsk denies engineering the crisis"): the doer of the latest
    accusation against the denier's country, else against the denier by name ("Vieira
    dismissed Mane, accusing him of ... Mane denies the charge")."""
    names = {s.name for s in sources}
    return _latest_against(countries_of(sources), {"ACCUSE"}, events) or next(
        (e.source for e in reversed(events) if e.type == "ACCUSE" and _stands(e)
         and e.target.name in names and e.source.name not in names), None)


def demander(sources: list[Actor], events: Sequence[Event]) -> Actor | None:
    """Whom a handover (or its refusal) answers ("the Taliban would not hand over bin
    Laden"): the doer of the latest demand on the doer's country."""
    return _latest_against(countries_of(sources), {"REQUEST"}, events)


def latest_offender(sources: list[Actor], events: Sequence[Event]) -> Actor | None:
    """Whom an unaddressed feeling answers ("U.S. missiles struck Sudan ... Yeltsin said he
    was outraged"): the doer of the latest standing act of force by another country."""
    return _latest_against(countries_of(sources), {"ASSAULT", "COERCE"}, events, anyone=True)


def attacker(sources: list[Actor], events: Sequence[Event]) -> Actor | None:
    """Whom returned fire answers ("South Korean forces answered with 80 rounds"): the doer
    of the latest attack on the doer's country, its state or its people that happened
    (not a contingent "due to follow")."""
    happened = [e for e in events if e.status is Status.OCCURRED]
    return _latest_against(countries_of(sources), {"ASSAULT"}, happened)


def _latest_against(own: set[str], types: set[str], events: Sequence[Event],
                    anyone: bool = False) -> Actor | None:
    """The doer of the latest standing event of ``types`` by another country against one
    of ``own`` (with ``anyone``, against anyone)."""
    for event in reversed(events):
        if (event.type in types and _stands(event) and (anyone or event.target.country in own)
                and event.source.country not in own):
            return event.source
    return None


def adversary(sources: list[Actor], events: Sequence[Event],
              types: Collection[str] = ("ASSAULT", "MOBILIZE", "COERCE")) -> Actor | None:
    """Whom a pull-back with no place named backs away from ("Juba announced it was
    pulling its troops out", after an air raid on it by Sudan): the other side of the
    latest act of force (or of ``types``) between the doer's country and another."""
    own = countries_of(sources)
    for event in reversed(events):  # force, not words or sanctions
        if event.type not in types or not _stands(event):
            continue
        for mine, other in ((event.source, event.target), (event.target, event.source)):
            # the state's own fight ("the South Africans killed scores of fighters"), not
            # one of its protesters or rebels
            if mine.country in own and party_key(mine)[1] in (None, "CVL") and (
                    other.country not in own | {None}):
                return other
    return None


def countries_of(actors: list[Actor]) -> set[str]:
    """The countries of ``actors`` (organisations without one left out)."""
    return {a.country for a in actors} - {None}


def carried_recipient(type_: str, sources: list[Actor], events: Sequence[Event],
                      reply: bool = True, countries: Sequence[str] = ()) -> Actor | None:
    """"Germany will send tanks to Ukraine ... Washington would provide 31 tanks": an act
    with no recipient of a type that the article just aimed at someone else; aimed back
    at the doer when the doer's country was the recipient and the act is a ``reply``
    ("China could take further countermeasures" after US tariffs on China). After two
    sides took the act against each other ("Britain expelled Malawi's envoy after Malawi
    expelled Britain's"), at the side the story is most about (``countries``, ranked)."""
    if type_ not in word_lists("threats")["carried_types"]:
        return None
    own = countries_of(sources)
    for event in reversed(events):
        if event.type != type_ or not _stands(event) or event.source.country in own:
            continue
        if event.target.country in own:
            return event.source if reply else None
        if _answered_in_kind(event, events):
            sides = {event.source.country: event.source, event.target.country: event.target}
            return next((sides[c] for c in countries if c in sides), event.target)
        return event.target
    return None


def _answered_in_kind(event: Event, events: Sequence[Event]) -> bool:
    """The recipient of ``event`` did the same to its doer."""
    return any(e.type == event.type and _stands(e) and e.source.country == event.target.country
               and e.target.country == event.source.country for e in events)


def story_country(sources: list[Actor], countries: Sequence[str], type_: str | None = None,
                  events: Sequence[Event] = (), *, own_goods: bool = False) -> str | None:
    """The country the story is most about besides the doer's, for an act by one state
    with no recipient named: "Egypt was ready to deploy ground forces" (in a story about
    Yemen); "India has provided $3 billion in credit lines" (about Sri Lanka). Aid and
    sanctions (``type_``) go there only when no earlier act of the type had a recipient
    (which ``carried_recipient`` follows instead)."""
    own = countries_of(sources)  # several only for forces or aid sent ("New Zealand and
    # Thailand offered to send soldiers", "China, India and Russia sent rescue teams") or
    # for their own goods held back (``own_goods``: "Germany and Norway suspended their
    # aid"), not for what they did to each other ("severed ties")
    if not own or type_ is not None and (len(own) > 1 and type_ != "AID" and not own_goods or
            type_ not in word_lists("threats")["carried_types"] or any(
                e.type == type_ and _stands(e) and e.source.country not in own for e in events)):
        return None
    return next((c for c in countries if c not in own), None)


def unrest_at_home(sources: list[Actor], events: Sequence[Event]) -> bool:
    """Protests, arrests or fighting inside the doers' own country earlier in the article
    ("thousands marched in Nairobi ... the government deployed riot police")."""
    own = countries_of(sources)
    return any(e.type in ("PROTEST", "COERCE", "ASSAULT") and e.target is not None
               and e.source.country in own and e.target.country == e.source.country
               for e in events)


# Verbs whose act answers another ("answered with 80 rounds").
_REPLY_VERBS = {"answer", "respond", "retaliate", "return"}  # "returned fire"


def fired_at(tok, trigger_type: str, lemma: str, sources: list[Actor],
             events: Sequence[Event]) -> Actor | None:
    """Whom returned fire answers ("fired back", "responded by firing at the area"): the
    latest attacker of the doer's side, else None."""
    if trigger_type != "ASSAULT" or not _returns_fire(tok, lemma):
        return None
    return attacker(sources, events)


def _returns_fire(tok, lemma: str) -> bool:
    """An attack that answers one: "answered with 80 rounds", "fired back", "responded by
    firing at the area", "retaliatory strikes"."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head  # "responded by firing rockets at the area": the firing
    by = tok.head if tok.dep_ == "pcomp" and tok.head.lower_ == "by" else None
    return lemma in _REPLY_VERBS or is_reply(tok) or any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in tok.children) or (
        by is not None and by.head.lemma_.lower() in _REPLY_VERBS)


def is_reply(tok) -> bool:
    """The act says it answers another: "countermeasures", "retaliatory tariffs", "in
    return" (``threats.yaml``: reciprocal_words)."""
    words = word_lists("threats")["reciprocal_words"]
    near = [tok, *tok.children, *(c for c in tok.head.children if c.dep_ == "prep")]
    return any(t.lemma_.lower() in words for t in near) or any(
        t.lemma_.lower() in words for p in near if p.dep_ == "prep" for t in p.children)


def _stands(event: Event) -> bool:
    """An event with a recipient that was not denied."""
    return event.target is not None and event.status is not Status.NEGATED


def referred_target(noun, type_: str, sources: list[Actor], events: Sequence[Event]
                    ) -> Actor | None:
    """"Turkey launched the offensive on October 9": a definite event noun with no
    recipient of its own keeps the recipient of the doer's earlier event of its type."""
    if not _definite(noun):
        return None
    own = countries_of(sources)
    for event in reversed(events):
        if event.type == type_ and event.target is not None and event.source.country in own:
            return event.target
    return None


def similar_target(noun, type_: str, sources: list[Actor], events: Sequence[Event]
                   ) -> Actor | None:
    """"Moscow made a similar appeal": an event noun said to be like an earlier one is aimed
    where that one was (the latest event of its type before it, by another doer)."""
    if not any(c.dep_ == "amod" and c.lower_ in ("similar", "same") for c in noun.children):
        return None
    own = countries_of(sources)
    for event in reversed(events):
        if (event.type == type_ and event.target is not None and event.span[0] < noun.idx
                and event.source.country not in own and event.target.country not in own):
            return event.target
    return None


def mentioned_before(noun, type_: str, source: Actor, target: Actor | None,
                     events: Sequence[Event]) -> Event | None:
    """"The visit by the Chinese delegation is felicitated by ...": a definite event noun
    that names an event already found (same type and parties) is that event again."""
    if not _definite(noun) or target is None:
        return None
    return next((e for e in reversed(events) if e.type == type_ and e.target is not None
                 and (e.source.entity, e.target.entity) == (source.entity, target.entity)),
                None)


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "that")
               for c in noun.children)


def referred_event(noun, types: Collection[str], events: Sequence[Event]) -> Event | None:
    """The earlier event (in earlier sentences) of one of ``types`` that a definite event
    noun names ("the sanctions"), or None."""
    if not _definite(noun):
        return None
    earlier = [e for e in reversed(events) if e.type in types
               and e.span[1] <= noun.sent.start_char]
    # "the killing" after "Yassin was killed ... Militants fired mortars": of the latest
    # act of force, the one told in the same word, if any (not for meetings: "the meeting"
    # is the latest one, however it was told)
    if earlier and earlier[0].type in _ACTS_OF_FORCE:
        earlier = [e for e in earlier if e.type == earlier[0].type and _same_word(noun, e)
                   ] or earlier
    earlier = told_of_kind(noun, earlier)
    # "the expulsion" after "Mexico would not break off relations": the one that happened
    return next((e for e in earlier if e.status is not Status.NEGATED), None) or next(
        iter(earlier), None)


_ACTS_OF_FORCE = ("ASSAULT", "COERCE")


def told_of_kind(noun, events: Sequence[Event]) -> list[Event]:
    """``events`` (latest first), those whose sentence names the kind the noun's modifier
    gives first: "called the missile tests regrettable" is about the missiles fired, not
    a later alert."""
    kinds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    if not kinds:
        return list(events)
    named = [e for e in events if any(word.startswith(kind) for kind in kinds
                                      for word in e.evidence.lower().replace("-", " ").split())]
    return named + [e for e in events if e not in named]


def same_word_first(noun, events: Sequence[Event]) -> list[Event]:
    """``events`` (latest first), those told in the noun's own word first: "rejected the
    suspension" answers who suspended, not who recalled an envoy since (not for meetings:
    "the meeting" is the latest one, however it was told)."""
    start = noun.sent.start_char  # (an act told in the noun's own sentence stays first:
    here = [e for e in events if e.span[1] > start]  # "accused X, a charge Y denied")
    same = [e for e in events if e.type != "CONSULT" and _same_word(noun, e)
            and e.span[1] <= start]
    return here + same + [e for e in events if e not in same and e not in here]


def _same_word(noun, event: Event) -> bool:
    """Whether ``event`` was told with the word ``noun`` repeats ("killed", "the killing")."""
    stem = noun.lemma_.lower()
    suffix = next((s for s in _NOUN_SUFFIXES if stem.endswith(s) and len(stem) > len(s) + 3),
                  None)  # "the killing", "the suspension", "the deployment", "the withdrawal"
    stem = stem[: -len(suffix)] if suffix else stem.rstrip("e")
    return event.trigger.lower().startswith(stem)


_NOUN_SUFFIXES = ("ing", "sion", "tion", "ment", "al")


def referred_doer(noun, type_: str, events: Sequence[Event],
                  readings: Collection[str] = ()) -> list[Actor]:
    """"The 10 percent duty on Chinese goods went ahead": a definite event noun with no doer
    of its own refers back to the latest event of its type, whose doer it keeps. A noun
    with several readings refers to the latest event of any of them ("drills ... a protest
    against the exercises": the drills, not an older joint exercise), so only that one."""
    event = referred_event(noun, {type_, *readings}, events)
    return [event.source] if event is not None and event.type == type_ else []
