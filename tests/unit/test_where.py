"""shared.repository.Where: list filters from optional values."""

from shared.repository import Where


def test_values_left_none_add_no_condition() -> None:
    where = Where().equal("status", None).equal("owner_user_id", None)
    assert (where.sql, where.params) == ("TRUE", {})


def test_each_value_is_bound_under_its_own_name() -> None:
    where = Where("project_id = :project", project="p").equal("status", "active").equal("type", 3)
    assert where.sql == "project_id = :project AND status = :where_1 AND type = :where_2"
    assert where.params == {"project": "p", "where_1": "active", "where_2": 3}


def test_trusted_clauses_bring_their_parameters() -> None:
    where = Where().add("due < :now", now=5).equal("status", "open")
    assert where.sql == "due < :now AND status = :where_1"
    assert where.params == {"now": 5, "where_1": "open"}


def test_positional_numbers_named_parameters_once_each_and_keeps_casts() -> None:
    from shared.repository import positional

    query, names = positional(
        "SELECT data FROM t WHERE a = :a AND b::text = :b AND c = :a AND d = '{x}'"
    )
    assert query == "SELECT data FROM t WHERE a = $1 AND b::text = $2 AND c = $1 AND d = '{x}'"
    assert names == ("a", "b")
