<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en">
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
        <translation>Boshqalarni himoya qiladigan odamlar uchun ishlar va muddatlarning shifrlangan jurnali.

SafeCase hech qachon internetga ulanmaydi. Hammasi shu kompyuterdagi shifrlangan omborda saqlanadi, uni faqat maxfiy iborangiz yoki tiklash kaliti ochadi.

GNU General Public License 3-versiyasi yoki undan keyingi versiyasi asosidagi erkin dastur.</translation>
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
        <translation type="unfinished">&amp;Tanlash…</translation>
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
        <translation type="unfinished">&amp;Saqlash</translation>
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
        <translation type="unfinished">&amp;Tanlash…</translation>
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
        <translation type="unfinished">&amp;Qayta kiriting:</translation>
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
        <translation>Caps Lock yoqilganga oʻxshaydi.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Caps Lock haqida ogohlantirish</translation>
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
        <translation>Odamlar</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
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
        <translation>Maxfiy iborani oʻzgartirish</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this vault. From now on, only the new one opens it. Your recovery key keeps working.</source>
        <translation>Bu ombor uchun yangi maxfiy ibora oʻylab toping. Bundan buyon uni faqat yangi ibora ochadi. Tiklash kaliti ishlashda davom etadi.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Joriy maxfiy ibora</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Joriy maxfiy iborangiz</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Joriy maxfiy ibora:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Maxfiy iborani &amp;oʻzgartirish</translation>
    </message>
    <message>
        <source>Protecting the vault with the new passphrase…</source>
        <translation>Ombor yangi maxfiy ibora bilan himoyalanmoqda…</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase the next time you unlock SafeCase.</source>
        <translation>Tayyor. Keyingi safar SafeCase qulfini yangi maxfiy ibora bilan oching.</translation>
    </message>
    <message>
        <source>Your passphrase was not changed.</source>
        <translation>Maxfiy ibora oʻzgarmadi.</translation>
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
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sana</translation>
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
        <translation>Qaydlar</translation>
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
        <translation>Odamlar</translation>
    </message>
    <message>
        <source>Link to a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
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
        <translation>Qaydlar</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Omborni yaratish</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Tugatish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Creating your vault</source>
        <translation>Ombor yaratilmoqda</translation>
    </message>
    <message>
        <source>SafeCase is measuring how fast this computer is, to make your passphrase as hard as possible to guess while keeping unlocking to about a second. This takes a few seconds.</source>
        <translation>SafeCase maxfiy iborangizni topish imkon qadar qiyin boʻlishi, qulfni ochish esa taxminan bir soniya olishi uchun bu kompyuter tezligini oʻlchamoqda. Bu bir necha soniya davom etadi.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Jarayon</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Qayta urinish</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Boshidan boshlash</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Boshidan boshlash</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Davom etish</translation>
    </message>
    <message>
        <source>Measuring this computer…</source>
        <translation>Kompyuter tezligi oʻlchanmoqda…</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Ombor yaratilmoqda…</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>Ombor tayyor.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Muddati oʻtgan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Bugunga muddat yoʻq.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Keyingi 7 kun</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days.</source>
        <translation>Keyingi 7 kunda muddat yoʻq.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Keyinroq</translation>
    </message>
    <message>
        <source>Nothing further ahead.</source>
        <translation>Oldinda boshqa muddat yoʻq.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <source>Search everything (%s)</source>
        <translation>Hammasidan qidirish (%s)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hammasidan qidirish</translation>
    </message>
    <message>
        <source>Mark selected deadline as &amp;done</source>
        <translation>Tanlangan muddatni &amp;bajarildi deb belgilash</translation>
    </message>
    <message>
        <source>Mark the selected deadline as done</source>
        <translation>Tanlangan muddatni bajarildi deb belgilash</translation>
    </message>
    <message>
        <source>Welcome to your vault</source>
        <translation>Omboringizga xush kelibsiz</translation>
    </message>
    <message>
        <source>Start by adding the first person you work with, then their case. Deadlines you add to a case appear here, sorted by how soon they are due, and people with flags that need attention are listed below them. Everything stays encrypted on this computer.</source>
        <translation>Avval birga ishlaydigan birinchi odamni, soʻng uning ishini qoʻshing. Ishga qoʻshilgan muddatlar shu yerda yaqinligi boʻyicha koʻrsatiladi, ularning ostida esa eʼtibor talab qiladigan belgilari bor odamlar turadi. Hammasi shu kompyuterda shifrlangan holda saqlanadi.</translation>
    </message>
    <message>
        <source>Add the first &amp;person…</source>
        <translation>Birinchi &amp;odamni qoʻshish…</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Birinchi odamni qoʻshish</translation>
    </message>
    <message>
        <source>Add a &amp;case…</source>
        <translation>&amp;Ish qoʻshish…</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Ish qoʻshish</translation>
    </message>
    <message>
        <source>Show all deadlines</source>
        <translation>Barcha muddatlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Flags needing attention</source>
        <translation>Eʼtibor talab qiladigan belgilar</translation>
    </message>
    <message>
        <source>No flags. Add a flag to a person (for example: detained) to see it here.</source>
        <translation>Belgilar yoʻq. Odamga belgi qoʻshing (masalan: ushlangan), shunda u shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation>Bugun, %s</translation>
    </message>
    <message>
        <source>…and %d more: see Deadlines</source>
        <translation>…yana %d ta: «Muddatlar» boʻlimiga qarang</translation>
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
        <translation>Sana</translation>
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
        <translation>Eslatmalar</translation>
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
        <translation>Bekor qilish</translation>
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
        <translation>Bu parol omborni bir necha marta ocha olmadi. Qayta urinishdan oldin biroz kuting.</translation>
    </message>
    <message>
        <source>The vault was erased after too many wrong passphrases, as set in SafeCase&apos;s settings. Only a backup, opened with the recovery key, brings the data back.</source>
        <translation>Noto‘g‘ri parol juda ko‘p marta kiritilgani uchun, SafeCase sozlamalariga ko‘ra ombor o‘chirildi. Ma’lumotlarni faqat tiklash kaliti bilan ochilgan zaxira nusxa qaytara oladi.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check that Caps Lock is off and the keyboard language is right, then try again.</source>
        <translation>Bu maxfiy ibora omborni ochmadi. Caps Lock oʻchiq ekanini va klaviatura tili toʻgʻriligini tekshirib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of characters against your paper. Only the newest recovery key works.</source>
        <translation>Bu tiklash kaliti omborni ochmaydi. Har bir belgilar guruhini qogʻozdagi yozuv bilan solishtiring. Faqat eng yangi tiklash kaliti ishlaydi.</translation>
    </message>
    <message>
        <source>That did not open the vault. Please check it and try again.</source>
        <translation>Ombor ochilmadi. Tekshirib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>This vault is already open in another SafeCase window. Close that window first, then try again.</source>
        <translation>Bu ombor SafeCase’ning boshqa oynasida ochiq. Avval oʻsha oynani yoping, soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of SafeCase. Please install the newer version to open it. Nothing in the vault was changed.</source>
        <translation>Bu ombor SafeCase’ning yangiroq versiyasida saqlangan. Uni ochish uchun yangi versiyani oʻrnating. Omborda hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>SafeCase&apos;s encryption is not working on this computer, so it will not open the vault. Please reinstall SafeCase or ask your technical contact.</source>
        <translation>Bu kompyuterda SafeCase shifrlashi ishlamayapti, shuning uchun ombor ochilmaydi. SafeCase’ni qayta oʻrnating yoki texnik yordamchingizga murojaat qiling.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or were changed by something other than SafeCase, so SafeCase will not open them. Do not delete anything. Restore your most recent backup, or ask your technical contact for help.</source>
        <translation>Ombor fayllari shikastlangan yoki ularni SafeCase emas, boshqa narsa oʻzgartirgan, shuning uchun SafeCase ularni ochmaydi. Hech narsani oʻchirmang. Eng soʻnggi zaxira nusxani tiklang yoki texnik yordamchingizdan yordam soʻrang.</translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation>Bu jildda ombor yoʻq.</translation>
    </message>
    <message>
        <source>There is already a vault in that folder. Choose a new, empty folder.</source>
        <translation>Bu jildda ombor allaqachon bor. Yangi, boʻsh jild tanlang.</translation>
    </message>
    <message>
        <source>SafeCase is locked. Unlock it and try again.</source>
        <translation>SafeCase qulflangan. Qulfni ochib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Disk toʻla. Joy boʻshatib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>SafeCase is not allowed to use that folder. Choose another one.</source>
        <translation>SafeCase bu jilddan foydalana olmaydi. Boshqa jild tanlang.</translation>
    </message>
    <message>
        <source>SafeCase could not read or write the vault&apos;s files. Check that the disk or USB stick is connected, then try again.</source>
        <translation>SafeCase ombor fayllarini oʻqiy yoki yoza olmadi. Disk yoki fleshka ulanganini tekshirib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, restart SafeCase.</source>
        <translation>Kutilmagan xato yuz berdi. Qayta urinib koʻring; xato takrorlansa, SafeCase’ni qayta ishga tushiring.</translation>
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
        <translation>Ombor tayyor</translation>
    </message>
    <message>
        <source>SafeCase locks the vault by itself after %d minutes without use, when the screen locks, and before the computer goes to sleep.

