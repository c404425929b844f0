<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
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
        <translation>Басқаларды қорғайтын адамдарға арналған істер мен мерзімдердің шифрланған журналы.

SafeCase интернетке ешқашан қосылмайды. Бәрі осы компьютердегі шифрланған қоймада сақталады, оны тек құпия фразаңыз немесе қалпына келтіру кілті ашады.

GNU General Public License 3-нұсқасы немесе одан кейінгі нұсқасы бойынша еркін бағдарлама.</translation>
    </message>
</context>
<context>
    <name>AddFromRuleDialog</name>
    <message>
        <source>Add a deadline from a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rule, then give the date exactly as the rule asks. SafeCase shows the date it computes and why, before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rules of every jurisdiction and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNVERIFIED: this rule has not been checked against the law. Check the date yourself before relying on it; it is never an all clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the trigger time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked this unverified date against the law myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a different date by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required), e.g. court&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the date set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [UNVERIFIED]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule fits this case. Tick the box above to see every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard period: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1. Confidence: %2, last checked %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be computed yet: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2), by %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer limit: %s (the law leaves a range; the earliest date is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer limit: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1, due %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewerDialog</name>
    <message>
        <source>Opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase cannot show this kind of file inside the app. It stays safe in the vault. If you need to open it in another program, use Save a copy… — the copy will not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase can back up the vault by itself into a folder, for example on a USB drive or a synced folder. The backups open with your recovery key; no passphrase is needed. SafeCase checks each backup it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also back up when I &amp;quit SafeCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also back up when I quit SafeCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after this many days without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn after (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test restore of the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified backup: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked. It holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the newest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test restore passed: the newest backup opens and is complete. It holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase writes an encrypted copy of the whole vault into one file. Keep it somewhere other than this computer, for example on a USB drive kept locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;recovery key (no passphrase needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished">&amp;Қайта енгізіңіз:</translation>
    </message>
    <message>
        <source>&amp;Stop the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase backups (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written. It holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatusStrip</name>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified backup: today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup did not finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please make a backup soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made %1. It holds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock қосулы сияқты.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Caps Lock туралы ескерту</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or court code: PL, ECHR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Press New case (Ctrl+N) to add one, then add the people it concerns and its deadlines from the case&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case from the list to see its people, deadlines and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Add a &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this vault. From now on, only the new one opens it. Your recovery key keeps working.</source>
        <translation>Осы қоймаға жаңа құпия фраза ойлап табыңыз. Бұдан былай оны тек жаңа фраза ашады. Қалпына келтіру кілті жарамды болып қала береді.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Қазіргі құпия фразаңыз</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Құпия фразаны &amp;өзгерту</translation>
    </message>
    <message>
        <source>Protecting the vault with the new passphrase…</source>
        <translation>Қойма жаңа құпия фразамен қорғалуда…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase the next time you unlock SafeCase.</source>
        <translation>Дайын. SafeCase құлпын келесі рет жаңа құпия фразамен ашыңыз.</translation>
    </message>
    <message>
        <source>Your passphrase was not changed.</source>
        <translation>Құпия фраза өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, for example: Signal: +48 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: compromised — do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Press New contact (Ctrl+N) to add a lawyer, an organisation or a family member, then link them to people and cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact from the list to see how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Link to a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Link to a c&amp;ase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Қойманы жасау</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Creating your vault</source>
        <translation>Қойма жасалуда</translation>
    </message>
    <message>
        <source>SafeCase is measuring how fast this computer is, to make your passphrase as hard as possible to guess while keeping unlocking to about a second. This takes a few seconds.</source>
        <translation>SafeCase құпия фразаңызды табу барынша қиын болуы үшін, ал құлыпты ашу бір секундтай ғана уақыт алуы үшін осы компьютердің жылдамдығын өлшеп жатыр. Бұл бірнеше секундқа созылады.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Басынан бастау</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басынан бастау</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>Measuring this computer…</source>
        <translation>Компьютер жылдамдығы өлшенуде…</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Қойма жасалуда…</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>Қойма дайын.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Мерзімі өткен ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Бүгінге мерзім жоқ.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Алдағы 7 күн</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days.</source>
        <translation>Алдағы 7 күнде мерзім жоқ.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Nothing further ahead.</source>
        <translation>Алда басқа мерзім жоқ.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Search everything (%s)</source>
        <translation>Барлығынан іздеу (%s)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Барлығынан іздеу</translation>
    </message>
    <message>
        <source>Mark selected deadline as &amp;done</source>
        <translation>Таңдалған мерзімді &amp;орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark the selected deadline as done</source>
        <translation>Таңдалған мерзімді орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Welcome to your vault</source>
        <translation>Қоймаңызға қош келдіңіз</translation>
    </message>
    <message>
        <source>Start by adding the first person you work with, then their case. Deadlines you add to a case appear here, sorted by how soon they are due, and people with flags that need attention are listed below them. Everything stays encrypted on this computer.</source>
        <translation>Алдымен бірге жұмыс істейтін алғашқы адамды, содан кейін оның ісін қосыңыз. Іске қосқан мерзімдер осында жақындығы бойынша көрсетіледі, ал олардың астында назар аударуды қажет ететін белгілері бар адамдар тұрады. Бәрі осы компьютерде шифрланған күйде сақталады.</translation>
    </message>
    <message>
        <source>Add the first &amp;person…</source>
        <translation>Алғашқы &amp;адамды қосу…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Алғашқы адамды қосу</translation>
    </message>
    <message>
        <source>Add a &amp;case…</source>
        <translation>&amp;Іс қосу…</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Іс қосу</translation>
    </message>
    <message>
        <source>Show all deadlines</source>
        <translation>Барлық мерзімдерді көрсету</translation>
    </message>
    <message>
        <source>Flags needing attention</source>
        <translation>Назар аударуды қажет ететін белгілер</translation>
    </message>
    <message>
        <source>No flags. Add a flag to a person (for example: detained) to see it here.</source>
        <translation>Белгілер жоқ. Адамға белгі қосыңыз (мысалы: ұсталған), сонда ол осында көрінеді.</translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation>Бүгін, %s</translation>
    </message>
    <message>
        <source>…and %d more: see Deadlines</source>
        <translation>…тағы %d: «Мерзімдер» бөлімін қараңыз</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %s from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineEditorDialog</name>
    <message>
        <source>Edit deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, or empty for the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the due date: 2w = two weeks, 7d = seven days, 12h = 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the date &amp;changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>&amp;New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadlines yet. Add them from a case&apos;s page (Add deadline…), or press New deadline (Ctrl+N). The dashboard shows what is due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deadline from the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its case or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Еске салулар</translation>
    </message>
    <message>
        <source>How it was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestructiveConfirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>EnumCombo</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase did not open the vault, several times. Please wait a moment before trying again.</source>
        <translation>Бұл құпия сөз қойманы бірнеше рет аша алмады. Қайта көрмес бұрын сәл күтіңіз.</translation>
    </message>
    <message>
        <source>The vault was erased after too many wrong passphrases, as set in SafeCase&apos;s settings. Only a backup, opened with the recovery key, brings the data back.</source>
        <translation>Қате құпия сөз тым көп енгізілгендіктен, SafeCase баптауларына сәйкес қойма өшірілді. Деректерді тек қалпына келтіру кілтімен ашылған сақтық көшірме ғана қайтара алады.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check that Caps Lock is off and the keyboard language is right, then try again.</source>
        <translation>Бұл құпия фраза қойманы ашпады. Caps Lock өшірулі екенін және пернетақта тілі дұрыс екенін тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of characters against your paper. Only the newest recovery key works.</source>
        <translation>Бұл қалпына келтіру кілті осы қойманы ашпайды. Әр таңбалар тобын қағаздағы жазбамен салыстырыңыз. Тек ең жаңа қалпына келтіру кілті жарамды.</translation>
    </message>
    <message>
        <source>That did not open the vault. Please check it and try again.</source>
        <translation>Қойма ашылмады. Тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>This vault is already open in another SafeCase window. Close that window first, then try again.</source>
        <translation>Бұл қойма SafeCase-тің басқа терезесінде ашық тұр. Алдымен сол терезені жабыңыз, содан кейін қайта көріңіз.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of SafeCase. Please install the newer version to open it. Nothing in the vault was changed.</source>
        <translation>Бұл қойма SafeCase-тің жаңарақ нұсқасында сақталған. Оны ашу үшін жаңа нұсқаны орнатыңыз. Қоймада ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>SafeCase&apos;s encryption is not working on this computer, so it will not open the vault. Please reinstall SafeCase or ask your technical contact.</source>
        <translation>Бұл компьютерде SafeCase шифрлауы жұмыс істемей тұр, сондықтан қойма ашылмайды. SafeCase-ті қайта орнатыңыз немесе техникалық көмекшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or were changed by something other than SafeCase, so SafeCase will not open them. Do not delete anything. Restore your most recent backup, or ask your technical contact for help.</source>
        <translation>Қойма файлдары бүлінген немесе оларды SafeCase емес бір нәрсе өзгерткен, сондықтан SafeCase оларды ашпайды. Ештеңені өшірмеңіз. Ең соңғы сақтық көшірмені қалпына келтіріңіз немесе техникалық көмекшіңізден көмек сұраңыз.</translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation>Бұл қалтада қойма жоқ.</translation>
    </message>
    <message>
        <source>There is already a vault in that folder. Choose a new, empty folder.</source>
        <translation>Бұл қалтада қойма бар. Жаңа, бос қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>SafeCase is locked. Unlock it and try again.</source>
        <translation>SafeCase құлыпталған. Құлпын ашып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Диск толы. Орын босатып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>SafeCase is not allowed to use that folder. Choose another one.</source>
        <translation>SafeCase бұл қалтаны пайдалана алмайды. Басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>SafeCase could not read or write the vault&apos;s files. Check that the disk or USB stick is connected, then try again.</source>
        <translation>SafeCase қойма файлдарын оқи не жаза алмады. Диск немесе флешка қосулы екенін тексеріп, қайта көріңіз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, restart SafeCase.</source>
        <translation>Күтпеген қате орын алды. Қайта көріңіз; қате қайталана берсе, SafeCase-ті қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishedPage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Қойма дайын</translation>
    </message>
    <message>
        <source>SafeCase locks the vault by itself after %d minutes without use, when the screen locks, and before the computer goes to sleep.

Press %s at any time to lock it yourself — for example before you step away or someone comes to your desk.</source>
        <translation>SafeCase қойманы өзі құлыптайды: %d минут пайдаланылмаса, экран құлыпталғанда және компьютер ұйқы режиміне өтер алдында.

Кез келген уақытта өзіңіз құлыптау үшін %s басыңыз — мысалы, орныңыздан тұрар алдында немесе үстеліңізге біреу келгенде.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Every page decrypts and is authentic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database structure is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database structure is damaged (pages missing, truncated or out of date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every link between records points at a record that exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheckDialog</name>
    <message>
        <source>Vault health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase reads the whole vault to check that nothing was damaged or changed behind its back. Nothing is changed by the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every part of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase found problems. Do not add or change anything now. Restore your most recent backup, or ask your technical contact for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Тіл…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Choose the language SafeCase uses. The change takes effect the next time you start SafeCase. Your vault is not changed.</source>
        <translation>SafeCase тілін таңдаңыз. Өзгеріс SafeCase келесі рет іске қосылғанда күшіне енеді. Қойма өзгермейді.</translation>
    </message>
    <message>
        <source>The same as this computer (%s)</source>
        <translation>Осы компьютердегідей (%s)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Saved. SafeCase will use the new language the next time you start it.</source>
        <translation>Сақталды. SafeCase келесі рет іске қосылғанда жаңа тілде ашылады.</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records stay in SafeCase; only the link between them is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Welcome to SafeCase</source>
        <translation>SafeCase-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>SafeCase keeps your people, cases, notes and deadlines in an encrypted vault on this computer. Without your passphrase, nobody can read it — not even if the computer is taken.

Setting up takes about three minutes:
1.  Choose where to keep the vault (this page).
2.  Choose a passphrase.
3.  Write down a recovery key on paper — have a pen ready.</source>
        <translation>SafeCase адамдарыңызды, істеріңізді, жазбалар мен мерзімдерді осы компьютердегі шифрланған қоймада сақтайды. Құпия фразаңызсыз оны ешкім оқи алмайды — компьютерді алып кетсе де.

Баптау шамамен үш минут алады:
1.  Қойманы қайда сақтайтыныңызды таңдаңыз (осы бет).
2.  Құпия фраза ойлап табыңыз.
3.  Қалпына келтіру кілтін қағазға жазып алыңыз — қаламды дайындаңыз.</translation>
    </message>
    <message>
        <source>The suggested place is right for most people. To keep the vault on an encrypted USB stick instead, choose a folder there.</source>
        <translation>Ұсынылған орын көпшілікке жарайды. Қойманы шифрланған флешкада сақтағыңыз келсе, сондағы қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Қойма қалтасы</translation>
    </message>
    <message>
        <source>The folder SafeCase creates to hold the encrypted vault.</source>
        <translation>SafeCase шифрланған қойма үшін жасайтын қалта.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Қалта таңдау</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Қойма қалтасы:</translation>
    </message>
    <message>
        <source>Please give the full folder path, or use Choose….</source>
        <translation>Қалтаның толық жолын жазыңыз немесе «Таңдау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. To use it, close this window and open SafeCase again. To make a new vault, choose another folder.</source>
        <translation>Бұл қалтада қойма бар. Оны пайдалану үшін осы терезені жауып, SafeCase-ті қайта ашыңыз. Жаңа қойма жасау үшін басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>This folder already has other files in it. SafeCase needs a new or empty folder. Add a new folder name at the end, or choose another place.</source>
        <translation>Бұл қалтада басқа файлдар бар. SafeCase-ке жаңа немесе бос қалта керек. Соңына жаңа қалта атауын қосыңыз немесе басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Қойманы қайда сақтайтыныңызды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Бөлім мазмұны</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>Lock SafeCase now (%s)</source>
        <translation>SafeCase-ті қазір құлыптау (%s)</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Құлыптап, &amp;шығу</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Құпия фразаны өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Recovery key…</source>
        <translation>Қалпына &amp;келтіру кілті…</translation>
    </message>
    <message>
        <source>Replace the &amp;data key…</source>
        <translation>&amp;Деректер кілтін ауыстыру…</translation>
    </message>
    <message>
        <source>Check vault &amp;health…</source>
        <translation>Қойманың &amp;тұтастығын тексеру…</translation>
    </message>
    <message>
        <source>&amp;Import rules from my organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>&amp;About SafeCase</source>
        <translation>SafeCase &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>This section could not be opened. Your data is safe.</source>
        <translation>Бұл бөлім ашылмады. Деректеріңіз аман.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Жаңа құпия фраза, қайталап</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Қайта енгізіңіз:</translation>
    </message>
    <message>
        <source>Type the same passphrase again to make sure.</source>
        <translation>Тексеру үшін сол фразаны қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>Екі фраза бірдей.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Екі фраза бірдей емес.</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Add a note from a person&apos;s or a case&apos;s page (Add note…), or press New note (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note from the list to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what it is &amp;about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the note is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Set the date by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule computed this date. Change it only with a reason, for example a court&apos;s letter; the computed date stays in the deadline&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (outer limit %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is AFTER the outer limit the rule allows. The deadline may be missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is later than the computed date. Make sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackChangeText</name>
    <message>
        <source>New rule: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule removed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule changed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens on a non-working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what must happen by the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of day it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadlines that follow from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNVERIFIED – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (checked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source until now: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changes: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines computed by it would no longer follow from a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked against the law: check every date it gives yourself before you rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of its special circumstances are UNVERIFIED: check those dates yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved automatically: check it yourself in Deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would no longer follow from a rule (withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date, %1; confidence %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date set by hand stays; the rule now gives %1 (before: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, %3 earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, %3 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackChangesPanel</name>
    <message>
        <source>What the pack changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the changes to take on. A change you leave unticked keeps that rule as it is now. Check the source of each, and be careful with unverified rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines that would move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanicAction</name>
    <message>
        <source>Hide and lock now (panic)</source>
        <translation>Қазір жасырып, құлыптау (дабыл)</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>What you type here is hidden.</source>
        <translation>Мұнда енгізген мәтін жасырын.</translation>
    </message>
    <message>
        <source>Sensitive field.</source>
        <translation>Құпия өріс.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Құпия фраза ойлап табыңыз</translation>
    </message>
    <message>
        <source>Your passphrase is the key to the vault. A good one is four or more unrelated words that you can remember, with spaces between them if you like. Avoid names, dates, and anything connected to you or your work.

Nobody can reset it for you. In a moment you will also get a recovery key, for the day you forget it.</source>
        <translation>Құпия фраза — қойманың кілті. Жақсы фраза — есте сақтай алатын, бір-бірімен байланыссыз төрт немесе одан көп сөз; арасына бос орын қоюға болады. Есімдерді, күндерді және өзіңізге не жұмысыңызға қатысты ештеңені қолданбаңыз.

Оны сіз үшін ешкім қалпына келтіре алмайды. Сәлден соң ұмытып қалған күнге арналған қалпына келтіру кілтін де аласыз.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>Қойманы &amp;жасау</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>There is no passphrase yet.</source>
        <translation>Құпия фраза әлі енгізілмеген.</translation>
    </message>
    <message>
        <source>It is too short: use at least 10 characters.</source>
        <translation>Тым қысқа: кемінде 10 таңба болсын.</translation>
    </message>
    <message>
        <source>It uses only one kind of character, such as only lowercase letters or only digits.</source>
        <translation>Онда тек бір түрлі таңба бар, мысалы тек кіші әріптер не тек цифрлар.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords, which attackers try first.</source>
        <translation>Бұл ең көп тараған құпиясөздердің бірі — шабуылдаушылар оларды бірінші байқап көреді.</translation>
    </message>
    <message>
        <source>It contains a very common password or word, which attackers try early.</source>
        <translation>Онда өте көп тараған құпиясөз не сөз бар — оларды ең алдымен тексереді.</translation>
    </message>
    <message>
        <source>It contains a run such as abc or 987.</source>
        <translation>Онда abc не 987 сияқты тізбек бар.</translation>
    </message>
    <message>
        <source>It repeats characters or a part of itself, such as aaa or abcabc.</source>
        <translation>Онда таңбалар не бөліктер қайталанады, мысалы aaa не abcabc.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern, such as qwerty or asdf.</source>
        <translation>Онда qwerty не asdf сияқты пернелер тізбегі бар.</translation>
    </message>
    <message>
        <source>It contains a date or a year, which attackers try early.</source>
        <translation>Онда күн не жыл бар — оларды ең алдымен тексереді.</translation>
    </message>
    <message>
        <source>It is too predictable: attackers&apos; word lists and common tricks, such as 0 for o or a capital first letter, would find it.</source>
        <translation>Оны болжау тым оңай: шабуылдаушылардың сөздіктері мен o орнына 0 не бас әріп сияқты әдеттегі айлалар оны табады.</translation>
    </message>
    <message>
        <source>Make up four or more unrelated words that you can remember.</source>
        <translation>Есте сақтай алатын, бір-бірімен байланыссыз төрт не одан көп сөз ойлап табыңыз.</translation>
    </message>
    <message>
        <source>Do not use a well-known password. Make up four or more unrelated words instead.</source>
        <translation>Белгілі құпиясөзді қолданбаңыз. Оның орнына байланыссыз төрт не одан көп сөз ойлап табыңыз.</translation>
    </message>
    <message>
        <source>Make it longer: four or more unrelated words are easy to remember.</source>
        <translation>Ұзартыңыз: байланыссыз төрт не одан көп сөзді есте сақтау оңай.</translation>
    </message>
    <message>
        <source>Leave out keyboard patterns and add another unrelated word.</source>
        <translation>Пернелер тізбегін алып тастап, тағы бір байланыссыз сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Leave out runs of letters or numbers and add another unrelated word.</source>
        <translation>Әріптер не сандар тізбегін алып тастап, тағы бір байланыссыз сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Leave out repeated parts and add another unrelated word.</source>
        <translation>Қайталанатын бөліктерді алып тастап, тағы бір байланыссыз сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Leave out dates and years, especially ones connected to you.</source>
        <translation>Күндер мен жылдарды, әсіресе өзіңізге қатыстыларын алып тастаңыз.</translation>
    </message>
    <message>
        <source>Add another word or two that are not common or connected to you.</source>
        <translation>Көп таралмаған әрі өзіңізге қатысы жоқ тағы бір-екі сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Add more words, or put a digit or a symbol in the middle.</source>
        <translation>Тағы сөз қосыңыз немесе ортасына цифр не белгі қойыңыз.</translation>
    </message>
    <message>
        <source>Add another unrelated word to make it harder to guess.</source>
        <translation>Табу қиынырақ болуы үшін тағы бір байланыссыз сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Good. Make sure you can remember it, or keep it somewhere safe.</source>
        <translation>Жақсы. Оны есте сақтай алатыныңызға көз жеткізіңіз немесе қауіпсіз жерде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet. Press New person (Ctrl+N) to add the first person you work with. Everything you enter stays encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the list to see their details and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Add a &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Add to a c&amp;ase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: passport spelling, birth name, alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes, for example: KZ, RU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code, for example: PL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in c&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: asylum seeker, detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: kk, ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags needing attention</source>
        <translation>Назар аударуды қажет ететін белгілер</translation>
    </message>
    <message>
        <source>&amp;Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, as flag: reason. For example: do not phone: monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with a very similar name is already in SafeCase: %s. If this is the same person, open their page instead. To add a new person anyway, press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>SafeCase is covered</source>
        <translation>SafeCase жасырылған</translation>
    </message>
</context>
<context>
    <name>QuickEraseDialog</name>
    <message>
        <source>Erase this vault now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick erase destroys the keys that open your vault on this computer. It takes a moment and cannot be undone: afterwards nobody can read the vault, and neither can you. Your passphrase will no longer open anything.

Only a backup, opened with your recovery key (or the backup&apos;s own passphrase), brings your data back. Backups and the paper recovery key are not touched by this.

SafeCase will lock and close its windows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase the vault (%n)</source>
        <translation>
            <numerusform>Қойманы өшіру (%n)</numerusform>
            <numerusform>Қойманы өшіру (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitBackupDialog</name>
    <message>
        <source>Backing up before quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase is writing and checking the automatic backup you asked for when quitting. It closes by itself when the backup is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit now without this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailPane</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies it for 30 seconds, hidden from clipboard history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Problem with %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Еске салулар</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Computed due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link removed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this list by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (%s)</source>
        <translation>Барлығынан іздеу (%s)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Барлығынан іздеу</translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings: choose one to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPickerDialog</name>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, for example: lawyer, applicant, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose one from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That one is already linked here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRefField</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a deleted record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>Move “%s” to the recycle bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back from the recycle bin until you delete it from there for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCheckPage</name>
    <message>
        <source>Check your paper copy</source>
        <translation>Қағаздағы жазбаны тексеріңіз</translation>
    </message>
    <message>
        <source>A small mistake in the copy could lock you out one day, so let&apos;s check it. If it does not match, press Back to see the key again.</source>
        <translation>Жазбадағы кішкентай қате бір күні қоймаға кіргізбей қоюы мүмкін, сондықтан оны тексерейік. Сәйкес келмесе, кілтті қайта көру үшін «Артқа» басыңыз.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyCheck</name>
    <message>
        <source>Characters from the recovery key</source>
        <translation>Қалпына келтіру кілтінің таңбалары</translation>
    </message>
    <message>
        <source>On your paper, find the line that begins with %s. Type groups %d and %d of that line (%d characters).</source>
        <translation>Қағаздан %s деп басталатын жолды табыңыз. Сол жолдың %d және %d топтарын енгізіңіз (%d таңба).</translation>
    </message>
    <message>
        <source>Groups %d and %d of the line that begins with %s.</source>
        <translation>%d және %d топтар, жол %s деп басталады.</translation>
    </message>
    <message>
        <source>Correct. Your paper copy matches.</source>
        <translation>Дұрыс. Қағаздағы жазба сәйкес келеді.</translation>
    </message>
    <message>
        <source>That does not match. Compare your paper with the key on the previous page, correct it, and try again.</source>
        <translation>Сәйкес келмейді. Қағазды алдыңғы беттегі кілтпен салыстырып, түзетіп, қайта көріңіз.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>For your safety, SafeCase does not keep your recovery key, so it cannot show it again.

If you have lost the paper, or someone else may have seen it, make a new recovery key. The old one will then stop opening this vault. Backups made before now can still be opened with the old key.</source>
        <translation>Қауіпсіздігіңіз үшін SafeCase қалпына келтіру кілтін сақтамайды, сондықтан оны қайта көрсете алмайды.

Қағазды жоғалтсаңыз немесе оны басқа біреу көрген болуы мүмкін болса, жаңа қалпына келтіру кілтін жасаңыз. Сонда ескі кілт бұл қойманы ашпайтын болады. Осы уақытқа дейін жасалған сақтық көшірмелер ескі кілтпен ашыла береді.</translation>
    </message>
    <message>
        <source>Write the new key on paper by hand, exactly as shown, and keep it somewhere safe, away from this computer. Destroy the old paper. Do not photograph it, save it in a file, email it or print it.</source>
        <translation>Жаңа кілтті қағазға қолмен, дәл көрсетілгендей жазып, осы компьютерден алыс қауіпсіз жерде сақтаңыз. Ескі қағазды жойыңыз. Суретке түсірмеңіз, файлға сақтамаңыз, поштамен жібермеңіз және басып шығармаңыз.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>Жаңа қалпына келтіру кілтін &amp;жасау</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Жаңа қалпына келтіру кілті жасалуда…</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Жаңа қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this vault. This is the new one. It is shown only now.</source>
        <translation>Ескі қалпына келтіру кілті бұл қойманы енді ашпайды. Міне, жаңасы. Ол тек қазір көрсетіледі.</translation>
    </message>
    <message>
        <source>The old key still works.</source>
        <translation>Ескі кілт әлі жарамды.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation>Қалпына келтіру кілтін жазып алыңыз</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your vault. SafeCase shows it only now and does not keep a copy.</source>
        <translation>Құпия фразаны ұмытып қалсаңыз, қоймаға қайта кірудің жалғыз жолы — осы қалпына келтіру кілті. SafeCase оны тек қазір көрсетеді және көшірмесін сақтамайды.</translation>
    </message>
    <message>
        <source>1.  Write it on paper by hand, exactly as shown. The groups of four make it easier.
2.  Keep the paper somewhere safe, away from this computer.
3.  Do not photograph it, save it in a file, email it or print it: phones, printers and online services keep copies.

Anyone who has this key can open your vault.</source>
        <translation>1.  Оны қағазға қолмен, дәл көрсетілгендей жазыңыз. Төрт таңбалы топтар жазуды жеңілдетеді.
2.  Қағазды осы компьютерден алыс, қауіпсіз жерде сақтаңыз.
3.  Суретке түсірмеңіз, файлға сақтамаңыз, поштамен жібермеңіз және басып шығармаңыз: телефондар, принтерлер мен онлайн қызметтер көшірме сақтайды.

Бұл кілті бар кез келген адам қоймаңызды аша алады.</translation>
    </message>
    <message>
        <source>I have written the recovery key on paper</source>
        <translation>Қалпына келтіру кілтін қағазға жазып алдым</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Қалпына келтіру кілтімен ашу</translation>
    </message>
    <message>
        <source>Type the recovery key from your paper. Spaces and line breaks do not matter. Then choose a new passphrase: your old passphrase will stop working.</source>
        <translation>Қағаздағы қалпына келтіру кілтін енгізіңіз. Бос орындар мен жол ауыстыру маңызды емес. Содан кейін жаңа құпия фраза ойлап табыңыз: ескі фраза жарамсыз болады.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Қалпына келтіру кілті:</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>Қойманы &amp;ашу</translation>
    </message>
    <message>
        <source>Opening the vault and setting your new passphrase…</source>
        <translation>Қойма ашылып, жаңа құпия фраза орнатылуда…</translation>
    </message>
    <message>
        <source>Please type your new passphrase again.</source>
        <translation>Жаңа құпия фразаны қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecycleBinView</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recycle bin is empty. When you delete something, it waits here so you can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deleted record to see what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, deleted %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%s” forever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Its history and links are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderListView</name>
    <message>
        <source>Deadlines that need attention</source>
        <translation>Назар аударуды қажет ететін мерзімдер</translation>
    </message>
    <message>
        <source>Nothing needs attention now.</source>
        <translation>Қазір назар аударатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Назарға алдым</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Кейінге қалдыру</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 сағатқа</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>3 сағатқа</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Ертең таңертеңге дейін</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Орындалды деп белгілеу…</translation>
    </message>
    <message>
        <source>Show deadline titles in notifications (others may see your screen)</source>
        <translation>Хабарландыруларда мерзім атауларын көрсету (экраныңызды басқалар көруі мүмкін)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Назарға алдым</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Кейінге қалдыру</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Show deadline titles in notifications</source>
        <translation>Хабарландыруларда мерзім атауларын көрсету</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>%s дейін кейінге қалдырылды</translation>
    </message>
    <message>
        <source>Reminded (unverified date)</source>
        <translation>Еске салынды (күні тексерілмеген)</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Еске салынды</translation>
    </message>
    <message>
        <source>Mark this deadline as done? Its reminders will stop.</source>
        <translation>Бұл мерзімді орындалды деп белгілеу керек пе? Оның еске салулары тоқтайды.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Due %1: %2</source>
        <translation>Мерзімі %1: %2</translation>
    </message>
</context>
<context>
    <name>ReplaceProgressDialog</name>
    <message>
        <source>Replacing the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase is saving a copy of the vault as it is now, then restoring the backup in its place. Please wait and do not turn the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Барысы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The vault now holds the backup and opens with the new passphrase. Its new recovery key is shown above, only this once: write it down now. Your old recovery key still opens the copy saved beside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First SafeCase checks the backup and shows what it holds; nothing is changed by the check. Then you can restore it as a new vault in an empty folder, or in place of the vault that is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key or backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;new vault in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a new vault in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;place of the vault open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in place of the vault open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault &amp;folder (empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as a new vault in a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase backups (*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup into the new folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The new vault opens with the new passphrase. Its new recovery key is shown above, only this once: write it down now and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new vault was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the open vault with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything added or changed since the backup was made will not be in the vault. SafeCase first saves a copy of the vault as it is now beside it; your current recovery key opens that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateDataKeyDialog</name>
    <message>
        <source>Replace the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this if you think someone may have copied the vault&apos;s files, for example from a backup or a seized computer. SafeCase re-encrypts everything with a new key, so copies of the old key file can no longer open the vault.

This can take a few minutes for a large vault. Keep the computer on until it is done. Your passphrase and recovery key stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault with a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The vault now uses a new data key. If someone may also know your passphrase, change it now too (Vault menu, Change passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePackImportDialog</name>
    <message>
        <source>Import rules from your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation can give you its own deadline rules as a file. SafeCase checks the file and shows what it would change. Nothing changes until you apply the changes you ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .toml file from your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose the rule pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rule pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the checked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rule pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, version %2, replacing version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, version %2, new to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It changes none of your rules: there is nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out which deadlines would move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes cannot be taken on like this: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change is ticked: applying would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadline would move with the ticked changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With the ticked changes, %n open deadline(s) would move:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the ticked changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open deadline moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The ticked changes are in your rules now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) could not be moved automatically: check them in Deadlines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeCase could not apply these changes: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, line %2, at %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, in the file as a whole: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a rule pack SafeCase can use. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveCopyFlow</name>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is NOT protected by SafeCase. Anyone who has this computer or the place you save it to can open it, and deleting it later may not remove it from the disk. Save it only to an encrypted place you control, and only if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, cases, contacts, notes… in any spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try another spelling or fewer letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One result. Press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d results. Use the arrow keys and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search did not work. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Your vault is open. Upcoming deadlines and recent work will be shown here.</source>
        <translation>Қойма ашық. Мұнда жақын мерзімдер мен соңғы жұмыс көрсетіледі.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>The people you work with and for will be listed here.</source>
        <translation>Мұнда сіз бірге және кім үшін жұмыс істейтін адамдар көрсетіледі.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Your cases will be listed here.</source>
        <translation>Мұнда істеріңіз көрсетіледі.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Lawyers, offices and other contacts will be listed here.</source>
        <translation>Мұнда адвокаттар, ұйымдар және басқа байланыстар көрсетіледі.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Deadlines and reminders will be listed here.</source>
        <translation>Мұнда мерзімдер мен еске салулар көрсетіледі.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Your notes will be listed here.</source>
        <translation>Мұнда жазбаларыңыз көрсетіледі.</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Себет</translation>
    </message>
    <message>
        <source>Deleted records stay here until you empty the bin. It is empty.</source>
        <translation>Өшірілген жазбалар себетті тазалағанша осында тұрады. Қазір ол бос.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Еске салулар</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock SafeCase now</source>
        <translation>SafeCase-ті қазір құлыптау</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Бөлімге өту</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Барлығынан іздеу</translation>
    </message>
    <message>
        <source>Search (in lists)</source>
        <translation>Сүзгі (тізімдерде)</translation>
    </message>
    <message>
        <source>New record (in lists)</source>
        <translation>Жаңа жазба (тізімдерде)</translation>
    </message>
    <message>
        <source>Save (in editors)</source>
        <translation>Сақтау (пішіндерде)</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Осы тізімді көрсету</translation>
    </message>
    <message>
        <source>Lock and quit SafeCase</source>
        <translation>Құлыптап, SafeCase-тен шығу</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Құпия фраза беріктігі</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>өте әлсіз</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>берік</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>өте берік</translation>
    </message>
    <message>
        <source>Strength: nothing typed yet.</source>
        <translation>Беріктігі: әлі ештеңе енгізілмеген.</translation>
    </message>
    <message>
        <source>Strength: %s. SafeCase accepts this passphrase.</source>
        <translation>Беріктігі: %s. SafeCase бұл фразаны қабылдайды.</translation>
    </message>
    <message>
        <source>Strength: %s. SafeCase will not accept this yet.</source>
        <translation>Беріктігі: %s. SafeCase мұны әзірге қабылдамайды.</translation>
    </message>
    <message>
        <source>It could be stronger:</source>
        <translation>Бұдан берік болуы мүмкін:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Неге:</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add an event, a deadline or a note, or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dead&amp;line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline from a &amp;rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A SafeCase deadline needs attention</source>
        <translation>SafeCase-тегі мерзім назар аударуды қажет етеді</translation>
    </message>
</context>
<context>
    <name>UnlockDelayNotice</name>
    <message numerus="yes">
        <source>That passphrase did not open the vault, several times. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Бұл құпия фраза қойманы бірнеше рет ашпады. Қайта көрмес бұрын %n секунд күтіңіз.</numerusform>
            <numerusform>Бұл құпия фраза қойманы бірнеше рет ашпады. Қайта көрмес бұрын %n секунд күтіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>SafeCase is locked</source>
        <translation>SafeCase құлыпталған</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Қойманы ашу үшін құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Қойма ашылуда</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery key…</source>
        <translation>Құпия фразаны ұмыттыңыз ба? &amp;Қалпына келтіру кілтін пайдаланыңыз…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Қалпына келтіру кілтін пайдалану</translation>
    </message>
    <message>
        <source>SafeCase locked itself after a while without use.</source>
        <translation>SafeCase біраз уақыт пайдаланылмағандықтан өзі құлыпталды.</translation>
    </message>
    <message>
        <source>SafeCase locked because the screen locked.</source>
        <translation>Экран құлыпталғандықтан SafeCase құлыпталды.</translation>
    </message>
    <message>
        <source>SafeCase locked before the computer went to sleep.</source>
        <translation>Компьютер ұйқы режиміне өтер алдында SafeCase құлыпталды.</translation>
    </message>
    <message>
        <source>SafeCase locked when its window was minimised.</source>
        <translation>Терезесі жиырылғанда SafeCase құлыпталды.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Алдымен құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>expected a time as HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 duration such as P7D or PT12H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a country code (PL) or a court code (ECHR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the date the case was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time needs its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline needs the time zone of its authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a computed date needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a file name, not a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IANA time zone such as Europe/Warsaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a two-letter country code such as KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected digits, spaces and + ( ) - . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a computed deadline can be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a computed deadline can be recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new outer limit is before the date set by hand: review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no imported pack with these changes: import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add attachments with add_attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sortable column for this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to a record of the wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record cannot link to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to a record of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the record to the recycle bin before purging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these two kinds of record cannot be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to a record that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a snooze needs a moment with its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 5000000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
</context>
<context>
    <name>VaultReplacer</name>
    <message>
        <source>Saving a copy of the vault as it is now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup in place of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extradition request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extradition detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublin procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECtHR application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal charge abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
