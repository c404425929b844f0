<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>SafeCase %s</source>
        <translation>SafeCase %s</translation>
    </message>
    <message>
        <source>An encrypted case and deadline tracker for people who protect others.

SafeCase never connects to the internet. Everything stays in the encrypted vault on this computer, and only your passphrase or recovery key opens it.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Зашифрованный журнал дел и сроков для тех, кто защищает людей.

SafeCase никогда не подключается к интернету. Всё хранится в зашифрованном хранилище на этом компьютере, и открыть его можно только вашей парольной фразой или ключом восстановления.

Свободная программа на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>AddFromRuleDialog</name>
    <message>
        <source>Add a deadline from a rule</source>
        <translation>Добавить срок по правилу</translation>
    </message>
    <message>
        <source>Choose the rule, then give the date exactly as the rule asks. SafeCase shows the date it computes and why, before anything is saved.</source>
        <translation>Выберите правило и укажите дату именно так, как требует правило. Прежде чем что-либо сохранить, SafeCase покажет рассчитанную дату и объяснит, как она получена.</translation>
    </message>
    <message>
        <source>Show rules of every jurisdiction and kind</source>
        <translation>Показать правила всех юрисдикций и видов дел</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>UNVERIFIED: this rule has not been checked against the law. Check the date yourself before relying on it; it is never an all clear.</source>
        <translation>НЕ ПРОВЕРЕНО: это правило не сверено с законом. Проверьте дату сами, прежде чем на неё полагаться; такая дата никогда не означает, что всё в порядке.</translation>
    </message>
    <message>
        <source>Trigger date</source>
        <translation>Дата отсчёта</translation>
    </message>
    <message>
        <source>Trigger time</source>
        <translation>Время отсчёта</translation>
    </message>
    <message>
        <source>Time zone of the trigger time</source>
        <translation>Часовой пояс времени отсчёта</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>(enter the date)</source>
        <translation>(введите дату)</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Ключевая дата</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Нужно указать:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Обстоятельства:</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Почему эта дата</translation>
    </message>
    <message>
        <source>The date, and why</source>
        <translation>Дата и её обоснование</translation>
    </message>
    <message>
        <source>I have checked this unverified date against the law myself</source>
        <translation>Я сам(а) сверил(а) эту непроверенную дату с законом</translation>
    </message>
    <message>
        <source>Set a different date by hand</source>
        <translation>Указать другую дату вручную</translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation>Дата, указанная вручную</translation>
    </message>
    <message>
        <source>Reason (required), e.g. court&apos;s letter</source>
        <translation>Причина (обязательно), например письмо суда</translation>
    </message>
    <message>
        <source>Reason for the date set by hand</source>
        <translation>Причина даты, указанной вручную</translation>
    </message>
    <message>
        <source>&amp;Save deadline</source>
        <translation>&amp;Сохранить срок</translation>
    </message>
    <message>
        <source>  [UNVERIFIED]</source>
        <translation>  [НЕ ПРОВЕРЕНО]</translation>
    </message>
    <message>
        <source>No rule fits this case. Tick the box above to see every rule.</source>
        <translation>Для этого дела нет подходящего правила. Отметьте флажок выше, чтобы увидеть все правила.</translation>
    </message>
    <message>
        <source>Standard period: %s</source>
        <translation>Обычный срок: %s</translation>
    </message>
    <message>
        <source>Source: %1. Confidence: %2, last checked %3.</source>
        <translation>Источник: %1. Достоверность: %2, последняя проверка %3.</translation>
    </message>
    <message>
        <source>This date cannot be computed yet: %s</source>
        <translation>Эту дату пока нельзя рассчитать: %s</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Даты пока нет</translation>
    </message>
    <message>
        <source>Due %1 (%2), by %3 %4</source>
        <translation>Срок: %1 (%2), до %3 %4</translation>
    </message>
    <message>
        <source>Confidence: %s</source>
        <translation>Достоверность: %s</translation>
    </message>
    <message>
        <source>Outer limit: %s (the law leaves a range; the earliest date is shown)</source>
        <translation>Предельный срок: %s (закон допускает диапазон; показана самая ранняя дата)</translation>
    </message>
    <message>
        <source>Outer limit: none</source>
        <translation>Предельный срок: нет</translation>
    </message>
    <message>
        <source>Then: %1, due %2 (%3)</source>
        <translation>Затем: %1, срок %2 (%3)</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Не сохранено: %s</translation>
    </message>
</context>
<context>
    <name>AttachmentViewerDialog</name>
    <message>
        <source>Opening the file</source>
        <translation>Файл открывается</translation>
    </message>
    <message>
        <source>SafeCase cannot show this kind of file inside the app. It stays safe in the vault. If you need to open it in another program, use Save a copy… — the copy will not be encrypted.</source>
        <translation>SafeCase не умеет показывать файлы такого типа. Файл надёжно хранится в хранилище. Если его нужно открыть в другой программе, нажмите «Сохранить копию…» — но копия не будет зашифрована.</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>A copy was saved.</source>
        <translation>Копия сохранена.</translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>SafeCase can back up the vault by itself into a folder, for example on a USB drive or a synced folder. The backups open with your recovery key; no passphrase is needed. SafeCase checks each backup it writes.</source>
        <translation>SafeCase может сам делать резервные копии хранилища в папку, например на USB-накопителе или в синхронизируемой папке. Копии открываются вашим ключом восстановления; парольная фраза не нужна. SafeCase проверяет каждую записанную копию.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выбрать папку для резервных копий</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Сколько копий хранить</translation>
    </message>
    <message>
        <source>Also back up when I &amp;quit SafeCase</source>
        <translation>Также делать копию при в&amp;ыходе из SafeCase</translation>
    </message>
    <message>
        <source>Also back up when I quit SafeCase</source>
        <translation>Также делать копию при выходе из SafeCase</translation>
    </message>
    <message>
        <source>Warn after this many days without a backup</source>
        <translation>Предупреждать после стольких дней без копии</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Состояние резервных копий</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Как часто:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последних:</translation>
    </message>
    <message>
        <source>&amp;Warn after (days):</source>
        <translation>Пр&amp;едупреждать через (дней):</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать копию &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Test restore</source>
        <translation>&amp;Проверить восстановление</translation>
    </message>
    <message>
        <source>Test restore of the newest backup</source>
        <translation>Проверить восстановление последней копии</translation>
    </message>
    <message>
        <source>Last verified backup: never</source>
        <translation>Последняя проверенная копия: никогда</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n day(s) ago</source>
        <translation>
            <numerusform>Последняя проверенная копия: %n день назад</numerusform>
            <numerusform>Последняя проверенная копия: %n дня назад</numerusform>
            <numerusform>Последняя проверенная копия: %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation>SafeCase</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Запись и проверка копии…</translation>
    </message>
    <message>
        <source>Backup written and checked. It holds: %1.</source>
        <translation>Копия записана и проверена. В ней: %1.</translation>
    </message>
    <message>
        <source>There is no automatic backup in this folder yet.</source>
        <translation>В этой папке пока нет автоматических копий.</translation>
    </message>
    <message>
        <source>Checking the newest backup…</source>
        <translation>Проверка последней копии…</translation>
    </message>
    <message>
        <source>Test restore passed: the newest backup opens and is complete. It holds: %1.</source>
        <translation>Проверка пройдена: последняя копия открывается и полна. В ней: %1.</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Резервная копия сейчас</translation>
    </message>
    <message>
        <source>SafeCase writes an encrypted copy of the whole vault into one file. Keep it somewhere other than this computer, for example on a USB drive kept locked away.</source>
        <translation>SafeCase записывает зашифрованную копию всего хранилища в один файл. Храните её не на этом компьютере, например на USB-накопителе под замком.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выбрать файл резервной копии</translation>
    </message>
    <message>
        <source>My &amp;recovery key (no passphrase needed)</source>
        <translation>Мой &amp;ключ восстановления (парольная фраза не нужна)</translation>
    </message>
    <message>
        <source>Protect with my recovery key</source>
        <translation>Защитить моим ключом восстановления</translation>
    </message>
    <message>
        <source>A backup &amp;passphrase</source>
        <translation>&amp;Парольная фраза копии</translation>
    </message>
    <message>
        <source>Protect with a backup passphrase</source>
        <translation>Защитить парольной фразой копии</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза копии</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Парольная фраза копии, ещё раз</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Protect it with:</source>
        <translation>Чем защитить:</translation>
    </message>
    <message>
        <source>Backup pass&amp;phrase:</source>
        <translation>Пароль&amp;ная фраза копии:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Stop the backup</source>
        <translation>&amp;Остановить копирование</translation>
    </message>
    <message>
        <source>Stop the backup</source>
        <translation>Остановить копирование</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>Сделать &amp;копию</translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation>SafeCase</translation>
    </message>
    <message>
        <source>SafeCase backups (*.age)</source>
        <translation>Резервные копии SafeCase (*.age)</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Запись зашифрованной копии…</translation>
    </message>
    <message>
        <source>Backup written. It holds: %1.</source>
        <translation>Копия записана. В ней: %1.</translation>
    </message>
    <message>
        <source>Backup stopped. No file was written.</source>
        <translation>Копирование остановлено. Файл не записан.</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>Копия не записана.</translation>
    </message>
