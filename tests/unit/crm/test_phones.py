import pytest

from crm.domain.phones import Phone, match_key
from crm.domain.whatsapp import LidAlias, WhatsAppIdentifiers, parse_whatsapp_address
from shared.domain import InvalidArgument


@pytest.mark.parametrize(
    ("raw", "region", "e164", "region_code"),
    [
        ("+55 11 99999-9999", "", "+5511999999999", "BR"),
        ("+55 (11) 9 9999-9999", "", "+5511999999999", "BR"),
        ("(+55) 11 99999 9999", "", "+5511999999999", "BR"),
        ("+55 11 3456-7890", "", "+551134567890", "BR"),
        ("+55 11 9999-9999", "", "+551199999999", "BR"),
        ("(11) 99999-9999", "BR", "+5511999999999", "BR"),
        ("011 99999 9999", "br", "+5511999999999", "BR"),
        ("5511999999999", "BR", "+5511999999999", "BR"),
        ("0055 11 99999-9999", "", "+5511999999999", "BR"),
        ("+1 (415) 555-2671", "", "+14155552671", "US"),
        ("415.555.2671", "US", "+14155552671", "US"),
        ("1 415 555 2671", "US", "+14155552671", "US"),
        ("+1 416 555 0123", "", "+14165550123", "CA"),
        ("(416) 555-0123", "CA", "+14165550123", "CA"),
        ("+351 912 345 678", "", "+351912345678", "PT"),
        ("912 345 678", "PT", "+351912345678", "PT"),
        ("+54 9 11 1234-5678", "", "+5491112345678", "AR"),
        ("+52 55 1234 5678", "", "+525512345678", "MX"),
        ("+34 612 34 56 78", "", "+34612345678", "ES"),
        ("+44 20 7946 0958", "", "+442079460958", "GB"),
        ("020 7946 0958", "GB", "+442079460958", "GB"),
        ("+49 30 123456", "", "+4930123456", "DE"),
        ("030 1234567", "DE", "+49301234567", "DE"),
        ("+91 98765 43210", "", "+919876543210", "IN"),
        ("098765 43210", "IN", "+919876543210", "IN"),
        ("+81 3-1234-5678", "", "+81312345678", ""),
        ("5511999999999", "", "5511999999999", ""),
    ],
)
def test_a_number_is_read_into_its_canonical_form(raw, region, e164, region_code) -> None:
    phone = Phone.parse(raw, region)
    assert (phone.e164, phone.region_code, phone.raw) == (e164, region_code, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "5511999999999@c.us",
        "5511999999999@s.whatsapp.net",
        "5511999999999:12@s.whatsapp.net",
        " 5511999999999@C.US ",
    ],
)
def test_a_whatsapp_id_is_the_international_number(raw) -> None:
    assert Phone.parse(raw).e164 == "+5511999999999"


def test_a_whatsapp_id_ignores_the_default_region() -> None:
    assert Phone.parse("14155552671@c.us", "BR").e164 == "+14155552671"


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("", ""),
        ("   ", ""),
        ("abc", ""),
        ("+55 11 9999", ""),
        ("12345", ""),
        ("+", ""),
        ("++5511999999999", ""),
        ("55+11999999999", ""),
        ("+55 11 99999-9999 ext 2", ""),
        ("+55 11 89999-9999", ""),  # 9-digit Brazilian numbers are mobiles starting with 9
        ("+55 01 99999-9999", ""),  # no area code has a zero
        ("+1 055 555 1234", ""),  # NANP area codes start with 2..9
        ("+1234567890123456", ""),  # over 15 digits
        ("٥٥١١٩٩٩٩٩٩٩٩٩", ""),  # only ASCII digits
        ("99999-9999", "BR"),  # a Brazilian number needs its area code
        ("123456789012@g.us", ""),
        ("foo@c.us", ""),
        ("5511999999999@example.com", ""),
    ],
)
def test_garbage_is_rejected_naming_the_phone(raw, region) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Phone.parse(raw, region)
    assert caught.value.violations[0].field == "phone"


def test_an_lid_is_not_a_phone() -> None:
    with pytest.raises(InvalidArgument, match="lid"):
        Phone.parse("208416093512704@lid")


def test_an_unknown_default_region_is_rejected() -> None:
    with pytest.raises(InvalidArgument) as caught:
        Phone.parse("99999-9999", "ZZ")
    assert caught.value.violations[0].field == "default_region_code"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("+55 11 99999-9999", "+55 11 9999-9999"),
        ("5511999999999@c.us", "+551199999999"),
        ("(11) 98765-4321", "+55 11 8765-4321"),
        ("+52 1 55 1234 5678", "+52 55 1234 5678"),
    ],
)
def test_spellings_of_one_number_share_the_match_key(one, other) -> None:
    assert Phone.parse(one, "BR").match_key == Phone.parse(other, "BR").match_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("+55 11 99999-9999", "+55 21 99999-9999"),
        ("+55 11 3456-7890", "+55 11 93456-7891"),
        ("+1 415 555 2671", "+1 415 555 2672"),
    ],
)
def test_different_numbers_have_different_keys(one, other) -> None:
    assert Phone.parse(one).match_key != Phone.parse(other).match_key


@pytest.mark.parametrize(
    ("digits", "key"),
    [
        ("5511999999999", "551199999999"),
        ("551199999999", "551199999999"),
        ("551134567890", "551134567890"),
        ("14155552671", "14155552671"),
        ("5215512345678", "525512345678"),
    ],
)
def test_the_match_key_drops_only_the_mobile_prefix_digit(digits, key) -> None:
    assert match_key(digits) == key


def test_phones_are_equal_by_canonical_form_not_spelling() -> None:
    assert Phone.parse("+55 11 99999-9999") == Phone.parse("5511999999999@c.us")


def test_a_phone_knows_its_whatsapp_chat_id() -> None:
    assert Phone.parse("+55 11 99999-9999").whatsapp_id == "5511999999999@c.us"


def test_an_lid_address_becomes_an_alias() -> None:
    assert parse_whatsapp_address("208416093512704@lid") == LidAlias("208416093512704")


def test_a_phone_address_becomes_a_phone() -> None:
    assert parse_whatsapp_address("5511999999999@c.us") == Phone("+5511999999999", "BR")


def test_whatsapp_identifiers_are_stored_as_digits_with_the_jid_as_seen() -> None:
    ids = WhatsAppIdentifiers.of(
        wid="5511999999999@c.us", lid="208416093512704@lid", jid="5511999999999:3@s.whatsapp.net"
    )
    assert ids == WhatsAppIdentifiers(
        "5511999999999", "208416093512704", "5511999999999:3@s.whatsapp.net"
    )


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("whatsapp_ids.wid", {"wid": "abc@c.us"}),
        ("whatsapp_ids.lid", {"lid": "5511999999999@c.us"}),
        ("whatsapp_ids.jid", {"jid": "5511@g.us"}),
    ],
)
def test_malformed_whatsapp_identifiers_are_rejected(field, kwargs) -> None:
    with pytest.raises(InvalidArgument) as caught:
        WhatsAppIdentifiers.of(**kwargs)
    assert caught.value.violations[0].field == field