Press %s at any time to lock it yourself — for example before you step away or someone comes to your desk.</source>
        <translation>SafeCase omborni oʻzi qulflaydi: %d daqiqa foydalanilmasa, ekran qulflanganda va kompyuter uyqu rejimiga oʻtishidan oldin.

Istalgan paytda oʻzingiz qulflash uchun %s tugmasini bosing — masalan, joyingizdan turishdan oldin yoki stolingizga kimdir kelganda.</translation>
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
        <translation>&amp;Til…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Choose the language SafeCase uses. The change takes effect the next time you start SafeCase. Your vault is not changed.</source>
        <translation>SafeCase tilini tanlang. Oʻzgarish SafeCase keyingi safar ishga tushganda kuchga kiradi. Ombor oʻzgarmaydi.</translation>
    </message>
    <message>
        <source>The same as this computer (%s)</source>
        <translation>Bu kompyuterdagidek (%s)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>Saved. SafeCase will use the new language the next time you start it.</source>
        <translation>Saqlandi. SafeCase keyingi safar ishga tushganda yangi tilda ochiladi.</translation>
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
        <translation>SafeCase’ga xush kelibsiz</translation>
    </message>
    <message>
        <source>SafeCase keeps your people, cases, notes and deadlines in an encrypted vault on this computer. Without your passphrase, nobody can read it — not even if the computer is taken.

