import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from core.models import Notification
from core.notifications import notify
from marketplace import permissions, services
from marketplace.models import Interest
from tests.factories import NeedFactory, OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def need(enterprise):
    return NeedFactory(organization=enterprise)


def express(need, provider, provider_user, **extra):
    fields = dict(cooperation="supply", message="Chúng tôi có máy sấy phù hợp", questions="Mặt bằng?", about_us="Viện")
    fields.update(extra)
    return services.interest_create(post=need, organization=provider, by=provider_user, **fields)


def test_an_interest_notifies_the_owner_in_app_and_by_email_once(
    need, provider, provider_user, enterprise_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        interest = express(need, provider, provider_user)
    assert interest.status == Interest.Status.PENDING
    notes = enterprise_user.notifications.filter(kind="interest_received")
    assert notes.count() == 1
    assert [m.to for m in mail.outbox] == [[enterprise_user.email]]
    assert provider.name in notes.get().text


def test_the_same_event_never_notifies_twice(enterprise_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(users=[enterprise_user], kind="post_published", event_key="e-1", params={"title": "A"})
        notify(users=[enterprise_user], kind="post_published", event_key="e-1", params={"title": "A"})
    assert Notification.objects.filter(user=enterprise_user).count() == 1
    assert len(mail.outbox) == 1


def test_an_email_task_run_twice_sends_once(enterprise_user, django_capture_on_commit_callbacks):
    from core.notifications import notification_send_email

    with django_capture_on_commit_callbacks(execute=True):
        note = notify(users=[enterprise_user], kind="post_published", event_key="e-2", params={"title": "A"})[0]
    assert notification_send_email(notification_id=note.pk) is False
    assert len(mail.outbox) == 1


def test_contacts_are_hidden_until_the_owner_accepts(need, provider, provider_user, enterprise_user, outsider_user):
    interest = express(need, provider, provider_user)
    assert not permissions.can_see_contacts(provider_user, interest)
    assert not permissions.can_see_contacts(enterprise_user, interest)
    assert not permissions.can_see_confidential(provider_user, need)
    interest = services.interest_accept(interest=interest, by=enterprise_user)
    assert permissions.can_see_contacts(provider_user, interest)
    assert permissions.can_see_contacts(enterprise_user, interest)
    assert permissions.can_see_confidential(provider_user, need)
    assert not permissions.can_see_contacts(outsider_user, interest)
    assert not permissions.can_see_confidential(outsider_user, need)
    assert provider_user.notifications.filter(kind="interest_accepted").count() == 1


def test_a_decline_carries_a_reason_the_other_side_sees(need, provider, provider_user, enterprise_user):
    interest = express(need, provider, provider_user)
    interest = services.interest_decline(interest=interest, by=enterprise_user, reason="price", note="Vượt ngân sách")
    assert interest.status == Interest.Status.DECLINED
    note = provider_user.notifications.get(kind="interest_declined")
    assert str(interest.get_decline_reason_display()) in note.text


def test_it_refuses_a_decline_without_a_known_reason(need, provider, provider_user, enterprise_user):
    interest = express(need, provider, provider_user)
    with pytest.raises(ValidationError):
        services.interest_decline(interest=interest, by=enterprise_user, reason="because")


def test_only_the_owner_answers(need, provider, provider_user, outsider_user):
    interest = express(need, provider, provider_user)
    with pytest.raises(PermissionDenied):
        services.interest_accept(interest=interest, by=outsider_user)
    with pytest.raises(PermissionDenied):
        services.interest_accept(interest=interest, by=provider_user)


def test_it_refuses_a_second_open_interest_from_the_same_organisation(need, provider, provider_user):
    express(need, provider, provider_user)
    with pytest.raises(ValidationError):
        express(need, provider, provider_user)
    assert Interest.objects.count() == 1


def test_after_a_withdrawal_a_new_interest_may_be_sent(need, provider, provider_user):
    first = express(need, provider, provider_user)
    services.interest_withdraw(interest=first, by=provider_user)
    assert express(need, provider, provider_user).pk != first.pk


def test_it_refuses_interest_in_ones_own_post_or_an_unpublished_one(
    enterprise, enterprise_user, provider, provider_user
):
    own = NeedFactory(organization=enterprise)
    with pytest.raises(ValidationError):
        services.interest_create(post=own, organization=enterprise, by=enterprise_user, cooperation="buy", message="x")
    draft = OfferFactory(status="draft")
    with pytest.raises(ValidationError):
        services.interest_create(
            post=draft, organization=enterprise, by=enterprise_user, cooperation="buy", message="x"
        )


def test_a_user_cannot_express_interest_for_an_organisation_they_do_not_belong_to(need, provider, outsider_user):
    with pytest.raises(PermissionDenied):
        express(need, provider, outsider_user)


def test_an_answer_is_final(need, provider, provider_user, enterprise_user):
    interest = express(need, provider, provider_user)
    services.interest_accept(interest=interest, by=enterprise_user)
    with pytest.raises(ValidationError):
        services.interest_decline(interest=interest, by=enterprise_user, reason="price")
