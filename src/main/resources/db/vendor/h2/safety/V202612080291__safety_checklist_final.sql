-- An answered checklist is final and no checklist is deleted (ChecklistRows); its answers are append-only.
create trigger safety_checklist_answered_is_final before update, delete on safety_checklist
    for each row call 'org.regenpath.safety.ChecklistRows';
create trigger safety_checklist_answer_append_only before update, delete on safety_checklist_answer
    for each row call 'org.regenpath.audit.AppendOnlyTrigger';
