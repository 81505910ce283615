<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AddItemsDialog</name>
        <message>
            <source>Add items to the agenda</source>
            <translation>إضافة بنود إلى جدول الأعمال</translation>
        </message>
        <message>
            <source>Filter requests</source>
            <translation>تصفية الطلبات</translation>
        </message>
        <message>
            <source>Reference, employer, job or region</source>
            <translation>المرجع أو صاحب العمل أو الوظيفة أو المنطقة</translation>
        </message>
        <message>
            <source>Pending requests</source>
            <translation>الطلبات قيد الانتظار</translation>
        </message>
        <message>
            <source>Space ticks a request; Enter adds the ticked ones.</source>
            <translation>مفتاح المسافة يحدد طلبًا؛ ومفتاح Enter يضيف الطلبات المحددة.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;إضافة إلى جدول الأعمال</translation>
        </message>
        <message>
            <source>Add the ticked requests to the agenda</source>
            <translation>إضافة الطلبات المحددة إلى جدول الأعمال</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;بحث:</translation>
        </message>
        <message>
            <source>%1 ticked · %2 of %3 shown</source>
            <translation>المحدد: %1 · المعروض: %2 من %3</translation>
        </message>
    </context>
    <context>
        <name>AgendaAdder</name>
        <message>
            <source>The secretary or the chair puts these requests on the agenda.</source>
            <translation>يُدرج أمين السر أو الرئيس هذه الطلبات في جدول الأعمال.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;إضافة إلى جدول الأعمال</translation>
        </message>
        <message numerus="yes">
            <source>Added %n request(s) to the agenda of “{title}”.</source>
            <translation>
                <numerusform>لم يُضَف أي طلب إلى جدول أعمال «{title}».</numerusform>
                <numerusform>أُضيف طلب واحد إلى جدول أعمال «{title}».</numerusform>
                <numerusform>أُضيف طلبان إلى جدول أعمال «{title}».</numerusform>
                <numerusform>أُضيفت %n طلبات إلى جدول أعمال «{title}».</numerusform>
                <numerusform>أُضيف %n طلبًا إلى جدول أعمال «{title}».</numerusform>
                <numerusform>أُضيف %n طلب إلى جدول أعمال «{title}».</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added:</source>
            <translation>لم يُضَف:</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Add to agenda</source>
            <translation>إضافة إلى جدول الأعمال</translation>
        </message>
        <message numerus="yes">
            <source>Put %n request(s) on a meeting's agenda: {references}</source>
            <translation>
                <numerusform>إدراج الطلبات (%n) في جدول أعمال اجتماع: {references}</numerusform>
                <numerusform>إدراج طلب واحد في جدول أعمال اجتماع: {references}</numerusform>
                <numerusform>إدراج طلبين في جدول أعمال اجتماع: {references}</numerusform>
                <numerusform>إدراج %n طلبات في جدول أعمال اجتماع: {references}</numerusform>
                <numerusform>إدراج %n طلبًا في جدول أعمال اجتماع: {references}</numerusform>
                <numerusform>إدراج %n طلب في جدول أعمال اجتماع: {references}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>الا&amp;جتماع:</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>{title} — {date} ({status})</source>
            <translation>{title} — {date} ({status})</translation>
        </message>
        <message>
            <source>A new meeting…</source>
            <translation>اجتماع جديد…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>e.g. Ordinary session 12/2026</source>
            <translation>مثال: الجلسة العادية 12/2026</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>ال&amp;مكان:</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;إضافة إلى جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Voting open · %1 of %2 voted</source>
            <translation>التصويت مفتوح · صوّت %1 من %2</translation>
        </message>
        <message>
            <source>Decided: %1</source>
            <translation>تم البتّ: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Enter your PIN to record the attendance.</source>
            <translation>أدخل رمز PIN لتسجيل الحضور.</translation>
        </message>
        <message>
            <source>&amp;Everyone present</source>
            <translation>حضور ال&amp;جميع</translation>
        </message>
        <message>
            <source>Mark everyone with a seat present</source>
            <translation>تسجيل حضور كل من يشغل مقعدًا</translation>
        </message>
        <message>
            <source>Space ticks Present or Apologies (for an absent member only); type a time as HH:MM. The first change asks for the chair's PIN.</source>
            <translation>مفتاح المسافة يحدد «حاضر» أو «معتذر» (للعضو الغائب فقط)؛ اكتب الوقت بصيغة HH:MM. أول تغيير يتطلب رمز PIN الخاص بالرئيس.</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>النصاب</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>معتذر</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>الوصول</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>المغادرة</translation>
        </message>
        <message>
            <source>Time as HH:MM; ticking Present fills it in</source>
            <translation>الوقت بصيغة HH:MM؛ يُملأ تلقائيًا عند تحديد «حاضر»</translation>
        </message>
        <message>
            <source>Tick if the member sent apologies</source>
            <translation>حدّد إذا قدّم العضو اعتذارًا</translation>
        </message>
        <message>
            <source>Apologies are for absent members: untick Present first.</source>
            <translation>الاعتذار للأعضاء الغائبين: ألغِ تحديد «حاضر» أولًا.</translation>
        </message>
        <message>
            <source>alternate of %1</source>
            <translation>مناوب عن %1</translation>
        </message>
        <message>
            <source>no seat</source>
            <translation>بلا مقعد</translation>
        </message>
        <message>
            <source>Write the time as HH:MM, for example 09:30.</source>
            <translation>اكتب الوقت بصيغة HH:MM، مثلًا 09:30.</translation>
        </message>
    </context>
    <context>
        <name>AttestationDialog</name>
        <message>
            <source>Attestations</source>
            <translation>الإقرارات</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>لم تُقدَّم إجابة بعد</translation>
        </message>
        <message>
            <source>Yes: the board attests it</source>
            <translation>نعم: تقرّ اللجنة بذلك</translation>
        </message>
        <message>
            <source>No: attestation refused</source>
            <translation>لا: رُفض الإقرار</translation>
        </message>
        <message>
            <source>Enter your PIN to record the board's answers.</source>
            <translation>أدخل رمز PIN لتسجيل إجابات اللجنة.</translation>
        </message>
        <message>
            <source>These gates count only once the board has answered them.</source>
            <translation>لا تُحتسب هذه البوابات إلا بعد أن تجيب عنها اللجنة.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Event {seq} was changed after it was written (it no longer matches its own hash).</source>
            <translation>غُيّر الحدث {seq} بعد كتابته (لم يعد يطابق قيمة التجزئة الخاصة به).</translation>
        </message>
        <message>
            <source>Event {seq} was rewritten and its hash recomputed: the next event committed to another version.</source>
            <translation>أُعيدت كتابة الحدث {seq} وأُعيد حساب قيمة التجزئة الخاصة به: الحدث التالي مرتبط بنسخة أخرى.</translation>
        </message>
        <message>
            <source>The record up to event {seq} was rewritten: {source} commits to another hash for it.</source>
            <translation>أُعيدت كتابة السجل حتى الحدث {seq}: يرتبط {source} بقيمة تجزئة أخرى له.</translation>
        </message>
        <message>
            <source>The record was cut short or rewritten: {source} commits to event {seq}, which is not there.</source>
            <translation>بُتر السجل أو أُعيدت كتابته: يرتبط {source} بالحدث {seq}، وهو غير موجود.</translation>
        </message>
        <message>
            <source>{table}, {key}: differs from its audit event (event {seq}).</source>
            <translation>{table}، {key}: يختلف عن حدث التدقيق الخاص به (الحدث {seq}).</translation>
        </message>
        <message>
            <source>{table}, {key}: no audit event vouches for it (written outside Tripartite).</source>
            <translation>{table}، {key}: لا يشهد له أي حدث تدقيق (كُتب خارج Tripartite).</translation>
        </message>
        <message>
            <source>{table}, {key}: was deleted (its audit event {seq} remains).</source>
            <translation>{table}، {key}: حُذف (ولا يزال حدث التدقيق {seq} الخاص به قائمًا).</translation>
        </message>
        <message>
            <source>Secret ballot of {key}: the votes differ from what the reveal committed to (event {seq}).</source>
            <translation>الاقتراع السري على {key}: تختلف الأصوات عمّا ارتبط به الكشف عن الأصوات (الحدث {seq}).</translation>
        </message>
        <message>
            <source>Secret ballot of {key}: the number of votes differs from the number of members who voted.</source>
            <translation>الاقتراع السري على {key}: يختلف عدد الأصوات عن عدد الأعضاء الذين صوّتوا.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>Every change to the board's record, and who made it. Nothing here shows how anyone voted.</source>
            <translation>كل تغيير في سجل اللجنة، ومن أجراه. لا يظهر هنا كيف صوّت أي أحد.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>جميع الأنواع</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;من</translation>
        </message>
        <message>
            <source>First day shown</source>
            <translation>أول يوم معروض</translation>
        </message>
        <message>
            <source>Search the log: a name, a reference, a word</source>
            <translation>البحث في السجل: اسم، مرجع، كلمة</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>البحث في سجل التدقيق</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>ال&amp;نوع:</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;من:</translation>
        </message>
        <message>
            <source>&amp;Copy head</source>
            <translation>&amp;نسخ رأس السجل</translation>
        </message>
        <message>
            <source>The chair reads it into the record of the next meeting</source>
            <translation>يتلوه الرئيس ليُثبَت في محضر الاجتماع التالي</translation>
        </message>
        <message>
            <source>Ve&amp;rify record</source>
            <translation>ال&amp;تحقق من السجل</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>إل&amp;غاء</translation>
        </message>
        <message>
            <source>Checking the record</source>
            <translation>جارٍ التحقق من السجل</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>نتيجة التحقق</translation>
        </message>
        <message>
            <source>What does not hold</source>
            <translation>ما لا يصمد</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>أيّ أحد</translation>
        </message>
        <message>
            <source>Head of the record: {head}</source>
            <translation>رأس السجل: {head}</translation>
        </message>
        <message>
            <source>Checking the record…</source>
            <translation>جارٍ التحقق من السجل…</translation>
        </message>
        <message>
            <source>Record intact: {events} events, head {head}; every table matches its events.</source>
            <translation>السجل سليم: عدد الأحداث {events}، الرأس {head}؛ كل جدول يطابق أحداثه.</translation>
        </message>
        <message numerus="yes">
            <source>%n anchor(s) hold (signed minutes).</source>
            <translation>
                <numerusform>لا توجد مراسٍ صامدة (المحاضر الموقّعة).</numerusform>
                <numerusform>مرساة واحدة صامدة (محضر موقّع).</numerusform>
                <numerusform>مرساتان صامدتان (محاضر موقّعة).</numerusform>
                <numerusform>%n مراسٍ صامدة (محاضر موقّعة).</numerusform>
                <numerusform>%n مرساةً صامدة (محاضر موقّعة).</numerusform>
                <numerusform>%n مرساة صامدة (محاضر موقّعة).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The record was changed outside Tripartite: %n thing(s) do not hold. Do not rely on it until the board has looked into it.</source>
            <translation>
                <numerusform>غُيّر السجل خارج Tripartite: لا شيء لا يصمد. لا تعتمد عليه حتى تنظر اللجنة في الأمر.</numerusform>
                <numerusform>غُيّر السجل خارج Tripartite: أمر واحد لا يصمد. لا تعتمد عليه حتى تنظر اللجنة في الأمر.</numerusform>
                <numerusform>غُيّر السجل خارج Tripartite: أمران لا يصمدان. لا تعتمد عليه حتى تنظر اللجنة في الأمر.</numerusform>
                <numerusform>غُيّر السجل خارج Tripartite: %n أمور لا تصمد. لا تعتمد عليه حتى تنظر اللجنة في الأمر.</numerusform>
                <numerusform>غُيّر السجل خارج Tripartite: %n أمرًا لا تصمد. لا تعتمد عليه حتى تنظر اللجنة في الأمر.</numerusform>
                <numerusform>غُيّر السجل خارج Tripartite: %n أمر لا تصمد. لا تعتمد عليه حتى تنظر اللجنة في الأمر.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>أُلغي التحقق.</translation>
        </message>
        <message>
            <source>The check could not run: {error}</source>
            <translation>تعذّر إجراء التحقق: {error}</translation>
        </message>
    </context>
    <context>
        <name>AuditWords</name>
        <message>
            <source>Members and PINs</source>
            <translation>الأعضاء ورموز PIN</translation>
        </message>
        <message>
            <source>Board settings and certificates</source>
            <translation>إعدادات اللجنة والشهادات</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Meetings and votes</source>
            <translation>الاجتماعات والتصويت</translation>
        </message>
        <message>
            <source>Minutes and signatures</source>
            <translation>المحاضر والتوقيعات</translation>
        </message>
        <message>
            <source>Follow-up of conditions</source>
            <translation>متابعة الشروط</translation>
        </message>
        <message>
            <source>The record itself</source>
            <translation>السجل نفسه</translation>
        </message>
        <message>
            <source>Created the board “{name}” with {count} members</source>
            <translation>أُنشئت اللجنة «{name}» وعدد أعضائها {count}</translation>
        </message>
        <message>
            <source>Changed the board's settings: {changes}</source>
            <translation>غُيّرت إعدادات اللجنة: {changes}</translation>
        </message>
        <message>
            <source>Changed the shortage list: {changes}</source>
            <translation>غُيّرت قائمة النقص: {changes}</translation>
        </message>
        <message>
            <source>Changed who signs the minutes: {after}</source>
            <translation>غُيّر الموقّعون على المحضر: {after}</translation>
        </message>
        <message>
            <source>Changed the criteria weights: {changes}</source>
            <translation>غُيّرت أوزان المعايير: {changes}</translation>
        </message>
        <message>
            <source>Added {member} to the board</source>
            <translation>أُضيف {member} إلى اللجنة</translation>
        </message>
        <message>
            <source>Changed {member}: {changes}</source>
            <translation>غُيّرت بيانات {member}: {changes}</translation>
        </message>
        <message>
            <source>Set the first PIN of {member}</source>
            <translation>عُيّن أول رمز PIN لـ {member}</translation>
        </message>
        <message>
            <source>Reset the forgotten PIN of {member}</source>
            <translation>أُعيد تعيين رمز PIN المنسي لـ {member}</translation>
        </message>
        <message>
            <source>{member} changed their own PIN</source>
            <translation>غيّر {member} رمز PIN الخاص به</translation>
        </message>
        <message>
            <source>A wrong PIN for {member} ({failures} in a row)</source>
            <translation>رمز PIN خاطئ لـ {member} ({failures} على التوالي)</translation>
        </message>
        <message>
            <source>{member} locked out for {seconds} s after wrong PINs</source>
            <translation>أُقفل حساب {member} مدة {seconds} ث بعد رموز PIN خاطئة</translation>
        </message>
        <message>
            <source>{member} unlocked with their PIN ({changes})</source>
            <translation>فتح {member} القفل برمز PIN الخاص به ({changes})</translation>
        </message>
        <message>
            <source>Gave the sample board its published demo PINs</source>
            <translation>مُنحت اللجنة التجريبية رموز PIN التجريبية المنشورة</translation>
        </message>
        <message>
            <source>Created the meeting {meeting}</source>
            <translation>أُنشئ الاجتماع {meeting}</translation>
        </message>
        <message>
            <source>Opened {meeting}, presided by {presiding}</source>
            <translation>افتُتح {meeting} برئاسة {presiding}</translation>
        </message>
        <message>
            <source>Named {presiding} to preside over {meeting}</source>
            <translation>سُمّي {presiding} لترؤس {meeting}</translation>
        </message>
        <message>
            <source>Closed {meeting}</source>
            <translation>أُغلق {meeting}</translation>
        </message>
        <message>
            <source>Opened {meeting} to amend {amends}</source>
            <translation>افتُتح {meeting} لتعديل {amends}</translation>
        </message>
        <message>
            <source>Recorded {meeting} from the file {file}</source>
            <translation>سُجّل {meeting} من الملف {file}</translation>
        </message>
        <message>
            <source>{member}: {state} at {meeting}</source>
            <translation>{member}: {state} في {meeting}</translation>
        </message>
        <message>
            <source>Put {request} on the agenda of {meeting}</source>
            <translation>أُدرج {request} في جدول أعمال {meeting}</translation>
        </message>
        <message>
            <source>{member} recused from {request}: “{reason}”</source>
            <translation>تنحّى {member} عن {request}: «{reason}»</translation>
        </message>
        <message>
            <source>Answered gate {gate} for {request}: {answer}</source>
            <translation>أُجيب عن البوابة {gate} للطلب {request}: {answer}</translation>
        </message>
        <message>
            <source>Took back the answer to gate {gate} for {request}</source>
            <translation>سُحبت الإجابة عن البوابة {gate} للطلب {request}</translation>
        </message>
        <message>
            <source>{request} not decided: no quorum</source>
            <translation>لم يُبتّ في {request}: لا نصاب</translation>
        </message>
        <message>
            <source>Put motion {round} on {request}: {outcome}</source>
            <translation>طُرح الاقتراح {round} بشأن {request}: {outcome}</translation>
        </message>
        <message>
            <source>Opened the vote on motion {round} on {request}</source>
            <translation>فُتح التصويت على الاقتراح {round} بشأن {request}</translation>
        </message>
        <message>
            <source>{member} cast a ballot on motion {round} on {request}</source>
            <translation>أدلى {member} بصوته على الاقتراح {round} بشأن {request}</translation>
        </message>
        <message>
            <source>Revealed motion {round} on {request}: {result}</source>
            <translation>كُشف عن الأصوات على الاقتراح {round} بشأن {request}: {result}</translation>
        </message>
        <message>
            <source>Decision on {request}: {outcome}</source>
            <translation>القرار بشأن {request}: {outcome}</translation>
        </message>
        <message>
            <source>{member} filed a written dissent on {request}</source>
            <translation>قدّم {member} رأيًا مخالفًا مكتوبًا بشأن {request}</translation>
        </message>
        <message>
            <source>{member} scored {request} on {criteria}</source>
            <translation>منح {member} درجات للطلب {request} على {criteria}</translation>
        </message>
        <message>
            <source>Imported {count} requests from {file}</source>
            <translation>استُوردت طلبات من {file} (عددها: {count})</translation>
        </message>
        <message>
            <source>Entered the request {request}</source>
            <translation>أُدخل الطلب {request}</translation>
        </message>
        <message>
            <source>Edited the request {request}: {changes}</source>
            <translation>عُدّل الطلب {request}: {changes}</translation>
        </message>
        <message>
            <source>Built the minutes of {meeting}</source>
            <translation>أُعدّ محضر {meeting}</translation>
        </message>
        <message>
            <source>{signer} signed the minutes of {meeting} as {role}</source>
            <translation>وقّع {signer} محضر {meeting} بصفته {role}</translation>
        </message>
        <message>
            <source>Every signatory signed: {meeting} is final</source>
            <translation>وقّع جميع الموقّعين: أصبح {meeting} نهائيًا</translation>
        </message>
        <message>
            <source>Filed evidence for follow-up record {followup} of {request}</source>
            <translation>قدّم أدلة لسجل المتابعة {followup} الخاص بـ {request}</translation>
        </message>
        <message>
            <source>Follow-up record {followup} of {request}: verified</source>
            <translation>سجل المتابعة {followup} الخاص بـ {request}: تم التحقق</translation>
        </message>
        <message>
            <source>Follow-up record {followup} of {request}: breached</source>
            <translation>سجل المتابعة {followup} الخاص بـ {request}: ثبت الإخلال</translation>
        </message>
        <message>
            <source>Opened the follow-up register for the conditions of earlier decisions</source>
            <translation>فتح سجل متابعة شروط القرارات السابقة</translation>
        </message>
        <message>
            <source>Trusted the certificate of {subject} for {member}, {role}</source>
            <translation>وُثق بشهادة {subject} لـ {member}، {role}</translation>
        </message>
        <message>
            <source>Stopped trusting the certificate of {subject}</source>
            <translation>أُوقف الوثوق بشهادة {subject}</translation>
        </message>
        <message>
            <source>The record began to vouch for every table (rows written before it are taken as they were)</source>
            <translation>بدأ السجل يشهد لكل جدول (الصفوف المكتوبة قبل ذلك تؤخذ كما كانت)</translation>
        </message>
        <message>
            <source>An action of a later version ({action})</source>
            <translation>إجراء من نسخة أحدث ({action})</translation>
        </message>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
        <message>
            <source>Command line (for the secretary)</source>
            <translation>سطر الأوامر (لأمين السر)</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>أمين السر</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} و{second}</translation>
        </message>
        <message>
            <source>{name} (signing key)</source>
            <translation>{name} (مفتاح التوقيع)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <source>absent with apologies</source>
            <translation>غائب بعذر</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>اعتُمد</translation>
        </message>
        <message>
            <source>not adopted</source>
            <translation>لم يُعتمد</translation>
        </message>
        <message>
            <source>added {codes}</source>
            <translation>أُضيف {codes}</translation>
        </message>
        <message>
            <source>removed {codes}</source>
            <translation>حُذف {codes}</translation>
        </message>
        <message>
            <source>wrong tries forgotten</source>
            <translation>مُحيت المحاولات الخاطئة</translation>
        </message>
        <message>
            <source>PIN hash renewed</source>
            <translation>جُدّدت قيمة تجزئة رمز PIN</translation>
        </message>
        <message>
            <source>told of the reset</source>
            <translation>أُبلغ بإعادة التعيين</translation>
        </message>
        <message>
            <source>name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>legal basis</source>
            <translation>الأساس القانوني</translation>
        </message>
        <message>
            <source>authority</source>
            <translation>الصلاحية</translation>
        </message>
        <message>
            <source>decision rule</source>
            <translation>قاعدة اتخاذ القرار</translation>
        </message>
        <message>
            <source>groups required</source>
            <translation>الأطراف المطلوبة</translation>
        </message>
        <message>
            <source>qualified fraction</source>
            <translation>النسبة الموصوفة</translation>
        </message>
        <message>
            <source>consensus fallback</source>
            <translation>القاعدة البديلة عند تعذّر التوافق</translation>
        </message>
        <message>
            <source>casting vote</source>
            <translation>الصوت المرجِّح</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>النصاب</translation>
        </message>
        <message>
            <source>ballot</source>
            <translation>الاقتراع</translation>
        </message>
        <message>
            <source>secretary votes</source>
            <translation>تصويت أمين السر</translation>
        </message>
        <message>
            <source>statutory minimum wage</source>
            <translation>الحد الأدنى القانوني للأجور</translation>
        </message>
        <message>
            <source>reliance cap</source>
            <translation>سقف الاعتماد</translation>
        </message>
        <message>
            <source>language of the minutes</source>
            <translation>لغة المحاضر</translation>
        </message>
        <message>
            <source>constituency</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>holds a seat</source>
            <translation>يشغل مقعدًا</translation>
        </message>
        <message>
            <source>alternate of</source>
            <translation>مناوب عن</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>غير محدد</translation>
        </message>
    </context>
    <context>
        <name>BallotModel</name>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <source>Explanation of vote</source>
            <translation>تعليل التصويت</translation>
        </message>
    </context>
    <context>
        <name>BoardTab</name>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>يؤكد الرئيس أو أمين السر التغيير.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Every change here is recorded in the audit log, with who made it and when. Meetings keep the rules and criteria they started with.</source>
            <translation>يُسجَّل كل تغيير هنا في سجل التدقيق، مع من أجراه ومتى. تحتفظ الاجتماعات بالقواعد والمعايير التي بدأت بها.</translation>
        </message>
        <message>
            <source>Board settings sections</source>
            <translation>أقسام إعدادات اللجنة</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>الأ&amp;عضاء</translation>
        </message>
        <message>
            <source>&amp;Rules of procedure</source>
            <translation>ال&amp;نظام الداخلي</translation>
        </message>
        <message>
            <source>Criteria &amp;weights</source>
            <translation>أ&amp;وزان المعايير</translation>
        </message>
        <message>
            <source>Shortage &amp;list</source>
            <translation>&amp;قائمة النقص</translation>
        </message>
        <message>
            <source>Si&amp;gnatories</source>
            <translation>المو&amp;قّعون</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;This database has no board yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Load the sample board when the app starts with an empty database, or create a board with &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;لا توجد لجنة في قاعدة البيانات هذه بعد.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;حمّل اللجنة التجريبية عندما يبدأ التطبيق بقاعدة بيانات فارغة، أو أنشئ لجنة بالأمر &lt;code&gt;tripartite init --board board.toml&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Board settings — {name}</source>
            <translation>إعدادات اللجنة — {name}</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Default criteria catalogue</source>
            <translation>كتالوج المعايير الافتراضي</translation>
        </message>
        <message>
            <source>Wage floor</source>
            <translation>الحد الأدنى للأجر</translation>
        </message>
        <message>
            <source>The wage offered is at least the prevailing wage for the job and region, and at least the statutory minimum wage.</source>
            <translation>لا يقل الأجر المعروض عن الأجر السائد للوظيفة والمنطقة، ولا عن الحد الأدنى القانوني للأجور.</translation>
        </message>
        <message>
            <source>No labour dispute</source>
            <translation>عدم وجود نزاع عمالي</translation>
        </message>
        <message>
            <source>No strike or lockout is under way at the workplace in the occupation.</source>
            <translation>لا يجري أي إضراب أو إغلاق من قِبل صاحب العمل في مكان العمل ضمن المهنة المعنية.</translation>
        </message>
        <message>
            <source>Labour-market test</source>
            <translation>اختبار سوق العمل</translation>
        </message>
        <message>
            <source>The occupation is on the shortage list, or the vacancy was advertised for at least the required number of days.</source>
            <translation>المهنة مدرجة في قائمة النقص، أو أُعلن عن الشاغر مدةً لا تقل عن عدد الأيام المطلوب.</translation>
        </message>
        <message>
            <source>No displacement</source>
            <translation>عدم إزاحة العمال المحليين</translation>
        </message>
        <message>
            <source>No local worker in the occupation was laid off at the site in the last 12 months.</source>
            <translation>لم يُسرَّح أي عامل محلي في المهنة المعنية في الموقع خلال آخر 12 شهرًا.</translation>
        </message>
        <message>
            <source>Compliance record</source>
            <translation>سجل الامتثال</translation>
        </message>
        <message>
            <source>No labour-law violation was recorded against the employer in the last 3 years.</source>
            <translation>لم تُسجَّل على صاحب العمل أي مخالفة لقانون العمل خلال آخر 3 سنوات.</translation>
        </message>
        <message>
            <source>Genuine offer</source>
            <translation>جدية العرض</translation>
        </message>
        <message>
            <source>The business is active, the need matches its operations and it can pay the wages (attested by a member).</source>
            <translation>المنشأة تمارس نشاطها فعليًا، والحاجة تتناسب مع عملياتها، وهي قادرة على دفع الأجور (بإقرار عضو).</translation>
        </message>
        <message>
            <source>Equal treatment and social security</source>
            <translation>المساواة في المعاملة والضمان الاجتماعي</translation>
        </message>
        <message>
            <source>The contract gives equal pay and conditions with nationals, and enrols the workers in social security (attested by a member).</source>
            <translation>يكفل العقد للعمال المساواة مع المواطنين في الأجر وشروط العمل، ويسجّلهم في الضمان الاجتماعي (بإقرار عضو).</translation>
        </message>
        <message>
            <source>No recruitment fees</source>
            <translation>عدم تقاضي رسوم توظيف</translation>
        </message>
        <message>
            <source>No recruitment fee or cost is charged to the workers.</source>
            <translation>لا تُحمَّل على العمال أي رسوم أو تكاليف توظيف.</translation>
        </message>
        <message>
            <source>Reliance cap</source>
            <translation>سقف الاعتماد</translation>
        </message>
        <message>
            <source>After admission, foreign workers would be at most the cap's share of the firm's workforce.</source>
            <translation>بعد الاستقدام، لن تتجاوز نسبة العمال الأجانب من القوى العاملة في المنشأة النسبةَ التي يحددها السقف.</translation>
        </message>
        <message>
            <source>Shortage evidence</source>
            <translation>أدلة النقص</translation>
        </message>
        <message>
            <source>20 if the occupation is on the shortage list; 10 if the vacancy was advertised long enough and no local was hired; else 0.</source>
            <translation>20 إذا كانت المهنة مدرجة في قائمة النقص؛ و10 إذا أُعلن عن الشاغر مدةً كافية ولم يُعيَّن أي عامل محلي؛ وإلا 0.</translation>
        </message>
        <message>
            <source>Skill level and qualification match</source>
            <translation>تطابق مستوى المهارة والمؤهلات</translation>
        </message>
        <message>
            <source>The workers' skill level and qualifications match the job (member judgement).</source>
            <translation>يتطابق مستوى مهارة العمال ومؤهلاتهم مع الوظيفة (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Skills and knowledge transfer</source>
            <translation>نقل المهارات والمعارف</translation>
        </message>
        <message>
            <source>Local trainees per foreign worker: 20 at or above the upper threshold, 10 above the lower, else 0.</source>
            <translation>عدد المتدربين المحليين لكل عامل أجنبي: 20 عند بلوغ العتبة العليا أو تجاوزها، و10 عند تجاوز العتبة الدنيا، وإلا 0.</translation>
        </message>
        <message>
            <source>Local job creation or retention</source>
            <translation>استحداث الوظائف المحلية أو الحفاظ عليها</translation>
        </message>
        <message>
            <source>Local jobs created per foreign worker: 20 at or above the upper threshold, 10 above the lower, else 0.</source>
            <translation>عدد الوظائف المحلية المستحدثة لكل عامل أجنبي: 20 عند بلوغ العتبة العليا أو تجاوزها، و10 عند تجاوز العتبة الدنيا، وإلا 0.</translation>
        </message>
        <message>
            <source>Strategic value and alternatives considered</source>
            <translation>القيمة الاستراتيجية والبدائل المدروسة</translation>
        </message>
        <message>
            <source>The hire serves a strategic need and alternatives (pay, training, automation) were considered (member judgement).</source>
            <translation>يلبّي التوظيف حاجة استراتيجية، ودُرست البدائل (الأجر، والتدريب، والأتمتة) (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Wage level against local wages</source>
            <translation>مستوى الأجر مقارنةً بالأجور المحلية</translation>
        </message>
        <message>
            <source>Wage offered over prevailing wage: 20 at or above the upper threshold, 10 at or above the lower, else 0.</source>
            <translation>نسبة الأجر المعروض إلى الأجر السائد: 20 عند بلوغ العتبة العليا أو تجاوزها، و10 عند بلوغ العتبة الدنيا أو تجاوزها، وإلا 0.</translation>
        </message>
        <message>
            <source>Local labour-market slack</source>
            <translation>فائض العرض في سوق العمل المحلي</translation>
        </message>
        <message>
            <source>Regional unemployment and unemployed per vacancy in the occupation (member judgement on regional data).</source>
            <translation>البطالة في المنطقة وعدد العاطلين عن العمل لكل شاغر في المهنة (تقدير الأعضاء بناءً على البيانات الإقليمية).</translation>
        </message>
        <message>
            <source>Quality of local recruitment</source>
            <translation>جودة جهود التوظيف المحلي</translation>
        </message>
        <message>
            <source>20 if advertised long enough on at least the required channels; 10 if advertised at least the shorter period; else 0.</source>
            <translation>20 إذا أُعلن عن الشاغر مدةً كافية عبر العدد المطلوب من القنوات على الأقل؛ و10 إذا أُعلن عنه المدةَ الأقصر على الأقل؛ وإلا 0.</translation>
        </message>
        <message>
            <source>Reliance on foreign labour</source>
            <translation>الاعتماد على العمالة الأجنبية</translation>
        </message>
        <message>
            <source>Share of foreign workers after admission: 20 at or below the lower threshold, 10 at or below the upper, else 0.</source>
            <translation>نسبة العمال الأجانب بعد الاستقدام: 20 عند العتبة الدنيا أو دونها، و10 عند العتبة العليا أو دونها، وإلا 0.</translation>
        </message>
        <message>
            <source>Working conditions and safety</source>
            <translation>ظروف العمل والسلامة</translation>
        </message>
        <message>
            <source>Safety record, hours and conditions at the workplace (member judgement).</source>
            <translation>سجل السلامة وساعات العمل وظروفه في مكان العمل (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Track record, past commitments kept</source>
            <translation>السجل السابق والوفاء بالالتزامات السابقة</translation>
        </message>
        <message>
            <source>Whether the employer kept the commitments of earlier approvals (member judgement).</source>
            <translation>ما إذا كان صاحب العمل قد وفى بالتزامات الموافقات السابقة (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Integration support package</source>
            <translation>حزمة دعم الاندماج</translation>
        </message>
        <message>
            <source>Items offered (language course, orientation, health information, family support, skills recognition): 20 for 4 or more, 10 for 2-3, else 0.</source>
            <translation>البنود المقدَّمة (دورة لغوية، والتوجيه، والمعلومات الصحية، ودعم الأسرة، والاعتراف بالمهارات): 20 لـ 4 بنود أو أكثر، و10 لـ 2-3 بنود، وإلا 0.</translation>
        </message>
        <message>
            <source>Housing standard and cost</source>
            <translation>معيار السكن وتكلفته</translation>
        </message>
        <message>
            <source>20 if housing is provided and inspected; 10 if provided; else 0.</source>
            <translation>20 إذا وُفِّر السكن وخضع للتفتيش؛ و10 إذا وُفِّر؛ وإلا 0.</translation>
        </message>
        <message>
            <source>Inclusion of under-represented locals</source>
            <translation>إدماج الفئات المحلية الأقل تمثيلًا</translation>
        </message>
        <message>
            <source>Targeted recruitment of under-represented local groups, with hires (member judgement).</source>
            <translation>توظيف موجَّه للفئات المحلية الأقل تمثيلًا، مع تعيينات فعلية (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Fair recruitment and pre-departure information</source>
            <translation>التوظيف العادل والمعلومات قبل المغادرة</translation>
        </message>
        <message>
            <source>Licensed or public recruitment channel, information in the worker's language, contract before departure (member judgement).</source>
            <translation>قناة توظيف مرخَّصة أو عامة، ومعلومات بلغة العامل، وعقد قبل المغادرة (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Development impact and return</source>
            <translation>الأثر الإنمائي والعودة</translation>
        </message>
        <message>
            <source>Skills usable at home, portable savings or social security, return support (member judgement).</source>
            <translation>مهارات يمكن الاستفادة منها في البلد الأصلي، ومدخرات أو ضمان اجتماعي قابلان للنقل، ودعم العودة (تقدير الأعضاء).</translation>
        </message>
        <message>
            <source>Community and regional cohesion</source>
            <translation>التماسك المجتمعي والإقليمي</translation>
        </message>
        <message>
            <source>Work in a priority or depopulating region, and a balanced workforce (member judgement).</source>
            <translation>العمل في منطقة ذات أولوية أو تعاني من تناقص السكان، وقوى عاملة متوازنة (تقدير الأعضاء).</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>no box</source>
            <translation>بلا خانة</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (منتهية الصلاحية)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Signs the box of</source>
            <translation>يوقّع خانة</translation>
        </message>
        <message>
            <source>Name in the certificate</source>
            <translation>الاسم في الشهادة</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation>البصمة (SHA-256)</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>تنتهي في</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Add a signer's certificate</source>
            <translation>إضافة شهادة صاحب توقيع</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>الشهادات (*.pem *.crt *.cer *.der);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Trusted certificates</source>
            <translation>الشهادات الموثوقة</translation>
        </message>
        <message>
            <source>A signature on the minutes counts only if its certificate is listed here for the box it signs. Add a member's certificate only when you know it is theirs (from the member, in person). Each change needs the chair's or the secretary's PIN.</source>
            <translation>لا يُحتسب التوقيع على المحضر إلا إذا كانت شهادته مدرجة هنا للخانة التي يوقّعها. لا تُضف شهادة عضو إلا إذا كنت متأكدًا أنها له (من العضو شخصيًا). يتطلب كل تغيير رمز PIN الخاص بالرئيس أو بأمين السر.</translation>
        </message>
        <message>
            <source>The board trusts no certificate yet: no signature can be verified against the board's store.</source>
            <translation>لا تثق اللجنة بأي شهادة بعد: لا يمكن التحقق من أي توقيع بالاستناد إلى مخزن اللجنة.</translation>
        </message>
        <message>
            <source>&amp;Remove the selected certificate…</source>
            <translation>&amp;إزالة الشهادة المحددة…</translation>
        </message>
        <message>
            <source>Add a certificate</source>
            <translation>إضافة شهادة</translation>
        </message>
        <message>
            <source>a .pem, .crt, .cer or .der file</source>
            <translation>ملف بامتداد .pem أو .crt أو .cer أو .der</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>إ&amp;ضافة…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ال&amp;ملف:</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>ال&amp;عضو:</translation>
        </message>
        <message>
            <source>Signs the &amp;box of:</source>
            <translation>يوقّع &amp;خانة:</translation>
        </message>
        <message>
            <source>Certificate of %1 (fingerprint %2).</source>
            <translation>شهادة %1 (البصمة %2).</translation>
        </message>
        <message>
            <source>Choose the certificate file first (Browse…).</source>
            <translation>اختر ملف الشهادة أولًا (استعراض…).</translation>
        </message>
        <message>
            <source>Confirm with your PIN that the board trusts this certificate for %1, in the %2 box.</source>
            <translation>أكّد برمز PIN أن اللجنة تثق بهذه الشهادة لـ %1، في خانة %2.</translation>
        </message>
        <message>
            <source>Select the certificate to remove in the list first.</source>
            <translation>حدّد الشهادة المراد إزالتها في القائمة أولًا.</translation>
        </message>
        <message>
            <source>Confirm with your PIN that the board no longer trusts this certificate of %1. Minutes it signed will no longer verify against the board's store.</source>
            <translation>أكّد برمز PIN أن اللجنة لم تعد تثق بهذه الشهادة الخاصة بـ %1. لن يعود التحقق من المحاضر التي وقّعتها ممكنًا بالاستناد إلى مخزن اللجنة.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;تأكيد</translation>
        </message>
        <message>
            <source>The board has neither a chair nor a secretary to confirm this change.</source>
            <translation>ليس للجنة رئيس ولا أمين سر لتأكيد هذا التغيير.</translation>
        </message>
        <message>
            <source>The board now trusts the certificate of %1 for the %2 box.</source>
            <translation>أصبحت اللجنة تثق بشهادة %1 لخانة %2.</translation>
        </message>
        <message>
            <source>The board no longer trusts the certificate of %1.</source>
            <translation>لم تعد اللجنة تثق بشهادة %1.</translation>
        </message>
    </context>
    <context>
        <name>ChairBar</name>
        <message>
            <source>Chair's bar</source>
            <translation>شريط الرئيس</translation>
        </message>
        <message>
            <source>Who presides</source>
            <translation>من يترأس</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>النصاب</translation>
        </message>
        <message>
            <source>Atten&amp;dance…</source>
            <translation>ال&amp;حضور…</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Re&amp;cusals…</source>
            <translation>حالات ال&amp;تنحي…</translation>
        </message>
        <message>
            <source>Recusals</source>
            <translation>حالات التنحي</translation>
        </message>
        <message>
            <source>&amp;Attestations…</source>
            <translation>الإ&amp;قرارات…</translation>
        </message>
        <message>
            <source>Attestations G6 and G7</source>
            <translation>الإقراران G6 وG7</translation>
        </message>
        <message>
            <source>C&amp;lose meeting…</source>
            <translation>إ&amp;غلاق الاجتماع…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>إغلاق الاجتماع</translation>
        </message>
        <message>
            <source>Stand-i&amp;n…</source>
            <translation>ال&amp;بديل…</translation>
        </message>
        <message>
            <source>Who presides over this meeting</source>
            <translation>من يترأس هذا الاجتماع</translation>
        </message>
        <message>
            <source>When the chair cannot attend, name who presides (before the meeting opens)</source>
            <translation>عندما يتعذر على الرئيس الحضور، سمِّ من يترأس (قبل افتتاح الاجتماع)</translation>
        </message>
        <message>
            <source>Ex&amp;port minutes…</source>
            <translation>ت&amp;صدير المحضر…</translation>
        </message>
        <message>
            <source>Export the minutes</source>
            <translation>تصدير المحضر</translation>
        </message>
        <message>
            <source>Motion:</source>
            <translation>الاقتراح:</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>الاقتراح</translation>
        </message>
        <message>
            <source>M&amp;otion…</source>
            <translation>الا&amp;قتراح…</translation>
        </message>
        <message>
            <source>Edit the motion</source>
            <translation>تحرير الاقتراح</translation>
        </message>
        <message>
            <source>Open vo&amp;te…</source>
            <translation>&amp;فتح التصويت…</translation>
        </message>
        <message>
            <source>Open the vote</source>
            <translation>فتح التصويت</translation>
        </message>
        <message>
            <source>Minute: no &amp;quorum</source>
            <translation>إثبات في المحضر: لا &amp;نصاب</translation>
        </message>
        <message>
            <source>Minute the item as not decided for want of quorum</source>
            <translation>إثبات البند في المحضر على أنه لم يُبتّ فيه لعدم اكتمال النصاب</translation>
        </message>
        <message>
            <source>&amp;Reveal result…</source>
            <translation>ال&amp;كشف عن النتيجة…</translation>
        </message>
        <message>
            <source>Reveal the result</source>
            <translation>الكشف عن النتيجة</translation>
        </message>
        <message>
            <source>Ne&amp;xt item</source>
            <translation>البند ال&amp;تالي</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>البند التالي</translation>
        </message>
        <message>
            <source>Close vote and &amp;reveal…</source>
            <translation>إغلاق التصويت و&amp;الكشف…</translation>
        </message>
        <message>
            <source>No quorum: this item cannot be voted.</source>
            <translation>لا نصاب: لا يمكن التصويت على هذا البند.</translation>
        </message>
        <message>
            <source>Put the motion to the vote (the presiding member's PIN)</source>
            <translation>طرح الاقتراح للتصويت (رمز PIN الخاص بالعضو المترئس)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>The chair is not marked present: Stand-in… names who presides.</source>
            <translation>الرئيس غير مسجَّل حاضرًا: «البديل…» يسمّي من يترأس.</translation>
        </message>
        <message>
            <source>Select an agenda item.</source>
            <translation>حدّد بندًا من جدول الأعمال.</translation>
        </message>
        <message>
            <source>Minuted as not decided: no quorum.</source>
            <translation>أُثبت في المحضر أنه لم يُبتّ فيه: لا نصاب.</translation>
        </message>
        <message numerus="yes">
            <source>%n recused.</source>
            <translation>
                <numerusform>لم يتنحَّ أحد.</numerusform>
                <numerusform>تنحّى عضو واحد.</numerusform>
                <numerusform>تنحّى عضوان.</numerusform>
                <numerusform>تنحّى %n أعضاء.</numerusform>
                <numerusform>تنحّى %n عضوًا.</numerusform>
                <numerusform>تنحّى %n عضو.</numerusform>
            </translation>
        </message>
        <message>
            <source>Round %1, voting:</source>
            <translation>الجولة %1، التصويت جارٍ:</translation>
        </message>
        <message>
            <source>Round %1, revealed:</source>
            <translation>الجولة %1، كُشف عن الأصوات:</translation>
        </message>
        <message>
            <source>edit a new motion for another round</source>
            <translation>حرّر اقتراحًا جديدًا لجولة أخرى</translation>
        </message>
        <message>
            <source>Enter your PIN to put this motion to the vote.</source>
            <translation>أدخل رمز PIN لطرح هذا الاقتراح للتصويت.</translation>
        </message>
        <message>
            <source>The genuineness and equal-treatment gates are not assessed for this item. Open the vote anyway?</source>
            <translation>لم تُقيَّم بوابتا الجدية والمساواة في المعاملة لهذا البند. هل تفتح التصويت رغم ذلك؟</translation>
        </message>
        <message>
            <source>The gate %1 is not assessed for this item. Open the vote anyway?</source>
            <translation>لم تُقيَّم البوابة %1 لهذا البند. هل تفتح التصويت رغم ذلك؟</translation>
        </message>
        <message>
            <source>The chair records the board's answers with Attestations….</source>
            <translation>يسجّل الرئيس إجابات اللجنة عبر «الإقرارات…».</translation>
        </message>
        <message>
            <source>Gates not assessed</source>
            <translation>بوابات لم تُقيَّم</translation>
        </message>
        <message>
            <source>Not everyone has voted. Not yet voted: %1.

Close the vote now? They will not vote.</source>
            <translation>لم يصوّت الجميع. لم يصوّت بعد: %1.

هل تغلق التصويت الآن؟ لن يصوّتوا.</translation>
        </message>
        <message>
            <source>Close the vote</source>
            <translation>إغلاق التصويت</translation>
        </message>
        <message>
            <source>Enter your PIN to close the vote and reveal the result.</source>
            <translation>أدخل رمز PIN لإغلاق التصويت والكشف عن النتيجة.</translation>
        </message>
        <message>
            <source>Enter your PIN to reveal the result.</source>
            <translation>أدخل رمز PIN للكشف عن النتيجة.</translation>
        </message>
        <message>
            <source>No quorum</source>
            <translation>لا نصاب</translation>
        </message>
        <message>
            <source>Minute this item as not decided for want of quorum?</source>
            <translation>هل يُثبَت هذا البند في المحضر على أنه لم يُبتّ فيه لعدم اكتمال النصاب؟</translation>
        </message>
        <message>
            <source>Enter your PIN to minute this item as not decided (no quorum).</source>
            <translation>أدخل رمز PIN لإثبات هذا البند في المحضر على أنه لم يُبتّ فيه (لا نصاب).</translation>
        </message>
        <message>
            <source>Close the meeting? Items not decided stay on the agenda; written dissents may follow for 48 hours.</source>
            <translation>هل تغلق الاجتماع؟ تبقى البنود التي لم يُبتّ فيها في جدول الأعمال؛ ويجوز تقديم آراء مخالفة مكتوبة خلال 48 ساعة.</translation>
        </message>
        <message>
            <source>Enter your PIN to close the meeting.</source>
            <translation>أدخل رمز PIN لإغلاق الاجتماع.</translation>
        </message>
    </context>
    <context>
        <name>ChairPin</name>
        <message>
            <source>Presiding: %1 (stand-in for the chair)</source>
            <translation>المترئس: %1 (البديل عن الرئيس)</translation>
        </message>
        <message>
            <source>Presiding: %1 (chair)</source>
            <translation>المترئس: %1 (الرئيس)</translation>
        </message>
        <message>
            <source>The board has no chair: set one in the board settings.</source>
            <translation>ليس للجنة رئيس: عيّن رئيسًا في إعدادات اللجنة.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;تأكيد</translation>
        </message>
        <message>
            <source>Stand-in's PIN</source>
            <translation>رمز PIN الخاص بالبديل</translation>
        </message>
        <message>
            <source>Chair's PIN</source>
            <translation>رمز PIN الخاص بالرئيس</translation>
        </message>
    </context>
    <context>
        <name>ColumnsMenu</name>
        <message>
            <source>&amp;Columns</source>
            <translation>الأ&amp;عمدة</translation>
        </message>
    </context>
    <context>
        <name>ConditionEditor</name>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the condition %1</source>
            <translation>إزالة الشرط %1</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>موعد الاستحقاق</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>له تاريخ استحقاق</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
        <message>
            <source>Verification note</source>
            <translation>ملاحظة التحقق</translation>
        </message>
        <message>
            <source>How compliance will be checked (optional)</source>
            <translation>كيف سيُتحقَّق من الامتثال (اختياري)</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>غير محدد</translation>
        </message>
    </context>
    <context>
        <name>ConstituencyPane</name>
        <message>
            <source>Unlock Government…</source>
            <translation>فتح قفل الحكومة…</translation>
        </message>
        <message>
            <source>Unlock Employers…</source>
            <translation>فتح قفل أصحاب العمل…</translation>
        </message>
        <message>
            <source>Unlock Unions…</source>
            <translation>فتح قفل النقابات…</translation>
        </message>
        <message>
            <source>%1 pane</source>
            <extracomment>Seconds without activity after which an unlocked pane locks itself. The last seconds, counted down on screen. Milliseconds per idle tick (tests stretch it and call :meth:`_on_idle_timeout` themselves).</extracomment>
            <translation>لوحة %1</translation>
        </message>
        <message>
            <source>%1: members present</source>
            <translation>%1: الأعضاء الحاضرون</translation>
        </message>
        <message>
            <source>Unlock the %1 pane</source>
            <translation>فتح قفل لوحة %1</translation>
        </message>
        <message>
            <source>Unlock the %1 pane with a member's PIN (%2)</source>
            <translation>فتح قفل لوحة %1 برمز PIN الخاص بعضو (%2)</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>فتح القفل…</translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>لا أحد حاضر</numerusform>
                <numerusform>حاضر واحد</numerusform>
                <numerusform>حاضران</numerusform>
                <numerusform>%n حاضرين</numerusform>
                <numerusform>%n حاضرًا</numerusform>
                <numerusform>%n حاضر</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 voted</source>
            <translation>صوّت %1 من %2</translation>
        </message>
        <message>
            <source>The pane opens when the vote on the motion opens.</source>
            <translation>تُفتح اللوحة عند فتح التصويت على الاقتراح.</translation>
        </message>
        <message>
            <source>No member of this group is entitled on this item.</source>
            <translation>لا يحق لأي عضو من هذا الطرف التصويت على هذا البند.</translation>
        </message>
        <message>
            <source>Everyone in this group has voted.</source>
            <translation>صوّت جميع أعضاء هذا الطرف.</translation>
        </message>
        <message>
            <source>Select your name, then unlock with your PIN (%1).</source>
            <translation>اختر اسمك، ثم افتح القفل برمز PIN (%1).</translation>
        </message>
        <message>
            <source>%1: choose your name and enter your PIN to open your private ballot.</source>
            <translation>%1: اختر اسمك وأدخل رمز PIN لفتح بطاقة اقتراعك الخاصة.</translation>
        </message>
        <message>
            <source>Choose For, Against or Abstain first.</source>
            <translation>اختر «مؤيد» أو «معارض» أو «ممتنع» أولًا.</translation>
        </message>
        <message>
            <source>A comment is required where your score departs from the data: %1.</source>
            <translation>يلزم تعليق حيث تختلف درجتك عن البيانات: %1.</translation>
        </message>
    </context>
    <context>
        <name>CriterionTableModel</name>
        <message>
            <source>20 · exceeds</source>
            <translation>20 · يتجاوز</translation>
        </message>
        <message>
            <source>10 · meets</source>
            <translation>10 · يستوفي</translation>
        </message>
        <message>
            <source>0 · not met</source>
            <translation>0 · لا يستوفي</translation>
        </message>
        <message>
            <source>members judge</source>
            <translation>يقدّرها الأعضاء</translation>
        </message>
        <message>
            <source>? missing evidence</source>
            <translation>? أدلة ناقصة</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>الوزن</translation>
        </message>
        <message>
            <source>Technical points</source>
            <translation>النقاط الفنية</translation>
        </message>
    </context>
    <context>
        <name>DissentDialog</name>
        <message>
            <source>Written dissent</source>
            <translation>رأي مخالف مكتوب</translation>
        </message>
        <message>
            <source>Member filing the dissent</source>
            <translation>العضو مقدّم الرأي المخالف</translation>
        </message>
        <message>
            <source>Text of the dissent</source>
            <translation>نص الرأي المخالف</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>ال&amp;عضو:</translation>
        </message>
        <message>
            <source>&amp;Dissent:</source>
            <translation>الرأي ال&amp;مخالف:</translation>
        </message>
        <message>
            <source>&amp;File dissent</source>
            <translation>&amp;تقديم الرأي المخالف</translation>
        </message>
        <message>
            <source>Write the dissent first.</source>
            <translation>اكتب الرأي المخالف أولًا.</translation>
        </message>
        <message>
            <source>The member filing the dissent confirms with their own PIN.</source>
            <translation>يؤكد العضو مقدّم الرأي المخالف برمز PIN الخاص به.</translation>
        </message>
    </context>
    <context>
        <name>DissentModel</name>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>تاريخ التقديم</translation>
        </message>
        <message>
            <source>Dissent</source>
            <translation>الرأي المخالف</translation>
        </message>
    </context>
    <context>
        <name>DossierSummary</name>
        <message>
            <source>Request summary</source>
            <translation>ملخص الطلب</translation>
        </message>
        <message>
            <source>No item selected</source>
            <translation>لم يُحدَّد أي بند</translation>
        </message>
        <message>
            <source>Add requests to the agenda, then select one.</source>
            <translation>أضف طلبات إلى جدول الأعمال، ثم حدّد أحدها.</translation>
        </message>
        <message>
            <source>%1 (ISCO %2) · %3 · %4 workers for %5 months · wage %6 %8 (prevailing %7)</source>
            <translation>%1 (ISCO %2) · %3 · العمال: %4 · المدة بالأشهر: %5 · الأجر %6 %8 (السائد %7)</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>البوابات</translation>
        </message>
        <message>
            <source>Technical score: %1 / 100</source>
            <translation>الدرجة الفنية: %1 / 100</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>التوصية: %1</translation>
        </message>
        <message>
            <source>Gate failed: %1</source>
            <translation>بوابة لم تُجتَز: %1</translation>
        </message>
        <message>
            <source>Missing evidence: %1</source>
            <translation>أدلة ناقصة: %1</translation>
        </message>
        <message>
            <source>Score at or above the pass mark</source>
            <translation>الدرجة عند حدّ القبول أو فوقه</translation>
        </message>
        <message>
            <source>Score just below the pass mark: approve with conditions</source>
            <translation>الدرجة دون حدّ القبول بقليل: الموافقة بشروط</translation>
        </message>
        <message>
            <source>Score below the conditional mark</source>
            <translation>الدرجة دون حدّ الموافقة المشروطة</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>لا درجة بعد</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>Select a request in the register to see its dossier.</source>
            <translation>حدّد طلبًا في السجل لعرض ملفه.</translation>
        </message>
        <message>
            <source>Dossier sections</source>
            <translation>أقسام الملف</translation>
        </message>
        <message>
            <source>Compliance gates</source>
            <translation>بوابات الامتثال</translation>
        </message>
        <message>
            <source>&amp;Gates</source>
            <translation>ال&amp;بوابات</translation>
        </message>
        <message>
            <source>Technical points per criterion</source>
            <translation>النقاط الفنية لكل معيار</translation>
        </message>
        <message>
            <source>S&amp;cores</source>
            <translation>ال&amp;درجات</translation>
        </message>
        <message>
            <source>F&amp;acts</source>
            <translation>ال&amp;وقائع</translation>
        </message>
        <message>
            <source>History of the request</source>
            <translation>سجل الطلب</translation>
        </message>
        <message>
            <source>Histo&amp;ry</source>
            <translation>ال&amp;سجل</translation>
        </message>
        <message>
            <source>Technical score by family (0–100; 50 meets expectations)</source>
            <translation>الدرجة الفنية حسب الفئة (0–100؛ 50 تعني استيفاء التوقعات)</translation>
        </message>
        <message>
            <source>Technical score</source>
            <translation>الدرجة الفنية</translation>
        </message>
        <message>
            <source>Technical score by family</source>
            <translation>الدرجة الفنية حسب الفئة</translation>
        </message>
        <message>
            <source>{reference} — {employer}</source>
            <translation>{reference} — {employer}</translation>
        </message>
        <message>
            <source>{status} · {code} {occupation} · {region} · {workers} workers for {months} months</source>
            <translation>{status} · {code} {occupation} · {region} · العمال: {workers} · المدة بالأشهر: {months}</translation>
        </message>
        <message>
            <source>Recommendation: {outcome}</source>
            <translation>التوصية: {outcome}</translation>
        </message>
        <message>
            <source>A compliance gate failed: {gates}. Gates are not offset by a good score.</source>
            <translation>لم تُجتَز بوابة امتثال: {gates}. لا تعوّض الدرجةُ الجيدة عن البوابات.</translation>
        </message>
        <message>
            <source>Missing evidence for {gates}: the dossier needs completing first.</source>
            <translation>أدلة ناقصة لـ {gates}: يجب استكمال الملف أولًا.</translation>
        </message>
        <message>
            <source>No technical score: no automatic criterion has the data it needs.</source>
            <translation>لا درجة فنية: لا يتوفر لأي معيار تلقائي ما يحتاجه من بيانات.</translation>
        </message>
        <message>
            <source>Technical score: not available.</source>
            <translation>الدرجة الفنية: غير متاحة.</translation>
        </message>
        <message>
            <source>Technical score {score} of 100 (pass mark {pass_mark}; conditions from {conditional}).</source>
            <translation>الدرجة الفنية {score} من 100 (حدّ القبول {pass_mark}؛ الموافقة بشروط ابتداءً من {conditional}).</translation>
        </message>
        <message>
            <source>Suggested conditions: {conditions}.</source>
            <translation>الشروط المقترحة: {conditions}.</translation>
        </message>
        <message>
            <source>Sensitivity: nothing to test without a score.</source>
            <translation>الحساسية: لا شيء يُختبر من دون درجة.</translation>
        </message>
        <message>
            <source>Robust: moving any family's weight by 10 points does not change the band.</source>
            <translation>متين: تحريك وزن أي فئة بمقدار 10 نقاط لا يغيّر الشريحة.</translation>
        </message>
        <message>
            <source>the {group} weight profile</source>
            <translation>توزيع أوزان {group}</translation>
        </message>
        <message>
            <source>Fragile on {families}: a 10-point move of that weight changes the band.</source>
            <translation>هشّ في {families}: تحريك ذلك الوزن بمقدار 10 نقاط يغيّر الشريحة.</translation>
        </message>
        <message>
            <source>Critical weight: {code} ({label}) from {old} to {new} would carry the score across the pass mark.</source>
            <translation>وزن حرج: تغيير {code} ({label}) من {old} إلى {new} ينقل الدرجة إلى الجانب الآخر من حدّ القبول.</translation>
        </message>
        <message>
            <source>{family} (no data)</source>
            <translation>{family} (لا بيانات)</translation>
        </message>
        <message>
            <source>{family}  {score}</source>
            <translation>{family}  {score}</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>صاحب العمل</translation>
        </message>
        <message>
            <source>Employer id</source>
            <translation>معرّف صاحب العمل</translation>
        </message>
        <message>
            <source>Sector (ISIC)</source>
            <translation>القطاع (ISIC)</translation>
        </message>
        <message>
            <source>Occupation (ISCO)</source>
            <translation>المهنة (ISCO)</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Workers requested</source>
            <translation>العمال المطلوبون</translation>
        </message>
        <message>
            <source>Duration (months)</source>
            <translation>المدة (بالأشهر)</translation>
        </message>
        <message>
            <source>Wage offered</source>
            <translation>الأجر المعروض</translation>
        </message>
        <message>
            <source>Prevailing wage</source>
            <translation>الأجر السائد</translation>
        </message>
        <message>
            <source>Origin countries</source>
            <translation>بلدان المنشأ</translation>
        </message>
        <message>
            <source>Vacancy advertised (days)</source>
            <translation>مدة الإعلان عن الشاغر (بالأيام)</translation>
        </message>
        <message>
            <source>Recruitment channels</source>
            <translation>قنوات التوظيف</translation>
        </message>
        <message>
            <source>Local applicants</source>
            <translation>المتقدمون المحليون</translation>
        </message>
        <message>
            <source>Local hires</source>
            <translation>المعيَّنون المحليون</translation>
        </message>
        <message>
            <source>Local jobs created</source>
            <translation>الوظائف المحلية المستحدثة</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>المتدربون المحليون</translation>
        </message>
        <message>
            <source>Layoffs, last 12 months</source>
            <translation>حالات التسريح، آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>Violations, last 3 years</source>
            <translation>المخالفات، آخر 3 سنوات</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>نزاع عمالي</translation>
        </message>
        <message>
            <source>Fees charged to workers</source>
            <translation>رسوم محمّلة على العمال</translation>
        </message>
        <message>
            <source>Housing provided</source>
            <translation>السكن مُوفَّر</translation>
        </message>
        <message>
            <source>Housing inspected</source>
            <translation>السكن مُفتَّش</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>دعم الاندماج</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Foreign employees</source>
            <translation>الموظفون الأجانب</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>تاريخ التقديم</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>— not given (missing evidence where a gate needs it)</source>
            <translation>— غير مُقدَّم (أدلة ناقصة حيث تحتاجها بوابة)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>{amount} {currency} per month</source>
            <translation>{amount} {currency} شهريًا</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No requests yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import employers' requests from a CSV or XLSX file with &lt;i&gt;File › Import requests…&lt;/i&gt; (Ctrl+I), or enter one with &lt;i&gt;New request…&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;لا توجد طلبات بعد.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;استورد طلبات أصحاب العمل من ملف CSV أو XLSX عبر &lt;i&gt;ملف › استيراد الطلبات…&lt;/i&gt; (Ctrl+I)، أو أدخل طلبًا عبر &lt;i&gt;طلب جديد…&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Import requests…</source>
            <translation>ا&amp;ستيراد الطلبات…</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>Quorum met: %1 present and entitled, %2 required.</source>
            <translation>النصاب مكتمل: الحاضرون ممن لهم حق التصويت %1، والمطلوب %2.</translation>
        </message>
        <message>
            <source>Every group is represented.</source>
            <translation>جميع الأطراف ممثَّلة.</translation>
        </message>
        <message>
            <source>No quorum: %1 present and entitled, %2 required.</source>
            <translation>لا نصاب: الحاضرون ممن لهم حق التصويت %1، والمطلوب %2.</translation>
        </message>
        <message>
            <source>No entitled member present for: %1.</source>
            <translation>لا يوجد عضو حاضر له حق التصويت عن: %1.</translation>
        </message>
        <message>
            <source>Consensus needs nobody against; %1 voted against.</source>
            <translation>التوافق يقتضي ألا يعارض أحد؛ عارض %1.</translation>
        </message>
        <message>
            <source>Consensus needs at least one vote for; nobody voted for.</source>
            <translation>التوافق يقتضي صوتًا مؤيدًا واحدًا على الأقل؛ لم يؤيد أحد.</translation>
        </message>
        <message>
            <source>Consensus: nobody voted against and %1 voted for.</source>
            <translation>توافق: لم يعارض أحد، وأيّد %1.</translation>
        </message>
        <message>
            <source>Simple majority: %1 for, %2 against (abstentions are not votes cast).</source>
            <translation>الأغلبية البسيطة: المؤيدون %1، والمعارضون %2 (الامتناع لا يُعدّ من الأصوات المُدلى بها).</translation>
        </message>
        <message>
            <source>Qualified majority of %1: %2 for out of %3 votes cast; at least %4 needed.</source>
            <translation>الأغلبية الموصوفة بنسبة %1: المؤيدون %2 من أصل %3 من الأصوات المُدلى بها؛ ويلزم %4 على الأقل.</translation>
        </message>
        <message>
            <source>Group majority: %1 of 3 group blocks for (%2 required).</source>
            <translation>أغلبية الأطراف: %1 من كتل الأطراف الثلاث مؤيدة (المطلوب %2).</translation>
        </message>
        <message>
            <source>For: %1.</source>
            <translation>المؤيدون: %1.</translation>
        </message>
        <message>
            <source>Against: %1.</source>
            <translation>المعارضون: %1.</translation>
        </message>
        <message>
            <source>No block position: %1.</source>
            <translation>بلا موقف للكتلة: %1.</translation>
        </message>
        <message>
            <source>Group-weighted vote: each group weighs the same; weighted for %1, against %2.</source>
            <translation>تصويت مرجَّح حسب الأطراف: لكل طرف الوزن نفسه؛ المرجَّح المؤيد %1، والمعارض %2.</translation>
        </message>
        <message>
            <source>No consensus, so the fallback rule decided: %1.</source>
            <translation>لا توافق، فحسمت القاعدة البديلة: %1.</translation>
        </message>
        <message>
            <source>The votes were tied; the chair's casting vote decided.</source>
            <translation>تعادلت الأصوات؛ فحسم الصوت المرجِّح للرئيس.</translation>
        </message>
        <message>
            <source>The votes were tied and there is no casting vote, so the motion is not adopted.</source>
            <translation>تعادلت الأصوات ولا يوجد صوت مرجِّح، فلم يُعتمد الاقتراح.</translation>
        </message>
        <message>
            <source>The motion is adopted.</source>
            <translation>اعتُمد الاقتراح.</translation>
        </message>
        <message>
            <source>The motion is not adopted.</source>
            <translation>لم يُعتمد الاقتراح.</translation>
        </message>
        <message>
            <source>No score to test: nobody scored and the dossier gives no technical score.</source>
            <translation>لا درجة للاختبار: لم يمنح أحد درجات، ولا يعطي الملف درجة فنية.</translation>
        </message>
        <message>
            <source>Fewer than two groups scored, so there is no divergence between groups.</source>
            <translation>منح أقل من طرفين درجات، فلا تباين بين الأطراف.</translation>
        </message>
        <message>
            <source>Divergence between groups: %1 points. The groups are split.</source>
            <translation>التباين بين الأطراف: %1 نقطة. الأطراف منقسمة.</translation>
        </message>
        <message>
            <source>Divergence between groups: %1 points. No split.</source>
            <translation>التباين بين الأطراف: %1 نقطة. لا انقسام.</translation>
        </message>
        <message>
            <source>The split comes mostly from: %1.</source>
            <translation>ينشأ الانقسام أساسًا من: %1.</translation>
        </message>
        <message>
            <source>Robust: moving any family's weight by 10 points does not change the band.</source>
            <translation>متين: تحريك وزن أي فئة بمقدار 10 نقاط لا يغيّر الشريحة.</translation>
        </message>
        <message>
            <source>the %1 group's own weights</source>
            <translation>أوزان طرف %1 الخاصة</translation>
        </message>
        <message>
            <source>Fragile: the band changes when these weights move: %1.</source>
            <translation>هشّ: تتغير الشريحة عند تحريك هذه الأوزان: %1.</translation>
        </message>
        <message>
            <source>Critical weight: %1 moved by %2 points (to %3) would carry the score across the pass mark.</source>
            <translation>وزن حرج: تحريك %1 بمقدار %2 نقطة (إلى %3) ينقل الدرجة إلى الجانب الآخر من حدّ القبول.</translation>
        </message>
        <message>
            <source>Warning: in %1 a single member voted, so this group's tally shows how that member voted.</source>
            <translation>تنبيه: في %1 صوّت عضو واحد فقط، لذا تكشف حصيلة هذا الطرف كيف صوّت ذلك العضو.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Import requests…</source>
            <translation>ا&amp;ستيراد الطلبات…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export requests…</source>
            <translation>ت&amp;صدير الطلبات…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>جارٍ التصدير إلى {file}…</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>تصدير الطلبات</translation>
        </message>
        <message>
            <source>Loading the sample board and requests…</source>
            <translation>جارٍ تحميل اللجنة التجريبية والطلبات…</translation>
        </message>
        <message>
            <source>Sample board</source>
            <translation>اللجنة التجريبية</translation>
        </message>
        <message>
            <source>Please wait: another task is still running.</source>
            <translation>يُرجى الانتظار: لا تزال مهمة أخرى قيد التنفيذ.</translation>
        </message>
        <message>
            <source>Imported {count} requests.</source>
            <translation>استُوردت الطلبات (عددها: {count}).</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>اكتمل التصدير</translation>
        </message>
        <message>
            <source>Exported {count} requests to {path}.</source>
            <translation>صُدّرت الطلبات (عددها: {count}) إلى {path}.</translation>
        </message>
    </context>
    <context>
        <name>FindingDialog</name>
        <message>
            <source>Verify a condition</source>
            <translation>التحقق من شرط</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}, due {due}. The evidence filed is sufficient because:</source>
            <translation>{request} ({employer}): {condition}، الاستحقاق {due}. الأدلة المقدَّمة كافية لأن:</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;تحقق</translation>
        </message>
        <message>
            <source>Record a breach</source>
            <translation>تسجيل إخلال</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}, due {due}. The condition is not met because:</source>
            <translation>{request} ({employer}): {condition}، الاستحقاق {due}. الشرط غير مستوفى لأن:</translation>
        </message>
        <message>
            <source>Record &amp;breach</source>
            <translation>تسجيل إ&amp;خلال</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>ال&amp;ملاحظة:</translation>
        </message>
        <message>
            <source>Note on the finding</source>
            <translation>ملاحظة على النتيجة</translation>
        </message>
        <message>
            <source>The secretary (or the chair) records that {request}'s condition is verified.</source>
            <translation>يسجّل أمين السر (أو الرئيس) أن شرط {request} تم التحقق منه.</translation>
        </message>
        <message>
            <source>The secretary (or the chair) records that {request}'s condition is breached.</source>
            <translation>يسجّل أمين السر (أو الرئيس) إخلالًا بشرط {request}.</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;تسجيل</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Tripartite</source>
            <translation>مرحبًا بكم في Tripartite</translation>
        </message>
        <message>
            <source>This database is empty.</source>
            <translation>قاعدة البيانات هذه فارغة.</translation>
        </message>
        <message>
            <source>Load the sample board (members with demo PINs, rules of procedure) and 48 sample requests to try Tripartite, a whole vote included? You can also start with an empty board and import your own requests later with File › Import requests.</source>
            <translation>هل تريد تحميل اللجنة التجريبية (أعضاء برموز PIN تجريبية، ونظام داخلي) و48 طلبًا تجريبيًا لتجربة Tripartite، بما في ذلك عملية تصويت كاملة؟ ويمكنك أيضًا البدء بلجنة فارغة واستيراد طلباتك لاحقًا عبر ملف › استيراد الطلبات.</translation>
        </message>
        <message>
            <source>&amp;Load the sample</source>
            <translation>&amp;تحميل النموذج التجريبي</translation>
        </message>
        <message>
            <source>&amp;Start empty</source>
            <translation>ال&amp;بدء بلجنة فارغة</translation>
        </message>
    </context>
    <context>
        <name>FollowupModel</name>
        <message>
            <source>{condition}, period {period}</source>
            <translation>{condition}، الفترة {period}</translation>
        </message>
        <message>
            <source>Pending, overdue</source>
            <translation>قيد الانتظار، متأخر</translation>
        </message>
        <message>
            <source>{count} B</source>
            <translation>{count} بايت</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>صاحب العمل</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>الشرط</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>{date}, overdue</source>
            <translation>{date}، متأخر</translation>
        </message>
        <message>
            <source>Pending, and due before the as-of date: no evidence filed in time.</source>
            <translation>قيد الانتظار ومستحق قبل التاريخ المعتمد: لم تُقدَّم أدلة في الموعد.</translation>
        </message>
        <message>
            <source>Finding: {note}</source>
            <translation>النتيجة: {note}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>تاريخ التقديم</translation>
        </message>
    </context>
    <context>
        <name>FollowupView</name>
        <message>
            <source>Follow-up of conditions</source>
            <translation>متابعة الشروط</translation>
        </message>
        <message>
            <source>Each condition of an adopted decision, with its due date. The secretary files the employer's evidence, then records whether it is sufficient or the condition is breached.</source>
            <translation>كل شرط من شروط قرار معتمد، مع تاريخ استحقاقه. يقدّم أمين السر أدلة صاحب العمل، ثم يسجّل ما إذا كانت كافية أو أن الشرط قد أُخلّ به.</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>المتأخرة</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;الحالة:</translation>
        </message>
        <message>
            <source>A reference or an employer</source>
            <translation>مرجع أو صاحب عمل</translation>
        </message>
        <message>
            <source>Re&amp;quest:</source>
            <translation>ال&amp;طلب:</translation>
        </message>
        <message>
            <source>As &amp;of:</source>
            <translation>&amp;بتاريخ:</translation>
        </message>
        <message>
            <source>Overdue means still pending and due before this date</source>
            <translation>المتأخر هو ما زال قيد الانتظار وموعد استحقاقه قبل هذا التاريخ</translation>
        </message>
        <message>
            <source>Follow-up records</source>
            <translation>سجلات المتابعة</translation>
        </message>
        <message>
            <source>No conditions to follow up: they appear here when the board adopts a decision with conditions.</source>
            <translation>لا توجد شروط للمتابعة: تظهر هنا عندما تعتمد اللجنة قرارًا بشروط.</translation>
        </message>
        <message>
            <source>&amp;Attach evidence…</source>
            <translation>إ&amp;رفاق أدلة…</translation>
        </message>
        <message>
            <source>File the employer's evidence for the selected condition</source>
            <translation>تقديم أدلة صاحب العمل للشرط المحدد</translation>
        </message>
        <message>
            <source>Ve&amp;rify…</source>
            <translation>&amp;تحقق…</translation>
        </message>
        <message>
            <source>The evidence filed is sufficient: the condition is met</source>
            <translation>الأدلة المقدَّمة كافية: الشرط مستوفى</translation>
        </message>
        <message>
            <source>Record a &amp;breach…</source>
            <translation>تسجيل إ&amp;خلال…</translation>
        </message>
        <message>
            <source>The condition is not met: a finding for the board's review</source>
            <translation>الشرط غير مستوفى: نتيجة تُعرض على اللجنة للمراجعة</translation>
        </message>
        <message>
            <source>Selected condition</source>
            <translation>الشرط المحدد</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>ملفات الأدلة</translation>
        </message>
        <message>
            <source>No evidence filed yet.</source>
            <translation>لم تُقدَّم أدلة بعد.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) shown</source>
            <translation>
                <numerusform>لا توجد سجلات معروضة</numerusform>
                <numerusform>سجل واحد معروض</numerusform>
                <numerusform>سجلان معروضان</numerusform>
                <numerusform>%n سجلات معروضة</numerusform>
                <numerusform>%n سجلًا معروضًا</numerusform>
                <numerusform>%n سجل معروض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>لا شيء متأخر</numerusform>
                <numerusform>واحد متأخر</numerusform>
                <numerusform>اثنان متأخران</numerusform>
                <numerusform>%n متأخرة</numerusform>
                <numerusform>%n متأخرًا</numerusform>
                <numerusform>%n متأخر</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a condition to see its evidence.</source>
            <translation>حدّد شرطًا لعرض أدلته.</translation>
        </message>
        <message>
            <source>{request} ({employer}): {condition}.
Due {due}. State: {state}.</source>
            <translation>{request} ({employer}): {condition}.
الاستحقاق: {due}. الحالة: {state}.</translation>
        </message>
        <message>
            <source>Finding: {note}</source>
            <translation>النتيجة: {note}</translation>
        </message>
        <message>
            <source>Evidence for {request}</source>
            <translation>أدلة {request}</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message numerus="yes">
            <source>The secretary (or the chair) files %n file(s) of evidence for {request}.</source>
            <translation>
                <numerusform>يقدّم أمين السر (أو الرئيس) أدلة {request} دون ملفات.</numerusform>
                <numerusform>يقدّم أمين السر (أو الرئيس) ملفًا واحدًا من أدلة {request}.</numerusform>
                <numerusform>يقدّم أمين السر (أو الرئيس) ملفين من أدلة {request}.</numerusform>
                <numerusform>يقدّم أمين السر (أو الرئيس) %n ملفات من أدلة {request}.</numerusform>
                <numerusform>يقدّم أمين السر (أو الرئيس) %n ملفًا من أدلة {request}.</numerusform>
                <numerusform>يقدّم أمين السر (أو الرئيس) %n ملف من أدلة {request}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File evidence</source>
            <translation>&amp;تقديم الأدلة</translation>
        </message>
        <message>
            <source>Filing the evidence…</source>
            <translation>جارٍ تقديم الأدلة…</translation>
        </message>
        <message numerus="yes">
            <source>Evidence filed: %n file(s).</source>
            <translation>
                <numerusform>قُدّمت الأدلة: لا ملفات.</numerusform>
                <numerusform>قُدّمت الأدلة: ملف واحد.</numerusform>
                <numerusform>قُدّمت الأدلة: ملفان.</numerusform>
                <numerusform>قُدّمت الأدلة: %n ملفات.</numerusform>
                <numerusform>قُدّمت الأدلة: %n ملفًا.</numerusform>
                <numerusform>قُدّمت الأدلة: %n ملف.</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <source>Condition verified.</source>
            <translation>تم التحقق من الشرط.</translation>
        </message>
        <message>
            <source>Breach recorded: a finding for review.</source>
            <translation>سُجّل الإخلال: نتيجة للمراجعة.</translation>
        </message>
    </context>
    <context>
        <name>GateTableModel</name>
        <message>
            <source>Gate</source>
            <translation>البوابة</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>ما تتحقق منه</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
    </context>
    <context>
        <name>HandoverView</name>
        <message>
            <source>Pass the laptop</source>
            <translation>مرّر الحاسوب</translation>
        </message>
        <message>
            <source>Ballot cast. Pass the laptop to the next member.</source>
            <translation>أُدلي بالصوت. مرّر الحاسوب إلى العضو التالي.</translation>
        </message>
        <message>
            <source>Your ballot is sealed until the chair reveals the result.</source>
            <translation>بطاقة اقتراعك مختومة حتى يكشف الرئيس عن النتيجة.</translation>
        </message>
        <message>
            <source>Co&amp;ntinue</source>
            <translation>م&amp;تابعة</translation>
        </message>
        <message>
            <source>Continue to the panes</source>
            <translation>المتابعة إلى اللوحات</translation>
        </message>
        <message>
            <source>Ballot cast. Everyone entitled has voted: the chair may reveal the result.</source>
            <translation>أُدلي بالصوت. صوّت كل من له حق التصويت: يجوز للرئيس الكشف عن النتيجة.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>Registered</source>
            <translation>سُجّل</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>الحالة: {old} ← {new}</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>أُدخل يدويًا</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>عُدّل</translation>
        </message>
        <message>
            <source>Put on the agenda of {meeting}</source>
            <translation>أُدرج في جدول أعمال {meeting}</translation>
        </message>
        <message>
            <source>Recusal of {member}</source>
            <translation>تنحّي {member}</translation>
        </message>
        <message>
            <source>Gate {gate} attested</source>
            <translation>أُقرّت البوابة {gate}</translation>
        </message>
        <message>
            <source>Not decided: no quorum</source>
            <translation>لم يُبتّ فيه: لا نصاب</translation>
        </message>
        <message>
            <source>Motion proposed: {outcome}</source>
            <translation>اقتراح مطروح: {outcome}</translation>
        </message>
        <message>
            <source>Decision: {outcome}</source>
            <translation>القرار: {outcome}</translation>
        </message>
        <message>
            <source>Dissent filed by {member}</source>
            <translation>رأي مخالف قدّمه {member}</translation>
        </message>
        <message>
            <source>{meeting}</source>
            <translation>{meeting}</translation>
        </message>
        <message>
            <source>Not decided at {meeting}</source>
            <translation>لم يُبتّ فيه في {meeting}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import requests</source>
            <translation>استيراد الطلبات</translation>
        </message>
        <message>
            <source>Request files (*.csv *.xlsx);;All files (*)</source>
            <translation>ملفات الطلبات (*.csv *.xlsx);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Requests come from a CSV (UTF-8) or Excel file, one request per row, with the columns of the import schema. The import is all or nothing: if any row has a problem, nothing is written and every problem is listed.</source>
            <translation>تأتي الطلبات من ملف CSV (UTF-8) أو Excel، بطلب واحد في كل صف، وبأعمدة مخطط الاستيراد. الاستيراد كلّه أو لا شيء: إذا كانت في أي صف مشكلة، فلا يُكتب شيء وتُسرد جميع المشكلات.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ال&amp;ملف:</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>اختر ملفًا بامتداد .csv أو .xlsx</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;نسخ التقرير</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The secretary or the chair imports these requests.</source>
            <translation>يستورد أمين السر أو الرئيس هذه الطلبات.</translation>
        </message>
        <message>
            <source>Please wait: another task is still running.</source>
            <translation>يُرجى الانتظار: لا تزال مهمة أخرى قيد التنفيذ.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>جارٍ استيراد {file}…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Imported {count} requests from {file}.</source>
            <translation>استُوردت الطلبات (عددها: {count}) من {file}.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>أُلغي؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The import failed; nothing was changed.</source>
            <translation>فشل الاستيراد؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Nothing was imported. Problems in {file}: {problems}. Fix them in the file, then import it again.</source>
            <translation>لم يُستورد شيء. المشكلات في {file}: {problems}. أصلحها في الملف، ثم استورده مرة أخرى.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Problems found in the file</source>
            <translation>المشكلات المكتشفة في الملف</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>رُفض الاستيراد</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>لم يُستورد شيء</translation>
        </message>
        <message>
            <source>Problems in {file}: {problems}. Warnings: {warnings}. Fix the problems in the file, then import it again.</source>
            <translation>المشكلات في {file}: {problems}. التحذيرات: {warnings}. أصلح المشكلات في الملف، ثم استورده مرة أخرى.</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;نسخ التقرير</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>نسخ التقرير</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Government</source>
            <translation>الحكومة</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>أصحاب العمل</translation>
        </message>
        <message>
            <source>Unions</source>
            <translation>النقابات</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>أمين السر</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>عضو</translation>
        </message>
        <message>
            <source>The chair</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>The secretary</source>
            <translation>أمين السر</translation>
        </message>
        <message>
            <source>A government member</source>
            <translation>عضو عن الحكومة</translation>
        </message>
        <message>
            <source>An employers' member</source>
            <translation>عضو عن أصحاب العمل</translation>
        </message>
        <message>
            <source>A union member</source>
            <translation>عضو عن النقابات</translation>
        </message>
        <message>
            <source>Decides (issues decisions)</source>
            <translation>صلاحية تقريرية (تُصدر قرارات)</translation>
        </message>
        <message>
            <source>Advises (issues opinions)</source>
            <translation>صلاحية استشارية (تُصدر آراء)</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>التوافق</translation>
        </message>
        <message>
            <source>Simple majority</source>
            <translation>الأغلبية البسيطة</translation>
        </message>
        <message>
            <source>Qualified majority</source>
            <translation>الأغلبية الموصوفة</translation>
        </message>
        <message>
            <source>Majority of constituency groups</source>
            <translation>أغلبية الأطراف</translation>
        </message>
        <message>
            <source>Groups weighted equally</source>
            <translation>أوزان متساوية للأطراف</translation>
        </message>
        <message>
            <source>consensus</source>
            <translation>التوافق</translation>
        </message>
        <message>
            <source>simple majority</source>
            <translation>الأغلبية البسيطة</translation>
        </message>
        <message>
            <source>qualified majority</source>
            <translation>الأغلبية الموصوفة</translation>
        </message>
        <message>
            <source>group majority</source>
            <translation>أغلبية الأطراف</translation>
        </message>
        <message>
            <source>group-weighted vote</source>
            <translation>التصويت المرجَّح حسب الأطراف</translation>
        </message>
        <message>
            <source>Half of the seats</source>
            <translation>نصف المقاعد</translation>
        </message>
        <message>
            <source>Half of the seats and every constituency</source>
            <translation>نصف المقاعد مع تمثيل كل طرف</translation>
        </message>
        <message>
            <source>Named (each vote is minuted)</source>
            <translation>علني (يُثبَت كل صوت في المحضر)</translation>
        </message>
        <message>
            <source>Secret (only tallies are minuted)</source>
            <translation>سري (تُثبَت الحصائل فقط في المحضر)</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>On agenda</source>
            <translation>مدرج في جدول الأعمال</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>تم البتّ فيه</translation>
        </message>
        <message>
            <source>Deferred</source>
            <translation>مؤجل</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>مسحوب</translation>
        </message>
        <message>
            <source>Productivity</source>
            <translation>الإنتاجية</translation>
        </message>
        <message>
            <source>Income distribution</source>
            <translation>توزيع الدخل</translation>
        </message>
        <message>
            <source>Social integration</source>
            <translation>الاندماج الاجتماعي</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>مُجتازة</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>غير مُجتازة</translation>
        </message>
        <message>
            <source>Missing evidence</source>
            <translation>أدلة ناقصة</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم تُقيَّم</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>مُجتازة</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>غير مُجتازة</translation>
        </message>
        <message>
            <source>missing evidence</source>
            <translation>أدلة ناقصة</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>لم تُقيَّم</translation>
        </message>
        <message>
            <source>language course</source>
            <translation>دورة لغوية</translation>
        </message>
        <message>
            <source>orientation</source>
            <translation>التوجيه</translation>
        </message>
        <message>
            <source>health information</source>
            <translation>المعلومات الصحية</translation>
        </message>
        <message>
            <source>family support</source>
            <translation>دعم الأسرة</translation>
        </message>
        <message>
            <source>recognition of skills</source>
            <translation>الاعتراف بالمهارات</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>صاحب العمل</translation>
        </message>
        <message>
            <source>employer id</source>
            <translation>معرّف صاحب العمل</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <source>occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>workers requested</source>
            <translation>العمال المطلوبون</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source>wage offered</source>
            <translation>الأجر المعروض</translation>
        </message>
        <message>
            <source>prevailing wage</source>
            <translation>الأجر السائد</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>origin countries</source>
            <translation>بلدان المنشأ</translation>
        </message>
        <message>
            <source>date submitted</source>
            <translation>تاريخ التقديم</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>days the vacancy was advertised</source>
            <translation>عدد أيام الإعلان عن الشاغر</translation>
        </message>
        <message>
            <source>the firm's employees</source>
            <translation>موظفو المنشأة</translation>
        </message>
        <message>
            <source>the firm's foreign employees</source>
            <translation>الموظفون الأجانب في المنشأة</translation>
        </message>
        <message>
            <source>labour dispute</source>
            <translation>نزاع عمالي</translation>
        </message>
        <message>
            <source>layoffs in the last 12 months</source>
            <translation>حالات التسريح في آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>violations in the last 3 years</source>
            <translation>المخالفات في آخر 3 سنوات</translation>
        </message>
        <message>
            <source>fees charged to workers</source>
            <translation>رسوم محمّلة على العمال</translation>
        </message>
        <message>
            <source>housing provided</source>
            <translation>السكن مُوفَّر</translation>
        </message>
        <message>
            <source>housing inspected</source>
            <translation>السكن مُفتَّش</translation>
        </message>
        <message>
            <source>local applicants</source>
            <translation>المتقدمون المحليون</translation>
        </message>
        <message>
            <source>local hires</source>
            <translation>المعيَّنون المحليون</translation>
        </message>
        <message>
            <source>local jobs created</source>
            <translation>الوظائف المحلية المستحدثة</translation>
        </message>
        <message>
            <source>local trainees</source>
            <translation>المتدربون المحليون</translation>
        </message>
        <message>
            <source>recruitment channels</source>
            <translation>قنوات التوظيف</translation>
        </message>
        <message>
            <source>integration support</source>
            <translation>دعم الاندماج</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Minutes signed</source>
            <translation>المحضر موقَّع</translation>
        </message>
        <message>
            <source>Not yet voted</source>
            <translation>لم يُصوَّت بعد</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>التصويت مفتوح</translation>
        </message>
        <message>
            <source>Motion not adopted</source>
            <translation>لم يُعتمد الاقتراح</translation>
        </message>
        <message>
            <source>No quorum: not decided</source>
            <translation>لا نصاب: لم يُبتّ فيه</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>مطروح</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>فُرزت الأصوات</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>Approve with conditions</source>
            <translation>الموافقة بشروط</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>الرفض</translation>
        </message>
        <message>
            <source>Defer</source>
            <translation>التأجيل</translation>
        </message>
        <message>
            <source>For</source>
            <translation>مؤيد</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>معارض</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>ممتنع</translation>
        </message>
        <message>
            <source>Quota of workers</source>
            <translation>حصة العمال</translation>
        </message>
        <message>
            <source>Maximum duration</source>
            <translation>المدة القصوى</translation>
        </message>
        <message>
            <source>Wage floor</source>
            <translation>الحد الأدنى للأجر</translation>
        </message>
        <message>
            <source>Training of local workers</source>
            <translation>تدريب العمال المحليين</translation>
        </message>
        <message>
            <source>Local hiring ratio</source>
            <translation>نسبة التوظيف المحلي</translation>
        </message>
        <message>
            <source>Housing standard</source>
            <translation>معيار السكن</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>دعم الاندماج</translation>
        </message>
        <message>
            <source>Recruitment channel</source>
            <translation>قناة التوظيف</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>الإبلاغ</translation>
        </message>
        <message>
            <source>No-fees attestation</source>
            <translation>إقرار بعدم تقاضي رسوم</translation>
        </message>
        <message>
            <source>quota of workers</source>
            <translation>حصة العمال</translation>
        </message>
        <message>
            <source>maximum duration</source>
            <translation>المدة القصوى</translation>
        </message>
        <message>
            <source>wage floor</source>
            <translation>الحد الأدنى للأجر</translation>
        </message>
        <message>
            <source>training of local workers</source>
            <translation>تدريب العمال المحليين</translation>
        </message>
        <message>
            <source>local hiring ratio</source>
            <translation>نسبة التوظيف المحلي</translation>
        </message>
        <message>
            <source>housing standard</source>
            <translation>معيار السكن</translation>
        </message>
        <message>
            <source>recruitment channel</source>
            <translation>قناة التوظيف</translation>
        </message>
        <message>
            <source>reporting</source>
            <translation>الإبلاغ</translation>
        </message>
        <message>
            <source>no-fees attestation</source>
            <translation>إقرار بعدم تقاضي رسوم</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>العمال</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>الأشهر</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>المتدربون المحليون</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>الساعات</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>البنود</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>الدورية</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>شهريًا</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>فصليًا</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>نصف سنوي</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>سنويًا</translation>
        </message>
        <message>
            <source>Evidence filed</source>
            <translation>قُدّمت الأدلة</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>تم التحقق</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>أُخلّ به</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>أُعفي منه</translation>
        </message>
        <message>
            <source>The whole file</source>
            <translation>الملف كاملًا</translation>
        </message>
        <message>
            <source>Up to its signature</source>
            <translation>حتى توقيعه</translation>
        </message>
        <message>
            <source>Part of the file</source>
            <translation>جزء من الملف</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Timestamps only</source>
            <translation>الطوابع الزمنية فقط</translation>
        </message>
        <message>
            <source>Later signatures only</source>
            <translation>التوقيعات اللاحقة فقط</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>التعليقات التوضيحية</translation>
        </message>
        <message>
            <source>Other changes</source>
            <translation>تغييرات أخرى</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>تتعذر قراءته</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>غُيّر بعد التوقيع</translation>
        </message>
        <message>
            <source>Data hidden in the signature</source>
            <translation>بيانات مخفية في التوقيع</translation>
        </message>
        <message>
            <source>Changes not allowed after it</source>
            <translation>تغييرات غير مسموح بها بعده</translation>
        </message>
        <message>
            <source>Not in a signatory's box</source>
            <translation>ليس في خانة موقِّع</translation>
        </message>
        <message>
            <source>Certificate not trusted</source>
            <translation>الشهادة غير موثوقة</translation>
        </message>
        <message>
            <source>Signer trusted for another box</source>
            <translation>صاحب التوقيع موثوق لخانة أخرى</translation>
        </message>
        <message>
            <source>Same signer in another box</source>
            <translation>صاحب التوقيع نفسه في خانة أخرى</translation>
        </message>
        <message>
            <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
            <translation>تتعذر قراءة الملف بصيغة PDF: ربما يكون تالفًا أو مبتورًا.</translation>
        </message>
        <message>
            <source>Nobody has signed this file.</source>
            <translation>لم يوقّع أحد هذا الملف.</translation>
        </message>
        <message>
            <source>This file is not minutes made by Tripartite: it has no evidence annex and no signature boxes.</source>
            <translation>هذا الملف ليس محضرًا أعدّه Tripartite: ليس فيه ملحق أدلة ولا خانات توقيع.</translation>
        </message>
        <message>
            <source>The minutes carry no evidence annex, so the signatures vouch for no figures.</source>
            <translation>لا يتضمن المحضر ملحق أدلة، لذا لا تشهد التوقيعات لأي أرقام.</translation>
        </message>
        <message>
            <source>The evidence annex is not the one the first signature signed: it was added or replaced later.</source>
            <translation>ملحق الأدلة ليس هو الذي وقّعه التوقيع الأول: أُضيف أو استُبدل لاحقًا.</translation>
        </message>
        <message>
            <source>The evidence annex is for another meeting than these minutes.</source>
            <translation>ملحق الأدلة يخص اجتماعًا غير الذي يخصه هذا المحضر.</translation>
        </message>
        <message>
            <source>The file was changed after the last signature.</source>
            <translation>غُيّر الملف بعد التوقيع الأخير.</translation>
        </message>
        <message>
            <source>Not every signatory has signed: still to sign: %1.</source>
            <translation>لم يوقّع جميع الموقّعين: لم يوقّع بعد: %1.</translation>
        </message>
        <message>
            <source>wage {wage} &lt; prevailing {prevailing}</source>
            <translation>الأجر {wage} &lt; السائد {prevailing}</translation>
        </message>
        <message>
            <source>wage {wage} &lt; statutory minimum {minimum}</source>
            <translation>الأجر {wage} &lt; الحد الأدنى القانوني {minimum}</translation>
        </message>
        <message>
            <source>wage {wage} ≥ prevailing {prevailing}</source>
            <translation>الأجر {wage} ≥ السائد {prevailing}</translation>
        </message>
        <message>
            <source>not given: {fields}</source>
            <translation>غير مُقدَّم: {fields}</translation>
        </message>
        <message>
            <source>not given: {fields} (occupation not on the shortage list)</source>
            <translation>غير مُقدَّم: {fields} (المهنة غير مدرجة في قائمة النقص)</translation>
        </message>
        <message>
            <source>{field} reported</source>
            <translation>أُبلغ عن {field}</translation>
        </message>
        <message>
            <source>no {field}</source>
            <translation>لا {field}</translation>
        </message>
        <message>
            <source>{field} {value} &gt; 0</source>
            <translation>{field}: {value} &gt; 0</translation>
        </message>
        <message>
            <source>{field} 0</source>
            <translation>{field}: 0</translation>
        </message>
        <message>
            <source>occupation {occupation} on the shortage list</source>
            <translation>المهنة {occupation} مدرجة في قائمة النقص</translation>
        </message>
        <message>
            <source>advertised {days} days ≥ {required}</source>
            <translation>أيام الإعلان: {days} ≥ {required}</translation>
        </message>
        <message>
            <source>advertised {days} days &lt; {required}, occupation not on the shortage list</source>
            <translation>أيام الإعلان: {days} &lt; {required}، والمهنة غير مدرجة في قائمة النقص</translation>
        </message>
        <message>
            <source>share at least {share} &gt; cap {cap}</source>
            <translation>النسبة {share} على الأقل &gt; السقف {cap}</translation>
        </message>
        <message>
            <source>foreign share {share} &gt; cap {cap}</source>
            <translation>نسبة الأجانب {share} &gt; السقف {cap}</translation>
        </message>
        <message>
            <source>foreign share {share} ≤ cap {cap}</source>
            <translation>نسبة الأجانب {share} ≤ السقف {cap}</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>معطَّلة</translation>
        </message>
        <message>
            <source>not yet attested</source>
            <translation>لم تُقَرّ بعد</translation>
        </message>
        <message>
            <source>attested by the board</source>
            <translation>أقرّتها اللجنة</translation>
        </message>
        <message>
            <source>attestation refused</source>
            <translation>رُفض الإقرار</translation>
        </message>
        <message>
            <source>layoffs</source>
            <translation>حالات التسريح</translation>
        </message>
        <message>
            <source>violations</source>
            <translation>المخالفات</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>الاستحقاق في %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>غير مُقدَّم</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>The app will be in %1 the next time you start it.</source>
            <translation>سيظهر التطبيق باللغة %1 عند تشغيله في المرة القادمة.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
        <message>
            <source>This is a bug in Tripartite.</source>
            <translation>هذا خطأ برمجي في Tripartite.</translation>
        </message>
        <message>
            <source>Your data is safe: unfinished work was rolled back. Please report this, with the details.</source>
            <translation>بياناتك في أمان: تم التراجع عن العمل غير المكتمل. يُرجى الإبلاغ عن ذلك مع التفاصيل.</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>تصدير الطلبات</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>أُلغي؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Conditions still pending after their due date: see Follow-up (Ctrl+5)</source>
            <translation>شروط ما زالت قيد الانتظار بعد موعد استحقاقها: انظر المتابعة (Ctrl+5)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>The register and dossiers (Ctrl+1)</source>
            <translation>سجل الطلبات والملفات (Ctrl+1)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>الاجتماعات</translation>
        </message>
        <message>
            <source>Agendas, the meeting room and decisions (Ctrl+2)</source>
            <translation>جداول الأعمال وقاعة الاجتماع والقرارات (Ctrl+2)</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>اللجنة</translation>
        </message>
        <message>
            <source>Members, PINs, rules, criteria, shortage list (Ctrl+3)</source>
            <translation>الأعضاء ورموز PIN والقواعد والمعايير وقائمة النقص (Ctrl+3)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>Every change to the record, who made it, and the record's check (Ctrl+4)</source>
            <translation>كل تغيير في السجل، ومن أجراه، والتحقق من السجل (Ctrl+4)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <source>Conditions of decisions: evidence, findings, what is overdue (Ctrl+5)</source>
            <translation>شروط القرارات: الأدلة والنتائج وما تأخر (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Verify minutes…</source>
            <translation>ال&amp;تحقق من المحضر…</translation>
        </message>
        <message>
            <source>Check the signatures of a minutes PDF</source>
            <translation>التحقق من توقيعات محضر بصيغة PDF</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <source>&amp;Find requests</source>
            <translation>ال&amp;بحث عن الطلبات</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>ال&amp;طلبات</translation>
        </message>
        <message>
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>الا&amp;جتماعات</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>ال&amp;لجنة</translation>
        </message>
        <message>
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;سجل التدقيق</translation>
        </message>
        <message>
            <source>Ctrl+4</source>
            <translation>Ctrl+4</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>الم&amp;تابعة</translation>
        </message>
        <message>
            <source>Ctrl+5</source>
            <translation>Ctrl+5</translation>
        </message>
        <message>
            <source>Show the &amp;dossier</source>
            <translation>عرض ال&amp;ملف</translation>
        </message>
        <message>
            <source>F9</source>
            <translation>F9</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;مساعدة</translation>
        </message>
        <message>
            <source>&amp;Welcome and demo PINs</source>
            <translation>&amp;ترحيب ورموز PIN التجريبية</translation>
        </message>
        <message>
            <source>&amp;About Tripartite</source>
            <translation>&amp;حول Tripartite</translation>
        </message>
        <message>
            <source>Tripartite — {name}</source>
            <translation>Tripartite — {name}</translation>
        </message>
        <message>
            <source>About Tripartite</source>
            <translation>حول Tripartite</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;For national tripartite labour boards: government, employers' and union members deciding together on employers' requests to admit foreign workers.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Tripartite&lt;/b&gt;&lt;/p&gt;&lt;p&gt;للجان العمل الثلاثية الوطنية: أعضاء عن الحكومة وأصحاب العمل والنقابات يبتّون معًا في طلبات أصحاب العمل لاستقدام عمال أجانب.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Loaded the sample board and {count} requests.</source>
            <translation>حُمّلت اللجنة التجريبية والطلبات (عددها: {count}).</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>لا متابعات متأخرة</numerusform>
                <numerusform>متابعة واحدة متأخرة</numerusform>
                <numerusform>متابعتان متأخرتان</numerusform>
                <numerusform>%n متابعات متأخرة</numerusform>
                <numerusform>%n متابعةً متأخرة</numerusform>
                <numerusform>%n متابعة متأخرة</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote is open. A ballot being filled in and not yet cast will be lost; cast ballots are kept, and the vote can go on when Tripartite is started again.

Quit anyway?</source>
            <translation>التصويت مفتوح. ستضيع أي بطاقة اقتراع قيد التعبئة لم يُدلَ بها بعد؛ أما الأصوات المُدلى بها فتُحفظ، ويمكن مواصلة التصويت عند تشغيل Tripartite مرة أخرى.

هل تريد الخروج رغم ذلك؟</translation>
        </message>
        <message>
            <source>Quit during a vote</source>
            <translation>الخروج أثناء التصويت</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>البنود</translation>
        </message>
    </context>
    <context>
        <name>MeetingRoom</name>
        <message>
            <source>Meeting room</source>
            <translation>قاعة الاجتماع</translation>
        </message>
        <message>
            <source>← All &amp;meetings</source>
            <translation>→ جميع ال&amp;اجتماعات</translation>
        </message>
        <message>
            <source>Back to all meetings</source>
            <translation>العودة إلى جميع الاجتماعات</translation>
        </message>
        <message>
            <source>Add &amp;items…</source>
            <translation>إضافة &amp;بنود…</translation>
        </message>
        <message>
            <source>Add items to the agenda</source>
            <translation>إضافة بنود إلى جدول الأعمال</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <source>The secretary or the chair puts these requests on the agenda.</source>
            <translation>يُدرج أمين السر أو الرئيس هذه الطلبات في جدول الأعمال.</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>&amp;إضافة إلى جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation>الاجتماعات</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>اجتماع &amp;جديد…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>&amp;Open meeting room</source>
            <translation>&amp;فتح قاعة الاجتماع</translation>
        </message>
        <message>
            <source>Open the meeting room</source>
            <translation>فتح قاعة الاجتماع</translation>
        </message>
        <message>
            <source>No meetings yet. Create one with New meeting…</source>
            <translation>لا توجد اجتماعات بعد. أنشئ اجتماعًا عبر «اجتماع جديد…»</translation>
        </message>
        <message>
            <source>The secretary or the chair creates the meeting.</source>
            <translation>يُنشئ أمين السر أو الرئيس الاجتماع.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>إ&amp;نشاء</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>إضافة عضو</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>تحرير العضو</translation>
        </message>
        <message>
            <source>A short id used in meeting files; it cannot change later.</source>
            <translation>معرّف قصير يُستخدم في ملفات الاجتماعات؛ لا يمكن تغييره لاحقًا.</translation>
        </message>
        <message>
            <source>Holds a seat (active)</source>
            <translation>يشغل مقعدًا (نشط)</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>ال&amp;معرّف:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <source>&amp;Constituency:</source>
            <translation>ال&amp;طرف:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ال&amp;دور:</translation>
        </message>
        <message>
            <source>S&amp;eat:</source>
            <translation>ال&amp;مقعد:</translation>
        </message>
        <message>
            <source>&amp;Alternate of:</source>
            <translation>م&amp;ناوب عن:</translation>
        </message>
        <message>
            <source>&amp;Save member</source>
            <translation>&amp;حفظ العضو</translation>
        </message>
        <message>
            <source>The chair and the secretary confirm who sits on the board, and with what role.</source>
            <translation>يؤكد الرئيس وأمين السر من يشغل عضوية اللجنة، وبأي دور.</translation>
        </message>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>يؤكد الرئيس أو أمين السر التغيير.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>This id is already used by another member.</source>
            <translation>هذا المعرّف مستخدم لعضو آخر.</translation>
        </message>
        <message>
            <source>nobody (a full member)</source>
            <translation>لا أحد (عضو أصيل)</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>holds a seat</source>
            <translation>يشغل مقعدًا</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>غير نشط</translation>
        </message>
        <message>
            <source>✓ set</source>
            <translation>✓ معيَّن</translation>
        </message>
        <message>
            <source>✗ not set</source>
            <translation>✗ غير معيَّن</translation>
        </message>
        <message>
            <source>locked out until {time}</source>
            <translation>مُقفَل حتى {time}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Constituency</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>المقعد</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Alternate of</source>
            <translation>مناوب عن</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>Board members</source>
            <translation>أعضاء اللجنة</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation>إ&amp;ضافة عضو…</translation>
        </message>
        <message>
            <source>Ed&amp;it member…</source>
            <translation>&amp;تحرير العضو…</translation>
        </message>
        <message>
            <source>Set or reset &amp;PIN…</source>
            <translation>تعيين رمز &amp;PIN أو إعادة تعيينه…</translation>
        </message>
        <message>
            <source>Change m&amp;y PIN…</source>
            <translation>تغيير رمز PIN ال&amp;خاص بي…</translation>
        </message>
        <message>
            <source>Resetting a forgotten PIN needs two people: the chair and the secretary. The member is told at their next unlock.</source>
            <translation>تتطلب إعادة تعيين رمز PIN منسيّ شخصين: الرئيس وأمين السر. يُبلَّغ العضو عند فتح القفل التالي.</translation>
        </message>
        <message>
            <source>&amp;Allow</source>
            <translation>ال&amp;سماح</translation>
        </message>
        <message>
            <source>The chair or the secretary allows this member's first PIN.</source>
            <translation>يسمح الرئيس أو أمين السر بأول رمز PIN لهذا العضو.</translation>
        </message>
        <message>
            <source>Reset &amp;PIN…</source>
            <translation>إعادة تعيين رمز &amp;PIN…</translation>
        </message>
        <message>
            <source>Set &amp;PIN…</source>
            <translation>تعيين رمز &amp;PIN…</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>حُفظ {name}.</translation>
        </message>
        <message>
            <source>PIN set for {name}; only its hash is stored.</source>
            <translation>عُيّن رمز PIN لـ {name}؛ لا تُخزَّن إلا قيمة تجزئته.</translation>
        </message>
    </context>
    <context>
        <name>MinutesDialog</name>
        <message>
            <source>Save the minutes</source>
            <translation>حفظ المحضر</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>المحضر</translation>
        </message>
        <message>
            <source>Building progress</source>
            <translation>تقدّم الإعداد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel building the minutes</source>
            <translation>إلغاء إعداد المحضر</translation>
        </message>
        <message>
            <source>&amp;Build again</source>
            <translation>إعادة الإ&amp;عداد</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>الصفحة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>الصفحة ال&amp;تالية</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>الموقّعون</translation>
        </message>
        <message>
            <source>The preview does not draw the signature stamps. Verify… checks each signature cryptographically, which is what proves it.</source>
            <translation>لا تعرض المعاينة أختام التوقيع. يتحقق «تحقق…» من كل توقيع تشفيريًا، وهذا ما يثبته.</translation>
        </message>
        <message>
            <source>S&amp;ign as…</source>
            <translation>ال&amp;توقيع بصفة…</translation>
        </message>
        <message>
            <source>Add your signature for a role that has not signed yet</source>
            <translation>أضف توقيعك عن دور لم يوقّع بعد</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>ت&amp;حقق…</translation>
        </message>
        <message>
            <source>Check every signature of the minutes shown</source>
            <translation>التحقق من كل توقيعات المحضر المعروض</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <source>Save a copy of the minutes shown, with their signatures</source>
            <translation>حفظ نسخة من المحضر المعروض مع توقيعاته</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>التوقيعات</translation>
        </message>
        <message>
            <source>The secretary or the chair builds the minutes: PIN needed.</source>
            <translation>يُعدّ أمين السر أو الرئيس المحضر: يلزم رمز PIN.</translation>
        </message>
        <message>
            <source>The secretary or the chair builds the minutes of this meeting.</source>
            <translation>يُعدّ أمين السر أو الرئيس محضر هذا الاجتماع.</translation>
        </message>
        <message>
            <source>&amp;Build</source>
            <translation>إ&amp;عداد</translation>
        </message>
        <message>
            <source>Building the minutes…</source>
            <translation>جارٍ إعداد المحضر…</translation>
        </message>
        <message>
            <source>Building the minutes was cancelled. Nothing was stored.</source>
            <translation>أُلغي إعداد المحضر. لم يُخزَّن شيء.</translation>
        </message>
        <message>
            <source>The minutes cannot be built: %1</source>
            <translation>يتعذر إعداد المحضر: %1</translation>
        </message>
        <message>
            <source>Building the minutes failed unexpectedly.</source>
            <translation>فشل إعداد المحضر على نحو غير متوقع.</translation>
        </message>
        <message>
            <source>Minutes of meeting %1</source>
            <translation>محضر الاجتماع %1</translation>
        </message>
        <message>
            <source>Building…</source>
            <translation>جارٍ الإعداد…</translation>
        </message>
        <message>
            <source>No minutes yet.</source>
            <translation>لا يوجد محضر بعد.</translation>
        </message>
        <message>
            <source>Minutes — %1</source>
            <translation>المحضر — %1</translation>
        </message>
        <message>
            <source>Minutes of “%1”</source>
            <translation>محضر «%1»</translation>
        </message>
        <message>
            <source>Built just now from the meeting's record.</source>
            <translation>أُعدّ للتو من سجل الاجتماع.</translation>
        </message>
        <message>
            <source>Signing has started: this is the stored file with its signatures so far. It can no longer be rebuilt.</source>
            <translation>بدأ التوقيع: هذا هو الملف المخزَّن بالتوقيعات الحاصلة حتى الآن. لم يعد بالإمكان إعادة إعداده.</translation>
        </message>
        <message>
            <source>Minutes signed: the meeting is read-only.</source>
            <translation>المحضر موقَّع: الاجتماع للقراءة فقط.</translation>
        </message>
        <message>
            <source>Every role has signed. A correction needs an amendment: a new meeting linked to this one.</source>
            <translation>وقّعت جميع الأدوار. يتطلب التصحيح تعديلًا: اجتماعًا جديدًا مرتبطًا بهذا الاجتماع.</translation>
        </message>
        <message>
            <source>Not signed yet: %1 roles to sign.</source>
            <translation>لم يوقَّع بعد: عدد الأدوار المتبقية للتوقيع %1.</translation>
        </message>
        <message>
            <source>Read the minutes first. The first signature fixes them: they can no longer be rebuilt.</source>
            <translation>اقرأ المحضر أولًا. التوقيع الأول يثبّته: لا يمكن إعادة إعداده بعد ذلك.</translation>
        </message>
        <message>
            <source>%1 of %2 roles have signed.</source>
            <translation>وقّع %1 من %2 من الأدوار.</translation>
        </message>
        <message>
            <source>Still to sign: %1.</source>
            <translation>لم يوقّع بعد: %1.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Signed for the role %1 by %2.</source>
            <translation>وُقّع عن دور %1 بواسطة %2.</translation>
        </message>
        <message>
            <source>the minutes of “%1”, as stored</source>
            <translation>محضر «%1»، كما هو مخزَّن</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>حُفظ في %1.</translation>
        </message>
    </context>
    <context>
        <name>MotionDialog</name>
        <message>
            <source>Motion</source>
            <translation>الاقتراح</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>المآل</translation>
        </message>
        <message>
            <source>Workers approved</source>
            <translation>العمال الموافق عليهم</translation>
        </message>
        <message>
            <source> of %1 requested</source>
            <translation> من أصل %1 مطلوبين</translation>
        </message>
        <message>
            <source>Kind of condition to add</source>
            <translation>نوع الشرط المراد إضافته</translation>
        </message>
        <message>
            <source>&amp;Add condition</source>
            <translation>إ&amp;ضافة شرط</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>إضافة شرط</translation>
        </message>
        <message>
            <source>&amp;Reset to the recommendation</source>
            <translation>إعادة ال&amp;ضبط إلى التوصية</translation>
        </message>
        <message>
            <source>Reset to the recommendation</source>
            <translation>إعادة الضبط إلى التوصية</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>ال&amp;مآل:</translation>
        </message>
        <message>
            <source>&amp;Workers approved:</source>
            <translation>ال&amp;عمال الموافق عليهم:</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>الشروط</translation>
        </message>
        <message>
            <source>%1: %2 is not valid (%3).</source>
            <translation>%1: القيمة %2 غير صالحة (%3).</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Ordinary session 11/2026</source>
            <translation>الجلسة العادية 11/2026</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>ال&amp;مكان:</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>إ&amp;نشاء</translation>
        </message>
        <message>
            <source>Create the meeting</source>
            <translation>إنشاء الاجتماع</translation>
        </message>
        <message>
            <source>A meeting needs a title.</source>
            <translation>يحتاج الاجتماع إلى عنوان.</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>Change the PIN of {name}</source>
            <translation>تغيير رمز PIN الخاص بـ {name}</translation>
        </message>
        <message>
            <source>Reset the PIN of {name}</source>
            <translation>إعادة تعيين رمز PIN الخاص بـ {name}</translation>
        </message>
        <message>
            <source>Set the PIN of {name}</source>
            <translation>تعيين رمز PIN الخاص بـ {name}</translation>
        </message>
        <message>
            <source>The member types a new PIN of at least 6 digits, twice. Nobody else should watch. Only a salted hash of it is stored.</source>
            <translation>يكتب العضو رمز PIN جديدًا من 6 أرقام على الأقل، مرتين. لا ينبغي أن يراقبه أحد. لا تُخزَّن إلا قيمة تجزئة مملَّحة له.</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>رمز PIN ال&amp;جديد:</translation>
        </message>
        <message>
            <source>&amp;Repeat the PIN:</source>
            <translation>&amp;تكرار رمز PIN:</translation>
        </message>
        <message>
            <source>&amp;Old PIN:</source>
            <translation>رمز PIN ال&amp;قديم:</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>&amp;تعيين رمز PIN</translation>
        </message>
        <message>
            <source>That PIN is published as a demo PIN; choose another.</source>
            <translation>رمز PIN هذا منشور بوصفه رمزًا تجريبيًا؛ اختر رمزًا آخر.</translation>
        </message>
        <message>
            <source>A PIN has at least 6 digits, and digits only.</source>
            <translation>يتكون رمز PIN من 6 أرقام على الأقل، وأرقام فقط.</translation>
        </message>
        <message>
            <source>The two entries differ; type the same PIN twice.</source>
            <translation>الإدخالان مختلفان؛ اكتب رمز PIN نفسه مرتين.</translation>
        </message>
        <message numerus="yes">
            <source>The old PIN is wrong: %n tries left.</source>
            <translation>
                <numerusform>رمز PIN القديم خاطئ: لم تتبقَّ أي محاولة.</numerusform>
                <numerusform>رمز PIN القديم خاطئ: تتبقى محاولة واحدة.</numerusform>
                <numerusform>رمز PIN القديم خاطئ: تتبقى محاولتان.</numerusform>
                <numerusform>رمز PIN القديم خاطئ: تتبقى %n محاولات.</numerusform>
                <numerusform>رمز PIN القديم خاطئ: تتبقى %n محاولةً.</numerusform>
                <numerusform>رمز PIN القديم خاطئ: تتبقى %n محاولة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Locked out for %1 s after too many wrong PINs.</source>
            <translation>مُقفَل مدة %1 ث بعد عدد كبير من رموز PIN الخاطئة.</translation>
        </message>
    </context>
    <context>
        <name>PaneMembersModel</name>
        <message>
            <source>Has voted</source>
            <translation>صوّت</translation>
        </message>
        <message>
            <source>Has not voted yet</source>
            <translation>لم يصوّت بعد</translation>
        </message>
        <message>
            <source>%1: has voted</source>
            <translation>%1: صوّت</translation>
        </message>
        <message>
            <source>%1: has not voted yet</source>
            <translation>%1: لم يصوّت بعد</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview of the minutes</source>
            <translation>معاينة المحضر</translation>
        </message>
        <message>
            <source>Page of the minutes</source>
            <translation>صفحة المحضر</translation>
        </message>
        <message>
            <source>No preview: the QtPdf module of PySide6-Addons is not installed. Save the minutes with Save as… and open the file in a PDF reader.</source>
            <translation>لا معاينة: الوحدة QtPdf من PySide6-Addons غير مثبَّتة. احفظ المحضر عبر «حفظ باسم…» وافتح الملف في قارئ PDF.</translation>
        </message>
        <message>
            <source>This file cannot be shown (it is not a readable PDF).</source>
            <translation>يتعذر عرض هذا الملف (ليس ملف PDF مقروءًا).</translation>
        </message>
    </context>
    <context>
        <name>PendingRequestsModel</name>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>صاحب العمل</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>العمال</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter PIN</source>
            <translation>إدخال رمز PIN</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN message</source>
            <translation>رسالة رمز PIN</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>ال&amp;عضو:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>رمز &amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;فتح القفل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>اكتب رمز PIN، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>Wrong PIN: 1 try left</source>
            <translation>رمز PIN خاطئ: تتبقى محاولة واحدة</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN: %n tries left</source>
            <translation>
                <numerusform>رمز PIN خاطئ: لم تتبقَّ أي محاولة</numerusform>
                <numerusform>رمز PIN خاطئ: تتبقى محاولة واحدة</numerusform>
                <numerusform>رمز PIN خاطئ: تتبقى محاولتان</numerusform>
                <numerusform>رمز PIN خاطئ: تتبقى %n محاولات</numerusform>
                <numerusform>رمز PIN خاطئ: تتبقى %n محاولةً</numerusform>
                <numerusform>رمز PIN خاطئ: تتبقى %n محاولة</numerusform>
            </translation>
        </message>
        <message>
            <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
            <translation>ليس لهذا العضو رمز PIN بعد. يعيّنه أمين السر في إعدادات اللجنة.</translation>
        </message>
        <message>
            <source>Locked out for %1 s after too many wrong PINs.</source>
            <translation>مُقفَل مدة %1 ث بعد عدد كبير من رموز PIN الخاطئة.</translation>
        </message>
        <message>
            <source>You may try your PIN again.</source>
            <translation>يمكنك محاولة إدخال رمز PIN مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>A PIN has at least %n digits, and digits only.</source>
            <translation>
                <numerusform>يتكون رمز PIN من %n أرقام على الأقل، وأرقام فقط.</numerusform>
                <numerusform>يتكون رمز PIN من رقم واحد على الأقل، وأرقام فقط.</numerusform>
                <numerusform>يتكون رمز PIN من رقمين على الأقل، وأرقام فقط.</numerusform>
                <numerusform>يتكون رمز PIN من %n أرقام على الأقل، وأرقام فقط.</numerusform>
                <numerusform>يتكون رمز PIN من %n رقمًا على الأقل، وأرقام فقط.</numerusform>
                <numerusform>يتكون رمز PIN من %n رقم على الأقل، وأرقام فقط.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. Tries left before a lockout: %n.</source>
            <translation>
                <numerusform>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: %n.</numerusform>
                <numerusform>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: %n.</numerusform>
                <numerusform>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: %n.</numerusform>
                <numerusform>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: %n.</numerusform>
                <numerusform>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: %n.</numerusform>
                <numerusform>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Locked out after too many wrong PINs; try again in %n s.</source>
            <translation>
                <numerusform>مُقفَل بعد عدد كبير من رموز PIN الخاطئة؛ حاول مرة أخرى بعد %n ث.</numerusform>
                <numerusform>مُقفَل بعد عدد كبير من رموز PIN الخاطئة؛ حاول مرة أخرى بعد ثانية واحدة.</numerusform>
                <numerusform>مُقفَل بعد عدد كبير من رموز PIN الخاطئة؛ حاول مرة أخرى بعد ثانيتين.</numerusform>
                <numerusform>مُقفَل بعد عدد كبير من رموز PIN الخاطئة؛ حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
                <numerusform>مُقفَل بعد عدد كبير من رموز PIN الخاطئة؛ حاول مرة أخرى بعد %n ثانيةً.</numerusform>
                <numerusform>مُقفَل بعد عدد كبير من رموز PIN الخاطئة؛ حاول مرة أخرى بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not everyone has voted (missing: %n); the chair may close the vote.</source>
            <translation>
                <numerusform>لم يصوّت الجميع (الناقص: %n)؛ يجوز للرئيس إغلاق التصويت.</numerusform>
                <numerusform>لم يصوّت الجميع (الناقص: صوت واحد)؛ يجوز للرئيس إغلاق التصويت.</numerusform>
                <numerusform>لم يصوّت الجميع (الناقص: صوتان)؛ يجوز للرئيس إغلاق التصويت.</numerusform>
                <numerusform>لم يصوّت الجميع (الناقص: %n أصوات)؛ يجوز للرئيس إغلاق التصويت.</numerusform>
                <numerusform>لم يصوّت الجميع (الناقص: %n صوتًا)؛ يجوز للرئيس إغلاق التصويت.</numerusform>
                <numerusform>لم يصوّت الجميع (الناقص: %n صوت)؛ يجوز للرئيس إغلاق التصويت.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The passphrase must have at least %n characters.</source>
            <translation>
                <numerusform>يجب أن تتكون عبارة المرور من %n أحرف على الأقل.</numerusform>
                <numerusform>يجب أن تتكون عبارة المرور من حرف واحد على الأقل.</numerusform>
                <numerusform>يجب أن تتكون عبارة المرور من حرفين على الأقل.</numerusform>
                <numerusform>يجب أن تتكون عبارة المرور من %n أحرف على الأقل.</numerusform>
                <numerusform>يجب أن تتكون عبارة المرور من %n حرفًا على الأقل.</numerusform>
                <numerusform>يجب أن تتكون عبارة المرور من %n حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) from event {seq} on were deleted.</source>
            <translation>
                <numerusform>لم يُحذف أي حدث ابتداءً من الحدث {seq}.</numerusform>
                <numerusform>حُذف حدث واحد ابتداءً من الحدث {seq}.</numerusform>
                <numerusform>حُذف حدثان ابتداءً من الحدث {seq}.</numerusform>
                <numerusform>حُذفت %n أحداث ابتداءً من الحدث {seq}.</numerusform>
                <numerusform>حُذف %n حدثًا ابتداءً من الحدث {seq}.</numerusform>
                <numerusform>حُذف %n حدث ابتداءً من الحدث {seq}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) were deleted before event {seq} and the rest renumbered.</source>
            <translation>
                <numerusform>لم يُحذف أي حدث قبل الحدث {seq}، وأُعيد ترقيم الباقي.</numerusform>
                <numerusform>حُذف حدث واحد قبل الحدث {seq} وأُعيد ترقيم الباقي.</numerusform>
                <numerusform>حُذف حدثان قبل الحدث {seq} وأُعيد ترقيم الباقي.</numerusform>
                <numerusform>حُذفت %n أحداث قبل الحدث {seq} وأُعيد ترقيم الباقي.</numerusform>
                <numerusform>حُذف %n حدثًا قبل الحدث {seq} وأُعيد ترقيم الباقي.</numerusform>
                <numerusform>حُذف %n حدث قبل الحدث {seq} وأُعيد ترقيم الباقي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s)</source>
            <translation>
                <numerusform>لا عمال</numerusform>
                <numerusform>عامل واحد</numerusform>
                <numerusform>عاملان</numerusform>
                <numerusform>%n عمال</numerusform>
                <numerusform>%n عاملًا</numerusform>
                <numerusform>%n عامل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) filed</source>
            <translation>
                <numerusform>لا ملفات مقدَّمة</numerusform>
                <numerusform>ملف واحد مقدَّم</numerusform>
                <numerusform>ملفان مقدَّمان</numerusform>
                <numerusform>%n ملفات مقدَّمة</numerusform>
                <numerusform>%n ملفًا مقدَّمًا</numerusform>
                <numerusform>%n ملف مقدَّم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivateBallot</name>
        <message>
            <source>Private ballot</source>
            <translation>بطاقة الاقتراع الخاصة</translation>
        </message>
        <message>
            <source>Ballot of %1</source>
            <translation>بطاقة اقتراع %1</translation>
        </message>
        <message>
            <source>Only you see this. It locks when you cast or after a minute idle.</source>
            <translation>لا يرى هذا أحد غيرك. تُقفَل عند الإدلاء بصوتك أو بعد دقيقة من الخمول.</translation>
        </message>
        <message>
            <source>Your scores</source>
            <translation>درجاتك</translation>
        </message>
        <message>
            <source>&amp;Use the data scores</source>
            <translation>ا&amp;ستخدام درجات البيانات</translation>
        </message>
        <message>
            <source>Use the technical scores from the dossier</source>
            <translation>استخدام الدرجات الفنية من الملف</translation>
        </message>
        <message>
            <source>Set each criterion with a technical score to that score</source>
            <translation>ضبط كل معيار له درجة فنية على تلك الدرجة</translation>
        </message>
        <message>
            <source>Your scores (optional)</source>
            <translation>درجاتك (اختياري)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>مؤيد</translation>
        </message>
        <message>
            <source>Vote for the motion</source>
            <translation>التصويت تأييدًا للاقتراح</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>معارض</translation>
        </message>
        <message>
            <source>Vote against the motion</source>
            <translation>التصويت معارضةً للاقتراح</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>ممتنع</translation>
        </message>
        <message>
            <source>Explanation of vote (minuted &amp;with a named vote):</source>
            <translation>تعليل التصويت (يُثبَت في المحضر &amp;مع التصويت العلني):</translation>
        </message>
        <message>
            <source>Explanation of vote</source>
            <translation>تعليل التصويت</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>اختياري</translation>
        </message>
        <message>
            <source>Cast &amp;ballot</source>
            <translation>الإدلاء بال&amp;صوت</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>الإدلاء بالصوت</translation>
        </message>
        <message>
            <source>Loc&amp;k without voting</source>
            <translation>الإ&amp;قفال دون تصويت</translation>
        </message>
        <message>
            <source>Lock without voting</source>
            <translation>الإقفال دون تصويت</translation>
        </message>
        <message>
            <source>Your vote:</source>
            <translation>صوتك:</translation>
        </message>
        <message>
            <source>Arrow keys move between the three choices; Space chooses; Ctrl+Return casts.</source>
            <translation>مفاتيح الأسهم تنقل بين الخيارات الثلاثة؛ ومفتاح المسافة يختار؛ وCtrl+Return يُدلي بالصوت.</translation>
        </message>
        <message numerus="yes">
            <source>Locking in %n s — touch any key to keep working</source>
            <translation>
                <numerusform>الإقفال خلال %n ث — المس أي مفتاح لمواصلة العمل</numerusform>
                <numerusform>الإقفال خلال ثانية واحدة — المس أي مفتاح لمواصلة العمل</numerusform>
                <numerusform>الإقفال خلال ثانيتين — المس أي مفتاح لمواصلة العمل</numerusform>
                <numerusform>الإقفال خلال %n ثوانٍ — المس أي مفتاح لمواصلة العمل</numerusform>
                <numerusform>الإقفال خلال %n ثانيةً — المس أي مفتاح لمواصلة العمل</numerusform>
                <numerusform>الإقفال خلال %n ثانية — المس أي مفتاح لمواصلة العمل</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose For, Against or Abstain first.</source>
            <translation>اختر «مؤيد» أو «معارض» أو «ممتنع» أولًا.</translation>
        </message>
    </context>
    <context>
        <name>ProblemTableModel</name>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>العمود</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>file not found</source>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>تتعذر قراءة الملف: {reason}</translation>
        </message>
        <message>
            <source>unsupported file type; use .csv or .xlsx</source>
            <translation>نوع الملف غير مدعوم؛ استخدم ملفًا بامتداد .csv أو .xlsx</translation>
        </message>
        <message>
            <source>the file is not UTF-8: line {line} cannot be decoded; save it as 'CSV UTF-8'</source>
            <translation>ترميز الملف ليس UTF-8: يتعذر فك ترميز السطر {line}؛ احفظه بصيغة «CSV UTF-8»</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>the file has a header but no requests</source>
            <translation>في الملف صف عناوين ولكن لا توجد فيه طلبات</translation>
        </message>
        <message>
            <source>the CSV cannot be read: {reason}</source>
            <translation>تتعذر قراءة ملف CSV: {reason}</translation>
        </message>
        <message>
            <source>the spreadsheet cannot be read: {reason}</source>
            <translation>تتعذر قراءة جدول البيانات: {reason}</translation>
        </message>
        <message>
            <source>the TOML cannot be read: {reason}</source>
            <translation>تتعذر قراءة ملف TOML: {reason}</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>عمود مطلوب مفقود</translation>
        </message>
        <message>
            <source>column appears twice in the header</source>
            <translation>العمود مكرر في صف العناوين</translation>
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation>عمود غير معروف، تم تجاهله</translation>
        </message>
        <message>
            <source>the row has {found} fields but the header has {expected}</source>
            <translation>عدد حقول الصف {found}، بينما عدد حقول صف العناوين {expected}</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>القيمة مطلوبة</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>ليس عددًا صحيحًا</translation>
        </message>
        <message>
            <source>not a number (use a dot as the decimal point, no thousands separator)</source>
            <translation>ليس عددًا (استخدم النقطة فاصلةً عشرية، ودون فاصل للآلاف)</translation>
        </message>
        <message>
            <source>not a yes/no value (true/false, yes/no, 1/0, sí/no, oui/non)</source>
            <translation>ليست قيمة نعم/لا (true/false، yes/no، 1/0، sí/no، oui/non)</translation>
        </message>
        <message>
            <source>not a date in ISO 8601 form (YYYY-MM-DD)</source>
            <translation>ليس تاريخًا بصيغة ISO 8601 (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>must be at least {min}</source>
            <translation>يجب ألا تقل القيمة عن {min}</translation>
        </message>
        <message>
            <source>must be at most {max}</source>
            <translation>يجب ألا تزيد القيمة على {max}</translation>
        </message>
        <message>
            <source>must be greater than 0</source>
            <translation>يجب أن تكون القيمة أكبر من 0</translation>
        </message>
        <message>
            <source>not an ISCO-08 unit group (a 4-digit code that exists)</source>
            <translation>ليس مجموعة وحدات في ISCO-08 (رمزًا موجودًا من 4 أرقام)</translation>
        </message>
        <message>
            <source>not an ISIC Rev.4 section letter (A-U) or 2-digit division</source>
            <translation>ليس حرف قسم في ISIC Rev.4 (A-U) ولا رمز فرع من رقمين</translation>
        </message>
        <message>
            <source>not an ISO 4217 currency code</source>
            <translation>ليس رمز عملة وفق ISO 4217</translation>
        </message>
        <message>
            <source>not an ISO 3166-1 alpha-2 country code</source>
            <translation>ليس رمز بلد وفق ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <source>unknown integration support item; use {allowed}</source>
            <translation>بند دعم اندماج غير معروف؛ استخدم {allowed}</translation>
        </message>
        <message>
            <source>holds the control character {char}: {rule}</source>
            <translation>يحتوي على محرف التحكم {char}: {rule}</translation>
        </message>
        <message>
            <source>not a usable number (NaN, infinity, an empty number cell, or out of range)</source>
            <translation>ليس عددًا صالحًا للاستخدام (NaN، أو ما لا نهاية، أو خلية عددية فارغة، أو قيمة خارج النطاق)</translation>
        </message>
        <message>
            <source>the cell holds a spreadsheet error, not a value</source>
            <translation>تحتوي الخلية على خطأ من جدول البيانات، لا على قيمة</translation>
        </message>
        <message>
            <source>foreign employees ({foreign}) exceed employees ({employees})</source>
            <translation>عدد الموظفين الأجانب ({foreign}) يتجاوز عدد الموظفين ({employees})</translation>
        </message>
        <message>
            <source>reference already used on row {first_row}</source>
            <translation>المرجع مستخدم بالفعل في الصف {first_row}</translation>
        </message>
        <message>
            <source>reference already in the database</source>
            <translation>المرجع موجود بالفعل في قاعدة البيانات</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>مفتاح غير معروف</translation>
        </message>
        <message>
            <source>required key is missing</source>
            <translation>مفتاح مطلوب مفقود</translation>
        </message>
        <message>
            <source>must be {expected}</source>
            <translation>يجب أن تكون القيمة: {expected}</translation>
        </message>
        <message>
            <source>must be one of: {allowed}</source>
            <translation>يجب أن تكون القيمة إحدى القيم التالية: {allowed}</translation>
        </message>
        <message>
            <source>id already used by another member</source>
            <translation>المعرّف مستخدم لعضو آخر</translation>
        </message>
        <message>
            <source>no member with this id</source>
            <translation>لا يوجد عضو بهذا المعرّف</translation>
        </message>
        <message>
            <source>not a fraction between 0 and 1 (e.g. "2/3")</source>
            <translation>ليس كسرًا بين 0 و1 (مثال: «2/3»)</translation>
        </message>
        <message>
            <source>the board needs exactly one active chair (found {found})</source>
            <translation>يجب أن يكون للجنة رئيس نشط واحد بالضبط (العدد الموجود: {found})</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no request with this reference in the database</source>
            <translation>لا يوجد طلب بهذا المرجع في قاعدة البيانات</translation>
        </message>
        <message>
            <source>the request is {status}, not pending</source>
            <translation>الطلب في حالة {status}، وليس قيد الانتظار</translation>
        </message>
        <message>
            <source>this member may not vote, score or dissent on the item: {why}</source>
            <translation>لا يجوز لهذا العضو التصويت على البند أو منحه درجات أو تقديم رأي مخالف بشأنه: {why}</translation>
        </message>
        <message>
            <source>a motion after an adopted one (motion {adopted} already decided the item)</source>
            <translation>اقتراح لاحق لاقتراح معتمد (الاقتراح {adopted} بتّ في البند بالفعل)</translation>
        </message>
        <message>
            <source>this request is already an item of the meeting</source>
            <translation>هذا الطلب مدرج بالفعل بندًا في الاجتماع</translation>
        </message>
        <message>
            <source>workers must be a whole number from {low} to the {max} requested</source>
            <translation>يجب أن يكون عدد العمال عددًا صحيحًا من {low} إلى {max} (العدد المطلوب)</translation>
        </message>
        <message>
            <source>no criterion with this code in the catalogue</source>
            <translation>لا يوجد معيار بهذا الرمز في الكتالوج</translation>
        </message>
        <message>
            <source>points must be 0, 10 or 20</source>
            <translation>يجب أن تكون النقاط 0 أو 10 أو 20</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Tripartite</source>
            <translation>Tripartite</translation>
        </message>
    </context>
    <context>
        <name>RecordBanner</name>
        <message>
            <source>The record was changed outside Tripartite</source>
            <translation>غُيّر السجل خارج Tripartite</translation>
        </message>
        <message>
            <source>Open the a&amp;udit log</source>
            <translation>فتح سجل ال&amp;تدقيق</translation>
        </message>
        <message numerus="yes">
            <source>This board's record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.</source>
            <translation>
                <numerusform>غُيّر سجل هذه اللجنة خارج Tripartite: %1. افتح سجل التدقيق للاطلاع على ذلك.</numerusform>
                <numerusform>غُيّر سجل هذه اللجنة خارج Tripartite: %1 (وأمر آخر). افتح سجل التدقيق للاطلاع عليها.</numerusform>
                <numerusform>غُيّر سجل هذه اللجنة خارج Tripartite: %1 (وأمران آخران). افتح سجل التدقيق للاطلاع عليها.</numerusform>
                <numerusform>غُيّر سجل هذه اللجنة خارج Tripartite: %1 (و%n أمور أخرى). افتح سجل التدقيق للاطلاع عليها.</numerusform>
                <numerusform>غُيّر سجل هذه اللجنة خارج Tripartite: %1 (و%n أمرًا آخر). افتح سجل التدقيق للاطلاع عليها.</numerusform>
                <numerusform>غُيّر سجل هذه اللجنة خارج Tripartite: %1 (و%n أمر آخر). افتح سجل التدقيق للاطلاع عليها.</numerusform>
            </translation>
        </message>
        <message>
            <source>This board's record was changed outside Tripartite: %1. Open the audit log to see it.</source>
            <translation>غُيّر سجل هذه اللجنة خارج Tripartite: %1. افتح سجل التدقيق للاطلاع على ذلك.</translation>
        </message>
        <message>
            <source>audit event {seq} was altered</source>
            <translation>عُدّل حدث التدقيق {seq}</translation>
        </message>
        <message>
            <source>audit event {seq} was rewritten and its hash recomputed</source>
            <translation>أُعيدت كتابة حدث التدقيق {seq} وأُعيد حساب قيمة تجزئته</translation>
        </message>
        <message numerus="yes">
            <source>%n audit event(s) from event {seq} on were deleted</source>
            <translation>
                <numerusform>لم يُحذف أي حدث تدقيق ابتداءً من الحدث {seq}</numerusform>
                <numerusform>حُذف حدث تدقيق واحد ابتداءً من الحدث {seq}</numerusform>
                <numerusform>حُذف حدثا تدقيق ابتداءً من الحدث {seq}</numerusform>
                <numerusform>حُذفت %n أحداث تدقيق ابتداءً من الحدث {seq}</numerusform>
                <numerusform>حُذف %n حدثَ تدقيق ابتداءً من الحدث {seq}</numerusform>
                <numerusform>حُذف %n حدث تدقيق ابتداءً من الحدث {seq}</numerusform>
            </translation>
        </message>
        <message>
            <source>audit events before event {seq} were deleted and the rest renumbered</source>
            <translation>حُذفت أحداث تدقيق قبل الحدث {seq} وأُعيد ترقيم الباقي</translation>
        </message>
        <message>
            <source>the record up to event {seq} is not the one {source} holds</source>
            <translation>السجل حتى الحدث {seq} ليس هو الذي يحتفظ به {source}</translation>
        </message>
        <message>
            <source>event {seq}, which {source} holds, is missing</source>
            <translation>الحدث {seq}، الذي يحتفظ به {source}، مفقود</translation>
        </message>
        <message>
            <source>{row} differs from what its audit event {seq} recorded</source>
            <translation>{row} يختلف عمّا سجّله حدث التدقيق {seq} الخاص به</translation>
        </message>
        <message>
            <source>{row} has no audit event vouching for it</source>
            <translation>{row} لا يشهد له أي حدث تدقيق</translation>
        </message>
        <message>
            <source>{row} was deleted</source>
            <translation>حُذف {row}</translation>
        </message>
        <message>
            <source>the secret votes of {key} differ from what their reveal committed to</source>
            <translation>تختلف الأصوات السرية على {key} عمّا ارتبط به الكشف عنها</translation>
        </message>
        <message>
            <source>the secret votes of {key} do not match the members who voted</source>
            <translation>لا تطابق الأصوات السرية على {key} الأعضاء الذين صوّتوا</translation>
        </message>
        <message>
            <source>the check found {code}</source>
            <translation>وجد التحقق {code}</translation>
        </message>
        <message>
            <source>an anchor</source>
            <translation>مرساة</translation>
        </message>
    </context>
    <context>
        <name>RecordCheck</name>
        <message>
            <source>The record could not be checked: {error}</source>
            <translation>تعذّر التحقق من السجل: {error}</translation>
        </message>
    </context>
    <context>
        <name>RecusalDialog</name>
        <message>
            <source>Recusals</source>
            <translation>حالات التنحي</translation>
        </message>
        <message>
            <source>Recusals recorded</source>
            <translation>حالات التنحي المسجَّلة</translation>
        </message>
        <message>
            <source>Member who steps aside</source>
            <translation>العضو المتنحّي</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>The interest declared, as it will be minuted</source>
            <translation>المصلحة المُصرَّح بها، كما ستُثبَت في المحضر</translation>
        </message>
        <message>
            <source>Enter your PIN to record the recusal.</source>
            <translation>أدخل رمز PIN لتسجيل التنحي.</translation>
        </message>
        <message>
            <source>&amp;Record recusal</source>
            <translation>ت&amp;سجيل التنحي</translation>
        </message>
        <message>
            <source>Record recusal</source>
            <translation>تسجيل التنحي</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>ال&amp;عضو:</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>ال&amp;سبب:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Recorded for this item:</source>
            <translation>المسجَّل لهذا البند:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Write the reason: it is minuted.</source>
            <translation>اكتب السبب: سيُثبَت في المحضر.</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <source>Two members must each type their PIN.</source>
            <translation>يجب أن يكتب كل من العضوين رمز PIN الخاص به.</translation>
        </message>
        <message>
            <source>These PINs were typed for another board's database.</source>
            <translation>كُتبت رموز PIN هذه لقاعدة بيانات لجنة أخرى.</translation>
        </message>
        <message>
            <source>Two different members must type their PIN.</source>
            <translation>يجب أن يكتب عضوان مختلفان رمز PIN الخاص بكل منهما.</translation>
        </message>
        <message>
            <source>Only a meeting created for recording, still in draft, can be recorded.</source>
            <translation>لا يمكن تسجيل إلا اجتماع أُنشئ للتسجيل ولا يزال مسودة.</translation>
        </message>
        <message>
            <source>This needs a member's PIN.</source>
            <translation>يتطلب هذا رمز PIN الخاص بعضو.</translation>
        </message>
        <message>
            <source>This PIN was typed too long ago; type it again.</source>
            <translation>كُتب رمز PIN هذا منذ مدة طويلة؛ اكتبه مرة أخرى.</translation>
        </message>
        <message>
            <source>Recording a held meeting gives authority over that meeting only.</source>
            <translation>تسجيل اجتماع منعقد يمنح صلاحية على ذلك الاجتماع فقط.</translation>
        </message>
        <message>
            <source>This needs the PINs of the members concerned.</source>
            <translation>يتطلب هذا رموز PIN الخاصة بالأعضاء المعنيين.</translation>
        </message>
        <message>
            <source>Only the member themself may do this, after their own PIN.</source>
            <translation>لا يجوز القيام بهذا إلا للعضو نفسه، بعد إدخال رمز PIN الخاص به.</translation>
        </message>
        <message>
            <source>Only the member presiding (the chair, or the stand-in named at the opening) may do this.</source>
            <translation>لا يجوز القيام بهذا إلا للعضو المترئس (الرئيس، أو البديل المسمّى عند الافتتاح).</translation>
        </message>
        <message>
            <source>Only the chair or the secretary may do this, with their PIN.</source>
            <translation>لا يجوز القيام بهذا إلا للرئيس أو لأمين السر، برمز PIN الخاص به.</translation>
        </message>
        <message>
            <source>A change of the rules needs the chair's and the secretary's PINs.</source>
            <translation>يتطلب تغيير القواعد رمزي PIN الخاصين بالرئيس وأمين السر.</translation>
        </message>
        <message>
            <source>Resetting a PIN needs the chair's and the secretary's PINs.</source>
            <translation>تتطلب إعادة تعيين رمز PIN رمزي PIN الخاصين بالرئيس وأمين السر.</translation>
        </message>
        <message>
            <source>To change your own PIN, give your old PIN (Change my PIN).</source>
            <translation>لتغيير رمز PIN الخاص بك، أدخل رمز PIN القديم (تغيير رمز PIN الخاص بي).</translation>
        </message>
        <message>
            <source>A first PIN is set with the chair's or the secretary's PIN.</source>
            <translation>يُعيَّن أول رمز PIN برمز PIN الخاص بالرئيس أو بأمين السر.</translation>
        </message>
        <message>
            <source>A stand-in is named with their own PIN and the secretary's (or the chair's).</source>
            <translation>يُسمّى البديل برمز PIN الخاص به ورمز أمين السر (أو الرئيس).</translation>
        </message>
        <message>
            <source>This member's stored PIN cannot be read; the chair and the secretary must reset it.</source>
            <translation>يتعذر قراءة رمز PIN المخزَّن لهذا العضو؛ يجب أن يعيد الرئيس وأمين السر تعيينه.</translation>
        </message>
        <message>
            <source>That PIN is published as a demo PIN; choose another.</source>
            <translation>رمز PIN هذا منشور بوصفه رمزًا تجريبيًا؛ اختر رمزًا آخر.</translation>
        </message>
        <message>
            <source>Demo PINs are only for a freshly loaded sample board.</source>
            <translation>رموز PIN التجريبية مخصصة فقط للجنة تجريبية حُمّلت للتو.</translation>
        </message>
        <message>
            <source>This member has no PIN yet. The secretary sets one in the board settings.</source>
            <translation>ليس لهذا العضو رمز PIN بعد. يعيّنه أمين السر في إعدادات اللجنة.</translation>
        </message>
        <message>
            <source>This database already has a board; use a new database file.</source>
            <translation>توجد لجنة في قاعدة البيانات هذه بالفعل؛ استخدم ملف قاعدة بيانات جديدًا.</translation>
        </message>
        <message>
            <source>This database has no board yet.</source>
            <translation>لا توجد لجنة في قاعدة البيانات هذه بعد.</translation>
        </message>
        <message>
            <source>There is no such member on this board.</source>
            <translation>لا يوجد عضو كهذا في هذه اللجنة.</translation>
        </message>
        <message>
            <source>The board's criteria catalogue ({version}…) is missing from the database.</source>
            <translation>كتالوج معايير اللجنة ({version}…) مفقود من قاعدة البيانات.</translation>
        </message>
        <message>
            <source>{path}: choose a .csv or .xlsx file.</source>
            <translation>{path}: اختر ملفًا بامتداد .csv أو .xlsx.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>تتعذر الكتابة في {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>تتعذر قراءة {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} غير موجود.</translation>
        </message>
        <message>
            <source>{path} is busy: another program is using it. Close that program and try again.</source>
            <translation>{path} مشغول: يستخدمه برنامج آخر. أغلق ذلك البرنامج وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>{path} is locked by another task; try again in a moment.</source>
            <translation>{path} مُقفَل من مهمة أخرى؛ حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>The computer ran out of memory while using {path}.</source>
            <translation>نفدت ذاكرة الحاسوب أثناء استخدام {path}.</translation>
        </message>
        <message>
            <source>{path} is read-only; copy it to a folder you may write to, or ask for write access.</source>
            <translation>{path} للقراءة فقط؛ انسخه إلى مجلد يمكنك الكتابة فيه، أو اطلب صلاحية الكتابة.</translation>
        </message>
        <message>
            <source>The disk could not be read or written while using {path}.</source>
            <translation>تعذرت القراءة من القرص أو الكتابة عليه أثناء استخدام {path}.</translation>
        </message>
        <message>
            <source>{path} is damaged; open the latest backup instead.</source>
            <translation>{path} تالف؛ افتح أحدث نسخة احتياطية بدلًا منه.</translation>
        </message>
        <message>
            <source>The disk is full; free some space, then try again.</source>
            <translation>القرص ممتلئ؛ أفرغ بعض المساحة، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>{path} cannot be opened.</source>
            <translation>يتعذر فتح {path}.</translation>
        </message>
        <message>
            <source>Access to {path} was denied.</source>
            <translation>رُفض الوصول إلى {path}.</translation>
        </message>
        <message>
            <source>{path} is not a Tripartite database.</source>
            <translation>{path} ليس قاعدة بيانات Tripartite.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be created: {reason}.</source>
            <translation>يتعذر إنشاء المجلد {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} موجود بالفعل؛ اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>A secret ballot is being cast; make the backup after its reveal.</source>
            <translation>يجري الإدلاء باقتراع سري؛ أنشئ النسخة الاحتياطية بعد الكشف عن الأصوات.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are signed, so it is read-only; record a correction as an amendment.</source>
            <translation>محضر هذا الاجتماع موقَّع، لذا فهو للقراءة فقط؛ سجّل أي تصحيح بوصفه تعديلًا.</translation>
        </message>
        <message>
            <source>That agenda item no longer exists.</source>
            <translation>بند جدول الأعمال هذا لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>That motion no longer exists.</source>
            <translation>هذا الاقتراح لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>That record no longer exists.</source>
            <translation>هذا القيد لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>The meeting's state ({status}) does not allow this now.</source>
            <translation>حالة الاجتماع ({status}) لا تسمح بهذا الآن.</translation>
        </message>
        <message>
            <source>Only a voting member of the board may preside.</source>
            <translation>لا يجوز أن يترأس إلا عضو في اللجنة له حق التصويت.</translation>
        </message>
        <message>
            <source>The stand-in named is not marked present: mark them present, or name another.</source>
            <translation>البديل المسمّى غير مسجَّل حاضرًا: سجّل حضوره، أو سمِّ بديلًا آخر.</translation>
        </message>
        <message>
            <source>A vote is still open; reveal it first.</source>
            <translation>لا يزال التصويت مفتوحًا؛ اكشف عن الأصوات أولًا.</translation>
        </message>
        <message>
            <source>A motion on this item is still being voted; reveal it first.</source>
            <translation>لا يزال التصويت جاريًا على اقتراح بشأن هذا البند؛ اكشف عن الأصوات أولًا.</translation>
        </message>
        <message>
            <source>Request {reference} is no longer pending.</source>
            <translation>الطلب {reference} لم يعد قيد الانتظار.</translation>
        </message>
        <message>
            <source>Recusals are recorded before voting on the item starts.</source>
            <translation>تُسجَّل حالات التنحي قبل بدء التصويت على البند.</translation>
        </message>
        <message>
            <source>Attestations are settled before voting on the item starts.</source>
            <translation>تُحسم الإقرارات قبل بدء التصويت على البند.</translation>
        </message>
        <message>
            <source>The item is already settled.</source>
            <translation>البند محسوم بالفعل.</translation>
        </message>
        <message>
            <source>Workers approved must be between 1 and the {requested} requested.</source>
            <translation>يجب أن يكون عدد العمال الموافق عليهم بين 1 والعدد المطلوب {requested}.</translation>
        </message>
        <message>
            <source>The condition “{kind}” is incomplete or out of range.</source>
            <translation>الشرط «{kind}» غير مكتمل أو خارج النطاق.</translation>
        </message>
        <message>
            <source>The item has no quorum; it cannot be voted.</source>
            <translation>لا نصاب لهذا البند؛ لا يمكن التصويت عليه.</translation>
        </message>
        <message>
            <source>The motion is not in a state that allows this.</source>
            <translation>حالة الاقتراح لا تسمح بهذا.</translation>
        </message>
        <message>
            <source>Voting on this motion is not open.</source>
            <translation>التصويت على هذا الاقتراح غير مفتوح.</translation>
        </message>
        <message>
            <source>This member is not entitled to vote on this item.</source>
            <translation>لا يحق لهذا العضو التصويت على هذا البند.</translation>
        </message>
        <message>
            <source>This member has already voted on this motion.</source>
            <translation>صوّت هذا العضو بالفعل على هذا الاقتراح.</translation>
        </message>
        <message>
            <source>The ballots are sealed until the reveal.</source>
            <translation>بطاقات الاقتراع مختومة حتى الكشف عن الأصوات.</translation>
        </message>
        <message>
            <source>A bare tally is accepted only when recording a held meeting.</source>
            <translation>لا تُقبل الحصيلة المجردة إلا عند تسجيل اجتماع منعقد.</translation>
        </message>
        <message>
            <source>The 48-hour window for written dissents has closed.</source>
            <translation>انقضت مهلة الـ 48 ساعة لتقديم الآراء المخالفة المكتوبة.</translation>
        </message>
        <message>
            <source>A dissent is filed against a decision.</source>
            <translation>يُقدَّم الرأي المخالف ضد قرار.</translation>
        </message>
        <message>
            <source>Only a member who sat on this item may file a dissent on it.</source>
            <translation>لا يجوز تقديم رأي مخالف بشأن بند إلا لعضو شارك في النظر فيه.</translation>
        </message>
        <message>
            <source>A dissent needs its text.</source>
            <translation>يحتاج الرأي المخالف إلى نص.</translation>
        </message>
        <message>
            <source>That follow-up record no longer exists.</source>
            <translation>سجل المتابعة هذا لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>This condition's follow-up is settled; it takes no more evidence or findings.</source>
            <translation>متابعة هذا الشرط مغلقة؛ لا تقبل مزيدًا من الأدلة أو النتائج.</translation>
        </message>
        <message>
            <source>No evidence is filed for this condition yet: file it first, or record a breach.</source>
            <translation>لم تُقدَّم بعدُ أي أدلة لهذا الشرط: قدِّمها أولًا، أو سجِّل إخلالًا به.</translation>
        </message>
        <message>
            <source>A finding needs its note.</source>
            <translation>تتطلب النتيجة ملاحظة تبيّن أسبابها.</translation>
        </message>
        <message>
            <source>That meeting no longer exists.</source>
            <translation>هذا الاجتماع لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are not signed yet: correct the meeting and build them again.</source>
            <translation>محضر هذا الاجتماع لم يوقَّع بعد: صحّح الاجتماع وأعدّ المحضر مرة أخرى.</translation>
        </message>
        <message>
            <source>Close the meeting before building its minutes.</source>
            <translation>أغلق الاجتماع قبل إعداد محضره.</translation>
        </message>
        <message>
            <source>The minutes are being signed ({roles} signed): finish the signatures.</source>
            <translation>يجري توقيع المحضر ({roles} وقّعوا): أكمل التوقيعات.</translation>
        </message>
        <message>
            <source>Those minutes no longer exist.</source>
            <translation>هذا المحضر لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>These minutes were built again since; sign the newer file.</source>
            <translation>أُعيد إعداد هذا المحضر منذ ذلك الحين؛ وقّع الملف الأحدث.</translation>
        </message>
        <message>
            <source>This file is an older revision of the minutes: sign the latest signed file instead.</source>
            <translation>هذا الملف نسخة أقدم من المحضر: وقّع أحدث ملف موقَّع بدلًا منه.</translation>
        </message>
        <message>
            <source>This file is not minutes stored in this board's database.</source>
            <translation>هذا الملف ليس محضرًا مخزَّنًا في قاعدة بيانات هذه اللجنة.</translation>
        </message>
        <message>
            <source>{folder} is not empty and not an earlier demo folder; choose a new folder.</source>
            <translation>{folder} ليس فارغًا وليس مجلدًا تجريبيًا سابقًا؛ اختر مجلدًا جديدًا.</translation>
        </message>
        <message>
            <source>Type the signer's name.</source>
            <translation>اكتب اسم صاحب التوقيع.</translation>
        </message>
        <message>
            <source>There is no signatory role {role}.</source>
            <translation>لا يوجد دور موقِّع باسم {role}.</translation>
        </message>
        <message>
            <source>There is no key algorithm {algorithm}.</source>
            <translation>لا توجد خوارزمية مفاتيح باسم {algorithm}.</translation>
        </message>
        <message>
            <source>This file is not a certificate.</source>
            <translation>هذا الملف ليس شهادة.</translation>
        </message>
        <message>
            <source>This file holds no certificate.</source>
            <translation>لا يحتوي هذا الملف على أي شهادة.</translation>
        </message>
        <message>
            <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
            <translation>هذا الملف ليس مفتاح توقيع (ملف PKCS#12 بامتداد .p12).</translation>
        </message>
        <message>
            <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
            <translation>عبارة مرور خاطئة لملف المفتاح هذا. لم يُوقَّع شيء؛ اكتبها مرة أخرى.</translation>
        </message>
        <message>
            <source>The file cannot be read as a PDF: it may be damaged or cut short.</source>
            <translation>تتعذر قراءة الملف بصيغة PDF: ربما يكون تالفًا أو مبتورًا.</translation>
        </message>
        <message>
            <source>The file has no readable signature.</source>
            <translation>لا يحتوي الملف على توقيع مقروء.</translation>
        </message>
        <message>
            <source>This file is not minutes made by Tripartite (it has no evidence annex).</source>
            <translation>هذا الملف ليس محضرًا أعدّه Tripartite (ليس فيه ملحق أدلة).</translation>
        </message>
        <message>
            <source>These minutes have no signature box for {role}.</source>
            <translation>لا توجد في هذا المحضر خانة توقيع لـ {role}.</translation>
        </message>
        <message>
            <source>This role has already signed.</source>
            <translation>وقّع هذا الدور بالفعل.</translation>
        </message>
        <message>
            <source>This key was made for the role {key_role}, not {role}.</source>
            <translation>أُنشئ هذا المفتاح للدور {key_role}، لا للدور {role}.</translation>
        </message>
        <message>
            <source>This key has already signed the {box} box; each box needs its own signatory.</source>
            <translation>وقّع هذا المفتاح خانة {box} بالفعل؛ تحتاج كل خانة إلى موقِّع خاص بها.</translation>
        </message>
        <message>
            <source>This file was changed after the {role} signature; do not sign it, get the signed minutes again.</source>
            <translation>غُيّر هذا الملف بعد توقيع {role}؛ لا توقّعه، واحصل على المحضر الموقَّع مرة أخرى.</translation>
        </message>
        <message>
            <source>This certificate was made for the role {certificate_role}, not {role}.</source>
            <translation>أُصدرت هذه الشهادة للدور {certificate_role}، لا للدور {role}.</translation>
        </message>
        <message>
            <source>The certificate of {subject} names no signatory role; choose the role it signs for.</source>
            <translation>لا تحدد شهادة {subject} أي دور موقِّع؛ اختر الدور الذي توقّع عنه.</translation>
        </message>
        <message>
            <source>{name} does not hold the signatory role {role}.</source>
            <translation>لا يشغل {name} دور الموقِّع {role}.</translation>
        </message>
        <message>
            <source>The certificate of {subject} is trusted already, for another member or box; remove it first.</source>
            <translation>شهادة {subject} موثوقة بالفعل، لعضو آخر أو خانة أخرى؛ أزلها أولًا.</translation>
        </message>
        <message>
            <source>The board does not trust this certificate.</source>
            <translation>لا تثق اللجنة بهذه الشهادة.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>&amp;New request…</source>
            <translation>طلب &amp;جديد…</translation>
        </message>
        <message>
            <source>Enter a request by hand (Ctrl+N)</source>
            <translation>إدخال طلب يدويًا (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit request…</source>
            <translation>&amp;تحرير الطلب…</translation>
        </message>
        <message>
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <source>Correct the selected request (F2); pending or deferred only</source>
            <translation>تصحيح الطلب المحدد (F2)؛ للطلبات قيد الانتظار أو المؤجلة فقط</translation>
        </message>
        <message>
            <source>Add to &amp;agenda…</source>
            <translation>إضافة إلى &amp;جدول الأعمال…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>Put the selected requests on a meeting's agenda (Ctrl+Shift+A)</source>
            <translation>إدراج الطلبات المحددة في جدول أعمال اجتماع (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Search reference, employer, job, region, notes…</source>
            <translation>البحث في المرجع وصاحب العمل والوظيفة والمنطقة والملاحظات…</translation>
        </message>
        <message>
            <source>Every word must match the start of a word; accents are ignored.</source>
            <translation>يجب أن تطابق كل كلمة بداية كلمة؛ وتُتجاهل علامات التشكيل.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>ال&amp;بحث:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>ال&amp;مهنة:</translation>
        </message>
        <message>
            <source>{shown} of {total} requests</source>
            <translation>الطلبات: {shown} من {total}</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>جميع الحالات</translation>
        </message>
        <message>
            <source>All occupations</source>
            <translation>جميع المهن</translation>
        </message>
        <message>
            <source>Gates and score are computed for the rows shown and cannot be sorted; filter instead.</source>
            <translation>تُحسب البوابات والدرجة للصفوف المعروضة ولا يمكن الفرز حسبها؛ استخدم التصفية بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>{reference} is {status}: only pending or deferred requests can be edited.</source>
            <translation>{reference} في حالة {status}: لا يمكن تحرير إلا الطلبات قيد الانتظار أو المؤجلة.</translation>
        </message>
        <message>
            <source>Saved the request; the change is in the audit log.</source>
            <translation>حُفظ الطلب؛ التغيير مسجَّل في سجل التدقيق.</translation>
        </message>
        <message>
            <source>{status} ({count})</source>
            <translation>{status} ({count})</translation>
        </message>
    </context>
    <context>
        <name>RequestFormDialog</name>
        <message>
            <source>Fields marked * are required. Leave a fact empty when it is unknown: it then counts as missing evidence, not as zero.</source>
            <translation>الحقول المعلَّمة بـ * مطلوبة. اترك الواقعة فارغة إذا كانت غير معروفة: عندئذ تُعدّ أدلة ناقصة، لا صفرًا.</translation>
        </message>
        <message>
            <source>&amp;Save request</source>
            <translation>&amp;حفظ الطلب</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>طلب جديد</translation>
        </message>
        <message>
            <source>Request and employer</source>
            <translation>الطلب وصاحب العمل</translation>
        </message>
        <message>
            <source>The job</source>
            <translation>الوظيفة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Local labour market</source>
            <translation>سوق العمل المحلي</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>الامتثال</translation>
        </message>
        <message>
            <source>Workforce, housing and integration</source>
            <translation>القوى العاملة والسكن والاندماج</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>ال&amp;مرجع</translation>
        </message>
        <message>
            <source>unique, e.g. REQ-2026-0049</source>
            <translation>فريد، مثال: REQ-2026-0049</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;صاحب العمل</translation>
        </message>
        <message>
            <source>Emplo&amp;yer id</source>
            <translation>م&amp;عرّف صاحب العمل</translation>
        </message>
        <message>
            <source>tax or registry number</source>
            <translation>الرقم الضريبي أو رقم السجل</translation>
        </message>
        <message>
            <source>Sector (IS&amp;IC)</source>
            <translation>ال&amp;قطاع (ISIC)</translation>
        </message>
        <message>
            <source>A–U or 01–99</source>
            <translation>A–U أو 01–99</translation>
        </message>
        <message>
            <source>&amp;Occupation (ISCO)</source>
            <translation>ال&amp;مهنة (ISCO)</translation>
        </message>
        <message>
            <source>e.g. 9211</source>
            <translation>مثال: 9211</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>المسمى ال&amp;وظيفي</translation>
        </message>
        <message>
            <source>Re&amp;gion</source>
            <translation>ال&amp;منطقة</translation>
        </message>
        <message>
            <source>&amp;Workers requested</source>
            <translation>ال&amp;عمال المطلوبون</translation>
        </message>
        <message>
            <source>at least 1</source>
            <translation>1 على الأقل</translation>
        </message>
        <message>
            <source>&amp;Duration (months)</source>
            <translation>ال&amp;مدة (بالأشهر)</translation>
        </message>
        <message>
            <source>1 to 60</source>
            <translation>من 1 إلى 60</translation>
        </message>
        <message>
            <source>Wage o&amp;ffered</source>
            <translation>الأجر الم&amp;عروض</translation>
        </message>
        <message>
            <source>monthly, e.g. 1850.50</source>
            <translation>شهريًا، مثال: 1850.50</translation>
        </message>
        <message>
            <source>&amp;Prevailing wage</source>
            <translation>الأجر ال&amp;سائد</translation>
        </message>
        <message>
            <source>monthly, same currency</source>
            <translation>شهريًا، بالعملة نفسها</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>ال&amp;عملة</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. EUR</source>
            <translation>ISO 4217، مثال: EUR</translation>
        </message>
        <message>
            <source>Origin co&amp;untries</source>
            <translation>&amp;بلدان المنشأ</translation>
        </message>
        <message>
            <source>ISO codes separated by ;  e.g. MA;SN</source>
            <translation>رموز ISO مفصولة بـ ;  مثال: MA;SN</translation>
        </message>
        <message>
            <source>Vacancy advertised (days)</source>
            <translation>مدة الإعلان عن الشاغر (بالأيام)</translation>
        </message>
        <message>
            <source>Recruitment channels</source>
            <translation>قنوات التوظيف</translation>
        </message>
        <message>
            <source>Local applicants</source>
            <translation>المتقدمون المحليون</translation>
        </message>
        <message>
            <source>Local hires</source>
            <translation>المعيَّنون المحليون</translation>
        </message>
        <message>
            <source>Local jobs created</source>
            <translation>الوظائف المحلية المستحدثة</translation>
        </message>
        <message>
            <source>Local trainees</source>
            <translation>المتدربون المحليون</translation>
        </message>
        <message>
            <source>Layoffs, last 12 months</source>
            <translation>حالات التسريح، آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>Violations, last 3 years</source>
            <translation>المخالفات، آخر 3 سنوات</translation>
        </message>
        <message>
            <source>Labour dispute</source>
            <translation>نزاع عمالي</translation>
        </message>
        <message>
            <source>Fees charged to workers</source>
            <translation>رسوم محمّلة على العمال</translation>
        </message>
        <message>
            <source>0 if none</source>
            <translation>0 إن لم توجد</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Foreign employees</source>
            <translation>الموظفون الأجانب</translation>
        </message>
        <message>
            <source>Housing provided</source>
            <translation>السكن مُوفَّر</translation>
        </message>
        <message>
            <source>Housing inspected</source>
            <translation>السكن مُفتَّش</translation>
        </message>
        <message>
            <source>Integration support</source>
            <translation>دعم الاندماج</translation>
        </message>
        <message>
            <source>Su&amp;bmitted on</source>
            <translation>&amp;تاريخ التقديم</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;ملاحظات</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>غير مُقدَّم</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Edit request {reference}</source>
            <translation>تحرير الطلب {reference}</translation>
        </message>
        <message>
            <source>The secretary or the chair saves this request.</source>
            <translation>يحفظ أمين السر أو الرئيس هذا الطلب.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>صاحب العمل</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>العمال</translation>
        </message>
        <message>
            <source>Wage offered</source>
            <translation>الأجر المعروض</translation>
        </message>
        <message>
            <source>Prevailing wage</source>
            <translation>الأجر السائد</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>تاريخ التقديم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>البوابات</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>ISCO-08 unit group</source>
            <translation>مجموعة وحدات ISCO-08</translation>
        </message>
        <message>
            <source>ISIC Rev.4 section or division</source>
            <translation>قسم أو فرع ISIC Rev.4</translation>
        </message>
        <message>
            <source>Foreign workers requested</source>
            <translation>العمال الأجانب المطلوبون</translation>
        </message>
        <message>
            <source>Prevailing wage for the job and region</source>
            <translation>الأجر السائد للوظيفة والمنطقة</translation>
        </message>
        <message>
            <source>Compliance gates: ✗ failed, ? missing evidence, ✓ every automatic gate passed (not sortable)</source>
            <translation>بوابات الامتثال: ✗ غير مُجتازة، ? أدلة ناقصة، ✓ اجتيزت كل البوابات التلقائية (لا يمكن الفرز)</translation>
        </message>
        <message>
            <source>Technical score from the dossier, 0–100; 50 meets expectations (not sortable)</source>
            <translation>الدرجة الفنية من الملف، 0–100؛ 50 تعني استيفاء التوقعات (لا يمكن الفرز)</translation>
        </message>
        <message>
            <source>✓ all</source>
            <translation>✓ الكل</translation>
        </message>
        <message>
            <source>{code} failed: {reason}</source>
            <translation>{code} غير مُجتازة: {reason}</translation>
        </message>
        <message>
            <source>{code} missing evidence, {reason}</source>
            <translation>{code} أدلة ناقصة، {reason}</translation>
        </message>
        <message>
            <source>Every automatic gate passed; attestation gates are answered at the meeting.</source>
            <translation>اجتيزت كل البوابات التلقائية؛ ويُجاب عن بوابات الإقرار في الاجتماع.</translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <source>Technical score (no member scored)</source>
            <translation>الدرجة الفنية (لم يمنح أي عضو درجات)</translation>
        </message>
        <message>
            <source>Scores by family (0–100)</source>
            <translation>الدرجات حسب الفئة (0–100)</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>حدّ القبول</translation>
        </message>
        <message>
            <source>Chart of scores by family and group</source>
            <translation>مخطط الدرجات حسب الفئة والطرف</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Tally by group</source>
            <translation>الحصيلة حسب الطرف</translation>
        </message>
        <message>
            <source>Votes and explanations</source>
            <translation>الأصوات والتعليلات</translation>
        </message>
        <message>
            <source>Votes and explanations of vote</source>
            <translation>الأصوات وتعليلات التصويت</translation>
        </message>
        <message>
            <source>Written dissents</source>
            <translation>الآراء المخالفة المكتوبة</translation>
        </message>
        <message>
            <source>File di&amp;ssent…</source>
            <translation>تقديم رأي م&amp;خالف…</translation>
        </message>
        <message>
            <source>File a written dissent</source>
            <translation>تقديم رأي مخالف مكتوب</translation>
        </message>
        <message>
            <source>Agreement and sensitivity</source>
            <translation>التوافق والحساسية</translation>
        </message>
        <message>
            <source>Not decided: no quorum</source>
            <translation>لم يُبتّ فيه: لا نصاب</translation>
        </message>
        <message>
            <source>Opinion adopted: %1</source>
            <translation>الرأي المعتمد: %1</translation>
        </message>
        <message>
            <source>Adopted: %1</source>
            <translation>المعتمد: %1</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>لم يُعتمد</translation>
        </message>
        <message>
            <source>Round %1. </source>
            <translation>الجولة %1. </translation>
        </message>
        <message>
            <source>Motion: %1</source>
            <translation>الاقتراح: %1</translation>
        </message>
        <message>
            <source>No result yet</source>
            <translation>لا نتيجة بعد</translation>
        </message>
        <message>
            <source>Secret ballot: only the tallies by group are shown and minuted.</source>
            <translation>اقتراع سري: لا تُعرض ولا تُثبَت في المحضر إلا الحصائل حسب الطرف.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) entitled to vote cast no ballot; the record does not say who.</source>
            <translation>
                <numerusform>أدلى جميع الأعضاء الذين لهم حق التصويت بأصواتهم.</numerusform>
                <numerusform>لم يُدلِ عضو واحد له حق التصويت بصوته؛ ولا يذكر السجل من هو.</numerusform>
                <numerusform>لم يُدلِ عضوان لهما حق التصويت بصوتيهما؛ ولا يذكر السجل من هما.</numerusform>
                <numerusform>لم يُدلِ %n أعضاء لهم حق التصويت بأصواتهم؛ ولا يذكر السجل من هم.</numerusform>
                <numerusform>لم يُدلِ %n عضوًا لهم حق التصويت بأصواتهم؛ ولا يذكر السجل من هم.</numerusform>
                <numerusform>لم يُدلِ %n عضو لهم حق التصويت بأصواتهم؛ ولا يذكر السجل من هم.</numerusform>
            </translation>
        </message>
        <message>
            <source>Did not vote: %1.</source>
            <translation>لم يصوّت: %1.</translation>
        </message>
        <message>
            <source>Board score %1 (%2).</source>
            <translation>درجة اللجنة %1 (%2).</translation>
        </message>
        <message>
            <source>No member scored for: %1.</source>
            <translation>لم يمنح أي عضو درجات لـ: %1.</translation>
        </message>
        <message>
            <source>No member scored this item; the chart shows the technical score.</source>
            <translation>لم يمنح أي عضو درجات لهذا البند؛ يعرض المخطط الدرجة الفنية.</translation>
        </message>
        <message>
            <source>Dissents are filed against a decision; this item has none.</source>
            <translation>تُقدَّم الآراء المخالفة ضد قرار؛ ولا قرار في هذا البند.</translation>
        </message>
        <message>
            <source>Open: dissents may be filed until 48 hours after the meeting closes.</source>
            <translation>مفتوح: يجوز تقديم آراء مخالفة حتى 48 ساعة بعد إغلاق الاجتماع.</translation>
        </message>
        <message>
            <source>Open until %1.</source>
            <translation>مفتوح حتى %1.</translation>
        </message>
        <message>
            <source>Closed on %1.</source>
            <translation>أُغلق في %1.</translation>
        </message>
    </context>
    <context>
        <name>RulesTab</name>
        <message>
            <source>none: without consensus the motion fails</source>
            <translation>لا شيء: من دون توافق يسقط الاقتراح</translation>
        </message>
        <message>
            <source>The chair's vote breaks a tie</source>
            <translation>صوت الرئيس يرجّح عند التعادل</translation>
        </message>
        <message>
            <source>The secretary holds a seat and votes</source>
            <translation>أمين السر يشغل مقعدًا ويصوّت</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>off (gate G9 as in the catalogue)</source>
            <translation>معطَّل (البوابة G9 كما في الكتالوج)</translation>
        </message>
        <message>
            <source>Board &amp;name:</source>
            <translation>ا&amp;سم اللجنة:</translation>
        </message>
        <message>
            <source>Legal bas&amp;is:</source>
            <translation>الأساس ال&amp;قانوني:</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>ال&amp;صلاحية:</translation>
        </message>
        <message>
            <source>&amp;Decision rule:</source>
            <translation>قاعدة ات&amp;خاذ القرار:</translation>
        </message>
        <message>
            <source>How a motion is adopted: by consensus, by a simple or qualified majority of the votes cast, by a majority of the constituency groups, or with each group weighing the same.</source>
            <translation>كيف يُعتمد الاقتراح: بالتوافق، أو بالأغلبية البسيطة أو الموصوفة للأصوات المُدلى بها، أو بأغلبية الأطراف، أو بوزن متساوٍ لكل طرف.</translation>
        </message>
        <message>
            <source>Gr&amp;oups required:</source>
            <translation>الأطراف ال&amp;مطلوبة:</translation>
        </message>
        <message>
            <source>Majority of groups: how many of the three constituency blocks must be for.</source>
            <translation>أغلبية الأطراف: كم كتلة من كتل الأطراف الثلاث يجب أن تكون مؤيدة.</translation>
        </message>
        <message>
            <source>&amp;Qualified fraction:</source>
            <translation>النسبة ال&amp;موصوفة:</translation>
        </message>
        <message>
            <source>Qualified majority: the share of for among for and against, e.g. 2/3.</source>
            <translation>الأغلبية الموصوفة: نسبة المؤيدين من مجموع المؤيدين والمعارضين، مثال: 2/3.</translation>
        </message>
        <message>
            <source>Consensus fallbac&amp;k:</source>
            <translation>القاعدة ال&amp;بديلة عند تعذّر التوافق:</translation>
        </message>
        <message>
            <source>Consensus: the rule that decides when consensus fails.</source>
            <translation>التوافق: القاعدة التي تحسم عند تعذّر التوافق.</translation>
        </message>
        <message>
            <source>&amp;Casting vote:</source>
            <translation>الصوت ال&amp;مرجِّح:</translation>
        </message>
        <message>
            <source>Simple majority and equal groups: on an exact tie the motion passes if the chair voted for.</source>
            <translation>الأغلبية البسيطة والأطراف المتساوية: عند التعادل التام يُعتمد الاقتراح إذا صوّت الرئيس تأييدًا.</translation>
        </message>
        <message>
            <source>Q&amp;uorum:</source>
            <translation>ال&amp;نصاب:</translation>
        </message>
        <message>
            <source>&amp;Ballot:</source>
            <translation>الا&amp;قتراع:</translation>
        </message>
        <message>
            <source>Secretar&amp;y:</source>
            <translation>أمين ال&amp;سر:</translation>
        </message>
        <message>
            <source>Statutory minimum wage:</source>
            <translation>الحد الأدنى القانوني للأجور:</translation>
        </message>
        <message>
            <source>Monthly, in the board's currency; gate G1 checks it.</source>
            <translation>شهريًا، بعملة اللجنة؛ تتحقق منه البوابة G1.</translation>
        </message>
        <message>
            <source>Reliance ca&amp;p:</source>
            <translation>سقف الا&amp;عتماد:</translation>
        </message>
        <message>
            <source>Gate G9: the highest share of foreign workers after admission, e.g. 0.10.</source>
            <translation>البوابة G9: أعلى نسبة للعمال الأجانب بعد الاستقدام، مثال: 0.10.</translation>
        </message>
        <message>
            <source>Language of the minutes:</source>
            <translation>لغة المحاضر:</translation>
        </message>
        <message>
            <source>The language the minutes and their signature boxes are written in. A change needs the chair's and the secretary's PINs; minutes already made keep their language.</source>
            <translation>اللغة التي تُحرَّر بها المحاضر وخانات التوقيع فيها. يتطلب التغيير رمزي PIN الخاصين بالرئيس وأمين السر؛ وتحتفظ المحاضر المُعدّة من قبل بلغتها.</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;حفظ التغييرات</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>ال&amp;تراجع</translation>
        </message>
        <message>
            <source>The rules are unchanged; nothing to save.</source>
            <translation>القواعد لم تتغير؛ لا شيء لحفظه.</translation>
        </message>
        <message>
            <source>A change of the rules of procedure or the ballot mode needs the chair's and the secretary's PINs.</source>
            <translation>يتطلب تغيير النظام الداخلي أو نمط الاقتراع رمزي PIN الخاصين بالرئيس وأمين السر.</translation>
        </message>
        <message>
            <source>The chair or the secretary confirms the change.</source>
            <translation>يؤكد الرئيس أو أمين السر التغيير.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Saved the rules of procedure: {keys}.</source>
            <translation>حُفظ النظام الداخلي: {keys}.</translation>
        </message>
        <message>
            <source>Nothing was saved: see the marked fields.</source>
            <translation>لم يُحفظ شيء: راجع الحقول المعلَّمة.</translation>
        </message>
    </context>
    <context>
        <name>ScoreGrid</name>
        <message>
            <source>Your scores</source>
            <translation>درجاتك</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>البيانات</translation>
        </message>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>التعليق</translation>
        </message>
        <message>
            <source>%1 %2: your points</source>
            <translation>%1 %2: نقاطك</translation>
        </message>
        <message>
            <source>%1: comment</source>
            <translation>%1: تعليق</translation>
        </message>
        <message>
            <source>Technical score from the dossier</source>
            <translation>الدرجة الفنية من الملف</translation>
        </message>
        <message>
            <source>Missing evidence: the dossier lacks the data</source>
            <translation>أدلة ناقصة: تنقص الملفَ البيانات</translation>
        </message>
        <message>
            <source>Member judgement: no technical score</source>
            <translation>تقدير الأعضاء: لا درجة فنية</translation>
        </message>
        <message>
            <source>Required: why you depart from the data</source>
            <translation>مطلوب: سبب اختلافك عن البيانات</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>اختياري</translation>
        </message>
    </context>
    <context>
        <name>ShortageListModel</name>
        <message>
            <source>ISCO code</source>
            <translation>رمز ISCO</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
    </context>
    <context>
        <name>ShortageTab</name>
        <message>
            <source>Occupations on the shortage list pass the labour-market test (gate G3) and earn full points for shortage evidence (P1).</source>
            <translation>تجتاز المهن المدرجة في قائمة النقص اختبار سوق العمل (البوابة G3) وتنال النقاط الكاملة عن أدلة النقص (P1).</translation>
        </message>
        <message>
            <source>Occupations on the shortage list</source>
            <translation>المهن المدرجة في قائمة النقص</translation>
        </message>
        <message>
            <source>Add an &amp;occupation:</source>
            <translation>إضافة &amp;مهنة:</translation>
        </message>
        <message>
            <source>type a code or words of the title</source>
            <translation>اكتب رمزًا أو كلمات من المسمى</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>Remove sele&amp;cted</source>
            <translation>إزالة ال&amp;محدد</translation>
        </message>
        <message>
            <source>&amp;Save list</source>
            <translation>&amp;حفظ القائمة</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>ال&amp;تراجع</translation>
        </message>
        <message>
            <source>{code} is not an ISCO-08 unit group.</source>
            <translation>{code} ليس مجموعة وحدات في ISCO-08.</translation>
        </message>
        <message>
            <source>{code} is already on the list.</source>
            <translation>{code} مدرج في القائمة بالفعل.</translation>
        </message>
        <message>
            <source>Added {code}; save the list to put it in force.</source>
            <translation>أُضيف {code}؛ احفظ القائمة لتسري.</translation>
        </message>
        <message>
            <source>The shortage list is unchanged; nothing to save.</source>
            <translation>قائمة النقص لم تتغير؛ لا شيء لحفظه.</translation>
        </message>
        <message>
            <source>Saved the shortage list.</source>
            <translation>حُفظت قائمة النقص.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Choose your signing key</source>
            <translation>اختيار مفتاح التوقيع الخاص بك</translation>
        </message>
        <message>
            <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
            <translation>مفاتيح التوقيع (*.p12 *.pfx);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Sign the minutes</source>
            <translation>توقيع المحضر</translation>
        </message>
        <message>
            <source>Your signature is added to the minutes as they are now; earlier signatures stay valid. Sign only if you have read them.</source>
            <translation>يُضاف توقيعك إلى المحضر بحالته الراهنة؛ وتبقى التوقيعات السابقة صالحة. لا توقّع إلا إذا كنت قد قرأته.</translation>
        </message>
        <message>
            <source>Your .p12 key file</source>
            <translation>ملف المفتاح الخاص بك بامتداد .p12</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <source>Choose the key file</source>
            <translation>اختيار ملف المفتاح</translation>
        </message>
        <message>
            <source>Sign as &amp;role:</source>
            <translation>التوقيع بصفة ال&amp;دور:</translation>
        </message>
        <message>
            <source>&amp;Key file:</source>
            <translation>&amp;ملف المفتاح:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;عبارة المرور:</translation>
        </message>
        <message>
            <source>Signing progress</source>
            <translation>تقدّم التوقيع</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>ت&amp;وقيع</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Every role has signed these minutes.</source>
            <translation>وقّعت جميع الأدوار هذا المحضر.</translation>
        </message>
        <message>
            <source>Choose your key file.</source>
            <translation>اختر ملف المفتاح الخاص بك.</translation>
        </message>
        <message>
            <source>Type the passphrase of your key file.</source>
            <translation>اكتب عبارة المرور لملف المفتاح الخاص بك.</translation>
        </message>
        <message>
            <source>Signing as %1…</source>
            <translation>جارٍ التوقيع بصفة %1…</translation>
        </message>
        <message>
            <source>Wrong passphrase for this key file. Nothing was signed; type it again.</source>
            <translation>عبارة مرور خاطئة لملف المفتاح هذا. لم يُوقَّع شيء؛ اكتبها مرة أخرى.</translation>
        </message>
        <message>
            <source>This file is not a signing key (a PKCS#12 .p12 file).</source>
            <translation>هذا الملف ليس مفتاح توقيع (ملف PKCS#12 بامتداد .p12).</translation>
        </message>
        <message>
            <source>This key was made for the role %1, not %2.</source>
            <translation>أُنشئ هذا المفتاح للدور %1، لا للدور %2.</translation>
        </message>
        <message>
            <source>This role has already signed.</source>
            <translation>وقّع هذا الدور بالفعل.</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesTab</name>
        <message>
            <source>Who signs the minutes of each meeting, in this order.</source>
            <translation>من يوقّع محضر كل اجتماع، بهذا الترتيب.</translation>
        </message>
        <message>
            <source>Trusted &amp;certificates…</source>
            <translation>الشهادات ال&amp;موثوقة…</translation>
        </message>
        <message>
            <source>The certificates the board trusts for each signature box</source>
            <translation>الشهادات التي تثق بها اللجنة لكل خانة توقيع</translation>
        </message>
        <message>
            <source>&amp;Save signatories</source>
            <translation>&amp;حفظ الموقّعين</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>ال&amp;تراجع</translation>
        </message>
        <message>
            <source>At least one role must sign the minutes.</source>
            <translation>يجب أن يوقّع دور واحد على الأقل على المحضر.</translation>
        </message>
        <message>
            <source>The signatories are unchanged; nothing to save.</source>
            <translation>الموقّعون لم يتغيروا؛ لا شيء لحفظه.</translation>
        </message>
        <message>
            <source>Saved the signatories.</source>
            <translation>حُفظ الموقّعون.</translation>
        </message>
    </context>
    <context>
        <name>SignatureTableModel</name>
        <message>
            <source>Box</source>
            <translation>الخانة</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>صاحب التوقيع</translation>
        </message>
        <message>
            <source>Signed at (claimed)</source>
            <translation>وقت التوقيع (المُدّعى)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>ما الخلل</translation>
        </message>
        <message>
            <source>The signatory role whose box was signed</source>
            <translation>الدور الموقِّع الذي وُقّعت خانته</translation>
        </message>
        <message>
            <source>The name in the signer's certificate</source>
            <translation>الاسم في شهادة صاحب التوقيع</translation>
        </message>
        <message>
            <source>When the signer's computer says it signed (UTC); not proven</source>
            <translation>الوقت الذي يذكر حاسوب صاحب التوقيع أنه وقّع فيه (UTC)؛ غير مُثبَت</translation>
        </message>
        <message>
            <source>Valid: intact, and trusted for this box. Not trusted: intact, but nobody vouches for the certificate. Not valid: forged, tampered or misplaced</source>
            <translation>صالح: سليم، وموثوق لهذه الخانة. غير موثوق: سليم، لكن لا أحد يشهد للشهادة. غير صالح: مزوَّر أو معبوث به أو في غير موضعه</translation>
        </message>
        <message>
            <source>Why the signature does not count</source>
            <translation>لماذا لا يُحتسب التوقيع</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>صالح</translation>
        </message>
        <message>
            <source>Not trusted</source>
            <translation>غير موثوق</translation>
        </message>
        <message>
            <source>Not valid</source>
            <translation>غير صالح</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>غير موقَّع</translation>
        </message>
        <message>
            <source>No signature in this box</source>
            <translation>لا يوجد توقيع في هذه الخانة</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Intact: %1 · Signature value valid: %2 · Certificate trusted: %3</source>
            <translation>سليم: %1 · قيمة التوقيع صالحة: %2 · الشهادة موثوقة: %3</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Trusted for the box of: %1</source>
            <translation>موثوق لخانة: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Covers: %1 · Changed after it: %2</source>
            <translation>يشمل: %1 · ما تغيّر بعده: %2</translation>
        </message>
        <message>
            <source>The first signature: it certifies the document and allows only later signatures.</source>
            <translation>التوقيع الأول: يصادق على المستند ولا يسمح بعده إلا بالتوقيعات اللاحقة.</translation>
        </message>
        <message>
            <source>This signature could not be validated: %1</source>
            <translation>تعذّر التحقق من صحة هذا التوقيع: %1</translation>
        </message>
    </context>
    <context>
        <name>SigningStateModel</name>
        <message>
            <source>Not signed yet</source>
            <translation>لم يوقَّع بعد</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>وقّعه %1</translation>
        </message>
        <message>
            <source>%1: not signed yet</source>
            <translation>%1: لم يوقَّع بعد</translation>
        </message>
        <message>
            <source>%1: signed by %2, %3</source>
            <translation>%1: وقّعه %2، %3</translation>
        </message>
    </context>
    <context>
        <name>StandInDialog</name>
        <message>
            <source>Who presides</source>
            <translation>من يترأس</translation>
        </message>
        <message>
            <source>When the chair cannot attend, another voting member presides over this meeting and confirms each of the chair's steps with their own PIN. The member named and the secretary confirm it with their PINs.</source>
            <translation>عندما يتعذر على الرئيس الحضور، يترأس هذا الاجتماع عضو آخر له حق التصويت ويؤكد كل خطوة من خطوات الرئيس برمز PIN الخاص به. ويؤكد ذلك العضو المسمّى وأمين السر برمزي PIN الخاصين بهما.</translation>
        </message>
        <message>
            <source>%1 (the chair)</source>
            <translation>%1 (الرئيس)</translation>
        </message>
        <message>
            <source>&amp;Presides:</source>
            <translation>ي&amp;ترأس:</translation>
        </message>
        <message>
            <source>&amp;Confirm with PINs</source>
            <translation>ال&amp;تأكيد برموز PIN</translation>
        </message>
        <message>
            <source>The secretary or the chair gives the meeting back to the chair.</source>
            <translation>يُعيد أمين السر أو الرئيس الاجتماع إلى الرئيس.</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;تأكيد</translation>
        </message>
        <message>
            <source>%1 presides over this meeting in the chair's place.</source>
            <translation>يترأس %1 هذا الاجتماع بدلًا من الرئيس.</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <source>Group</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>For</source>
            <translation>مؤيد</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>معارض</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>ممتنع</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>الكتلة</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify minutes</source>
            <translation>التحقق من المحضر</translation>
        </message>
    </context>
    <context>
        <name>VerifyPanel</name>
        <message>
            <source>Verify minutes</source>
            <translation>التحقق من المحضر</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>ملفات PDF (*.pdf);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Trust a certificate</source>
            <translation>الوثوق بشهادة</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>الشهادات (*.pem *.crt *.cer *.der);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>لم يُختر أي ملف بعد.</translation>
        </message>
        <message>
            <source>Verification progress</source>
            <translation>تقدّم التحقق</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>التوقيعات</translation>
        </message>
        <message>
            <source>The stamps in the signature boxes are only pictures and prove nothing by themselves. Each signature is verified cryptographically: its bytes, its signature value and its certificate.</source>
            <translation>الأختام في خانات التوقيع مجرد صور ولا تثبت شيئًا بذاتها. يُتحقَّق من كل توقيع تشفيريًا: بايتاته، وقيمة توقيعه، وشهادته.</translation>
        </message>
        <message>
            <source>Verify a &amp;file…</source>
            <translation>التحقق من &amp;ملف…</translation>
        </message>
        <message>
            <source>Choose any PDF file and verify its signatures</source>
            <translation>اختيار أي ملف PDF والتحقق من توقيعاته</translation>
        </message>
        <message>
            <source>&amp;Trust a certificate…</source>
            <translation>ال&amp;وثوق بشهادة…</translation>
        </message>
        <message>
            <source>Add a signer's certificate (PEM) for this check only; the board's store is not changed</source>
            <translation>إضافة شهادة صاحب توقيع (PEM) لهذا التحقق فقط؛ لا يتغير مخزن اللجنة</translation>
        </message>
        <message>
            <source>Verify &amp;again</source>
            <translation>التحقق &amp;مجددًا</translation>
        </message>
        <message>
            <source>Nothing verified yet</source>
            <translation>لم يُتحقَّق من شيء بعد</translation>
        </message>
        <message>
            <source>Choose a file with Verify a file…</source>
            <translation>اختر ملفًا عبر «التحقق من ملف…»</translation>
        </message>
        <message>
            <source>Certificate not added</source>
            <translation>لم تُضَف الشهادة</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>الملف: %1</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>لم يُتحقَّق منه</translation>
        </message>
        <message>
            <source>Verification failed unexpectedly.</source>
            <translation>فشل التحقق على نحو غير متوقع.</translation>
        </message>
        <message>
            <source>Verified: the board's minutes, signed by every signatory</source>
            <translation>تم التحقق: محضر اللجنة، موقَّع من جميع الموقّعين</translation>
        </message>
        <message>
            <source>Each signatory signed in their own box, with a certificate trusted for that box; the evidence annex is signed with the minutes, and nothing changed after the last signature.</source>
            <translation>وقّع كل موقِّع في خانته، بشهادة موثوقة لتلك الخانة؛ وملحق الأدلة موقَّع مع المحضر، ولم يتغير شيء بعد التوقيع الأخير.</translation>
        </message>
        <message>
            <source>Partly signed: not yet the final minutes</source>
            <translation>موقَّع جزئيًا: ليس المحضر النهائي بعد</translation>
        </message>
        <message>
            <source>The signatures so far are good, but not every signatory has signed. Still to sign: %1. Rely on these minutes only once every signatory has signed.</source>
            <translation>التوقيعات الحاصلة حتى الآن سليمة، لكن لم يوقّع جميع الموقّعين. لم يوقّع بعد: %1. لا تعتمد على هذا المحضر إلا بعد أن يوقّع جميع الموقّعين.</translation>
        </message>
        <message>
            <source>%1 (%2 box)</source>
            <translation>%1 (خانة %2)</translation>
        </message>
        <message>
            <source>Nothing was changed after signing, but these certificates are not trusted: %1.</source>
            <translation>لم يتغير شيء بعد التوقيع، لكن هذه الشهادات غير موثوقة: %1.</translation>
        </message>
        <message>
            <source>Add the signer's certificate in Board › Certificates if you know it is theirs, then verify again.</source>
            <translation>أضف شهادة صاحب التوقيع في اللجنة › الشهادات إذا كنت متأكدًا أنها له، ثم تحقق مجددًا.</translation>
        </message>
        <message>
            <source>If you know a certificate is the signer's, add it with Trust a certificate… (for this check only), then verify again.</source>
            <translation>إذا كنت متأكدًا أن شهادةً ما تخص صاحب التوقيع، فأضفها عبر «الوثوق بشهادة…» (لهذا التحقق فقط)، ثم تحقق مجددًا.</translation>
        </message>
        <message>
            <source>Still to sign: %1.</source>
            <translation>لم يوقّع بعد: %1.</translation>
        </message>
        <message>
            <source>Intact, but not every signer is trusted</source>
            <translation>سليم، لكن ليس كل أصحاب التوقيعات موثوقين</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>غير موقَّع</translation>
        </message>
        <message>
            <source>Nobody has signed this file. Get the signed minutes from the board.</source>
            <translation>لم يوقّع أحد هذا الملف. احصل على المحضر الموقَّع من اللجنة.</translation>
        </message>
        <message>
            <source>What to do: do not rely on this file. Get the signed minutes from the board (the secretary keeps them) and verify that copy.</source>
            <translation>ما العمل: لا تعتمد على هذا الملف. احصل على المحضر الموقَّع من اللجنة (يحتفظ به أمين السر) وتحقق من تلك النسخة.</translation>
        </message>
        <message>
            <source>Do not rely on this file: tampered, forged or damaged</source>
            <translation>لا تعتمد على هذا الملف: معبوث به أو مزوَّر أو تالف</translation>
        </message>
        <message>
            <source>A signature does not hold.</source>
            <translation>أحد التوقيعات لا يصمد.</translation>
        </message>
        <message>
            <source>Signatures are checked against the certificates the board trusts.</source>
            <translation>يُتحقَّق من التوقيعات بالاستناد إلى الشهادات التي تثق بها اللجنة.</translation>
        </message>
        <message>
            <source>The board trusts no certificate yet, so no signature can be trusted. Add a signer's certificate with Trust a certificate…, or store the members' certificates with “tripartite keys trust”.</source>
            <translation>لا تثق اللجنة بأي شهادة بعد، لذا لا يمكن الوثوق بأي توقيع. أضف شهادة صاحب توقيع عبر «الوثوق بشهادة…»، أو خزّن شهادات الأعضاء بالأمر «tripartite keys trust».</translation>
        </message>
        <message>
            <source>Certificates the board trusts: %1.</source>
            <translation>الشهادات التي تثق بها اللجنة: %1.</translation>
        </message>
        <message>
            <source>Added for this check: %1.</source>
            <translation>مُضاف لهذا التحقق: %1.</translation>
        </message>
        <message>
            <source>No certificate is trusted yet: add the signers' certificates with Trust a certificate…</source>
            <translation>لا توجد شهادة موثوقة بعد: أضف شهادات أصحاب التوقيعات عبر «الوثوق بشهادة…»</translation>
        </message>
        <message>
            <source>the signer</source>
            <translation>صاحب التوقيع</translation>
        </message>
        <message>
            <source>%1: the signature cannot be read or validated.</source>
            <translation>%1: يتعذر قراءة التوقيع أو التحقق من صحته.</translation>
        </message>
        <message>
            <source>%1: the signed content was changed after signing.</source>
            <translation>%1: غُيّر المحتوى الموقَّع بعد التوقيع.</translation>
        </message>
        <message>
            <source>%1: the signature value does not match the signed content.</source>
            <translation>%1: قيمة التوقيع لا تطابق المحتوى الموقَّع.</translation>
        </message>
        <message>
            <source>%1: data is hidden after the signature, where only zero padding may be.</source>
            <translation>%1: توجد بيانات مخفية بعد التوقيع، حيث لا يجوز إلا الحشو بالأصفار.</translation>
        </message>
        <message>
            <source>%1: changes the signatures do not allow were made after it (%2).</source>
            <translation>%1: أُجريت بعده تغييرات لا تسمح بها التوقيعات (%2).</translation>
        </message>
        <message>
            <source>%1: this signature is not in the box of a signatory of these minutes.</source>
            <translation>%1: هذا التوقيع ليس في خانة أحد موقّعي هذا المحضر.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is not trusted.</source>
            <translation>%1: شهادة %2 غير موثوقة.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is trusted for the %3 box, not for this one.</source>
            <translation>%1: شهادة %2 موثوقة لخانة %3، لا لهذه الخانة.</translation>
        </message>
        <message>
            <source>%1: the certificate of %2 is trusted for no signatory box.</source>
            <translation>%1: شهادة %2 غير موثوقة لأي خانة توقيع.</translation>
        </message>
        <message>
            <source>%1: %2 also signed the box of %3; each box needs its own signatory.</source>
            <translation>%1: وقّع %2 أيضًا خانة %3؛ تحتاج كل خانة إلى موقِّع خاص بها.</translation>
        </message>
    </context>
    <context>
        <name>WeightTableModel</name>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>members judge</source>
            <translation>يقدّرها الأعضاء</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Computed from the dossier</source>
            <translation>محسوب من الملف</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>الوزن</translation>
        </message>
    </context>
    <context>
        <name>WeightsTab</name>
        <message>
            <source>The board's own copy of the criteria catalogue. Weights must add up to 100; saving stores a new catalogue version and puts it in force for new meetings.</source>
            <translation>نسخة اللجنة الخاصة من كتالوج المعايير. يجب أن يبلغ مجموع الأوزان 100؛ والحفظ يخزّن نسخة جديدة من الكتالوج ويجعلها سارية على الاجتماعات الجديدة.</translation>
        </message>
        <message>
            <source>Criteria weights</source>
            <translation>أوزان المعايير</translation>
        </message>
        <message>
            <source>&amp;Save weights</source>
            <translation>&amp;حفظ الأوزان</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>ال&amp;تراجع</translation>
        </message>
        <message>
            <source>Catalogue “{name}”, version {version}</source>
            <translation>الكتالوج «{name}»، النسخة {version}</translation>
        </message>
        <message>
            <source>Total {total} of 100 ({families}).</source>
            <translation>المجموع {total} من 100 ({families}).</translation>
        </message>
        <message>
            <source>✗ The weights must add up to 100 before they can be saved.</source>
            <translation>✗ يجب أن يبلغ مجموع الأوزان 100 قبل أن يمكن حفظها.</translation>
        </message>
        <message>
            <source>The weights are unchanged; nothing to save.</source>
            <translation>الأوزان لم تتغير؛ لا شيء لحفظه.</translation>
        </message>
        <message>
            <source>Saved the criteria weights as catalogue version {version}.</source>
            <translation>حُفظت أوزان المعايير بوصفها النسخة {version} من الكتالوج.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Tripartite — this is the sample board</source>
            <translation>مرحبًا بكم في Tripartite — هذه هي اللجنة التجريبية</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>إ&amp;خفاء</translation>
        </message>
        <message>
            <source>Try a whole meeting at once: each member unlocks their own pane with the demo PIN below. A real board sets its own PINs under Board › Members, and these published PINs are then refused.</source>
            <translation>جرّب اجتماعًا كاملًا دفعة واحدة: يفتح كل عضو قفل لوحته برمز PIN التجريبي أدناه. أما اللجنة الفعلية فتعيّن رموز PIN الخاصة بها من اللجنة › الأعضاء، وعندئذ تُرفض هذه الرموز المنشورة.</translation>
        </message>
        <message>
            <source>The demo PINs are no longer in force: every member has set their own PIN under Board › Members.</source>
            <translation>لم تعد رموز PIN التجريبية سارية: عيّن كل عضو رمز PIN الخاص به من اللجنة › الأعضاء.</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{name}, alternate</source>
            <translation>{name}، مناوب</translation>
        </message>
    </context>
    <context>
        <name>_Request</name>
        <message>
            <source>Now a second person confirms with their PIN.</source>
            <translation>الآن يؤكد شخص ثانٍ برمز PIN الخاص به.</translation>
        </message>
        <message>
            <source>PIN needed</source>
            <translation>يلزم رمز PIN</translation>
        </message>
    </context>
</TS>