</context>
<context>
    <name>BackupStatusStrip</name>
    <message>
        <source>Backup status</source>
        <translation>Состояние резервных копий</translation>
    </message>
    <message>
        <source>Automatic &amp;backups…</source>
        <translation>Автоматические &amp;копии…</translation>
    </message>
    <message>
        <source>Automatic backup settings</source>
        <translation>Настройки автоматических копий</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Создаётся резервная копия хранилища…</translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation>Проверенной резервной копии пока нет.</translation>
    </message>
    <message>
        <source>Last verified backup: today.</source>
        <translation>Последняя проверенная копия: сегодня.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n day(s) ago.</source>
        <translation>
            <numerusform>Последняя проверенная копия: %n день назад.</numerusform>
            <numerusform>Последняя проверенная копия: %n дня назад.</numerusform>
            <numerusform>Последняя проверенная копия: %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup did not finish:</source>
        <translation>Последнее автоматическое копирование не завершилось:</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Автоматические копии выключены.</translation>
    </message>
    <message>
        <source>Please make a backup soon.</source>
        <translation>Пожалуйста, сделайте резервную копию в ближайшее время.</translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>people</source>
        <translation>людей</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>дел</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>контактов</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>сроков</translation>
    </message>
    <message>
        <source>events</source>
        <translation>событий</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметок</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документов</translation>
    </message>
    <message>
        <source>in the recycle bin</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>нет записей</translation>
    </message>
    <message>
        <source>Backup made %1. It holds: %2.</source>
        <translation>Копия сделана %1. В ней: %2.</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Похоже, включён Caps Lock.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Предупреждение о Caps Lock</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Вид дела</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Country or court code: PL, ECHR</source>
        <translation>Код страны или суда: PL, ECHR</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Юрисдикция</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>О&amp;рган</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>Номера &amp;дел</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>Дата &amp;открытия</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation>Дата &amp;закрытия</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation>О&amp;бвинения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Кратко</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Добавить дело</translation>
    </message>
    <message>
        <source>No cases yet. Press New case (Ctrl+N) to add one, then add the people it concerns and its deadlines from the case&apos;s page.</source>
        <translation>Дел пока нет. Нажмите «Добавить дело» (Ctrl+N), а затем на странице дела добавьте людей, которых оно касается, и его сроки.</translation>
    </message>
    <message>
        <source>Choose a case from the list to see its people, deadlines and timeline.</source>
        <translation>Выберите дело в списке, чтобы увидеть его участников, сроки и хронологию.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add a &amp;contact…</source>
        <translation>Добавить &amp;контакт…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this vault. From now on, only the new one opens it. Your recovery key keeps working.</source>
        <translation>Придумайте новую парольную фразу для этого хранилища. После смены открыть его сможет только новая фраза. Ключ восстановления продолжит действовать.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Ваша текущая парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Protecting the vault with the new passphrase…</source>
        <translation>Хранилище защищается новой парольной фразой…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase the next time you unlock SafeCase.</source>
        <translation>Готово. В следующий раз разблокируйте SafeCase новой парольной фразой.</translation>
    </message>
    <message>
        <source>Your passphrase was not changed.</source>
        <translation>Парольная фраза не изменена.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Правовой статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Вид контакта</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреса электронной почты</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>Messenger handles</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>&amp;Messengers</source>
        <translation>&amp;Мессенджеры</translation>
    </message>
    <message>
        <source>One per line, for example: Signal: +48 …</source>
        <translation>По одному в строке, например: Signal: +48 …</translation>
    </message>
    <message>
        <source>For example: compromised — do not contact</source>
        <translation>Например: скомпрометирован — не связываться</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Безопасность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <source>No contacts yet. Press New contact (Ctrl+N) to add a lawyer, an organisation or a family member, then link them to people and cases.</source>
        <translation>Контактов пока нет. Нажмите «Добавить контакт» (Ctrl+N), чтобы добавить адвоката, организацию или родственника, а затем свяжите контакт с людьми и делами.</translation>
    </message>
    <message>
        <source>Choose a contact from the list to see how to reach them.</source>
        <translation>Выберите контакт в списке, чтобы увидеть, как с ним связаться.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Link to a &amp;person…</source>
        <translation>Связать с &amp;человеком…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Link to a c&amp;ase…</source>
        <translation>Связать с д&amp;елом…</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Creating your vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>SafeCase is measuring how fast this computer is, to make your passphrase as hard as possible to guess while keeping unlocking to about a second. This takes a few seconds.</source>
        <translation>SafeCase измеряет скорость этого компьютера, чтобы парольную фразу было как можно труднее подобрать, а разблокировка занимала около секунды. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Начать заново</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Measuring this computer…</source>
        <translation>Измеряем скорость компьютера…</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создаём хранилище…</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>Хранилище готово.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных сроков нет.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Сегодня сроков нет.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days.</source>
        <translation>В ближайшие 7 дней сроков нет.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Nothing further ahead.</source>
        <translation>Дальше сроков нет.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Search everything (%s)</source>
        <translation>Искать везде (%s)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>Mark selected deadline as &amp;done</source>
        <translation>Отметить выбранный срок как &amp;выполненный</translation>
    </message>
    <message>
        <source>Mark the selected deadline as done</source>
        <translation>Отметить выбранный срок как выполненный</translation>
    </message>
    <message>
        <source>Welcome to your vault</source>
        <translation>Добро пожаловать в ваше хранилище</translation>
    </message>
    <message>
        <source>Start by adding the first person you work with, then their case. Deadlines you add to a case appear here, sorted by how soon they are due, and people with flags that need attention are listed below them. Everything stays encrypted on this computer.</source>
        <translation>Начните с первого человека, с которым вы работаете, а затем добавьте его дело. Сроки, добавленные к делу, появятся здесь — сначала самые близкие, а ниже — люди с отметками, требующими внимания. Всё хранится в зашифрованном виде на этом компьютере.</translation>
    </message>
    <message>
        <source>Add the first &amp;person…</source>
        <translation>Добавить первого &amp;человека…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Добавить первого человека</translation>
    </message>
    <message>
        <source>Add a &amp;case…</source>
        <translation>Добавить &amp;дело…</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Добавить дело</translation>
    </message>
    <message>
        <source>Show all deadlines</source>
        <translation>Показать все сроки</translation>
    </message>
    <message>
        <source>Flags needing attention</source>
        <translation>Отметки, требующие внимания</translation>
    </message>
    <message>
        <source>No flags. Add a flag to a person (for example: detained) to see it here.</source>
        <translation>Отметок нет. Добавьте человеку отметку (например: задержан), и она появится здесь.</translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation>Сегодня, %s</translation>
    </message>
    <message>
        <source>…and %d more: see Deadlines</source>
        <translation>…и ещё %d: см. раздел «Сроки»</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Pick %s from a calendar</source>
        <translation>Выбрать в календаре: %s</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>DeadlineEditorDialog</name>
    <message>
        <source>Edit deadline</source>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>&amp;What is due</source>
        <translation>Что &amp;нужно сделать</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата срока</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Дата срока</translation>
    </message>
    <message>
        <source>HH:MM, or empty for the end of the day</source>
        <translation>ЧЧ:ММ, или пусто — до конца дня</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>Time zone of the authority</source>
        <translation>Часовой пояс органа</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>Напо&amp;мнить</translation>
    </message>
    <message>
        <source>Before the due date: 2w = two weeks, 7d = seven days, 12h = 12 hours</source>
        <translation>До срока: 2w — две недели, 7d — семь дней, 12h — 12 часов</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Де&amp;ло</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Чел&amp;овек</translation>
    </message>
    <message>
        <source>Why the date &amp;changed</source>
        <translation>Почему дата &amp;изменена</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>&amp;New deadline</source>
        <translation>&amp;Добавить срок</translation>
    </message>
    <message>
        <source>No deadlines yet. Add them from a case&apos;s page (Add deadline…), or press New deadline (Ctrl+N). The dashboard shows what is due soon.</source>
        <translation>Сроков пока нет. Добавляйте их на странице дела («Добавить срок…») или нажмите «Добавить срок» (Ctrl+N). На обзоре видно, какие сроки скоро наступают.</translation>
    </message>
    <message>
        <source>Choose a deadline from the list to see its details.</source>
        <translation>Выберите срок в списке, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Отметить как &amp;выполненный</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Отметить как выполненный</translation>
    </message>
    <message>
        <source>&amp;Open its case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Open its case or person</source>
        <translation>Открыть связанное дело или человека</translation>
    </message>
    <message>
        <source>Computed by a rule</source>
        <translation>Рассчитан по правилу</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата срока</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>How it was set</source>
        <translation>Как установлен</translation>
    </message>
    <message>
        <source>Why it was moved</source>
        <translation>Почему перенесён</translation>
    </message>
    <message>
        <source>Rule steps</source>
        <translation>Шаги расчёта</translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation>Срок: %s</translation>
    </message>
