"""The default pipeline, and Doc → Card."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional, Union

from . import errors
from .card import AspectOpinion, Card, Evidence, Film, Mention, Opinion, Person, Sentiment, StatedRating, Work
from .doc import Doc
from .people.cast_stage import KnownCast
from .people.mentions import Names
from .people.merge import People
from .people.ner import Ner
from .people.roles import Roles
from .opinions.stage import Opinions
from .pipeline import Pipeline
from .sentiment.stage import Sentiment as SentimentStage, Verdict
from .text.clean import Clean, decode
from .text.segment import Segment
from .works.relate import Works
from .works.titles import Titles


def build_pipeline(batch_size: int = 16) -> Pipeline:
    """The stages of a card, in order."""
    return Pipeline([Clean(), Segment(), Titles(), Ner(), Names(), People(), Works(), KnownCast(), Roles(),
                     SentimentStage(), Opinions()],
                    batch_size=batch_size)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return build_pipeline()


def make_doc(text: Union[str, bytes], id: Optional[str] = None, meta: Optional[dict] = None) -> Doc:
    """Validate the input at the boundary and wrap it in a Doc."""
    if isinstance(text, (bytes, bytearray)):
        text = decode(bytes(text))
    if not isinstance(text, str):
        raise errors.expected_text(text)
    return Doc(source=text, id=None if id is None else str(id), meta=dict(meta or {}))


def mention(doc: Doc, start: int, stop: int) -> Mention:
    start, stop = doc.to_source(start, stop)
    return Mention(start=start, stop=stop, text=doc.source[start:stop])


def to_sentiment(doc: Doc, verdict: Optional[Verdict]) -> Optional[Sentiment]:
    """The card's `sentiment` from the stage's verdict (offsets mapped to the source)."""
    if verdict is None or verdict.prediction is None:
        return None
    p = verdict.prediction
    stated = None
    if verdict.stated is not None:
        m = mention(doc, verdict.stated.start, verdict.stated.stop)
        stated = StatedRating(start=m.start, stop=m.stop, text=m.text, value=verdict.stated.value)
    evidence = [Evidence(**mention(doc, start, stop).model_dump(), polarity=polarity, weight=weight)
                for start, stop, polarity, weight in verdict.evidence]
    return Sentiment(label=p.label, probabilities=p.probabilities, rating=p.rating, liked=p.liked,
                     stated_rating=stated.value if stated else None, stated=stated,
                     confidence="low" if verdict.low_confidence else "normal", evidence=evidence,
                     model=verdict.model)


def to_opinion(doc: Doc, judgement, cls=Opinion, **extra):
    return cls(polarity=judgement.polarity, score=judgement.score,
               evidence=[mention(doc, start, stop) for start, stop in judgement.evidence], **extra)


def to_aspects(doc: Doc) -> Optional[list[AspectOpinion]]:
    if doc.aspects is None:
        return None
    return [to_opinion(doc, j, AspectOpinion, aspect=a) for a, j in doc.aspects.items()]


def to_card(doc: Doc) -> Card:
    """The user-facing card of a processed doc."""
    opinions = doc.opinions or {}
    people = [Person(name=p.name, aliases=p.aliases, kinds=p.kinds, characters=p.characters,
                     mentions=[mention(doc, m.start, m.stop) for m in p.mentions],
                     opinion=to_opinion(doc, opinions[p.name]) if p.name in opinions else None)
              for p in doc.people or []]
    works = [Work(title=w.title, aliases=w.aliases, kind=w.kind, relation=w.relation,
                  mentions=[mention(doc, m.start, m.stop) for m in w.mentions])
             for w in doc.works or []]
    film = None
    if doc.film is not None:
        film = Film(title=doc.film.title, aliases=doc.film.aliases, named_in_text=True,
                    mentions=[mention(doc, m.start, m.stop) for m in doc.film.mentions])
    elif doc.meta.get("film_title") or doc.cast_film:
        film = Film(title=str(doc.meta.get("film_title") or doc.cast_film), named_in_text=False)
    return Card(id=doc.id, film=film, people=people, works=works, sentiment=to_sentiment(doc, doc.sentiment),
                aspects=to_aspects(doc), warnings=list(doc.warnings), meta=doc.meta)


def analyze_docs(docs: Iterable[Doc], pipeline: Optional[Pipeline] = None) -> Iterator[Card]:
    pipeline = pipeline or default_pipeline()
    for doc in pipeline.map(docs):
        yield to_card(doc)
