create trigger product_plan_injection_append_only before update, delete on product_plan_injection
    for each row call 'org.regenpath.product.AppendOnlyRows';