</context>
<context>
    <name>DestructiveConfirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EnumCombo</name>
    <message>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open the vault, several times. Please wait a moment before trying again.</source>
        <translation>Этот пароль несколько раз не открыл хранилище. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault was erased after too many wrong passphrases, as set in SafeCase&apos;s settings. Only a backup, opened with the recovery key, brings the data back.</source>
        <translation>Хранилище было стёрто после слишком многих неверных паролей, как задано в настройках SafeCase. Вернуть данные можно только из резервной копии, открыв её ключом восстановления.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check that Caps Lock is off and the keyboard language is right, then try again.</source>
        <translation>Эта парольная фраза не открыла хранилище. Проверьте, что Caps Lock выключен и выбрана нужная раскладка клавиатуры, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of characters against your paper. Only the newest recovery key works.</source>
        <translation>Этот ключ восстановления не открывает хранилище. Сверьте каждую группу символов с вашей бумагой. Действует только самый новый ключ восстановления.</translation>
    </message>
    <message>
        <source>That did not open the vault. Please check it and try again.</source>
        <translation>Хранилище не открылось. Проверьте введённое и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault is already open in another SafeCase window. Close that window first, then try again.</source>
        <translation>Это хранилище уже открыто в другом окне SafeCase. Сначала закройте то окно, затем попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of SafeCase. Please install the newer version to open it. Nothing in the vault was changed.</source>
        <translation>Хранилище сохранено более новой версией SafeCase. Чтобы открыть его, установите новую версию. В хранилище ничего не изменено.</translation>
    </message>
    <message>
        <source>SafeCase&apos;s encryption is not working on this computer, so it will not open the vault. Please reinstall SafeCase or ask your technical contact.</source>
        <translation>Шифрование SafeCase не работает на этом компьютере, поэтому хранилище не будет открыто. Переустановите SafeCase или обратитесь к человеку, который помогает вам с техникой.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or were changed by something other than SafeCase, so SafeCase will not open them. Do not delete anything. Restore your most recent backup, or ask your technical contact for help.</source>
        <translation>Файлы хранилища повреждены или изменены не программой SafeCase, поэтому SafeCase их не откроет. Ничего не удаляйте. Восстановите последнюю резервную копию или попросите помощи у человека, который помогает вам с техникой.</translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <source>There is already a vault in that folder. Choose a new, empty folder.</source>
        <translation>В этой папке уже есть хранилище. Выберите новую пустую папку.</translation>
    </message>
    <message>
        <source>SafeCase is locked. Unlock it and try again.</source>
        <translation>SafeCase заблокирован. Разблокируйте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Диск заполнен. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>SafeCase is not allowed to use that folder. Choose another one.</source>
        <translation>У SafeCase нет доступа к этой папке. Выберите другую.</translation>
    </message>
    <message>
        <source>SafeCase could not read or write the vault&apos;s files. Check that the disk or USB stick is connected, then try again.</source>
        <translation>SafeCase не смог прочитать или записать файлы хранилища. Проверьте, подключён ли диск или флешка, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, restart SafeCase.</source>
        <translation>Произошла непредвиденная ошибка. Попробуйте ещё раз; если ошибка повторяется, перезапустите SafeCase.</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Что прои&amp;зошло</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>ЧЧ:ММ (необязательно)</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Де&amp;ло</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Чел&amp;овек</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Кратко</translation>
    </message>
</context>
<context>
    <name>FinishedPage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Хранилище готово</translation>
    </message>
    <message>
        <source>SafeCase locks the vault by itself after %d minutes without use, when the screen locks, and before the computer goes to sleep.

Press %s at any time to lock it yourself — for example before you step away or someone comes to your desk.</source>
        <translation>SafeCase сам блокирует хранилище, если им не пользоваться %d мин., когда блокируется экран и перед переходом компьютера в спящий режим.

Нажмите %s в любой момент, чтобы заблокировать его самостоятельно, — например, когда отходите от компьютера или кто-то подходит к вашему столу.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Every page decrypts and is authentic.</source>
        <translation>Все страницы расшифровываются и подлинны.</translation>
    </message>
    <message>
        <source>The database structure is intact.</source>
        <translation>Структура базы данных цела.</translation>
    </message>
    <message>
        <source>The database structure is damaged (pages missing, truncated or out of date).</source>
        <translation>Структура базы данных повреждена (страницы отсутствуют, обрезаны или устарели).</translation>
    </message>
    <message>
        <source>Every link between records points at a record that exists.</source>
        <translation>Все связи между записями ведут к существующим записям.</translation>
    </message>
</context>
<context>
    <name>HealthCheckDialog</name>
    <message>
        <source>Vault health check</source>
        <translation>Проверка целостности хранилища</translation>
    </message>
    <message>
        <source>SafeCase reads the whole vault to check that nothing was damaged or changed behind its back. Nothing is changed by the check.</source>
        <translation>SafeCase прочитает всё хранилище и проверит, что ничего не повреждено и не изменено в обход программы. Проверка ничего не меняет.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Связи между записями</translation>
    </message>
    <message>
        <source>Checking every part of the vault…</source>
        <translation>Проверяем все части хранилища…</translation>
    </message>
    <message>
        <source>Your vault is healthy.</source>
        <translation>Хранилище в порядке.</translation>
    </message>
    <message>
        <source>SafeCase found problems. Do not add or change anything now. Restore your most recent backup, or ask your technical contact for help.</source>
        <translation>SafeCase обнаружил неполадки. Пока ничего не добавляйте и не меняйте. Восстановите последнюю резервную копию или попросите помощи у человека, который помогает вам с техникой.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Choose the language SafeCase uses. The change takes effect the next time you start SafeCase. Your vault is not changed.</source>
        <translation>Выберите язык SafeCase. Изменение вступит в силу при следующем запуске SafeCase. Хранилище при этом не меняется.</translation>
    </message>
    <message>
        <source>The same as this computer (%s)</source>
        <translation>Как на этом компьютере (%s)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Saved. SafeCase will use the new language the next time you start it.</source>
        <translation>Сохранено. SafeCase перейдёт на новый язык при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Удалить выбранную связь</translation>
    </message>
    <message>
        <source>Remove this link?</source>
        <translation>Удалить эту связь?</translation>
    </message>
    <message>
        <source>Both records stay in SafeCase; only the link between them is removed.</source>
        <translation>Обе записи останутся в SafeCase; будет удалена только связь между ними.</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Удалить связь</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Welcome to SafeCase</source>
        <translation>Добро пожаловать в SafeCase</translation>
    </message>
    <message>
        <source>SafeCase keeps your people, cases, notes and deadlines in an encrypted vault on this computer. Without your passphrase, nobody can read it — not even if the computer is taken.

Setting up takes about three minutes:
1.  Choose where to keep the vault (this page).
2.  Choose a passphrase.
3.  Write down a recovery key on paper — have a pen ready.</source>
        <translation>SafeCase хранит ваших подопечных, дела, заметки и сроки в зашифрованном хранилище на этом компьютере. Без вашей парольной фразы никто не сможет его прочитать — даже если компьютер изымут.

Настройка займёт около трёх минут:
1.  Выберите, где хранить данные (эта страница).
2.  Придумайте парольную фразу.
3.  Запишите на бумаге ключ восстановления — приготовьте ручку.</translation>
    </message>
    <message>
        <source>The suggested place is right for most people. To keep the vault on an encrypted USB stick instead, choose a folder there.</source>
        <translation>Предложенное место подходит большинству. Если хотите хранить данные на зашифрованной флешке, выберите папку на ней.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>The folder SafeCase creates to hold the encrypted vault.</source>
        <translation>Папка, которую SafeCase создаст для зашифрованного хранилища.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Папка хранилища:</translation>
    </message>
    <message>
        <source>Please give the full folder path, or use Choose….</source>
        <translation>Укажите полный путь к папке или нажмите «Выбрать…».</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. To use it, close this window and open SafeCase again. To make a new vault, choose another folder.</source>
        <translation>В этой папке уже есть хранилище. Чтобы работать с ним, закройте это окно и снова откройте SafeCase. Чтобы создать новое хранилище, выберите другую папку.</translation>
    </message>
    <message>
        <source>This folder already has other files in it. SafeCase needs a new or empty folder. Add a new folder name at the end, or choose another place.</source>
        <translation>В этой папке уже есть другие файлы. SafeCase нужна новая или пустая папка. Допишите в конце имя новой папки или выберите другое место.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Выберите, где хранить данные</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Содержимое раздела</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock SafeCase now (%s)</source>
        <translation>Заблокировать SafeCase сейчас (%s)</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Заблокировать и &amp;выйти</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Recovery key…</source>
        <translation>&amp;Ключ восстановления…</translation>
    </message>
    <message>
        <source>Replace the &amp;data key…</source>
        <translation>Заменить ключ &amp;данных…</translation>
    </message>
    <message>
        <source>Check vault &amp;health…</source>
        <translation>Проверить &amp;целостность хранилища…</translation>
    </message>
    <message>
        <source>&amp;Import rules from my organisation…</source>
        <translation>&amp;Импортировать правила моей организации…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Сделать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Автоматические копии…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About SafeCase</source>
        <translation>&amp;О программе SafeCase</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>This section could not be opened. Your data is safe.</source>
        <translation>Этот раздел не удалось открыть. Ваши данные в сохранности.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Новая парольная фраза, ещё раз</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>Type the same passphrase again to make sure.</source>
        <translation>Введите ту же фразу ещё раз для проверки.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>Обе фразы совпадают.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Относится к</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Добавить заметку</translation>
    </message>
    <message>
        <source>No notes yet. Add a note from a person&apos;s or a case&apos;s page (Add note…), or press New note (Ctrl+N).</source>
        <translation>Заметок пока нет. Добавьте заметку на странице человека или дела («Добавить заметку…») или нажмите «Добавить заметку» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Choose a note from the list to read it.</source>
        <translation>Выберите заметку в списке, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>Open what it is &amp;about</source>
        <translation>&amp;Открыть, к чему относится</translation>
    </message>
    <message>
        <source>Open what the note is about</source>
        <translation>Открыть запись, к которой относится заметка</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Относится к: %s</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Set the date by hand</source>
        <translation>Указать дату вручную</translation>
    </message>
    <message>
        <source>The rule computed this date. Change it only with a reason, for example a court&apos;s letter; the computed date stays in the deadline&apos;s history.</source>
        <translation>Эта дата рассчитана по правилу. Меняйте её только при наличии основания, например письма суда; рассчитанная дата сохранится в истории срока.</translation>
    </message>
    <message>
        <source> (outer limit %s)</source>
        <translation> (предельный срок %s)</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Новая дата срока</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Рассчитано:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>&amp;Save date</source>
        <translation>&amp;Сохранить дату</translation>
    </message>
    <message>
        <source>This is AFTER the outer limit the rule allows. The deadline may be missed.</source>
        <translation>Эта дата ПОЗЖЕ предельного срока, допускаемого правилом. Срок может быть пропущен.</translation>
    </message>
    <message>
        <source>This is later than the computed date. Make sure it is right.</source>
        <translation>Эта дата позже рассчитанной. Убедитесь, что она верна.</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Не сохранено: %s</translation>
    </message>
