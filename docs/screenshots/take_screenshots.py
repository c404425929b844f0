"""Screenshots for the README and docs: fill a throwaway vault with FICTIONAL records, start
SafeCase on a virtual screen, unlock, and save dashboard, person, case and search screenshots
with ImageMagick's `import -window root`.

Run through `make screenshots` (which starts Xvfb), or by hand:
    Xvfb :97 -screen 0 1440x900x24 &  DISPLAY=:97 .venv/bin/python docs/screenshots/take_screenshots.py docs/screenshots
Every person, case and organisation here is invented.
"""
import io, os, subprocess, sys, tempfile, time
from datetime import date, timedelta, UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer, QPointF, QBuffer, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from safecase.domain import records as r
from safecase.domain.clock import SystemClock
from safecase.gui.application import Application
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.records_views import install_records_views, view_of
from safecase.services import vault as vs
from safecase.services.vault import KdfParams
from safecase.services.records import RecordsService

PASS = "demo passphrase for fictional people only"
OUT = Path(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="safecase-demo-"))
vault_dir = work / "vault"

def pdf_bytes() -> bytes:
    buf = QBuffer(); buf.open(QIODevice.OpenModeFlag.WriteOnly)
    w = QPdfWriter(buf); p = QPainter(w); p.drawText(QPointF(300, 400), "Fictional witness statement"); p.end()
    return bytes(buf.data().data())

def fill() -> dict[str, str]:
    v, _ = vs.create(vault_dir, bytearray(PASS.encode()), kdf=KdfParams(memory_kib=8192, time_cost=1, lanes=1))
    rec = RecordsService(v.conn)
    today = date.today()
    d = lambda n: (today + timedelta(days=n)).isoformat()
    people = {}
    for name, latin, risk, flags, country, status in [
        ("Ержан Жаксылыков", "Yerzhan Zhaksylykov", r.Risk.HIGH, [r.Flag("detained", "extradition request from KZ", d(-20))], "PL", "asylum seeker"),
        ("Дильноза Каримова", "Dilnoza Karimova", r.Risk.MEDIUM, [], "DE", "refugee status"),
        ("Тимур Садыков", "Timur Sadykov", r.Risk.CRITICAL, [r.Flag("do not phone", "phone monitored")], "LT", "detained"),
        ("Асель Омарова", "Assel Omarova", r.Risk.LOW, [], "PL", "residence permit"),
        ("Рустам Юсупов", "Rustam Yusupov", r.Risk.HIGH, [], "PL", "asylum seeker"),
        ("Зарина Ибрагимова", "Zarina Ibragimova", None, [], "DE", ""),
        ("Nurlan Abdullaev", "", r.Risk.MEDIUM, [], "LT", "appeal pending"),
        ("Madina Tursunova", "", r.Risk.LOW, [], "PL", "asylum seeker"),
    ]:
        p = r.Person(name=name, other_names=[r.OtherName(latin, "Latn", "", "transliteration")] if latin else [],
                     country=country, status=status, risk=risk, flags=flags, citizenship=["KZ"] if "Ер" in name else ["UZ"],
                     birth_date="1979-04" if "Ер" in name else None, location="Warsaw" if country == "PL" else "",
                     languages=["kk", "ru"], summary="Fictional person for the SafeCase demo. Any resemblance is accidental.")
        rec.create(p); people[name] = p.id
    cases = {}
    for title, kind, ref, person, status in [
        ("Extradition request (KZ)", r.CaseKind.EXTRADITION_REQUEST, "IV Kop 123/24", "Ержан Жаксылыков", r.CaseStatus.PENDING),
        ("Asylum appeal", r.CaseKind.ASYLUM_APPEAL, "RdU-456/24", "Ержан Жаксылыков", r.CaseStatus.APPEALED),
        ("ECtHR application, Rule 39", r.CaseKind.ECTHR_APPLICATION, "12345/24", "Тимур Садыков", r.CaseStatus.OPEN),
        ("Residence permit renewal", r.CaseKind.RESIDENCE_PERMIT, "WSC-II-S.6151", "Асель Омарова", r.CaseStatus.OPEN),
        ("Dublin transfer", r.CaseKind.DUBLIN_PROCEDURE, "DUB-2024-77", "Дильноза Каримова", r.CaseStatus.PENDING),
    ]:
        c = r.Case(title=title, kind=kind, references=[ref], status=status, jurisdiction="PL" if "ECtHR" not in title else "ECHR",
                   authority="Regional Court, Warsaw" if "Extradition" in title else "Refugee Board", opened=d(-60),
                   summary="Fictional case for the demo.")
        rec.create(c); cases[title] = c.id
        rec.link(people[person], c.id, "applicant")
    lawyer = r.Contact(name="Anna Nowak", kind=r.ContactKind.LAWYER, organisation="Fictional Legal Aid Foundation", phones=["+48 22 000 00 00"], emails=["anna@example.org"], handles=["Signal: +48 000 000 000"])
    ngo = r.Contact(name="Open Door Shelter", kind=r.ContactKind.NGO, organisation="Open Door", phones=["+49 30 000 000"])
    fam = r.Contact(name="Гульнара Жаксылыкова", kind=r.ContactKind.FAMILY, safety="phone may be monitored — use Signal only")
    for c in (lawyer, ngo, fam): rec.create(c)
    rec.link(lawyer.id, people["Ержан Жаксылыков"], "lawyer")
    rec.link(fam.id, people["Ержан Жаксылыков"], "wife")
    rec.link(lawyer.id, cases["Extradition request (KZ)"], "counsel")
    ev = r.Event(date=d(-21), kind=r.EventKind.DETAINED, person_id=people["Ержан Жаксылыков"], case_id=cases["Extradition request (KZ)"], summary="Detained at the border crossing")
    rec.create(ev)
    rec.create(r.Event(date=d(-7), kind=r.EventKind.HEARING, case_id=cases["Extradition request (KZ)"], person_id=people["Ержан Жаксылыков"], summary="First hearing, adjourned"))
    rec.create(r.Event(date=d(-3), kind=r.EventKind.DECISION_SERVED, case_id=cases["Asylum appeal"], person_id=people["Ержан Жаксылыков"], summary="Negative decision served by post"))
    for title, due, case in [
        ("Submit evidence of risk of torture", d(-2), "Extradition request (KZ)"),
        ("Appeal against the asylum decision", d(0), "Asylum appeal"),
        ("Reply to the Government's observations", d(4), "ECtHR application, Rule 39"),
        ("Hearing: extradition admissibility", d(6), "Extradition request (KZ)"),
        ("Renew the residence permit", d(25), "Residence permit renewal"),
        ("Dublin transfer time limit", d(48), "Dublin transfer"),
    ]:
        rec.create(r.Deadline(title=title, due=due, tz="Europe/Warsaw", case_id=cases[case], reminders=["P7D", "P1D"]))
    rec.create(r.Note(title="First meeting", body="Met at the detention centre with an interpreter. Fears return; brother was questioned in 2023.", target_id=people["Ержан Жаксылыков"]))
    rec.create(r.Note(title="Call with Anna Nowak", body="Lawyer will request interim measures.", target_id=cases["Extradition request (KZ)"]))
    rec.add_attachment(io.BytesIO(pdf_bytes()), "witness-statement.pdf", "application/pdf", people["Ержан Жаксылыков"])
    v.close()
    return {"person": people["Ержан Жаксылыков"], "case": cases["Extradition request (KZ)"]}

