"""The two lists of the rule-pack import dialog: the rule changes, each with a tick box, and
the open deadlines that would move (or moved). Every entry is a plain-text list item."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safecase.gui.deadlines.pack_change_text import PackChangeText
from safecase.gui.deadlines.pack_review import MovingDeadline, RuleChoice
from safecase.gui.widgets.plain_label import PlainLabel

RULE_ID_ROLE = Qt.ItemDataRole.UserRole
_TICKABLE = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
)


class PackChangesPanel(QWidget):
    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = PackChangeText(self)
        self.rules_box = QGroupBox(self.tr("What the pack changes"), self)
        self.rules_hint = PlainLabel(
            self.tr(
                "Tick the changes to take on. A change you leave unticked keeps that rule as "
                "it is now. Check the source of each, and be careful with unverified rules."
            ),
            self.rules_box,
        )
        self.rule_list = _list(self.rules_box, self.tr("Rule changes"), 230)
        rules_layout = QVBoxLayout(self.rules_box)
        rules_layout.addWidget(self.rules_hint)
        rules_layout.addWidget(self.rule_list)
        self.deadlines_box = QGroupBox(self.tr("Open deadlines that would move"), self)
        self.deadlines_summary = PlainLabel(parent=self.deadlines_box)
        self.deadlines_summary.setObjectName("deadlinesSummary")
        self.deadline_list = _list(
            self.deadlines_box, self.tr("Open deadlines that would move"), 110
        )
        deadlines_layout = QVBoxLayout(self.deadlines_box)
        deadlines_layout.addWidget(self.deadlines_summary)
        deadlines_layout.addWidget(self.deadline_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rules_box, 3)
        layout.addWidget(self.deadlines_box, 1)
        self.rule_list.itemChanged.connect(lambda _item: self.ticks_changed.emit())

    def show_choices(self, choices: Sequence[RuleChoice]) -> None:
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for choice in choices:
            text = self._texts.rule(choice)
            item = _item(text)
            item.setData(RULE_ID_ROLE, choice.rule_id)
            item.setToolTip(f"{choice.rule_id}\n{text}")
            item.setFlags(_TICKABLE)
            item.setCheckState(Qt.CheckState.Checked if choice.ticked else Qt.CheckState.Unchecked)
            self.rule_list.addItem(item)
        self.rule_list.blockSignals(False)
        if self.rule_list.count():
            self.rule_list.setCurrentRow(0)

    def ticked_ids(self) -> frozenset[str]:
        items = (self.rule_list.item(row) for row in range(self.rule_list.count()))
        return frozenset(
            str(item.data(RULE_ID_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def set_ticked(self, rule_id: str, ticked: bool) -> None:
        for row in range(self.rule_list.count()):
            item = self.rule_list.item(row)
            if item is not None and item.data(RULE_ID_ROLE) == rule_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def show_deadlines(self, summary: str, moving: Sequence[MovingDeadline] = ()) -> None:
        self.deadlines_summary.setText(summary)
        self.deadline_list.clear()
        for each in moving:
            self.deadline_list.addItem(_item(self._texts.deadline(each)))
        self.deadline_list.setVisible(bool(moving))

    def deadline_texts(self) -> list[str]:
        items = (self.deadline_list.item(row) for row in range(self.deadline_list.count()))
        return [item.text() for item in items if item is not None]


def _list(parent: QWidget, name: str, height: int) -> QListWidget:
    listing = QListWidget(parent)
    listing.setAccessibleName(name)
    listing.setWordWrap(True)
    listing.setMinimumHeight(height)
    listing.setAlternatingRowColors(True)
    # Ticking is the choice; a highlighted row would look like one more.
    listing.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return listing


def _item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    item.setToolTip(text)
    return item