</context>
<context>
    <name>PackChangeText</name>
    <message>
        <source>New rule: %s</source>
        <translation>Новое правило: %s</translation>
    </message>
    <message>
        <source>Rule removed: %s</source>
        <translation>Правило удаляется: %s</translation>
    </message>
    <message>
        <source>Rule changed: %s</source>
        <translation>Правило меняется: %s</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>the date it asks for</source>
        <translation>дата, которую оно запрашивает</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>what happens on a non-working day</source>
        <translation>перенос с нерабочего дня</translation>
    </message>
    <message>
        <source>non-working days</source>
        <translation>нерабочие дни</translation>
    </message>
    <message>
        <source>what must happen by the date</source>
        <translation>что нужно сделать к сроку</translation>
    </message>
    <message>
        <source>where it applies</source>
        <translation>где оно применяется</translation>
    </message>
    <message>
        <source>the dates it applies to</source>
        <translation>период действия</translation>
    </message>
    <message>
        <source>the time of day it ends</source>
        <translation>время окончания срока</translation>
    </message>
    <message>
        <source>special circumstances</source>
        <translation>особые обстоятельства</translation>
    </message>
    <message>
        <source>the deadlines that follow from it</source>
        <translation>вытекающие из него сроки</translation>
    </message>
    <message>
        <source>outer limit</source>
        <translation>предельный срок</translation>
    </message>
    <message>
        <source>pauses</source>
        <translation>приостановления</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>напоминания</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>date last checked</source>
        <translation>дата последней проверки</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>НЕ ПРОВЕРЕНО</translation>
    </message>
    <message>
        <source>UNVERIFIED – %s</source>
        <translation>НЕ ПРОВЕРЕНО – %s</translation>
    </message>
    <message>
        <source>Period: %1 → %2</source>
        <translation>Срок: %1 → %2</translation>
    </message>
    <message>
        <source>Period: %s</source>
        <translation>Срок: %s</translation>
    </message>
    <message>
        <source>Confidence: %1 → %2</source>
        <translation>Уровень достоверности: %1 → %2</translation>
    </message>
    <message>
        <source>Confidence: %s</source>
        <translation>Уровень достоверности: %s</translation>
    </message>
    <message>
        <source>Source: %1 (checked %2)</source>
        <translation>Источник: %1 (проверено %2)</translation>
    </message>
    <message>
        <source>Source until now: %s</source>
        <translation>Прежний источник: %s</translation>
    </message>
    <message>
        <source>Also changes: %s</source>
        <translation>Также меняется: %s</translation>
    </message>
    <message>
        <source>Deadlines computed by it would no longer follow from a rule.</source>
        <translation>Сроки, рассчитанные по нему, больше не будут следовать из правила.</translation>
    </message>
    <message>
        <source>Not checked against the law: check every date it gives yourself before you rely on it.</source>
        <translation>Не сверено с законом: проверяйте сами каждую дату по этому правилу, прежде чем на неё полагаться.</translation>
    </message>
    <message>
        <source>Some of its special circumstances are UNVERIFIED: check those dates yourself.</source>
        <translation>Некоторые его особые обстоятельства НЕ ПРОВЕРЕНЫ: такие даты проверяйте сами.</translation>
    </message>
    <message>
        <source>Not moved automatically: check it yourself in Deadlines.</source>
        <translation>Не сдвинут автоматически: проверьте его сами в разделе «Сроки».</translation>
    </message>
    <message>
        <source>Would no longer follow from a rule (withdrawn).</source>
        <translation>Больше не будет следовать из правила (отменяется).</translation>
    </message>
    <message>
        <source>Same date, %1; confidence %2 → %3.</source>
        <translation>Дата та же, %1; уровень достоверности %2 → %3.</translation>
    </message>
    <message>
        <source>Your date set by hand stays; the rule now gives %1 (before: %2).</source>
        <translation>Дата, заданная вручную, остаётся; по правилу теперь получается %1 (раньше: %2).</translation>
    </message>
    <message>
        <source>%1 → %2, %3 earlier.</source>
        <translation>%1 → %2, на %3 раньше.</translation>
    </message>
    <message>
        <source>%1 → %2, %3 later.</source>
        <translation>%1 → %2, на %3 позже.</translation>
    </message>
    <message>
        <source>%1 → %2.</source>
        <translation>%1 → %2.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackChangesPanel</name>
    <message>
        <source>What the pack changes</source>
        <translation>Что меняет набор правил</translation>
    </message>
    <message>
        <source>Tick the changes to take on. A change you leave unticked keeps that rule as it is now. Check the source of each, and be careful with unverified rules.</source>
        <translation>Отметьте изменения, которые принимаете. Если изменение не отмечено, правило остаётся как сейчас. Проверьте источник каждого и будьте осторожны с непроверенными правилами.</translation>
    </message>
    <message>
        <source>Rule changes</source>
        <translation>Изменения правил</translation>
    </message>
    <message>
        <source>Open deadlines that would move</source>
        <translation>Открытые сроки, которые сдвинутся</translation>
    </message>
</context>
<context>
    <name>PanicAction</name>
    <message>
        <source>Hide and lock now (panic)</source>
        <translation>Скрыть и заблокировать сейчас (тревога)</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>What you type here is hidden.</source>
        <translation>Вводимый текст скрыт.</translation>
    </message>
    <message>
        <source>Sensitive field.</source>
        <translation>Конфиденциальное поле.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>Your passphrase is the key to the vault. A good one is four or more unrelated words that you can remember, with spaces between them if you like. Avoid names, dates, and anything connected to you or your work.

Nobody can reset it for you. In a moment you will also get a recovery key, for the day you forget it.</source>
        <translation>Парольная фраза — это ключ к хранилищу. Хорошая фраза — четыре или больше не связанных между собой слов, которые вы сможете запомнить; можно через пробел. Не используйте имена, даты и всё, что связано с вами или вашей работой.