Setting up takes about three minutes:
1.  Choose where to keep the vault (this page).
2.  Choose a passphrase.
3.  Write down a recovery key on paper — have a pen ready.</source>
        <translation>SafeCase odamlaringiz, ishlaringiz, qaydlar va muddatlarni shu kompyuterdagi shifrlangan omborda saqlaydi. Maxfiy iborangizsiz uni hech kim oʻqiy olmaydi — kompyuter olib qoʻyilsa ham.

Sozlash taxminan uch daqiqa oladi:
1.  Omborni qayerda saqlashni tanlang (shu sahifa).
2.  Maxfiy ibora oʻylab toping.
3.  Tiklash kalitini qogʻozga yozib oling — ruchkani tayyorlab qoʻying.</translation>
    </message>
    <message>
        <source>The suggested place is right for most people. To keep the vault on an encrypted USB stick instead, choose a folder there.</source>
        <translation>Taklif qilingan joy koʻpchilikka mos. Omborni shifrlangan fleshkada saqlamoqchi boʻlsangiz, undagi jildni tanlang.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Ombor jildi</translation>
    </message>
    <message>
        <source>The folder SafeCase creates to hold the encrypted vault.</source>
        <translation>SafeCase shifrlangan ombor uchun yaratadigan jild.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Tanlash…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Jild tanlash</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Ombor jildi:</translation>
    </message>
    <message>
        <source>Please give the full folder path, or use Choose….</source>
        <translation>Jildning toʻliq yoʻlini yozing yoki «Tanlash…» tugmasini bosing.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. To use it, close this window and open SafeCase again. To make a new vault, choose another folder.</source>
        <translation>Bu jildda ombor allaqachon bor. Undan foydalanish uchun bu oynani yopib, SafeCase’ni qayta oching. Yangi ombor yaratish uchun boshqa jild tanlang.</translation>
    </message>
    <message>
        <source>This folder already has other files in it. SafeCase needs a new or empty folder. Add a new folder name at the end, or choose another place.</source>
        <translation>Bu jildda boshqa fayllar bor. SafeCase’ga yangi yoki boʻsh jild kerak. Oxiriga yangi jild nomini qoʻshing yoki boshqa joy tanlang.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Omborni qayerda saqlashni tanlang</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Boʻlim mazmuni</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Qulflash</translation>
    </message>
    <message>
        <source>Lock SafeCase now (%s)</source>
        <translation>SafeCase’ni hozir qulflash (%s)</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Qulflab, &amp;chiqish</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Maxfiy iborani oʻzgartirish…</translation>
    </message>
    <message>
        <source>&amp;Recovery key…</source>
        <translation>&amp;Tiklash kaliti…</translation>
    </message>
    <message>
        <source>Replace the &amp;data key…</source>
        <translation>&amp;Maʼlumotlar kalitini almashtirish…</translation>
    </message>
    <message>
        <source>Check vault &amp;health…</source>
        <translation>Ombor &amp;butunligini tekshirish…</translation>
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
        <translation>&amp;Tugmalar birikmalari</translation>
    </message>
    <message>
        <source>&amp;About SafeCase</source>
        <translation>SafeCase &amp;haqida</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Ombor</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Oʻ&amp;tish</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Asboblar paneli</translation>
    </message>
    <message>
        <source>This section could not be opened. Your data is safe.</source>
        <translation>Bu boʻlim ochilmadi. Maʼlumotlaringiz xavfsiz.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Yangi maxfiy ibora</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Yangi maxfiy ibora, yana bir marta</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Yangi maxfiy ibora:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Qayta kiriting:</translation>
    </message>
    <message>
        <source>Type the same passphrase again to make sure.</source>
        <translation>Tekshirish uchun oʻsha iborani qayta kiriting.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>Ikkala ibora bir xil.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Iboralar bir xil emas.</translation>
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
        <translation>Hozir yashirish va qulflash (xavf)</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>What you type here is hidden.</source>
        <translation>Bu yerda kiritilgan matn yashirin.</translation>
    </message>
    <message>
        <source>Sensitive field.</source>
        <translation>Maxfiy maydon.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Maxfiy ibora oʻylab toping</translation>
    </message>
    <message>
        <source>Your passphrase is the key to the vault. A good one is four or more unrelated words that you can remember, with spaces between them if you like. Avoid names, dates, and anything connected to you or your work.

