create trigger product_plan_injection_append_only before update or delete on product_plan_injection
    for each row execute function product_refuse_change();
create trigger product_plan_injection_no_truncate before truncate on product_plan_injection
    for each statement execute function product_refuse_change();