Сбросить фразу за вас никто не сможет. Через минуту вы также получите ключ восстановления — на случай, если забудете её.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>There is no passphrase yet.</source>
        <translation>Парольная фраза ещё не введена.</translation>
    </message>
    <message>
        <source>It is too short: use at least 10 characters.</source>
        <translation>Она слишком короткая: нужно не меньше 10 символов.</translation>
    </message>
    <message>
        <source>It uses only one kind of character, such as only lowercase letters or only digits.</source>
        <translation>В ней только один тип символов, например только строчные буквы или только цифры.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords, which attackers try first.</source>
        <translation>Это один из самых распространённых паролей — злоумышленники пробуют такие в первую очередь.</translation>
    </message>
    <message>
        <source>It contains a very common password or word, which attackers try early.</source>
        <translation>В ней есть очень распространённый пароль или слово — их перебирают одними из первых.</translation>
    </message>
    <message>
        <source>It contains a run such as abc or 987.</source>
        <translation>В ней есть последовательность вроде abc или 987.</translation>
    </message>
    <message>
        <source>It repeats characters or a part of itself, such as aaa or abcabc.</source>
        <translation>В ней повторяются символы или части, например aaa или abcabc.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern, such as qwerty or asdf.</source>
        <translation>В ней есть сочетание соседних клавиш, например qwerty или asdf.</translation>
    </message>
    <message>
        <source>It contains a date or a year, which attackers try early.</source>
        <translation>В ней есть дата или год — их перебирают одними из первых.</translation>
    </message>
    <message>
        <source>It is too predictable: attackers&apos; word lists and common tricks, such as 0 for o or a capital first letter, would find it.</source>
        <translation>Её слишком легко предсказать: её найдут словари злоумышленников и обычные уловки вроде 0 вместо o или заглавной первой буквы.</translation>
    </message>
    <message>
        <source>Make up four or more unrelated words that you can remember.</source>
        <translation>Придумайте четыре или больше не связанных между собой слов, которые вы запомните.</translation>
    </message>
    <message>
        <source>Do not use a well-known password. Make up four or more unrelated words instead.</source>
        <translation>Не используйте известные пароли. Лучше придумайте четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Make it longer: four or more unrelated words are easy to remember.</source>
        <translation>Сделайте её длиннее: четыре или больше не связанных слов легко запомнить.</translation>
    </message>
    <message>
        <source>Leave out keyboard patterns and add another unrelated word.</source>
        <translation>Уберите сочетания соседних клавиш и добавьте ещё одно слово, не связанное с остальными.</translation>
    </message>
    <message>
        <source>Leave out runs of letters or numbers and add another unrelated word.</source>
        <translation>Уберите последовательности букв или цифр и добавьте ещё одно не связанное слово.</translation>
    </message>
    <message>
        <source>Leave out repeated parts and add another unrelated word.</source>
        <translation>Уберите повторы и добавьте ещё одно не связанное слово.</translation>
    </message>
    <message>
        <source>Leave out dates and years, especially ones connected to you.</source>
        <translation>Уберите даты и годы, особенно связанные с вами.</translation>
    </message>
    <message>
        <source>Add another word or two that are not common or connected to you.</source>
        <translation>Добавьте ещё одно-два редких слова, не связанных с вами.</translation>
    </message>
    <message>
        <source>Add more words, or put a digit or a symbol in the middle.</source>
        <translation>Добавьте слов или поставьте цифру или знак в середину.</translation>
    </message>
    <message>
        <source>Add another unrelated word to make it harder to guess.</source>
        <translation>Добавьте ещё одно не связанное слово, чтобы фразу было труднее подобрать.</translation>
    </message>
    <message>
        <source>Good. Make sure you can remember it, or keep it somewhere safe.</source>
        <translation>Хорошо. Убедитесь, что вы её запомните, или храните её в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-документ</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Добавить человека</translation>
    </message>
    <message>
        <source>No people yet. Press New person (Ctrl+N) to add the first person you work with. Everything you enter stays encrypted on this computer.</source>
        <translation>Людей пока нет. Нажмите «Добавить человека» (Ctrl+N), чтобы внести первого человека, с которым вы работаете. Всё, что вы вводите, хранится в зашифрованном виде на этом компьютере.</translation>
    </message>
    <message>
        <source>Choose a person from the list to see their details and timeline.</source>
        <translation>Выберите человека в списке, чтобы увидеть сведения о нём и хронологию.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add a &amp;contact…</source>
        <translation>Добавить &amp;контакт…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Add to a c&amp;ase…</source>
        <translation>Добавить в д&amp;ело…</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Сейчас находится</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Правовой статус</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Risk: %s</source>
        <translation>Риск: %s</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Изменить сведения о человеке</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Other spellings and names</source>
        <translation>Другие написания и имена</translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation>Другие &amp;написания</translation>
    </message>
    <message>
        <source>One per line: passport spelling, birth name, alias…</source>
        <translation>По одному в строке: написание в паспорте, имя при рождении, псевдоним…</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&amp;Born</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Country codes, for example: KZ, RU</source>
        <translation>Коды стран, например: KZ, RU</translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation>&amp;Гражданство</translation>
    </message>
    <message>
        <source>Country code, for example: PL</source>
        <translation>Код страны, например: PL</translation>
    </message>
    <message>
        <source>Now in c&amp;ountry</source>
        <translation>Страна &amp;пребывания</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Местонахождение</translation>
    </message>
    <message>
        <source>For example: asylum seeker, detained</source>
        <translation>Например: ищет убежища, задержан</translation>
    </message>
    <message>
        <source>Legal s&amp;tatus</source>
        <translation>Правовой с&amp;татус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Уровень риска</translation>
    </message>
    <message>
        <source>For example: kk, ru</source>
        <translation>Например: kk, ru</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Я&amp;зыки</translation>
    </message>
    <message>
        <source>Flags needing attention</source>
        <translation>Отметки, требующие внимания</translation>
    </message>
    <message>
        <source>&amp;Flags</source>
        <translation>&amp;Отметки</translation>
    </message>
    <message>
        <source>One per line, as flag: reason. For example: do not phone: monitored</source>
        <translation>По одной в строке, в виде «отметка: причина». Например: не звонить: прослушивается</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Т&amp;еги</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Кратко</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>Открыть уже внесённого человека</translation>
    </message>
    <message>
        <source>Someone with a very similar name is already in SafeCase: %s. If this is the same person, open their page instead. To add a new person anyway, press Save again.</source>
        <translation>В SafeCase уже есть человек с очень похожим именем: %s. Если это тот же человек, откройте его страницу. Чтобы всё равно добавить нового человека, нажмите «Сохранить» ещё раз.</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>SafeCase is covered</source>
        <translation>SafeCase скрыт</translation>
    </message>
</context>
<context>
    <name>QuickEraseDialog</name>
    <message>
        <source>Erase this vault now?</source>
        <translation>Стереть это хранилище сейчас?</translation>
    </message>
    <message>
        <source>Quick erase destroys the keys that open your vault on this computer. It takes a moment and cannot be undone: afterwards nobody can read the vault, and neither can you. Your passphrase will no longer open anything.

Only a backup, opened with your recovery key (or the backup&apos;s own passphrase), brings your data back. Backups and the paper recovery key are not touched by this.

SafeCase will lock and close its windows first.</source>
        <translation>Быстрое стирание уничтожает ключи, которые открывают хранилище на этом компьютере. Это занимает мгновение и необратимо: после этого хранилище не сможет прочитать никто — и вы тоже. Ваша парольная фраза больше ничего не откроет.

Вернуть данные можно только из резервной копии, открыв её ключом восстановления (или собственной парольной фразой копии). Резервные копии и бумажный ключ восстановления при этом не затрагиваются.