Nobody can reset it for you. In a moment you will also get a recovery key, for the day you forget it.</source>
        <translation>Maxfiy ibora — omborning kaliti. Yaxshi ibora — eslab qola oladigan, bir-biriga bogʻliq boʻlmagan toʻrt yoki undan koʻp soʻz; orasiga boʻsh joy qoʻyish mumkin. Ismlar, sanalar va oʻzingiz yoki ishingiz bilan bogʻliq narsalarni ishlatmang.

Uni siz uchun hech kim tiklay olmaydi. Birozdan soʻng unutib qoʻygan kuningiz uchun tiklash kalitini ham olasiz.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>Omborni &amp;yaratish</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>There is no passphrase yet.</source>
        <translation>Maxfiy ibora hali kiritilmagan.</translation>
    </message>
    <message>
        <source>It is too short: use at least 10 characters.</source>
        <translation>Juda qisqa: kamida 10 ta belgi boʻlsin.</translation>
    </message>
    <message>
        <source>It uses only one kind of character, such as only lowercase letters or only digits.</source>
        <translation>Unda faqat bir turdagi belgilar bor, masalan faqat kichik harflar yoki faqat raqamlar.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords, which attackers try first.</source>
        <translation>Bu eng keng tarqalgan parollardan biri — hujumchilar ularni birinchi sinab koʻradi.</translation>
    </message>
    <message>
        <source>It contains a very common password or word, which attackers try early.</source>
        <translation>Unda juda keng tarqalgan parol yoki soʻz bor — ular eng avval tekshiriladi.</translation>
    </message>
    <message>
        <source>It contains a run such as abc or 987.</source>
        <translation>Unda abc yoki 987 kabi ketma-ketlik bor.</translation>
    </message>
    <message>
        <source>It repeats characters or a part of itself, such as aaa or abcabc.</source>
        <translation>Unda belgilar yoki qismlar takrorlanadi, masalan aaa yoki abcabc.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern, such as qwerty or asdf.</source>
        <translation>Unda qwerty yoki asdf kabi tugmalar ketma-ketligi bor.</translation>
    </message>
    <message>
        <source>It contains a date or a year, which attackers try early.</source>
        <translation>Unda sana yoki yil bor — ular eng avval tekshiriladi.</translation>
    </message>
    <message>
        <source>It is too predictable: attackers&apos; word lists and common tricks, such as 0 for o or a capital first letter, would find it.</source>
        <translation>Uni taxmin qilish juda oson: hujumchilarning lugʻatlari va o oʻrniga 0 yoki bosh harf kabi odatiy usullar uni topadi.</translation>
    </message>
    <message>
        <source>Make up four or more unrelated words that you can remember.</source>
        <translation>Eslab qola oladigan, bir-biriga bogʻliq boʻlmagan toʻrt yoki undan koʻp soʻz oʻylab toping.</translation>
    </message>
    <message>
        <source>Do not use a well-known password. Make up four or more unrelated words instead.</source>
        <translation>Maʼlum parolni ishlatmang. Uning oʻrniga bogʻliq boʻlmagan toʻrt yoki undan koʻp soʻz oʻylab toping.</translation>
    </message>
    <message>
        <source>Make it longer: four or more unrelated words are easy to remember.</source>
        <translation>Uzunroq qiling: bogʻliq boʻlmagan toʻrt yoki undan koʻp soʻzni eslab qolish oson.</translation>
    </message>
    <message>
        <source>Leave out keyboard patterns and add another unrelated word.</source>
        <translation>Tugmalar ketma-ketligini olib tashlang va yana bitta bogʻliq boʻlmagan soʻz qoʻshing.</translation>
    </message>
    <message>
        <source>Leave out runs of letters or numbers and add another unrelated word.</source>
        <translation>Harflar yoki raqamlar ketma-ketligini olib tashlang va yana bitta bogʻliq boʻlmagan soʻz qoʻshing.</translation>
    </message>
    <message>
        <source>Leave out repeated parts and add another unrelated word.</source>
        <translation>Takrorlanuvchi qismlarni olib tashlang va yana bitta bogʻliq boʻlmagan soʻz qoʻshing.</translation>
    </message>
    <message>
        <source>Leave out dates and years, especially ones connected to you.</source>
        <translation>Sanalar va yillarni, ayniqsa oʻzingiz bilan bogʻliqlarini olib tashlang.</translation>
    </message>
    <message>
        <source>Add another word or two that are not common or connected to you.</source>
        <translation>Keng tarqalmagan va oʻzingiz bilan bogʻliq boʻlmagan yana bir-ikki soʻz qoʻshing.</translation>
    </message>
    <message>
        <source>Add more words, or put a digit or a symbol in the middle.</source>
        <translation>Yana soʻz qoʻshing yoki oʻrtasiga raqam yoki belgi qoʻying.</translation>
    </message>
    <message>
        <source>Add another unrelated word to make it harder to guess.</source>
        <translation>Topish qiyinroq boʻlishi uchun yana bitta bogʻliq boʻlmagan soʻz qoʻshing.</translation>
    </message>
    <message>
        <source>Good. Make sure you can remember it, or keep it somewhere safe.</source>
        <translation>Yaxshi. Uni eslab qola olishingizga ishonch hosil qiling yoki xavfsiz joyda saqlang.</translation>
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
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Add a &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
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
        <translation>Eʼtibor talab qiladigan belgilar</translation>
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
        <translation>SafeCase yopilgan</translation>
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
            <numerusform>Omborni oʻchirish (%n)</numerusform>
            <numerusform>Omborni oʻchirish (%n)</numerusform>
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
        <translation>Xabar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
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
        <translation>Qaydlar</translation>
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
        <translation>Sana</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Eslatmalar</translation>
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
        <translation>Ishonchlilik</translation>
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
        <translation>Til</translation>
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
        <translation>Hammasidan qidirish (%s)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hammasidan qidirish</translation>
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
        <translation>Bekor qilish</translation>
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
        <translation>Qogʻozdagi yozuvni tekshiring</translation>
    </message>
    <message>
        <source>A small mistake in the copy could lock you out one day, so let&apos;s check it. If it does not match, press Back to see the key again.</source>
        <translation>Yozuvdagi kichik xato bir kun omborga kirishingizga toʻsqinlik qilishi mumkin, shuning uchun uni tekshiraylik. Mos kelmasa, kalitni qayta koʻrish uchun «Orqaga» tugmasini bosing.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyCheck</name>
    <message>
        <source>Characters from the recovery key</source>
        <translation>Tiklash kalitidagi belgilar</translation>
    </message>
    <message>
        <source>On your paper, find the line that begins with %s. Type groups %d and %d of that line (%d characters).</source>
        <translation>Qogʻozdan %s bilan boshlanadigan qatorni toping. Shu qatorning %d va %d guruhlarini kiriting (%d ta belgi).</translation>
    </message>
    <message>
        <source>Groups %d and %d of the line that begins with %s.</source>
        <translation>%d va %d guruhlar, qator %s bilan boshlanadi.</translation>
    </message>
    <message>
        <source>Correct. Your paper copy matches.</source>
        <translation>Toʻgʻri. Qogʻozdagi yozuv mos keladi.</translation>
    </message>
    <message>
        <source>That does not match. Compare your paper with the key on the previous page, correct it, and try again.</source>
        <translation>Mos kelmadi. Qogʻozni oldingi sahifadagi kalit bilan solishtiring, tuzating va qayta urinib koʻring.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Tiklash kaliti</translation>
    </message>
    <message>
        <source>For your safety, SafeCase does not keep your recovery key, so it cannot show it again.

