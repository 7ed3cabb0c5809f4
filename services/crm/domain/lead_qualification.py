"""Lead-qualification settings of a pipeline: questions judged about a contact, and a pass mark."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crm.domain.custom_fields import check_custom_field_key
from crm.domain.values import required_text
from shared.domain import InvalidArgument

MAX_QUESTIONS = 5
DEFAULT_MIN_SCORE = 5


@dataclass(frozen=True)
class LeadQualificationQuestion:
    key: str
    label: str
    description: str
    weight: int = 5


@dataclass(frozen=True)
class LeadQualificationConfig:
    enabled: bool = False
    questions: tuple[LeadQualificationQuestion, ...] = ()
    min_score: int = DEFAULT_MIN_SCORE

    @classmethod
    def of(
        cls,
        enabled: bool = False,
        questions: Iterable[LeadQualificationQuestion | Mapping[str, Any]] = (),
        min_score: int = DEFAULT_MIN_SCORE,
    ) -> LeadQualificationConfig:
        checked = tuple(_question(i, q) for i, q in enumerate(questions))
        if len(checked) > MAX_QUESTIONS:
            raise InvalidArgument.field(
                "lead_qualification.questions", f"at most {MAX_QUESTIONS} questions"
            )
        if len({q.key for q in checked}) < len(checked):
            raise InvalidArgument.field("lead_qualification.questions", "keys must be unique")
        if not 0 <= min_score <= 10:
            raise InvalidArgument.field("lead_qualification.min_score", "must be 0..10")
        return cls(bool(enabled), checked, min_score)


def _question(
    index: int,
    given: LeadQualificationQuestion | Mapping[str, Any],
) -> LeadQualificationQuestion:
    question = (
        given
        if isinstance(given, LeadQualificationQuestion)
        else LeadQualificationQuestion(**given)
    )
    at = f"lead_qualification.questions[{index}]"
    if not 1 <= question.weight <= 10:
        raise InvalidArgument.field(f"{at}.weight", "must be 1..10")
    return LeadQualificationQuestion(
        key=check_custom_field_key(question.key, f"{at}.key"),
        label=required_text(question.label, f"{at}.label"),
        description=required_text(question.description, f"{at}.description", 1000),
        weight=question.weight,
    )