cfg = work / "config"
cfg.mkdir()
Application.set_identity()
Settings.redirect_qt_settings(cfg)
settings = Settings.open_in(cfg)
app = Application([sys.argv[0]])
ids = fill()
registry = default_view_registry(); install_records_views(registry)
controller = SessionController(app, settings, clock=SystemClock(), registry=registry, vault_dir=vault_dir)
controller.start(listen=False)

def shot(name: str) -> None:
    for _ in range(5):
        app.processEvents(); time.sleep(0.05)
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print("shot", name, flush=True)

steps = []
def step(fn): steps.append(fn); return fn

@step
def s_unlock():
    shot("unlock")
    w = controller.unlock_window; w.passphrase.setText(PASS); w.submit()

@step
def s_layout():
    m = controller.main_window
    m.move(0, 0); m.resize(1440, 900)

@step
def s_dashboard():
    shot("dashboard")

@step
def s_person():
    m = controller.main_window
    session = m.pages["dashboard"].session
    session.open_record("person", ids["person"])

@step
def s_person_shot():
    shot("person")

@step
def s_case():
    m = controller.main_window
    m.pages["dashboard"].session.open_record("case", ids["case"])

@step
def s_case_shot():
    shot("case")

@step
def s_search():
    m = controller.main_window
    p = m.pages["dashboard"].session.open_search(m)
    p.query.setText("Zhaksylyk"); p.run_query()

@step
def s_search_wait():
    pass

@step
def s_search_shot():
    shot("search")
    controller.quit()

def run(i=0):
    if i < len(steps):
        steps[i]()
        QTimer.singleShot(900, lambda: run(i + 1))

QTimer.singleShot(800, run)
app.exec()
