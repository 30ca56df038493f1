import pytest

from marketplace import demo
from marketplace.management.commands.seed_demo import muted
from marketplace.models import Interest, TechnologyOffer
from marketplace.signals import post_changed


@pytest.mark.django_db
def test_seeding_again_after_the_demo_grew_adds_the_new_posts_and_leaves_the_interests(settings):
    """A platform seeded by an earlier version, whose demo lacked a post, is seeded again (as `make run`
    does at every start): the missing post is added, and the interests of the first run are not asked for
    twice (the second would be refused as a duplicate)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    with muted(post_changed):
        demo.seed()
        interests = sorted(Interest.objects.values_list("pk", "status"))
        assert interests
        TechnologyOffer.objects.filter(title__startswith="Quy trình sản xuất dầu dừa tinh khiết").delete()

        created = demo.seed()

    assert created["offers"] == 1 and created["needs"] == 0
    assert TechnologyOffer.objects.filter(title__startswith="Quy trình sản xuất dầu dừa tinh khiết").exists()
    assert sorted(Interest.objects.values_list("pk", "status")) == interests
