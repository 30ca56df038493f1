"""Staff write the plan's records through the API with the staff pages' services and checks: trainings
(sessions, participants, attendance), S&T tasks and their receiving firms, appraisals, news and
publications. Non-staff get 403, visitors 401; bad input is a 400 with the field's message."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from events.models import Training, TrainingAttendance, TrainingSession
from grants.models import NewsItem, Publication, STTask, TaskUptake, TechnologyAppraisal
from marketplace import services
from marketplace.models import Connection
from tests.factories import InterestFactory, OfferFactory, OrganizationFactory, sector

TRAINING = {
    "title": "Lớp Kaizen 2026",
    "topic": "Kaizen và 5S",
    "venue": "Sở KH&CN",
    "trainer": "ThS. Lê B",
    "starts_on": "2026-05-04",
    "ends_on": "2026-05-06",
    "capacity": 30,
    "status": "open",
}
TASK = {
    "code": "ĐT-2026-01",
    "title": "Máy bóc vỏ dừa",
    "field": "engineering",
    "host_name": "Trường Đại học Trà Vinh",
    "start_year": 2024,
    "end_year": 2026,
    "status": "in_progress",
}


@pytest.fixture
def training(db):
    return Training.objects.create(
        title="Lớp NSCL",
        topic="ISO",
        venue="Sở",
        trainer="B",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 3),
        capacity=2,
        status="open",
    )


def test_staff_create_and_edit_a_training_with_its_sectors(api_for, staff):
    api = api_for(staff)
    body = {**TRAINING, "sectors": [sector("coconut").pk]}
    created = api.post("/api/v1/trainings/", body, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["sectors"] == [sector("coconut").pk]
    pk = created.json()["id"]
    edited = api.patch(f"/api/v1/trainings/{pk}/", {"capacity": 40}, format="json")
    assert (edited.status_code, edited.json()["capacity"]) == (200, 40)
    bad = api.patch(f"/api/v1/trainings/{pk}/", {"ends_on": "2026-05-01"}, format="json")
    assert bad.status_code == 400 and "ends_on" in bad.json()


def test_sessions_participants_and_attendance(api_for, staff, enterprise, training):
    api = api_for(staff)
    base = f"/api/v1/trainings/{training.pk}"
    session = api.post(
        f"{base}/sessions/",
        {"title": "Buổi 1", "starts_at": "2026-03-02T08:00:00+07:00", "ends_at": "2026-03-02T11:00:00+07:00"},
        format="json",
    )
    assert session.status_code == 201, session.content
    outside = api.post(
        f"{base}/sessions/",
        {"title": "Ngoài", "starts_at": "2026-04-02T08:00:00+07:00", "ends_at": "2026-04-02T11:00:00+07:00"},
        format="json",
    )
    assert outside.status_code == 400
    person = api.post(
        f"{base}/participants/",
        {"full_name": "Nguyễn Văn A", "category": "enterprise_staff", "organization": enterprise.pk},
        format="json",
    )
    assert person.status_code == 201, person.content
    mark = {"session": session.json()["id"], "participant": person.json()["id"], "present": True}
    assert api.post(f"{base}/attendance/", mark, format="json").json()["present"] is True
    assert api.post(f"{base}/attendance/", mark, format="json").status_code == 200  # twice: still one
    assert TrainingAttendance.objects.count() == 1
    other = Training.objects.create(
        title="Khác",
        topic="x",
        venue="x",
        trainer="x",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 2),
        capacity=5,
        status="open",
    )
    assert api.post(f"/api/v1/trainings/{other.pk}/attendance/", mark, format="json").status_code == 404


def test_staff_record_a_task_a_receiving_firm_and_its_proof(api_for, staff, enterprise, provider, provider_user):
    api = api_for(staff)
    created = api.post("/api/v1/st-tasks/", TASK, format="json")
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    assert api.post("/api/v1/st-tasks/", TASK, format="json").status_code == 400  # the same code
    done = api.patch(f"/api/v1/st-tasks/{pk}/", {"status": "completed"}, format="json")
    assert done.status_code == 400 and "completed_on" in done.json()
    uptake = api.post(
        f"/api/v1/st-tasks/{pk}/uptakes/",
        {"firm": enterprise.pk, "received_on": "2026-01-05", "document_reference": "BB 1/2026"},
        format="json",
    )
    assert uptake.status_code == 201, uptake.content
    assert uptake.json()["uptakes"][0]["has_proof"] is True
    again = api.post(
        f"/api/v1/st-tasks/{pk}/uptakes/",
        {"firm": enterprise.pk, "received_on": "2026-01-05", "document_reference": "BB 2"},
        format="json",
    )
    assert again.status_code == 400 and "firm" in again.json()
    # A firm recorded from a connection without its acceptance record gets its proof here.
    task = STTask.objects.get(pk=pk)
    coop = OrganizationFactory(kind="enterprise", org_type="cooperative")
    offer = OfferFactory(organization=provider)
    services.interest_accept(interest=InterestFactory(offer=offer, from_organization=coop), by=provider_user)
    waiting = TaskUptake.objects.create(
        task=task, firm=coop, received_on=date(2026, 1, 6), connection=Connection.objects.get(seeker=coop)
    )
    proof = api.post(f"/api/v1/st-tasks/{pk}/uptakes/{waiting.pk}/proof/", {"document_reference": ""}, format="json")
    assert proof.status_code == 400
    proof = api.post(
        f"/api/v1/st-tasks/{pk}/uptakes/{waiting.pk}/proof/", {"document_reference": "BB 3"}, format="json"
    )
    assert proof.status_code == 200, proof.content
    waiting.refresh_from_db()
    assert waiting.has_proof


def test_an_appraisal_refuses_another_firms_grant_next_to_the_field(api_for, staff, enterprise):
    from grants import services as grant_services
    from tests.grants.factories import BudgetFactory, M, ProgramFactory

    other_firm = OrganizationFactory(name="Công ty Khác", kind="enterprise", size="medium")
    program = ProgramFactory()
    BudgetFactory(program=program, year=2025, amount=200 * M)
    grant = grant_services.grant_propose(
        by=staff,
        firm=other_firm,
        program=program,
        year=2025,
        eligible_cost=60 * M,
        requested_amount=20 * M,
        purpose="x",
    )
    body = {
        "firm": enterprise.pk,
        "technology": "Lò sấy",
        "appraised_on": "2025-05-02",
        "conclusion": "passed",
        "document_reference": "12/TĐCN",
        "grant": grant.pk,
    }
    api = api_for(staff)
    refused = api.post("/api/v1/technology-appraisals/", body, format="json")
    assert refused.status_code == 400 and refused.json()["grant"] == ["Khoản hỗ trợ này thuộc doanh nghiệp khác."]
    del body["grant"]
    body["document"] = SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%%EOF", content_type="application/pdf")
    created = api.post("/api/v1/technology-appraisals/", body, format="multipart")
    assert created.status_code == 201, created.content
    assert TechnologyAppraisal.objects.get().document


def test_news_drafts_are_edited_by_staff_and_published_news_is_read_by_all(api_for, staff):
    api = api_for(staff)
    draft = api.post(
        "/api/v1/news/",
        {"title": "Tin nháp", "category": "hoat-dong", "summary": "s", "body": "b", "status": "draft"},
        format="json",
    )
    assert draft.status_code == 201, draft.content
    pk = draft.json()["id"]
    assert api_for(None).get(f"/api/v1/news/{pk}/").status_code == 404
    published = api.patch(f"/api/v1/news/{pk}/", {"status": "published"}, format="json")
    assert published.status_code == 200 and published.json()["published_at"]
    assert api_for(None).get(f"/api/v1/news/{pk}/").status_code == 200
    assert NewsItem.objects.get().created_by == staff


def test_publications_are_edited(api_for, staff):
    api = api_for(staff)
    created = api.post(
        "/api/v1/publications/",
        {"kind": "bulletin", "title": "Bản tin số 1", "published_on": "2025-02-01"},
        format="json",
    )
    assert created.status_code == 201
    pk = created.json()["id"]
    assert api.patch(f"/api/v1/publications/{pk}/", {"issue": "1/2025"}, format="json").status_code == 200
    assert Publication.objects.get().issue == "1/2025"


@pytest.mark.parametrize(
    "method, url, body",
    [
        ("post", "/api/v1/trainings/", TRAINING),
        ("post", "/api/v1/st-tasks/", TASK),
        ("post", "/api/v1/news/", {"title": "x", "category": "hoat-dong", "summary": "s", "body": "b"}),
        ("post", "/api/v1/publications/", {"kind": "bulletin", "title": "x", "published_on": "2025-02-01"}),
        ("post", "/api/v1/technology-appraisals/", {"technology": "x"}),
    ],
)
def test_writes_are_for_staff_only(api_for, enterprise_user, method, url, body):
    assert getattr(api_for(None), method)(url, body, format="json").status_code == 401
    assert getattr(api_for(enterprise_user), method)(url, body, format="json").status_code == 403
    assert not (Training.objects.exists() or STTask.objects.exists() or NewsItem.objects.exists())
    assert not TrainingSession.objects.exists()


def test_staff_announce_through_the_api_once(api_for, staff, enterprise_user, enterprise, training):
    enterprise.announcements_opt_in = True
    enterprise.save()
    enterprise.sectors.set([sector("coconut")])
    training.sectors.set([sector("agriculture")])
    api = api_for(staff)
    first = api.post("/api/v1/announcements/", {"training": training.pk}, format="json")
    assert first.status_code == 200, first.content
    assert (first.json()["told"], first.json()["news"]["training"]) == (1, training.pk)
    again = api.post("/api/v1/announcements/", {"training": training.pk}, format="json")
    assert (again.json()["told"], again.json()["news"]["id"]) == (0, first.json()["news"]["id"])
    assert api.post("/api/v1/announcements/", {}, format="json").status_code == 400
    assert api_for(enterprise_user).post("/api/v1/announcements/", {"training": training.pk}).status_code == 403
    assert api_for(None).post("/api/v1/announcements/", {"training": training.pk}).status_code == 401
