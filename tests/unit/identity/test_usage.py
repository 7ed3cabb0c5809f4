import uuid
from datetime import timedelta

import pytest

from identity.domain.billing import UsageMeter
from identity.domain.errors import UsagePeriodClosed
from identity.domain.events import UsageRecorded
from identity.domain.statuses import UsageMetric, UsageRecordMode
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW

PROJECT = uuid.uuid4()


def meter(metric: UsageMetric = UsageMetric.MESSAGES_SENT) -> UsageMeter:
    return UsageMeter.open(
        billing_account_id=uuid.uuid4(),
        metric=metric,
        project_id=PROJECT,
        period_start=NOW,
        period_end=NOW + timedelta(days=30),
        now=NOW,
    )


def test_increments_add_up_and_are_recorded() -> None:
    m = meter()
    m.increment(now=NOW)
    m.increment(5, request_id="evt-2", now=NOW + timedelta(hours=1))
    events = [e for e in m.collect_events() if isinstance(e, UsageRecorded)]
    assert m.quantity == 6
    assert [(e.quantity, e.total_quantity, e.project_id, e.request_id) for e in events] == [
        (1, 1, PROJECT, ""),
        (5, 6, PROJECT, "evt-2"),
    ]


@pytest.mark.parametrize("quantity", [0, -1])
def test_increment_rejects_non_positive_quantities(quantity: int) -> None:
    m = meter()
    with pytest.raises(InvalidArgument) as caught:
        m.increment(quantity, now=NOW)
    assert caught.value.violations[0].field == "quantity"
    assert (m.quantity, m.collect_events()) == (0, [])


def test_usage_outside_the_period_belongs_to_another_meter() -> None:
    with pytest.raises(UsagePeriodClosed):
        meter().increment(now=NOW + timedelta(days=30))


def test_a_gauge_is_set_to_its_current_level() -> None:
    m = meter(UsageMetric.CONTACTS)
    m.increment(10, now=NOW)
    m.set_level(3, now=NOW)
    event = m.collect_events()[-1]
    assert isinstance(event, UsageRecorded) and event.mode == UsageRecordMode.SET
    assert m.quantity == 3