Сначала SafeCase заблокируется и закроет свои окна.</translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation>Стереть хранилище</translation>
    </message>
    <message>
        <source>&amp;Erase the vault</source>
        <translation>&amp;Стереть хранилище</translation>
    </message>
    <message numerus="yes">
        <source>Erase the vault (%n)</source>
        <translation>
            <numerusform>Стереть хранилище (%n)</numerusform>
            <numerusform>Стереть хранилище (%n)</numerusform>
            <numerusform>Стереть хранилище (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitBackupDialog</name>
    <message>
        <source>Backing up before quitting</source>
        <translation>Резервная копия перед выходом</translation>
    </message>
    <message>
        <source>SafeCase is writing and checking the automatic backup you asked for when quitting. It closes by itself when the backup is done.</source>
        <translation>SafeCase записывает и проверяет автоматическую копию, которую вы просили делать при выходе. Окно закроется само, когда копия будет готова.</translation>
    </message>
    <message>
        <source>&amp;Quit now without this backup</source>
        <translation>&amp;Выйти сейчас без этой копии</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся копия…</translation>
    </message>
</context>
<context>
    <name>RecordDetailPane</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation>Копировать: %s</translation>
    </message>
    <message>
        <source>Copies it for 30 seconds, hidden from clipboard history</source>
        <translation>Копирует на 30 секунд, без сохранения в журнале буфера обмена</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Problem with %s</source>
        <translation>Ошибка в поле «%s»</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Tz</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата срока</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Как установлен</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Trigger event id</source>
        <translation>Событие-основание</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Шаги расчёта</translation>
    </message>
    <message>
        <source>Outer limit</source>
        <translation>Предельный срок</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Computed due</source>
        <translation>Рассчитанная дата</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Причина изменения даты</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Changes, oldest first</source>
        <translation>Изменения, сначала старые</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <source>moved to the recycle bin</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <source>restored from the recycle bin</source>
        <translation>восстановлено из корзины</translation>
    </message>
    <message>
        <source>a deleted record</source>
        <translation>удалённая запись</translation>
    </message>
    <message>
        <source>link removed: %s</source>
        <translation>связь удалена: %s</translation>
    </message>
    <message>
        <source>linked: %s (%s)</source>
        <translation>связь добавлена: %s (%s)</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>Filter this list by name</source>
        <translation>Отфильтровать список по имени</translation>
    </message>
    <message>
        <source>Filter by name (%s)</source>
        <translation>Фильтр по имени (%s)</translation>
    </message>
    <message>
        <source>Search everything (%s)</source>
        <translation>Искать везде (%s)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Column headings: choose one to sort</source>
        <translation>Заголовки столбцов: выберите столбец для сортировки</translation>
    </message>
</context>
<context>
    <name>RecordPickerDialog</name>
    <message>
        <source>Kind of record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фильтр по имени</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Введите часть имени…</translation>
    </message>
    <message>
        <source>Records to choose from</source>
        <translation>Записи для выбора</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role, for example: lawyer, applicant, family</source>
        <translation>Роль, например: адвокат, заявитель, родственник</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose one from the list first.</source>
        <translation>Сначала выберите запись в списке.</translation>
    </message>
    <message>
        <source>That one is already linked here.</source>
        <translation>Эта запись уже связана.</translation>
    </message>
</context>
<context>
    <name>RecordRefField</name>
    <message>
        <source>(none)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose %s</source>
        <translation>Выбрать: %s</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear %s</source>
        <translation>Очистить: %s</translation>
    </message>
    <message>
        <source>(a deleted record)</source>
        <translation>(удалённая запись)</translation>
    </message>
    <message>
        <source>Choose a record</source>
        <translation>Выберите запись</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>Move “%s” to the recycle bin?</source>
        <translation>Переместить «%s» в корзину?</translation>
    </message>
    <message>
        <source>You can bring it back from the recycle bin until you delete it from there for good.</source>
        <translation>Запись можно будет вернуть из корзины, пока вы не удалите её оттуда навсегда.</translation>
    </message>
    <message>
        <source>&amp;Move to recycle bin</source>
        <translation>&amp;Переместить в корзину</translation>
    </message>
</context>
<context>
    <name>RecoveryCheckPage</name>
    <message>
        <source>Check your paper copy</source>
        <translation>Проверьте запись на бумаге</translation>
    </message>
    <message>
        <source>A small mistake in the copy could lock you out one day, so let&apos;s check it. If it does not match, press Back to see the key again.</source>
        <translation>Даже маленькая ошибка в записи однажды может лишить вас доступа, поэтому давайте её проверим. Если не совпадает, нажмите «Назад», чтобы снова увидеть ключ.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyCheck</name>
    <message>
        <source>Characters from the recovery key</source>
        <translation>Символы ключа восстановления</translation>
    </message>
    <message>
        <source>On your paper, find the line that begins with %s. Type groups %d and %d of that line (%d characters).</source>
        <translation>Найдите на бумаге строку, которая начинается с %s. Введите группы %d и %d этой строки (символов: %d).</translation>
    </message>
    <message>
        <source>Groups %d and %d of the line that begins with %s.</source>
        <translation>Группы %d и %d строки, которая начинается с %s.</translation>
    </message>
    <message>
        <source>Correct. Your paper copy matches.</source>
        <translation>Верно. Запись на бумаге совпадает.</translation>
    </message>
    <message>
        <source>That does not match. Compare your paper with the key on the previous page, correct it, and try again.</source>
        <translation>Не совпадает. Сравните бумагу с ключом на предыдущей странице, исправьте запись и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>For your safety, SafeCase does not keep your recovery key, so it cannot show it again.

If you have lost the paper, or someone else may have seen it, make a new recovery key. The old one will then stop opening this vault. Backups made before now can still be opened with the old key.</source>
        <translation>Ради вашей безопасности SafeCase не хранит ключ восстановления и поэтому не может показать его снова.

Если вы потеряли бумагу или её мог видеть кто-то другой, создайте новый ключ восстановления. Старый ключ перестанет открывать это хранилище. Резервные копии, сделанные до этого момента, по-прежнему открываются старым ключом.</translation>
    </message>
    <message>
        <source>Write the new key on paper by hand, exactly as shown, and keep it somewhere safe, away from this computer. Destroy the old paper. Do not photograph it, save it in a file, email it or print it.</source>
        <translation>Перепишите новый ключ на бумагу от руки точно так, как он показан, и храните в надёжном месте, не рядом с этим компьютером. Старую бумагу уничтожьте. Не фотографируйте ключ, не сохраняйте в файл, не отправляйте по почте и не распечатывайте.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Создать новый ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Создаём новый ключ восстановления…</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Ваш новый ключ восстановления</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this vault. This is the new one. It is shown only now.</source>
        <translation>Старый ключ восстановления больше не открывает это хранилище. Вот новый. Он показывается только сейчас.</translation>
    </message>
    <message>
        <source>The old key still works.</source>
        <translation>Старый ключ по-прежнему действует.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation>Запишите ключ восстановления</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your vault. SafeCase shows it only now and does not keep a copy.</source>
        <translation>Если вы когда-нибудь забудете парольную фразу, только этот ключ восстановления вернёт вам доступ к хранилищу. SafeCase показывает его только сейчас и не хранит копию.</translation>
    </message>
    <message>
        <source>1.  Write it on paper by hand, exactly as shown. The groups of four make it easier.
2.  Keep the paper somewhere safe, away from this computer.
3.  Do not photograph it, save it in a file, email it or print it: phones, printers and online services keep copies.

Anyone who has this key can open your vault.</source>
        <translation>1.  Перепишите его на бумагу от руки точно так, как он показан. Группы по четыре символа облегчают задачу.
2.  Храните бумагу в надёжном месте, не рядом с этим компьютером.
3.  Не фотографируйте ключ, не сохраняйте в файл, не отправляйте по почте и не распечатывайте: телефоны, принтеры и онлайн-сервисы хранят копии.

Любой, у кого есть этот ключ, может открыть ваше хранилище.</translation>
    </message>
    <message>
        <source>I have written the recovery key on paper</source>
        <translation>Я записал(а) ключ восстановления на бумаге</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Открыть ключом восстановления</translation>
    </message>
    <message>
        <source>Type the recovery key from your paper. Spaces and line breaks do not matter. Then choose a new passphrase: your old passphrase will stop working.</source>
        <translation>Введите ключ восстановления с вашей бумаги. Пробелы и переносы строк не важны. Затем придумайте новую парольную фразу: старая перестанет действовать.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>&amp;Открыть хранилище</translation>
    </message>
    <message>
        <source>Opening the vault and setting your new passphrase…</source>
        <translation>Открываем хранилище и устанавливаем новую парольную фразу…</translation>
    </message>
    <message>
        <source>Please type your new passphrase again.</source>
        <translation>Введите новую парольную фразу ещё раз.</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>RecycleBinView</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Удалить &amp;навсегда…</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>The recycle bin is empty. When you delete something, it waits here so you can bring it back.</source>
        <translation>Корзина пуста. Удалённые записи попадают сюда, и их можно вернуть.</translation>
    </message>
    <message>
        <source>Choose a deleted record to see what it held.</source>
        <translation>Выберите удалённую запись, чтобы увидеть её содержимое.</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>%s, deleted %s</source>
        <translation>%s, удалено %s</translation>
    </message>
    <message>
        <source>Delete “%s” forever?</source>
        <translation>Удалить «%s» навсегда?</translation>
    </message>
    <message>
        <source>This cannot be undone. Its history and links are deleted with it.</source>
        <translation>Это нельзя отменить. История записи и её связи тоже будут удалены.</translation>
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
</context>
<context>
    <name>ReminderListView</name>
    <message>
        <source>Deadlines that need attention</source>
        <translation>Сроки, требующие внимания</translation>
    </message>
    <message>
        <source>Nothing needs attention now.</source>
        <translation>Сейчас ничего не требует внимания.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Принять к сведению</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>На 3 часа</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>До завтрашнего утра</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Отметить как &amp;выполненный…</translation>
    </message>
    <message>
        <source>Show deadline titles in notifications (others may see your screen)</source>
        <translation>Показывать названия сроков в уведомлениях (ваш экран могут видеть другие)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить как выполненный</translation>
    </message>
    <message>
        <source>Show deadline titles in notifications</source>
        <translation>Показывать названия сроков в уведомлениях</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>Отложено до %s</translation>
    </message>
    <message>
        <source>Reminded (unverified date)</source>
        <translation>Напомнено (дата не проверена)</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Напомнено</translation>
    </message>
    <message>
        <source>Mark this deadline as done? Its reminders will stop.</source>
        <translation>Отметить этот срок как выполненный? Напоминания о нём прекратятся.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Due %1: %2</source>
        <translation>Срок %1: %2</translation>
    </message>
</context>
<context>
    <name>ReplaceProgressDialog</name>
    <message>
        <source>Replacing the vault</source>
        <translation>Замена хранилища</translation>
    </message>
    <message>
        <source>SafeCase is saving a copy of the vault as it is now, then restoring the backup in its place. Please wait and do not turn the computer off.</source>
        <translation>SafeCase сохраняет копию хранилища в его нынешнем виде, затем восстанавливает на его место резервную копию. Пожалуйста, подождите и не выключайте компьютер.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Done. The vault now holds the backup and opens with the new passphrase. Its new recovery key is shown above, only this once: write it down now. Your old recovery key still opens the copy saved beside the vault.</source>
        <translation>Готово. Теперь в хранилище данные из резервной копии, и оно открывается новой парольной фразой. Его новый ключ восстановления показан выше, только один раз: запишите его сейчас. Старый ключ восстановления по-прежнему открывает копию, сохранённую рядом с хранилищем.</translation>
    </message>
    <message>
        <source>The vault was not replaced.</source>
        <translation>Хранилище не было заменено.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>First SafeCase checks the backup and shows what it holds; nothing is changed by the check. Then you can restore it as a new vault in an empty folder, or in place of the vault that is open now.</source>
        <translation>Сначала SafeCase проверяет резервную копию и показывает, что в ней есть; проверка ничего не меняет. Затем её можно восстановить как новое хранилище в пустой папке или на место хранилища, открытого сейчас.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выбрать файл резервной копии</translation>
    </message>
    <message>
        <source>My &amp;recovery key</source>
        <translation>Мой &amp;ключ восстановления</translation>
    </message>
    <message>
        <source>Open with my recovery key</source>
        <translation>Открыть моим ключом восстановления</translation>
    </message>
    <message>
        <source>The backup &amp;passphrase</source>
        <translation>&amp;Парольная фраза копии</translation>
    </message>
    <message>
        <source>Open with the backup passphrase</source>
        <translation>Открыть парольной фразой копии</translation>
    </message>
    <message>
        <source>Recovery key or backup passphrase</source>
        <translation>Ключ восстановления или парольная фраза копии</translation>
    </message>
    <message>
        <source>Chec&amp;k the backup</source>
        <translation>П&amp;роверить копию</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Проверить копию</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Что в копии</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Чем открыть:</translation>
    </message>
    <message>
        <source>&amp;Key or passphrase:</source>
        <translation>К&amp;люч или парольная фраза:</translation>
    </message>
    <message>
        <source>As a &amp;new vault in an empty folder</source>
        <translation>Как &amp;новое хранилище в пустой папке</translation>
    </message>
    <message>
        <source>Restore as a new vault in an empty folder</source>
        <translation>Восстановить как новое хранилище в пустой папке</translation>
    </message>
    <message>
        <source>In &amp;place of the vault open now</source>
        <translation>На &amp;место открытого сейчас хранилища</translation>
    </message>
    <message>
        <source>Restore in place of the vault open now</source>
        <translation>Восстановить на место открытого сейчас хранилища</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Папка для нового хранилища</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Выбрать п&amp;апку…</translation>
    </message>
    <message>
        <source>Choose the folder for the new vault</source>
        <translation>Выбрать папку для нового хранилища</translation>
    </message>
    <message>
        <source>Restore it:</source>
        <translation>Восстановить:</translation>
    </message>
    <message>
        <source>New vault &amp;folder (empty):</source>
        <translation>Папка &amp;нового хранилища (пустая):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Restore as a new vault in a folder…</source>
        <translation>&amp;Восстановить как новое хранилище в папку…</translation>
    </message>
    <message>
        <source>&amp;Replace the open vault…</source>
        <translation>&amp;Заменить открытое хранилище…</translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation>SafeCase</translation>
    </message>
    <message>
        <source>SafeCase backups (*.age);;All files (*)</source>
        <translation>Резервные копии SafeCase (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка копии…</translation>
    </message>
    <message>
        <source>The backup is complete and opens.</source>
        <translation>Копия полна и открывается.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Restoring the backup into the new folder…</source>
        <translation>Восстановление копии в новую папку…</translation>
    </message>
    <message>
        <source>Done. The new vault opens with the new passphrase. Its new recovery key is shown above, only this once: write it down now and keep it safe.</source>
        <translation>Готово. Новое хранилище открывается новой парольной фразой. Его новый ключ восстановления показан выше только один раз: запишите его сейчас и храните надёжно.</translation>
    </message>
    <message>
        <source>No new vault was made.</source>
        <translation>Новое хранилище не создано.</translation>
    </message>
    <message>
        <source>Replace everything in the open vault with this backup?</source>
        <translation>Заменить всё содержимое открытого хранилища этой резервной копией?</translation>
    </message>
    <message>
        <source>Anything added or changed since the backup was made will not be in the vault. SafeCase first saves a copy of the vault as it is now beside it; your current recovery key opens that copy.</source>
        <translation>Всего, что было добавлено или изменено после создания копии, в хранилище не будет. Сначала SafeCase сохранит рядом копию хранилища в нынешнем виде; её открывает ваш текущий ключ восстановления.</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Заменить хранилище</translation>
    </message>
</context>
<context>
    <name>RotateDataKeyDialog</name>
    <message>
        <source>Replace the data key</source>
        <translation>Замена ключа данных</translation>
    </message>
    <message>
        <source>Do this if you think someone may have copied the vault&apos;s files, for example from a backup or a seized computer. SafeCase re-encrypts everything with a new key, so copies of the old key file can no longer open the vault.

This can take a few minutes for a large vault. Keep the computer on until it is done. Your passphrase and recovery key stay the same.</source>
        <translation>Сделайте это, если кто-то мог скопировать файлы хранилища, например из резервной копии или с изъятого компьютера. SafeCase заново зашифрует всё новым ключом, и копии старого файла ключа больше не смогут открыть хранилище.

Для большого хранилища это может занять несколько минут. Не выключайте компьютер до окончания. Парольная фраза и ключ восстановления не изменятся.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase to confirm:</source>
        <translation>Для подтверждения введите &amp;парольную фразу:</translation>
    </message>
    <message>
        <source>&amp;Replace the data key</source>
        <translation>&amp;Заменить ключ данных</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Хранилище перешифровывается новым ключом…</translation>
    </message>
    <message>
        <source>Done. The vault now uses a new data key. If someone may also know your passphrase, change it now too (Vault menu, Change passphrase).</source>
        <translation>Готово. Теперь хранилище использует новый ключ данных. Если кто-то может знать и вашу парольную фразу, смените её прямо сейчас (меню «Хранилище» → «Сменить парольную фразу»).</translation>
    </message>
    <message>
        <source>The data key was not replaced.</source>
        <translation>Ключ данных не заменён.</translation>
    </message>
</context>
<context>
    <name>RulePackImportDialog</name>
    <message>
        <source>Import rules from your organisation</source>
        <translation>Импорт правил вашей организации</translation>
    </message>
    <message>
        <source>Your organisation can give you its own deadline rules as a file. SafeCase checks the file and shows what it would change. Nothing changes until you apply the changes you ticked.</source>
        <translation>Ваша организация может передать вам свои правила расчёта сроков в виде файла. SafeCase проверяет файл и показывает, что он изменит. Ничего не меняется, пока вы не примените отмеченные изменения.</translation>
    </message>
    <message>
        <source>Rule pack file</source>
        <translation>Файл набора правил</translation>
    </message>
    <message>
        <source>A .toml file from your organisation</source>
        <translation>Файл .toml от вашей организации</translation>
    </message>
    <message>
        <source>Rule pack &amp;file:</source>
        <translation>&amp;Файл набора правил:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the rule pack file</source>
        <translation>Выбрать файл набора правил</translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation>П&amp;роверить файл</translation>
    </message>
    <message>
        <source>Check the rule pack file</source>
        <translation>Проверить файл набора правил</translation>
    </message>
    <message>
        <source>&amp;Apply the checked changes</source>
        <translation>&amp;Применить отмеченные изменения</translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation>SafeCase</translation>
    </message>
    <message>
        <source>Rule packs (*.toml);;All files (*)</source>
        <translation>Наборы правил (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the rule pack…</source>
        <translation>Проверка набора правил…</translation>
    </message>
    <message>
        <source>“%1”, version %2, replacing version %3.</source>
        <translation>«%1», версия %2, вместо версии %3.</translation>
    </message>
    <message>
        <source>“%1”, version %2, new to this vault.</source>
        <translation>«%1», версия %2, в этом хранилище впервые.</translation>
    </message>
    <message>
        <source>It changes none of your rules: there is nothing to apply.</source>
        <translation>Он не меняет ни одного из ваших правил: применять нечего.</translation>
    </message>
    <message>
        <source>Working out which deadlines would move…</source>
        <translation>Выясняем, какие сроки сдвинутся…</translation>
    </message>
    <message>
        <source>These changes cannot be taken on like this: %s</source>
        <translation>Эти изменения нельзя принять в таком виде: %s</translation>
    </message>
    <message>
        <source>No change is ticked: applying would change nothing.</source>
        <translation>Ни одно изменение не отмечено: применение ничего не изменит.</translation>
    </message>
    <message>
        <source>No open deadline would move with the ticked changes.</source>
        <translation>С отмеченными изменениями ни один открытый срок не сдвинется.</translation>
    </message>
    <message numerus="yes">
        <source>With the ticked changes, %n open deadline(s) would move:</source>
        <translation>
            <numerusform>С отмеченными изменениями сдвинется %n открытый срок:</numerusform>
            <numerusform>С отмеченными изменениями сдвинутся %n открытых срока:</numerusform>
            <numerusform>С отмеченными изменениями сдвинутся %n открытых сроков:</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the ticked changes…</source>
        <translation>Применяем отмеченные изменения…</translation>
    </message>
    <message>
        <source>What happened to the open deadlines</source>
        <translation>Что стало с открытыми сроками</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) moved.</source>
        <translation>
            <numerusform>Сдвинут %n срок.</numerusform>
            <numerusform>Сдвинуто %n срока.</numerusform>
            <numerusform>Сдвинуто %n сроков.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deadline moved.</source>
        <translation>Ни один открытый срок не сдвинут.</translation>
    </message>
    <message>
        <source>Done. The ticked changes are in your rules now.</source>
        <translation>Готово. Отмеченные изменения теперь в ваших правилах.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) could not be moved automatically: check them in Deadlines.</source>
        <translation>
            <numerusform>%n срок не удалось сдвинуть автоматически: проверьте его в разделе «Сроки».</numerusform>
            <numerusform>%n срока не удалось сдвинуть автоматически: проверьте их в разделе «Сроки».</numerusform>
            <numerusform>%n сроков не удалось сдвинуть автоматически: проверьте их в разделе «Сроки».</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>SafeCase could not apply these changes: %s.</source>
        <translation>SafeCase не смог применить эти изменения: %s.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>In %1, line %2, at %3: %4.</source>
        <translation>%1, строка %2, поле %3: %4.</translation>
    </message>
    <message>
        <source>In %1, in the file as a whole: %4.</source>
        <translation>%1, файл целиком: %4.</translation>
    </message>
    <message>
        <source>This file is not a rule pack SafeCase can use. Nothing was changed.</source>
        <translation>Этот файл не является набором правил, который SafeCase может использовать. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SaveCopyFlow</name>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>Сохранить незашифрованную копию?</translation>
    </message>
    <message>
        <source>The copy is NOT protected by SafeCase. Anyone who has this computer or the place you save it to can open it, and deleting it later may not remove it from the disk. Save it only to an encrypted place you control, and only if you need to.</source>
        <translation>Копия НЕ защищена SafeCase. Её сможет открыть любой, у кого есть этот компьютер или место, куда вы её сохраните, а удаление потом может не стереть её с диска. Сохраняйте копию, только если это действительно нужно, и только в зашифрованное место под вашим контролем.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search people, cases, contacts, notes… in any spelling</source>
        <translation>Поиск людей, дел, контактов, заметок… в любом написании</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Введите хотя бы две буквы.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Nothing found. Try another spelling or fewer letters.</source>
        <translation>Ничего не найдено. Попробуйте другое написание или меньше букв.</translation>
    </message>
    <message>
        <source>One result. Press Enter to open it.</source>
        <translation>Найдена одна запись. Нажмите Enter, чтобы открыть её.</translation>
    </message>
    <message>
        <source>%d results. Use the arrow keys and Enter.</source>
        <translation>Найдено: %d. Выбирайте стрелками и нажмите Enter.</translation>
    </message>
    <message>
        <source>The search did not work. Please try again.</source>
        <translation>Поиск не удался. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Your vault is open. Upcoming deadlines and recent work will be shown here.</source>
        <translation>Хранилище открыто. Здесь будут ближайшие сроки и недавняя работа.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>The people you work with and for will be listed here.</source>
        <translation>Здесь будут люди, с которыми и для которых вы работаете.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Your cases will be listed here.</source>
        <translation>Здесь будут ваши дела.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Lawyers, offices and other contacts will be listed here.</source>
        <translation>Здесь будут адвокаты, организации и другие контакты.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Deadlines and reminders will be listed here.</source>
        <translation>Здесь будут сроки и напоминания.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Your notes will be listed here.</source>
        <translation>Здесь будут ваши заметки.</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Deleted records stay here until you empty the bin. It is empty.</source>
        <translation>Удалённые записи хранятся здесь, пока вы не очистите корзину. Сейчас она пуста.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock SafeCase now</source>
        <translation>Заблокировать SafeCase сейчас</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Перейти к разделу</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>Search (in lists)</source>
        <translation>Фильтр (в списках)</translation>
    </message>
    <message>
        <source>New record (in lists)</source>
        <translation>Новая запись (в списках)</translation>
    </message>
    <message>
        <source>Save (in editors)</source>
        <translation>Сохранить (в формах)</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Показать этот список</translation>
    </message>
    <message>
        <source>Lock and quit SafeCase</source>
        <translation>Заблокировать и закрыть SafeCase</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>очень надёжная</translation>
    </message>
    <message>
        <source>Strength: nothing typed yet.</source>
        <translation>Надёжность: пока ничего не введено.</translation>
    </message>
    <message>
        <source>Strength: %s. SafeCase accepts this passphrase.</source>
        <translation>Надёжность: %s. SafeCase примет эту фразу.</translation>
    </message>
    <message>
        <source>Strength: %s. SafeCase will not accept this yet.</source>
        <translation>Надёжность: %s. SafeCase пока не примет эту фразу.</translation>
    </message>
    <message>
        <source>It could be stronger:</source>
        <translation>Можно надёжнее:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>Nothing here yet. Add an event, a deadline or a note, or drop files here.</source>
        <translation>Пока пусто. Добавьте событие, срок или заметку либо перетащите сюда файлы.</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>Добавить &amp;событие…</translation>
    </message>
    <message>
        <source>Add dead&amp;line…</source>
        <translation>Добавить с&amp;рок…</translation>
    </message>
    <message>
        <source>Deadline from a &amp;rule…</source>
        <translation>Срок по пр&amp;авилу…</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
        <source>You can also drop files here to attach them.</source>
        <translation>Файлы можно также перетащить сюда, чтобы прикрепить.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A SafeCase deadline needs attention</source>
        <translation>Срок в SafeCase требует внимания</translation>
    </message>
</context>
<context>
    <name>UnlockDelayNotice</name>
    <message numerus="yes">
        <source>That passphrase did not open the vault, several times. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Эта парольная фраза несколько раз не открыла хранилище. Подождите %n секунду, прежде чем пробовать снова.</numerusform>
            <numerusform>Эта парольная фраза несколько раз не открыла хранилище. Подождите %n секунды, прежде чем пробовать снова.</numerusform>
            <numerusform>Эта парольная фраза несколько раз не открыла хранилище. Подождите %n секунд, прежде чем пробовать снова.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>SafeCase is locked</source>
        <translation>SafeCase заблокирован</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Введите парольную фразу, чтобы открыть хранилище.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Хранилище открывается</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery key…</source>
        <translation>Забыли парольную фразу? Воспользуйтесь &amp;ключом восстановления…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Воспользоваться ключом восстановления</translation>
    </message>
    <message>
        <source>SafeCase locked itself after a while without use.</source>
        <translation>SafeCase заблокировался, потому что им какое-то время не пользовались.</translation>
    </message>
    <message>
        <source>SafeCase locked because the screen locked.</source>
        <translation>SafeCase заблокировался, потому что заблокирован экран.</translation>
    </message>
    <message>
        <source>SafeCase locked before the computer went to sleep.</source>
        <translation>SafeCase заблокировался перед переходом компьютера в спящий режим.</translation>
    </message>
    <message>
        <source>SafeCase locked when its window was minimised.</source>
        <translation>SafeCase заблокировался, когда его окно свернули.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>expected a time as HH:MM (24-hour)</source>
        <translation>укажите время в виде ЧЧ:ММ (24-часовой формат)</translation>
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation>это не часовой пояс IANA</translation>
    </message>
    <message>
        <source>expected an ISO 8601 duration such as P7D or PT12H</source>
        <translation>укажите длительность в формате ISO 8601, например P7D или PT12H</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>это не длительность</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>заполните это поле</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>содержит недопустимый символ NUL</translation>
    </message>
    <message>
        <source>expected a country code (PL) or a court code (ECHR)</source>
        <translation>укажите код страны (PL) или суда (ECHR)</translation>
    </message>
    <message>
        <source>is before the date the case was opened</source>
        <translation>раньше даты открытия дела</translation>
    </message>
    <message>
        <source>a time needs its time zone</source>
        <translation>для времени нужен часовой пояс</translation>
    </message>
    <message>
        <source>a deadline needs the time zone of its authority</source>
        <translation>для срока нужен часовой пояс органа</translation>
    </message>
    <message>
        <source>is before the due date</source>
        <translation>раньше даты срока</translation>
    </message>
    <message>
        <source>changing a computed date needs a reason</source>
        <translation>чтобы изменить рассчитанную дату, укажите причину</translation>
    </message>
    <message>
        <source>must be a file name, not a path</source>
        <translation>нужно имя файла, а не путь</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>expected 64 lowercase hex digits</source>
        <translation>ожидается 64 шестнадцатеричные цифры в нижнем регистре</translation>
    </message>
    <message>
        <source>expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>укажите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>укажите дату в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>not a real calendar date</source>
        <translation>такой даты не существует</translation>
    </message>
    <message>
        <source>not an IANA time zone such as Europe/Warsaw</source>
        <translation>это не часовой пояс IANA вроде Europe/Warsaw</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as KZ</source>
        <translation>укажите двухбуквенный код страны, например KZ</translation>
    </message>
    <message>
        <source>expected digits, spaces and + ( ) - . /</source>
        <translation>допустимы цифры, пробелы и + ( ) - . /</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>это не адрес электронной почты</translation>
    </message>
    <message>
        <source>only a computed deadline can be overridden</source>
        <translation>вручную можно изменить только рассчитанный срок</translation>
    </message>
    <message>
        <source>only a computed deadline can be recomputed</source>
        <translation>пересчитать можно только рассчитанный срок</translation>
    </message>
    <message>
        <source>the new outer limit is before the date set by hand: review it</source>
        <translation>новый предельный срок раньше даты, указанной вручную: проверьте её</translation>
    </message>
    <message>
        <source>no imported pack with these changes: import it again</source>
        <translation>нет импортированного набора правил с этими изменениями: импортируйте его снова</translation>
    </message>
    <message>
        <source>add attachments with add_attachment</source>
        <translation>файлы добавляются через add_attachment</translation>
    </message>
    <message>
        <source>not a sortable column for this list</source>
        <translation>по этому столбцу нельзя сортировать</translation>
    </message>
    <message>
        <source>links to a record of the wrong kind</source>
        <translation>ссылается на запись неподходящего вида</translation>
    </message>
    <message>
        <source>a record cannot link to itself</source>
        <translation>запись не может ссылаться на саму себя</translation>
    </message>
    <message>
        <source>belongs to a record of another kind</source>
        <translation>относится к записи другого вида</translation>
    </message>
    <message>
        <source>move the record to the recycle bin before purging</source>
        <translation>перед окончательным удалением переместите запись в корзину</translation>
    </message>
    <message>
        <source>these two kinds of record cannot be linked</source>
        <translation>записи этих видов нельзя связать</translation>
    </message>
    <message>
        <source>longer than 200 characters</source>
        <translation>длиннее 200 символов</translation>
    </message>
    <message>
        <source>links to a record that does not exist</source>
        <translation>ссылается на несуществующую запись</translation>
    </message>
    <message>
        <source>a snooze needs a moment with its time zone</source>
        <translation>для откладывания нужен момент времени с часовым поясом</translation>
    </message>
    <message>
        <source>is not in the future</source>
        <translation>не в будущем</translation>
    </message>
    <message>
        <source>longer than 2000 characters</source>
        <translation>длиннее 2000 символов</translation>
    </message>
    <message>
        <source>longer than 5000000 characters</source>
        <translation>длиннее 5 000 000 символов</translation>
    </message>
    <message>
        <source>longer than 40 characters</source>
        <translation>длиннее 40 символов</translation>
    </message>
    <message>
        <source>longer than 255 characters</source>
        <translation>длиннее 255 символов</translation>
    </message>
    <message>
        <source>Line %d: %s</source>
        <translation>Строка %d: %s</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>VaultReplacer</name>
    <message>
        <source>Saving a copy of the vault as it is now…</source>
        <translation>Сохраняется копия хранилища в нынешнем виде…</translation>
    </message>
    <message>
        <source>Restoring the backup in place of the vault…</source>
        <translation>Резервная копия восстанавливается на место хранилища…</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>Консульство</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Asylum application</source>
        <translation>Ходатайство об убежище</translation>
    </message>
    <message>
        <source>Asylum appeal</source>
        <translation>Обжалование отказа в убежище</translation>
    </message>
    <message>
        <source>Extradition request</source>
        <translation>Запрос о выдаче (экстрадиции)</translation>
    </message>
    <message>
        <source>Extradition detention</source>
        <translation>Арест в целях выдачи</translation>
    </message>
    <message>
        <source>Dublin procedure</source>
        <translation>Дублинская процедура</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Обжаловано</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <source>Application lodged</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Жалоба подана</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Deported</source>
        <translation>Депортация</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>По правилу</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>UN body</source>
        <translation>Орган ООН</translation>
    </message>
    <message>
        <source>UN communication</source>
        <translation>Сообщение в органы ООН</translation>
    </message>
    <message>
        <source>ECtHR application</source>
        <translation>Жалоба в ЕСПЧ</translation>
    </message>
    <message>
        <source>Decision served</source>
        <translation>Решение вручено</translation>
    </message>
    <message>
        <source>Criminal charge abroad</source>
        <translation>Уголовное преследование за рубежом</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
</context>
</TS>