If you have lost the paper, or someone else may have seen it, make a new recovery key. The old one will then stop opening this vault. Backups made before now can still be opened with the old key.</source>
        <translation>Xavfsizligingiz uchun SafeCase tiklash kalitini saqlamaydi, shuning uchun uni qayta koʻrsata olmaydi.

Qogʻozni yoʻqotgan boʻlsangiz yoki uni boshqa kimdir koʻrgan boʻlishi mumkin boʻlsa, yangi tiklash kalitini yarating. Shunda eski kalit bu omborni ochmay qoʻyadi. Hozirgacha yaratilgan zaxira nusxalar eski kalit bilan ochilaveradi.</translation>
    </message>
    <message>
        <source>Write the new key on paper by hand, exactly as shown, and keep it somewhere safe, away from this computer. Destroy the old paper. Do not photograph it, save it in a file, email it or print it.</source>
        <translation>Yangi kalitni qogʻozga qoʻlda, aynan koʻrsatilganidek yozing va bu kompyuterdan uzoqda, xavfsiz joyda saqlang. Eski qogʻozni yoʻq qiling. Suratga olmang, faylga saqlamang, elektron pochtada yubormang va chop etmang.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>Yangi tiklash kalitini &amp;yaratish</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Tayyor</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Yangi tiklash kaliti yaratilmoqda…</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Yangi tiklash kalitingiz</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this vault. This is the new one. It is shown only now.</source>
        <translation>Eski tiklash kaliti bu omborni endi ochmaydi. Mana yangisi. U faqat hozir koʻrsatiladi.</translation>
    </message>
    <message>
        <source>The old key still works.</source>
        <translation>Eski kalit hali ishlaydi.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation>Tiklash kalitini yozib oling</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your vault. SafeCase shows it only now and does not keep a copy.</source>
        <translation>Maxfiy iborani unutib qoʻysangiz, omborga qaytishning yagona yoʻli — shu tiklash kaliti. SafeCase uni faqat hozir koʻrsatadi va nusxasini saqlamaydi.</translation>
    </message>
    <message>
        <source>1.  Write it on paper by hand, exactly as shown. The groups of four make it easier.
