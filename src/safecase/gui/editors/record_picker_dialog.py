"""Choose a record (to link it, or to say what a note or deadline is about), with an optional
role ("lawyer", "applicant"). Lists page and filter in SQL like the main lists."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.records import RecordKind
from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.models.record_list_model import RecordListModel
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.widgets.plain_label import PlainLabel


class RecordPickerDialog(QDialog):
    picked = Signal(str, str, str)
    """(record id, its label, the role typed — "" when no role is asked)."""

    def __init__(
        self,
        gateway: RecordsGateway,
        kinds: list[RecordKind],
        heading: str,
        parent: QWidget | None = None,
        *,
        ask_role: bool = False,
        role_suggestions: list[str] | None = None,
        exclude: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 520)
        self._gateway = gateway
        self._exclude = exclude or set()
        self._models = {kind: RecordListModel(gateway, kind, self) for kind in kinds}
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(heading, self))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of record"))
        for kind in kinds:
            self.kind_combo.addItem(Vocabulary.kind_plural(kind), kind.value)
        self.kind_combo.setVisible(len(kinds) > 1)
        layout.addWidget(self.kind_combo)
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Filter by name"))
        self.filter.setPlaceholderText(self.tr("Type part of a name…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move in it
        self.table.setAccessibleName(self.tr("Records to choose from"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.role = QLineEdit(self)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setPlaceholderText(self.tr("Role, for example: lawyer, applicant, family"))
        if role_suggestions:
            self.role.setCompleter(QCompleter(role_suggestions, self.role))
        self.role.setVisible(ask_role)
        layout.addWidget(self.role)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self._build_buttons())
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.table.doubleClicked.connect(lambda _index: self.choose())
        self._on_kind_combo_changed()
        self.filter.setFocus()

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.choose_button = buttons.addButton(
            self.tr("C&hoose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setAccessibleName(self.tr("Choose"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.choose_button.clicked.connect(self.choose)
        cancel.clicked.connect(self.reject)
        return buttons

    @property
    def model(self) -> RecordListModel:
        return self._models[RecordKind(self.kind_combo.currentData())]

    def _on_kind_combo_changed(self) -> None:
        self.table.setModel(self.model)
        self.model.set_name_filter(self.filter.text())
        if self.model.rowCount() == 0:
            self.model.reload()
        self.table.resizeColumnToContents(0)

    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_name_filter(text)

    def apply_filter_now(self) -> None:
        self.model.set_name_filter(self.filter.text())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def choose(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index: QModelIndex = rows[0] if rows else self.table.currentIndex()
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id is None:
            self.problem.setText(self.tr("Choose one from the list first."))
            self.problem.show()
            return
        if record_id in self._exclude:
            self.problem.setText(self.tr("That one is already linked here."))
            self.problem.show()
            return
        label = str(self.model.index(index.row(), 0).data() or "")
        self.picked.emit(record_id, label, self.role.text().strip())
        self.accept()

    def clear_on_lock(self) -> None:
        for model in self._models.values():
            model.clear_on_lock()
        self.filter.clear()
        self.role.clear()

    def done(self, result: int) -> None:
        """Closing (by the user or the lock) forgets what was shown."""
        self.clear_on_lock()
        super().done(result)