2.  Keep the paper somewhere safe, away from this computer.
3.  Do not photograph it, save it in a file, email it or print it: phones, printers and online services keep copies.

Anyone who has this key can open your vault.</source>
        <translation>1.  Uni qogʻozga qoʻlda, aynan koʻrsatilganidek yozing. Toʻrt belgili guruhlar yozishni osonlashtiradi.
2.  Qogʻozni bu kompyuterdan uzoqda, xavfsiz joyda saqlang.
3.  Suratga olmang, faylga saqlamang, elektron pochtada yubormang va chop etmang: telefonlar, printerlar va onlayn xizmatlar nusxa saqlaydi.

Bu kalitga ega har qanday odam omboringizni ocha oladi.</translation>
    </message>
    <message>
        <source>I have written the recovery key on paper</source>
        <translation>Tiklash kalitini qogʻozga yozib oldim</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation>Tiklash kaliti</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Tiklash kaliti bilan ochish</translation>
    </message>
    <message>
        <source>Type the recovery key from your paper. Spaces and line breaks do not matter. Then choose a new passphrase: your old passphrase will stop working.</source>
        <translation>Qogʻozdagi tiklash kalitini kiriting. Boʻsh joylar va qator koʻchirishlar muhim emas. Soʻng yangi maxfiy ibora oʻylab toping: eski ibora endi ishlamaydi.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Tiklash kaliti</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Tiklash kaliti:</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>Omborni &amp;ochish</translation>
    </message>
    <message>
        <source>Opening the vault and setting your new passphrase…</source>
        <translation>Ombor ochilmoqda va yangi maxfiy ibora oʻrnatilmoqda…</translation>
    </message>
    <message>
        <source>Please type your new passphrase again.</source>
        <translation>Yangi maxfiy iborani qayta kiriting.</translation>
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
        <translation>Eʼtibor talab qiladigan muddatlar</translation>
    </message>
    <message>
        <source>Nothing needs attention now.</source>
        <translation>Hozir eʼtibor talab qiladigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Ishonchlilik</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Maʼlum qilindi</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Keyinga qoldirish</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 soatga</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>3 soatga</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Ertaga ertalabgacha</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Bajarildi deb belgilash…</translation>
    </message>
    <message>
        <source>Show deadline titles in notifications (others may see your screen)</source>
        <translation>Bildirishnomalarda muddat nomlarini koʻrsatish (ekraningizni boshqalar koʻrishi mumkin)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Maʼlum qilindi</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Keyinga qoldirish</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Bajarildi deb belgilash</translation>
    </message>
    <message>
        <source>Show deadline titles in notifications</source>
        <translation>Bildirishnomalarda muddat nomlarini koʻrsatish</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>MUDDATI OʻTGAN</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>%s gacha keyinga qoldirildi</translation>
    </message>
    <message>
        <source>Reminded (unverified date)</source>
        <translation>Eslatildi (sana tekshirilmagan)</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Eslatildi</translation>
    </message>
    <message>
        <source>Mark this deadline as done? Its reminders will stop.</source>
        <translation>Bu muddat bajarildi deb belgilansinmi? Uning eslatmalari toʻxtaydi.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Due %1: %2</source>
        <translation>Muddat %1: %2</translation>
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
        <translation type="unfinished">Jarayon</translation>
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
        <translation type="unfinished">&amp;Tanlash…</translation>
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
        <translation>Maxfiy ibora</translation>
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
        <translation type="unfinished">&amp;Tanlash…</translation>
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
        <translation>Umumiy koʻrinish</translation>
    </message>
    <message>
        <source>Your vault is open. Upcoming deadlines and recent work will be shown here.</source>
        <translation>Ombor ochiq. Bu yerda yaqin muddatlar va soʻnggi ishlar koʻrsatiladi.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Odamlar</translation>
    </message>
    <message>
        <source>The people you work with and for will be listed here.</source>
        <translation>Bu yerda siz birga va kimlar uchun ishlayotgan odamlar koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Your cases will be listed here.</source>
        <translation>Bu yerda ishlaringiz koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Lawyers, offices and other contacts will be listed here.</source>
        <translation>Bu yerda advokatlar, tashkilotlar va boshqa kontaktlar koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Muddatlar</translation>
    </message>
    <message>
        <source>Deadlines and reminders will be listed here.</source>
        <translation>Bu yerda muddatlar va eslatmalar koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Your notes will be listed here.</source>
        <translation>Bu yerda qaydlaringiz koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Savat</translation>
    </message>
    <message>
        <source>Deleted records stay here until you empty the bin. It is empty.</source>
        <translation>Oʻchirilgan yozuvlar savatni tozalamaguningizcha shu yerda turadi. Hozir u boʻsh.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Eslatmalar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lock SafeCase now</source>
        <translation>SafeCase’ni hozir qulflash</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Boʻlimga oʻtish</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hammasidan qidirish</translation>
    </message>
    <message>
        <source>Search (in lists)</source>
        <translation>Filtr (roʻyxatlarda)</translation>
    </message>
    <message>
        <source>New record (in lists)</source>
        <translation>Yangi yozuv (roʻyxatlarda)</translation>
    </message>
    <message>
        <source>Save (in editors)</source>
        <translation>Saqlash (shakllarda)</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Shu roʻyxatni koʻrsatish</translation>
    </message>
    <message>
        <source>Lock and quit SafeCase</source>
        <translation>Qulflab, SafeCase’dan chiqish</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tugmalar birikmalari</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Maxfiy ibora mustahkamligi</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>juda zaif</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>zaif</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>oʻrtacha</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>mustahkam</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>juda mustahkam</translation>
    </message>
    <message>
        <source>Strength: nothing typed yet.</source>
        <translation>Mustahkamligi: hali hech narsa kiritilmagan.</translation>
    </message>
    <message>
        <source>Strength: %s. SafeCase accepts this passphrase.</source>
        <translation>Mustahkamligi: %s. SafeCase bu iborani qabul qiladi.</translation>
    </message>
    <message>
        <source>Strength: %s. SafeCase will not accept this yet.</source>
        <translation>Mustahkamligi: %s. SafeCase buni hozircha qabul qilmaydi.</translation>
    </message>
    <message>
        <source>It could be stronger:</source>
        <translation>Bundan mustahkamroq boʻlishi mumkin:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Nega:</translation>
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
            <numerusform>va yana %n ta</numerusform>
            <numerusform>va yana %n ta</numerusform>
        </translation>
    </message>
    <message>
        <source>A SafeCase deadline needs attention</source>
        <translation>SafeCase’dagi muddat eʼtibor talab qiladi</translation>
    </message>
</context>
<context>
    <name>UnlockDelayNotice</name>
    <message numerus="yes">
        <source>That passphrase did not open the vault, several times. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Bu maxfiy ibora omborni bir necha marta ochmadi. Qayta urinishdan oldin %n soniya kuting.</numerusform>
            <numerusform>Bu maxfiy ibora omborni bir necha marta ochmadi. Qayta urinishdan oldin %n soniya kuting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>SafeCase is locked</source>
        <translation>SafeCase qulflangan</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Omborni ochish uchun maxfiy iborangizni kiriting.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Maxfiy ibora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ombor ochilmoqda</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Qulfni ochish</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Qulfni ochish</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery key…</source>
        <translation>Maxfiy iborani unutdingizmi? &amp;Tiklash kalitidan foydalaning…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Tiklash kalitidan foydalanish</translation>
    </message>
    <message>
        <source>SafeCase locked itself after a while without use.</source>
        <translation>SafeCase bir muddat foydalanilmagani uchun oʻzi qulflandi.</translation>
    </message>
    <message>
        <source>SafeCase locked because the screen locked.</source>
        <translation>Ekran qulflangani uchun SafeCase qulflandi.</translation>
    </message>
    <message>
        <source>SafeCase locked before the computer went to sleep.</source>
        <translation>Kompyuter uyqu rejimiga oʻtishidan oldin SafeCase qulflandi.</translation>
    </message>
    <message>
        <source>SafeCase locked when its window was minimised.</source>
        <translation>Oynasi yigʻilganda SafeCase qulflandi.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Avval maxfiy iborangizni kiriting.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ochilmoqda…</translation>
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
        <translation>Bajarilmoqda</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Xabar</translation>
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
        <translation>Tekshirilmagan</translation>
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
        <translation>Muddat</translation>
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
        <translation>Odamlar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Muddatlar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
